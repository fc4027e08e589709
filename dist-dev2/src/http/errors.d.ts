import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
export type FieldErrors = Record<string, string[]>;
export declare class NotFoundError extends Error {
    name: string;
    constructor(message?: string);
}
export declare class ValidationError extends Error {
    readonly errors: FieldErrors;
    name: string;
    /** `message`: MailerLite words some refusals itself ("Field name must be unique") in place of Laravel's line. */
    constructor(errors: FieldErrors, message?: string);
    static field(field: string, message: string): ValidationError;
}
export declare class UnauthenticatedError extends Error {
    name: string;
    constructor();
}
/** A request the account may not make here (a reset where CARTLINE_ALLOW_RESET is not true). */
export declare class ForbiddenError extends Error {
    name: string;
}
export declare class MethodNotAllowedError extends Error {
    readonly allowed: string[];
    name: string;
    constructor(method: string, allowed: string[]);
}
/**
 * A row this request found or wrote a moment ago is not there (a concurrent delete, or a write that lost a race):
 * answered like a constraint violation, a 422 asking to retry, never a 500 or a silently dropped row.
 */
export declare class ConcurrentChangeError extends Error {
    name: string;
}
/** The value, or a ConcurrentChangeError naming what was missing: for lookups that a race alone can make empty. */
export declare function present<T>(value: T | undefined | null, what: string): T;
/** Collects field errors across a whole request so that the 422 lists every problem at once. */
export declare class FieldErrorCollector {
    readonly errors: FieldErrors;
    add(field: string, message: string): void;
    get empty(): boolean;
    throwIfAny(): void;
}
interface AjvErrorLike {
    instancePath: string;
    keyword: string;
    params: Record<string, unknown>;
    message?: string;
    parentSchema?: Record<string, unknown>;
}
/** A field can carry its own wording for "missing", as MailerLite's docs do ("The name must be provided."). */
export declare const REQUIRED_MESSAGE = "x-required-message";
/** A request number must be finite (see FiniteNumber in schemas.ts); the keyword's value is its type's name. */
export declare const FINITE = "x-finite";
export declare function schemaErrorsToFields(errors: AjvErrorLike[]): FieldErrors;
export declare function isConstraintViolation(error: unknown): boolean;
/**
 * The database cannot be reached or is busy: a passing condition, answered 503 with Retry-After so that
 * clients (MailerLite's SDKs retry 5xx) come back, rather than a 500.
 */
export declare function isDatabaseUnavailable(error: unknown): boolean;
export declare function handleError(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply): FastifyReply;
export {};
