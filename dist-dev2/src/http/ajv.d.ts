import type { Ajv } from 'ajv';
export declare function cartlineAjvPlugin(ajv: Ajv): Ajv;
/**
 * Marks every number and integer of a request schema (in place, idempotently) with the finite check, so that
 * no request number can be Infinity, whichever schema declares it. Called for each route as it is added.
 */
export declare function requireFiniteNumbers(schema: unknown): void;
