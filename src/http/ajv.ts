import type { Ajv } from 'ajv';
import { REQUIRED_MESSAGE } from './errors.js';

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
  // An annotation read by the error handler, not a check.
  ajv.addKeyword({ keyword: REQUIRED_MESSAGE, schemaType: 'string' });
  return ajv;
}
