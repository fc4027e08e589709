import type { FastifyBaseLogger } from 'fastify';
import type { IdGenerator } from '../../db/ids.js';
import type { Database } from '../../db/schema.js';
import * as repo from './abandonment.repository.js';
export interface SweepResult {
    closed: number;
    abandoned: number;
    recovered: number;
    lapsed: number;
}
export interface SweeperOptions {
    db: Database;
    newId: IdGenerator;
    defaults: repo.Defaults;
    log: FastifyBaseLogger;
    /** Seconds between runs. */
    interval: number;
}
/** One run of the four steps, at `at` (the sweeper's clock; tests pass their own). */
export declare function sweepCarts(db: Database, newId: IdGenerator, defaults: repo.Defaults, at?: Date): Promise<SweepResult>;
/** Runs sweepCarts every `interval` seconds, never two runs at once; unref'd, so it never keeps a process alive. */
export declare class CartSweeper {
    private readonly options;
    private timer;
    private running;
    constructor(options: SweeperOptions);
    start(): void;
    /** A run now, unless one is under way (then that one). */
    runOnce(): Promise<void>;
    /** Stops the timer and waits for a run under way. */
    stop(): Promise<void>;
}
