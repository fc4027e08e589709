import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
/** GET sub-requests carry their parameters in `body`: {limit: 0, filter: {status: "active"}} -> limit=0&filter[status]=active. */
export declare function toQueryString(value: unknown, prefix?: string): string[];
export declare const batchRoutes: FastifyPluginAsyncTypebox;
