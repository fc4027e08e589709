import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setup } from './helpers/app.js';
import { assertDatabaseConsistent, createCustomer, createGroup, createShop } from './helpers/factories.js';
const t = await setup();
async function countSubscribers(token = t.token) {
    return (await t.request('GET', '/api/subscribers?limit=0', undefined, { token })).body;
}
describe('subscriber writes', () => {
    it('creates (201) and then updates by email (200), non-destructively, with fields, groups and dates', async () => {
        const group = await createGroup(t, 'Writers');
        const created = await t.request('POST', '/api/subscribers', {
            email: 'MNMnx@Example.com',
            fields: { name: 'Ann', city: 'Riga', unknown_key: 'ignored' },
            groups: [group.id],
            subscribed_at: '2021-08-31 14:22:08',
            ip_address: '192.0.2.1',
            opted_in_at: '2021-08-31 14:23:00',
            optin_ip: '2001:db8::1',
        });
        assert.equal(created.status, 201, created.text);
        const subscriber = created.body.data;
        assert.equal(subscriber.email, 'mnmnx@example.com');
        assert.equal(subscriber.status, 'active');
        assert.equal(subscriber.source, 'api');
        assert.equal(subscriber.subscribed_at, '2021-08-31 14:22:08');
        assert.equal(subscriber.ip_address, '192.0.2.1');
        assert.equal(subscriber.opted_in_at, '2021-08-31 14:23:00');
        assert.equal(subscriber.optin_ip, '2001:db8::1');
        assert.deepEqual(subscriber.fields, { name: 'Ann', last_name: null, company: null, country: null, city: 'Riga', phone: null, state: null, z_i_p: null });
        assert.deepEqual(subscriber.groups.map((g) => [g.id, g.active_count]), [[group.id, 1]]);
        const other = await createGroup(t, 'Second');
        const updated = await t.request('POST', '/api/subscribers', { email: 'mnmnx@example.COM', fields: { last_name: 'Lee' }, groups: [other.id] });
        assert.equal(updated.status, 200);
        assert.equal(updated.body.data.id, subscriber.id);
        assert.equal(updated.body.data.fields.name, 'Ann', 'fields not sent keep their values');
        assert.equal(updated.body.data.fields.last_name, 'Lee');
        assert.deepEqual(updated.body.data.groups.map((g) => g.id).sort(), [group.id, other.id].sort(), 'groups are added to');
        const rows = await t.database.db.selectFrom('subscribers').select(['email', 'status']).where('email', 'like', 'mnmnx%').execute();
        assert.deepEqual(rows, [{ email: 'mnmnx@example.com', status: 'active' }]);
        assert.deepEqual((await t.request('GET', `/api/subscribers/${subscriber.id}`)).body.data, updated.body.data);
        // Several groups at once, one named twice and one it is already in: each membership once.
        const third = await createGroup(t, 'Third');
        const again = await t.request('POST', '/api/subscribers', { email: 'mnmnx@example.com', groups: [third.id, group.id, third.id] });
        assert.equal(again.status, 200);
        assert.deepEqual(again.body.data.groups.map((g) => g.id).sort(), [group.id, other.id, third.id].sort());
        const memberships = await t.database.db.selectFrom('group_subscribers').select('group_id').where('subscriber_id', '=', subscriber.id).execute();
        assert.deepEqual(memberships.map((row) => String(row.group_id)).sort(), [group.id, other.id, third.id].sort());
        assert.equal((await t.request('GET', `/api/groups/${third.id}`)).body.data.active_count, 1);
    });
    it('refuses bad input with MailerLite-shaped 422s and stores nothing', async () => {
        const before = await countSubscribers();
        const field = (await t.request('POST', '/api/fields', { name: 'Visits', type: 'number' })).body.data;
        const day = (await t.request('POST', '/api/fields', { name: 'Birthday', type: 'date' })).body.data;
        const missing = await t.request('POST', '/api/subscribers', {});
        assert.deepEqual(missing.body, { message: 'The given data was invalid.', errors: { email: ['The email field is required.'] } });
        const bad = await t.request('POST', '/api/subscribers', {
            email: 'not an email',
            status: 'sleeping',
        });
        assert.equal(bad.status, 422);
        assert.deepEqual(bad.body.errors, { status: ['The selected status is invalid.'] });
        const semantic = await t.request('POST', '/api/subscribers', {
            email: 'not an email',
            groups: ['123', 'abc'],
            fields: { [field.key]: 'many', [day.key]: '2021-02-30' },
            subscribed_at: 'yesterday',
            ip_address: '999.1.1.1',
        });
        assert.equal(semantic.status, 422);
        assert.deepEqual(semantic.body.errors, {
            email: ['The email must be a valid email address.'],
            subscribed_at: ['The subscribed at does not match the format Y-m-d H:i:s.'],
            ip_address: ['The ip address must be a valid IP address.'],
            'fields.visits': ['The fields.visits must be a number.'],
            'fields.birthday': ['The fields.birthday is not a valid date.'],
            'groups.0': ['The selected groups.0 is invalid.'],
            'groups.1': ['The selected groups.1 is invalid.'],
        });
        const theirGroup = await createGroup(t, 'Not yours', t.otherToken);
        const foreign = await t.request('POST', '/api/subscribers', { email: 'ok@example.com', groups: [theirGroup.id] });
        assert.deepEqual(foreign.body.errors, { 'groups.0': ['The selected groups.0 is invalid.'] });
        assert.deepEqual(await countSubscribers(), before);
        const typed = await t.request('POST', '/api/subscribers', { email: 'typed@example.com', fields: { visits: '12', birthday: '1990-05-01' } });
        assert.equal(typed.status, 201);
        assert.equal(typed.body.data.fields.visits, 12);
        assert.equal(typed.body.data.fields.birthday, '1990-05-01');
    });
    it('updates by id (PUT), unsubscribes with a date, deletes (204) and forgets', async () => {
        const created = (await t.request('POST', '/api/subscribers', { email: 'put@example.com', fields: { name: 'P' } })).body.data;
        const put = await t.request('PUT', `/api/subscribers/${created.id}`, { status: 'unsubscribed', fields: { company: 'Acme', email: 'changed@example.com' } });
        assert.equal(put.status, 200);
        assert.equal(put.body.data.email, 'put@example.com', 'fields.email changes nothing');
        assert.equal(put.body.data.status, 'unsubscribed');
        assert.match(put.body.data.unsubscribed_at, /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
        assert.equal(put.body.data.fields.company, 'Acme');
        assert.equal(put.body.data.fields.name, 'P');
        assert.equal((await t.request('PUT', '/api/subscribers/123', { status: 'active' })).status, 404);
        assert.equal((await t.request('PUT', `/api/subscribers/${created.id}`, { status: 'active' }, { token: t.otherToken })).status, 404);
        assert.equal((await t.request('DELETE', `/api/subscribers/${created.id}`, undefined, { token: t.otherToken })).status, 404);
        const deleted = await t.request('DELETE', `/api/subscribers/${created.id}`);
        assert.equal(deleted.status, 204);
        assert.equal(deleted.text, '');
        assert.equal((await t.request('GET', `/api/subscribers/${created.id}`)).status, 404);
        assert.equal((await t.request('DELETE', `/api/subscribers/${created.id}`)).status, 404);
        const group = await createGroup(t, 'Forgotten');
        const doomed = (await t.request('POST', '/api/subscribers', { email: 'forget@example.com', groups: [group.id] })).body.data;
        const forgotten = await t.request('POST', `/api/subscribers/${doomed.id}/forget`);
        assert.equal(forgotten.status, 200);
        assert.equal(forgotten.body.message, 'Subscriber data will be completely deleted and forgotten within 30 days.');
        assert.equal(forgotten.body.data.email, 'forget@example.com');
        assert.equal(forgotten.body.data.location, null);
        const gap = Date.parse(`${forgotten.body.data.forget_at}Z`) - Date.parse(`${forgotten.body.data.deleted_at}Z`);
        assert.equal(gap, 30 * 86_400_000);
        assert.equal((await t.request('GET', `/api/subscribers/${doomed.id}`)).status, 404);
        assert.equal((await t.request('GET', `/api/groups/${group.id}`)).body.data.active_count, 0);
        assert.equal((await t.request('POST', `/api/subscribers/${doomed.id}/forget`)).status, 404);
    });
    it("assigns to and unassigns from groups; lists a group's subscribers by status with cursors", async () => {
        const group = await createGroup(t, 'Members');
        const ids = [];
        for (const [email, status] of [['m1@example.com', 'active'], ['m2@example.com', 'active'], ['m3@example.com', 'unconfirmed'], ['m4@example.com', 'active']]) {
            ids.push((await t.request('POST', '/api/subscribers', { email, status })).body.data.id);
        }
        for (const id of ids) {
            const assigned = await t.request('POST', `/api/subscribers/${id}/groups/${group.id}`);
            assert.equal(assigned.status, 200);
            assert.equal(assigned.body.data.id, group.id);
        }
        const twice = await t.request('POST', `/api/subscribers/${ids[0]}/groups/${group.id}`);
        assert.equal(twice.body.data.active_count, 3, 'assigning twice is once');
        assert.equal(twice.body.data.unconfirmed_count, 1);
        assert.equal((await t.request('POST', `/api/subscribers/${ids[0]}/groups/999`)).status, 404);
        assert.equal((await t.request('POST', `/api/subscribers/999/groups/${group.id}`)).status, 404);
        assert.equal((await t.request('POST', `/api/subscribers/${ids[0]}/groups/${group.id}`, undefined, { token: t.otherToken })).status, 404);
        const first = await t.request('GET', `/api/groups/${group.id}/subscribers?limit=2`);
        assert.equal(first.status, 200);
        assert.equal(first.body.data.length, 2);
        assert.ok(first.body.data.every((s) => s.status === 'active'), 'active unless asked');
        assert.equal(first.body.meta.per_page, 2);
        assert.ok(first.body.meta.next_cursor);
        const second = await t.request('GET', `/api/groups/${group.id}/subscribers?limit=2&cursor=${first.body.meta.next_cursor}`);
        assert.equal(second.body.data.length, 1);
        assert.equal(second.body.meta.next_cursor, null);
        const unconfirmed = await t.request('GET', `/api/groups/${group.id}/subscribers?filter[status]=unconfirmed`);
        assert.deepEqual(unconfirmed.body.data.map((s) => s.email), ['m3@example.com']);
        assert.equal((await t.request('GET', '/api/groups/999/subscribers')).status, 404);
        const removed = await t.request('DELETE', `/api/subscribers/${ids[0]}/groups/${group.id}`);
        assert.equal(removed.status, 204);
        assert.equal((await t.request('GET', `/api/groups/${group.id}`)).body.data.active_count, 2);
        assert.equal((await t.request('DELETE', `/api/subscribers/${ids[0]}/groups/${group.id}`)).status, 204, 'not a member: the same answer');
        const stored = await t.database.db.selectFrom('group_subscribers').select('subscriber_id').where('group_id', '=', group.id).execute();
        assert.equal(stored.length, 3);
        await assertDatabaseConsistent(t);
    });
    it("is seen by the e-commerce side: the shop group's counts and a kept customer's subscriber", async () => {
        const group = await createGroup(t, 'Shop group');
        const shop = await createShop(t, { group_id: group.id });
        const customer = await createCustomer(t, shop.id, { email: 'buyer@example.com', create_subscriber: true });
        assert.equal(customer.subscriber.status, 'active');
        const path = `/api/ecommerce/shops/${shop.id}/customers/${customer.id}`;
        // Read twice so the answer is kept (src/http/fragments.ts); the writes below must still show.
        await t.request('GET', path);
        assert.equal((await t.request('GET', `/api/ecommerce/shops/${shop.id}`)).body.data.group.total, 1);
        const written = await t.request('POST', '/api/subscribers', { email: 'buyer@example.com', status: 'unsubscribed', fields: { name: 'Buyer' } });
        assert.equal(written.status, 200);
        const seen = (await t.request('GET', path)).body.data;
        assert.equal(seen.subscriber.status, 'unsubscribed');
        assert.equal(seen.subscriber.fields.name, 'Buyer');
        assert.equal(seen.subscriber.groups[0].unsubscribed_count, 1);
        assert.equal(seen.subscriber.groups[0].active_count, 0);
        assert.equal((await t.request('GET', `/api/ecommerce/shops/${shop.id}`)).body.data.group.total, 0);
        await t.request('PUT', `/api/subscribers/${customer.subscriber.id}`, { status: 'active' });
        assert.equal((await t.request('GET', `/api/ecommerce/shops/${shop.id}`)).body.data.group.total, 1);
        await t.request('DELETE', `/api/subscribers/${customer.subscriber.id}/groups/${group.id}`);
        assert.equal((await t.request('GET', `/api/ecommerce/shops/${shop.id}`)).body.data.group.total, 0);
        assert.deepEqual((await t.request('GET', path)).body.data.subscriber.groups, []);
        await t.request('DELETE', `/api/subscribers/${customer.subscriber.id}`);
        assert.equal((await t.request('GET', path)).body.data.subscriber, null);
        await assertDatabaseConsistent(t);
    });
});
//# sourceMappingURL=subscribers-write.test.js.map