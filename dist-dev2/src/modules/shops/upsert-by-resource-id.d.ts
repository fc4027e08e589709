import type { Insertable } from 'kysely';
import { type ResourceTable } from '../../db/insert-many.js';
import type { DB, Executor } from '../../db/schema.js';
import { type Changes } from '../../db/update-many.js';
export interface ResourceWrite<T extends ResourceTable> {
    /** The record as inserted when the shop does not have its resource_id (or it has none). */
    row: Insertable<DB[T]> & {
        id: string;
        resource_id: string | null;
    };
    /** What is written to the record the shop already has. */
    changes: Changes;
}
export interface UpsertOptions {
    /** Called with the records about to be updated, before they are: to answer from what they were. */
    beforeUpdate?: (ids: string[]) => Promise<void>;
}
/** The record each write ended in, in order: created, or the existing one it updated. */
export declare function upsertByResourceId<T extends ResourceTable>(db: Executor, table: T, shopId: string, writes: Array<ResourceWrite<T>>, options?: UpsertOptions): Promise<Array<{
    id: string;
    created: boolean;
}>>;
