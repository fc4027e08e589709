import Type, { type Static } from 'typebox';
export declare const StatsQuery: Type.TObject<{
    from: Type.TOptional<Type.TString>;
    to: Type.TOptional<Type.TString>;
}>;
export type StatsQuery = Static<typeof StatsQuery>;
/** Longest period one request covers, in days (both ends included). */
export declare const MAX_STATS_DAYS = 366;
export declare const ShopStats: Type.TObject<{
    from: Type.TString;
    to: Type.TString;
    revenue: Type.TNumber;
    orders: Type.TInteger;
    average_order_value: Type.TNumber;
    customers: Type.TInteger;
    new_customers: Type.TInteger;
    returning_customers: Type.TInteger;
    abandoned_carts: Type.TObject<{
        count: Type.TInteger;
        value: Type.TNumber;
    }>;
    recovered_carts: Type.TObject<{
        count: Type.TInteger;
        value: Type.TNumber;
        rate: Type.TNumber;
    }>;
    by_day: Type.TArray<Type.TObject<{
        date: Type.TString;
        revenue: Type.TNumber;
        orders: Type.TInteger;
    }>>;
    top_products_by_revenue: Type.TArray<Type.TObject<{
        product_id: Type.TString;
        name: Type.TString;
        revenue: Type.TNumber;
        quantity: Type.TInteger;
    }>>;
    top_products_by_quantity: Type.TArray<Type.TObject<{
        product_id: Type.TString;
        name: Type.TString;
        revenue: Type.TNumber;
        quantity: Type.TInteger;
    }>>;
}>;
export type ShopStats = Static<typeof ShopStats>;
