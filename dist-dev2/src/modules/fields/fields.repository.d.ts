import type { Executor } from '../../db/schema.js';
export type FieldRow = {
    id: string | bigint;
    name: string;
    key: string;
    type: string;
    is_default: boolean | number | bigint;
};
/** Every field of the account in id order: the defaults (1..8) first, then custom fields as created. */
export declare function listFields(db: Executor, accountId: string): Promise<FieldRow[]>;
export declare function findField(db: Executor, accountId: string, id: string): Promise<FieldRow | undefined>;
export declare function insertFields(db: Executor, rows: Array<{
    account_id: string;
    id: string;
    name: string;
    key: string;
    type: string;
    is_default: boolean;
    created_at: string;
}>): Promise<void>;
export declare function renameField(db: Executor, accountId: string, id: string, name: string): Promise<void>;
export declare function deleteField(db: Executor, accountId: string, id: string): Promise<void>;
/** Removes a deleted field's values from every subscriber of the account, so a later field with its key starts empty. */
export declare function removeFieldValues(db: Executor, accountId: string, key: string): Promise<void>;
/**
 * The fields every MailerLite account has, in MailerLite's order and with its small shared ids. `email` is not
 * among them: it is a subscriber's own property, and real `GET /fields` answers leave it out (spec §4).
 */
export declare const DEFAULT_FIELDS: readonly [{
    readonly id: "1";
    readonly name: "Name";
    readonly key: "name";
}, {
    readonly id: "2";
    readonly name: "Last name";
    readonly key: "last_name";
}, {
    readonly id: "3";
    readonly name: "Company";
    readonly key: "company";
}, {
    readonly id: "4";
    readonly name: "Country";
    readonly key: "country";
}, {
    readonly id: "5";
    readonly name: "City";
    readonly key: "city";
}, {
    readonly id: "6";
    readonly name: "Phone";
    readonly key: "phone";
}, {
    readonly id: "7";
    readonly name: "State";
    readonly key: "state";
}, {
    readonly id: "8";
    readonly name: "ZIP";
    readonly key: "z_i_p";
}];
/** The defaults, for a new account (accounts that existed before fields got theirs in migration 0008). */
export declare function insertDefaultFields(db: Executor, accountId: string, createdAt: string): Promise<void>;
