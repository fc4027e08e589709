import { parseId } from '../../db/ids.js';
import { FieldErrorCollector, NotFoundError } from '../../http/errors.js';
import { now } from '../../time.js';
import { isCurrencyCode } from './currency.js';
import * as repo from './shops.repository.js';
import { toShopResponse } from '../embeds/embeds.js';
/** The shop of this account with this path id, or a 404: another account's shop does not exist for you. */
export async function requireShop(db, accountId, rawId) {
    const shopId = parseId(rawId);
    const row = shopId === null ? undefined : await repo.findShop(db, accountId, shopId);
    if (row === undefined)
        throw new NotFoundError();
    return row;
}
export async function requireShopId(db, accountId, rawId) {
    const shopId = parseId(rawId);
    if (shopId === null || !(await repo.shopExists(db, accountId, shopId)))
        throw new NotFoundError();
    return shopId;
}
/** Validates what the schema cannot (currency code, group ownership) and returns the columns to write. */
async function shopChanges(db, accountId, body) {
    const errors = new FieldErrorCollector();
    const changes = {};
    if (body.name !== undefined)
        changes.name = body.name;
    if (body.url !== undefined)
        changes.url = body.url;
    if (body.currency !== undefined) {
        const code = body.currency.toUpperCase();
        if (isCurrencyCode(code))
            changes.currency = code;
        else
            errors.add('currency', 'The currency must be a valid ISO 4217 currency code.');
    }
    if (body.enabled !== undefined)
        changes.enabled = body.enabled;
    if (body.enable_popups !== undefined)
        changes.enable_popups = body.enable_popups;
    if (body.enable_resubscribe !== undefined)
        changes.enable_resubscribe = body.enable_resubscribe;
    if (body.platform !== undefined)
        changes.platform = body.platform;
    if (body.access_data !== undefined)
        changes.access_data = body.access_data;
    if (body.group_id !== undefined) {
        if (body.group_id === null || body.group_id === '') {
            changes.group_id = null;
        }
        else {
            const groupId = parseId(body.group_id);
            if (groupId !== null && (await repo.groupExists(db, accountId, groupId)))
                changes.group_id = groupId;
            else
                errors.add('group_id', 'The selected group id is invalid.');
        }
    }
    errors.throwIfAny();
    return changes;
}
export async function createShop(db, newId, accountId, body) {
    const changes = await shopChanges(db, accountId, body);
    const id = newId();
    const timestamp = now();
    await repo.insertShop(db, {
        ...changes,
        id,
        account_id: accountId,
        name: body.name,
        url: body.url,
        currency: changes.currency ?? body.currency,
        created_at: timestamp,
        updated_at: timestamp,
    });
    return getShop(db, accountId, id);
}
export async function getShop(db, accountId, rawId) {
    return toShopResponse(await requireShop(db, accountId, rawId));
}
/** The account's shop of this name (the oldest, if several have it), or undefined. */
export async function findShopByName(db, accountId, name) {
    const row = await repo.findShopByName(db, accountId, name);
    return row === undefined ? undefined : toShopResponse(row);
}
export async function updateShop(db, accountId, rawId, body) {
    const shopId = await requireShopId(db, accountId, rawId);
    const changes = await shopChanges(db, accountId, body);
    await repo.updateShop(db, accountId, shopId, { ...changes, updated_at: now() });
    return getShop(db, accountId, shopId);
}
/** Answers the shop as it was; its categories and products (and everything else under it) go with it. */
export async function deleteShop(db, accountId, rawId) {
    const shop = await getShop(db, accountId, rawId);
    await repo.deleteShop(db, accountId, shop.id);
    return shop;
}
export async function countShops(db, accountId) {
    return repo.countShops(db, accountId);
}
export async function listShops(db, accountId, offset, limit) {
    return (await repo.listShops(db, accountId, offset, limit)).map(toShopResponse);
}
//# sourceMappingURL=shops.service.js.map