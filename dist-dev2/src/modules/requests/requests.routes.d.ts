import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
/**
 * /api/cartline/requests: the account's request journal. Reading it is not journaled itself (a console
 * polling it would fill the journal with its own reads, each holding the entries it read). Each read first
 * writes what this process still holds, so that a request is listed as soon as it was answered.
 */
export declare const requestRoutes: FastifyPluginAsyncTypebox;
