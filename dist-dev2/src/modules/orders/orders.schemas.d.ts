import Type, { type Static } from 'typebox';
import { type CartInOrder as CartAnswer } from '../carts/carts.schemas.js';
import { type CustomerEmbedded as CustomerAnswer } from '../customers/customers.schemas.js';
/**
 * The docs name `pending` (the default) and `complete`; the rest are the order states of WooCommerce, the API's
 * main real client, so that its orders are taken as they are. Stored as sent.
 */
export declare const ORDER_STATUSES: readonly ["pending", "processing", "on-hold", "complete", "completed", "cancelled", "refunded", "failed"];
export declare const Order: Type.TObject<{
    id: Type.TString;
    shop: Type.TObject<{
        id: Type.TString;
        name: Type.TString;
        url: Type.TString;
        currency: Type.TString;
        enabled: Type.TBoolean;
        enable_popups: Type.TBoolean;
        group: Type.TUnsafe<{
            total: number;
            name: string;
            id: string;
            created_at: string;
            open_rate: {
                string: string;
                float: number;
            };
            click_rate: {
                string: string;
                float: number;
            };
        } | null>;
        created_at: Type.TString;
        updated_at: Type.TString;
    }>;
    customer: Type.TObject<{
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
    cart: Type.TObject<{
        items: Type.TArray<Type.TObject<{
            id: Type.TString;
            product: Type.TObject<{
                categories: Type.TArray<Type.TObject<{
                    id: Type.TString;
                    name: Type.TString;
                    exclude_from_automations: Type.TBoolean;
                    created_at: Type.TString;
                    updated_at: Type.TString;
                }>>;
                id: Type.TString;
                name: Type.TString;
                price: Type.TNumber;
                url: Type.TUnsafe<string | null>;
                image: Type.TUnsafe<string | null>;
                exclude_from_automations: Type.TBoolean;
            }>;
            variant: Type.TUnsafe<string | null>;
            quantity: Type.TInteger;
            price: Type.TNumber;
        }>>;
        id: Type.TString;
        checkout_url: Type.TUnsafe<string | null>;
        cart_total: Type.TNumber;
    }>;
    total: Type.TNumber;
    status: Type.TString;
    created_at: Type.TString;
    updated_at: Type.TString;
}>;
export type Order = Static<typeof Order> & {
    resource_id: string | null;
    stage: string | null;
    customer: CustomerAnswer;
    cart: CartAnswer;
};
export declare const OrderCreateBody: Type.TObject<{
    customer: Type.TObject<{
        email: Type.TString;
        create_subscriber: Type.TOptional<Type.TUnsafe<boolean>>;
        accepts_marketing: Type.TOptional<Type.TUnsafe<boolean>>;
        total_spent: Type.TOptional<Type.TNumber>;
        resource_id: Type.TOptional<Type.TString>;
        subscriber_fields: Type.TOptional<Type.TRecord<"^.*$", Type.TUnsafe<string | number | null>>>;
        orders_count: Type.TOptional<Type.TInteger>;
        last_order_id: Type.TOptional<Type.TUnsafe<string | null>>;
        last_order: Type.TOptional<Type.TUnknown>;
    }>;
    cart: Type.TObject<{
        items: Type.TArray<Type.TObject<{
            ecommerce_product_id: Type.TOptional<Type.TString>;
            product_id: Type.TOptional<Type.TString>;
            variant: Type.TOptional<Type.TUnsafe<string | null>>;
            quantity: Type.TOptional<Type.TInteger>;
            price: Type.TOptional<Type.TNumber>;
            product_resource_id: Type.TOptional<Type.TString>;
            resource_id: Type.TOptional<Type.TString>;
        }>>;
        checkout_url: Type.TOptional<Type.TUnsafe<string | null>>;
        cart_total: Type.TOptional<Type.TNumber>;
        resource_id: Type.TOptional<Type.TString>;
    }>;
    status: Type.TOptional<Type.TUnsafe<"pending" | "failed" | "processing" | "on-hold" | "complete" | "completed" | "cancelled" | "refunded">>;
    total_price: Type.TOptional<Type.TNumber>;
    /** The shop's own order id: an order create naming one the shop has re-syncs that order (200). */
    resource_id: Type.TOptional<Type.TString>;
    /** "checkout" for a checkout that is not an order yet (abandoned-checkout tracking). */
    stage: Type.TOptional<Type.TUnsafe<string | null>>;
    /** The shop's own timestamp, kept as the order's created_at (UTC). */
    created_at: Type.TOptional<Type.TString>;
}>;
export type OrderCreateBody = Static<typeof OrderCreateBody>;
/** The docs: an order's customer and cart cannot be changed through PUT; sent anyway, they are ignored. */
export declare const OrderUpdateBody: Type.TObject<{
    status: Type.TOptional<Type.TUnsafe<"pending" | "failed" | "processing" | "on-hold" | "complete" | "completed" | "cancelled" | "refunded">>;
    total_price: Type.TOptional<Type.TNumber>;
}>;
export type OrderUpdateBody = Static<typeof OrderUpdateBody>;
export declare const OrderParams: Type.TObject<{
    shop_id: Type.TString;
    order_id: Type.TString;
}>;
/** POST .../orders/queue-order-sync: an order create keyed by the shop's own order id. */
export declare const OrderSyncBody: Type.TIntersect<[Type.TObject<{
    customer: Type.TObject<{
        email: Type.TString;
        create_subscriber: Type.TOptional<Type.TUnsafe<boolean>>;
        accepts_marketing: Type.TOptional<Type.TUnsafe<boolean>>;
        total_spent: Type.TOptional<Type.TNumber>;
        resource_id: Type.TOptional<Type.TString>;
        subscriber_fields: Type.TOptional<Type.TRecord<"^.*$", Type.TUnsafe<string | number | null>>>;
        orders_count: Type.TOptional<Type.TInteger>;
        last_order_id: Type.TOptional<Type.TUnsafe<string | null>>;
        last_order: Type.TOptional<Type.TUnknown>;
    }>;
    cart: Type.TObject<{
        items: Type.TArray<Type.TObject<{
            ecommerce_product_id: Type.TOptional<Type.TString>;
            product_id: Type.TOptional<Type.TString>;
            variant: Type.TOptional<Type.TUnsafe<string | null>>;
            quantity: Type.TOptional<Type.TInteger>;
            price: Type.TOptional<Type.TNumber>;
            product_resource_id: Type.TOptional<Type.TString>;
            resource_id: Type.TOptional<Type.TString>;
        }>>;
        checkout_url: Type.TOptional<Type.TUnsafe<string | null>>;
        cart_total: Type.TOptional<Type.TNumber>;
        resource_id: Type.TOptional<Type.TString>;
    }>;
    status: Type.TOptional<Type.TUnsafe<"pending" | "failed" | "processing" | "on-hold" | "complete" | "completed" | "cancelled" | "refunded">>;
    total_price: Type.TOptional<Type.TNumber>;
    /** The shop's own order id: an order create naming one the shop has re-syncs that order (200). */
    resource_id: Type.TOptional<Type.TString>;
    /** "checkout" for a checkout that is not an order yet (abandoned-checkout tracking). */
    stage: Type.TOptional<Type.TUnsafe<string | null>>;
    /** The shop's own timestamp, kept as the order's created_at (UTC). */
    created_at: Type.TOptional<Type.TString>;
}>, Type.TObject<{
    resource_id: Type.TString;
}>]>;
