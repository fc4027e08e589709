import Type from 'typebox';
import { StringEnum } from '../../http/schemas.js';
export const BATCH_MAX_REQUESTS = 50;
export const BatchBody = Type.Object({
    requests: Type.Array(Type.Object({
        method: StringEnum(['GET', 'POST', 'PUT', 'DELETE', 'PATCH']),
        // Relative to the API root, as MailerLite takes it: "api/..."; a leading slash was accepted in real traffic.
        path: Type.String({ pattern: '^/?api/', maxLength: 2048 }),
        body: Type.Optional(Type.Unknown({ description: 'The body of the sub-request; for GET, its query parameters' })),
    }), { minItems: 1, maxItems: BATCH_MAX_REQUESTS }),
});
export const BatchResult = Type.Object({
    total: Type.Integer(),
    successful: Type.Integer(),
    failed: Type.Integer(),
    responses: Type.Array(Type.Object({ code: Type.Integer(), body: Type.Unknown() })),
});
//# sourceMappingURL=batch.schemas.js.map