import { ValidationError } from '../../http/errors.js';
import * as repo from './stats.repository.js';
import { MAX_STATS_DAYS } from './stats.schemas.js';
// A shop's figures over a period of whole UTC days (README.md, "Insights", defines each one).
const DAY_MS = 86_400_000;
const TOP = 10;
/** A real calendar date 'YYYY-MM-DD' as midnight UTC, or null (2026-02-30 is not one). */
function parseDate(text) {
    const date = new Date(`${text}T00:00:00Z`);
    return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text ? null : date;
}
const dateText = (date) => date.toISOString().slice(0, 10);
const money = (value) => Math.round(value * 100) / 100;
/** The period asked for: by default the last 30 days, today (UTC) included. */
export function statsPeriod(query, today = new Date()) {
    const errors = {};
    const to = query.to === undefined ? new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate())) : parseDate(query.to);
    if (to === null)
        errors.to = ['The to is not a valid date.'];
    const from = query.from === undefined ? (to === null ? null : new Date(to.getTime() - 29 * DAY_MS)) : parseDate(query.from);
    if (from === null && query.from !== undefined)
        errors.from = ['The from is not a valid date.'];
    if (from !== null && to !== null) {
        if (from.getTime() > to.getTime())
            errors.to = ['The to must be a date after or equal to from.'];
        else if ((to.getTime() - from.getTime()) / DAY_MS + 1 > MAX_STATS_DAYS)
            errors.to = [`The period must not be longer than ${MAX_STATS_DAYS} days.`];
    }
    if (Object.keys(errors).length > 0 || from === null || to === null)
        throw new ValidationError(errors);
    return { from, to };
}
export async function shopStats(db, shopId, query) {
    const { from, to } = statsPeriod(query);
    const period = { start: `${dateText(from)} 00:00:00`, end: `${dateText(new Date(to.getTime() + DAY_MS))} 00:00:00` };
    const [days, customers, products, carts] = await Promise.all([
        repo.ordersByDay(db, shopId, period),
        repo.customerCounts(db, shopId, period),
        repo.productSales(db, shopId, period),
        repo.abandonment(db, shopId, period),
    ]);
    const byDay = new Map(days.map((row) => [row.day, row]));
    const dates = [];
    for (let time = from.getTime(); time <= to.getTime(); time += DAY_MS) {
        const date = dateText(new Date(time));
        const found = byDay.get(date);
        dates.push({ date, revenue: money(found?.revenue ?? 0), orders: found?.orders ?? 0 });
    }
    const revenue = days.reduce((sum, row) => sum + row.revenue, 0);
    const orders = days.reduce((sum, row) => sum + row.orders, 0);
    const byId = (a, b) => (BigInt(a.product_id) < BigInt(b.product_id) ? -1 : 1);
    const topOf = (key) => [...products].sort((a, b) => b[key] - a[key] || byId(a, b)).slice(0, TOP);
    const tops = { revenue: topOf('revenue'), quantity: topOf('quantity') };
    const names = await repo.productNames(db, shopId, [...new Set([...tops.revenue, ...tops.quantity].map((row) => row.product_id))]);
    // A product deleted since is gone with its items; one deleted between the two reads is left out.
    const top = (key) => tops[key].flatMap((row) => {
        const name = names.get(row.product_id);
        return name === undefined ? [] : [{ product_id: row.product_id, name, revenue: money(row.revenue), quantity: row.quantity }];
    });
    return {
        from: dateText(from),
        to: dateText(to),
        revenue: money(revenue),
        orders,
        average_order_value: orders === 0 ? 0 : money(revenue / orders),
        customers: customers.customers,
        new_customers: customers.customers - customers.returning,
        returning_customers: customers.returning,
        abandoned_carts: { count: carts.abandoned, value: money(carts.abandonedValue) },
        recovered_carts: {
            count: carts.recovered,
            value: money(carts.recoveredValue),
            rate: carts.abandoned === 0 ? 0 : Math.round((carts.recovered / carts.abandoned) * 10_000) / 10_000,
        },
        by_day: dates,
        top_products_by_revenue: top('revenue'),
        top_products_by_quantity: top('quantity'),
    };
}
//# sourceMappingURL=stats.service.js.map