import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { answerOne, dependsOn, type FragmentKind } from '../../http/fragments.js';
import { listRoute } from '../../http/pagination.js';
import { shopContext } from '../shops/shop-context.js';
import { ShopParams } from '../shops/shops.schemas.js';
import { DataResponse, errorResponses, ImportBody } from '../../http/schemas.js';
import { Order, OrderCreateBody, OrderParams, OrderSyncBody, OrderUpdateBody } from './orders.schemas.js';
import * as orders from './orders.service.js';

export const orderRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['Orders'];
  const context = (request: { accountId: string; shopId: string; query?: unknown }) => shopContext(request, app.newId);
  const kept: FragmentKind<Order> = {
    name: 'order',
    schema: Order,
    revision: dependsOn.everything,
    load: (request, ids) => orders.loadOrders(app.db, request.accountId, request.shopId, ids),
  };

  listRoute(app, {
    tags,
    summary: "List a shop's orders, or count them with limit=0; filter[status] lists one status (Cartline)",
    params: ShopParams,
    item: Order,
    count: (request) => orders.countOrders(app.db, request.shopId),
    list: (request, page) => orders.listOrders(app.db, request.accountId, request.shopId, page.offset, page.limit, page.total),
    kept: { kind: kept, ids: (request, page) => orders.listOrderIds(app.db, request.shopId, page.offset, page.limit, page.total) },
    search: { table: 'orders', filters: { 'filter[status]': { column: 'status', match: 'exact', description: 'Cartline: orders with exactly this status' } } },
  });

  app.post(
    '/',
    {
      schema: {
        tags,
        summary: 'Create an order with its customer (found or created by email) and cart',
        params: ShopParams,
        body: OrderCreateBody,
        response: { 200: DataResponse(Order), 201: DataResponse(Order), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { order, created } = await orders.createOrder(app.db, context(request), request.body, { byResourceId: request.withResourceId });
      return reply.code(created ? 201 : 200).send({ data: order });
    },
  );

  app.get(
    '/:order_id',
    { schema: { tags, summary: 'Fetch an order', params: OrderParams, response: { 200: DataResponse(Order), ...errorResponses } } },
    async (request, reply) =>
      answerOne(app.fragments, request, reply, kept, request.params.order_id, () =>
        orders.getOrder(app.db, request.accountId, request.shopId, request.params.order_id),
      ),
  );

  app.put(
    '/:order_id',
    {
      schema: {
        tags,
        summary: 'Update an order (status, total_price)',
        params: OrderParams,
        body: OrderUpdateBody,
        response: { 200: DataResponse(Order), ...errorResponses },
      },
    },
    async (request) => ({ data: await orders.updateOrder(app.db, context(request), request.params.order_id, request.body) }),
  );

  app.delete(
    '/:order_id',
    {
      schema: { tags, summary: 'Delete an order with its cart', params: OrderParams, response: { 200: DataResponse(Order), ...errorResponses } },
    },
    async (request) => ({ data: await orders.deleteOrder(app.db, context(request), request.params.order_id) }),
  );

  app.post(
    '/import',
    {
      // The official PHP SDK wraps the array as {"orders": [...]}; both forms are taken.
      preValidation: async (request) => {
        const body = request.body as { orders?: unknown } | undefined;
        if (body !== null && typeof body === 'object' && !Array.isArray(body) && Array.isArray(body.orders)) {
          request.body = body.orders as typeof request.body;
        }
      },
      schema: {
        tags,
        summary: 'Import orders (all or nothing); a JSON array, or {"orders": [...]}',
        params: ShopParams,
        body: ImportBody(OrderCreateBody),
        response: { 200: DataResponse(Type.Array(Order)), ...errorResponses },
      },
    },
    async (request) => {
      const results = await orders.importOrders(app.db, context(request), request.body, undefined, { byResourceId: request.withResourceId });
      return { data: results.map((result) => result.order) };
    },
  );

  app.post(
    '/queue-order-sync',
    {
      schema: {
        tags,
        summary: "MailerLite's WooCommerce plugin: create or re-sync an order (or a checkout, stage: \"checkout\") by its resource_id",
        params: ShopParams,
        body: OrderSyncBody,
        response: { 200: DataResponse(Order), 201: DataResponse(Order), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { order, created } = await orders.createOrder(app.db, context(request), request.body, { byResourceId: request.withResourceId });
      return reply.code(created ? 201 : 200).send({ data: order });
    },
  );
};
