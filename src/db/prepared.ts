import { CompiledQuery, PostgresAdapter, type Compilable, type SelectQueryBuilder } from 'kysely';
import { nameStatement } from './named-statements.js';
import type { DB, Executor } from './schema.js';

// Reads on the hot paths (authentication, the shop check, fetching and listing) are built with Kysely like
// every query, but building and compiling the syntax tree anew cost more than SQLite's own work for a
// primary-key lookup (measured with --cpu-prof under `npm run bench`). A prepared read is built once with
// placeholder values, its SQL text kept, and every later call binds its own values to the same positions.
// Array arguments (IN lists) get one text per length.

const MARK = '\u0000cartline-parameter:';
/** Distinct array lengths kept per query and dialect (IN lists of up to a page or an import); beyond, built each time. */
const MAX_SHAPES = 256;

type Scalar = string | number | bigint | boolean | null;
type Argument = Scalar | readonly Scalar[];

interface Plan {
  sql: string;
  /** For each parameter of the SQL: [argument index, element index or -1], or a constant of the query. */
  slots: Array<[number, number] | { constant: unknown }>;
}

function placeholder(argument: number, element: number): string {
  return `${MARK}${argument}:${element}`;
}

function plan(compiled: CompiledQuery): Plan {
  return {
    sql: compiled.sql,
    slots: compiled.parameters.map((value) => {
      if (typeof value === 'string' && value.startsWith(MARK)) {
        const [argument, element] = value.slice(MARK.length).split(':').map(Number);
        return [argument!, element!];
      }
      return { constant: value };
    }),
  };
}

export interface PreparedOptions {
  /** Named on PostgreSQL when every list has at most one value (see below); default true. */
  pointLookup?: boolean;
  /** Shapes kept per dialect, MAX_SHAPES unless a test lowers it to reach the path beyond. */
  maxShapes?: number;
}

/**
 * `build` makes the query from its arguments as usual; the result runs it with the SQL compiled once per
 * dialect and array shape. Arguments may only reach the query as values (not as column names or SQL).
 */
export function prepared<A extends Argument[], R>(
  build: (db: Executor, ...args: A) => Compilable<R>,
  options: PreparedOptions = {},
): (db: Executor, ...args: A) => Promise<R[]> {
  const pointLookup = options.pointLookup ?? true;
  const maxShapes = options.maxShapes ?? MAX_SHAPES;
  // Keyed by the dialect's adapter, which a database and its transactions share.
  const plans = new WeakMap<object, Map<string, Plan>>();
  return async (db, ...args) => {
    const adapter = db.getExecutor().adapter;
    let byShape = plans.get(adapter);
    if (byShape === undefined) plans.set(adapter, (byShape = new Map()));
    let shape = '';
    for (const arg of args) shape += Array.isArray(arg) ? `${arg.length},` : '.,';
    let found = byShape.get(shape);
    if (found === undefined) {
      if (byShape.size >= maxShapes) return (await db.executeQuery(build(db, ...args).compile())).rows;
      const marked = args.map((arg, i) => (Array.isArray(arg) ? arg.map((_, j) => placeholder(i, j)) : placeholder(i, -1))) as A;
      found = plan(build(db, ...marked).compile());
      byShape.set(shape, found);
      // On PostgreSQL a named statement is soon run with a generic plan: right for a lookup by key (one value
      // per list), planning nothing per call; wrong for longer IN lists and pages, whose best plan depends on
      // the values (measured: a page of 100 orders fell from ~30 to 20 req/s, its items query from ~8 to
      // 32 ms). Those stay unnamed, planned for their values on every call.
      const single = args.every((arg) => !Array.isArray(arg) || arg.length <= 1);
      if (adapter instanceof PostgresAdapter && pointLookup && single) nameStatement(found.sql);
    }
    const parameters = found.slots.map((slot) => {
      if (!Array.isArray(slot)) return slot.constant;
      const arg = args[slot[0]];
      return slot[1] === -1 ? arg : (arg as readonly Scalar[])[slot[1]];
    });
    return (await db.executeQuery<R>(CompiledQuery.raw(found.sql, parameters))).rows;
  };
}

/**
 * A shop's rows in id order, one page at a time. OFFSET walks every row it skips, so past the middle (when the
 * caller knows the total) the page is read from the end instead: the last page of a million rows costs what
 * the first does. Rows always come back in ascending order.
 */
export function pagedByShop<R>(build: (db: Executor, shopId: string, direction: 'asc' | 'desc') => SelectQueryBuilder<DB, any, R>) {
  const ascending = prepared((db, shopId: string, offset: number, limit: number) => build(db, shopId, 'asc').limit(limit).offset(offset), { pointLookup: false });
  const descending = prepared((db, shopId: string, offset: number, limit: number) => build(db, shopId, 'desc').limit(limit).offset(offset), { pointLookup: false });
  return async (db: Executor, shopId: string, offset: number, limit: number, total?: number): Promise<R[]> => {
    if (total === undefined || offset * 2 <= total || offset >= total) return ascending(db, shopId, offset, limit);
    const end = Math.min(total, offset + limit);
    return (await descending(db, shopId, total - end, end - offset)).reverse();
  };
}

/** The ids of a page of a shop's rows of `table`, in id order: what a page of kept answers needs to read. */
export function pagedIdsByShop(table: 'categories' | 'products' | 'customers' | 'orders' | 'carts') {
  const paged = pagedByShop((db, shopId, direction) =>
    (db as Executor).selectFrom(table as 'orders').select('id').where('shop_id', '=', shopId).orderBy('id', direction),
  );
  return async (db: Executor, shopId: string, offset: number, limit: number, total?: number): Promise<string[]> =>
    (await paged(db, shopId, offset, limit, total)).map((row) => String(row.id));
}
