import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import MailerLiteModule from '@mailerlite/mailerlite-nodejs';
import { setup } from './helpers/app.js';
// The official Node SDK's fields, subscribers and groups modules against a listening Cartline: what a developer
// testing a MailerLite integration runs. The SDK sends filter[...] with literal brackets and POSTs without bodies.
const MailerLite = MailerLiteModule;
const t = await setup();
const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
const client = new MailerLite({ api_key: t.token, base_path: address });
describe('the official Node SDK', () => {
    it('fields: get with filter and sort, create, update, delete', async () => {
        const created = await client.fields.create({ name: 'SDK field', type: 'number' });
        assert.equal(created.status, 201);
        const field = created.data.data;
        assert.equal(field.key, 'sdk_field');
        const listed = await client.fields.get({ limit: 5, page: 1, filter: { type: 'number' }, sort: '-name' });
        assert.equal(listed.status, 200);
        assert.deepEqual(listed.data.data.map((f) => f.key), ['sdk_field']);
        const keyword = await client.fields.get({ filter: { keyword: 'last' } });
        assert.deepEqual(keyword.data.data.map((f) => f.key), ['last_name']);
        const updated = await client.fields.update(field.id, { name: 'SDK field renamed' });
        assert.equal(updated.status, 200);
        assert.deepEqual([updated.data.data.name, updated.data.data.key], ['SDK field renamed', 'sdk_field']);
        const deleted = await client.fields.delete(field.id);
        assert.equal(deleted.status, 204);
        await assert.rejects(client.fields.delete(field.id), (error) => error.response.status === 404);
        await assert.rejects(client.fields.create({ name: 'Bad', type: 'colour' }), (error) => {
            assert.equal(error.response.status, 422);
            assert.deepEqual(error.response.data.errors, { type: ['The selected type is invalid.'] });
            return true;
        });
    });
    it('subscribers: createOrUpdate, find, get, getCount, update, delete, forget', async () => {
        const params = {
            email: 'Dummy@Example.com',
            fields: { name: 'Dummy', last_name: 'Testerson', company: 'MailerLite', country: 'Best country', city: 'Best city', phone: '37060677606', state: 'Best state', z_i_p: '99999' },
            status: 'active',
            subscribed_at: '2021-08-31 14:22:08',
            ip_address: null,
            opted_in_at: null,
            optin_ip: null,
            unsubscribed_at: null,
        };
        const created = await client.subscribers.createOrUpdate(params);
        assert.equal(created.status, 201);
        const subscriber = created.data.data;
        assert.equal(subscriber.email, 'dummy@example.com');
        assert.equal(subscriber.fields.z_i_p, '99999');
        const again = await client.subscribers.createOrUpdate({ email: 'dummy@example.com', fields: { city: 'Vilnius' } });
        assert.equal(again.status, 200);
        assert.equal(again.data.data.fields.name, 'Dummy');
        assert.equal(again.data.data.fields.city, 'Vilnius');
        assert.equal((await client.subscribers.find(subscriber.id)).data.data.id, subscriber.id);
        assert.equal((await client.subscribers.find('dummy@example.com')).data.data.id, subscriber.id);
        const listed = await client.subscribers.get({ filter: { status: 'active' }, limit: 10 });
        assert.ok(listed.data.data.some((s) => s.id === subscriber.id));
        assert.deepEqual((await client.subscribers.getCount()).data, { total: 1 });
        const updated = await client.subscribers.update(subscriber.id, { status: 'unsubscribed' });
        assert.equal(updated.status, 200);
        assert.equal(updated.data.data.status, 'unsubscribed');
        assert.equal((await client.subscribers.delete(subscriber.id)).status, 204);
        await assert.rejects(client.subscribers.find(subscriber.id), (error) => error.response.status === 404);
        const other = await client.subscribers.createOrUpdate({ email: 'forget@example.com' });
        const forgotten = await client.subscribers.forget(other.data.data.id);
        assert.equal(forgotten.status, 200);
        assert.equal(forgotten.data.data.email, 'forget@example.com');
        assert.deepEqual((await client.subscribers.getCount()).data, { total: 0 });
    });
    it('groups: create, get, update, assignSubscriber, getSubscribers, unAssignSubscriber, delete', async () => {
        const group = (await client.groups.create({ name: 'SDK members' })).data.data;
        const subscriber = (await client.subscribers.createOrUpdate({ email: 'member@example.com' })).data.data;
        const assigned = await client.groups.assignSubscriber(subscriber.id, group.id);
        assert.equal(assigned.status, 200);
        assert.equal(assigned.data.data.active_count, 1);
        const members = await client.groups.getSubscribers(group.id, { filter: { status: 'active' }, limit: 5 });
        assert.equal(members.status, 200);
        assert.deepEqual(members.data.data.map((s) => s.id), [subscriber.id]);
        const listed = await client.groups.get({ limit: 5, page: 1, filter: { name: 'SDK' }, sort: 'name' });
        assert.ok(listed.data.data.some((g) => g.id === group.id));
        assert.equal((await client.groups.update(group.id, { name: 'SDK renamed' })).data.data.name, 'SDK renamed');
        assert.equal((await client.groups.unAssignSubscriber(subscriber.id, group.id)).status, 204);
        assert.deepEqual((await client.groups.getSubscribers(group.id, {})).data.data, []);
        assert.equal((await client.groups.delete(group.id)).status, 204);
    });
});
//# sourceMappingURL=sdk.test.js.map