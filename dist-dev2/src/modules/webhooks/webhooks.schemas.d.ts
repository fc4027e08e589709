import Type, { type Static } from 'typebox';
/** MailerLite's webhook, as its webhooks API answers it. */
export declare const Webhook: Type.TObject<{
    id: Type.TString;
    name: Type.TString;
    url: Type.TString;
    events: Type.TArray<Type.TString>;
    enabled: Type.TBoolean;
    secret: Type.TString;
    batchable: Type.TBoolean;
    created_at: Type.TString;
    updated_at: Type.TString;
}>;
export type Webhook = Static<typeof Webhook>;
export declare const WebhookCreateBody: Type.TObject<{
    name: Type.TOptional<Type.TString>;
    events: Type.TArray<Type.TUnsafe<"subscriber.created" | "subscriber.updated" | "subscriber.unsubscribed" | "subscriber.added_to_group" | "subscriber.removed_from_group" | "subscriber.added_through_form" | "subscriber.bounced" | "subscriber.automation_triggered" | "subscriber.automation_completed" | "subscriber.spam_reported" | "subscriber.deleted" | "campaign.sent" | "campaign.click" | "campaign.open" | "order.created" | "order.updated" | "order.completed" | "order.deleted" | "cart.abandoned" | "cart.recovered" | "customer.created" | "customer.updated" | "product.created" | "product.updated" | "product.deleted">>;
    url: Type.TString;
    enabled: Type.TOptional<Type.TUnsafe<boolean>>;
    batchable: Type.TOptional<Type.TUnsafe<boolean>>;
}>;
export type WebhookCreateBody = Static<typeof WebhookCreateBody>;
export declare const WebhookUpdateBody: Type.TObject<{
    name: Type.TOptional<Type.TString>;
    events: Type.TOptional<Type.TArray<Type.TUnsafe<"subscriber.created" | "subscriber.updated" | "subscriber.unsubscribed" | "subscriber.added_to_group" | "subscriber.removed_from_group" | "subscriber.added_through_form" | "subscriber.bounced" | "subscriber.automation_triggered" | "subscriber.automation_completed" | "subscriber.spam_reported" | "subscriber.deleted" | "campaign.sent" | "campaign.click" | "campaign.open" | "order.created" | "order.updated" | "order.completed" | "order.deleted" | "cart.abandoned" | "cart.recovered" | "customer.created" | "customer.updated" | "product.created" | "product.updated" | "product.deleted">>>;
    url: Type.TOptional<Type.TString>;
    enabled: Type.TOptional<Type.TUnsafe<boolean>>;
    batchable: Type.TOptional<Type.TUnsafe<boolean>>;
}>;
export type WebhookUpdateBody = Static<typeof WebhookUpdateBody>;
export declare const WebhookParams: Type.TObject<{
    webhook_id: Type.TString;
}>;
export declare const WebhookListQuery: Type.TObject<{
    limit: Type.TOptional<Type.TInteger>;
    page: Type.TOptional<Type.TInteger>;
}>;
/** One attempt of a delivery, for the deliveries log. */
export declare const DeliveryAttempt: Type.TObject<{
    attempted_at: Type.TString;
    status_code: Type.TUnsafe<number | null>;
    latency_ms: Type.TInteger;
    error: Type.TUnsafe<string | null>;
}>;
export declare const Delivery: Type.TObject<{
    id: Type.TString;
    webhook_id: Type.TString;
    status: Type.TUnsafe<"pending" | "delivered" | "failed">;
    event_ids: Type.TArray<Type.TString>;
    event_types: Type.TArray<Type.TString>;
    attempts: Type.TArray<Type.TObject<{
        attempted_at: Type.TString;
        status_code: Type.TUnsafe<number | null>;
        latency_ms: Type.TInteger;
        error: Type.TUnsafe<string | null>;
    }>>;
    next_attempt_at: Type.TUnsafe<string | null>;
    delivered_at: Type.TUnsafe<string | null>;
    created_at: Type.TString;
}>;
export type Delivery = Static<typeof Delivery>;
export declare const DeliveryParams: Type.TObject<{
    webhook_id: Type.TString;
    delivery_id: Type.TString;
}>;
