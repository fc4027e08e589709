import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { answerOne, dependsOn, type FragmentKind } from '../../http/fragments.js';
import { listRoute } from '../../http/pagination.js';
import { ShopParams } from '../shops/shops.schemas.js';
import { DataResponse, errorResponses, ImportBody } from '../../http/schemas.js';
import { productWriteOptions } from '../shops/resource-ids.js';
import { Product, ProductCategoriesBody, ProductCreateBody, ProductParams, ProductUpdateBody } from './products.schemas.js';
import * as products from './products.service.js';

export const productRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['Products'];
  const kept: FragmentKind<Product> = {
    name: 'product',
    schema: Product,
    revision: dependsOn.catalog,
    load: (request, ids) => products.loadProducts(app.db, request.shopId, ids),
  };

  listRoute(app, {
    tags,
    summary: "List a shop's products, or count them with limit=0; filter[name] searches by name (Cartline)",
    params: ShopParams,
    item: Product,
    count: (request) => products.countProducts(app.db, request.shopId),
    list: (request, page) => products.listProducts(app.db, request.shopId, page.offset, page.limit, page.total),
    kept: { kind: kept, ids: (request, page) => products.listProductIds(app.db, request.shopId, page.offset, page.limit, page.total) },
    search: { table: 'products', filters: { 'filter[name]': { column: 'name', match: 'part', description: 'Cartline: products whose name contains this, in any case' } } },
  });

  app.post(
    '/',
    {
      schema: {
        tags,
        summary: 'Create a product; a resource_id the shop already has updates that product (200)',
        params: ShopParams,
        body: ProductCreateBody,
        response: { 200: DataResponse(Product), 201: DataResponse(Product), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { product, created } = await products.createProduct(app.db, app.newId, request.shopId, request.body, productWriteOptions(request, app.newId));
      return reply.code(created ? 201 : 200).send({ data: product });
    },
  );

  app.get(
    '/:product_id',
    { schema: { tags, summary: 'Fetch a product', params: ProductParams, response: { 200: DataResponse(Product), ...errorResponses } } },
    async (request, reply) =>
      answerOne(app.fragments, request, reply, kept, request.params.product_id, () => products.getProduct(app.db, request.shopId, request.params.product_id)),
  );

  app.put(
    '/:product_id',
    {
      schema: {
        tags,
        summary: 'Update a product (partial)',
        params: ProductParams,
        body: ProductUpdateBody,
        response: { 200: DataResponse(Product), ...errorResponses },
      },
    },
    async (request) => ({
      data: await products.updateProduct(app.db, request.shopId, request.params.product_id, request.body, productWriteOptions(request, app.newId)),
    }),
  );

  app.delete(
    '/:product_id',
    { schema: { tags, summary: 'Delete a product', params: ProductParams, response: { 200: DataResponse(Product), ...errorResponses } } },
    async (request) => ({ data: await products.deleteProduct(app.db, request.shopId, request.params.product_id, productWriteOptions(request, app.newId)) }),
  );

  app.post(
    '/import',
    {
      schema: {
        tags,
        summary: 'Import products (all or nothing); categories as ids, strings or numbers',
        params: ShopParams,
        body: ImportBody(ProductCreateBody),
        response: { 200: DataResponse(Type.Array(Product)), ...errorResponses },
      },
    },
    async (request) => {
      const results = await products.importProducts(app.db, app.newId, request.shopId, request.body, undefined, productWriteOptions(request, app.newId));
      return { data: results.map((result) => result.product) };
    },
  );

  app.put(
    '/:product_id/categories/multiple',
    {
      schema: {
        tags,
        summary: "Set (replace: true) or add to a product's categories in one call",
        params: ProductParams,
        body: ProductCategoriesBody,
        response: { 200: DataResponse(Product), ...errorResponses },
      },
    },
    async (request) => ({
      data: await products.setProductCategories(app.db, request.shopId, request.params.product_id, request.body, productWriteOptions(request, app.newId)),
    }),
  );
};
