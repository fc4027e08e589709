export declare function nameStatement(sql: string): void;
/** The name to send this SQL text under, if it is one of the hot reads. */
export declare function statementName(sql: string): string | undefined;
