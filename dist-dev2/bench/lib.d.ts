import { type ChildProcess } from 'node:child_process';
export declare const TOKEN: string;
/** Whether a signal is stopping the run (what fails meanwhile is its doing). */
export declare function interrupted(): boolean;
/** Runs `cleanup` if the process is interrupted before `release` is called. */
export declare function onInterrupt(cleanup: () => Promise<void> | void): () => void;
export interface Target {
    label: string;
    /** A fresh, empty database for one run; `drop` removes it. */
    fresh(): Promise<{
        url: string;
        drop: () => Promise<void>;
    }>;
    /**
     * After a bulk load: brings the planner's statistics up to date, as the database would by itself soon after
     * (PostgreSQL's autovacuum analyzes changed tables within about a minute), so that what is measured is the
     * steady state, not a race with autovacuum. SQLite keeps no statistics unless asked: nothing to do.
     */
    analyze(url: string): Promise<void>;
}
export declare const sqliteTarget: Target;
/**
 * Each run gets a database of its own on the server of `base` (created through `base`, which needs the right to
 * create databases), named cartline_bench_<time>_<pid>, and drops it at the end or when interrupted: the database
 * of `base` itself is never written to, so other users of it (tests, other runs) see nothing.
 */
export declare function postgresTarget(base: string): Target;
export declare function freePort(): Promise<number>;
/** VmHWM is the peak resident set so far, VmRSS the current one. */
export declare function memoryMiB(pid: number, field: 'VmHWM' | 'VmRSS'): number;
/**
 * Waits until the server has done the work a load generator left it: wrk stops on time, but the requests it
 * had in flight are still answered, to nobody, and would run into the next measurement (the ceiling's). A
 * /healthz probe queues behind them (on PostgreSQL its query waits for the pool behind theirs), then the
 * process must stay idle (under 5% of a core) for two 200 ms samples in a row. Answers the milliseconds waited.
 */
export declare function settle(server: {
    child: ChildProcess;
    base: string;
}, limitMs?: number): Promise<number>;
export declare function startServer(url: string, env?: Record<string, string>): Promise<{
    child: ChildProcess;
    base: string;
}>;
export declare function api(base: string, path: string, body: string): Promise<any>;
export declare function median(values: number[]): number;
export declare const fmt: (n: number) => string;
/** The product every benchmark writes: name, price, links, descriptions and two of the shop's (20) categories. */
export declare function benchProduct(i: number, categoryIds: string[]): {
    name: string;
    price: number;
    url: string;
    image: string;
    exclude_from_automations: boolean;
    short_description: string;
    description: string;
    categories: string[];
};
