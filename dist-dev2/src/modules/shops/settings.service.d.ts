import type { Config } from '../../config.js';
import type { Executor } from '../../db/schema.js';
import type { ShopSettings, ShopSettingsBody } from './settings.schemas.js';
export declare function getShopSettings(db: Executor, config: Config, shopId: string): Promise<ShopSettings>;
/** A partial update: what is sent is set (null: back to the server's default), the rest stays. */
export declare function updateShopSettings(db: Executor, config: Config, shopId: string, body: ShopSettingsBody): Promise<ShopSettings>;
