import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { listPath } from '../../http/pagination.js';
import { DataResponse, errorResponses } from '../../http/schemas.js';
import { Subscriber, SubscriberList, SubscriberListQuery, SubscriberParams } from './subscribers.schemas.js';
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
    '/:id_or_email',
    {
      schema: { tags, summary: 'Fetch a subscriber by id or email', params: SubscriberParams, response: { 200: DataResponse(Subscriber), ...errorResponses } },
    },
    async (request) => ({ data: await subscribers.getSubscriber(app.db, request.accountId, request.params.id_or_email) }),
  );
};
