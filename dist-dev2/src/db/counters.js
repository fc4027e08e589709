import { prepared } from './prepared.js';
// Every list answer carries its total. The database keeps each shop's counts by trigger (migration 0004), so a
// total costs one primary-key read however many rows the shop has.
const counter = prepared((db, shopId, name) => db.selectFrom('shop_counters').select('n').where('shop_id', '=', shopId).where('name', '=', name));
export async function countOf(db, shopId, table) {
    const [row] = await counter(db, shopId, table);
    return row === undefined ? 0 : Number(row.n);
}
//# sourceMappingURL=counters.js.map