// 64-bit, time-ordered ids (snowflake layout): 41 bits of milliseconds since 2020-01-01, 10 bits of worker,
// 12 bits of sequence. Always handled as decimal strings: a JS number would silently lose digits.
const EPOCH = 1577836800000n;
const MAX_SEQUENCE = 0xfffn;
const MAX_ID = (1n << 63n) - 1n;
export function createIdGenerator(workerId, clock = Date.now) {
    if (!Number.isInteger(workerId) || workerId < 0 || workerId > 1023) {
        throw new RangeError(`worker id must be 0..1023, got ${workerId}`);
    }
    const worker = BigInt(workerId) << 12n;
    let lastMs = 0n;
    let sequence = 0n;
    return () => {
        let now = BigInt(clock());
        // A clock that steps back must not produce an id lower than one already handed out.
        if (now < lastMs)
            now = lastMs;
        if (now === lastMs) {
            sequence = (sequence + 1n) & MAX_SEQUENCE;
            // 4096 ids in one millisecond: borrow the next millisecond rather than wait for it.
            if (sequence === 0n)
                now = lastMs + 1n;
        }
        else {
            sequence = 0n;
        }
        lastMs = now;
        return (((now - EPOCH) << 22n) | worker | sequence).toString();
    };
}
/**
 * A path or body id as the database can take it: a decimal digit string within signed 64 bits, without
 * leading zeros. Anything else can match no row, so callers answer 404 (path) or 422 (body).
 */
export function parseId(value) {
    if (typeof value === 'number') {
        // Only integers a JS number holds exactly; larger ones arrive as strings from the lossless body parser.
        return Number.isSafeInteger(value) && value > 0 ? String(value) : null;
    }
    if (typeof value !== 'string' || !/^[1-9]\d{0,18}$/.test(value))
        return null;
    // Only 19-digit values can pass 2^63-1; shorter ones skip the BigInt (imports parse thousands of ids).
    return value.length < 19 || BigInt(value) <= MAX_ID ? value : null;
}
/** Numeric order of two ids from parseId (no leading zeros): shorter is smaller, then digit by digit. */
export function compareIds(a, b) {
    return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}
/** The smallest id minted at or after `ms` (epoch milliseconds): ids are time-ordered, so a time is an id bound. */
export function firstIdAt(ms) {
    const since = BigInt(Math.max(0, Math.floor(ms))) - EPOCH;
    return (since <= 0n ? 0n : since << 22n).toString();
}
//# sourceMappingURL=ids.js.map