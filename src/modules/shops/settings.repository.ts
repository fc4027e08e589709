import type { Executor } from '../../db/schema.js';

export interface ShopSettingsRow {
  cart_abandon_after: number | null;
  cart_recovery_window: number | null;
}

export async function findShopSettings(db: Executor, shopId: string): Promise<ShopSettingsRow | undefined> {
  const row = await db.selectFrom('shop_settings').select(['cart_abandon_after', 'cart_recovery_window']).where('shop_id', '=', shopId).executeTakeFirst();
  return row === undefined ? undefined : { cart_abandon_after: nullableNumber(row.cart_abandon_after), cart_recovery_window: nullableNumber(row.cart_recovery_window) };
}

function nullableNumber(value: number | bigint | null): number | null {
  return value === null ? null : Number(value);
}

/** Writes the settings sent (others stay as they are), creating the shop's row on its first write. */
export async function upsertShopSettings(db: Executor, shopId: string, changes: Partial<ShopSettingsRow>, updatedAt: string): Promise<void> {
  await db
    .insertInto('shop_settings')
    .values({ shop_id: shopId, cart_abandon_after: null, cart_recovery_window: null, ...changes, updated_at: updatedAt })
    .onConflict((conflict) => conflict.column('shop_id').doUpdateSet({ ...changes, updated_at: updatedAt }))
    .execute();
}
