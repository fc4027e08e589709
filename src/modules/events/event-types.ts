// The events a webhook can subscribe to. MailerLite's own (its webhooks page) are all accepted, so that a client
// written for MailerLite never meets a 422 here; Cartline fires those it has facts for (FIRED), and its own
// e-commerce events (documented in README.md, "Events").

/** Every event MailerLite's webhooks API accepts. */
export const MAILERLITE_EVENTS = [
  'subscriber.created',
  'subscriber.updated',
  'subscriber.unsubscribed',
  'subscriber.added_to_group',
  'subscriber.removed_from_group',
  'subscriber.added_through_form',
  'subscriber.bounced',
  'subscriber.automation_triggered',
  'subscriber.automation_completed',
  'subscriber.spam_reported',
  'subscriber.deleted',
  'campaign.sent',
  'campaign.click',
  'campaign.open',
] as const;

/** Cartline's e-commerce events. */
export const ECOMMERCE_EVENTS = [
  'order.created',
  'order.updated',
  'order.completed',
  'order.deleted',
  'cart.abandoned',
  'cart.recovered',
  'customer.created',
  'customer.updated',
  'product.created',
  'product.updated',
  'product.deleted',
] as const;

export const WEBHOOK_EVENTS = [...MAILERLITE_EVENTS, ...ECOMMERCE_EVENTS] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** MailerLite events that can only be delivered in batches (its docs: "batchable must be set as true"). */
export const BATCH_ONLY_EVENTS: ReadonlySet<string> = new Set(['subscriber.deleted', 'campaign.click', 'campaign.open']);

/** The events Cartline records. */
export type FiredEvent = 'subscriber.created' | 'subscriber.updated' | 'subscriber.unsubscribed' | 'subscriber.added_to_group' | (typeof ECOMMERCE_EVENTS)[number];
