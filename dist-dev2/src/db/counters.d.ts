import type { CountedTable, Executor } from './schema.js';
export declare function countOf(db: Executor, shopId: string, table: CountedTable): Promise<number>;
