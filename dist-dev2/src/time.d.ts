/** The API's date format: 'YYYY-MM-DD HH:MM:SS' in UTC, as in every MailerLite resource example. */
export declare function formatTimestamp(date: Date): string;
export declare function now(): string;
