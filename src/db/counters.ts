import { prepared } from './prepared.js';
import type { CountedTable, Executor } from './schema.js';

// Every list answer carries its total. The database keeps each shop's counts by trigger (migration 0004), so a
// total costs one primary-key read however many rows the shop has.

const counter = prepared((db, shopId: string, name: CountedTable) =>
  db.selectFrom('shop_counters').select('n').where('shop_id', '=', shopId).where('name', '=', name),
);

export async function countOf(db: Executor, shopId: string, table: CountedTable): Promise<number> {
  const [row] = await counter(db, shopId, table);
  return row === undefined ? 0 : Number(row.n);
}
