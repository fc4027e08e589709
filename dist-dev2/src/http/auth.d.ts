import type { FastifyRequest } from 'fastify';
import type { Database } from '../db/schema.js';
export declare class FailedAuthTracker {
    private readonly clock;
    private readonly failures;
    constructor(clock?: () => number);
    /** Records a failure from this address and answers how long its answer should wait, in ms. */
    record(address: string): number;
    private prune;
}
export declare function createAuthHook(db: Database, tracker?: FailedAuthTracker): (request: FastifyRequest) => Promise<void>;
