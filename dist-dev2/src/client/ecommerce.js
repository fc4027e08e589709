/** A path with each id encoded as one segment: ids are opaque strings (resource ids may hold anything). */
function path(strings, ...ids) {
    // An empty id would name the list above it (GET .../shops/ is the list of shops), and answer another shape.
    if (ids.some((id) => typeof id !== 'string' || id === ''))
        throw new TypeError(`Cartline: an id must be a non-empty string, got ${JSON.stringify(ids)}`);
    return strings.reduce((out, part, i) => out + encodeURIComponent(ids[i - 1]) + part);
}
export class Shops {
    http;
    constructor(http) {
        this.http = http;
    }
    /** 50 a page unless `limit` says otherwise. */
    list(query, options) {
        return this.http.list('/api/ecommerce/shops', query, options);
    }
    count(options) {
        return this.http.count('/api/ecommerce/shops', options);
    }
    create(body, options) {
        return this.http.data('POST', '/api/ecommerce/shops', body, options);
    }
    get(shopId, options) {
        return this.http.data('GET', path `/api/ecommerce/shops/${shopId}`, undefined, options);
    }
    /** Partial: what is not sent keeps its value. */
    update(shopId, body, options) {
        return this.http.data('PUT', path `/api/ecommerce/shops/${shopId}`, body, options);
    }
    /** Deletes the shop with everything in it; answers the shop as it was. */
    delete(shopId, options) {
        return this.http.data('DELETE', path `/api/ecommerce/shops/${shopId}`, undefined, options);
    }
}
export class Categories {
    http;
    constructor(http) {
        this.http = http;
    }
    list(shopId, query, options) {
        return this.http.list(path `/api/ecommerce/shops/${shopId}/categories`, query, options);
    }
    count(shopId, options) {
        return this.http.count(path `/api/ecommerce/shops/${shopId}/categories`, options);
    }
    /** A `resource_id` the shop already has updates that category. */
    create(shopId, body, options) {
        return this.http.data('POST', path `/api/ecommerce/shops/${shopId}/categories`, body, options);
    }
    get(shopId, categoryId, options) {
        return this.http.data('GET', path `/api/ecommerce/shops/${shopId}/categories/${categoryId}`, undefined, options);
    }
    update(shopId, categoryId, body, options) {
        return this.http.data('PUT', path `/api/ecommerce/shops/${shopId}/categories/${categoryId}`, body, options);
    }
    /** Its products stay, without it. */
    delete(shopId, categoryId, options) {
        return this.http.data('DELETE', path `/api/ecommerce/shops/${shopId}/categories/${categoryId}`, undefined, options);
    }
    /** At most 1,000; all written or none. Answers them in request order. */
    import(shopId, categories, options) {
        return this.http.data('POST', path `/api/ecommerce/shops/${shopId}/categories/import`, categories, options);
    }
}
/** A category's products: `.../categories/:category_id/products`. */
export class CategoryProducts {
    http;
    constructor(http) {
        this.http = http;
    }
    /** The reduced form (no descriptions). */
    list(shopId, categoryId, query, options) {
        return this.http.list(path `/api/ecommerce/shops/${shopId}/categories/${categoryId}/products`, query, options);
    }
    count(shopId, categoryId, options) {
        return this.http.count(path `/api/ecommerce/shops/${shopId}/categories/${categoryId}/products`, options);
    }
    /** Idempotent; answers the product with its categories. */
    assign(shopId, categoryId, productId, options) {
        const body = { product_id: productId };
        return this.http.data('POST', path `/api/ecommerce/shops/${shopId}/categories/${categoryId}/products`, body, options);
    }
    async unassign(shopId, categoryId, productId, options) {
        await this.http.request('DELETE', path `/api/ecommerce/shops/${shopId}/categories/${categoryId}/products/${productId}`, options);
    }
}
export class Products {
    http;
    constructor(http) {
        this.http = http;
    }
    list(shopId, query, options) {
        return this.http.list(path `/api/ecommerce/shops/${shopId}/products`, query, options);
    }
    count(shopId, options) {
        return this.http.count(path `/api/ecommerce/shops/${shopId}/products`, options);
    }
    /** A `resource_id` the shop already has updates that product. */
    create(shopId, body, options) {
        return this.http.data('POST', path `/api/ecommerce/shops/${shopId}/products`, body, options);
    }
    get(shopId, productId, options) {
        return this.http.data('GET', path `/api/ecommerce/shops/${shopId}/products/${productId}`, undefined, options);
    }
    /** Partial; `categories`, when sent, replaces the set. */
    update(shopId, productId, body, options) {
        return this.http.data('PUT', path `/api/ecommerce/shops/${shopId}/products/${productId}`, body, options);
    }
    delete(shopId, productId, options) {
        return this.http.data('DELETE', path `/api/ecommerce/shops/${shopId}/products/${productId}`, undefined, options);
    }
    /** At most 1,000; all written or none. Answers them in request order. */
    import(shopId, products, options) {
        return this.http.data('POST', path `/api/ecommerce/shops/${shopId}/products/import`, products, options);
    }
    /** `PUT .../products/:id/categories/multiple`: `replace: true` sets the categories, else adds to them. */
    setCategories(shopId, productId, body, options) {
        return this.http.data('PUT', path `/api/ecommerce/shops/${shopId}/products/${productId}/categories/multiple`, body, options);
    }
}
export class Customers {
    http;
    constructor(http) {
        this.http = http;
    }
    list(shopId, query, options) {
        return this.http.list(path `/api/ecommerce/shops/${shopId}/customers`, query, options);
    }
    count(shopId, options) {
        return this.http.count(path `/api/ecommerce/shops/${shopId}/customers`, options);
    }
    /** An email the shop already has updates that customer. */
    create(shopId, body, options) {
        return this.http.data('POST', path `/api/ecommerce/shops/${shopId}/customers`, body, options);
    }
    get(shopId, customerId, options) {
        return this.http.data('GET', path `/api/ecommerce/shops/${shopId}/customers/${customerId}`, undefined, options);
    }
    update(shopId, customerId, body, options) {
        return this.http.data('PUT', path `/api/ecommerce/shops/${shopId}/customers/${customerId}`, body, options);
    }
    /** With its orders and carts; its subscriber stays. */
    delete(shopId, customerId, options) {
        return this.http.data('DELETE', path `/api/ecommerce/shops/${shopId}/customers/${customerId}`, undefined, options);
    }
    /** At most 1,000; all written or none. Answers them in request order. */
    import(shopId, customers, options) {
        return this.http.data('POST', path `/api/ecommerce/shops/${shopId}/customers/import`, customers, options);
    }
}
export class Orders {
    http;
    constructor(http) {
        this.http = http;
    }
    list(shopId, query, options) {
        return this.http.list(path `/api/ecommerce/shops/${shopId}/orders`, query, options);
    }
    count(shopId, options) {
        return this.http.count(path `/api/ecommerce/shops/${shopId}/orders`, options);
    }
    /** With its customer (found or created by email) and its cart, in one transaction. */
    create(shopId, body, options) {
        return this.http.data('POST', path `/api/ecommerce/shops/${shopId}/orders`, body, options);
    }
    get(shopId, orderId, options) {
        return this.http.data('GET', path `/api/ecommerce/shops/${shopId}/orders/${orderId}`, undefined, options);
    }
    /** `status` and `total_price`; the customer and the cart cannot be changed this way. */
    update(shopId, orderId, body, options) {
        return this.http.data('PUT', path `/api/ecommerce/shops/${shopId}/orders/${orderId}`, body, options);
    }
    /** With its cart. */
    delete(shopId, orderId, options) {
        return this.http.data('DELETE', path `/api/ecommerce/shops/${shopId}/orders/${orderId}`, undefined, options);
    }
    /** At most 1,000; all written or none. Answers them in request order. */
    import(shopId, orders, options) {
        return this.http.data('POST', path `/api/ecommerce/shops/${shopId}/orders/import`, orders, options);
    }
    /** `POST .../orders/queue-order-sync` (MailerLite's WooCommerce plugin): create or re-sync by `resource_id`. */
    queueSync(shopId, body, options) {
        return this.http.data('POST', path `/api/ecommerce/shops/${shopId}/orders/queue-order-sync`, body, options);
    }
}
/** Carts are created by orders and deleted with them. */
export class Carts {
    http;
    constructor(http) {
        this.http = http;
    }
    list(shopId, query, options) {
        return this.http.list(path `/api/ecommerce/shops/${shopId}/carts`, query, options);
    }
    count(shopId, options) {
        return this.http.count(path `/api/ecommerce/shops/${shopId}/carts`, options);
    }
    get(shopId, cartId, options) {
        return this.http.data('GET', path `/api/ecommerce/shops/${shopId}/carts/${cartId}`, undefined, options);
    }
    /** `checkout_url` and `cart_total` (stored as sent, never recomputed from the items). */
    update(shopId, cartId, body, options) {
        return this.http.data('PUT', path `/api/ecommerce/shops/${shopId}/carts/${cartId}`, body, options);
    }
}
/** A cart's items: `.../carts/:cart_id/items`. */
export class CartItems {
    http;
    constructor(http) {
        this.http = http;
    }
    list(shopId, cartId, query, options) {
        return this.http.list(path `/api/ecommerce/shops/${shopId}/carts/${cartId}/items`, query, options);
    }
    count(shopId, cartId, options) {
        return this.http.count(path `/api/ecommerce/shops/${shopId}/carts/${cartId}/items`, options);
    }
    create(shopId, cartId, body, options) {
        return this.http.data('POST', path `/api/ecommerce/shops/${shopId}/carts/${cartId}/items`, body, options);
    }
    get(shopId, cartId, itemId, options) {
        return this.http.data('GET', path `/api/ecommerce/shops/${shopId}/carts/${cartId}/items/${itemId}`, undefined, options);
    }
    update(shopId, cartId, itemId, body, options) {
        return this.http.data('PUT', path `/api/ecommerce/shops/${shopId}/carts/${cartId}/items/${itemId}`, body, options);
    }
    delete(shopId, cartId, itemId, options) {
        return this.http.data('DELETE', path `/api/ecommerce/shops/${shopId}/carts/${cartId}/items/${itemId}`, undefined, options);
    }
    /** `POST .../carts/:cart_id/items/replace` (MailerLite's WooCommerce plugin): the cart's items become these. Answers the cart. */
    replace(shopId, cartId, items, options) {
        const body = { items };
        return this.http.data('POST', path `/api/ecommerce/shops/${shopId}/carts/${cartId}/items/replace`, body, options);
    }
}
//# sourceMappingURL=ecommerce.js.map