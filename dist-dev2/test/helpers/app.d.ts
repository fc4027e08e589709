import type { FastifyInstance, InjectOptions } from 'fastify';
import { type Config } from '../../src/config.js';
import { type DatabaseHandle } from '../../src/db/database.js';
export declare const dialect: string;
export interface TestResponse {
    status: number;
    headers: Record<string, string | string[] | number | undefined>;
    body: any;
    text: string;
}
export interface TestContext {
    app: FastifyInstance;
    database: DatabaseHandle;
    config: Config;
    /** A token of account "alice". */
    token: string;
    /** A token of a second account, "mallory", for isolation tests. */
    otherToken: string;
    /** On PostgreSQL, the schema this file's database lives in. */
    schema: string | undefined;
    request(method: InjectOptions['method'], url: string, body?: unknown, options?: {
        token?: string | null;
        headers?: Record<string, string>;
    }): Promise<TestResponse>;
    /**
     * Another app on the same database, as a second server process would be: requests as the first account. It
     * runs in a thread of its own, with its own connection(s), so that its transactions overlap the first app's
     * on SQLite too (one thread's synchronous SQLite connections run each transaction whole, one at a time).
     */
    secondInstance(): Promise<TestContext['request']>;
}
/** `logDestination`: where the app's log lines go (tests read them); with LOG_LEVEL set in `env` to see any. */
export declare function setup(env?: Record<string, string>, options?: {
    logDestination?: NodeJS.WritableStream;
}): Promise<TestContext>;
