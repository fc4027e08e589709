import type { Ajv } from 'ajv';
import { FINITE, REQUIRED_MESSAGE } from './errors.js';

// AJV extensions used by the request schemas (src/http/schemas.ts).

const TRUE_VALUES = new Set<unknown>([true, 1, '1', 'true']);
const FALSE_VALUES = new Set<unknown>([false, 0, '0', 'false', '']);

interface DataContext {
  parentData?: Record<string | number, unknown>;
  parentDataProperty?: string | number;
}

export function cartlineAjvPlugin(ajv: Ajv): Ajv {
  // Booleans as real clients send them (WooCommerce: "enabled": 1, "exclude_from_automations": "0").
  ajv.addKeyword({
    keyword: 'x-boolean',
    modifying: true,
    errors: true,
    validate: function looseBoolean(_schema: unknown, data: unknown, _parent?: unknown, context?: DataContext) {
      const value = TRUE_VALUES.has(data) ? true : FALSE_VALUES.has(data) ? false : undefined;
      if (value === undefined) {
        (looseBoolean as unknown as { errors: object[] }).errors = [{ keyword: 'x-boolean', params: {} }];
        return false;
      }
      if (context?.parentData !== undefined && context.parentDataProperty !== undefined) {
        context.parentData[context.parentDataProperty] = value;
      }
      return true;
    },
  });
  // Runs after type coercion, on the number it produced. Not declared for type 'number': AJV runs its number
  // keywords only on finite numbers, which is the very hole this closes.
  ajv.addKeyword({
    keyword: FINITE,
    schemaType: 'string',
    errors: true,
    validate: function finite(type: string, data: unknown) {
      if (typeof data !== 'number' || Number.isFinite(data)) return true;
      (finite as unknown as { errors: object[] }).errors = [{ keyword: FINITE, params: { type } }];
      return false;
    },
  });
  // An annotation read by the error handler, not a check.
  ajv.addKeyword({ keyword: REQUIRED_MESSAGE, schemaType: 'string' });
  return ajv;
}
