import Type from 'typebox';
import { buildPage, listPath, pageRequest } from '../../http/pagination.js';
import { DataResponse, errorResponses, ListResponse } from '../../http/schemas.js';
import { Field, FieldCreateBody, FieldListQuery, FieldParams, FieldUpdateBody, FieldWritten } from './fields.schemas.js';
import * as fields from './fields.service.js';
/** MailerLite's docs show 100 fields a page; its WooCommerce plugin reads only the first page (spec B5). */
const FIELDS_PER_PAGE = 100;
export const fieldRoutes = async (app) => {
    const tags = ['Fields'];
    app.get('/', { schema: { tags, summary: 'List fields (filter[keyword], filter[type], sort)', querystring: FieldListQuery, response: { 200: ListResponse(Field), ...errorResponses } } }, async (request) => {
        const all = await fields.findFields(app.db, request.accountId, request.query);
        const page = pageRequest(request.query, FIELDS_PER_PAGE);
        if (page === null)
            return { total: all.length };
        return buildPage(all.slice(page.offset, page.offset + page.limit), all.length, page, listPath(request, app.config.publicUrl));
    });
    app.post('/', { schema: { tags, summary: 'Create a field', body: FieldCreateBody, response: { 201: DataResponse(FieldWritten), ...errorResponses } } }, async (request, reply) => reply.code(201).send({ data: await fields.createField(app.db, app.newId, request.accountId, request.body) }));
    app.put('/:field_id', { schema: { tags, summary: 'Rename a field (its key stays)', params: FieldParams, body: FieldUpdateBody, response: { 200: DataResponse(FieldWritten), ...errorResponses } } }, async (request) => ({ data: await fields.renameField(app.db, request.accountId, request.params.field_id, request.body) }));
    app.delete('/:field_id', { schema: { tags, summary: 'Delete a field (204)', params: FieldParams, response: { 204: Type.Null(), ...errorResponses } } }, async (request, reply) => {
        await fields.deleteField(app.db, request.accountId, request.params.field_id);
        return reply.code(204).send(null);
    });
};
//# sourceMappingURL=fields.routes.js.map