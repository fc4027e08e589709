import type { IdGenerator } from '../../db/ids.js';
import { requestEventSource } from '../events/outbox.js';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fastJson from 'fast-json-stringify';
import { withResourceFields } from '../../http/schemas.js';
import { findIdByResourceId, type ResourceTable } from './resource-ids.repository.js';

// MailerLite's WooCommerce plugin adds a bare `?with_resource_id` to shop routes: path ids after the shop id
// are then the shop's own ids (resource_id), and answers carry each object's resource_id. Both are handled
// here, once for every route, so that services only ever see Cartline ids.

declare module 'fastify' {
  interface FastifyRequest {
    /** The request carried ?with_resource_id. */
    withResourceId: boolean;
  }
}

const PATH_PARAMS: Record<string, ResourceTable> = {
  category_id: 'categories',
  product_id: 'products',
  customer_id: 'customers',
  order_id: 'orders',
  cart_id: 'carts',
  item_id: 'cart_items',
};

/** Whether the query has the flag: present with no value (or any value) counts; the query may hold others. */
export function hasQueryFlag(request: FastifyRequest, flag: string): boolean {
  const query = request.query as Record<string, unknown> | undefined;
  return query !== undefined && query !== null && Object.hasOwn(query, flag);
}

/** Replaces path ids given as resource ids by Cartline ids; one that names nothing can match nothing (404). */
export async function translatePathIds(app: FastifyInstance, request: FastifyRequest): Promise<void> {
  const params = request.params as Record<string, string>;
  for (const [param, table] of Object.entries(PATH_PARAMS)) {
    // Already decoded by the router: decoding again would change an id holding '%' (or throw on it).
    const resourceId = params[param];
    if (resourceId === undefined) continue;
    // A NUL names nothing (and PostgreSQL cannot even compare it).
    params[param] = (resourceId.includes('\u0000') ? undefined : await findIdByResourceId(app.db, table, request.shopId, resourceId)) ?? '0';
  }
}

const serializers = new WeakMap<object, (payload: unknown) => string>();

/** With the flag, answers are serialized by the extended schema, compiled once per route and status. */
export function useResourceSerializer(request: FastifyRequest, reply: FastifyReply): void {
  if (!request.withResourceId) return;
  const schema = (request.routeOptions.schema?.response as Record<number, object> | undefined)?.[reply.statusCode];
  if (schema === undefined) return;
  let serializer = serializers.get(schema);
  if (serializer === undefined) {
    serializer = fastJson(JSON.parse(JSON.stringify(withResourceFields(schema))) as object) as (payload: unknown) => string;
    serializers.set(schema, serializer);
  }
  reply.serializer(serializer);
}

/** The flags MailerLite's WooCommerce plugin adds to product writes. */
export function productWriteOptions(request: FastifyRequest, newId: IdGenerator) {
  return { byResourceId: request.withResourceId, replaceCategories: hasQueryFlag(request, 'replace_categories'), events: requestEventSource(request, newId) };
}
