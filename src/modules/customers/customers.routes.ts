import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { answerOne, dependsOn, type FragmentKind } from '../../http/fragments.js';
import { listRoute } from '../../http/pagination.js';
import { shopContext } from '../shops/shop-context.js';
import { ShopParams } from '../shops/shops.schemas.js';
import { DataResponse, errorResponses, ImportBody } from '../../http/schemas.js';
import { Customer, CustomerBody, CustomerParams, CustomerUpdateBody } from './customers.schemas.js';
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

  listRoute(app, {
    tags,
    summary: "List a shop's customers, or count them with limit=0",
    params: ShopParams,
    item: Customer,
    count: (request) => customers.countCustomers(app.db, request.shopId),
    list: (request, page) => customers.listCustomers(app.db, request.accountId, request.shopId, page.offset, page.limit, page.total),
    kept: { kind: kept, ids: (request, page) => customers.listCustomerIds(app.db, request.shopId, page.offset, page.limit, page.total) },
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
    { schema: { tags, summary: 'Fetch a customer', params: CustomerParams, response: { 200: DataResponse(Customer), ...errorResponses } } },
    async (request, reply) =>
      answerOne(app.fragments, request, reply, kept, request.params.customer_id, () =>
        customers.getCustomer(app.db, request.accountId, request.shopId, request.params.customer_id),
      ),
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
