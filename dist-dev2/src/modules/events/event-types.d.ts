/** Every event MailerLite's webhooks API accepts. */
export declare const MAILERLITE_EVENTS: readonly ["subscriber.created", "subscriber.updated", "subscriber.unsubscribed", "subscriber.added_to_group", "subscriber.removed_from_group", "subscriber.added_through_form", "subscriber.bounced", "subscriber.automation_triggered", "subscriber.automation_completed", "subscriber.spam_reported", "subscriber.deleted", "campaign.sent", "campaign.click", "campaign.open"];
/** Cartline's e-commerce events. */
export declare const ECOMMERCE_EVENTS: readonly ["order.created", "order.updated", "order.completed", "order.deleted", "cart.abandoned", "cart.recovered", "customer.created", "customer.updated", "product.created", "product.updated", "product.deleted"];
export declare const WEBHOOK_EVENTS: readonly ["subscriber.created", "subscriber.updated", "subscriber.unsubscribed", "subscriber.added_to_group", "subscriber.removed_from_group", "subscriber.added_through_form", "subscriber.bounced", "subscriber.automation_triggered", "subscriber.automation_completed", "subscriber.spam_reported", "subscriber.deleted", "campaign.sent", "campaign.click", "campaign.open", "order.created", "order.updated", "order.completed", "order.deleted", "cart.abandoned", "cart.recovered", "customer.created", "customer.updated", "product.created", "product.updated", "product.deleted"];
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];
/** MailerLite events that can only be delivered in batches (its docs: "batchable must be set as true"). */
export declare const BATCH_ONLY_EVENTS: ReadonlySet<string>;
/** The events Cartline records. */
export type FiredEvent = 'subscriber.created' | 'subscriber.updated' | 'subscriber.unsubscribed' | 'subscriber.added_to_group' | (typeof ECOMMERCE_EVENTS)[number];
