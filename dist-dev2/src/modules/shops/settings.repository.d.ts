import type { Executor } from '../../db/schema.js';
export interface ShopSettingsRow {
    cart_abandon_after: number | null;
    cart_recovery_window: number | null;
}
export declare function findShopSettings(db: Executor, shopId: string): Promise<ShopSettingsRow | undefined>;
/** Writes the settings sent (others stay as they are), creating the shop's row on its first write. */
export declare function upsertShopSettings(db: Executor, shopId: string, changes: Partial<ShopSettingsRow>, updatedAt: string): Promise<void>;
