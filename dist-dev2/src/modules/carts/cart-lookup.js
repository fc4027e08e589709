import { parseId } from '../../db/ids.js';
import { NotFoundError } from '../../http/errors.js';
import * as repo from './carts.repository.js';
// Both carts.service and cart-items.service start from a cart named in the path; this module lets each import
// it without importing the other (carts.service embeds items, so it already depends on cart-items.service).
export async function requireCart(db, shopId, rawId) {
    const id = parseId(rawId);
    const row = id === null ? undefined : await repo.findCart(db, shopId, id);
    if (row === undefined)
        throw new NotFoundError();
    return row;
}
//# sourceMappingURL=cart-lookup.js.map