import type { Database } from '../../db/schema.js';
import * as repo from './requests.repository.js';
import type { Entry, EntryListQuery, EntrySummary } from './requests.schemas.js';
export declare function toEntrySummary(row: repo.EntrySummaryRow): EntrySummary;
/** The list's filters, checked beyond their schema's pattern (a date that does not exist, an id past 64 bits). */
export declare function entryFilter(query: EntryListQuery): repo.EntryFilter;
export declare function countEntries(db: Database, accountId: string, filter: repo.EntryFilter): Promise<number>;
export declare function listEntries(db: Database, accountId: string, filter: repo.EntryFilter, offset: number, limit: number): Promise<EntrySummary[]>;
export declare function getEntry(db: Database, accountId: string, rawId: string): Promise<Entry>;
