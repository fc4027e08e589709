import type { Database } from '../db/schema.js';
import type { IdGenerator } from '../db/ids.js';
import { type OrderStatus } from './plan.js';
export interface SeedOptions {
    account: string;
    shop: string;
    products: number;
    customers: number;
    orders: number;
    days: number;
    seed: number;
}
export interface SeedProgress {
    done: number;
    total: number;
    /** What is being written: categories, products, customers, orders. */
    stage: string;
}
export interface SeedSummary {
    account: {
        id: string;
        name: string;
        created: boolean;
    };
    shop: {
        id: string;
        name: string;
        url: string;
        created: boolean;
    };
    group: {
        id: string;
        name: string;
        created: boolean;
    };
    categories: {
        total: number;
        top: number;
    };
    products: number;
    customers: number;
    orders: {
        total: number;
        checkouts: number;
        byStatus: Partial<Record<OrderStatus, number>>;
        from: string | null;
        to: string | null;
    };
}
/** `https://demo-shop.example` for "Demo Shop": a reserved domain (RFC 2606), never a real shop. */
export declare function demoShopUrl(name: string): string;
export declare function seedDemoShop(db: Database, newId: IdGenerator, options: SeedOptions, onProgress?: (progress: SeedProgress) => void): Promise<SeedSummary>;
