import type { IdGenerator } from '../../db/ids.js';
import type { Database, Executor } from '../../db/schema.js';
import type { Delivery } from './webhooks.schemas.js';
export declare function countDeliveries(db: Executor, accountId: string, rawWebhookId: string): Promise<number>;
export declare function listDeliveries(db: Executor, accountId: string, rawWebhookId: string, offset: number, limit: number): Promise<Delivery[]>;
/** Sends the events of one of the webhook's deliveries again, as a new delivery due now. */
export declare function redeliver(db: Database, newId: IdGenerator, accountId: string, rawWebhookId: string, rawDeliveryId: string): Promise<Delivery>;
