export interface PlanOptions {
    shopUrl: string;
    products: number;
    customers: number;
    orders: number;
    days: number;
    seed: number;
    /** The end of the period (the time of the run): orders fall in the `days` days before it. */
    until: Date;
}
export interface PlannedCategory {
    resource_id: string;
    name: string;
    /** Index of its parent in the plan's categories; null at the top. */
    parent: number | null;
}
export interface PlannedProduct {
    resource_id: string;
    name: string;
    price: number;
    url: string;
    image: string;
    short_description: string;
    description: string;
    exclude_from_automations: boolean;
    /** Indexes into the plan's categories: its own and its parent, as shops usually file a product. */
    categories: number[];
}
export interface PlannedCustomer {
    resource_id: string;
    email: string;
    accepts_marketing: boolean;
    total_spent: number;
    orders_count: number;
    subscriber_fields: {
        name: string;
        last_name: string;
        city: string;
        country: string;
    };
}
export interface PlannedItem {
    resource_id: string;
    /** Index into the plan's products. */
    product: number;
    quantity: number;
    price: number;
}
export interface PlannedOrder {
    resource_id: string;
    /** Index into the plan's customers. */
    customer: number;
    status: OrderStatus;
    /** "checkout": a checkout left pending, an abandoned cart; null for an order. */
    stage: 'checkout' | null;
    total_price: number;
    created_at: string;
    cart: {
        resource_id: string;
        checkout_url: string;
        cart_total: number;
        items: PlannedItem[];
    };
}
export type OrderStatus = 'pending' | 'processing' | 'on-hold' | 'completed' | 'cancelled' | 'refunded' | 'failed';
export interface Plan {
    categories: PlannedCategory[];
    products: PlannedProduct[];
    customers: PlannedCustomer[];
    /** Oldest first. */
    orders: PlannedOrder[];
}
export declare function planDemoShop(options: PlanOptions): Plan;
