import { Kysely } from 'kysely';
import type { DatabaseTarget } from '../config.js';
import type { DB } from './schema.js';
export type Dialect = 'sqlite' | 'postgres';
export interface DatabaseHandle {
    db: Kysely<DB>;
    dialect: Dialect;
    /** The PostgreSQL schema of every connection (search_path), when one was chosen. */
    schema?: string;
    /** true when the database answers a trivial query. */
    ping(): Promise<boolean>;
    close(): Promise<void>;
}
export interface PostgresOptions {
    /** search_path for every connection: lets tests give each file a schema of its own. */
    schema?: string;
    poolSize?: number;
}
export declare function createDatabase(target: DatabaseTarget, options?: PostgresOptions): DatabaseHandle;
