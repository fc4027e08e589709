import type { Database, Executor } from '../../db/schema.js';
import type { IdGenerator } from '../../db/ids.js';
import type { Field, FieldCreateBody, FieldListQuery, FieldUpdateBody, FieldWritten } from './fields.schemas.js';
/** MailerLite's key: the name lower-cased, each run of other characters than letters and digits one `_` (B8). */
export declare function fieldKey(name: string): string;
/** The account's fields, filtered and sorted as asked: an account has a few dozen, so this is done in memory. */
export declare function findFields(db: Executor, accountId: string, query: FieldListQuery): Promise<Field[]>;
export declare function createField(db: Database, newId: IdGenerator, accountId: string, body: FieldCreateBody): Promise<FieldWritten>;
/** A rename changes only the name: the key stays, as MailerLite's WooCommerce plugin relies on. */
export declare function renameField(db: Database, accountId: string, rawId: string, body: FieldUpdateBody): Promise<FieldWritten>;
export declare function deleteField(db: Database, accountId: string, rawId: string): Promise<void>;
