/**
 * Splits rows for multi-row statements so that no statement binds more than MAX_PARAMETERS values (SQLite's
 * limit is 32,766, PostgreSQL's 65,535). `columns` is how many values each row binds; `maxParameters` is only
 * lowered by tests, to split small inserts.
 */
const MAX_PARAMETERS = 30_000;
export function chunks(rows, columns, maxParameters = MAX_PARAMETERS) {
    const size = Math.max(1, Math.floor(maxParameters / columns));
    const parts = [];
    for (let i = 0; i < rows.length; i += size)
        parts.push(rows.slice(i, i + size));
    return parts;
}
//# sourceMappingURL=chunks.js.map