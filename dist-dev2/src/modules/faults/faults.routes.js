import Type from 'typebox';
import { DataResponse, errorResponses } from '../../http/schemas.js';
import { Fault, FaultBody, FaultParams } from './faults.schemas.js';
import * as faults from './faults.service.js';
/** /api/cartline/faults: the account's injected faults (src/http/faults.ts applies them). */
export const faultRoutes = async (app) => {
    const tags = ['Cartline: faults'];
    app.get('/', { schema: { tags, summary: "The account's fault rules, oldest first (expired ones with remaining 0)", response: { 200: DataResponse(Type.Array(Fault)), ...errorResponses } } }, async (request) => ({ data: await faults.listFaults(app.db, request.accountId) }));
    app.post('/', { schema: { tags, summary: 'Create a fault rule', body: FaultBody, response: { 201: DataResponse(Fault), ...errorResponses } } }, async (request, reply) => reply.code(201).send({ data: await faults.createFault(app.db, app.newId, request.accountId, request.body) }));
    app.delete('/:fault_id', { schema: { tags, summary: 'Delete a fault rule (204)', params: FaultParams, response: { 204: Type.Null(), ...errorResponses } } }, async (request, reply) => {
        await faults.deleteFault(app.db, request.accountId, request.params.fault_id);
        return reply.code(204).send(null);
    });
};
//# sourceMappingURL=faults.routes.js.map