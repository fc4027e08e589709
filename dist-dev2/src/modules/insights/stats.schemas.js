import Type from 'typebox';
import { IdString } from '../../http/schemas.js';
const DateString = Type.String({ pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$', description: 'YYYY-MM-DD (UTC)' });
export const StatsQuery = Type.Object({
    from: Type.Optional(DateString),
    to: Type.Optional(DateString),
});
/** Longest period one request covers, in days (both ends included). */
export const MAX_STATS_DAYS = 366;
const ProductFigures = Type.Object({ product_id: IdString, name: Type.String(), revenue: Type.Number(), quantity: Type.Integer() });
export const ShopStats = Type.Object({
    from: Type.String(),
    to: Type.String(),
    revenue: Type.Number(),
    orders: Type.Integer(),
    average_order_value: Type.Number(),
    customers: Type.Integer(),
    new_customers: Type.Integer(),
    returning_customers: Type.Integer(),
    abandoned_carts: Type.Object({ count: Type.Integer(), value: Type.Number() }),
    recovered_carts: Type.Object({ count: Type.Integer(), value: Type.Number(), rate: Type.Number() }),
    by_day: Type.Array(Type.Object({ date: Type.String(), revenue: Type.Number(), orders: Type.Integer() })),
    top_products_by_revenue: Type.Array(ProductFigures),
    top_products_by_quantity: Type.Array(ProductFigures),
});
//# sourceMappingURL=stats.schemas.js.map