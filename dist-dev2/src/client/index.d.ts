import type { BatchRequest, BatchResult } from './ecommerce.js';
import { CartItems, Carts, Categories, CategoryProducts, Customers, Orders, Products, Shops } from './ecommerce.js';
import { type CallOptions, type CartlineOptions, type Paginated, type PageQuery, type Query } from './transport.js';
export declare class Cartline {
    #private;
    readonly shops: Shops;
    readonly categories: Categories;
    /** A category's products: list, count, assign, unassign. */
    readonly categoryProducts: CategoryProducts;
    readonly products: Products;
    readonly customers: Customers;
    readonly orders: Orders;
    readonly carts: Carts;
    /** A cart's items, and `replace` for all of them at once. */
    readonly cartItems: CartItems;
    constructor(options: CartlineOptions);
    /** Where requests go, without `/api`. */
    get baseUrl(): string;
    /**
     * `POST /api/batch`: up to 50 requests (`path` under `api/`; a GET's `body` is its query), run in order; one
     * failing does not stop the others. Answers each sub-request's code and body; the batch itself is a 200.
     */
    batch(requests: BatchRequest[], options?: CallOptions): Promise<BatchResult>;
    /** Any route, with the client's authentication, retries, timeouts and errors: `path` from the host on. */
    request<T = unknown>(method: string, path: string, options?: CallOptions & {
        query?: Query;
        body?: unknown;
    }): Promise<T>;
    /** Any list route, page after page. */
    list<T = unknown>(path: string, query?: PageQuery & Query, options?: CallOptions): Paginated<T>;
}
export type * from './ecommerce.js';
export { CartItems, Carts, Categories, CategoryProducts, Customers, Orders, Products, Shops } from './ecommerce.js';
export { CartlineApiError, CartlineConnectionError, CartlineError, CartlineNotFoundError, CartlineRateLimitError, CartlineTimeoutError, CartlineUnauthenticatedError, CartlineValidationError, type FieldErrors, } from './errors.js';
export { MAILERLITE_URL, Paginated, type CallOptions, type CartlineOptions, type Page, type PageQuery, type Query, type RetryOptions } from './transport.js';
