import { insertDefaultFields } from '../fields/fields.repository.js';
import { createHash, randomBytes } from 'node:crypto';
import { inTransaction } from '../../db/transaction.js';
import { parseId } from '../../db/ids.js';
import { now } from '../../time.js';
import * as repo from './accounts.repository.js';
// API tokens are high-entropy random strings, so a plain SHA-256 is a safe way to store them (a slow password
// hash buys nothing against 768 random bits and would cost every request). Only the hash is kept; the token
// itself is shown once, at creation.
const TOKEN_PREFIX = 'cl_';
export function hashToken(token) {
    return createHash('sha256').update(token).digest('hex');
}
/** 96 random bytes: 128 base64url characters, over the 100 MailerLite's WooCommerce plugin expects. */
export function generateToken() {
    return TOKEN_PREFIX + randomBytes(96).toString('base64url');
}
async function findOrCreateAccount(db, newId, name) {
    const existing = await repo.findAccountByName(db, name);
    if (existing)
        return String(existing.id);
    const id = newId();
    const createdAt = now();
    await repo.insertAccount(db, { id, name, created_at: createdAt });
    await insertDefaultFields(db, id, createdAt);
    return id;
}
/** The account of this name, created (with its default fields) if there is none: `cartline seed`. */
export async function ensureAccount(db, newId, name) {
    const existing = await repo.findAccountByName(db, name);
    if (existing)
        return { id: String(existing.id), created: false };
    return { id: await inTransaction(db, (trx) => findOrCreateAccount(trx, newId, name)), created: true };
}
export async function createToken(db, newId, accountName, token = generateToken()) {
    return inTransaction(db, async (trx) => {
        const accountId = await findOrCreateAccount(trx, newId, accountName);
        const id = newId();
        await repo.insertToken(trx, {
            id,
            account_id: accountId,
            token_hash: hashToken(token),
            token_prefix: token.slice(0, 10),
            created_at: now(),
        });
        return { id, accountId, token };
    });
}
/** Makes sure an account owns exactly this token (containers, demos, tests). Idempotent. */
export async function ensureToken(db, newId, accountName, token) {
    const owner = await repo.findAccountIdByTokenHash(db, hashToken(token));
    if (owner !== undefined)
        return { accountId: owner, created: false };
    const { accountId } = await createToken(db, newId, accountName, token);
    return { accountId, created: true };
}
/**
 * The account of a token, or undefined. With `shopId` (a parsed id from the path), the same lookup also says
 * whether that account owns the shop, so shop routes cost one query for both checks.
 */
export async function authenticate(db, token, shopId) {
    // Tokens are kept only as hashes, in memory too: each request hashes its token (about a microsecond).
    const hash = hashToken(token);
    if (shopId !== undefined && shopId !== null)
        return repo.findAccountAndShopByTokenHash(db, hash, shopId);
    const found = await repo.findAccountByTokenHash(db, hash);
    return found === undefined ? undefined : { ...found, ownsShop: false };
}
export async function listTokens(db) {
    const rows = await repo.listTokens(db);
    return rows.map((row) => ({
        id: String(row.id),
        account: row.account,
        prefix: `${row.token_prefix}…`,
        created_at: row.created_at,
    }));
}
export async function revokeToken(db, id) {
    const tokenId = parseId(id);
    return tokenId === null ? false : repo.deleteToken(db, tokenId);
}
export const countAccounts = repo.countAccounts;
export async function findAccount(db, id) {
    const row = await repo.findAccountById(db, id);
    return { id: String(row.id), name: row.name, created_at: row.created_at };
}
/** MailerLite's double opt-in setting (spec B4: unwrapped, so that both of the WooCommerce plugin's readers find it). */
export async function getDoubleOptin(db, accountId) {
    return { double_optin: Boolean(await repo.findDoubleOptin(db, accountId)) };
}
/** A pure flip, as the plugin's toggle call carries no value (spec §3.7); answers the new value. */
export async function toggleDoubleOptin(db, accountId) {
    return { double_optin: Boolean(await repo.toggleDoubleOptin(db, accountId)) };
}
//# sourceMappingURL=accounts.service.js.map