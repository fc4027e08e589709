/** Base of everything the client throws on its own account. */
export class CartlineError extends Error {
    name = 'CartlineError';
}
/** The API answered with a status of 400 or above. */
export class CartlineApiError extends CartlineError {
    status;
    method;
    url;
    headers;
    name = 'CartlineApiError';
    /** The answer's parsed JSON body, or its text when it was not JSON. */
    body;
    /** Field errors of a 422 (`errors`), `{}` on other statuses. */
    errors;
    constructor(status, message, body, method, url, headers) {
        super(message);
        this.status = status;
        this.method = method;
        this.url = url;
        this.headers = headers;
        this.body = body;
        const errors = body?.errors;
        this.errors = errors !== null && typeof errors === 'object' && !Array.isArray(errors) ? errors : {};
    }
}
/** 401: no token, or one the server does not know. */
export class CartlineUnauthenticatedError extends CartlineApiError {
    name = 'CartlineUnauthenticatedError';
}
/** 404: the record (or the shop above it) is not there, or belongs to another account. */
export class CartlineNotFoundError extends CartlineApiError {
    name = 'CartlineNotFoundError';
}
/** 422: the request was refused field by field; `errors` names each field's problems. */
export class CartlineValidationError extends CartlineApiError {
    name = 'CartlineValidationError';
}
/** 429 after the retries: `retryAfter` is the server's Retry-After in seconds, when it sent one. */
export class CartlineRateLimitError extends CartlineApiError {
    name = 'CartlineRateLimitError';
    get retryAfter() {
        const seconds = retryAfterMs(this.headers.get('retry-after'));
        return seconds === undefined ? undefined : seconds / 1000;
    }
}
/** One attempt took longer than the timeout; it was aborted. */
export class CartlineTimeoutError extends CartlineError {
    method;
    url;
    timeoutMs;
    name = 'CartlineTimeoutError';
    constructor(method, url, timeoutMs) {
        super(`${method} ${url} took longer than ${timeoutMs} ms`);
        this.method = method;
        this.url = url;
        this.timeoutMs = timeoutMs;
    }
}
/** No answer at all: the connection was refused or broke. */
export class CartlineConnectionError extends CartlineError {
    method;
    url;
    name = 'CartlineConnectionError';
    constructor(method, url, cause) {
        super(`${method} ${url} failed: ${cause?.message ?? String(cause)}`, { cause });
        this.method = method;
        this.url = url;
    }
}
export function apiError(status, body, method, url, headers) {
    const text = body?.message;
    const message = typeof text === 'string' ? text : `${method} ${url} answered ${status}`;
    const Class = status === 401
        ? CartlineUnauthenticatedError
        : status === 404
            ? CartlineNotFoundError
            : status === 422
                ? CartlineValidationError
                : status === 429
                    ? CartlineRateLimitError
                    : CartlineApiError;
    return new Class(status, message, body, method, url, headers);
}
/** Retry-After as milliseconds: a number of seconds, or an HTTP date (RFC 9110 allows both). */
export function retryAfterMs(value) {
    if (value === null || value.trim() === '')
        return undefined;
    if (/^\d+(\.\d+)?$/.test(value.trim()))
        return Number(value) * 1000;
    const at = Date.parse(value);
    return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}
//# sourceMappingURL=errors.js.map