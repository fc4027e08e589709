import type { IdGenerator } from '../../db/ids.js';
import type { Database, Executor } from '../../db/schema.js';
import * as repo from './webhooks.repository.js';
import type { Webhook, WebhookCreateBody, WebhookUpdateBody } from './webhooks.schemas.js';
export declare function toWebhook(row: repo.WebhookRow): Webhook;
export declare function getWebhook(db: Executor, accountId: string, rawId: string): Promise<Webhook>;
export declare function createWebhook(db: Database, newId: IdGenerator, accountId: string, body: WebhookCreateBody): Promise<Webhook>;
/** A partial update; a webhook enabled again starts with a clean record of failures. */
export declare function updateWebhook(db: Database, accountId: string, rawId: string, body: WebhookUpdateBody): Promise<Webhook>;
export declare function deleteWebhook(db: Database, accountId: string, rawId: string): Promise<void>;
export declare const countWebhooks: typeof repo.countWebhooks;
export declare function listWebhooks(db: Executor, accountId: string, offset: number, limit: number): Promise<Webhook[]>;
