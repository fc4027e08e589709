import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setup } from './helpers/app.js';
import { fuzzRoutes } from './helpers/fuzz.js';
// A bounded run here; `npm run fuzz` runs the same property with FUZZ_RUNS (default there: 20,000).
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
const t = await setup({ CARTLINE_BODY_LIMIT: '262144' });
describe('fuzzing every route', () => {
    it(`answers ${RUNS} random and hostile requests with JSON successes or MailerLite errors, changing nothing when it refuses`, async () => {
        const report = await fuzzRoutes(t, { runs: RUNS, ...(SEED !== undefined ? { seed: SEED } : {}) });
        console.log(`fuzz: ${report.tried} requests tried, ${report.failures.length} failures`);
        assert.equal(report.tried, RUNS);
        assert.deepEqual(report.failures, []);
    });
});
//# sourceMappingURL=fuzz.test.js.map