import type { IdGenerator } from '../../db/ids.js';

/**
 * Who is asking and where, as the shop scope (shop-scope.ts) resolved it with the token: what every write
 * under a shop needs besides its input, and what an id is minted with.
 */
export interface ShopContext {
  accountId: string;
  shopId: string;
  newId: IdGenerator;
}

export function shopContext(request: { accountId: string; shopId: string }, newId: IdGenerator): ShopContext {
  return { accountId: request.accountId, shopId: request.shopId, newId };
}
