import Type, { type Static } from 'typebox';
export declare const Category: Type.TObject<{
    id: Type.TString;
    name: Type.TString;
    exclude_from_automations: Type.TBoolean;
    created_at: Type.TString;
    updated_at: Type.TString;
}>;
export type Category = Static<typeof Category> & {
    resource_id: string | null;
};
export declare const CategoryCreateBody: Type.TObject<{
    name: Type.TString;
    exclude_from_automations: Type.TOptional<Type.TUnsafe<boolean>>;
    /** A create naming a resource_id the shop already has updates that category (200). */
    resource_id: Type.TOptional<Type.TString>;
}>;
export type CategoryCreateBody = Static<typeof CategoryCreateBody>;
export declare const CategoryUpdateBody: Type.TObject<{
    name: Type.TOptional<Type.TString>;
    exclude_from_automations: Type.TOptional<Type.TUnsafe<boolean>>;
    resource_id: Type.TOptional<Type.TString>;
}>;
export type CategoryUpdateBody = Static<typeof CategoryUpdateBody>;
export declare const CategoryParams: Type.TObject<{
    shop_id: Type.TString;
    category_id: Type.TString;
}>;
export declare const CategoryProductParams: Type.TObject<{
    shop_id: Type.TString;
    category_id: Type.TString;
    product_id: Type.TString;
}>;
export declare const AssignProductBody: Type.TObject<{
    product_id: Type.TString;
}>;
