import type { Writable } from 'node:stream';
import type { DatabaseHandle } from '../db/database.js';
export declare const FORMAT_VERSION = 1;
export interface ExportSummary {
    accountId: string;
    rows: Array<{
        table: string;
        rows: number;
    }>;
}
export declare function exportAccount(database: DatabaseHandle, accountName: string, out: Writable): Promise<ExportSummary>;
