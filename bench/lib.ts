// What the benchmarks share: fresh databases, the real server process, its memory, and medians.
// Loopback only.

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

export const TOKEN = `bench_${'t'.repeat(120)}`;
export const CLI = fileURLToPath(new URL('../src/cli.js', import.meta.url));

// ---- Cleanup, also when interrupted --------------------------------------------------------------------------
// A run stopped by Ctrl-C or SIGTERM still stops its server and drops its PostgreSQL database: nothing is left
// behind in the shared server, whatever happens to the run.

const cleanups = new Set<() => Promise<void> | void>();
let handlersInstalled = false;
let interruptedBy: NodeJS.Signals | undefined;

/** Whether a signal is stopping the run (what fails meanwhile is its doing). */
export function interrupted(): boolean {
  return interruptedBy !== undefined;
}

/** Runs `cleanup` if the process is interrupted before `release` is called. */
export function onInterrupt(cleanup: () => Promise<void> | void): () => void {
  if (!handlersInstalled) {
    handlersInstalled = true;
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, async () => {
        interruptedBy = signal;
        console.error(`\n${signal}: cleaning up`);
        for (const fn of [...cleanups].reverse()) {
          try {
            await fn();
          } catch (error) {
            console.error(error);
          }
        }
        process.exit(signal === 'SIGINT' ? 130 : 143);
      });
    }
  }
  cleanups.add(cleanup);
  return () => cleanups.delete(cleanup);
}

export interface Target {
  label: string;
  /** A fresh, empty database for one run; `drop` removes it. */
  fresh(): Promise<{ url: string; drop: () => Promise<void> }>;
  /**
   * After a bulk load: brings the planner's statistics up to date, as the database would by itself soon after
   * (PostgreSQL's autovacuum analyzes changed tables within about a minute), so that what is measured is the
   * steady state, not a race with autovacuum. SQLite keeps no statistics unless asked: nothing to do.
   */
  analyze(url: string): Promise<void>;
}

export const sqliteTarget: Target = {
  label: 'SQLite',
  async fresh() {
    const dir = mkdtempSync(join(tmpdir(), 'cartline-bench-'));
    const remove = () => rmSync(dir, { recursive: true, force: true });
    const release = onInterrupt(remove);
    return {
      url: `sqlite:${join(dir, 'bench.db')}`,
      drop: async () => {
        release();
        remove();
      },
    };
  },
  async analyze() {},
};

/**
 * Each run gets a database of its own on the server of `base` (created through `base`, which needs the right to
 * create databases), named cartline_bench_<time>_<pid>, and drops it at the end or when interrupted: the database
 * of `base` itself is never written to, so other users of it (tests, other runs) see nothing.
 */
export function postgresTarget(base: string): Target {
  if (process.env.BENCH_POSTGRES_SCHEMA) return postgresSchemaTarget(base);
  return {
    label: 'PostgreSQL',
    async fresh() {
      if (process.env.BENCH_POSTGRES_IN_PLACE) return inPlace(base);
      const name = `cartline_bench_${Date.now()}_${process.pid}`;
      const admin = new pg.Client({ connectionString: base });
      await admin.connect();
      await admin.query(`create database ${name}`);
      await admin.end();
      const remove = async () => {
        const client = new pg.Client({ connectionString: base });
        await client.connect();
        await client.query(`drop database if exists ${name} with (force)`);
        await client.end();
      };
      const release = onInterrupt(remove);
      const url = new URL(base);
      url.pathname = `/${name}`;
      return {
        url: url.toString(),
        drop: async () => {
          release();
          await remove();
        },
      };
    },
    async analyze(url: string) {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query('analyze');
      await client.end();
    },
  };
}

/**
 * BENCH_POSTGRES_SCHEMA=1: each run gets a schema of its own in the database of `base` (for a server where one
 * may use that one database only), named as the databases above, and reached through the URL's search_path;
 * dropped at the end or when interrupted, as the tests' schemas are.
 */
function postgresSchemaTarget(base: string): Target {
  const withBase = async (work: (client: pg.Client) => Promise<unknown>) => {
    const client = new pg.Client({ connectionString: base });
    await client.connect();
    try {
      await work(client);
    } finally {
      await client.end();
    }
  };
  return {
    label: 'PostgreSQL',
    async fresh() {
      const name = `cartline_bench_${Date.now()}_${process.pid}`;
      await withBase((client) => client.query(`create schema ${name}`));
      const remove = () => withBase((client) => client.query(`drop schema if exists ${name} cascade`));
      const release = onInterrupt(remove);
      const url = new URL(base);
      url.searchParams.set('options', `-c search_path=${name}`);
      return {
        url: url.toString(),
        drop: async () => {
          release();
          await remove();
        },
      };
    },
    async analyze(url: string) {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query('analyze');
      await client.end();
    },
  };
}

/**
 * BENCH_POSTGRES_IN_PLACE=1: the database of `base` itself, its public schema emptied first (and left as the run
 * made it, for BENCH_KEEP): for a machine where a run may use one database of its own and create no other.
 */
async function inPlace(base: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query('drop schema if exists public cascade');
  await admin.query('create schema public');
  await admin.end();
  return { url: base, drop: async () => {} };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** VmHWM is the peak resident set so far, VmRSS the current one. */
export function memoryMiB(pid: number, field: 'VmHWM' | 'VmRSS'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)![1]) / 1024;
}

/** Every CPU, as a taskset list: where placed threads and processes go back to. */
const ALL_CPUS = `0-${availableParallelism() - 1}`;

/** The fields of /proc/PID/stat after the command's closing parenthesis (the command may hold spaces): state, ppid, ... */
function statFields(pid: number): string[] {
  return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
}

/**
 * The CPUs of an arrangement where a server's request thread has a core of its own: that thread (the process's
 * main thread) on CPU 0, and everything else (the server's other threads, the load generator) on the rest. Linux
 * with taskset and at least 2 CPUs; undefined elsewhere.
 */
export function ownCoreCpus(): { request: string; rest: string } | undefined {
  const cpus = availableParallelism();
  if (process.platform !== 'linux' || cpus < 2 || spawnSync('taskset', ['--version']).error !== undefined) return undefined;
  return { request: '0', rest: cpus === 2 ? '1' : `1-${cpus - 1}` };
}

/**
 * Places a server's threads as `cpus` says (ownCoreCpus), or back on every CPU (`cpus` undefined). Threads
 * started later inherit their starter's CPUs: called again before each load, it places those too.
 */
export function placeThreads(pid: number, cpus: { request: string; rest: string } | undefined): void {
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    const list = cpus === undefined ? ALL_CPUS : Number(tid) === pid ? cpus.request : cpus.rest;
    const placed = spawnSync('taskset', ['-p', '-c', list, tid], { stdio: 'ignore' });
    if (placed.status !== 0 && readdirSync(`/proc/${pid}/task`).includes(tid)) throw new Error(`taskset could not place thread ${tid} of ${pid}`);
  }
}

/**
 * Places a PostgreSQL server on this machine (the postmaster, which new backends inherit from, and every process
 * pg_stat_activity lists: backends and helpers) on `cpus` (a taskset list), or back on every CPU (undefined), so that
 * the ownCoreCpus arrangement leaves the request thread's core to it alone. Answers how many processes were placed,
 * or why none were: a database on another machine, or processes taskset may not touch (another user's, unless root).
 */
export async function placeDatabase(url: string, cpus: string | undefined): Promise<number | string> {
  if (!url.startsWith('postgres')) return 0;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let pids: number[];
  try {
    pids = (await client.query<{ pid: number }>('select pid from pg_stat_activity')).rows.map((row) => row.pid);
  } finally {
    await client.end();
  }
  const comm = (pid: number) => {
    try {
      return readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
    } catch {
      return undefined;
    }
  };
  const local = pids.filter((pid) => comm(pid) === 'postgres');
  if (local.length === 0) return 'its processes are not on this machine';
  // The postmaster: the parent of its backends.
  const postmaster = Number(statFields(local[0]!)[1]);
  let placed = 0;
  for (const pid of [postmaster, ...local]) {
    const done = spawnSync('taskset', ['-a', '-p', '-c', cpus ?? ALL_CPUS, String(pid)], { stdio: 'ignore' });
    if (done.status === 0) placed += 1;
    else if (comm(pid) === 'postgres') return `taskset may not place process ${pid} (run as root or as its user)`;
  }
  return placed;
}

/** CPU time the process has used (all its threads), in clock ticks (utime + stime of /proc/PID/stat; 100 a second). */
export function cpuTicks(pid: number): number {
  let fields: string[];
  try {
    fields = statFields(pid);
  } catch {
    throw new Error(`the Cartline server (pid ${pid}) is gone`);
  }
  return Number(fields[11]) + Number(fields[12]);
}

/**
 * Waits until the server has done the work a load generator left it: wrk stops on time, but the requests it
 * had in flight are still answered, to nobody, and would run into the next measurement (the ceiling's). A
 * /healthz probe queues behind them (on PostgreSQL its query waits for the pool behind theirs), then the
 * process must stay idle (under 5% of a core) for two 200 ms samples in a row. Answers the milliseconds waited.
 */
export async function settle(server: { child: ChildProcess; base: string }, limitMs = 300_000): Promise<number> {
  const began = Date.now();
  await fetch(`${server.base}/healthz`).catch(() => undefined);
  let quiet = 0;
  let last = cpuTicks(server.child.pid!);
  while (quiet < 2 && Date.now() - began < limitMs) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    const now = cpuTicks(server.child.pid!);
    quiet = now - last <= 1 ? quiet + 1 : 0;
    last = now;
  }
  return Date.now() - began;
}

export async function startServer(url: string, env: Record<string, string> = {}): Promise<{ child: ChildProcess; base: string; url: string }> {
  const port = await freePort();
  // BENCH_PROFILE=DIR: the server writes a CPU profile there when it exits (node --cpu-prof).
  const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [];
  const child = spawn(process.execPath, [...profile, CLI, 'serve'], {
    env: { ...process.env, DATABASE_URL: url, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', CARTLINE_BOOTSTRAP_TOKEN: TOKEN, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  let stopping = false;
  const release = onInterrupt(() => {
    stopping = true;
    child.kill('SIGTERM');
  });
  const kill = child.kill.bind(child);
  child.kill = (signal?: NodeJS.Signals | number) => {
    stopping = true;
    return kill(signal);
  };
  child.once('exit', (code, signal) => {
    release();
    // Said at once: a server gone mid-run otherwise shows only as a later, unrelated-looking failure.
    if (!stopping) console.error(`the Cartline server (pid ${child.pid}) exited on its own: code ${code}, signal ${signal}`);
  });
  const base = `http://127.0.0.1:${port}`;
  // Up to 30 s: on a 2-core machine shared with other work a start can take over 10.
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) return { child, base, url };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  child.kill('SIGTERM');
  throw new Error('server did not become healthy');
}

export async function api(base: string, path: string, body: string): Promise<any> {
  const response = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
    body,
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${path}: ${response.status} ${text.slice(0, 300)}`);
  return JSON.parse(text);
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export const fmt = (n: number) => Math.round(n).toLocaleString('en-US');


/** The product every benchmark writes: name, price, links, descriptions and two of the shop's (20) categories. */
export function benchProduct(i: number, categoryIds: string[]) {
  return {
    name: `Product ${i}`,
    price: (i % 10_000) / 100,
    url: `https://shop.example/products/${i}`,
    image: `https://shop.example/images/${i}.jpg`,
    exclude_from_automations: i % 7 === 0,
    short_description: `Short description of product ${i}.`,
    description: `A longer description of product ${i}, as a shop would have it.`,
    categories: [categoryIds[i % categoryIds.length]!, categoryIds[(i + 1) % categoryIds.length]!],
  };
}
