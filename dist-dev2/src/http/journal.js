import { parseId } from '../db/ids.js';
import { BATCH_HEADER } from './rate-limit.js';
// What the request journal (src/modules/requests) sees of a request: hooks that hand each authenticated
// request under /api/ over to the journal once it has been answered. On the request's path they only keep
// references (the body text the parser read, the payload sent); cutting, cleaning and writing happen later,
// in the journal's batches. The Authorization header is never looked at here: only the user agent and
// Cartline's own client header are kept of the headers.
/** Sub-requests of /api/batch carry the batch's entry id, trusted only with the batch secret (rate-limit.ts). */
export const BATCH_ENTRY_HEADER = 'x-cartline-batch-entry';
/** Set by Cartline's web console on its requests, so that the journal can tell them apart (filter[client]). */
export const CLIENT_HEADER = 'x-cartline-client';
/** The client of a request without the header. */
export const DEFAULT_CLIENT = 'api';
/** The journal entry id of this request, minted now if it has none yet. */
export function journalEntryId(app, request) {
    return (request.journalId ??= app.newId());
}
function headerText(value, max) {
    const text = Array.isArray(value) ? value.join(', ') : value;
    return text === undefined || text === '' ? null : text.slice(0, max);
}
/** The entry of an answered (or dropped) request. */
export function pendingEntry(app, request, status, durationMs) {
    const headers = request.headers;
    const trusted = headers[BATCH_HEADER] === app.rateLimiting.batchSecret;
    const rawShop = request.params?.shop_id;
    return {
        id: journalEntryId(app, request),
        account_id: request.accountId,
        batch_id: trusted ? parseId(headers[BATCH_ENTRY_HEADER]) : null,
        shop_id: typeof rawShop === 'string' ? parseId(rawShop) : null,
        at: Date.now() - durationMs,
        method: request.method,
        path: redactQuery(request.url),
        status,
        duration_ms: durationMs,
        client: headerText(headers[CLIENT_HEADER], 50) ?? DEFAULT_CLIENT,
        user_agent: headerText(headers['user-agent'], 1000),
        request: request.journalBody,
        response: request.journalPayload,
        fault_id: request.faultId,
    };
}
const TOKEN_PARAMETER = /([?&](?:token|api_key|apikey|access_token|key)=)[^&]*/gi;
/** A token sent in the query string (some clients do) is not kept either. */
export function redactQuery(url) {
    return url.includes('=') ? url.replace(TOKEN_PARAMETER, '$1[redacted]') : url;
}
/** Adds the hooks that feed `journal`; nothing at all when it is off. */
export function registerJournalHooks(app, journal) {
    if (!journal.enabled)
        return;
    const errorsOnly = journal.options.mode === 'errors';
    const journaled = (request) => request.accountId !== '' && request.routeOptions.config.journal !== false && request.url.startsWith('/api/');
    app.addHook('onSend', (request, _reply, payload, done) => {
        if (typeof payload === 'string' || Buffer.isBuffer(payload))
            request.journalPayload = payload;
        done(null, payload);
    });
    app.addHook('onResponse', (request, reply, done) => {
        if (journaled(request) && (!errorsOnly || reply.statusCode >= 400 || request.faultId !== null)) {
            journal.record(pendingEntry(app, request, reply.statusCode, reply.elapsedTime));
        }
        done();
    });
}
//# sourceMappingURL=journal.js.map