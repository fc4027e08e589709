import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, it } from 'node:test';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { CONSOLE_DIR } from '../src/modules/console/console.routes.js';
import { setup } from './helpers/app.js';

const t = await setup({ CARTLINE_RATE_LIMIT: '3', CARTLINE_CONSOLE_RATE_LIMIT: '2' });

describe('console', () => {
  it('/ redirects to the console, which is HTML with a strict CSP and same-origin scripts only', async () => {
    const root = await t.request('GET', '/', undefined, { token: null });
    assert.equal(root.status, 302);
    assert.equal(root.headers.location, '/console/');
    const page = await t.request('GET', '/console/', undefined, { token: null });
    assert.equal(page.status, 200);
    assert.match(String(page.headers['content-type']), /^text\/html/);
    assert.match(String(page.headers['content-security-policy']), /default-src 'none'; script-src 'self'; style-src 'self'/);
    assert.equal(page.headers['x-frame-options'], 'DENY');
    assert.equal(page.headers['x-content-type-options'], 'nosniff');
    assert.equal(page.headers['cache-control'], 'no-cache');
    const scripts = [...page.text.matchAll(/<script([^>]*)>/g)].map((m) => m[1]!);
    assert.ok(scripts.length > 0);
    for (const attributes of scripts) assert.match(attributes, /src="\/console\/app-[A-Z0-9]+\.js"/, 'no inline script');
    assert.doesNotMatch(page.text, /style=/);
    const asset = /src="(\/console\/app-[A-Z0-9]+\.js)"/.exec(page.text)![1]!;
    const js = await t.request('GET', asset, undefined, { token: null });
    assert.equal(js.status, 200);
    assert.equal(js.headers['cache-control'], 'public, max-age=31536000, immutable');
  });

  it('ships less than 150 KB of gzipped JavaScript', () => {
    const bytes = readdirSync(CONSOLE_DIR)
      .filter((file) => file.endsWith('.js'))
      .reduce((sum, file) => sum + gzipSync(readFileSync(join(CONSOLE_DIR, file)), { level: 9 }).length, 0);
    assert.ok(bytes > 0 && bytes < 150 * 1024, `${bytes} bytes gzipped`);
  });

  it('serves /docs from the package itself', async () => {
    const docs = await t.request('GET', '/docs/', undefined, { token: null });
    assert.equal(docs.status, 200);
    assert.match(docs.text, /swagger/i);
    assert.doesNotMatch(docs.text, /(src|href)="(https?:)?\/\//, 'nothing loaded from another host');
  });

  it('CARTLINE_CONSOLE=false: /, /console/ and /docs are 404 JSON', async () => {
    const app = await buildApp(loadConfig({ LOG_LEVEL: 'silent', CARTLINE_CONSOLE: 'false' }), t.database, { newId: t.app.newId });
    try {
      for (const url of ['/', '/console/', '/docs']) {
        const response = await app.inject({ url });
        assert.equal(response.statusCode, 404, url);
        assert.equal(response.headers['content-type'], 'application/json');
        assert.match(JSON.parse(response.body).message, /could not be found/);
      }
    } finally {
      await app.close();
    }
  });

  it('console requests have their own budget of the same kind', async () => {
    for (let i = 0; i < 3; i++) assert.equal((await t.request('GET', '/api/ecommerce/shops?limit=0')).status, 200);
    assert.equal((await t.request('GET', '/api/ecommerce/shops?limit=0')).status, 429, 'the API budget is spent');
    const asConsole = { headers: { 'x-cartline-client': 'console' } };
    const first = await t.request('GET', '/api/ecommerce/shops?limit=0', undefined, asConsole);
    assert.equal(first.status, 200);
    assert.equal(first.headers['x-ratelimit-limit'], '2');
    assert.equal((await t.request('GET', '/api/ecommerce/shops?limit=0', undefined, asConsole)).status, 200);
    assert.equal((await t.request('GET', '/api/ecommerce/shops?limit=0', undefined, asConsole)).status, 429, 'the label buys a second budget, not an unlimited one');
  });
});
