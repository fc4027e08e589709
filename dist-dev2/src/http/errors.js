export class NotFoundError extends Error {
    name = 'NotFoundError';
    constructor(message = 'Resource not found.') {
        super(message);
    }
}
export class ValidationError extends Error {
    errors;
    name = 'ValidationError';
    /** `message`: MailerLite words some refusals itself ("Field name must be unique") in place of Laravel's line. */
    constructor(errors, message = 'The given data was invalid.') {
        super(message);
        this.errors = errors;
    }
    static field(field, message) {
        return new ValidationError({ [field]: [message] });
    }
}
export class UnauthenticatedError extends Error {
    name = 'UnauthenticatedError';
    constructor() {
        super('Unauthenticated.');
    }
}
/** A request the account may not make here (a reset where CARTLINE_ALLOW_RESET is not true). */
export class ForbiddenError extends Error {
    name = 'ForbiddenError';
}
export class MethodNotAllowedError extends Error {
    allowed;
    name = 'MethodNotAllowedError';
    constructor(method, allowed) {
        super(`The ${method} method is not supported for this route. Supported methods: ${allowed.join(', ')}.`);
        this.allowed = allowed;
    }
}
/**
 * A row this request found or wrote a moment ago is not there (a concurrent delete, or a write that lost a race):
 * answered like a constraint violation, a 422 asking to retry, never a 500 or a silently dropped row.
 */
export class ConcurrentChangeError extends Error {
    name = 'ConcurrentChangeError';
}
/** The value, or a ConcurrentChangeError naming what was missing: for lookups that a race alone can make empty. */
export function present(value, what) {
    if (value === undefined || value === null)
        throw new ConcurrentChangeError(`${what} is not there`);
    return value;
}
/** Collects field errors across a whole request so that the 422 lists every problem at once. */
export class FieldErrorCollector {
    errors = {};
    add(field, message) {
        (this.errors[field] ??= []).push(message);
    }
    get empty() {
        return Object.keys(this.errors).length === 0;
    }
    throwIfAny() {
        if (!this.empty)
            throw new ValidationError(this.errors);
    }
}
/** '/cart/items/0' -> 'cart.items.0' (JSON pointer unescaped). */
function pointerToKey(pointer) {
    return pointer
        .split('/')
        .slice(1)
        .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
        .join('.');
}
/** Laravel names an attribute by its key with underscores as spaces. */
function attribute(key) {
    return key.replace(/_/g, ' ');
}
function typeMessage(name, type) {
    const t = Array.isArray(type) ? type.find((x) => x !== 'null') : type;
    switch (t) {
        case 'string':
            return `The ${name} must be a string.`;
        case 'integer':
            return `The ${name} must be an integer.`;
        case 'number':
            return `The ${name} must be a number.`;
        case 'boolean':
            return `The ${name} field must be true or false.`;
        case 'array':
            return `The ${name} must be an array.`;
        case 'object':
            return `The ${name} must be an object.`;
        default:
            return `The ${name} is invalid.`;
    }
}
/** A field can carry its own wording for "missing", as MailerLite's docs do ("The name must be provided."). */
export const REQUIRED_MESSAGE = 'x-required-message';
/** A request number must be finite (see FiniteNumber in schemas.ts); the keyword's value is its type's name. */
export const FINITE = 'x-finite';
function messageFor(error, key) {
    const name = attribute(key);
    const p = error.params;
    switch (error.keyword) {
        case 'required':
            return `The ${name} field is required.`;
        case 'type':
            return typeMessage(name, p.type);
        case 'x-boolean':
            return `The ${name} field must be true or false.`;
        case FINITE:
            return typeMessage(name, p.type);
        case 'minLength':
            return p.limit === 1 ? `The ${name} field is required.` : `The ${name} must be at least ${p.limit} characters.`;
        case 'maxLength':
            return `The ${name} must not be greater than ${p.limit} characters.`;
        case 'minimum':
            return `The ${name} must be at least ${p.limit}.`;
        case 'exclusiveMinimum':
            return `The ${name} must be greater than ${p.limit}.`;
        case 'maximum':
            return `The ${name} must not be greater than ${p.limit}.`;
        case 'minItems':
            return p.limit === 1 ? `The ${name} field is required.` : `The ${name} must have at least ${p.limit} items.`;
        case 'maxItems':
            return `The ${name} must not have more than ${p.limit} items.`;
        case 'enum':
        case 'const':
            return `The selected ${name} is invalid.`;
        case 'pattern':
            return `The ${name} format is invalid.`;
        case 'format':
            return p.format === 'email' ? `The ${name} must be a valid email address.` : `The ${name} format is invalid.`;
        default:
            return `The ${name} is invalid.`;
    }
}
export function schemaErrorsToFields(errors) {
    const fields = {};
    for (const error of errors) {
        const base = pointerToKey(error.instancePath);
        const key = error.keyword === 'required' ? (base ? `${base}.${String(error.params.missingProperty)}` : String(error.params.missingProperty)) : base;
        let message = messageFor(error, key || 'body');
        if (error.keyword === 'required' || (error.keyword === 'minLength' && error.params.limit === 1)) {
            // The custom wording lives on the missing property's own schema.
            const own = error.keyword === 'required'
                ? error.parentSchema?.properties?.[String(error.params.missingProperty)]
                : error.parentSchema;
            if (typeof own?.[REQUIRED_MESSAGE] === 'string')
                message = own[REQUIRED_MESSAGE];
        }
        const list = (fields[key || 'body'] ??= []);
        if (!list.includes(message))
            list.push(message);
    }
    return fields;
}
// ---- Database constraint violations ----------------------------------------------------------------------
export function isConstraintViolation(error) {
    const code = error?.code;
    // PostgreSQL: 23xxx integrity constraint violation. SQLite: SQLITE_CONSTRAINT_*.
    return typeof code === 'string' && (/^23\d{3}$/.test(code) || code.startsWith('SQLITE_CONSTRAINT'));
}
/**
 * The database cannot be reached or is busy: a passing condition, answered 503 with Retry-After so that
 * clients (MailerLite's SDKs retry 5xx) come back, rather than a 500.
 */
export function isDatabaseUnavailable(error) {
    const { code, message } = (error ?? {});
    if (typeof code === 'string') {
        // Sockets; PostgreSQL class 08 (connection exception), 57P01-57P03 (shutdown, cannot connect now);
        // SQLite busy or locked past busy_timeout, or a file it cannot open.
        if (/^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENOTFOUND|EHOSTUNREACH|EPIPE)$/.test(code))
            return true;
        if (/^08/.test(code) || /^57P0[123]$/.test(code))
            return true;
        // PostgreSQL serialization failure, deadlock, lock not available: the transaction was rolled back whole
        // and the same request can simply be sent again.
        if (/^(40001|40P01|55P03)$/.test(code))
            return true;
        if (/^SQLITE_(BUSY|LOCKED|CANTOPEN)/.test(code))
            return true;
    }
    // pg's own messages when a pool cannot get or keep a connection.
    return typeof message === 'string' && /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error)/.test(message);
}
// ---- The one error handler ---------------------------------------------------------------------------------
function send(reply, status, body) {
    return reply.code(status).type('application/json').send(body);
}
export function handleError(error, request, reply) {
    if (error instanceof ValidationError) {
        return send(reply, 422, { message: error.message, errors: error.errors });
    }
    if (error instanceof NotFoundError)
        return send(reply, 404, { message: error.message });
    if (error instanceof UnauthenticatedError)
        return send(reply, 401, { message: error.message });
    if (error instanceof ForbiddenError)
        return send(reply, 403, { message: error.message });
    if (error instanceof MethodNotAllowedError) {
        reply.header('allow', error.allowed.join(', '));
        return send(reply, 405, { message: error.message });
    }
    const fastifyError = error;
    if (fastifyError.validation) {
        const fields = schemaErrorsToFields(fastifyError.validation);
        return send(reply, 422, { message: 'The given data was invalid.', errors: fields });
    }
    switch (fastifyError.code) {
        case 'FST_ERR_CTP_BODY_TOO_LARGE':
            return send(reply, 413, { message: 'The request body is too large.' });
        case 'FST_ERR_CTP_INVALID_JSON_BODY':
        case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
            return send(reply, 400, { message: 'The request body is not valid JSON.' });
    }
    if (isDatabaseUnavailable(error)) {
        request.log.warn({ err: error }, 'database unavailable');
        reply.header('retry-after', '5');
        return send(reply, 503, { message: 'Service Unavailable.' });
    }
    const code = error.code;
    if (code === '22021' || code === '22P05') {
        // Text PostgreSQL cannot encode (a NUL that slipped past the body check): the client's input, not our fault.
        return send(reply, 400, { message: 'The request contains text that cannot be stored (such as a NUL character).' });
    }
    if (isConstraintViolation(error) || error instanceof ConcurrentChangeError) {
        // A concurrent change removed or took something this request relied on after it was checked.
        request.log.warn({ err: error }, 'concurrent change');
        return send(reply, 422, {
            message: 'The given data was invalid.',
            errors: { data: ['The given data conflicts with a concurrent change; please retry.'] },
        });
    }
    const status = fastifyError.statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) {
        // Fastify's own client errors (bad headers, aborted bodies, ...): keep the status, never HTML.
        return send(reply, status, { message: fastifyError.message });
    }
    request.log.error({ err: error }, 'unhandled error');
    return send(reply, 500, { message: 'Server Error' });
}
//# sourceMappingURL=errors.js.map