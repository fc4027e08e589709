import { STATUS_CODES } from 'node:http';
import { parseId } from '../../db/ids.js';
import { FieldErrorCollector, NotFoundError } from '../../http/errors.js';
import { inTransaction } from '../../db/transaction.js';
import { now } from '../../time.js';
import * as repo from './faults.repository.js';
export const FAULT_METHODS = ['*', 'GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD'];
/** Cartline's own endpoints: a rule never applies there, so it cannot lock its owner out of deleting it. */
export const CARTLINE_PREFIX = '/api/cartline';
export function toFaultResponse(row) {
    const int = (value) => (value === null ? null : Number(value));
    return {
        id: String(row.id),
        method: row.method,
        path: row.path,
        status: int(row.status),
        drop: Boolean(row.drop_connection),
        latency_ms: int(row.latency_ms),
        retry_after: int(row.retry_after),
        probability: Number(row.probability),
        count: int(row.count),
        remaining: int(row.remaining),
        created_at: row.created_at,
    };
}
export async function listFaults(db, accountId) {
    return (await repo.listFaults(db, accountId)).map(toFaultResponse);
}
export async function createFault(db, newId, accountId, body) {
    const errors = new FieldErrorCollector();
    const method = (body.method ?? '*').toUpperCase();
    if (!FAULT_METHODS.includes(method))
        errors.add('method', 'The selected method is invalid.');
    const { path } = body;
    if (!path.startsWith('/api/'))
        errors.add('path', 'The path must start with /api/.');
    else if (/[?#\s]/.test(path))
        errors.add('path', 'The path must be a path pattern: no query string, fragment or spaces.');
    else if (path === CARTLINE_PREFIX || path.startsWith(`${CARTLINE_PREFIX}/`))
        errors.add('path', 'Fault rules never apply to /api/cartline/.');
    const { status } = body;
    if (status !== undefined && (status < 400 || status > 599 || STATUS_CODES[status] === undefined)) {
        errors.add('status', 'The status must be a known HTTP error status (400 to 599).');
    }
    const drop = body.drop ?? false;
    if (drop && status !== undefined)
        errors.add('drop', 'A rule answers a status or drops the connection, not both.');
    if (status === undefined && !drop && body.latency_ms === undefined) {
        errors.add('status', 'The status field is required when none of drop / latency ms are present.');
    }
    errors.throwIfAny();
    const count = body.count ?? null;
    const row = {
        id: newId(),
        account_id: accountId,
        method,
        path,
        status: status ?? null,
        drop_connection: drop,
        latency_ms: body.latency_ms ?? null,
        retry_after: status === 429 || status === 503 ? (body.retry_after ?? 1) : null,
        probability: body.probability ?? 1,
        count,
        remaining: count,
        created_at: now(),
    };
    await inTransaction(db, async (trx) => {
        await repo.insertFault(trx, row);
        await repo.bumpFaultsRevision(trx, accountId);
    });
    return toFaultResponse(row);
}
export async function deleteFault(db, accountId, rawId) {
    const id = parseId(rawId);
    const deleted = id !== null &&
        (await inTransaction(db, async (trx) => {
            const found = await repo.deleteFault(trx, accountId, id);
            if (found)
                await repo.bumpFaultsRevision(trx, accountId);
            return found;
        }));
    if (!deleted)
        throw new NotFoundError();
}
//# sourceMappingURL=faults.service.js.map