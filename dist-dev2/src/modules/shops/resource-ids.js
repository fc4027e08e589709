import { requestEventSource } from '../events/outbox.js';
import fastJson from 'fast-json-stringify';
import { withResourceFields } from '../../http/schemas.js';
import { findIdByResourceId } from './resource-ids.repository.js';
const PATH_PARAMS = {
    category_id: 'categories',
    product_id: 'products',
    customer_id: 'customers',
    order_id: 'orders',
    cart_id: 'carts',
    item_id: 'cart_items',
};
/** Whether the query has the flag: present with no value (or any value) counts; the query may hold others. */
export function hasQueryFlag(request, flag) {
    const query = request.query;
    return query !== undefined && query !== null && Object.hasOwn(query, flag);
}
/** Replaces path ids given as resource ids by Cartline ids; one that names nothing can match nothing (404). */
export async function translatePathIds(app, request) {
    const params = request.params;
    for (const [param, table] of Object.entries(PATH_PARAMS)) {
        // Already decoded by the router: decoding again would change an id holding '%' (or throw on it).
        const resourceId = params[param];
        if (resourceId === undefined)
            continue;
        // A NUL names nothing (and PostgreSQL cannot even compare it).
        params[param] = (resourceId.includes('\u0000') ? undefined : await findIdByResourceId(app.db, table, request.shopId, resourceId)) ?? '0';
    }
}
const serializers = new WeakMap();
/** With the flag, answers are serialized by the extended schema, compiled once per route and status. */
export function useResourceSerializer(request, reply) {
    if (!request.withResourceId)
        return;
    const schema = request.routeOptions.schema?.response?.[reply.statusCode];
    if (schema === undefined)
        return;
    let serializer = serializers.get(schema);
    if (serializer === undefined) {
        serializer = fastJson(JSON.parse(JSON.stringify(withResourceFields(schema))));
        serializers.set(schema, serializer);
    }
    reply.serializer(serializer);
}
/** The flags MailerLite's WooCommerce plugin adds to product writes. */
export function productWriteOptions(request, newId) {
    return { byResourceId: request.withResourceId, replaceCategories: hasQueryFlag(request, 'replace_categories'), events: requestEventSource(request, newId) };
}
//# sourceMappingURL=resource-ids.js.map