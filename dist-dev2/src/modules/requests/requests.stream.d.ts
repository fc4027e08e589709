import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Journal } from './journal.js';
export declare class LiveTails {
    private readonly open;
    /** Ends every stream: the server is closing. */
    closeAll(): void;
    serve(app: FastifyInstance, journal: Journal, request: FastifyRequest, reply: FastifyReply): void;
}
