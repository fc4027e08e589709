import { formatTimestamp } from '../time.js';
import { ADJECTIVES, CATEGORY_TREE, DESCRIPTION_LINES, EMAIL_DOMAINS, FIRST_NAMES, LAST_NAMES, PLACES, VARIANTS } from './catalog.js';
import { createRandom } from './random.js';
/** Of every 100 orders, about this many are checkouts left pending (abandoned carts). */
const ABANDONED_SHARE = 0.1;
/** Orders of this much or more ship free; the others pay SHIPPING. */
const FREE_SHIPPING_FROM = 75;
const SHIPPING = 4.95;
const DAY_MS = 86_400_000;
const cents = (n) => Math.round(n * 100) / 100;
const slug = (text) => text.toLowerCase().replace(/&/g, 'and').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
export function planDemoShop(options) {
    const random = createRandom(options.seed);
    const { categories, subcategories } = planCategories();
    const products = planProducts(random, options, subcategories);
    const customers = planCustomers(random, options.customers);
    const orders = planOrders(random, options, products, customers);
    // What each customer has spent and ordered, as the shop reports it with the customer (orders, not checkouts).
    for (const order of orders) {
        if (order.stage !== null || order.status === 'cancelled' || order.status === 'failed')
            continue;
        const customer = customers[order.customer];
        customer.orders_count += 1;
        if (order.status !== 'refunded')
            customer.total_spent = cents(customer.total_spent + order.total_price);
    }
    return { categories, products, customers, orders };
}
function planCategories() {
    const categories = [];
    const subcategories = [];
    for (const top of CATEGORY_TREE) {
        const parent = categories.length;
        categories.push({ resource_id: String(categories.length + 1), name: top.name, parent: null });
        for (const spec of top.children) {
            subcategories.push({ index: categories.length, parent, spec });
            categories.push({ resource_id: String(categories.length + 1), name: spec.name, parent });
        }
    }
    return { categories, subcategories };
}
/** A shop's price: whole, .50 or most often .99, within the range. */
function price(random, [low, high]) {
    const whole = random.int(low, high - 1);
    return whole + random.weighted([[0.99, 6], [0, 2], [0.5, 1]]);
}
function planProducts(random, options, subcategories) {
    const names = new Set();
    const products = [];
    const weights = subcategories.map((sub) => [sub, sub.spec.weight]);
    for (let i = 0; i < options.products; i++) {
        const sub = random.weighted(weights);
        const noun = random.pick(sub.spec.nouns);
        const variants = VARIANTS[sub.spec.variants];
        let name = '';
        for (let attempt = 0; attempt < 20 && (name === '' || names.has(name)); attempt++) {
            name = `${random.pick(ADJECTIVES)} ${noun} – ${random.pick(variants)}`;
        }
        // A large catalogue runs out of combinations: numbered editions then.
        for (let edition = 2; names.has(name); edition++)
            name = `${name.replace(/ No\. \d+$/, '')} No. ${edition}`;
        names.add(name);
        const path = slug(name);
        const [first, second] = [random.pick(DESCRIPTION_LINES), random.pick(DESCRIPTION_LINES)];
        products.push({
            resource_id: String(i + 1),
            name,
            price: cents(price(random, sub.spec.price)),
            url: `${options.shopUrl}/products/${path}`,
            image: `${options.shopUrl}/images/${path}.jpg`,
            short_description: `${name.split(' – ')[0]} in ${name.split(' – ')[1].toLowerCase()}.`,
            description: first === second ? first : `${first} ${second}`,
            exclude_from_automations: random.chance(0.02),
            categories: [sub.index, sub.parent],
        });
    }
    return products;
}
function planCustomers(random, count) {
    const emails = new Set();
    const customers = [];
    for (let i = 0; i < count; i++) {
        const first = random.pick(FIRST_NAMES);
        const last = random.pick(LAST_NAMES);
        const [city, country] = random.pick(PLACES);
        const local = `${first}.${last}`.toLowerCase().replace(/[^a-z.]/g, '');
        const domain = random.pick(EMAIL_DOMAINS);
        let email = `${local}@${domain}`;
        for (let n = 2; emails.has(email); n++)
            email = `${local}${n}@${domain}`;
        emails.add(email);
        customers.push({
            resource_id: String(i + 1),
            email,
            accepts_marketing: random.chance(0.6),
            total_spent: 0,
            orders_count: 0,
            subscriber_fields: { name: first, last_name: last, city, country },
        });
    }
    return customers;
}
/**
 * Weights that make a few items much more likely than the rest (a Zipf-like tail), in random order: a few best
 * sellers, a few loyal customers, a long tail of both.
 */
function popularity(random, count, exponent) {
    const ranks = Array.from({ length: count }, (_, i) => i);
    for (let i = count - 1; i > 0; i--) {
        const j = random.int(0, i);
        [ranks[i], ranks[j]] = [ranks[j], ranks[i]];
    }
    return ranks.map((rank, index) => [index, 1 / (rank + 1) ** exponent]);
}
/** Order statuses by the order's age: recent ones are still in progress, old ones mostly done. */
function status(random, ageDays) {
    if (ageDays < 1)
        return random.weighted([['processing', 60], ['pending', 25], ['on-hold', 5], ['completed', 10]]);
    if (ageDays < 4)
        return random.weighted([['processing', 45], ['completed', 45], ['on-hold', 4], ['cancelled', 3], ['failed', 3]]);
    return random.weighted([['completed', 86], ['cancelled', 5], ['refunded', 4], ['failed', 3], ['on-hold', 1], ['processing', 1]]);
}
/** When in the day people shop: quiet at night, busy in the evening. */
const HOUR_WEIGHTS = [1, 0.5, 0.3, 0.2, 0.2, 0.3, 0.8, 1.5, 2.5, 3, 3.2, 3.5, 4, 3.8, 3.5, 3.4, 3.6, 4, 4.8, 5.5, 6, 5.5, 4, 2].map((weight, hour) => [hour, weight]);
function orderTime(random, options) {
    const start = options.until.getTime() - options.days * DAY_MS;
    for (;;) {
        // A shop that grows: the density rises linearly to twice its start over the period (inverse of its CDF).
        const x = -1 + Math.sqrt(1 + 3 * random.next());
        const day = Math.floor(x * options.days);
        const weekday = new Date(start + day * DAY_MS).getUTCDay();
        // Weekends sell a little more.
        if ((weekday === 0 || weekday === 6 ? 1 : 0.85) < random.next())
            continue;
        const seconds = random.weighted(HOUR_WEIGHTS) * 3600 + random.int(0, 3599);
        const time = start + day * DAY_MS + seconds * 1000;
        if (time <= options.until.getTime())
            return new Date(time);
    }
}
function planOrders(random, options, products, customers) {
    if (options.orders === 0)
        return [];
    const productWeights = popularity(random, products.length, 0.9);
    const customerWeights = popularity(random, customers.length, 0.6);
    const drafts = Array.from({ length: options.orders }, () => {
        const time = orderTime(random, options);
        const distinct = Math.min(products.length, random.weighted([[1, 50], [2, 25], [3, 12], [4, 7], [5, 4], [6, 2]]));
        const chosen = new Set();
        while (chosen.size < distinct)
            chosen.add(random.weighted(productWeights));
        const lines = [...chosen].map((product) => {
            const quantity = random.weighted([[1, 82], [2, 13], [3, 4], [4, 1]]);
            // Now and then a line on sale.
            const full = products[product].price;
            const price = random.chance(0.08) ? cents(full * (1 - random.int(10, 30) / 100)) : full;
            return { product, quantity, price };
        });
        const abandoned = random.chance(ABANDONED_SHARE);
        const ageDays = (options.until.getTime() - time.getTime()) / DAY_MS;
        return { time, customer: random.weighted(customerWeights), lines, abandoned, status: abandoned ? 'pending' : status(random, ageDays) };
    });
    drafts.sort((a, b) => a.time.getTime() - b.time.getTime());
    return drafts.map((draft, index) => {
        const number = String(index + 1);
        const itemsTotal = cents(draft.lines.reduce((sum, line) => sum + line.quantity * line.price, 0));
        return {
            resource_id: number,
            customer: draft.customer,
            status: draft.status,
            stage: draft.abandoned ? 'checkout' : null,
            total_price: itemsTotal >= FREE_SHIPPING_FROM ? itemsTotal : cents(itemsTotal + SHIPPING),
            created_at: formatTimestamp(draft.time),
            cart: {
                resource_id: number,
                checkout_url: `${options.shopUrl}/checkout/?ml_checkout=${number}`,
                cart_total: itemsTotal,
                items: draft.lines.map((line, k) => ({ resource_id: `${number}-${k + 1}`, ...line })),
            },
        };
    });
}
//# sourceMappingURL=plan.js.map