import { type ChildProcessWithoutNullStreams } from 'node:child_process';
export declare const CLI: string;
export interface ServerProcess {
    child: ChildProcessWithoutNullStreams;
    url: string;
    output(): string;
    /** Resolves with the exit code (or the signal's name) once the process has ended. */
    exited: Promise<number | string>;
}
export declare function startServer(env: Record<string, string | undefined>): Promise<ServerProcess>;
/**
 * A database of its own for server processes, which use the default schema as in production: a new PostgreSQL
 * database on TEST_DATABASE_URL's server when that is PostgreSQL, else a SQLite file. `drop` removes it.
 */
export declare function createOwnDatabase(name: string): Promise<{
    url: string;
    drop: () => Promise<void>;
}>;
