import { present } from '../../http/errors.js';
import * as cartItemsRepo from '../carts/cart-items.repository.js';
import * as categoriesRepo from '../categories/categories.repository.js';
import * as customersRepo from '../customers/customers.repository.js';
import * as fieldsRepo from '../fields/fields.repository.js';
import * as groupsRepo from '../groups/groups.repository.js';
import * as productsRepo from '../products/products.repository.js';
import { currencySign } from '../shops/currency.js';
import * as shopsRepo from '../shops/shops.repository.js';
import * as subscribersRepo from '../subscribers/subscribers.repository.js';
// The one owner of embedded answers: the forms in which a record appears inside another's answer (the shop in
// an order; a customer with its subscriber and the subscriber's groups; a cart's items with their reduced
// products and those products' categories), and the mappers of those records' own answers, which are the same
// objects. Every loader takes ids (or rows) and answers ready values keyed by id, in a fixed number of queries
// however many there are. Services call these and their own repository, never another service, so that the
// read path is route -> service -> embeds -> repositories.
// Cartline sends no campaigns, so sends, opens and clicks are truly zero; the subscriber counts are real.
const ZERO_RATE = { float: 0, string: '0%' };
export function toGroupResponse(row, counts = new Map()) {
    return {
        id: String(row.id),
        name: row.name,
        active_count: counts.get('active') ?? 0,
        sent_count: 0,
        opens_count: 0,
        open_rate: ZERO_RATE,
        clicks_count: 0,
        click_rate: ZERO_RATE,
        unsubscribed_count: counts.get('unsubscribed') ?? 0,
        unconfirmed_count: counts.get('unconfirmed') ?? 0,
        bounced_count: counts.get('bounced') ?? 0,
        junk_count: counts.get('junk') ?? 0,
        created_at: row.created_at,
    };
}
/** Group objects with their member counts, by id, for any number of groups, in one extra query. */
export async function groupsById(db, rows) {
    const counts = new Map();
    for (const row of await groupsRepo.countMembersByStatus(db, [...new Set(rows.map((r) => String(r.id)))])) {
        const key = String(row.group_id);
        let byStatus = counts.get(key);
        if (byStatus === undefined)
            counts.set(key, (byStatus = new Map()));
        byStatus.set(row.status, Number(row.n));
    }
    return new Map(rows.map((row) => [String(row.id), toGroupResponse(row, counts.get(String(row.id)))]));
}
export function toShopResponse(row) {
    return {
        id: String(row.id),
        name: row.name,
        url: row.url,
        currency: row.currency,
        enabled: Boolean(row.enabled),
        enable_popups: Boolean(row.enable_popups),
        group: row.group_id === null
            ? null
            : {
                id: String(row.group_id),
                name: row.group_name ?? '',
                // Its active subscribers. Cartline sends no campaigns, so there are no opens or clicks to rate.
                total: Number(row.group_total ?? 0),
                open_rate: ZERO_RATE,
                click_rate: ZERO_RATE,
                created_at: row.group_created_at ?? '',
            },
        created_at: row.created_at,
        updated_at: row.updated_at,
        currency_sign: currencySign(row.currency),
    };
}
function toSubscriberResponse(row, groups, keys) {
    // Every field of the account, in its order, null where unset; values of deleted or unknown keys are not shown.
    const stored = JSON.parse(row.fields);
    const fields = {};
    for (const key of keys)
        fields[key] = stored[key] ?? null;
    return {
        id: String(row.id),
        email: row.email,
        status: row.status,
        source: row.source,
        // Cartline sends no campaigns: nothing has been sent, opened or clicked.
        sent: 0,
        opens_count: 0,
        clicks_count: 0,
        open_rate: 0,
        click_rate: 0,
        ip_address: row.ip_address,
        subscribed_at: row.subscribed_at,
        unsubscribed_at: row.unsubscribed_at,
        created_at: row.created_at,
        updated_at: row.updated_at,
        fields,
        groups,
        opted_in_at: row.opted_in_at,
        optin_ip: row.optin_ip,
    };
}
/** Subscriber objects with their groups and the account's fields, for any number of rows, in a fixed number of queries. */
export async function subscriberAnswers(db, accountId, rows) {
    if (rows.length === 0)
        return [];
    const keys = (await fieldsRepo.listFields(db, accountId)).map((field) => field.key);
    const memberships = await groupsRepo.findGroupsOfSubscribers(db, rows.map((row) => String(row.id)));
    const groups = await groupsById(db, memberships);
    const bySubscriber = new Map();
    for (const membership of memberships) {
        const key = String(membership.subscriber_id);
        let list = bySubscriber.get(key);
        if (list === undefined)
            bySubscriber.set(key, (list = []));
        list.push(present(groups.get(String(membership.id)), `group ${String(membership.id)}`));
    }
    return rows.map((row) => toSubscriberResponse(row, bySubscriber.get(String(row.id)) ?? [], keys));
}
/** The account's subscribers with these emails, by email. A customer's subscriber is the one with its email. */
export async function subscribersByEmail(db, accountId, emails) {
    const rows = await subscribersRepo.findSubscribersByEmails(db, accountId, [...new Set(emails)]);
    const subscribers = await subscriberAnswers(db, accountId, rows);
    return new Map(subscribers.map((subscriber) => [subscriber.email, subscriber]));
}
export function toCustomerEmbedded(row, subscribers) {
    return {
        id: String(row.id),
        email: row.email,
        accepts_marketing: Boolean(row.accepts_marketing),
        // A customer's subscriber is the account's subscriber with the same email, whoever created it.
        subscriber: subscribers.get(row.email) ?? null,
        resource_id: row.resource_id,
    };
}
/** Customers in their embedded form (for orders and carts), by id, in a fixed number of queries. */
export async function customersById(db, accountId, shopId, ids) {
    const rows = await customersRepo.findCustomers(db, shopId, [...new Set(ids)]);
    const subscribers = await subscribersByEmail(db, accountId, rows.map((row) => row.email));
    return new Map(rows.map((row) => [String(row.id), toCustomerEmbedded(row, subscribers)]));
}
export function toCategoryResponse(row) {
    return {
        id: String(row.id),
        name: row.name,
        exclude_from_automations: Boolean(row.exclude_from_automations),
        created_at: row.created_at,
        updated_at: row.updated_at,
        resource_id: row.resource_id,
    };
}
function toReduced(row, categories) {
    return {
        id: String(row.id),
        name: row.name,
        price: Number(row.price),
        url: row.url,
        image: row.image,
        exclude_from_automations: Boolean(row.exclude_from_automations),
        categories,
        resource_id: row.resource_id,
    };
}
/** Maps product rows to API objects with their categories: two queries for the whole set, none per product. */
export async function withCategories(db, shopId, rows, map) {
    const links = await productsRepo.findCategoryLinks(db, shopId, rows.map((row) => String(row.id)));
    // A page of 100 products links to a handful of categories: each is read and built once, then shared.
    const categoryRows = await categoriesRepo.findCategoriesByIds(db, shopId, links.map((link) => String(link.category_id)));
    const categories = new Map([...categoryRows].map(([id, row]) => [id, toCategoryResponse(row)]));
    const byProduct = new Map();
    for (const link of links) {
        const category = categories.get(String(link.category_id));
        if (category === undefined)
            continue;
        const key = String(link.product_id);
        let list = byProduct.get(key);
        if (list === undefined)
            byProduct.set(key, (list = []));
        list.push(category);
    }
    return rows.map((row) => map(row, byProduct.get(String(row.id)) ?? []));
}
/** Products in their reduced form (cart items, category products), categories loaded in one query. */
export async function reducedProducts(db, shopId, rows) {
    return withCategories(db, shopId, rows, toReduced);
}
/** A builder of cart items from rows: the products (in reduced form, with categories) read in one query, by id. */
async function cartItemBuilder(db, shopId, rows) {
    const distinct = [...new Map(rows.map((row) => [String(row.id), row])).values()];
    const products = new Map((await reducedProducts(db, shopId, distinct)).map((product) => [product.id, product]));
    return (row) => ({
        id: String(row.item_id),
        product: present(products.get(String(row.id)), `product ${String(row.id)}`),
        variant: row.variant,
        quantity: Number(row.quantity),
        price: Number(row.item_price),
        resource_id: row.item_resource_id,
    });
}
export async function cartItemAnswers(db, shopId, rows) {
    return rows.map(await cartItemBuilder(db, shopId, rows));
}
/** The items of many carts, by cart id, in a fixed number of queries. */
export async function itemsByCart(db, shopId, cartIds) {
    const rows = await cartItemsRepo.findItemsOfCarts(db, shopId, cartIds);
    const build = await cartItemBuilder(db, shopId, rows);
    const byCart = new Map();
    for (const row of rows) {
        const key = String(row.cart_id);
        let items = byCart.get(key);
        if (items === undefined)
            byCart.set(key, (items = []));
        items.push(build(row));
    }
    return byCart;
}
/** The shop as orders embed it (without currency_sign); a ConcurrentChangeError if it was deleted meanwhile. */
export async function shopEmbedded(db, accountId, shopId) {
    const { currency_sign: _, ...shop } = toShopResponse(present(await shopsRepo.findShop(db, accountId, shopId), `shop ${shopId}`));
    return shop;
}
//# sourceMappingURL=embeds.js.map