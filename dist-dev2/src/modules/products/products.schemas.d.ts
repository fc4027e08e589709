import Type, { type Static } from 'typebox';
import { Category } from '../categories/categories.schemas.js';
/** The product endpoints' form. Key order as in the docs: descriptions before categories. */
export declare const Product: Type.TObject<{
    short_description: Type.TUnsafe<string | null>;
    description: Type.TUnsafe<string | null>;
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
export type Product = Static<typeof Product> & {
    resource_id: string | null;
    categories: Category[];
};
/** Inside cart items and the category-products list: without the descriptions (A17). */
export declare const ProductReduced: Type.TObject<{
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
export type ProductReduced = Static<typeof ProductReduced> & {
    resource_id: string | null;
    categories: Category[];
};
export declare const SHORT_DESCRIPTION_MAX = 255;
export declare const ProductCreateBody: Type.TObject<{
    name: Type.TString;
    price: Type.TOptional<Type.TNumber>;
    exclude_from_automations: Type.TOptional<Type.TUnsafe<boolean>>;
    url: Type.TOptional<Type.TUnsafe<string | null>>;
    image: Type.TOptional<Type.TUnsafe<string | null>>;
    short_description: Type.TOptional<Type.TUnsafe<string | null>>;
    description: Type.TOptional<Type.TUnsafe<string | null>>;
    categories: Type.TOptional<Type.TArray<Type.TString>>;
    /** A create naming a resource_id the shop already has updates that product (200). */
    resource_id: Type.TOptional<Type.TString>;
}>;
export type ProductCreateBody = Static<typeof ProductCreateBody>;
export declare const ProductUpdateBody: Type.TObject<{
    name: Type.TOptional<Type.TString>;
    price: Type.TOptional<Type.TNumber>;
    exclude_from_automations: Type.TOptional<Type.TUnsafe<boolean>>;
    url: Type.TOptional<Type.TUnsafe<string | null>>;
    image: Type.TOptional<Type.TUnsafe<string | null>>;
    short_description: Type.TOptional<Type.TUnsafe<string | null>>;
    description: Type.TOptional<Type.TUnsafe<string | null>>;
    categories: Type.TOptional<Type.TArray<Type.TString>>;
    resource_id: Type.TOptional<Type.TString>;
}>;
export type ProductUpdateBody = Static<typeof ProductUpdateBody>;
export declare const ProductParams: Type.TObject<{
    shop_id: Type.TString;
    product_id: Type.TString;
}>;
/** MailerLite's WooCommerce plugin: set or add to a product's categories in one call. */
export declare const ProductCategoriesBody: Type.TObject<{
    replace: Type.TOptional<Type.TUnsafe<boolean>>;
    categories: Type.TArray<Type.TString>;
}>;
