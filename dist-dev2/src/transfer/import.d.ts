import type { DatabaseHandle } from '../db/database.js';
export interface ImportSummary {
    accountId: string;
    created: boolean;
    rows: Array<{
        table: string;
        rows: number;
    }>;
}
interface Document {
    tables: Record<string, unknown>;
}
export declare function parseDocument(text: string, file: string): Document;
export declare function importAccount(database: DatabaseHandle, accountName: string, document: Document): Promise<ImportSummary>;
export {};
