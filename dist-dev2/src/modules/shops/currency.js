// ISO 4217 codes and their signs come from the ICU data Node.js ships (full-icu), not from a hand-kept table.
const CODES = new Set(Intl.supportedValuesOf('currency'));
const signs = new Map();
export function isCurrencyCode(code) {
    return CODES.has(code);
}
/** The narrow symbol ("$" for USD, "€" for EUR, "zł" for PLN); the code itself where ICU has none. */
export function currencySign(code) {
    let sign = signs.get(code);
    if (sign === undefined) {
        try {
            const parts = new Intl.NumberFormat('en', { style: 'currency', currency: code, currencyDisplay: 'narrowSymbol' }).formatToParts(0);
            sign = parts.find((part) => part.type === 'currency')?.value ?? code;
        }
        catch {
            sign = code;
        }
        signs.set(code, sign);
    }
    return sign;
}
//# sourceMappingURL=currency.js.map