import { Migrator, type Kysely, type Migration, type MigrationResultSet } from 'kysely';
import * as m0001 from './migrations/0001_foundation.js';
import * as m0002 from './migrations/0002_customers_orders.js';
import * as m0003 from './migrations/0003_resource_ids.js';
import * as m0004 from './migrations/0004_shop_counters.js';
import * as m0005 from './migrations/0005_worker_leases.js';
import * as m0006 from './migrations/0006_group_counters.js';
import * as m0007 from './migrations/0007_revisions.js';
import * as m0008 from './migrations/0008_fields_double_optin.js';
import * as m0009 from './migrations/0009_events_webhooks.js';
import * as m0010 from './migrations/0010_journal_faults.js';
import * as m0011 from './migrations/0011_abandoned_carts_insights.js';
import * as m0012 from './migrations/0012_stats_days.js';
import * as m0013 from './migrations/0013_journal_rowid.js';
import * as m0014 from './migrations/0014_customer_order_times.js';
import * as m0015 from './migrations/0015_journal_unbound.js';

// Listed in code rather than read from a folder, so the compiled server needs no file lookups to migrate.
const migrations: Record<string, Migration> = {
  '0001_foundation': m0001,
  '0002_customers_orders': m0002,
  '0003_resource_ids': m0003,
  '0004_shop_counters': m0004,
  '0005_worker_leases': m0005,
  '0006_group_counters': m0006,
  '0007_revisions': m0007,
  '0008_fields_double_optin': m0008,
  '0009_events_webhooks': m0009,
  '0010_journal_faults': m0010,
  '0011_abandoned_carts_insights': m0011,
  '0012_stats_days': m0012,
  '0013_journal_rowid': m0013,
  '0014_customer_order_times': m0014,
  '0015_journal_unbound': m0015,
};

/**
 * `schema`: the PostgreSQL schema the connections use. Named explicitly because Kysely looks its migration
 * tables up by name in any schema, and would find another application's in `public`.
 */
function migratorFor(db: Kysely<any>, schema: string | undefined): Migrator {
  return new Migrator({ db, provider: { getMigrations: async () => migrations }, ...(schema ? { migrationTableSchema: schema } : {}) });
}

/** The migrations this Cartline has that the database has not run yet, by name (nothing is written). */
export async function pendingMigrations(db: Kysely<any>, schema?: string): Promise<string[]> {
  const infos = await migratorFor(db, schema).getMigrations();
  return infos.filter((info) => info.executedAt === undefined).map((info) => info.name);
}

export async function migrateToLatest(db: Kysely<any>, schema?: string): Promise<MigrationResultSet> {
  const migrator = migratorFor(db, schema);
  const result = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`migration ${failed} failed: ${String((result.error as Error).message ?? result.error)}`, {
      cause: result.error,
    });
  }
  return result;
}
