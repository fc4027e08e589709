// PostgreSQL parses and plans every unnamed statement anew. The hot reads' SQL texts are fixed (prepared.ts
// builds each once), so they are sent as named statements: parsed and planned once per connection, then only
// bound and executed. Only those texts are named: a statement named per distinct text would grow every
// connection's memory without bound.
const names = new Map();
/** Beyond this many texts, further ones run unnamed (prepared.ts keeps one text per read). */
const MAX_NAMED = 4096;
export function nameStatement(sql) {
    if (!names.has(sql) && names.size < MAX_NAMED)
        names.set(sql, `cartline_${names.size}`);
}
/** The name to send this SQL text under, if it is one of the hot reads. */
export function statementName(sql) {
    return names.get(sql);
}
//# sourceMappingURL=named-statements.js.map