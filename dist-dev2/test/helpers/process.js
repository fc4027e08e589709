import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
// The real server process, started as a user starts it (`cartline serve`), on a port of its own.
export const CLI = fileURLToPath(new URL('../../src/cli.js', import.meta.url));
export async function startServer(env) {
    const child = spawn(process.execPath, [CLI, 'serve'], { env: { ...env, PORT: '0', HOST: '127.0.0.1' } });
    let output = '';
    const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal ?? -1)));
    const url = await new Promise((resolve, reject) => {
        const collect = (chunk) => {
            output += chunk.toString();
            const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
            if (match)
                resolve(match[1]);
        };
        child.stdout.on('data', collect);
        child.stderr.on('data', collect);
        void exited.then((code) => reject(new Error(`server exited with ${code}: ${output}`)));
    });
    return { child, url, output: () => output, exited };
}
/**
 * A database of its own for server processes, which use the default schema as in production: a new PostgreSQL
 * database on TEST_DATABASE_URL's server when that is PostgreSQL, else a SQLite file. `drop` removes it.
 */
export async function createOwnDatabase(name) {
    const testUrl = process.env.TEST_DATABASE_URL;
    if (testUrl?.startsWith('postgres')) {
        const database = `cartline_${name}_${randomBytes(5).toString('hex')}`;
        const client = new pg.Client({ connectionString: testUrl });
        await client.connect();
        await client.query(`create database ${database}`);
        const url = new URL(testUrl);
        url.pathname = `/${database}`;
        return {
            url: url.toString(),
            drop: async () => {
                await client.query(`drop database ${database} with (force)`);
                await client.end();
            },
        };
    }
    const dir = mkdtempSync(join(tmpdir(), `cartline-${name}-`));
    return { url: `sqlite:${join(dir, `${name}.db`)}`, drop: async () => rmSync(dir, { recursive: true, force: true }) };
}
//# sourceMappingURL=process.js.map