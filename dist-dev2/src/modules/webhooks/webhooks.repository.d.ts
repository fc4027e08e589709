import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Executor, WebhooksTable } from '../../db/schema.js';
export type WebhookRow = Selectable<WebhooksTable>;
export declare function insertWebhook(db: Executor, row: Insertable<WebhooksTable>): Promise<void>;
export declare function findWebhook(db: Executor, accountId: string, id: string): Promise<WebhookRow | undefined>;
export declare function countWebhooks(db: Executor, accountId: string): Promise<number>;
export declare function listWebhooks(db: Executor, accountId: string, offset: number, limit: number): Promise<WebhookRow[]>;
export declare function updateWebhook(db: Executor, accountId: string, id: string, changes: Updateable<WebhooksTable>): Promise<void>;
export declare function deleteWebhook(db: Executor, accountId: string, id: string): Promise<void>;
