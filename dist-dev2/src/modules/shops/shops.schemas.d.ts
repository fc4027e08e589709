import Type, { type Static } from 'typebox';
/** The group embedded in a shop, in the e-commerce docs' form. */
export declare const ShopGroup: Type.TObject<{
    id: Type.TString;
    name: Type.TString;
    total: Type.TInteger;
    open_rate: Type.TObject<{
        float: Type.TNumber;
        string: Type.TString;
    }>;
    click_rate: Type.TObject<{
        float: Type.TNumber;
        string: Type.TString;
    }>;
    created_at: Type.TString;
}>;
export declare const Shop: Type.TObject<{
    currency_sign: Type.TString;
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
export type Shop = Static<typeof Shop>;
/** Inside an order the docs show the shop without currency_sign. */
export declare const ShopEmbedded: Type.TObject<{
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
export declare const ShopCreateBody: Type.TObject<{
    name: Type.TString;
    url: Type.TString;
    currency: Type.TString;
    access_data: Type.TOptional<Type.TUnsafe<string | null>>;
    platform: Type.TOptional<Type.TUnsafe<string | null>>;
    group_id: Type.TOptional<Type.TUnsafe<string | null>>;
    enabled: Type.TOptional<Type.TUnsafe<boolean>>;
    enable_popups: Type.TOptional<Type.TUnsafe<boolean>>;
    enable_resubscribe: Type.TOptional<Type.TUnsafe<boolean>>;
}>;
export type ShopCreateBody = Static<typeof ShopCreateBody>;
/** PUT is a partial update: what is sent is validated with the create rules, the rest keeps its value. */
export declare const ShopUpdateBody: Type.TObject<{
    name: Type.TOptional<Type.TString>;
    url: Type.TOptional<Type.TString>;
    currency: Type.TOptional<Type.TString>;
    access_data: Type.TOptional<Type.TUnsafe<string | null>>;
    platform: Type.TOptional<Type.TUnsafe<string | null>>;
    group_id: Type.TOptional<Type.TUnsafe<string | null>>;
    enabled: Type.TOptional<Type.TUnsafe<boolean>>;
    enable_popups: Type.TOptional<Type.TUnsafe<boolean>>;
    enable_resubscribe: Type.TOptional<Type.TUnsafe<boolean>>;
}>;
export type ShopUpdateBody = Static<typeof ShopUpdateBody>;
export declare const ShopParams: Type.TObject<{
    shop_id: Type.TString;
}>;
