import { Socket } from 'node:net';
import { STATUS_CODES } from 'node:http';
import * as repo from '../modules/faults/faults.repository.js';
/** `*` matches any characters (slashes included); everything else literally. */
export function compilePattern(path) {
    return new RegExp(`^${path.split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
}
export function toRule(row) {
    const int = (value) => (value === null ? null : Number(value));
    return {
        id: String(row.id),
        method: row.method,
        pattern: compilePattern(row.path),
        status: int(row.status),
        drop: Boolean(row.drop_connection),
        latencyMs: int(row.latency_ms),
        retryAfter: int(row.retry_after),
        probability: Number(row.probability),
        counted: row.remaining !== null,
    };
}
const MAX_ACCOUNTS = 10_000;
/** The rules of each account this process has served, with the revision they were loaded at. */
export class FaultRuleCache {
    db;
    byAccount = new Map();
    constructor(db) {
        this.db = db;
    }
    cached(accountId, revision) {
        const found = this.byAccount.get(accountId);
        return found?.revision === revision ? found.rules : undefined;
    }
    async load(accountId, revision) {
        const rules = (await repo.listLiveFaults(this.db, accountId)).map(toRule);
        if (this.byAccount.size >= MAX_ACCOUNTS)
            this.byAccount.clear();
        this.byAccount.set(accountId, { revision, rules });
        return rules;
    }
}
/** MailerLite's error bodies; a status it has no words for is named as HTTP names it. */
export function faultBody(status) {
    switch (status) {
        case 401:
            return { message: 'Unauthenticated.' };
        case 404:
            return { message: 'Resource not found.' };
        case 422:
            return { message: 'The given data was invalid.', errors: { fault: ['This answer was injected by a Cartline fault rule.'] } };
        case 429:
            return { message: 'Too Many Attempts.' };
        case 500:
            return { message: 'Server Error' };
        case 503:
            return { message: 'Service Unavailable.' };
        default:
            return { message: `${STATUS_CODES[status] ?? 'Error'}.` };
    }
}
const CARTLINE_PATH = /^\/api\/cartline(\/|\?|$)/;
/** The onRequest hook (after authentication) that applies the account's rules. Callback-style: most accounts have none. */
export function createFaultHook(options) {
    const { cache, db, log } = options;
    /** The first matching rule whose draw (and, with a count, whose firing in the database) succeeds. */
    async function pick(request, candidates) {
        for (const rule of candidates) {
            if (Math.random() >= rule.probability)
                continue;
            if (!rule.counted)
                return rule;
            const remaining = await repo.takeFiring(db, request.accountId, rule.id);
            if (remaining === undefined)
                continue;
            if (remaining === 0)
                await repo.bumpFaultsRevision(db, request.accountId);
            return rule;
        }
        return undefined;
    }
    function apply(request, reply, done, rule) {
        request.faultId = rule.id;
        const act = () => {
            if (rule.drop) {
                options.dropped(request, reply, rule);
                request.raw.socket.destroy();
                return;
            }
            if (rule.status === null)
                return done();
            reply.code(rule.status).header('x-cartline-fault', rule.id);
            if (rule.retryAfter !== null)
                reply.header('retry-after', String(rule.retryAfter));
            if (rule.status === 429) {
                reply.header('x-ratelimit-limit', String(options.rateLimit)).header('x-ratelimit-remaining', '0');
                if (rule.retryAfter !== null)
                    reply.header('x-ratelimit-reset', String(Math.floor(Date.now() / 1000) + rule.retryAfter));
            }
            reply.type('application/json').send(faultBody(rule.status));
        };
        if (rule.latencyMs === null)
            act();
        else
            setTimeout(act, rule.latencyMs);
    }
    function decide(request, reply, done, rules) {
        if (rules.length === 0)
            return done();
        const path = request.url.split('?', 1)[0];
        // A dropped connection needs a real one: a batch's sub-requests run in-process (app.inject).
        const real = request.raw.socket instanceof Socket;
        const candidates = rules.filter((rule) => (rule.method === '*' || rule.method === request.method) && (real || !rule.drop) && rule.pattern.test(path));
        if (candidates.length === 0)
            return done();
        pick(request, candidates).then((rule) => (rule === undefined ? done() : apply(request, reply, done, rule)), (error) => {
            // A rule that cannot be counted does not fire; the request is served as usual.
            log.warn({ err: error }, 'fault rules: a firing could not be counted');
            done();
        });
    }
    return function injectFaults(request, reply, done) {
        const revision = request.faultsRevision;
        if (revision === '0' || revision === '' || CARTLINE_PATH.test(request.url))
            return done();
        const rules = cache.cached(request.accountId, revision);
        if (rules !== undefined)
            return decide(request, reply, done, rules);
        cache.load(request.accountId, revision).then((loaded) => decide(request, reply, done, loaded), (error) => {
            log.warn({ err: error }, 'fault rules could not be loaded: serving without them');
            done();
        });
    };
}
//# sourceMappingURL=faults.js.map