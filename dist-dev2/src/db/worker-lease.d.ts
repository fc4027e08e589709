import type { DatabaseHandle } from './database.js';
import { type IdGenerator } from './ids.js';
export declare const WORKER_IDS = 1024;
export declare class WorkerIdTakenError extends Error {
    name: string;
}
export interface LeaseOptions {
    /** CARTLINE_WORKER_ID: this number or none; null or undefined takes the lowest free one. */
    workerId?: number | null;
    ttlMs?: number;
    /** How often the lease is renewed; a quarter of the lease by default. */
    heartbeatMs?: number;
    /** Problems renewing (the database away, the lease lost and replaced): for the log. */
    warn?: (message: string, error?: unknown) => void;
}
export interface WorkerLease {
    /** The number held now (it changes only if the lease was lost and another one taken). */
    readonly workerId: number;
    /** Ids minted with the number held now. */
    readonly newId: IdGenerator;
    /** Stops the heartbeat and frees the number for other processes. */
    release(): Promise<void>;
}
/** Leases a worker number in this database and answers an id generator that uses it, renewed until released. */
export declare function leaseWorkerId(database: DatabaseHandle, options?: LeaseOptions): Promise<WorkerLease>;
