import Type, { type Static } from 'typebox';
export declare const ShopSettingsBody: Type.TObject<{
    cart_abandon_after: Type.TOptional<Type.TUnsafe<number | null>>;
    cart_recovery_window: Type.TOptional<Type.TUnsafe<number | null>>;
}>;
export type ShopSettingsBody = Static<typeof ShopSettingsBody>;
export declare const ShopSettings: Type.TObject<{
    cart_abandon_after: Type.TUnsafe<number | null>;
    cart_recovery_window: Type.TUnsafe<number | null>;
    /** What applies now: the shop's value, or the server's default. */
    effective: Type.TObject<{
        cart_abandon_after: Type.TInteger;
        cart_recovery_window: Type.TInteger;
    }>;
}>;
export type ShopSettings = Static<typeof ShopSettings>;
