import { parseId } from '../db/ids.js';
import { authenticate } from '../modules/accounts/accounts.service.js';
import { UnauthenticatedError } from './errors.js';
// Bearer tokens on everything under /api/. Repeated failures from one address are answered more and more
// slowly, so that tokens cannot be guessed at speed: the first FREE_FAILURES a minute cost nothing, each one
// after that STEP_MS more, up to MAX_DELAY_MS. Kept in this process (a guesser spread over several
// processes is slowed by each).
const WINDOW_MS = 60_000;
const FREE_FAILURES = 10;
const STEP_MS = 100;
const MAX_DELAY_MS = 3_000;
const MAX_TRACKED = 10_000;
export class FailedAuthTracker {
    clock;
    failures = new Map();
    constructor(clock = Date.now) {
        this.clock = clock;
    }
    /** Records a failure from this address and answers how long its answer should wait, in ms. */
    record(address) {
        const now = this.clock();
        let entry = this.failures.get(address);
        if (entry === undefined || now - entry.since > WINDOW_MS) {
            if (this.failures.size >= MAX_TRACKED)
                this.prune(now);
            entry = { count: 0, since: now };
            this.failures.set(address, entry);
        }
        entry.count += 1;
        return Math.min(MAX_DELAY_MS, Math.max(0, entry.count - FREE_FAILURES) * STEP_MS);
    }
    prune(now) {
        for (const [address, entry] of this.failures)
            if (now - entry.since > WINDOW_MS)
                this.failures.delete(address);
        // Still full of fresh entries: forget the oldest rather than grow without bound.
        if (this.failures.size >= MAX_TRACKED)
            this.failures.delete(this.failures.keys().next().value);
    }
}
export function createAuthHook(db, tracker = new FailedAuthTracker()) {
    return async function authenticateRequest(request) {
        if (!request.url.startsWith('/api/'))
            return;
        const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
        const rawShopId = request.params?.shop_id;
        const shopId = rawShopId === undefined ? undefined : parseId(rawShopId);
        const found = match?.[1] ? await authenticate(db, match[1], shopId) : undefined;
        if (found === undefined) {
            const delay = tracker.record(request.ip);
            if (delay > 0)
                await new Promise((resolve) => setTimeout(resolve, delay));
            throw new UnauthenticatedError();
        }
        request.accountId = found.accountId;
        request.faultsRevision = found.faultsRevision;
        // On a route under a shop, the same lookup checked the path's shop: request.shopId is set only when the
        // account owns it (the shop scope answers 404 otherwise).
        if (found.ownsShop)
            request.shopId = shopId;
        request.revisions = found.revisions;
    };
}
//# sourceMappingURL=auth.js.map