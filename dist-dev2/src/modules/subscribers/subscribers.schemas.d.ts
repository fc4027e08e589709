import Type, { type Static } from 'typebox';
export declare const SUBSCRIBER_STATUSES: readonly ["active", "unsubscribed", "unconfirmed", "bounced", "junk"];
/** MailerLite's subscriber, as embedded in customers and served by the Subscribers API. */
export declare const Subscriber: Type.TObject<{
    id: Type.TString;
    email: Type.TString;
    status: Type.TString;
    source: Type.TString;
    sent: Type.TInteger;
    opens_count: Type.TInteger;
    clicks_count: Type.TInteger;
    open_rate: Type.TNumber;
    click_rate: Type.TNumber;
    ip_address: Type.TUnsafe<string | null>;
    subscribed_at: Type.TUnsafe<string | null>;
    unsubscribed_at: Type.TUnsafe<string | null>;
    created_at: Type.TString;
    updated_at: Type.TString;
    fields: Type.TRecord<"^.*$", Type.TUnsafe<string | number | null>>;
    groups: Type.TArray<Type.TObject<{
        id: Type.TString;
        name: Type.TString;
        active_count: Type.TInteger;
        sent_count: Type.TInteger;
        opens_count: Type.TInteger;
        open_rate: Type.TObject<{
            float: Type.TNumber;
            string: Type.TString;
        }>;
        clicks_count: Type.TInteger;
        click_rate: Type.TObject<{
            float: Type.TNumber;
            string: Type.TString;
        }>;
        unsubscribed_count: Type.TInteger;
        unconfirmed_count: Type.TInteger;
        bounced_count: Type.TInteger;
        junk_count: Type.TInteger;
        created_at: Type.TString;
    }>>;
    opted_in_at: Type.TUnsafe<string | null>;
    optin_ip: Type.TUnsafe<string | null>;
}>;
export type Subscriber = Static<typeof Subscriber>;
/** One path parameter name for every method on /api/subscribers/:id (a GET also takes an email there). */
export declare const SubscriberParams: Type.TObject<{
    id: Type.TString;
}>;
export declare const SubscriberListQuery: Type.TObject<{
    limit: Type.TOptional<Type.TInteger>;
    cursor: Type.TOptional<Type.TString>;
    'filter[status]': Type.TOptional<Type.TUnsafe<"active" | "unsubscribed" | "unconfirmed" | "bounced" | "junk">>;
}>;
/** A page, or with limit=0 only {total}: one object schema with optional members, as ListResponse does. */
export declare const SubscriberList: Type.TObject<{
    data: Type.TOptional<Type.TArray<Type.TObject<{
        id: Type.TString;
        email: Type.TString;
        status: Type.TString;
        source: Type.TString;
        sent: Type.TInteger;
        opens_count: Type.TInteger;
        clicks_count: Type.TInteger;
        open_rate: Type.TNumber;
        click_rate: Type.TNumber;
        ip_address: Type.TUnsafe<string | null>;
        subscribed_at: Type.TUnsafe<string | null>;
        unsubscribed_at: Type.TUnsafe<string | null>;
        created_at: Type.TString;
        updated_at: Type.TString;
        fields: Type.TRecord<"^.*$", Type.TUnsafe<string | number | null>>;
        groups: Type.TArray<Type.TObject<{
            id: Type.TString;
            name: Type.TString;
            active_count: Type.TInteger;
            sent_count: Type.TInteger;
            opens_count: Type.TInteger;
            open_rate: Type.TObject<{
                float: Type.TNumber;
                string: Type.TString;
            }>;
            clicks_count: Type.TInteger;
            click_rate: Type.TObject<{
                float: Type.TNumber;
                string: Type.TString;
            }>;
            unsubscribed_count: Type.TInteger;
            unconfirmed_count: Type.TInteger;
            bounced_count: Type.TInteger;
            junk_count: Type.TInteger;
            created_at: Type.TString;
        }>>;
        opted_in_at: Type.TUnsafe<string | null>;
        optin_ip: Type.TUnsafe<string | null>;
    }>>>;
    links: Type.TOptional<Type.TObject<{
        first: Type.TUnsafe<string | null>;
        last: Type.TUnsafe<string | null>;
        prev: Type.TUnsafe<string | null>;
        next: Type.TUnsafe<string | null>;
    }>>;
    meta: Type.TOptional<Type.TObject<{
        path: Type.TString;
        per_page: Type.TInteger;
        next_cursor: Type.TUnsafe<string | null>;
        prev_cursor: Type.TUnsafe<string | null>;
    }>>;
    total: Type.TOptional<Type.TInteger>;
}>;
export declare const SubscriberUpdateBody: Type.TObject<{
    fields: Type.TOptional<Type.TRecord<"^.*$", Type.TUnsafe<string | number | null>>>;
    groups: Type.TOptional<Type.TArray<Type.TString>>;
    status: Type.TOptional<Type.TUnsafe<"active" | "unsubscribed" | "unconfirmed" | "bounced" | "junk">>;
    subscribed_at: Type.TOptional<Type.TUnsafe<string | null>>;
    ip_address: Type.TOptional<Type.TUnsafe<string | null>>;
    opted_in_at: Type.TOptional<Type.TUnsafe<string | null>>;
    optin_ip: Type.TOptional<Type.TUnsafe<string | null>>;
    unsubscribed_at: Type.TOptional<Type.TUnsafe<string | null>>;
}>;
export type SubscriberUpdateBody = Static<typeof SubscriberUpdateBody>;
/** POST /api/subscribers: create, or update the account's subscriber with this email (case-insensitive). */
export declare const SubscriberUpsertBody: Type.TObject<{
    fields: Type.TOptional<Type.TRecord<"^.*$", Type.TUnsafe<string | number | null>>>;
    groups: Type.TOptional<Type.TArray<Type.TString>>;
    status: Type.TOptional<Type.TUnsafe<"active" | "unsubscribed" | "unconfirmed" | "bounced" | "junk">>;
    subscribed_at: Type.TOptional<Type.TUnsafe<string | null>>;
    ip_address: Type.TOptional<Type.TUnsafe<string | null>>;
    opted_in_at: Type.TOptional<Type.TUnsafe<string | null>>;
    optin_ip: Type.TOptional<Type.TUnsafe<string | null>>;
    unsubscribed_at: Type.TOptional<Type.TUnsafe<string | null>>;
    email: Type.TString;
}>;
export type SubscriberUpsertBody = Static<typeof SubscriberUpsertBody>;
export declare const SubscriberIdParams: Type.TObject<{
    id: Type.TString;
}>;
export declare const MembershipParams: Type.TObject<{
    id: Type.TString;
    group_id: Type.TString;
}>;
/** POST /api/subscribers/:id/forget, as real answers have it. */
export declare const ForgottenSubscriber: Type.TObject<{
    data: Type.TObject<{
        deleted_at: Type.TString;
        forget_at: Type.TString;
        location: Type.TNull;
        id: Type.TString;
        email: Type.TString;
        status: Type.TString;
        source: Type.TString;
        sent: Type.TInteger;
        opens_count: Type.TInteger;
        clicks_count: Type.TInteger;
        open_rate: Type.TNumber;
        click_rate: Type.TNumber;
        ip_address: Type.TUnsafe<string | null>;
        subscribed_at: Type.TUnsafe<string | null>;
        unsubscribed_at: Type.TUnsafe<string | null>;
        created_at: Type.TString;
        updated_at: Type.TString;
        fields: Type.TRecord<"^.*$", Type.TUnsafe<string | number | null>>;
        groups: Type.TArray<Type.TObject<{
            id: Type.TString;
            name: Type.TString;
            active_count: Type.TInteger;
            sent_count: Type.TInteger;
            opens_count: Type.TInteger;
            open_rate: Type.TObject<{
                float: Type.TNumber;
                string: Type.TString;
            }>;
            clicks_count: Type.TInteger;
            click_rate: Type.TObject<{
                float: Type.TNumber;
                string: Type.TString;
            }>;
            unsubscribed_count: Type.TInteger;
            unconfirmed_count: Type.TInteger;
            bounced_count: Type.TInteger;
            junk_count: Type.TInteger;
            created_at: Type.TString;
        }>>;
        opted_in_at: Type.TUnsafe<string | null>;
        optin_ip: Type.TUnsafe<string | null>;
    }>;
    message: Type.TString;
}>;
export declare const GroupSubscriberListQuery: Type.TObject<{
    limit: Type.TOptional<Type.TInteger>;
    cursor: Type.TOptional<Type.TString>;
    page: Type.TOptional<Type.TInteger>;
    'filter[status]': Type.TOptional<Type.TUnsafe<"active" | "unsubscribed" | "unconfirmed" | "bounced" | "junk">>;
}>;
