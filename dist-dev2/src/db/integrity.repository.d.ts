import type { Dialect } from './database.js';
import type { Executor } from './schema.js';
export interface CheckResult {
    name: string;
    ok: boolean;
    detail: string;
}
export declare function runChecks(db: Executor, dialect: Dialect): Promise<CheckResult[]>;
