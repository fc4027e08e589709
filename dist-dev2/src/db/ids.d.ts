export type IdGenerator = () => string;
export declare function createIdGenerator(workerId: number, clock?: () => number): IdGenerator;
/**
 * A path or body id as the database can take it: a decimal digit string within signed 64 bits, without
 * leading zeros. Anything else can match no row, so callers answer 404 (path) or 422 (body).
 */
export declare function parseId(value: unknown): string | null;
/** Numeric order of two ids from parseId (no leading zeros): shorter is smaller, then digit by digit. */
export declare function compareIds(a: string, b: string): number;
/** The smallest id minted at or after `ms` (epoch milliseconds): ids are time-ordered, so a time is an id bound. */
export declare function firstIdAt(ms: number): string;
