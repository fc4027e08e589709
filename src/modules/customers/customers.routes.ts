import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { answerOne, dependsOn, type FragmentKind } from '../../http/fragments.js';
import { listRoute } from '../../http/pagination.js';
import { shopContext } from '../shops/shop-context.js';
import { ShopParams } from '../shops/shops.schemas.js';
import { DataResponse, errorResponses, flagOn, ImportBody } from '../../http/schemas.js';
import { Customer, CustomerBody, CustomerParams, CustomerReadQuery, CustomerUpdateBody } from './customers.schemas.js';
import { customerStats } from './customer-stats.repository.js';
import * as customers from './customers.service.js';

export const customerRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['Customers'];
  const context = (request: { accountId: string; shopId: string; query?: unknown }) => shopContext(request, app.newId);
  const kept: FragmentKind<Customer> = {
    name: 'customer',
    schema: Customer,
    revision: dependsOn.customers,
    load: (request, ids) => customers.loadCustomers(app.db, request.accountId, request.shopId, ids),
  };
  // ?with_stats: the same customers with the aggregates of their orders, one query for all of them; kept apart,
  // under the same revision (orders are sales writes, which bump it).
  const withStats = (shopId: string, list: Customer[]) =>
    customerStats(app.db, shopId, list.map((customer) => customer.id)).then((stats) =>
      list.map((customer) => ({ ...customer, stats: stats.get(customer.id) })),
    );
  const keptWithStats: FragmentKind<Customer> = {
    ...kept,
    name: 'customer+stats',
    load: async (request, ids) => {
      const found = await customers.loadCustomers(app.db, request.accountId, request.shopId, ids);
      return new Map((await withStats(request.shopId, [...found.values()])).map((customer) => [customer.id, customer]));
    },
  };
  const statsAsked = (request: { query: unknown }) => flagOn((request.query as CustomerReadQuery).with_stats);

  listRoute(app, {
    tags,
    summary: "List a shop's customers, or count them with limit=0; with_stats adds Cartline's order aggregates, filter[email] searches by email (Cartline)",
    params: ShopParams,
    item: Customer,
    query: CustomerReadQuery,
    count: (request) => customers.countCustomers(app.db, request.shopId),
    list: async (request, page) => {
      const list = await customers.listCustomers(app.db, request.accountId, request.shopId, page.offset, page.limit, page.total);
      return statsAsked(request) ? withStats(request.shopId, list) : list;
    },
    kept: {
      kind: (request) => (statsAsked(request) ? keptWithStats : kept),
      ids: (request, page) => customers.listCustomerIds(app.db, request.shopId, page.offset, page.limit, page.total),
    },
    search: { table: 'customers', filters: { 'filter[email]': { column: 'email', match: 'part', description: 'Cartline: customers whose email contains this, in any case' } } },
  });

  app.post(
    '/',
    {
      schema: {
        tags,
        summary: 'Create a customer; an email the shop already has updates that customer (200)',
        params: ShopParams,
        body: CustomerBody,
        response: { 200: DataResponse(Customer), 201: DataResponse(Customer), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { created, customer } = await customers.createOrUpdateCustomer(app.db, context(request), request.body);
      return reply.code(created ? 201 : 200).send({ data: customer });
    },
  );

  app.get(
    '/:customer_id',
    {
      schema: {
        tags,
        summary: "Fetch a customer; with_stats adds Cartline's order aggregates",
        params: CustomerParams,
        querystring: CustomerReadQuery,
        response: { 200: DataResponse(Customer), ...errorResponses },
      },
    },
    async (request, reply) =>
      answerOne(app.fragments, request, reply, statsAsked(request) ? keptWithStats : kept, request.params.customer_id, async () => {
        const customer = await customers.getCustomer(app.db, request.accountId, request.shopId, request.params.customer_id);
        return statsAsked(request) ? (await withStats(request.shopId, [customer]))[0]! : customer;
      }),
  );

  app.put(
    '/:customer_id',
    {
      schema: {
        tags,
        summary: 'Update a customer (partial)',
        params: CustomerParams,
        body: CustomerUpdateBody,
        response: { 200: DataResponse(Customer), ...errorResponses },
      },
    },
    async (request) => ({ data: await customers.updateCustomer(app.db, context(request), request.params.customer_id, request.body) }),
  );

  app.delete(
    '/:customer_id',
    {
      schema: {
        tags,
        summary: 'Delete a customer with its orders and carts (its subscriber stays)',
        params: CustomerParams,
        response: { 200: DataResponse(Customer), ...errorResponses },
      },
    },
    async (request) => ({ data: await customers.deleteCustomer(app.db, request.accountId, request.shopId, request.params.customer_id) }),
  );

  app.post(
    '/import',
    {
      schema: {
        tags,
        summary: 'Import customers (all or nothing); emails the shop has update those customers',
        params: ShopParams,
        body: ImportBody(CustomerBody),
        response: { 200: DataResponse(Type.Array(Customer)), ...errorResponses },
      },
    },
    async (request) => ({ data: await customers.importCustomers(app.db, context(request), request.body) }),
  );
};
