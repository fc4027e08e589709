import { createRequire } from 'node:module';
import { finished } from 'node:stream/promises';
import type pg from 'pg';

// PostgreSQL's COPY ... FROM STDIN, sent through Kysely like any statement: Kysely has no COPY, and pg needs
// pg-copy-streams for it (brianc's, pg's own author: the COPY sub-protocol as a writable stream). The pool's
// clients (database.ts) send a `copy ... from stdin` whose one parameter is a Buffer as that Buffer's data.

const COPY_FROM_STDIN = /^\s*copy\s[^;]*\sfrom\s+stdin\b/i;

/** The data of a COPY FROM STDIN statement, when `text` is one and `values` its one Buffer. */
export function copyData(text: string, values: readonly unknown[] | undefined): Buffer | undefined {
  return values?.length === 1 && Buffer.isBuffer(values[0]) && COPY_FROM_STDIN.test(text) ? values[0] : undefined;
}

let copyStreams: typeof import('pg-copy-streams') | undefined;

/** Runs the COPY on `client` with `data`; answers as pg answers a statement (Kysely reads rowCount). */
export async function copyIn(client: pg.ClientBase, text: string, data: Buffer): Promise<{ command: string; rowCount: number; rows: never[] }> {
  copyStreams ??= createRequire(import.meta.url)('pg-copy-streams') as typeof import('pg-copy-streams');
  const stream = client.query(copyStreams.from(text));
  stream.end(data);
  // A refused COPY (a row the table takes not) ends the stream with the server's error; the connection stays usable.
  await finished(stream);
  return { command: 'COPY', rowCount: stream.rowCount, rows: [] };
}
