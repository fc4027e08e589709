import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Journal, PendingEntry } from '../modules/requests/journal.js';
/** Sub-requests of /api/batch carry the batch's entry id, trusted only with the batch secret (rate-limit.ts). */
export declare const BATCH_ENTRY_HEADER = "x-cartline-batch-entry";
/** Set by Cartline's web console on its requests, so that the journal can tell them apart (filter[client]). */
export declare const CLIENT_HEADER = "x-cartline-client";
/** The client of a request without the header. */
export declare const DEFAULT_CLIENT = "api";
declare module 'fastify' {
    interface FastifyRequest {
        /** The body's text as received (kept only when the journal is on). */
        journalBody: string | undefined;
        /** What was sent back (onSend's payload). */
        journalPayload: string | Buffer | undefined;
        /** The journal entry's id, minted early when sub-requests must name it (a batch). */
        journalId: string | undefined;
    }
    interface FastifyContextConfig {
        /** false: the route's requests are not journaled (the journal's own reads, a reset). */
        journal?: boolean;
    }
}
/** The journal entry id of this request, minted now if it has none yet. */
export declare function journalEntryId(app: FastifyInstance, request: FastifyRequest): string;
/** The entry of an answered (or dropped) request. */
export declare function pendingEntry(app: FastifyInstance, request: FastifyRequest, status: number | null, durationMs: number): PendingEntry;
/** A token sent in the query string (some clients do) is not kept either. */
export declare function redactQuery(url: string): string;
/** Adds the hooks that feed `journal`; nothing at all when it is off. */
export declare function registerJournalHooks(app: FastifyInstance, journal: Journal): void;
