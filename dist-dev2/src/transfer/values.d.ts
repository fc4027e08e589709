import type { ColumnInfo } from '../db/catalog.repository.js';
export type Portable = string | number | boolean | null;
/** A refusal the user can act on: printed as its message alone, exit code 1. */
export declare class TransferError extends Error {
}
export declare class ValueError extends TransferError {
}
/** A value as a driver returned it, in its portable form. */
export declare function toPortable(column: ColumnInfo, value: unknown): Portable;
/** Whether a value read from a document is a valid portable value for the column (null where it is nullable). */
export declare function isPortable(column: ColumnInfo, value: unknown): value is Portable;
export declare function describeKind(column: ColumnInfo): string;
