import fastJson from 'fast-json-stringify';
import { inTransaction } from '../../db/transaction.js';
import { formatTimestamp } from '../../time.js';
import { loadCustomers } from '../customers/customers.service.js';
import { recordEvents } from '../events/outbox.js';
import * as repo from './abandonment.repository.js';
import { loadCarts } from './carts.service.js';
import { Cart } from './carts.schemas.js';
import { Customer } from '../customers/customers.schemas.js';
// The abandoned-cart sweeper: every CARTLINE_CART_SWEEP_INTERVAL seconds, outside any request, it
// 1. lets go of watched carts whose order completed (they are never abandoned),
// 2. marks abandoned the carts due (cart.abandoned),
// 3. marks recovered the abandoned carts whose customer completed an order within the window (cart.recovered),
// 4. lets go of abandoned carts whose window has passed.
// Each step works in batches of BATCH carts, one transaction each: the carts are moved by one conditional UPDATE
// and their events recorded in the outbox in the same transaction, so an event exists exactly when its cart was
// moved, once, whichever process moved it (abandonment.repository.ts). A batch builds its events' carts and
// customers in a fixed number of queries per shop in it, never per cart. A run stops after MAX_BATCHES batches
// of a step and takes the rest on its next turn, so a backlog never holds the database for long.
const BATCH = 250;
/** A resource exactly as its route answers it: through its response schema, which leaves out what the docs do not name. */
function apiForm(schema) {
    const serialize = fastJson(JSON.parse(JSON.stringify(schema)));
    return (value) => (value === null ? null : JSON.parse(serialize(value)));
}
const cartForm = apiForm(Cart);
const customerForm = apiForm(Customer);
const MAX_BATCHES = 40;
/** Groups rows by shop: the events of a shop are built together. */
function byShop(rows) {
    const groups = new Map();
    for (const row of rows) {
        const shopId = String(row.shop_id);
        groups.set(shopId, [...(groups.get(shopId) ?? []), row]);
    }
    return groups;
}
/** The carts and customers of moved carts in their API form, and their shops' accounts. */
async function eventsOf(db, rows, build) {
    const groups = byShop(rows);
    const accounts = await repo.findShopAccounts(db, [...groups.keys()]);
    const events = new Map();
    for (const [shopId, shopRows] of groups) {
        const accountId = accounts.get(shopId);
        if (accountId === undefined)
            continue;
        const [carts, customers] = await Promise.all([
            loadCarts(db, accountId, shopId, shopRows.map((row) => String(row.id))),
            loadCustomers(db, accountId, shopId, [...new Set(shopRows.map((row) => String(row.customer_id)))]),
        ]);
        const list = events.get(accountId) ?? [];
        for (const row of shopRows) {
            list.push(build(row, cartForm(carts.get(String(row.id)) ?? null), customerForm(customers.get(String(row.customer_id)) ?? null)));
        }
        events.set(accountId, list);
    }
    return events;
}
async function record(db, newId, events) {
    for (const [accountId, list] of events)
        await recordEvents(db, { accountId, newId }, list);
}
/** Runs a step in batches until it has nothing left (or MAX_BATCHES); answers how many carts it moved. */
async function inBatches(step) {
    let total = 0;
    for (let batch = 0; batch < MAX_BATCHES; batch++) {
        const moved = await step();
        total += moved;
        if (moved < BATCH)
            break;
    }
    return total;
}
/** One run of the four steps, at `at` (the sweeper's clock; tests pass their own). */
export async function sweepCarts(db, newId, defaults, at = new Date()) {
    const now = formatTimestamp(at);
    const closed = await inBatches(() => inTransaction(db, (trx) => repo.closeCompletedCarts(trx, BATCH)));
    const latestDue = formatTimestamp(new Date(at.getTime() - (await repo.shortestAbandonAfter(db, defaults)) * 1000));
    const abandoned = await inBatches(() => inTransaction(db, async (trx) => {
        const rows = await repo.markAbandoned(trx, now, latestDue, defaults, BATCH);
        await record(trx, newId, await eventsOf(trx, rows, (row, cart, customer) => ({
            type: 'cart.abandoned',
            shopId: String(row.shop_id),
            data: { cart, customer, order_id: String(row.order_id), abandoned_at: row.abandoned_at },
        })));
        return rows.length;
    }));
    const recovered = await inBatches(() => inTransaction(db, async (trx) => {
        const rows = await repo.markRecovered(trx, now, defaults, BATCH);
        await record(trx, newId, await eventsOf(trx, rows, (row, cart, customer) => ({
            type: 'cart.recovered',
            shopId: String(row.shop_id),
            data: {
                cart,
                customer,
                order_id: String(row.recovered_order_id),
                abandoned_cart_id: String(row.id),
                recovered_value: Number(row.recovered_value),
                abandoned_at: row.abandoned_at,
                recovered_at: row.recovered_at,
            },
        })));
        return rows.length;
    }));
    const lapsed = await inBatches(() => inTransaction(db, (trx) => repo.markLapsed(trx, now, defaults, BATCH)));
    return { closed, abandoned, recovered, lapsed };
}
/** Runs sweepCarts every `interval` seconds, never two runs at once; unref'd, so it never keeps a process alive. */
export class CartSweeper {
    options;
    timer;
    running;
    constructor(options) {
        this.options = options;
    }
    start() {
        if (this.timer !== undefined || this.options.interval <= 0)
            return;
        this.timer = setInterval(() => void this.runOnce(), this.options.interval * 1000);
        this.timer.unref();
    }
    /** A run now, unless one is under way (then that one). */
    runOnce() {
        this.running ??= sweepCarts(this.options.db, this.options.newId, this.options.defaults)
            .then((result) => {
            if (result.abandoned + result.recovered > 0)
                this.options.log.info(result, 'cart sweep');
        }, (error) => this.options.log.error({ err: error }, 'cart sweep failed'))
            .finally(() => {
            this.running = undefined;
        });
        return this.running;
    }
    /** Stops the timer and waits for a run under way. */
    async stop() {
        clearInterval(this.timer);
        this.timer = undefined;
        await this.running;
    }
}
//# sourceMappingURL=abandonment.sweeper.js.map