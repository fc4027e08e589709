import Type, { type Static } from 'typebox';
/** Cartline's aggregates of a customer's completed orders, answered only with ?with_stats. */
export declare const CustomerStats: Type.TObject<{
    orders_count: Type.TInteger;
    total_spent: Type.TNumber;
    average_order_value: Type.TNumber;
    first_order_at: Type.TUnsafe<string | null>;
    last_order_at: Type.TUnsafe<string | null>;
}>;
export declare const Customer: Type.TObject<{
    created_at: Type.TString;
    updated_at: Type.TString;
    stats: Type.TOptional<Type.TObject<{
        orders_count: Type.TInteger;
        total_spent: Type.TNumber;
        average_order_value: Type.TNumber;
        first_order_at: Type.TUnsafe<string | null>;
        last_order_at: Type.TUnsafe<string | null>;
    }>>;
    id: Type.TString;
    email: Type.TString;
    accepts_marketing: Type.TBoolean;
    subscriber: Type.TUnsafe<{
        email: string;
        groups: {
            name: string;
            id: string;
            created_at: string;
            active_count: number;
            sent_count: number;
            opens_count: number;
            open_rate: {
                string: string;
                float: number;
            };
            clicks_count: number;
            click_rate: {
                string: string;
                float: number;
            };
            unsubscribed_count: number;
            unconfirmed_count: number;
            bounced_count: number;
            junk_count: number;
        }[];
        fields: Record<string, string | number | null>;
        id: string;
        status: string;
        created_at: string;
        updated_at: string;
        source: string;
        ip_address: string | null;
        subscribed_at: string | null;
        unsubscribed_at: string | null;
        opted_in_at: string | null;
        optin_ip: string | null;
        opens_count: number;
        open_rate: number;
        clicks_count: number;
        click_rate: number;
        sent: number;
    } | null>;
}>;
export type Customer = Static<typeof Customer> & {
    resource_id: string | null;
};
/** Inside orders and carts: without timestamps (A18). */
export declare const CustomerEmbedded: Type.TObject<{
    id: Type.TString;
    email: Type.TString;
    accepts_marketing: Type.TBoolean;
    subscriber: Type.TUnsafe<{
        email: string;
        groups: {
            name: string;
            id: string;
            created_at: string;
            active_count: number;
            sent_count: number;
            opens_count: number;
            open_rate: {
                string: string;
                float: number;
            };
            clicks_count: number;
            click_rate: {
                string: string;
                float: number;
            };
            unsubscribed_count: number;
            unconfirmed_count: number;
            bounced_count: number;
            junk_count: number;
        }[];
        fields: Record<string, string | number | null>;
        id: string;
        status: string;
        created_at: string;
        updated_at: string;
        source: string;
        ip_address: string | null;
        subscribed_at: string | null;
        unsubscribed_at: string | null;
        opted_in_at: string | null;
        optin_ip: string | null;
        opens_count: number;
        open_rate: number;
        clicks_count: number;
        click_rate: number;
        sent: number;
    } | null>;
}>;
export type CustomerEmbedded = Static<typeof CustomerEmbedded> & {
    resource_id: string | null;
};
export declare const Email: Type.TString;
export declare const customerInputFields: {
    email: Type.TString;
    create_subscriber: Type.TOptional<Type.TUnsafe<boolean>>;
    accepts_marketing: Type.TOptional<Type.TUnsafe<boolean>>;
    total_spent: Type.TOptional<Type.TNumber>;
    /** The shop's own customer id: matched before the email. */
    resource_id: Type.TOptional<Type.TString>;
    /** Fills the subscriber's fields (name, last_name, city, ...), as MailerLite's WooCommerce plugin sends them. */
    subscriber_fields: Type.TOptional<Type.TRecord<"^.*$", Type.TUnsafe<string | number | null>>>;
    orders_count: Type.TOptional<Type.TInteger>;
    last_order_id: Type.TOptional<Type.TUnsafe<string | null>>;
    last_order: Type.TOptional<Type.TUnknown>;
};
export declare const CustomerBody: Type.TObject<{
    email: Type.TString;
    create_subscriber: Type.TOptional<Type.TUnsafe<boolean>>;
    accepts_marketing: Type.TOptional<Type.TUnsafe<boolean>>;
    total_spent: Type.TOptional<Type.TNumber>;
    /** The shop's own customer id: matched before the email. */
    resource_id: Type.TOptional<Type.TString>;
    /** Fills the subscriber's fields (name, last_name, city, ...), as MailerLite's WooCommerce plugin sends them. */
    subscriber_fields: Type.TOptional<Type.TRecord<"^.*$", Type.TUnsafe<string | number | null>>>;
    orders_count: Type.TOptional<Type.TInteger>;
    last_order_id: Type.TOptional<Type.TUnsafe<string | null>>;
    last_order: Type.TOptional<Type.TUnknown>;
}>;
export type CustomerBody = Static<typeof CustomerBody>;
export declare const CustomerUpdateBody: Type.TObject<{
    email: Type.TOptional<Type.TString>;
    create_subscriber: Type.TOptional<Type.TUnsafe<boolean>>;
    accepts_marketing: Type.TOptional<Type.TUnsafe<boolean>>;
    total_spent: Type.TOptional<Type.TNumber>;
    resource_id: Type.TOptional<Type.TString>;
    subscriber_fields: Type.TOptional<Type.TRecord<"^.*$", Type.TUnsafe<string | number | null>>>;
    orders_count: Type.TOptional<Type.TInteger>;
    last_order_id: Type.TOptional<Type.TUnsafe<string | null>>;
    last_order: Type.TOptional<Type.TUnknown>;
}>;
export type CustomerUpdateBody = Static<typeof CustomerUpdateBody>;
export declare const CustomerParams: Type.TObject<{
    shop_id: Type.TString;
    customer_id: Type.TString;
}>;
export declare const CustomerReadQuery: Type.TObject<{
    with_stats: Type.TOptional<Type.TUnsafe<string>>;
}>;
export type CustomerReadQuery = Static<typeof CustomerReadQuery>;
