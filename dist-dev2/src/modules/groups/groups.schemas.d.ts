import Type, { type Static } from 'typebox';
export declare const Rate: Type.TObject<{
    float: Type.TNumber;
    string: Type.TString;
}>;
/** MailerLite's Groups API form. */
export declare const Group: Type.TObject<{
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
}>;
export type Group = Static<typeof Group>;
export declare const GroupBody: Type.TObject<{
    name: Type.TString;
}>;
export type GroupBody = Static<typeof GroupBody>;
export declare const GroupParams: Type.TObject<{
    group_id: Type.TString;
}>;
export declare const GROUP_SORTS: readonly ["name", "total", "open_rate", "click_rate", "created_at"];
export declare const GroupListQuery: Type.TObject<{
    'filter[name]': Type.TOptional<Type.TString>;
    sort: Type.TOptional<Type.TUnsafe<"total" | "name" | "created_at" | "-name" | "open_rate" | "click_rate" | "-total" | "-created_at" | "-open_rate" | "-click_rate">>;
    limit: Type.TOptional<Type.TInteger>;
    page: Type.TOptional<Type.TInteger>;
}>;
