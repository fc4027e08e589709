export type TableRole = 'account' | 'installation' | 'derived' | 'process';
export interface TableEntry {
    role: TableRole;
    /**
     * A boolean column marking rows that every new account gets by itself (its default fields): they do not make
     * an account non-empty, and an import replaces them with the document's.
     */
    seededWhen?: string;
}
export declare const TABLES: Readonly<Record<string, TableEntry>>;
/** The table every account-owned row leads to through its foreign keys. */
export declare const ACCOUNTS = "accounts";
