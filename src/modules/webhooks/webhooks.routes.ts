import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { listOrCount, listPath } from '../../http/pagination.js';
import { DataResponse, errorResponses, ListResponse, PageQuery } from '../../http/schemas.js';
import { Delivery, DeliveryParams, Webhook, WebhookCreateBody, WebhookListQuery, WebhookParams, WebhookUpdateBody } from './webhooks.schemas.js';
import * as webhooks from './webhooks.service.js';
import * as deliveries from './deliveries.service.js';

/** Outside e-commerce MailerLite lists 25 a page. */
const PER_PAGE = 25;

/** MailerLite's webhooks API: /api/webhooks. */
export const webhookRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['Webhooks'];

  app.get(
    '/',
    { schema: { tags, summary: 'List webhooks', querystring: WebhookListQuery, response: { 200: ListResponse(Webhook), ...errorResponses } } },
    async (request) =>
      listOrCount(
        request.query,
        PER_PAGE,
        listPath(request, app.config.publicUrl),
        () => webhooks.countWebhooks(app.db, request.accountId),
        (page) => webhooks.listWebhooks(app.db, request.accountId, page.offset, page.limit),
      ),
  );

  app.post(
    '/',
    { schema: { tags, summary: 'Create a webhook (its secret is made by Cartline)', body: WebhookCreateBody, response: { 201: DataResponse(Webhook), ...errorResponses } } },
    async (request, reply) => reply.code(201).send({ data: await webhooks.createWebhook(app.db, app.newId, request.accountId, request.body) }),
  );

  app.get(
    '/:webhook_id',
    { schema: { tags, summary: 'Fetch a webhook', params: WebhookParams, response: { 200: DataResponse(Webhook), ...errorResponses } } },
    async (request) => ({ data: await webhooks.getWebhook(app.db, request.accountId, request.params.webhook_id) }),
  );

  app.put(
    '/:webhook_id',
    { schema: { tags, summary: 'Update a webhook (what is sent)', params: WebhookParams, body: WebhookUpdateBody, response: { 200: DataResponse(Webhook), ...errorResponses } } },
    async (request) => ({ data: await webhooks.updateWebhook(app.db, request.accountId, request.params.webhook_id, request.body) }),
  );

  app.delete(
    '/:webhook_id',
    { schema: { tags, summary: 'Delete a webhook (204, as MailerLite)', params: WebhookParams, response: { 204: Type.Null(), ...errorResponses } } },
    async (request, reply) => {
      await webhooks.deleteWebhook(app.db, request.accountId, request.params.webhook_id);
      return reply.code(204).send(null);
    },
  );
};

/** Cartline's own: the deliveries log of a webhook and redelivery, /api/cartline/webhooks. */
export const webhookDeliveryRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const tags = ['Cartline: webhooks'];

  app.get(
    '/:webhook_id/deliveries',
    { schema: { tags, summary: "A webhook's deliveries, newest first, each with its events and attempts", params: WebhookParams, querystring: PageQuery, response: { 200: ListResponse(Delivery), ...errorResponses } } },
    async (request) =>
      listOrCount(
        request.query,
        PER_PAGE,
        listPath(request, app.config.publicUrl),
        () => deliveries.countDeliveries(app.db, request.accountId, request.params.webhook_id),
        (page) => deliveries.listDeliveries(app.db, request.accountId, request.params.webhook_id, page.offset, page.limit),
      ),
  );

  app.post(
    '/:webhook_id/deliveries/:delivery_id/redeliver',
    { schema: { tags, summary: 'Send the events of a delivery again (a new delivery, due now)', params: DeliveryParams, response: { 201: DataResponse(Delivery), ...errorResponses } } },
    async (request, reply) => {
      const delivery = await deliveries.redeliver(app.db, app.newId, request.accountId, request.params.webhook_id, request.params.delivery_id);
      app.dispatcher?.nudge();
      return reply.code(201).send({ data: delivery });
    },
  );
};
