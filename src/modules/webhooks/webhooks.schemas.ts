import Type, { type Static } from 'typebox';
import { IdString, LooseBoolean, PageQuery, StringEnum, StringOrNull, Timestamp } from '../../http/schemas.js';
import { WEBHOOK_EVENTS } from '../events/event-types.js';

/** MailerLite's webhook, as its webhooks API answers it. */
export const Webhook = Type.Object({
  id: IdString,
  name: Type.String(),
  url: Type.String(),
  events: Type.Array(Type.String()),
  enabled: Type.Boolean(),
  secret: Type.String({ description: 'Made by Cartline: the key of the HMAC-SHA256 `Signature` header of every delivery' }),
  batchable: Type.Boolean(),
  created_at: Timestamp,
  updated_at: Timestamp,
});
export type Webhook = Static<typeof Webhook>;

const webhookInput = {
  name: Type.String({ maxLength: 255 }),
  events: Type.Array(StringEnum(WEBHOOK_EVENTS), { minItems: 1, maxItems: WEBHOOK_EVENTS.length * 2 }),
  // Checked as a URL by the service (http or https only), in Laravel's words.
  url: Type.String({ minLength: 1, maxLength: 2048 }),
  enabled: LooseBoolean,
  batchable: LooseBoolean,
};

export const WebhookCreateBody = Type.Object({
  name: Type.Optional(webhookInput.name),
  events: webhookInput.events,
  url: webhookInput.url,
  enabled: Type.Optional(webhookInput.enabled),
  batchable: Type.Optional(webhookInput.batchable),
});
export type WebhookCreateBody = Static<typeof WebhookCreateBody>;

export const WebhookUpdateBody = Type.Partial(Type.Object(webhookInput));
export type WebhookUpdateBody = Static<typeof WebhookUpdateBody>;

export const WebhookParams = Type.Object({ webhook_id: Type.String() });
export const WebhookListQuery = PageQuery;

/** One attempt of a delivery, for the deliveries log. */
export const DeliveryAttempt = Type.Object({
  attempted_at: Timestamp,
  status_code: Type.Unsafe<number | null>({ type: ['integer', 'null'], description: "The receiver's status; null when none came (timeout, refused)" }),
  latency_ms: Type.Integer(),
  error: StringOrNull,
});

export const Delivery = Type.Object({
  id: IdString,
  webhook_id: IdString,
  status: StringEnum(['pending', 'delivered', 'failed']),
  event_ids: Type.Array(IdString),
  event_types: Type.Array(Type.String()),
  attempts: Type.Array(DeliveryAttempt),
  next_attempt_at: Type.Unsafe<string | null>({ type: ['string', 'null'], description: 'When the next attempt is due (pending only)' }),
  delivered_at: StringOrNull,
  created_at: Timestamp,
});
export type Delivery = Static<typeof Delivery>;

export const DeliveryParams = Type.Object({ webhook_id: Type.String(), delivery_id: Type.String() });
