// Request bodies are parsed so that no integer loses a digit. MailerLite's own docs send 17-digit ids as bare
// JSON numbers (products import `categories`), which JSON.parse rounds silently (46919150796276752 becomes
// 46919150796276750). Integer literals of 16 or more digits outside strings are quoted before parsing;
// schemas then read them as id strings, or coerce them back to numbers where a number is meant.
//
// Why not a big-number JSON library: they parse in JavaScript and are several times slower than JSON.parse
// on import-sized bodies; this keeps the native parser and costs a string-aware regex pass only when a long
// number may stand outside a string at all (after ':', ',' or '['). Ids sent as strings, the common case,
// cost one quick scan.
const LONG_INTEGER_OR_STRING = /"(?:[^"\\]|\\.)*"|(?<![\w.+-])-?\d{16,}(?![.eE\d])/g;
const MAYBE_BARE_LONG_INTEGER = /[:,[]\s*-?\d{16}/;
/** PostgreSQL cannot store text with NUL (SQLite can): refused alike on both, before anything is read. */
export const NUL_MESSAGE = 'The request body contains a NUL character (\\u0000), which cannot be stored.';
/** Whether any string (or key) in a parsed body holds a NUL. Walked only when the raw text mentions \u0000. */
export function containsNul(text, value) {
    if (!/\\u0000/i.test(text))
        return false;
    const walk = (v) => typeof v === 'string'
        ? v.includes('\u0000')
        : v !== null && typeof v === 'object'
            ? Object.entries(v).some(([k, inner]) => k.includes('\u0000') || walk(inner))
            : false;
    return walk(value);
}
export function quoteLongIntegers(text) {
    if (!MAYBE_BARE_LONG_INTEGER.test(text))
        return text;
    return text.replace(LONG_INTEGER_OR_STRING, (match) => (match.charCodeAt(0) === 34 ? match : `"${match}"`));
}
//# sourceMappingURL=json.js.map