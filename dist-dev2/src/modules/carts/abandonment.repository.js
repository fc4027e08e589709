import { PostgresAdapter, sql } from 'kysely';
import { inList } from '../../db/in-list.js';
// The abandoned-cart sweeper's statements (src/modules/carts/abandonment.sweeper.ts). Each moves at most `limit`
// carts from one abandon_state to the next in one conditional UPDATE (`where abandon_state = ...`), so two
// processes sweeping one database never move a cart twice: on PostgreSQL the candidates are locked `for update
// skip locked` (each process takes other carts) and the outer condition is checked again on the locked row; on
// SQLite a transaction holds the database's one write lock. The candidates come from the partial indexes of
// migration 0011, which hold only the carts still watched or awaiting a recovery.
/** The order statuses that count as completed: MailerLite's `complete` and WooCommerce's `completed`. */
export const COMPLETED_STATUSES = ['complete', 'completed'];
const COMPLETED = sql.raw(`('complete', 'completed')`);
/** `column` holds a completed status: constants in the SQL text, not parameters. */
export function isCompleted(column) {
    return sql `${sql.ref(column)} in ${COMPLETED}`;
}
/** After its recovery window, an abandoned cart waits this long more before it lapses: an order stamped in the window may commit late. */
const LAPSE_GRACE_SECONDS = 60;
function postgres(db) {
    return db.getExecutor().adapter instanceof PostgresAdapter;
}
/** A timestamp column or value moved by a number of seconds (an SQL expression), in the column's own form. */
function shifted(db, timestamp, seconds) {
    return postgres(db) ? sql `(${timestamp} + (${seconds}) * interval '1 second')` : sql `datetime(${timestamp}, (${seconds}) || ' seconds')`;
}
/** A 'YYYY-MM-DD HH:MM:SS' parameter, comparable with the timestamp columns. */
function stamp(db, value) {
    return postgres(db) ? sql `cast(${value} as timestamp)` : sql `${value}`;
}
function lockSkipping(db, alias) {
    return postgres(db) ? sql.raw(` for update of ${alias} skip locked`) : sql.raw('');
}
const abandonAfter = (alias, defaults) => sql `coalesce((select ss.cart_abandon_after from shop_settings ss where ss.shop_id = ${sql.ref(`${alias}.shop_id`)}), ${defaults.abandonAfter})`;
const recoveryWindow = (alias, defaults) => sql `coalesce((select ss.cart_recovery_window from shop_settings ss where ss.shop_id = ${sql.ref(`${alias}.shop_id`)}), ${defaults.recoveryWindow})`;
/** A completed order of the cart's customer, changed at or after the abandonment and within the recovery window. */
function recovering(db, alias, defaults) {
    const cart = (column) => sql.ref(`${alias}.${column}`);
    return sql `o.shop_id = ${cart('shop_id')} and o.customer_id = ${cart('customer_id')} and o.status in ${COMPLETED}
    and o.updated_at >= ${cart('abandoned_at')} and o.updated_at <= ${shifted(db, cart('abandoned_at'), recoveryWindow(alias, defaults))}`;
}
/** The smallest abandonment delay any shop has: carts changed after `now` minus it cannot be due. */
export async function shortestAbandonAfter(db, defaults) {
    const row = await db.selectFrom('shop_settings').select((eb) => eb.fn.min('cart_abandon_after').as('n')).executeTakeFirst();
    const shortest = row?.n === null || row?.n === undefined ? defaults.abandonAfter : Number(row.n);
    return Math.min(shortest, defaults.abandonAfter);
}
/** Watched carts whose order completed are never abandoned: they leave the watch. Answers how many. */
export async function closeCompletedCarts(db, limit) {
    const result = await sql `update carts set abandon_state = 'closed'
    where abandon_state = 'watching' and (shop_id, id) in (
      select c.shop_id, c.id from carts c join orders o on o.shop_id = c.shop_id and o.id = c.order_id
      where c.abandon_state = 'watching' and o.status in ${COMPLETED}
      limit ${limit}${lockSkipping(db, 'c')})`.execute(db);
    return Number(result.numAffectedRows ?? 0n);
}
/**
 * Marks abandoned the watched carts whose order is not completed and that neither they (nor their items, which
 * touch the cart) nor their order changed for the shop's delay; the longest-idle first.
 */
export async function markAbandoned(db, now, latestDue, defaults, limit) {
    const cutoff = shifted(db, stamp(db, now), sql `-${abandonAfter('c', defaults)}`);
    const result = await sql `update carts set abandon_state = 'abandoned', abandoned_at = ${stamp(db, now)}
    where abandon_state = 'watching' and (shop_id, id) in (
      select c.shop_id, c.id from carts c join orders o on o.shop_id = c.shop_id and o.id = c.order_id
      where c.abandon_state = 'watching' and c.updated_at <= ${stamp(db, latestDue)} and o.status not in ${COMPLETED}
        and c.updated_at <= ${cutoff} and o.updated_at <= ${cutoff}
      order by c.updated_at
      limit ${limit}${lockSkipping(db, 'c')})
    returning shop_id, id, order_id, customer_id, abandoned_at`.execute(db);
    return result.rows;
}
/**
 * Marks recovered the abandoned carts whose customer completed an order within the window (the earliest such
 * order recovers it; it may be the cart's own order, completed late).
 */
export async function markRecovered(db, now, defaults, limit) {
    // The updated table keeps its own name: SQLite does not see an UPDATE's alias inside the SET's subqueries.
    const first = (column) => sql `(select ${sql.ref(`o.${column}`)} from orders o where ${recovering(db, 'carts', defaults)} order by o.updated_at, o.id limit 1)`;
    const result = await sql `update carts set abandon_state = 'recovered', recovered_at = ${stamp(db, now)},
      recovered_order_id = ${first('id')}, recovered_value = ${first('total')}
    where abandon_state = 'abandoned' and (shop_id, id) in (
      select r.shop_id, r.id from carts r
      where r.abandon_state = 'abandoned' and exists (select 1 from orders o where ${recovering(db, 'r', defaults)})
      order by r.abandoned_at
      limit ${limit}${lockSkipping(db, 'r')})
    returning shop_id, id, order_id, customer_id, abandoned_at, recovered_at, recovered_order_id, recovered_value`.execute(db);
    return result.rows;
}
/** Abandoned carts past their recovery window (and a grace minute) with no recovering order stop being watched. */
export async function markLapsed(db, now, defaults, limit) {
    const end = shifted(db, sql.ref('r.abandoned_at'), sql `${recoveryWindow('r', defaults)} + ${LAPSE_GRACE_SECONDS}`);
    const result = await sql `update carts as c set abandon_state = 'lapsed'
    where c.abandon_state = 'abandoned' and (c.shop_id, c.id) in (
      select r.shop_id, r.id from carts r
      where r.abandon_state = 'abandoned' and ${end} < ${stamp(db, now)}
        and not exists (select 1 from orders o where ${recovering(db, 'r', defaults)})
      limit ${limit}${lockSkipping(db, 'r')})`.execute(db);
    return Number(result.numAffectedRows ?? 0n);
}
/** The accounts of these shops, keyed by shop id. */
export async function findShopAccounts(db, shopIds) {
    if (shopIds.length === 0)
        return new Map();
    const rows = await db.selectFrom('shops').select(['id', 'account_id']).where(inList(db, 'id', shopIds)).execute();
    return new Map(rows.map((row) => [String(row.id), String(row.account_id)]));
}
//# sourceMappingURL=abandonment.repository.js.map