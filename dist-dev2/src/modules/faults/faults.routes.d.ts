import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
/** /api/cartline/faults: the account's injected faults (src/http/faults.ts applies them). */
export declare const faultRoutes: FastifyPluginAsyncTypebox;
