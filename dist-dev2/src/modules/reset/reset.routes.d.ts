import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
/**
 * POST /api/cartline/reset: empties the account (a known state for each test run), its tokens kept. Refused
 * unless CARTLINE_ALLOW_RESET=true, so that it can never empty a production store by accident. Not journaled:
 * the emptied journal starts with the requests after it.
 */
export declare const resetRoutes: FastifyPluginAsyncTypebox;
