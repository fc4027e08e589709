import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setup } from './helpers/app.js';
import { createCustomer, createGroup, createShop } from './helpers/factories.js';
const t = await setup();
const GROUP_KEYS = [
    'id', 'name', 'active_count', 'sent_count', 'opens_count', 'open_rate', 'clicks_count', 'click_rate',
    'unsubscribed_count', 'unconfirmed_count', 'bounced_count', 'junk_count', 'created_at',
];
describe('groups', () => {
    it('creates, fetches, renames, lists and deletes (204) a group', async () => {
        const group = await createGroup(t, 'Newsletter');
        assert.deepEqual(Object.keys(group), GROUP_KEYS);
        assert.equal(group.name, 'Newsletter');
        assert.equal(group.active_count, 0);
        assert.deepEqual(group.open_rate, { float: 0, string: '0%' });
        assert.deepEqual((await t.request('GET', `/api/groups/${group.id}`)).body, { data: group });
        const renamed = await t.request('PUT', `/api/groups/${group.id}`, { name: 'Renamed' });
        assert.equal(renamed.status, 200);
        assert.equal(renamed.body.data.name, 'Renamed');
        const list = await t.request('GET', '/api/groups');
        assert.equal(list.status, 200);
        assert.equal(list.body.meta.per_page, 25);
        assert.ok(list.body.data.some((g) => g.id === group.id));
        const deleted = await t.request('DELETE', `/api/groups/${group.id}`);
        assert.equal(deleted.status, 204);
        assert.equal(deleted.text, '');
        assert.equal((await t.request('GET', `/api/groups/${group.id}`)).status, 404);
    });
    it('filters groups by part of the name (any case, wildcards literal) and sorts them', async () => {
        const token = t.otherToken;
        for (const name of ['b VIP', 'a vip', 'Other', '100% vip'])
            await createGroup(t, name, token);
        const vip = await t.request('GET', '/api/groups?filter%5Bname%5D=VIP&sort=name', undefined, { token });
        assert.deepEqual(vip.body.data.map((g) => g.name), ['100% vip', 'a vip', 'b VIP']);
        assert.equal(vip.body.meta.total, 3);
        const percent = await t.request('GET', '/api/groups?filter[name]=%25', undefined, { token });
        assert.deepEqual(percent.body.data.map((g) => g.name), ['100% vip']);
        const descending = await t.request('GET', '/api/groups?sort=-name&limit=1', undefined, { token });
        assert.deepEqual(descending.body.data.map((g) => g.name), ['Other']);
        assert.deepEqual((await t.request('GET', '/api/groups?filter[name]=vip&limit=0', undefined, { token })).body, { total: 3 });
        assert.deepEqual((await t.request('GET', '/api/groups?sort=size')).body.errors, { sort: ['The selected sort is invalid.'] });
    });
    it('requires a name', async () => {
        const response = await t.request('POST', '/api/groups', {});
        assert.equal(response.status, 422);
        assert.deepEqual(response.body.errors, { name: ['The name field is required.'] });
    });
    it("links a shop to a group of its own account only, and unlinks it when the group goes", async () => {
        const group = await createGroup(t, 'Buyers');
        const foreign = await createGroup(t, 'Theirs', t.otherToken);
        const refused = await t.request('POST', '/api/ecommerce/shops', { name: 's', url: 'u', currency: 'USD', group_id: foreign.id });
        assert.equal(refused.status, 422);
        assert.deepEqual(refused.body.errors, { group_id: ['The selected group id is invalid.'] });
        const shop = await createShop(t, { group_id: group.id });
        assert.deepEqual(shop.group, { id: group.id, name: 'Buyers', total: 0, open_rate: { float: 0, string: '0%' }, click_rate: { float: 0, string: '0%' }, created_at: group.created_at });
        await createCustomer(t, shop.id, { create_subscriber: true });
        assert.equal((await t.request('GET', `/api/ecommerce/shops/${shop.id}`)).body.data.group.total, 1);
        const unlinked = await t.request('PUT', `/api/ecommerce/shops/${shop.id}`, { group_id: null });
        assert.equal(unlinked.body.data.group, null);
        await t.request('PUT', `/api/ecommerce/shops/${shop.id}`, { group_id: group.id });
        await t.request('DELETE', `/api/groups/${group.id}`);
        assert.equal((await t.request('GET', `/api/ecommerce/shops/${shop.id}`)).body.data.group, null);
    });
    it("never shows or touches another account's groups", async () => {
        const group = await createGroup(t, 'Mine');
        const other = { token: t.otherToken };
        for (const [method, body] of [['GET'], ['PUT', { name: 'x' }], ['DELETE']]) {
            assert.equal((await t.request(method, `/api/groups/${group.id}`, body, other)).status, 404, method);
        }
        const list = await t.request('GET', '/api/groups', undefined, other);
        assert.ok(!list.body.data.some((g) => g.id === group.id));
        assert.equal((await t.request('GET', `/api/groups/${group.id}`)).body.data.name, 'Mine');
    });
});
describe('subscribers', () => {
    it('fetches a subscriber by id or by email (any case); unknown ones are 404', async () => {
        const shop = await createShop(t);
        const customer = await createCustomer(t, shop.id, { email: 'fetch.me@example.com', create_subscriber: true });
        const byId = await t.request('GET', `/api/subscribers/${customer.subscriber.id}`);
        assert.equal(byId.status, 200);
        assert.deepEqual(byId.body.data, customer.subscriber);
        const byEmail = await t.request('GET', '/api/subscribers/Fetch.Me@example.com');
        assert.deepEqual(byEmail.body.data, customer.subscriber);
        assert.equal((await t.request('GET', '/api/subscribers/nobody@example.com')).status, 404);
        assert.equal((await t.request('GET', '/api/subscribers/123')).status, 404);
    });
    it('lists subscribers with cursors, forward and back', async () => {
        const shop = await createShop(t);
        const before = await t.request('GET', '/api/subscribers?limit=1000');
        const made = [];
        for (let i = 0; i < 5; i++)
            made.push((await createCustomer(t, shop.id, { create_subscriber: true })).subscriber);
        const all = [...before.body.data, ...made];
        const seen = [];
        let url = '/api/subscribers?limit=2';
        const pages = [];
        while (url) {
            const response = await t.request('GET', url);
            assert.equal(response.status, 200);
            assert.equal(response.body.meta.per_page, 2);
            assert.deepEqual(Object.keys(response.body.links), ['first', 'last', 'prev', 'next']);
            pages.push(response.body);
            seen.push(...response.body.data.map((s) => s.id));
            url = response.body.meta.next_cursor ? `/api/subscribers?limit=2&cursor=${response.body.meta.next_cursor}` : null;
        }
        assert.deepEqual(seen, all.map((s) => s.id), 'every subscriber once, in order');
        assert.equal(pages[0].meta.prev_cursor, null);
        assert.equal(pages.at(-1).meta.next_cursor, null);
        const back = await t.request('GET', `/api/subscribers?limit=2&cursor=${pages[1].meta.prev_cursor}`);
        assert.deepEqual(back.body.data, pages[0].data);
        assert.match(pages[0].links.next, /\/api\/subscribers\?cursor=/);
        const bad = await t.request('GET', '/api/subscribers?cursor=garbage');
        assert.equal(bad.status, 422);
        assert.deepEqual(bad.body.errors, { cursor: ['The cursor is invalid.'] });
        const filtered = await t.request('GET', '/api/subscribers?filter[status]=unsubscribed');
        assert.deepEqual(filtered.body.data, []);
    });
});
//# sourceMappingURL=groups-subscribers.test.js.map