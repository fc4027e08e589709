export async function findShopSettings(db, shopId) {
    const row = await db.selectFrom('shop_settings').select(['cart_abandon_after', 'cart_recovery_window']).where('shop_id', '=', shopId).executeTakeFirst();
    return row === undefined ? undefined : { cart_abandon_after: nullableNumber(row.cart_abandon_after), cart_recovery_window: nullableNumber(row.cart_recovery_window) };
}
function nullableNumber(value) {
    return value === null ? null : Number(value);
}
/** Writes the settings sent (others stay as they are), creating the shop's row on its first write. */
export async function upsertShopSettings(db, shopId, changes, updatedAt) {
    await db
        .insertInto('shop_settings')
        .values({ shop_id: shopId, cart_abandon_after: null, cart_recovery_window: null, ...changes, updated_at: updatedAt })
        .onConflict((conflict) => conflict.column('shop_id').doUpdateSet({ ...changes, updated_at: updatedAt }))
        .execute();
}
//# sourceMappingURL=settings.repository.js.map