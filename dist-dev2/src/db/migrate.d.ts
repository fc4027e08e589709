import { type Kysely, type MigrationResultSet } from 'kysely';
/** The migrations this Cartline has that the database has not run yet, by name (nothing is written). */
export declare function pendingMigrations(db: Kysely<any>, schema?: string): Promise<string[]>;
export declare function migrateToLatest(db: Kysely<any>, schema?: string): Promise<MigrationResultSet>;
