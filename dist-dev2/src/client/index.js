import { CartItems, Carts, Categories, CategoryProducts, Customers, Orders, Products, Shops } from './ecommerce.js';
import { Transport } from './transport.js';
// A typed client for MailerLite's E-commerce API, served by Cartline and by MailerLite itself:
//
//   import { Cartline } from 'cartline/client';
//   const client = new Cartline({ token, baseUrl: 'http://127.0.0.1:8080' });
//   for await (const order of client.orders.list(shopId)) console.log(order.id, order.total);
//
// It needs nothing but the global fetch (Node 18+, browsers, Deno, Bun). An endpoint is added with a method
// that names its verb, path and types, on one of the resource classes or a new one held here; Transport does
// the rest (JSON, errors, retries, timeouts, pages).
export class Cartline {
    shops;
    categories;
    /** A category's products: list, count, assign, unassign. */
    categoryProducts;
    products;
    customers;
    orders;
    carts;
    /** A cart's items, and `replace` for all of them at once. */
    cartItems;
    #http;
    constructor(options) {
        this.#http = new Transport(options);
        this.shops = new Shops(this.#http);
        this.categories = new Categories(this.#http);
        this.categoryProducts = new CategoryProducts(this.#http);
        this.products = new Products(this.#http);
        this.customers = new Customers(this.#http);
        this.orders = new Orders(this.#http);
        this.carts = new Carts(this.#http);
        this.cartItems = new CartItems(this.#http);
    }
    /** Where requests go, without `/api`. */
    get baseUrl() {
        return this.#http.baseUrl;
    }
    /**
     * `POST /api/batch`: up to 50 requests (`path` under `api/`; a GET's `body` is its query), run in order; one
     * failing does not stop the others. Answers each sub-request's code and body; the batch itself is a 200.
     */
    batch(requests, options) {
        return this.#http.request('POST', '/api/batch', { ...options, body: { requests } });
    }
    /** Any route, with the client's authentication, retries, timeouts and errors: `path` from the host on. */
    request(method, path, options) {
        return this.#http.request(method, path, options);
    }
    /** Any list route, page after page. */
    list(path, query, options) {
        return this.#http.list(path, query, options);
    }
}
export { CartItems, Carts, Categories, CategoryProducts, Customers, Orders, Products, Shops } from './ecommerce.js';
export { CartlineApiError, CartlineConnectionError, CartlineError, CartlineNotFoundError, CartlineRateLimitError, CartlineTimeoutError, CartlineUnauthenticatedError, CartlineValidationError, } from './errors.js';
export { MAILERLITE_URL, Paginated } from './transport.js';
//# sourceMappingURL=index.js.map