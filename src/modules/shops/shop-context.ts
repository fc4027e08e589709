import type { IdGenerator } from '../../db/ids.js';
import { silentRequested, type EventSource } from '../events/outbox.js';

/**
 * Who is asking and where, as the shop scope (shop-scope.ts) resolved it with the token: what every write
 * under a shop needs besides its input, what an id is minted with, and whether its events are recorded.
 */
export interface ShopContext extends EventSource {
  accountId: string;
  shopId: string;
  newId: IdGenerator;
  silent: boolean;
}

export function shopContext(request: { accountId: string; shopId: string; query?: unknown }, newId: IdGenerator): ShopContext {
  return { accountId: request.accountId, shopId: request.shopId, newId, silent: silentRequested(request.query) };
}
