import type { Executor } from '../../db/schema.js';
import * as cartItemsRepo from '../carts/cart-items.repository.js';
import type { CartItem } from '../carts/carts.schemas.js';
import * as categoriesRepo from '../categories/categories.repository.js';
import type { Category } from '../categories/categories.schemas.js';
import * as customersRepo from '../customers/customers.repository.js';
import type { CustomerEmbedded } from '../customers/customers.schemas.js';
import * as groupsRepo from '../groups/groups.repository.js';
import type { Group } from '../groups/groups.schemas.js';
import * as productsRepo from '../products/products.repository.js';
import type { ProductReduced } from '../products/products.schemas.js';
import * as shopsRepo from '../shops/shops.repository.js';
import type { Shop } from '../shops/shops.schemas.js';
import * as subscribersRepo from '../subscribers/subscribers.repository.js';
import type { Subscriber } from '../subscribers/subscribers.schemas.js';
export type StatusCounts = Map<string, number>;
export declare function toGroupResponse(row: groupsRepo.GroupRow, counts?: StatusCounts): Group;
/** Group objects with their member counts, by id, for any number of groups, in one extra query. */
export declare function groupsById(db: Executor, rows: groupsRepo.GroupRow[]): Promise<Map<string, Group>>;
export declare function toShopResponse(row: shopsRepo.ShopRow): Shop;
/** Subscriber objects with their groups and the account's fields, for any number of rows, in a fixed number of queries. */
export declare function subscriberAnswers(db: Executor, accountId: string, rows: subscribersRepo.SubscriberRow[]): Promise<Subscriber[]>;
/** The account's subscribers with these emails, by email. A customer's subscriber is the one with its email. */
export declare function subscribersByEmail(db: Executor, accountId: string, emails: string[]): Promise<Map<string, Subscriber>>;
export declare function toCustomerEmbedded(row: customersRepo.CustomerRow, subscribers: Map<string, CustomerEmbedded['subscriber']>): CustomerEmbedded;
/** Customers in their embedded form (for orders and carts), by id, in a fixed number of queries. */
export declare function customersById(db: Executor, accountId: string, shopId: string, ids: string[]): Promise<Map<string, CustomerEmbedded>>;
export declare function toCategoryResponse(row: categoriesRepo.CategoryRow): Category;
/** Maps product rows to API objects with their categories: two queries for the whole set, none per product. */
export declare function withCategories<R extends productsRepo.ReducedProductRow, T>(db: Executor, shopId: string, rows: R[], map: (row: R, categories: Category[]) => T): Promise<T[]>;
/** Products in their reduced form (cart items, category products), categories loaded in one query. */
export declare function reducedProducts(db: Executor, shopId: string, rows: productsRepo.ReducedProductRow[]): Promise<ProductReduced[]>;
export declare function cartItemAnswers(db: Executor, shopId: string, rows: cartItemsRepo.CartItemWithProductRow[]): Promise<CartItem[]>;
/** The items of many carts, by cart id, in a fixed number of queries. */
export declare function itemsByCart(db: Executor, shopId: string, cartIds: string[]): Promise<Map<string, CartItem[]>>;
/** The shop as orders embed it (without currency_sign); a ConcurrentChangeError if it was deleted meanwhile. */
export declare function shopEmbedded(db: Executor, accountId: string, shopId: string): Promise<Omit<Shop, 'currency_sign'>>;
