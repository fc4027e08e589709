import { FINITE, REQUIRED_MESSAGE } from './errors.js';
// AJV extensions used by the request schemas (src/http/schemas.ts).
const TRUE_VALUES = new Set([true, 1, '1', 'true']);
const FALSE_VALUES = new Set([false, 0, '0', 'false', '']);
export function cartlineAjvPlugin(ajv) {
    // Booleans as real clients send them (WooCommerce: "enabled": 1, "exclude_from_automations": "0").
    ajv.addKeyword({
        keyword: 'x-boolean',
        modifying: true,
        errors: true,
        validate: function looseBoolean(_schema, data, _parent, context) {
            const value = TRUE_VALUES.has(data) ? true : FALSE_VALUES.has(data) ? false : undefined;
            if (value === undefined) {
                looseBoolean.errors = [{ keyword: 'x-boolean', params: {} }];
                return false;
            }
            if (context?.parentData !== undefined && context.parentDataProperty !== undefined) {
                context.parentData[context.parentDataProperty] = value;
            }
            return true;
        },
    });
    // AJV coerces the strings "1e309" and "Infinity" (query strings, loose clients) to Infinity and runs its number
    // keywords (minimum, maximum) only on finite numbers, so Infinity passed every check. This keyword runs after
    // coercion, on the number it produced; requireFiniteNumbers puts it on every number of a request schema.
    ajv.addKeyword({
        keyword: FINITE,
        schemaType: 'string',
        errors: true,
        validate: function finite(type, data) {
            if (typeof data !== 'number' || Number.isFinite(data))
                return true;
            finite.errors = [{ keyword: FINITE, params: { type } }];
            return false;
        },
    });
    // An annotation read by the error handler, not a check.
    ajv.addKeyword({ keyword: REQUIRED_MESSAGE, schemaType: 'string' });
    return ajv;
}
/**
 * Marks every number and integer of a request schema (in place, idempotently) with the finite check, so that
 * no request number can be Infinity, whichever schema declares it. Called for each route as it is added.
 */
export function requireFiniteNumbers(schema) {
    if (Array.isArray(schema)) {
        for (const item of schema)
            requireFiniteNumbers(item);
        return;
    }
    if (schema === null || typeof schema !== 'object')
        return;
    const node = schema;
    const types = [node.type].flat();
    if (!(FINITE in node)) {
        if (types.includes('integer'))
            node[FINITE] = 'integer';
        else if (types.includes('number'))
            node[FINITE] = 'number';
    }
    for (const key of ['properties', 'patternProperties']) {
        const children = node[key];
        if (children !== null && typeof children === 'object')
            for (const child of Object.values(children))
                requireFiniteNumbers(child);
    }
    for (const key of ['items', 'additionalProperties', 'anyOf', 'oneOf', 'allOf', 'not'])
        requireFiniteNumbers(node[key]);
}
//# sourceMappingURL=ajv.js.map