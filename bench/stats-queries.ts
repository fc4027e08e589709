// node dist/bench/stats-queries.js <database url> <shop id> [--rounds 5]
//
// Where the shop stats' time goes: each of the four queries of src/modules/insights/stats.repository.ts on its
// own, and the three scans the day sums and the customers' order times replaced (scan*), over the last 30 and 366 days, against a database kept by `BENCH_KEEP=1 npm run bench:stats` (it prints
// the url). The service runs them together (in parallel on PostgreSQL's pool, one after the other on SQLite's
// one connection), so their sum is the SQLite answer's cost and their maximum roughly PostgreSQL's.

import { parseArgs } from 'node:util';
import { createDatabase } from '../src/db/database.js';
import * as repo from '../src/modules/insights/stats.repository.js';
import { median } from './lib.js';

const { values: args, positionals } = parseArgs({ allowPositionals: true, options: { rounds: { type: 'string', default: '5' } } });
const [url, shopId] = positionals;
if (url === undefined || shopId === undefined) throw new Error('usage: stats-queries.js <database url> <shop id>');
const database = createDatabase(url.startsWith('sqlite:') ? { kind: 'sqlite', path: url.slice('sqlite:'.length) } : { kind: 'postgres', url });
const date = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);
// The scans beside the kept figures that replaced them: their ratio in the same run.
const queries = {
  ordersByDay: repo.ordersByDay,
  scanOrdersByDay: repo.scanOrdersByDay,
  customerCounts: repo.customerCounts,
  scanCustomerCounts: repo.scanCustomerCounts,
  productSales: repo.productSales,
  scanProductSales: repo.scanProductSales,
  abandonment: repo.abandonment,
};

try {
  for (const days of [30, 366]) {
    const period = { start: `${date(days - 1)} 00:00:00`, end: `${date(-1)} 00:00:00` };
    for (const [name, query] of Object.entries(queries)) {
      const times: number[] = [];
      for (let i = 0; i < Number(args.rounds); i++) {
        const began = process.hrtime.bigint();
        await query(database.db, shopId, period);
        times.push(Number(process.hrtime.bigint() - began) / 1e6);
      }
      console.log(`  ${String(days).padStart(3)} days  ${name.padEnd(17)} median ${median(times).toFixed(1).padStart(7)} ms`);
    }
  }
} finally {
  await database.close();
}
