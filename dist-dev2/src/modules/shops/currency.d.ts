export declare function isCurrencyCode(code: string): boolean;
/** The narrow symbol ("$" for USD, "€" for EUR, "zł" for PLN); the code itself where ICU has none. */
export declare function currencySign(code: string): string;
