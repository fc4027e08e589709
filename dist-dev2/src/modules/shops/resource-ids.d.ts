import type { IdGenerator } from '../../db/ids.js';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
declare module 'fastify' {
    interface FastifyRequest {
        /** The request carried ?with_resource_id. */
        withResourceId: boolean;
    }
}
/** Whether the query has the flag: present with no value (or any value) counts; the query may hold others. */
export declare function hasQueryFlag(request: FastifyRequest, flag: string): boolean;
/** Replaces path ids given as resource ids by Cartline ids; one that names nothing can match nothing (404). */
export declare function translatePathIds(app: FastifyInstance, request: FastifyRequest): Promise<void>;
/** With the flag, answers are serialized by the extended schema, compiled once per route and status. */
export declare function useResourceSerializer(request: FastifyRequest, reply: FastifyReply): void;
/** The flags MailerLite's WooCommerce plugin adds to product writes. */
export declare function productWriteOptions(request: FastifyRequest, newId: IdGenerator): {
    byResourceId: boolean;
    replaceCategories: boolean;
    events: import("../events/outbox.js").EventSource;
};
