import type { Static } from 'typebox';
import type { BatchBody, BatchResult } from '../modules/batch/batch.schemas.js';
import type { Cart as CartSchema, CartItem as CartItemSchema, CartItemBody, CartItemsReplaceBody, CartUpdateBody } from '../modules/carts/carts.schemas.js';
import type { AssignProductBody, Category as CategorySchema, CategoryCreateBody, CategoryUpdateBody } from '../modules/categories/categories.schemas.js';
import type { Customer as CustomerSchema, CustomerBody, CustomerUpdateBody } from '../modules/customers/customers.schemas.js';
import type { Order as OrderSchema, OrderCreateBody, OrderSyncBody, OrderUpdateBody } from '../modules/orders/orders.schemas.js';
import type { Product as ProductSchema, ProductCategoriesBody, ProductCreateBody, ProductReduced as ProductReducedSchema, ProductUpdateBody } from '../modules/products/products.schemas.js';
import type { Shop as ShopSchema, ShopCreateBody, ShopUpdateBody } from '../modules/shops/shops.schemas.js';
import type { CallOptions, Paginated, PageQuery, Transport } from './transport.js';
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
export declare class Shops {
    private readonly http;
    constructor(http: Transport);
    /** 50 a page unless `limit` says otherwise. */
    list(query?: PageQuery, options?: CallOptions): Paginated<Shop>;
    count(options?: CallOptions): Promise<number>;
    create(body: ShopCreate, options?: CallOptions): Promise<Shop>;
    get(shopId: string, options?: CallOptions): Promise<Shop>;
    /** Partial: what is not sent keeps its value. */
    update(shopId: string, body: ShopUpdate, options?: CallOptions): Promise<Shop>;
    /** Deletes the shop with everything in it; answers the shop as it was. */
    delete(shopId: string, options?: CallOptions): Promise<Shop>;
}
export declare class Categories {
    private readonly http;
    constructor(http: Transport);
    list(shopId: string, query?: PageQuery, options?: CallOptions): Paginated<Category>;
    count(shopId: string, options?: CallOptions): Promise<number>;
    /** A `resource_id` the shop already has updates that category. */
    create(shopId: string, body: CategoryCreate, options?: CallOptions): Promise<Category>;
    get(shopId: string, categoryId: string, options?: CallOptions): Promise<Category>;
    update(shopId: string, categoryId: string, body: CategoryUpdate, options?: CallOptions): Promise<Category>;
    /** Its products stay, without it. */
    delete(shopId: string, categoryId: string, options?: CallOptions): Promise<Category>;
    /** At most 1,000; all written or none. Answers them in request order. */
    import(shopId: string, categories: CategoryCreate[], options?: CallOptions): Promise<Category[]>;
}
/** A category's products: `.../categories/:category_id/products`. */
export declare class CategoryProducts {
    private readonly http;
    constructor(http: Transport);
    /** The reduced form (no descriptions). */
    list(shopId: string, categoryId: string, query?: PageQuery, options?: CallOptions): Paginated<ProductReduced>;
    count(shopId: string, categoryId: string, options?: CallOptions): Promise<number>;
    /** Idempotent; answers the product with its categories. */
    assign(shopId: string, categoryId: string, productId: Static<typeof AssignProductBody>['product_id'], options?: CallOptions): Promise<Product>;
    unassign(shopId: string, categoryId: string, productId: string, options?: CallOptions): Promise<void>;
}
export declare class Products {
    private readonly http;
    constructor(http: Transport);
    list(shopId: string, query?: PageQuery, options?: CallOptions): Paginated<Product>;
    count(shopId: string, options?: CallOptions): Promise<number>;
    /** A `resource_id` the shop already has updates that product. */
    create(shopId: string, body: ProductCreate, options?: CallOptions): Promise<Product>;
    get(shopId: string, productId: string, options?: CallOptions): Promise<Product>;
    /** Partial; `categories`, when sent, replaces the set. */
    update(shopId: string, productId: string, body: ProductUpdate, options?: CallOptions): Promise<Product>;
    delete(shopId: string, productId: string, options?: CallOptions): Promise<Product>;
    /** At most 1,000; all written or none. Answers them in request order. */
    import(shopId: string, products: ProductCreate[], options?: CallOptions): Promise<Product[]>;
    /** `PUT .../products/:id/categories/multiple`: `replace: true` sets the categories, else adds to them. */
    setCategories(shopId: string, productId: string, body: ProductCategories, options?: CallOptions): Promise<Product>;
}
export declare class Customers {
    private readonly http;
    constructor(http: Transport);
    list(shopId: string, query?: PageQuery, options?: CallOptions): Paginated<Customer>;
    count(shopId: string, options?: CallOptions): Promise<number>;
    /** An email the shop already has updates that customer. */
    create(shopId: string, body: CustomerCreate, options?: CallOptions): Promise<Customer>;
    get(shopId: string, customerId: string, options?: CallOptions): Promise<Customer>;
    update(shopId: string, customerId: string, body: CustomerUpdate, options?: CallOptions): Promise<Customer>;
    /** With its orders and carts; its subscriber stays. */
    delete(shopId: string, customerId: string, options?: CallOptions): Promise<Customer>;
    /** At most 1,000; all written or none. Answers them in request order. */
    import(shopId: string, customers: CustomerCreate[], options?: CallOptions): Promise<Customer[]>;
}
export declare class Orders {
    private readonly http;
    constructor(http: Transport);
    list(shopId: string, query?: PageQuery, options?: CallOptions): Paginated<Order>;
    count(shopId: string, options?: CallOptions): Promise<number>;
    /** With its customer (found or created by email) and its cart, in one transaction. */
    create(shopId: string, body: OrderCreate, options?: CallOptions): Promise<Order>;
    get(shopId: string, orderId: string, options?: CallOptions): Promise<Order>;
    /** `status` and `total_price`; the customer and the cart cannot be changed this way. */
    update(shopId: string, orderId: string, body: OrderUpdate, options?: CallOptions): Promise<Order>;
    /** With its cart. */
    delete(shopId: string, orderId: string, options?: CallOptions): Promise<Order>;
    /** At most 1,000; all written or none. Answers them in request order. */
    import(shopId: string, orders: OrderCreate[], options?: CallOptions): Promise<Order[]>;
    /** `POST .../orders/queue-order-sync` (MailerLite's WooCommerce plugin): create or re-sync by `resource_id`. */
    queueSync(shopId: string, body: OrderSync, options?: CallOptions): Promise<Order>;
}
/** Carts are created by orders and deleted with them. */
export declare class Carts {
    private readonly http;
    constructor(http: Transport);
    list(shopId: string, query?: PageQuery, options?: CallOptions): Paginated<Cart>;
    count(shopId: string, options?: CallOptions): Promise<number>;
    get(shopId: string, cartId: string, options?: CallOptions): Promise<Cart>;
    /** `checkout_url` and `cart_total` (stored as sent, never recomputed from the items). */
    update(shopId: string, cartId: string, body: CartUpdate, options?: CallOptions): Promise<Cart>;
}
/** A cart's items: `.../carts/:cart_id/items`. */
export declare class CartItems {
    private readonly http;
    constructor(http: Transport);
    list(shopId: string, cartId: string, query?: PageQuery, options?: CallOptions): Paginated<CartItem>;
    count(shopId: string, cartId: string, options?: CallOptions): Promise<number>;
    create(shopId: string, cartId: string, body: CartItemCreate, options?: CallOptions): Promise<CartItem>;
    get(shopId: string, cartId: string, itemId: string, options?: CallOptions): Promise<CartItem>;
    update(shopId: string, cartId: string, itemId: string, body: CartItemUpdate, options?: CallOptions): Promise<CartItem>;
    delete(shopId: string, cartId: string, itemId: string, options?: CallOptions): Promise<CartItem>;
    /** `POST .../carts/:cart_id/items/replace` (MailerLite's WooCommerce plugin): the cart's items become these. Answers the cart. */
    replace(shopId: string, cartId: string, items: CartItemsReplace['items'], options?: CallOptions): Promise<Cart>;
}
