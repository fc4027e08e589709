import { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { Config } from './config.js';
import type { DatabaseHandle } from './db/database.js';
import type { Database } from './db/schema.js';
import type { IdGenerator } from './db/ids.js';
import { FragmentCache } from './http/fragments.js';
import { Metrics } from './http/metrics.js';
import { type RateLimiting } from './http/rate-limit.js';
import { Journal } from './modules/requests/journal.js';
import { LiveTails } from './modules/requests/requests.stream.js';
import type { Revisions } from './modules/accounts/accounts.repository.js';
import { Dispatcher } from './modules/webhooks/dispatcher.js';
import { CartSweeper } from './modules/carts/abandonment.sweeper.js';
declare module 'fastify' {
    interface FastifyInstance {
        config: Config;
        db: Database;
        database: DatabaseHandle;
        newId: IdGenerator;
        rateLimiting: RateLimiting;
        /** Answers kept between requests, checked against the database's revisions (src/http/fragments.ts). */
        fragments: FragmentCache;
        /** Delivers recorded events to webhooks (src/modules/webhooks/dispatcher.ts); undefined when turned off. */
        dispatcher: Dispatcher | undefined;
        /** The abandoned-cart sweeper of this process (src/modules/carts/abandonment.sweeper.ts). */
        cartSweeper: CartSweeper;
        /** The request journal's writer (src/modules/requests/journal.ts). */
        journal: Journal;
        /** Open live tails of the journal, ended when the server closes. */
        liveTails: LiveTails;
        /** What GET /metrics reports; features add their own metrics to it (src/http/metrics.ts). */
        metrics: Metrics;
    }
    interface FastifyRequest {
        /** The account of the Bearer token; set for every route under /api/. */
        accountId: string;
        /** On routes under a shop the account owns: the revisions read with the token (migration 0007). */
        revisions: Revisions | undefined;
    }
}
export interface AppOptions {
    /** Overrides for Fastify's own options (tests pass `logger: false`). */
    fastify?: FastifyServerOptions;
    /** Mints ids with a worker number no other live process of the database holds (src/db/worker-lease.ts). */
    newId: IdGenerator;
    /** Where log lines go; stdout unless given (tests read the lines). */
    logDestination?: NodeJS.WritableStream;
}
export declare const VERSION = "0.1.0";
export declare function buildApp(config: Config, database: DatabaseHandle, options: AppOptions): Promise<FastifyInstance>;
