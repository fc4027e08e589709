import { requestEventSource } from '../events/outbox.js';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { listPath } from '../../http/pagination.js';
import { DataResponse, errorResponses } from '../../http/schemas.js';
import Type from 'typebox';
import { Group } from '../groups/groups.schemas.js';
import {
  ForgottenSubscriber,
  MembershipParams,
  Subscriber,
  SubscriberIdParams,
  SubscriberList,
  SubscriberListQuery,
  SubscriberParams,
  SubscriberUpdateBody,
  SubscriberUpsertBody,
} from './subscribers.schemas.js';
import * as subscribers from './subscribers.service.js';

export const subscriberRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['Subscribers'];

  app.get(
    '/',
    {
      schema: {
        tags,
        summary: 'List subscribers (cursor paginated)',
        querystring: SubscriberListQuery,
        response: { 200: SubscriberList, ...errorResponses },
      },
    },
    async (request) => subscribers.listSubscribers(app.db, request.accountId, request.query, listPath(request, app.config.publicUrl)),
  );

  app.get(
    '/:id',
    {
      schema: { tags, summary: 'Fetch a subscriber by id or email', params: SubscriberParams, response: { 200: DataResponse(Subscriber), ...errorResponses } },
    },
    async (request) => ({ data: await subscribers.getSubscriber(app.db, request.accountId, request.params.id) }),
  );

  app.post(
    '/',
    {
      schema: {
        tags,
        summary: 'Create a subscriber (201), or update the one with this email (200)',
        body: SubscriberUpsertBody,
        response: { 200: DataResponse(Subscriber), 201: DataResponse(Subscriber), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { created, subscriber } = await subscribers.upsertSubscriber(app.db, requestEventSource(request, app.newId), request.body);
      return reply.code(created ? 201 : 200).send({ data: subscriber });
    },
  );

  app.put(
    '/:id',
    { schema: { tags, summary: 'Update a subscriber', params: SubscriberIdParams, body: SubscriberUpdateBody, response: { 200: DataResponse(Subscriber), ...errorResponses } } },
    async (request) => ({ data: await subscribers.updateSubscriber(app.db, requestEventSource(request, app.newId), request.params.id, request.body) }),
  );

  app.delete(
    '/:id',
    { schema: { tags, summary: 'Delete a subscriber (204)', params: SubscriberIdParams, response: { 204: Type.Null(), ...errorResponses } } },
    async (request, reply) => {
      await subscribers.deleteSubscriber(app.db, request.accountId, request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/:id/forget',
    { schema: { tags, summary: 'Forget a subscriber (deleted at once)', params: SubscriberIdParams, response: { 200: ForgottenSubscriber, ...errorResponses } } },
    async (request) => subscribers.forgetSubscriber(app.db, request.accountId, request.params.id),
  );

  app.post(
    '/:id/groups/:group_id',
    { schema: { tags, summary: 'Add a subscriber to a group; answers the group', params: MembershipParams, response: { 200: DataResponse(Group), ...errorResponses } } },
    async (request) => ({ data: await subscribers.assignToGroup(app.db, request.accountId, request.params.id, request.params.group_id) }),
  );

  app.delete(
    '/:id/groups/:group_id',
    { schema: { tags, summary: 'Remove a subscriber from a group (204)', params: MembershipParams, response: { 204: Type.Null(), ...errorResponses } } },
    async (request, reply) => {
      await subscribers.unassignFromGroup(app.db, request.accountId, request.params.id, request.params.group_id);
      return reply.code(204).send(null);
    },
  );
};
