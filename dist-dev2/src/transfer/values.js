/** A refusal the user can act on: printed as its message alone, exit code 1. */
export class TransferError extends Error {
}
export class ValueError extends TransferError {
}
const ID = /^-?\d{1,19}$/;
/** A value as a driver returned it, in its portable form. */
export function toPortable(column, value) {
    if (value === null || value === undefined)
        return null;
    switch (column.kind) {
        case 'bigint':
            if (typeof value === 'bigint')
                return value.toString();
            if (typeof value === 'string' && ID.test(value))
                return value;
            break;
        case 'integer':
            if (typeof value === 'number' && Number.isSafeInteger(value))
                return value;
            if (typeof value === 'bigint' && value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER))
                return Number(value);
            break;
        case 'boolean':
            if (typeof value === 'boolean')
                return value;
            if (value === 0n || value === 1n || value === 0 || value === 1)
                return value === 1n || value === 1;
            break;
        case 'float':
            if (typeof value === 'number' && Number.isFinite(value))
                return value;
            if (typeof value === 'bigint')
                return Number(value);
            break;
        case 'text':
            if (typeof value === 'string')
                return value;
            break;
        case null:
            throw new ValueError(`column ${column.name} has type ${column.type}, which export and copy do not carry (src/db/catalog.repository.ts)`);
    }
    throw new ValueError(`column ${column.name} (${column.type}) holds ${typeof value} ${String(value)}, which has no exact portable form`);
}
/** Whether a value read from a document is a valid portable value for the column (null where it is nullable). */
export function isPortable(column, value) {
    if (value === null)
        return column.nullable;
    switch (column.kind) {
        case 'bigint':
            return typeof value === 'string' && ID.test(value) && BigInt(value) < 2n ** 63n && BigInt(value) >= -(2n ** 63n);
        case 'integer':
            return typeof value === 'number' && Number.isSafeInteger(value);
        case 'boolean':
            return typeof value === 'boolean';
        case 'float':
            return typeof value === 'number' && Number.isFinite(value);
        case 'text':
            return typeof value === 'string';
        default:
            return false;
    }
}
export function describeKind(column) {
    switch (column.kind) {
        case 'bigint':
            return 'a 64-bit integer as a string of digits';
        case 'integer':
            return 'an integer';
        case 'boolean':
            return 'true or false';
        case 'float':
            return 'a number';
        case 'text':
            return 'a string';
        default:
            return `a value of type ${column.type}`;
    }
}
//# sourceMappingURL=values.js.map