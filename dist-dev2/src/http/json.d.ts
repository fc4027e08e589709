/** PostgreSQL cannot store text with NUL (SQLite can): refused alike on both, before anything is read. */
export declare const NUL_MESSAGE = "The request body contains a NUL character (\\u0000), which cannot be stored.";
/** Whether any string (or key) in a parsed body holds a NUL. Walked only when the raw text mentions \u0000. */
export declare function containsNul(text: string, value: unknown): boolean;
export declare function quoteLongIntegers(text: string): string;
