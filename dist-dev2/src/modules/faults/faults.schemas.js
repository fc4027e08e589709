import Type from 'typebox';
import { IdString, IntegerOrNull, LooseBoolean, RequiredString, Timestamp } from '../../http/schemas.js';
/** A fault rule as answered. */
export const Fault = Type.Object({
    id: IdString,
    method: Type.String({ description: 'An HTTP method, or * for any' }),
    path: Type.String({ description: 'A path pattern under /api/; * matches any characters, / included' }),
    status: IntegerOrNull,
    drop: Type.Boolean({ description: 'The connection is closed without an answer' }),
    latency_ms: IntegerOrNull,
    retry_after: IntegerOrNull,
    probability: Type.Number(),
    count: IntegerOrNull,
    remaining: IntegerOrNull,
    created_at: Timestamp,
});
export const FaultBody = Type.Object({
    method: Type.Optional(Type.String({ maxLength: 10, description: 'GET, POST, PUT, PATCH, DELETE, HEAD, or * (the default)' })),
    path: RequiredString({ maxLength: 1000 }),
    status: Type.Optional(Type.Integer({ description: 'The status to answer: 429, 500, 502, 503, or any other 4xx/5xx' })),
    drop: Type.Optional(LooseBoolean),
    latency_ms: Type.Optional(Type.Integer({ minimum: 1, maximum: 60_000, description: 'Added before the answer' })),
    retry_after: Type.Optional(Type.Integer({ minimum: 0, maximum: 86_400, description: 'Retry-After of a 429 or 503, in seconds (default 1)' })),
    probability: Type.Optional(Type.Number({ minimum: 0, maximum: 1, description: 'Of each matching request (default 1)' })),
    count: Type.Optional(Type.Integer({ minimum: 1, maximum: 1_000_000_000, description: 'Times the rule fires before it expires (default: never expires)' })),
});
export const FaultParams = Type.Object({ fault_id: Type.String() });
//# sourceMappingURL=faults.schemas.js.map