import type { Database } from '../../db/schema.js';
import type { IdGenerator } from '../../db/ids.js';
import * as repo from './faults.repository.js';
import type { Fault, FaultBody } from './faults.schemas.js';
export declare const FAULT_METHODS: readonly ["*", "GET", "POST", "PUT", "PATCH", "DELETE", "HEAD"];
/** Cartline's own endpoints: a rule never applies there, so it cannot lock its owner out of deleting it. */
export declare const CARTLINE_PREFIX = "/api/cartline";
export declare function toFaultResponse(row: repo.FaultRow): Fault;
export declare function listFaults(db: Database, accountId: string): Promise<Fault[]>;
export declare function createFault(db: Database, newId: IdGenerator, accountId: string, body: FaultBody): Promise<Fault>;
export declare function deleteFault(db: Database, accountId: string, rawId: string): Promise<void>;
