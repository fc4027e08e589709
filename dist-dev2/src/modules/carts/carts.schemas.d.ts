import Type, { type Static } from 'typebox';
import { type CustomerEmbedded as CustomerAnswer } from '../customers/customers.schemas.js';
import { type ProductReduced as ProductAnswer } from '../products/products.schemas.js';
export declare const CartItem: Type.TObject<{
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
}>;
export type CartItem = Static<typeof CartItem> & {
    resource_id: string | null;
    product: ProductAnswer;
};
/**
 * Cartline's abandoned-cart fields, answered only with ?with_abandonment (the docs' shape has none of them: an
 * answer without the flag leaves them out, so its bytes are the documented ones).
 */
export declare const abandonmentFields: {
    abandoned_at: Type.TOptional<Type.TUnsafe<string | null>>;
    recovered_at: Type.TOptional<Type.TUnsafe<string | null>>;
    recovered_by_order_id: Type.TOptional<Type.TUnsafe<string | null>>;
    recovered_value: Type.TOptional<Type.TUnsafe<number | null>>;
};
/** The cart endpoints' form. */
export declare const Cart: Type.TObject<{
    abandoned_at: Type.TOptional<Type.TUnsafe<string | null>>;
    recovered_at: Type.TOptional<Type.TUnsafe<string | null>>;
    recovered_by_order_id: Type.TOptional<Type.TUnsafe<string | null>>;
    recovered_value: Type.TOptional<Type.TUnsafe<number | null>>;
    id: Type.TString;
    ecommerce_order_id: Type.TString;
    checkout_url: Type.TUnsafe<string | null>;
    cart_total: Type.TNumber;
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
}>;
export type Cart = Static<typeof Cart> & {
    resource_id: string | null;
    items: CartItem[];
    customer: CustomerAnswer;
};
export declare const CartListQuery: Type.TObject<{
    'filter[abandoned]': Type.TOptional<Type.TUnsafe<boolean>>;
    with_abandonment: Type.TOptional<Type.TUnsafe<string>>;
}>;
export type CartListQuery = Static<typeof CartListQuery>;
export declare const CartQuery: Type.TObject<{
    with_abandonment: Type.TOptional<Type.TUnsafe<string>>;
}>;
/** Inside an order: without ecommerce_order_id and customer (A19). */
export declare const CartInOrder: Type.TObject<{
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
export type CartInOrder = Static<typeof CartInOrder> & {
    resource_id: string | null;
    items: CartItem[];
};
/** cart_total is the client's figure, stored as sent and never recomputed from the items (A2). */
export declare const CartUpdateBody: Type.TObject<{
    checkout_url: Type.TOptional<Type.TUnsafe<string | null>>;
    cart_total: Type.TOptional<Type.TNumber>;
}>;
export type CartUpdateBody = Static<typeof CartUpdateBody>;
export declare const cartItemInputFields: {
    ecommerce_product_id: Type.TOptional<Type.TString>;
    /** The official CLI and PHP SDK send product_id (A22); both name a product of the same shop. */
    product_id: Type.TOptional<Type.TString>;
    variant: Type.TOptional<Type.TUnsafe<string | null>>;
    quantity: Type.TOptional<Type.TInteger>;
    price: Type.TOptional<Type.TNumber>;
    /** The shop's own product id, whatever ?with_resource_id says (MailerLite's WooCommerce plugin). */
    product_resource_id: Type.TOptional<Type.TString>;
    resource_id: Type.TOptional<Type.TString>;
};
export declare const CartItemBody: Type.TObject<{
    ecommerce_product_id: Type.TOptional<Type.TString>;
    /** The official CLI and PHP SDK send product_id (A22); both name a product of the same shop. */
    product_id: Type.TOptional<Type.TString>;
    variant: Type.TOptional<Type.TUnsafe<string | null>>;
    quantity: Type.TOptional<Type.TInteger>;
    price: Type.TOptional<Type.TNumber>;
    /** The shop's own product id, whatever ?with_resource_id says (MailerLite's WooCommerce plugin). */
    product_resource_id: Type.TOptional<Type.TString>;
    resource_id: Type.TOptional<Type.TString>;
}>;
export type CartItemBody = Static<typeof CartItemBody>;
export declare const CartParams: Type.TObject<{
    shop_id: Type.TString;
    cart_id: Type.TString;
}>;
export declare const CartItemsReplaceBody: Type.TObject<{
    items: Type.TArray<Type.TObject<{
        ecommerce_product_id: Type.TOptional<Type.TString>;
        /** The official CLI and PHP SDK send product_id (A22); both name a product of the same shop. */
        product_id: Type.TOptional<Type.TString>;
        variant: Type.TOptional<Type.TUnsafe<string | null>>;
        quantity: Type.TOptional<Type.TInteger>;
        price: Type.TOptional<Type.TNumber>;
        /** The shop's own product id, whatever ?with_resource_id says (MailerLite's WooCommerce plugin). */
        product_resource_id: Type.TOptional<Type.TString>;
        resource_id: Type.TOptional<Type.TString>;
    }>>;
}>;
export type CartItemsReplaceBody = Static<typeof CartItemsReplaceBody>;
export declare const CartItemParams: Type.TObject<{
    shop_id: Type.TString;
    cart_id: Type.TString;
    item_id: Type.TString;
}>;
