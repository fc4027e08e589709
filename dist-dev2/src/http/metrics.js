import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { DATABASE_ERROR_KINDS } from '../db/database.js';
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
    registry = new Registry();
    /** Per route pattern and method, counted here and read by the registry at scrape time (see observeRequest). */
    series = new Map();
    rateLimited;
    /** `processMetrics`: prom-client's own (CPU, memory, event loop lag, GC), only when they are served. */
    constructor(database, options) {
        if (options.processMetrics)
            collectDefaultMetrics({ register: this.registry });
        this.gauge({ name: 'cartline_info', help: 'Always 1; the labels say which Cartline and which database', labelNames: ['version', 'database'] }).set({ version: options.version, database: database.dialect }, 1);
        const allSeries = () => [...this.series.values()].flatMap((byMethod) => [...byMethod.values()]);
        this.counter({
            name: 'cartline_http_requests_total',
            help: "Requests answered, by method, route (Fastify's pattern, not the URL) and status code",
            labelNames: ['method', 'route', 'status_code'],
            collect() {
                this.reset();
                for (const { method, route, statuses } of allSeries()) {
                    for (const [status, n] of statuses)
                        this.inc({ method, route, status_code: status }, n);
                }
            },
        });
        new RouteHistogram({
            name: 'cartline_http_request_duration_seconds',
            help: 'Time from receiving a request to having answered it, by method and route',
            labelNames: ['method', 'route'],
            buckets: DURATION_BUCKETS,
            registers: [this.registry],
        }, allSeries);
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
                for (const kind of DATABASE_ERROR_KINDS)
                    this.inc({ kind }, errors[kind]);
            },
        });
        if (database.dialect === 'postgres') {
            this.gauge({
                name: 'cartline_db_pool_connections',
                help: "PostgreSQL connections of this process's pool, by state: total (open), idle, waiting (requests queued for one)",
                labelNames: ['state'],
                collect() {
                    const { pool } = stats();
                    if (pool === undefined)
                        return;
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
        }
        else {
            this.gauge({
                name: 'cartline_db_file_bytes',
                help: 'SQLite: size of the database file and of its write-ahead log, in bytes',
                labelNames: ['file'],
                collect() {
                    const { files } = stats();
                    if (files === undefined)
                        return;
                    this.set({ file: 'database' }, files.database);
                    this.set({ file: 'wal' }, files.wal);
                },
            });
        }
    }
    counter(configuration) {
        return new Counter({ ...configuration, registers: [this.registry] });
    }
    gauge(configuration) {
        return new Gauge({ ...configuration, registers: [this.registry] });
    }
    histogram(configuration) {
        return new Histogram({ ...configuration, registers: [this.registry] });
    }
    /**
     * One answered request; `route` is the route's pattern, undefined when none matched. Runs on every request:
     * two map lookups and a few additions. prom-client's own observe() and inc() hash and validate their labels
     * on every call, which measured about 10 µs a request here (on a loaded machine), a tenth of a kept read.
     */
    observeRequest(method, route, statusCode, elapsedMs) {
        const pattern = route ?? UNMATCHED_ROUTE;
        let byMethod = this.series.get(pattern);
        if (byMethod === undefined)
            this.series.set(pattern, (byMethod = new Map()));
        let series = byMethod.get(method);
        if (series === undefined) {
            series = { method, route: pattern, buckets: new Array(DURATION_BUCKETS.length + 1).fill(0), sum: 0, count: 0, statuses: new Map() };
            byMethod.set(method, series);
        }
        const seconds = elapsedMs / 1000;
        let bucket = 0;
        while (bucket < DURATION_BUCKETS.length && seconds > DURATION_BUCKETS[bucket])
            bucket++;
        series.buckets[bucket] += 1;
        series.sum += seconds;
        series.count += 1;
        series.statuses.set(statusCode, (series.statuses.get(statusCode) ?? 0) + 1);
    }
    rateLimitRefused() {
        this.rateLimited.inc();
    }
    get contentType() {
        return this.registry.contentType;
    }
    text() {
        return this.registry.metrics();
    }
}
/**
 * A prom-client histogram whose values come from Metrics' own counts at scrape time: prom-client formats and
 * serves it like any other (the registry reads getForPromString, as it does of its own histograms; get() and
 * so getMetricsAsJSON() build on it too).
 */
class RouteHistogram extends Histogram {
    configuration;
    source;
    constructor(configuration, source) {
        super(configuration);
        this.configuration = configuration;
        this.source = source;
    }
    async getForPromString() {
        const name = 'cartline_http_request_duration_seconds';
        const values = [];
        for (const { method, route, buckets, sum, count } of this.source()) {
            const shared = { method, route };
            let cumulative = 0;
            DURATION_BUCKETS.forEach((bound, index) => {
                cumulative += buckets[index];
                values.push({ metricName: `${name}_bucket`, labels: { le: bound }, sharedLabels: shared, value: cumulative });
            });
            values.push({ metricName: `${name}_bucket`, labels: { le: '+Inf' }, sharedLabels: shared, value: count });
            values.push({ metricName: `${name}_sum`, labels: {}, sharedLabels: shared, value: sum });
            values.push({ metricName: `${name}_count`, labels: {}, sharedLabels: shared, value: count });
        }
        return { name, help: this.configuration.help, type: 'histogram', values, aggregator: 'sum' };
    }
}
//# sourceMappingURL=metrics.js.map