import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.js';
/** Batch sub-requests carry this header with a secret of this process: a batch counts as one request. */
export declare const BATCH_HEADER = "x-cartline-batch";
export type RateLimitStore = 'off' | 'memory' | 'redis' | 'redis unavailable';
export interface RateLimiting {
    batchSecret: string;
    store(): RateLimitStore;
}
/** `onRefused` is called for every request answered 429 (counted for GET /metrics). */
export declare function registerRateLimit(app: FastifyInstance, config: Config, onRefused?: () => void): Promise<RateLimiting>;
