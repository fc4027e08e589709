import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry, type CounterConfiguration, type GaugeConfiguration, type HistogramConfiguration } from 'prom-client';
import { DATABASE_ERROR_KINDS, type DatabaseHandle } from '../db/database.js';

// What GET /metrics reports (src/modules/metrics/metrics.routes.ts), in Prometheus' text format, through
// prom-client. One registry per app (tests build several apps in one process; prom-client's global registry
// would mix them), decorated as `app.metrics`. A feature adds its own metrics to it where it is wired:
//
//   const deliveries = app.metrics.counter({ name: 'cartline_webhook_deliveries_total', help: '...', labelNames: ['outcome'] });
//   deliveries.inc({ outcome: 'delivered' });
//   app.metrics.gauge({ name: 'cartline_webhook_queue_depth', help: '...', collect() { this.set(queue.length) } });
//
// Names start with cartline_; labels take values from a small fixed set (never an id, a URL or an email), so
// that the number of series stays bounded whatever clients send. With CARTLINE_METRICS=false the registry still
// exists (code that counts keeps working) but nothing is measured per request and nothing is served.

/** Latency buckets in seconds: most answers here take well under a millisecond to a few, imports seconds. */
const DURATION_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** The route label of a request no route matched (404s): one value, whatever the URL was. */
export const UNMATCHED_ROUTE = 'unmatched';

export class Metrics {
  readonly registry = new Registry();
  private readonly requests: Counter<'method' | 'route' | 'status_code'>;
  private readonly durations: Histogram<'method' | 'route'>;
  private readonly rateLimited: Counter;

  /** `processMetrics`: prom-client's own (CPU, memory, event loop lag, GC), only when they are served. */
  constructor(database: DatabaseHandle, options: { version: string; processMetrics: boolean }) {
    if (options.processMetrics) collectDefaultMetrics({ register: this.registry });
    this.gauge({ name: 'cartline_info', help: 'Always 1; the labels say which Cartline and which database', labelNames: ['version', 'database'] }).set(
      { version: options.version, database: database.dialect },
      1,
    );
    this.requests = this.counter({
      name: 'cartline_http_requests_total',
      help: "Requests answered, by method, route (Fastify's pattern, not the URL) and status code",
      labelNames: ['method', 'route', 'status_code'],
    });
    this.durations = this.histogram({
      name: 'cartline_http_request_duration_seconds',
      help: 'Time from receiving a request to having answered it, by method and route',
      labelNames: ['method', 'route'],
      buckets: DURATION_BUCKETS,
    });
    this.rateLimited = this.counter({ name: 'cartline_rate_limited_total', help: 'Requests refused with 429 by the per-account rate limit' });

    // Read at scrape time from the database handle's own counts: nothing is added to any query.
    const stats = () => database.stats();
    this.counter({
      name: 'cartline_db_errors_total',
      help: 'Statements the database refused (and PostgreSQL connections it did not give), by kind: connection, conflict, constraint, other',
      labelNames: ['kind'],
      collect() {
        // The handle keeps the totals; the counter is set to them (a counter has no set: reset, then add).
        const { errors } = stats();
        this.reset();
        for (const kind of DATABASE_ERROR_KINDS) this.inc({ kind }, errors[kind]);
      },
    });
    if (database.dialect === 'postgres') {
      this.gauge({
        name: 'cartline_db_pool_connections',
        help: "PostgreSQL connections of this process's pool, by state: total (open), idle, waiting (requests queued for one)",
        labelNames: ['state'],
        collect() {
          const { pool } = stats();
          if (pool === undefined) return;
          this.set({ state: 'total' }, pool.total);
          this.set({ state: 'idle' }, pool.idle);
          this.set({ state: 'waiting' }, pool.waiting);
        },
      });
      this.gauge({
        name: 'cartline_db_pool_max',
        help: 'Connections the pool may open (DATABASE_POOL_SIZE)',
        collect() {
          this.set(stats().pool?.max ?? 0);
        },
      });
    } else {
      this.gauge({
        name: 'cartline_db_file_bytes',
        help: 'SQLite: size of the database file and of its write-ahead log, in bytes',
        labelNames: ['file'],
        collect() {
          const { files } = stats();
          if (files === undefined) return;
          this.set({ file: 'database' }, files.database);
          this.set({ file: 'wal' }, files.wal);
        },
      });
    }
  }

  counter<T extends string>(configuration: CounterConfiguration<T>): Counter<T> {
    return new Counter({ ...configuration, registers: [this.registry] });
  }

  gauge<T extends string>(configuration: GaugeConfiguration<T>): Gauge<T> {
    return new Gauge({ ...configuration, registers: [this.registry] });
  }

  histogram<T extends string>(configuration: HistogramConfiguration<T>): Histogram<T> {
    return new Histogram({ ...configuration, registers: [this.registry] });
  }

  /** One answered request; `route` is the route's pattern, undefined when none matched. */
  observeRequest(method: string, route: string | undefined, statusCode: number, elapsedMs: number): void {
    const labels = { method, route: route ?? UNMATCHED_ROUTE };
    this.durations.observe(labels, elapsedMs / 1000);
    this.requests.inc({ ...labels, status_code: statusCode });
  }

  rateLimitRefused(): void {
    this.rateLimited.inc();
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  text(): Promise<string> {
    return this.registry.metrics();
  }
}
