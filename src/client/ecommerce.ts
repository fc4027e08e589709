import type { Static } from 'typebox';
import type { BatchBody, BatchResult } from '../modules/batch/batch.schemas.js';
import type { Cart as CartSchema, CartItem as CartItemSchema, CartItemBody, CartItemsReplaceBody, CartUpdateBody } from '../modules/carts/carts.schemas.js';
import type { AssignProductBody, Category as CategorySchema, CategoryCreateBody, CategoryUpdateBody } from '../modules/categories/categories.schemas.js';
import type { Customer as CustomerSchema, CustomerBody, CustomerUpdateBody } from '../modules/customers/customers.schemas.js';
import type { Order as OrderSchema, OrderCreateBody, OrderSyncBody, OrderUpdateBody } from '../modules/orders/orders.schemas.js';
import type {
  Product as ProductSchema,
  ProductCategoriesBody,
  ProductCreateBody,
  ProductReduced as ProductReducedSchema,
  ProductUpdateBody,
} from '../modules/products/products.schemas.js';
import type { Shop as ShopSchema, ShopCreateBody, ShopUpdateBody } from '../modules/shops/shops.schemas.js';
import type { CallOptions, Paginated, PageQuery, Transport } from './transport.js';

// MailerLite's e-commerce routes, one class per resource. Every type is read from the TypeBox schema the
// server validates (requests) or serializes (answers) with, through `import type` only: the types cannot
// drift from the server, and none of the server's code is loaded by the client.

export type Shop = Static<typeof ShopSchema>;
export type ShopCreate = Static<typeof ShopCreateBody>;
export type ShopUpdate = Static<typeof ShopUpdateBody>;
export type Category = Static<typeof CategorySchema>;
export type CategoryCreate = Static<typeof CategoryCreateBody>;
export type CategoryUpdate = Static<typeof CategoryUpdateBody>;
export type Product = Static<typeof ProductSchema>;
/** A product inside cart items and a category's product list: without the descriptions. */
export type ProductReduced = Static<typeof ProductReducedSchema>;
export type ProductCreate = Static<typeof ProductCreateBody>;
export type ProductUpdate = Static<typeof ProductUpdateBody>;
export type ProductCategories = Static<typeof ProductCategoriesBody>;
export type Customer = Static<typeof CustomerSchema>;
export type CustomerCreate = Static<typeof CustomerBody>;
export type CustomerUpdate = Static<typeof CustomerUpdateBody>;
export type Order = Static<typeof OrderSchema>;
export type OrderCreate = Static<typeof OrderCreateBody>;
export type OrderUpdate = Static<typeof OrderUpdateBody>;
/** queue-order-sync: an order create that names the shop's own order id. */
export type OrderSync = Static<typeof OrderSyncBody>;
export type Cart = Static<typeof CartSchema>;
export type CartUpdate = Static<typeof CartUpdateBody>;
export type CartItem = Static<typeof CartItemSchema>;
export type CartItemCreate = Static<typeof CartItemBody>;
export type CartItemUpdate = Static<typeof CartItemBody>;
export type CartItemsReplace = Static<typeof CartItemsReplaceBody>;
export type BatchRequest = Static<typeof BatchBody>['requests'][number];
export type BatchResult = Static<typeof BatchResult>;

/** A path with each id encoded as one segment: ids are opaque strings (resource ids may hold anything). */
function path(strings: TemplateStringsArray, ...ids: string[]): string {
  // An empty id would name the list above it (GET .../shops/ is the list of shops), and answer another shape.
  if (ids.some((id) => typeof id !== 'string' || id === '')) throw new TypeError(`Cartline: an id must be a non-empty string, got ${JSON.stringify(ids)}`);
  return strings.reduce((out, part, i) => out + encodeURIComponent(ids[i - 1]!) + part);
}

export class Shops {
  constructor(private readonly http: Transport) {}
  /** 50 a page unless `limit` says otherwise. */
  list(query?: PageQuery, options?: CallOptions): Paginated<Shop> {
    return this.http.list('/api/ecommerce/shops', query, options);
  }
  count(options?: CallOptions): Promise<number> {
    return this.http.count('/api/ecommerce/shops', options);
  }
  create(body: ShopCreate, options?: CallOptions): Promise<Shop> {
    return this.http.data('POST', '/api/ecommerce/shops', body, options);
  }
  get(shopId: string, options?: CallOptions): Promise<Shop> {
    return this.http.data('GET', path`/api/ecommerce/shops/${shopId}`, undefined, options);
  }
  /** Partial: what is not sent keeps its value. */
  update(shopId: string, body: ShopUpdate, options?: CallOptions): Promise<Shop> {
    return this.http.data('PUT', path`/api/ecommerce/shops/${shopId}`, body, options);
  }
  /** Deletes the shop with everything in it; answers the shop as it was. */
  delete(shopId: string, options?: CallOptions): Promise<Shop> {
    return this.http.data('DELETE', path`/api/ecommerce/shops/${shopId}`, undefined, options);
  }
}

export class Categories {
  constructor(private readonly http: Transport) {}
  list(shopId: string, query?: PageQuery, options?: CallOptions): Paginated<Category> {
    return this.http.list(path`/api/ecommerce/shops/${shopId}/categories`, query, options);
  }
  count(shopId: string, options?: CallOptions): Promise<number> {
    return this.http.count(path`/api/ecommerce/shops/${shopId}/categories`, options);
  }
  /** A `resource_id` the shop already has updates that category. */
  create(shopId: string, body: CategoryCreate, options?: CallOptions): Promise<Category> {
    return this.http.data('POST', path`/api/ecommerce/shops/${shopId}/categories`, body, options);
  }
  get(shopId: string, categoryId: string, options?: CallOptions): Promise<Category> {
    return this.http.data('GET', path`/api/ecommerce/shops/${shopId}/categories/${categoryId}`, undefined, options);
  }
  update(shopId: string, categoryId: string, body: CategoryUpdate, options?: CallOptions): Promise<Category> {
    return this.http.data('PUT', path`/api/ecommerce/shops/${shopId}/categories/${categoryId}`, body, options);
  }
  /** Its products stay, without it. */
  delete(shopId: string, categoryId: string, options?: CallOptions): Promise<Category> {
    return this.http.data('DELETE', path`/api/ecommerce/shops/${shopId}/categories/${categoryId}`, undefined, options);
  }
  /** At most 1,000; all written or none. Answers them in request order. */
  import(shopId: string, categories: CategoryCreate[], options?: CallOptions): Promise<Category[]> {
    return this.http.data('POST', path`/api/ecommerce/shops/${shopId}/categories/import`, categories, options);
  }
}

/** A category's products: `.../categories/:category_id/products`. */
export class CategoryProducts {
  constructor(private readonly http: Transport) {}
  /** The reduced form (no descriptions). */
  list(shopId: string, categoryId: string, query?: PageQuery, options?: CallOptions): Paginated<ProductReduced> {
    return this.http.list(path`/api/ecommerce/shops/${shopId}/categories/${categoryId}/products`, query, options);
  }
  count(shopId: string, categoryId: string, options?: CallOptions): Promise<number> {
    return this.http.count(path`/api/ecommerce/shops/${shopId}/categories/${categoryId}/products`, options);
  }
  /** Idempotent; answers the product with its categories. */
  assign(shopId: string, categoryId: string, productId: Static<typeof AssignProductBody>['product_id'], options?: CallOptions): Promise<Product> {
    const body: Static<typeof AssignProductBody> = { product_id: productId };
    return this.http.data('POST', path`/api/ecommerce/shops/${shopId}/categories/${categoryId}/products`, body, options);
  }
  async unassign(shopId: string, categoryId: string, productId: string, options?: CallOptions): Promise<void> {
    await this.http.request('DELETE', path`/api/ecommerce/shops/${shopId}/categories/${categoryId}/products/${productId}`, options);
  }
}

export class Products {
  constructor(private readonly http: Transport) {}
  list(shopId: string, query?: PageQuery, options?: CallOptions): Paginated<Product> {
    return this.http.list(path`/api/ecommerce/shops/${shopId}/products`, query, options);
  }
  count(shopId: string, options?: CallOptions): Promise<number> {
    return this.http.count(path`/api/ecommerce/shops/${shopId}/products`, options);
  }
  /** A `resource_id` the shop already has updates that product. */
  create(shopId: string, body: ProductCreate, options?: CallOptions): Promise<Product> {
    return this.http.data('POST', path`/api/ecommerce/shops/${shopId}/products`, body, options);
  }
  get(shopId: string, productId: string, options?: CallOptions): Promise<Product> {
    return this.http.data('GET', path`/api/ecommerce/shops/${shopId}/products/${productId}`, undefined, options);
  }
  /** Partial; `categories`, when sent, replaces the set. */
  update(shopId: string, productId: string, body: ProductUpdate, options?: CallOptions): Promise<Product> {
    return this.http.data('PUT', path`/api/ecommerce/shops/${shopId}/products/${productId}`, body, options);
  }
  delete(shopId: string, productId: string, options?: CallOptions): Promise<Product> {
    return this.http.data('DELETE', path`/api/ecommerce/shops/${shopId}/products/${productId}`, undefined, options);
  }
  /** At most 1,000; all written or none. Answers them in request order. */
  import(shopId: string, products: ProductCreate[], options?: CallOptions): Promise<Product[]> {
    return this.http.data('POST', path`/api/ecommerce/shops/${shopId}/products/import`, products, options);
  }
  /** `PUT .../products/:id/categories/multiple`: `replace: true` sets the categories, else adds to them. */
  setCategories(shopId: string, productId: string, body: ProductCategories, options?: CallOptions): Promise<Product> {
    return this.http.data('PUT', path`/api/ecommerce/shops/${shopId}/products/${productId}/categories/multiple`, body, options);
  }
}

export class Customers {
  constructor(private readonly http: Transport) {}
  list(shopId: string, query?: PageQuery, options?: CallOptions): Paginated<Customer> {
    return this.http.list(path`/api/ecommerce/shops/${shopId}/customers`, query, options);
  }
  count(shopId: string, options?: CallOptions): Promise<number> {
    return this.http.count(path`/api/ecommerce/shops/${shopId}/customers`, options);
  }
  /** An email the shop already has updates that customer. */
  create(shopId: string, body: CustomerCreate, options?: CallOptions): Promise<Customer> {
    return this.http.data('POST', path`/api/ecommerce/shops/${shopId}/customers`, body, options);
  }
  get(shopId: string, customerId: string, options?: CallOptions): Promise<Customer> {
    return this.http.data('GET', path`/api/ecommerce/shops/${shopId}/customers/${customerId}`, undefined, options);
  }
  update(shopId: string, customerId: string, body: CustomerUpdate, options?: CallOptions): Promise<Customer> {
    return this.http.data('PUT', path`/api/ecommerce/shops/${shopId}/customers/${customerId}`, body, options);
  }
  /** With its orders and carts; its subscriber stays. */
  delete(shopId: string, customerId: string, options?: CallOptions): Promise<Customer> {
    return this.http.data('DELETE', path`/api/ecommerce/shops/${shopId}/customers/${customerId}`, undefined, options);
  }
  /** At most 1,000; all written or none. Answers them in request order. */
  import(shopId: string, customers: CustomerCreate[], options?: CallOptions): Promise<Customer[]> {
    return this.http.data('POST', path`/api/ecommerce/shops/${shopId}/customers/import`, customers, options);
  }
}

export class Orders {
  constructor(private readonly http: Transport) {}
  list(shopId: string, query?: PageQuery, options?: CallOptions): Paginated<Order> {
    return this.http.list(path`/api/ecommerce/shops/${shopId}/orders`, query, options);
  }
  count(shopId: string, options?: CallOptions): Promise<number> {
    return this.http.count(path`/api/ecommerce/shops/${shopId}/orders`, options);
  }
  /** With its customer (found or created by email) and its cart, in one transaction. */
  create(shopId: string, body: OrderCreate, options?: CallOptions): Promise<Order> {
    return this.http.data('POST', path`/api/ecommerce/shops/${shopId}/orders`, body, options);
  }
  get(shopId: string, orderId: string, options?: CallOptions): Promise<Order> {
    return this.http.data('GET', path`/api/ecommerce/shops/${shopId}/orders/${orderId}`, undefined, options);
  }
  /** `status` and `total_price`; the customer and the cart cannot be changed this way. */
  update(shopId: string, orderId: string, body: OrderUpdate, options?: CallOptions): Promise<Order> {
    return this.http.data('PUT', path`/api/ecommerce/shops/${shopId}/orders/${orderId}`, body, options);
  }
  /** With its cart. */
  delete(shopId: string, orderId: string, options?: CallOptions): Promise<Order> {
    return this.http.data('DELETE', path`/api/ecommerce/shops/${shopId}/orders/${orderId}`, undefined, options);
  }
  /** At most 1,000; all written or none. Answers them in request order. */
  import(shopId: string, orders: OrderCreate[], options?: CallOptions): Promise<Order[]> {
    return this.http.data('POST', path`/api/ecommerce/shops/${shopId}/orders/import`, orders, options);
  }
  /** `POST .../orders/queue-order-sync` (MailerLite's WooCommerce plugin): create or re-sync by `resource_id`. */
  queueSync(shopId: string, body: OrderSync, options?: CallOptions): Promise<Order> {
    return this.http.data('POST', path`/api/ecommerce/shops/${shopId}/orders/queue-order-sync`, body, options);
  }
}

/** Carts are created by orders and deleted with them. */
export class Carts {
  constructor(private readonly http: Transport) {}
  list(shopId: string, query?: PageQuery, options?: CallOptions): Paginated<Cart> {
    return this.http.list(path`/api/ecommerce/shops/${shopId}/carts`, query, options);
  }
  count(shopId: string, options?: CallOptions): Promise<number> {
    return this.http.count(path`/api/ecommerce/shops/${shopId}/carts`, options);
  }
  get(shopId: string, cartId: string, options?: CallOptions): Promise<Cart> {
    return this.http.data('GET', path`/api/ecommerce/shops/${shopId}/carts/${cartId}`, undefined, options);
  }
  /** `checkout_url` and `cart_total` (stored as sent, never recomputed from the items). */
  update(shopId: string, cartId: string, body: CartUpdate, options?: CallOptions): Promise<Cart> {
    return this.http.data('PUT', path`/api/ecommerce/shops/${shopId}/carts/${cartId}`, body, options);
  }
}

/** A cart's items: `.../carts/:cart_id/items`. */
export class CartItems {
  constructor(private readonly http: Transport) {}
  list(shopId: string, cartId: string, query?: PageQuery, options?: CallOptions): Paginated<CartItem> {
    return this.http.list(path`/api/ecommerce/shops/${shopId}/carts/${cartId}/items`, query, options);
  }
  count(shopId: string, cartId: string, options?: CallOptions): Promise<number> {
    return this.http.count(path`/api/ecommerce/shops/${shopId}/carts/${cartId}/items`, options);
  }
  create(shopId: string, cartId: string, body: CartItemCreate, options?: CallOptions): Promise<CartItem> {
    return this.http.data('POST', path`/api/ecommerce/shops/${shopId}/carts/${cartId}/items`, body, options);
  }
  get(shopId: string, cartId: string, itemId: string, options?: CallOptions): Promise<CartItem> {
    return this.http.data('GET', path`/api/ecommerce/shops/${shopId}/carts/${cartId}/items/${itemId}`, undefined, options);
  }
  update(shopId: string, cartId: string, itemId: string, body: CartItemUpdate, options?: CallOptions): Promise<CartItem> {
    return this.http.data('PUT', path`/api/ecommerce/shops/${shopId}/carts/${cartId}/items/${itemId}`, body, options);
  }
  delete(shopId: string, cartId: string, itemId: string, options?: CallOptions): Promise<CartItem> {
    return this.http.data('DELETE', path`/api/ecommerce/shops/${shopId}/carts/${cartId}/items/${itemId}`, undefined, options);
  }
  /** `POST .../carts/:cart_id/items/replace` (MailerLite's WooCommerce plugin): the cart's items become these. Answers the cart. */
  replace(shopId: string, cartId: string, items: CartItemsReplace['items'], options?: CallOptions): Promise<Cart> {
    const body: CartItemsReplace = { items };
    return this.http.data('POST', path`/api/ecommerce/shops/${shopId}/carts/${cartId}/items/replace`, body, options);
  }
}
