import { type Kysely, type MigrationResultSet } from 'kysely';
/**
 * `schema`: the PostgreSQL schema the connections use. Named explicitly because Kysely looks its migration
 * tables up by name in any schema, and would find another application's in `public`.
 */
export declare function migrateToLatest(db: Kysely<any>, schema?: string): Promise<MigrationResultSet>;
