import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { listRoute } from '../../http/pagination.js';
import { DataResponse, errorResponses } from '../../http/schemas.js';
import { Group, GroupBody, GroupParams } from './groups.schemas.js';
import * as groups from './groups.service.js';
import { listPath } from '../../http/pagination.js';
import { GroupSubscriberListQuery, SubscriberList } from '../subscribers/subscribers.schemas.js';
import { listGroupSubscribers } from '../subscribers/subscribers.service.js';

/** Outside e-commerce MailerLite lists 25 a page. */
const GROUPS_PER_PAGE = 25;

export const groupRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['Groups'];

  listRoute(app, {
    tags,
    summary: 'List groups',
    item: Group,
    perPage: GROUPS_PER_PAGE,
    count: (request) => groups.countGroups(app.db, request.accountId),
    list: (request, page) => groups.listGroups(app.db, request.accountId, page.offset, page.limit),
  });

  app.post(
    '/',
    { schema: { tags, summary: 'Create a group', body: GroupBody, response: { 201: DataResponse(Group), ...errorResponses } } },
    async (request, reply) => reply.code(201).send({ data: await groups.createGroup(app.db, app.newId, request.accountId, request.body) }),
  );

  app.get(
    '/:group_id',
    { schema: { tags, summary: 'Fetch a group', params: GroupParams, response: { 200: DataResponse(Group), ...errorResponses } } },
    async (request) => ({ data: await groups.getGroup(app.db, request.accountId, request.params.group_id) }),
  );

  app.put(
    '/:group_id',
    { schema: { tags, summary: 'Rename a group', params: GroupParams, body: GroupBody, response: { 200: DataResponse(Group), ...errorResponses } } },
    async (request) => ({ data: await groups.updateGroup(app.db, request.accountId, request.params.group_id, request.body) }),
  );

  app.delete(
    '/:group_id',
    { schema: { tags, summary: 'Delete a group (204, as MailerLite)', params: GroupParams, response: { 204: Type.Null(), ...errorResponses } } },
    async (request, reply) => {
      await groups.deleteGroup(app.db, request.accountId, request.params.group_id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/:group_id/subscribers',
    {
      schema: { tags, summary: "A group's subscribers (cursor paginated; active unless filter[status])", params: GroupParams, querystring: GroupSubscriberListQuery, response: { 200: SubscriberList, ...errorResponses } },
    },
    async (request) => listGroupSubscribers(app.db, request.accountId, request.params.group_id, request.query, listPath(request, app.config.publicUrl)),
  );
};
