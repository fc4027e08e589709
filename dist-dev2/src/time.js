/** The API's date format: 'YYYY-MM-DD HH:MM:SS' in UTC, as in every MailerLite resource example. */
export function formatTimestamp(date) {
    return date.toISOString().slice(0, 19).replace('T', ' ');
}
export function now() {
    return formatTimestamp(new Date());
}
//# sourceMappingURL=time.js.map