import { Socket } from 'node:net';
import { STATUS_CODES } from 'node:http';
import type { FastifyBaseLogger, FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
import type { Database } from '../db/schema.js';
import * as repo from '../modules/faults/faults.repository.js';

// Injected faults (/api/cartline/faults): an account's rules answer its matching requests with an error
// status, drop their connection, or delay them, so that a developer can watch their integration retry.
//
// Rules are kept per process and account, with the account's `faults_revision` (migration 0010) that every
// change of its rules bumps and that authentication reads with the token, in the query it makes anyway
// (src/http/auth.ts). So an account without rules (revision 0) costs nothing at all, one with rules costs a
// map lookup, and a rule created or deleted through any process applies to the very next request of every
// process. (A TTL would have cost a query per account and period, and left a rule unseen for that period:
// a developer creating a rule and then running a test at once would see it miss.) A rule with a count is
// decremented in the database when it fires, so its count is shared by all processes; its last firing bumps
// the revision, and every process drops it.

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
export function compilePattern(path: string): RegExp {
  return new RegExp(`^${path.split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
}

export function toRule(row: repo.FaultRow): FaultRule {
  const int = (value: number | bigint | string | null) => (value === null ? null : Number(value));
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
  private readonly byAccount = new Map<string, { revision: string; rules: FaultRule[] }>();

  constructor(private readonly db: Database) {}

  cached(accountId: string, revision: string): FaultRule[] | undefined {
    const found = this.byAccount.get(accountId);
    return found?.revision === revision ? found.rules : undefined;
  }

  async load(accountId: string, revision: string): Promise<FaultRule[]> {
    const rules = (await repo.listLiveFaults(this.db, accountId)).map(toRule);
    if (this.byAccount.size >= MAX_ACCOUNTS) this.byAccount.clear();
    this.byAccount.set(accountId, { revision, rules });
    return rules;
  }
}

/** MailerLite's error bodies; a status it has no words for is named as HTTP names it. */
export function faultBody(status: number): object {
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

export interface FaultHookOptions {
  cache: FaultRuleCache;
  db: Database;
  rateLimit: number;
  log: FastifyBaseLogger;
  /** Called for a dropped connection, which has no answer (and so no onResponse) to journal. */
  dropped(request: FastifyRequest, reply: FastifyReply, rule: FaultRule): void;
}

/** The onRequest hook (after authentication) that applies the account's rules. Callback-style: most accounts have none. */
export function createFaultHook(options: FaultHookOptions) {
  const { cache, db, log } = options;

  /** The first matching rule whose draw (and, with a count, whose firing in the database) succeeds. */
  async function pick(request: FastifyRequest, candidates: FaultRule[]): Promise<FaultRule | undefined> {
    for (const rule of candidates) {
      if (Math.random() >= rule.probability) continue;
      if (!rule.counted) return rule;
      const remaining = await repo.takeFiring(db, request.accountId, rule.id);
      if (remaining === undefined) continue;
      if (remaining === 0) await repo.bumpFaultsRevision(db, request.accountId);
      return rule;
    }
    return undefined;
  }

  function apply(request: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction, rule: FaultRule): void {
    request.faultId = rule.id;
    const act = () => {
      if (rule.drop) {
        options.dropped(request, reply, rule);
        request.raw.socket.destroy();
        return;
      }
      if (rule.status === null) return done();
      reply.code(rule.status).header('x-cartline-fault', rule.id);
      if (rule.retryAfter !== null) reply.header('retry-after', String(rule.retryAfter));
      if (rule.status === 429) {
        reply.header('x-ratelimit-limit', String(options.rateLimit)).header('x-ratelimit-remaining', '0');
        if (rule.retryAfter !== null) reply.header('x-ratelimit-reset', String(Math.floor(Date.now() / 1000) + rule.retryAfter));
      }
      reply.type('application/json').send(faultBody(rule.status));
    };
    if (rule.latencyMs === null) act();
    else setTimeout(act, rule.latencyMs);
  }

  function decide(request: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction, rules: FaultRule[]): void {
    if (rules.length === 0) return done();
    const path = request.url.split('?', 1)[0]!;
    // A dropped connection needs a real one: a batch's sub-requests run in-process (app.inject).
    const real = request.raw.socket instanceof Socket;
    const candidates = rules.filter((rule) => (rule.method === '*' || rule.method === request.method) && (real || !rule.drop) && rule.pattern.test(path));
    if (candidates.length === 0) return done();
    pick(request, candidates).then(
      (rule) => (rule === undefined ? done() : apply(request, reply, done, rule)),
      (error: unknown) => {
        // A rule that cannot be counted does not fire; the request is served as usual.
        log.warn({ err: error }, 'fault rules: a firing could not be counted');
        done();
      },
    );
  }

  return function injectFaults(request: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction): void {
    const revision = request.faultsRevision;
    if (revision === '0' || revision === '' || CARTLINE_PATH.test(request.url)) return done();
    const rules = cache.cached(request.accountId, revision);
    if (rules !== undefined) return decide(request, reply, done, rules);
    cache.load(request.accountId, revision).then(
      (loaded) => decide(request, reply, done, loaded),
      (error: unknown) => {
        log.warn({ err: error }, 'fault rules could not be loaded: serving without them');
        done();
      },
    );
  };
}
