import { ensureAccount } from '../modules/accounts/accounts.service.js';
import { importCategories } from '../modules/categories/categories.service.js';
import { importCustomers } from '../modules/customers/customers.service.js';
import { createGroup } from '../modules/groups/groups.service.js';
import { importOrders } from '../modules/orders/orders.service.js';
import { importProducts } from '../modules/products/products.service.js';
import { createShop, findShopByName, updateShop } from '../modules/shops/shops.service.js';
import { planDemoShop } from './plan.js';
/** Records per service call: big enough to be fast, small enough for the progress bar to move. */
const CHUNK = 250;
function chunks(items, size = CHUNK) {
    return Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
}
/** `https://demo-shop.example` for "Demo Shop": a reserved domain (RFC 2606), never a real shop. */
export function demoShopUrl(name) {
    const host = name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 50) || 'shop';
    return `https://${host}.example`;
}
export async function seedDemoShop(db, newId, options, onProgress = () => { }) {
    const account = await ensureAccount(db, newId, options.account);
    let shop = await findShopByName(db, account.id, options.shop);
    const shopCreated = shop === undefined;
    const url = shop?.url ?? demoShopUrl(options.shop);
    // The shop's subscribers go to its group: its own, or a new one for a shop that has none.
    let group = shop?.group ? { id: shop.group.id, name: shop.group.name, created: false } : undefined;
    if (group === undefined) {
        const made = await createGroup(db, newId, account.id, { name: `${options.shop} customers` });
        group = { id: made.id, name: made.name, created: true };
    }
    if (shop === undefined) {
        shop = await createShop(db, newId, account.id, { name: options.shop, url, currency: 'USD', enabled: true, group_id: group.id });
    }
    else if (shop.group === null) {
        shop = await updateShop(db, account.id, shop.id, { group_id: group.id });
    }
    // Events fire as for any write: the demo's abandoned checkouts become cart.abandoned an hour on.
    const context = { accountId: account.id, shopId: shop.id, newId, silent: false };
    const plan = planDemoShop({ ...options, shopUrl: url, until: new Date() });
    const total = plan.categories.length + plan.products.length + plan.customers.length + plan.orders.length;
    let done = 0;
    const advance = (count, stage) => {
        done += count;
        onProgress({ done, total, stage });
    };
    onProgress({ done, total, stage: 'categories' });
    const categoryIds = await writeCategories(db, newId, shop.id, plan);
    advance(plan.categories.length, 'products');
    const productIds = [];
    for (const part of chunks(plan.products)) {
        const written = await importProducts(db, newId, shop.id, part.map(({ categories, ...product }) => ({ ...product, categories: categories.map((index) => categoryIds[index]) })));
        productIds.push(...written.map(({ product }) => product.id));
        advance(part.length, 'products');
    }
    onProgress({ done, total, stage: 'customers' });
    for (const part of chunks(plan.customers)) {
        await importCustomers(db, context, part.map((customer) => ({ ...customer, create_subscriber: true })));
        advance(part.length, 'customers');
    }
    onProgress({ done, total, stage: 'orders' });
    for (const part of chunks(plan.orders)) {
        await importOrders(db, context, part.map(({ customer, stage, cart, ...order }) => ({
            ...order,
            ...(stage === null ? {} : { stage }),
            customer: { email: plan.customers[customer].email },
            cart: { ...cart, items: cart.items.map(({ product, ...item }) => ({ ...item, ecommerce_product_id: productIds[product] })) },
        })));
        advance(part.length, 'orders');
    }
    const byStatus = {};
    for (const order of plan.orders)
        if (order.stage === null)
            byStatus[order.status] = (byStatus[order.status] ?? 0) + 1;
    return {
        account: { id: account.id, name: options.account, created: account.created },
        shop: { id: shop.id, name: shop.name, url: shop.url, created: shopCreated },
        group,
        categories: { total: plan.categories.length, top: plan.categories.filter((category) => category.parent === null).length },
        products: plan.products.length,
        customers: plan.customers.length,
        orders: {
            total: plan.orders.length,
            checkouts: plan.orders.filter((order) => order.stage !== null).length,
            byStatus,
            from: plan.orders[0]?.created_at ?? null,
            to: plan.orders.at(-1)?.created_at ?? null,
        },
    };
}
/** Top-level categories and the ones below them; answers the Cartline id of each planned category, by index. */
async function writeCategories(db, newId, shopId, plan) {
    const written = await importCategories(db, newId, shopId, plan.categories.map(({ resource_id, name }) => ({ resource_id, name })));
    return written.map(({ category }) => category.id);
}
//# sourceMappingURL=seed.js.map