import Type from 'typebox';
import { listOrCount, listPath } from '../../http/pagination.js';
import { DataResponse, errorResponses, ListResponse } from '../../http/schemas.js';
import { Group, GroupBody, GroupListQuery, GroupParams } from './groups.schemas.js';
import * as groups from './groups.service.js';
import { GroupSubscriberListQuery, SubscriberList } from '../subscribers/subscribers.schemas.js';
import { listGroupSubscribers } from '../subscribers/subscribers.service.js';
/** Outside e-commerce MailerLite lists 25 a page. */
const GROUPS_PER_PAGE = 25;
export const groupRoutes = async (app) => {
    const tags = ['Groups'];
    app.get('/', { schema: { tags, summary: 'List groups (filter[name], sort)', querystring: GroupListQuery, response: { 200: ListResponse(Group), ...errorResponses } } }, async (request) => {
        const { sort } = request.query;
        const filter = {
            name: request.query['filter[name]'],
            sort: sort?.replace(/^-/, ''),
            descending: sort?.startsWith('-') ?? false,
        };
        return listOrCount(request.query, GROUPS_PER_PAGE, listPath(request, app.config.publicUrl), () => groups.countGroups(app.db, request.accountId, filter), (page) => groups.listGroups(app.db, request.accountId, page.offset, page.limit, filter));
    });
    app.post('/', { schema: { tags, summary: 'Create a group', body: GroupBody, response: { 201: DataResponse(Group), ...errorResponses } } }, async (request, reply) => reply.code(201).send({ data: await groups.createGroup(app.db, app.newId, request.accountId, request.body) }));
    app.get('/:group_id', { schema: { tags, summary: 'Fetch a group', params: GroupParams, response: { 200: DataResponse(Group), ...errorResponses } } }, async (request) => ({ data: await groups.getGroup(app.db, request.accountId, request.params.group_id) }));
    app.put('/:group_id', { schema: { tags, summary: 'Rename a group', params: GroupParams, body: GroupBody, response: { 200: DataResponse(Group), ...errorResponses } } }, async (request) => ({ data: await groups.updateGroup(app.db, request.accountId, request.params.group_id, request.body) }));
    app.delete('/:group_id', { schema: { tags, summary: 'Delete a group (204, as MailerLite)', params: GroupParams, response: { 204: Type.Null(), ...errorResponses } } }, async (request, reply) => {
        await groups.deleteGroup(app.db, request.accountId, request.params.group_id);
        return reply.code(204).send(null);
    });
    app.get('/:group_id/subscribers', {
        schema: { tags, summary: "A group's subscribers (cursor paginated; active unless filter[status])", params: GroupParams, querystring: GroupSubscriberListQuery, response: { 200: SubscriberList, ...errorResponses } },
    }, async (request) => listGroupSubscribers(app.db, request.accountId, request.params.group_id, request.query, listPath(request, app.config.publicUrl)));
};
//# sourceMappingURL=groups.routes.js.map