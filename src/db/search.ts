import { PostgresAdapter, sql, type SqlBool } from 'kysely';
import type { Executor } from './schema.js';

// Cartline's search filters on the documented lists (?filter[name]=… on products, for the web console and
// anyone else): which of a shop's rows match, counted and paged in id order like the unfiltered lists. A
// search reads the shop's rows through its (shop_id, id) key and tests each one, so it costs what the shop
// has: fine for a person searching, not a path any integration takes on every request.

export type SearchTable = 'categories' | 'products' | 'customers' | 'orders';

/** One filter of a request: the whole value ('exact') or a part of it in any case ('part'). */
export interface SearchTerm {
  column: string;
  match: 'part' | 'exact';
  value: string;
}

/** LIKE's own characters, taken literally. */
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

function condition(db: Executor, term: SearchTerm) {
  const column = sql.ref(term.column);
  if (term.match === 'exact') return sql<SqlBool>`${column} = ${term.value}`;
  // SQLite's LIKE ignores the case of ASCII letters; PostgreSQL's needs ILIKE.
  const like = db.getExecutor().adapter instanceof PostgresAdapter ? sql`ilike` : sql`like`;
  return sql<SqlBool>`${column} ${like} ${`%${escapeLike(term.value)}%`} escape '\\'`;
}

function matching(db: Executor, table: SearchTable, shopId: string, terms: SearchTerm[]) {
  let query = db.selectFrom(table as 'orders').where('shop_id', '=', shopId);
  for (const term of terms) query = query.where(condition(db, term));
  return query;
}

export async function countMatching(db: Executor, table: SearchTable, shopId: string, terms: SearchTerm[]): Promise<number> {
  const row = await matching(db, table, shopId, terms)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The ids of one page of the matching rows, in id order. */
export async function matchingIds(db: Executor, table: SearchTable, shopId: string, terms: SearchTerm[], offset: number, limit: number): Promise<string[]> {
  const rows = await matching(db, table, shopId, terms).select('id').orderBy('id').limit(limit).offset(offset).execute();
  return rows.map((row) => String(row.id));
}
