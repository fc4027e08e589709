import { createDatabase } from './dist/src/db/database.js';
import * as repo from './dist/src/modules/insights/stats.repository.js';
import { readdirSync } from 'node:fs';
const path = process.argv[2];
const d = createDatabase({ kind: 'sqlite', path });
const shop = String((await d.db.selectFrom('shops').select('id').executeTakeFirst()).id);
const end = new Date(Date.now() + 86400000).toISOString().slice(0,10) + ' 00:00:00';
const start = new Date(Date.now() - 29*86400000).toISOString().slice(0,10) + ' 00:00:00';
const p = { start, end };
for (const f of ['ordersByDay','customerCounts','productSales','abandonment']) {
  for (let k=0;k<3;k++){ const t=performance.now(); await repo[f](d.db, shop, p); if(k==2) console.log(f, (performance.now()-t).toFixed(1)); }
}
await d.close();
