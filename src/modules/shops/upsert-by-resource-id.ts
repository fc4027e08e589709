import type { Insertable } from 'kysely';
import { insertMany, insertManyIfAbsent, type ResourceTable } from '../../db/insert-many.js';
import type { DB, Executor } from '../../db/schema.js';
import { updateManyById, type Changes } from '../../db/update-many.js';
import { ConcurrentChangeError, present } from '../../http/errors.js';
import { findIdsByResourceIds } from './resource-ids.repository.js';

// "A create naming a resource_id the shop already has updates that record": one mechanism for categories,
// products, customers and orders, single creates and imports alike. In a fixed number of statements however
// many records: the existing ones are found in one query, the new ones inserted in one multi-row statement,
// the existing ones updated set-based (update-many.ts).
//
// Safe under concurrency as one statement per row was: the insert skips a resource_id that another
// transaction committed since the lookup (or an earlier item of the same request took), and those items are
// looked up again and updated like the others. A record found but deleted before its update was written
// makes the transaction run again (ConcurrentChangeError, transaction.ts), and then it is created.

export interface ResourceWrite<T extends ResourceTable> {
  /** The record as inserted when the shop does not have its resource_id (or it has none). */
  row: Insertable<DB[T]> & { id: string; resource_id: string | null };
  /** What is written to the record the shop already has. */
  changes: Changes;
}

export interface UpsertOptions {
  /** Called with the records about to be updated, before they are: to answer from what they were. */
  beforeUpdate?: (ids: string[]) => Promise<void>;
}

/** The record each write ended in, in order: created, or the existing one it updated. */
export async function upsertByResourceId<T extends ResourceTable>(
  db: Executor,
  table: T,
  shopId: string,
  writes: Array<ResourceWrite<T>>,
  options: UpsertOptions = {},
): Promise<Array<{ id: string; created: boolean }>> {
  const resourceIdOf = (write: ResourceWrite<T>) => write.row.resource_id;
  const known = await findIdsByResourceIds(db, table, shopId, writes.flatMap((write) => resourceIdOf(write) ?? []));
  const fresh = writes.filter((write) => resourceIdOf(write) === null || !known.has(resourceIdOf(write)!));
  const rows = fresh.map((write) => write.row) as Array<Insertable<DB[T]> & { id: string }>;
  let inserted: Set<string>;
  if (fresh.some((write) => resourceIdOf(write) !== null)) inserted = await insertManyIfAbsent(db, table, rows);
  else {
    await insertMany(db, table, rows);
    inserted = new Set(rows.map((row) => row.id));
  }
  // Taken meanwhile, or by an earlier item of this request: updated like the records found.
  const taken = fresh.flatMap((write) => (inserted.has(write.row.id) ? [] : [present(resourceIdOf(write), `the resource id of a ${table} row not inserted`)]));
  for (const [resourceId, id] of await findIdsByResourceIds(db, table, shopId, taken)) known.set(resourceId, id);

  const results = writes.map((write) =>
    inserted.has(write.row.id)
      ? { id: write.row.id, created: true }
      : { id: present(known.get(present(resourceIdOf(write), `the resource id of a ${table} row`)), `${table} ${resourceIdOf(write)}`), created: false },
  );
  const updates = results.flatMap((result, index) => (result.created ? [] : [{ id: result.id, changes: writes[index]!.changes }]));
  if (updates.length > 0) await options.beforeUpdate?.([...new Set(updates.map((update) => update.id))]);
  if ((await updateManyById(db, table, shopId, updates)) > 0) throw new ConcurrentChangeError(`a ${table} row was deleted while it was updated`);
  return results;
}
