import type { DatabaseHandle } from '../db/database.js';
import { type CheckResult } from '../db/integrity.repository.js';
export interface CopyProgress {
    /** Called after each page with the table, the rows copied of it so far and its total. */
    (table: string, done: number, total: number): void;
}
export interface CopySummary {
    tables: Array<{
        table: string;
        rows: number;
    }>;
    checks: CheckResult[];
}
export declare function copyInstallation(source: DatabaseHandle, target: DatabaseHandle, progress?: CopyProgress): Promise<CopySummary>;
