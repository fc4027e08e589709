import fastJson from 'fast-json-stringify';
import Type from 'typebox';
import { insertMany } from '../../db/insert-many.js';
import { now } from '../../time.js';
import { Customer } from '../customers/customers.schemas.js';
import { Group } from '../groups/groups.schemas.js';
import { Order } from '../orders/orders.schemas.js';
import { Product } from '../products/products.schemas.js';
import { Subscriber } from '../subscribers/subscribers.schemas.js';
// An event's data holds resources exactly in their documented API form: serialized with the same schemas as the
// API's answers (so an order carries no resource_id, as GET answers without ?with_resource_id).
const DATA_SCHEMAS = {};
for (const type of ['order.created', 'order.updated', 'order.completed', 'order.deleted'])
    DATA_SCHEMAS[type] = Type.Object({ order: Order });
for (const type of ['customer.created', 'customer.updated'])
    DATA_SCHEMAS[type] = Type.Object({ customer: Customer });
for (const type of ['product.created', 'product.updated', 'product.deleted'])
    DATA_SCHEMAS[type] = Type.Object({ product: Product });
for (const type of ['subscriber.created', 'subscriber.updated', 'subscriber.unsubscribed'])
    DATA_SCHEMAS[type] = Type.Object({ subscriber: Subscriber });
DATA_SCHEMAS['subscriber.added_to_group'] = Type.Object({ subscriber: Subscriber, group: Group });
const serializers = new Map();
function serialize(type, data) {
    let serializer = serializers.get(type);
    if (serializer === undefined) {
        const schema = DATA_SCHEMAS[type];
        serializer = schema === undefined ? JSON.stringify : fastJson(JSON.parse(JSON.stringify(schema)));
        serializers.set(type, serializer);
    }
    return serializer(data);
}
/** `?silent` (or `?silent=true`) on a write: make the change, record no event. `?silent=false` is not silent. */
export function silentRequested(query) {
    if (query === null || typeof query !== 'object' || !Object.hasOwn(query, 'silent'))
        return false;
    const value = query.silent;
    return value !== false && value !== 'false' && value !== '0' && value !== 0;
}
/** The source of the events a request's writes cause. */
export function requestEventSource(request, newId) {
    return { accountId: request.accountId, newId, silent: silentRequested(request.query) };
}
/** Records the events in the outbox, on `db` (the transaction of the change); answers their ids. */
export async function recordEvents(db, source, events) {
    if (source.silent === true || events.length === 0)
        return [];
    const createdAt = now();
    const rows = events.map((event) => ({
        id: source.newId(),
        account_id: source.accountId,
        shop_id: event.shopId,
        type: event.type,
        data: serialize(event.type, event.data),
        created_at: createdAt,
        dispatched: false,
    }));
    await insertMany(db, 'events', rows);
    return rows.map((row) => row.id);
}
//# sourceMappingURL=outbox.js.map