import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { listRoute } from '../../http/pagination.js';
import { ShopParams } from '../shops/shops.schemas.js';
import { DataResponse, errorResponses, ImportBody } from '../../http/schemas.js';
import { Category, CategoryCreateBody, CategoryParams, CategoryUpdateBody } from './categories.schemas.js';
import * as categories from './categories.service.js';

export const categoryRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['Categories'];

  listRoute(app, {
    tags,
    summary: "List a shop's categories, or count them with limit=0; filter[name] searches by name (Cartline)",
    params: ShopParams,
    item: Category,
    count: (request) => categories.countCategories(app.db, request.shopId),
    list: (request, page) => categories.listCategories(app.db, request.shopId, page.offset, page.limit, page.total),
    search: {
      table: 'categories',
      filters: { 'filter[name]': { column: 'name', match: 'part', description: 'Cartline: categories whose name contains this, in any case' } },
      load: (request, ids) => categories.loadCategories(app.db, request.shopId, ids),
    },
  });

  app.post(
    '/',
    {
      schema: { tags, summary: 'Create a category', params: ShopParams, body: CategoryCreateBody, response: { 200: DataResponse(Category), 201: DataResponse(Category), ...errorResponses } },
    },
    async (request, reply) => {
      const { category, created } = await categories.createCategory(app.db, app.newId, request.shopId, request.body);
      return reply.code(created ? 201 : 200).send({ data: category });
    },
  );

  app.get(
    '/:category_id',
    { schema: { tags, summary: 'Fetch a category', params: CategoryParams, response: { 200: DataResponse(Category), ...errorResponses } } },
    async (request) => ({ data: await categories.getCategory(app.db, request.shopId, request.params.category_id) }),
  );

  app.put(
    '/:category_id',
    {
      schema: {
        tags,
        summary: 'Update a category (partial)',
        params: CategoryParams,
        body: CategoryUpdateBody,
        response: { 200: DataResponse(Category), ...errorResponses },
      },
    },
    async (request) => ({ data: await categories.updateCategory(app.db, request.shopId, request.params.category_id, request.body) }),
  );

  app.delete(
    '/:category_id',
    {
      schema: {
        tags,
        summary: 'Delete a category (its products stay, without it)',
        params: CategoryParams,
        response: { 200: DataResponse(Category), ...errorResponses },
      },
    },
    async (request) => ({ data: await categories.deleteCategory(app.db, request.shopId, request.params.category_id) }),
  );

  app.post(
    '/import',
    {
      schema: {
        tags,
        summary: 'Import categories (all or nothing)',
        params: ShopParams,
        body: ImportBody(CategoryCreateBody),
        response: { 200: DataResponse(Type.Array(Category)), ...errorResponses },
      },
    },
    async (request) => ({ data: (await categories.importCategories(app.db, app.newId, request.shopId, request.body)).map((r) => r.category) }),
  );
};
