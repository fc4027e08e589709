import Type from 'typebox';
import { listRoute } from '../../http/pagination.js';
import { DataResponse, errorResponses } from '../../http/schemas.js';
import { Product, ProductReduced } from '../products/products.schemas.js';
import * as products from '../products/products.service.js';
import { AssignProductBody, CategoryParams, CategoryProductParams } from './categories.schemas.js';
export const categoryProductRoutes = async (app) => {
    const tags = ['Category products'];
    listRoute(app, {
        tags,
        summary: "List a category's products (reduced form), or count them with limit=0",
        params: CategoryParams,
        item: ProductReduced,
        count: (request) => products.countProductsInCategory(app.db, request.shopId, request.params.category_id),
        list: (request, page) => products.listProductsInCategory(app.db, request.shopId, request.params.category_id, page.offset, page.limit),
    });
    app.post('/', {
        schema: {
            tags,
            summary: 'Assign a product to the category (idempotent)',
            params: CategoryParams,
            body: AssignProductBody,
            response: { 200: DataResponse(Product), ...errorResponses },
        },
    }, async (request) => ({
        data: await products.assignProductToCategory(app.db, request.shopId, request.params.category_id, request.body.product_id),
    }));
    app.delete('/:product_id', {
        schema: {
            tags,
            summary: 'Unassign a product from the category',
            params: CategoryProductParams,
            response: { 204: Type.Null(), ...errorResponses },
        },
    }, async (request, reply) => {
        const { category_id, product_id } = request.params;
        await products.unassignProductFromCategory(app.db, request.shopId, category_id, product_id);
        return reply.code(204).send(null);
    });
};
//# sourceMappingURL=category-products.routes.js.map