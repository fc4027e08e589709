import { CompiledQuery, PostgresAdapter } from 'kysely';
import { nameStatement } from './named-statements.js';
// Reads on the hot paths (authentication, the shop check, fetching and listing) are built with Kysely like
// every query, but building and compiling the syntax tree anew cost more than SQLite's own work for a
// primary-key lookup (measured with --cpu-prof under `npm run bench`). A prepared read is built once with
// placeholder values, its SQL text kept, and every later call binds its own values to the same positions.
// A list argument reaches the query whole, as one parameter, through inList (src/db/in-list.ts): one text
// whatever its length.
const MARK = '\u0000cartline-parameter:';
function placeholder(argument) {
    return `${MARK}${argument}`;
}
function argumentOf(value) {
    return typeof value === 'string' && value.startsWith(MARK) ? Number(value.slice(MARK.length)) : undefined;
}
function plan(compiled, args) {
    return {
        sql: compiled.sql,
        slots: compiled.parameters.map((value) => {
            // A list is marked as a list of one marker, and must come back as that one parameter (inList).
            const list = Array.isArray(value) && value.length === 1 ? argumentOf(value[0]) : undefined;
            if (list !== undefined)
                return list;
            const argument = argumentOf(value);
            if (argument === undefined)
                return { constant: value };
            if (Array.isArray(args[argument]))
                throw new Error('a list argument of a prepared read must reach its query through inList()');
            return argument;
        }),
    };
}
/**
 * `build` makes the query from its arguments as usual; the result runs it with the SQL compiled once per
 * dialect. Arguments may only reach the query as values (not as column names or SQL), lists through inList.
 */
export function prepared(build, options = {}) {
    const pointLookup = options.pointLookup ?? true;
    // Keyed by the dialect's adapter, which a database and its transactions share.
    const plans = new WeakMap();
    return async (db, ...args) => {
        const adapter = db.getExecutor().adapter;
        let found = plans.get(adapter);
        if (found === undefined) {
            const marked = args.map((arg, i) => (Array.isArray(arg) ? [placeholder(i)] : placeholder(i)));
            found = plan(build(db, ...marked).compile(), args);
            plans.set(adapter, found);
            // On PostgreSQL a named statement is soon run with a generic plan: right for a lookup by key, planning
            // nothing per call; a list read's best plan depends on its values (measured with IN lists: a page of 100
            // orders fell from ~30 to 20 req/s, its items query from ~8 to 32 ms), so those stay unnamed, planned for
            // their values on every call.
            if (adapter instanceof PostgresAdapter && pointLookup && !args.some((arg) => Array.isArray(arg)))
                nameStatement(found.sql);
        }
        const parameters = found.slots.map((slot) => (typeof slot === 'number' ? args[slot] : slot.constant));
        return (await db.executeQuery(CompiledQuery.raw(found.sql, parameters))).rows;
    };
}
/**
 * A shop's rows in id order, one page at a time. OFFSET walks every row it skips, so past the middle (when the
 * caller knows the total) the page is read from the end instead: the last page of a million rows costs what
 * the first does. Rows always come back in ascending order.
 */
export function pagedByShop(build) {
    const ascending = prepared((db, shopId, offset, limit) => build(db, shopId, 'asc').limit(limit).offset(offset), { pointLookup: false });
    const descending = prepared((db, shopId, offset, limit) => build(db, shopId, 'desc').limit(limit).offset(offset), { pointLookup: false });
    return async (db, shopId, offset, limit, total) => {
        if (total === undefined || offset * 2 <= total || offset >= total)
            return ascending(db, shopId, offset, limit);
        const end = Math.min(total, offset + limit);
        return (await descending(db, shopId, total - end, end - offset)).reverse();
    };
}
/** The ids of a page of a shop's rows of `table`, in id order: what a page of kept answers needs to read. */
export function pagedIdsByShop(table) {
    const paged = pagedByShop((db, shopId, direction) => db.selectFrom(table).select('id').where('shop_id', '=', shopId).orderBy('id', direction));
    return async (db, shopId, offset, limit, total) => (await paged(db, shopId, offset, limit, total)).map((row) => String(row.id));
}
//# sourceMappingURL=prepared.js.map