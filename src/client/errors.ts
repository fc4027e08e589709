import type { Static } from 'typebox';
import type { ValidationFailure } from '../http/schemas.js';

// What a failed call throws. Every answer the API refuses becomes a CartlineApiError (or the subclass for its
// status), carrying MailerLite's body: `message`, and on a 422 the field errors `{"field": ["..."]}`.

export type FieldErrors = Static<typeof ValidationFailure>['errors'];

/** Base of everything the client throws on its own account. */
export class CartlineError extends Error {
  override name = 'CartlineError';
}

/** The API answered with a status of 400 or above. */
export class CartlineApiError extends CartlineError {
  override name = 'CartlineApiError';
  /** The answer's parsed JSON body, or its text when it was not JSON. */
  readonly body: unknown;
  /** Field errors of a 422 (`errors`), `{}` on other statuses. */
  readonly errors: FieldErrors;
  constructor(
    readonly status: number,
    message: string,
    body: unknown,
    readonly method: string,
    readonly url: string,
    readonly headers: Headers,
  ) {
    super(message);
    this.body = body;
    const errors = (body as { errors?: unknown } | null)?.errors;
    this.errors = errors !== null && typeof errors === 'object' && !Array.isArray(errors) ? (errors as FieldErrors) : {};
  }
}

/** 401: no token, or one the server does not know. */
export class CartlineUnauthenticatedError extends CartlineApiError {
  override name = 'CartlineUnauthenticatedError';
}

/** 404: the record (or the shop above it) is not there, or belongs to another account. */
export class CartlineNotFoundError extends CartlineApiError {
  override name = 'CartlineNotFoundError';
}

/** 422: the request was refused field by field; `errors` names each field's problems. */
export class CartlineValidationError extends CartlineApiError {
  override name = 'CartlineValidationError';
}

/** 429 after the retries: `retryAfter` is the server's Retry-After in seconds, when it sent one. */
export class CartlineRateLimitError extends CartlineApiError {
  override name = 'CartlineRateLimitError';
  get retryAfter(): number | undefined {
    const seconds = retryAfterMs(this.headers.get('retry-after'));
    return seconds === undefined ? undefined : seconds / 1000;
  }
}

/** One attempt took longer than the timeout; it was aborted. */
export class CartlineTimeoutError extends CartlineError {
  override name = 'CartlineTimeoutError';
  constructor(
    readonly method: string,
    readonly url: string,
    readonly timeoutMs: number,
  ) {
    super(`${method} ${url} took longer than ${timeoutMs} ms`);
  }
}

/** No answer at all: the connection was refused or broke. */
export class CartlineConnectionError extends CartlineError {
  override name = 'CartlineConnectionError';
  constructor(
    readonly method: string,
    readonly url: string,
    cause: unknown,
  ) {
    super(`${method} ${url} failed: ${(cause as Error)?.message ?? String(cause)}`, { cause });
  }
}

export function apiError(status: number, body: unknown, method: string, url: string, headers: Headers): CartlineApiError {
  const text = (body as { message?: unknown } | null)?.message;
  const message = typeof text === 'string' ? text : `${method} ${url} answered ${status}`;
  const Class =
    status === 401
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
export function retryAfterMs(value: string | null): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(value.trim())) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}
