import Type, { type Static } from 'typebox';
export declare const FIELD_TYPES: readonly ["text", "number", "date"];
export declare const FIELD_SORTS: readonly ["name", "-name", "type", "-type"];
/** MailerLite's field as listed (real answers carry is_default and used_in_automations beside the docs' four). */
export declare const Field: Type.TObject<{
    id: Type.TString;
    name: Type.TString;
    key: Type.TString;
    type: Type.TString;
    is_default: Type.TBoolean;
    used_in_automations: Type.TBoolean;
}>;
export type Field = Static<typeof Field>;
/** As created and renamed: real answers have no used_in_automations there. */
export declare const FieldWritten: Type.TObject<{
    id: Type.TString;
    name: Type.TString;
    key: Type.TString;
    type: Type.TString;
    is_default: Type.TBoolean;
}>;
export type FieldWritten = Static<typeof FieldWritten>;
export declare const FieldCreateBody: Type.TObject<{
    name: Type.TString;
    type: Type.TUnsafe<"number" | "text" | "date">;
}>;
export type FieldCreateBody = Static<typeof FieldCreateBody>;
export declare const FieldUpdateBody: Type.TObject<{
    name: Type.TString;
}>;
export type FieldUpdateBody = Static<typeof FieldUpdateBody>;
export declare const FieldParams: Type.TObject<{
    field_id: Type.TString;
}>;
export declare const FieldListQuery: Type.TObject<{
    limit: Type.TOptional<Type.TInteger>;
    page: Type.TOptional<Type.TInteger>;
    'filter[keyword]': Type.TOptional<Type.TString>;
    'filter[type]': Type.TOptional<Type.TUnsafe<"number" | "text" | "date">>;
    sort: Type.TOptional<Type.TUnsafe<"name" | "type" | "-name" | "-type">>;
}>;
export type FieldListQuery = Static<typeof FieldListQuery>;
