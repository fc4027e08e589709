import type { Static } from 'typebox';
import type { ValidationFailure } from '../http/schemas.js';
export type FieldErrors = Static<typeof ValidationFailure>['errors'];
/** Base of everything the client throws on its own account. */
export declare class CartlineError extends Error {
    name: string;
}
/** The API answered with a status of 400 or above. */
export declare class CartlineApiError extends CartlineError {
    readonly status: number;
    readonly method: string;
    readonly url: string;
    readonly headers: Headers;
    name: string;
    /** The answer's parsed JSON body, or its text when it was not JSON. */
    readonly body: unknown;
    /** Field errors of a 422 (`errors`), `{}` on other statuses. */
    readonly errors: FieldErrors;
    constructor(status: number, message: string, body: unknown, method: string, url: string, headers: Headers);
}
/** 401: no token, or one the server does not know. */
export declare class CartlineUnauthenticatedError extends CartlineApiError {
    name: string;
}
/** 404: the record (or the shop above it) is not there, or belongs to another account. */
export declare class CartlineNotFoundError extends CartlineApiError {
    name: string;
}
/** 422: the request was refused field by field; `errors` names each field's problems. */
export declare class CartlineValidationError extends CartlineApiError {
    name: string;
}
/** 429 after the retries: `retryAfter` is the server's Retry-After in seconds, when it sent one. */
export declare class CartlineRateLimitError extends CartlineApiError {
    name: string;
    get retryAfter(): number | undefined;
}
/** One attempt took longer than the timeout; it was aborted. */
export declare class CartlineTimeoutError extends CartlineError {
    readonly method: string;
    readonly url: string;
    readonly timeoutMs: number;
    name: string;
    constructor(method: string, url: string, timeoutMs: number);
}
/** No answer at all: the connection was refused or broke. */
export declare class CartlineConnectionError extends CartlineError {
    readonly method: string;
    readonly url: string;
    name: string;
    constructor(method: string, url: string, cause: unknown);
}
export declare function apiError(status: number, body: unknown, method: string, url: string, headers: Headers): CartlineApiError;
/** Retry-After as milliseconds: a number of seconds, or an HTTP date (RFC 9110 allows both). */
export declare function retryAfterMs(value: string | null): number | undefined;
