import type { FastifyBaseLogger, FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
import type { Database } from '../db/schema.js';
import * as repo from '../modules/faults/faults.repository.js';
declare module 'fastify' {
    interface FastifyRequest {
        /** Read with the token: the revision of the account's fault rules; '0' when it never had any. */
        faultsRevision: string;
        /** The rule that answered this request in Cartline's place (the journal marks it injected). */
        faultId: string | null;
    }
}
export interface FaultRule {
    id: string;
    method: string;
    pattern: RegExp;
    status: number | null;
    drop: boolean;
    latencyMs: number | null;
    retryAfter: number | null;
    probability: number;
    counted: boolean;
}
/** `*` matches any characters (slashes included); everything else literally. */
export declare function compilePattern(path: string): RegExp;
export declare function toRule(row: repo.FaultRow): FaultRule;
/** The rules of each account this process has served, with the revision they were loaded at. */
export declare class FaultRuleCache {
    private readonly db;
    private readonly byAccount;
    constructor(db: Database);
    cached(accountId: string, revision: string): FaultRule[] | undefined;
    load(accountId: string, revision: string): Promise<FaultRule[]>;
}
/** MailerLite's error bodies; a status it has no words for is named as HTTP names it. */
export declare function faultBody(status: number): object;
export interface FaultHookOptions {
    cache: FaultRuleCache;
    db: Database;
    rateLimit: number;
    log: FastifyBaseLogger;
    /** Called for a dropped connection, which has no answer (and so no onResponse) to journal. */
    dropped(request: FastifyRequest, reply: FastifyReply, rule: FaultRule): void;
}
/** The onRequest hook (after authentication) that applies the account's rules. Callback-style: most accounts have none. */
export declare function createFaultHook(options: FaultHookOptions): (request: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction) => void;
