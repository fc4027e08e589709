import type { Executor } from '../../db/schema.js';
import * as repo from './carts.repository.js';
export declare function requireCart(db: Executor, shopId: string, rawId: string): Promise<repo.CartRow>;
