import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setup } from './helpers/app.js';
import { assertDatabaseConsistent, createCustomer, createShop } from './helpers/factories.js';
const t = await setup();
const DEFAULT_KEYS = ['name', 'last_name', 'company', 'country', 'city', 'phone', 'state', 'z_i_p'];
describe('fields', () => {
    it('lists the eight default fields of a new account, 100 a page', async () => {
        const response = await t.request('GET', '/api/fields', undefined, { token: t.otherToken });
        assert.equal(response.status, 200);
        assert.deepEqual(response.body.data.map((f) => f.key), DEFAULT_KEYS);
        assert.deepEqual(response.body.data[0], { id: '1', name: 'Name', key: 'name', type: 'text', is_default: true, used_in_automations: false });
        assert.equal(response.body.meta.per_page, 100);
        assert.equal(response.body.meta.total, 8);
        assert.equal(response.body.links.next, null);
        assert.deepEqual((await t.request('GET', '/api/fields?limit=0', undefined, { token: t.otherToken })).body, { total: 8 });
    });
    it('creates a field (201) with a key derived from its name, renames it keeping the key, deletes it (204)', async () => {
        const created = await t.request('POST', '/api/fields', { name: 'Test field nodejs 348710', type: 'number' });
        assert.equal(created.status, 201);
        const field = created.body.data;
        assert.deepEqual(Object.keys(field), ['id', 'name', 'key', 'type', 'is_default']);
        assert.match(field.id, /^[0-9]{15,}$/);
        assert.deepEqual({ ...field, id: undefined }, { id: undefined, name: 'Test field nodejs 348710', key: 'test_field_nodejs_348710', type: 'number', is_default: false });
        const renamed = await t.request('PUT', `/api/fields/${field.id}`, { name: 'Renamed field' });
        assert.equal(renamed.status, 200);
        assert.deepEqual(renamed.body.data, { ...field, name: 'Renamed field' });
        const stored = await t.database.db.selectFrom('fields').select(['name', 'key']).where('id', '=', field.id).executeTakeFirstOrThrow();
        assert.deepEqual(stored, { name: 'Renamed field', key: 'test_field_nodejs_348710' });
        // The old name's key is taken: a field named like it again gets a numbered key.
        const again = await t.request('POST', '/api/fields', { name: 'Test field nodejs 348710', type: 'text' });
        assert.equal(again.body.data.key, 'test_field_nodejs_348710_2');
        const deleted = await t.request('DELETE', `/api/fields/${field.id}`);
        assert.equal(deleted.status, 204);
        assert.equal(deleted.text, '');
        assert.equal((await t.request('PUT', `/api/fields/${field.id}`, { name: 'x' })).status, 404);
        assert.equal((await t.request('DELETE', `/api/fields/${field.id}`)).status, 404);
        assert.equal((await t.request('DELETE', `/api/fields/${again.body.data.id}`)).status, 204);
    });
    it("refuses a bad type, a missing name, a duplicate name and a default field's delete with 422", async () => {
        const before = await t.request('GET', '/api/fields?limit=0');
        const badType = await t.request('POST', '/api/fields', { name: 'Shoe size', type: 'boolean' });
        assert.equal(badType.status, 422);
        assert.deepEqual(badType.body, { message: 'The given data was invalid.', errors: { type: ['The selected type is invalid.'] } });
        const missing = await t.request('POST', '/api/fields', { type: 'text' });
        assert.deepEqual(missing.body.errors, { name: ['The name field is required.'] });
        const long = await t.request('POST', '/api/fields', { name: 'x'.repeat(256), type: 'text' });
        assert.equal(long.status, 422);
        const duplicate = await t.request('POST', '/api/fields', { name: 'company', type: 'text' });
        assert.equal(duplicate.status, 422);
        assert.deepEqual(duplicate.body, { message: 'Field name must be unique', errors: { name: ['Field name must be unique'] } });
        const defaultDelete = await t.request('DELETE', '/api/fields/3');
        assert.equal(defaultDelete.status, 422);
        assert.deepEqual(defaultDelete.body.errors, { id: ['Default fields cannot be deleted.'] });
        assert.deepEqual((await t.request('GET', '/api/fields?limit=0')).body, before.body, 'nothing stored');
        const renamedDefault = await t.request('PUT', '/api/fields/8', { name: 'Postcode' });
        assert.deepEqual(renamedDefault.body.data, { id: '8', name: 'Postcode', key: 'z_i_p', type: 'text', is_default: true });
        assert.equal((await t.request('PUT', '/api/fields/8', { name: 'City' })).status, 422, 'a name another field has');
        await t.request('PUT', '/api/fields/8', { name: 'ZIP' });
    });
    it('filters by keyword and type, sorts by name ignoring case, and pages', async () => {
        const { otherToken: token } = t;
        for (const [name, type] of [['apple count', 'number'], ['Birthday', 'date'], ['[x] Zebra', 'text']]) {
            assert.equal((await t.request('POST', '/api/fields', { name, type }, { token })).status, 201);
        }
        const numbers = await t.request('GET', '/api/fields?filter%5Btype%5D=number', undefined, { token });
        assert.deepEqual(numbers.body.data.map((f) => f.name), ['apple count']);
        const keyword = await t.request('GET', '/api/fields?filter[keyword]=NAME', undefined, { token });
        assert.deepEqual(keyword.body.data.map((f) => f.key), ['name', 'last_name']);
        const sorted = await t.request('GET', '/api/fields?sort=name&limit=3', undefined, { token });
        assert.deepEqual(sorted.body.data.map((f) => f.name), ['apple count', 'Birthday', 'City']);
        assert.equal(sorted.body.meta.total, 11);
        assert.match(sorted.body.links.next, /\/api\/fields\?page=2$/);
        const descending = await t.request('GET', '/api/fields?sort=-name&limit=1', undefined, { token });
        assert.deepEqual(descending.body.data.map((f) => f.name), ['ZIP'], 'punctuation ignored: "[x] Zebra" sorts as "x Zebra"');
        const byType = await t.request('GET', '/api/fields?sort=-type&limit=1', undefined, { token });
        assert.equal(byType.body.data[0].type, 'text');
        assert.deepEqual((await t.request('GET', '/api/fields?sort=size')).body.errors, { sort: ['The selected sort is invalid.'] });
        // Another account sees none of them.
        assert.equal((await t.request('GET', '/api/fields?limit=0')).body.total, 8);
        const theirs = numbers.body.data[0].id;
        assert.equal((await t.request('PUT', `/api/fields/${theirs}`, { name: 'mine' })).status, 404);
        assert.equal((await t.request('DELETE', `/api/fields/${theirs}`)).status, 404);
    });
    it("puts every field of the account in a subscriber's fields, and a kept customer sees a new one", async () => {
        const shop = await createShop(t);
        const customer = await createCustomer(t, shop.id, { email: 'fields@example.com', create_subscriber: true, subscriber_fields: { name: 'Fay', zip: 'LV-1010' } });
        assert.equal(customer.subscriber.fields.z_i_p, 'LV-1010', "the plugin's zip is MailerLite's z_i_p");
        assert.equal((await t.request('GET', `/api/ecommerce/shops/${shop.id}/customers/${customer.id}`)).status, 200);
        const field = (await t.request('POST', '/api/fields', { name: 'Shoe size', type: 'number' })).body.data;
        const fetched = await t.request('GET', `/api/ecommerce/shops/${shop.id}/customers/${customer.id}`);
        assert.deepEqual(Object.keys(fetched.body.data.subscriber.fields), [...DEFAULT_KEYS, 'shoe_size']);
        assert.equal(fetched.body.data.subscriber.fields.shoe_size, null);
        const written = await t.request('POST', '/api/subscribers', { email: 'fields@example.com', fields: { shoe_size: '42' } });
        assert.equal(written.status, 200);
        assert.equal(written.body.data.fields.shoe_size, 42);
        await t.request('DELETE', `/api/fields/${field.id}`);
        const after = await t.request('GET', `/api/subscribers/fields@example.com`);
        assert.deepEqual(Object.keys(after.body.data.fields), DEFAULT_KEYS);
        const stored = await t.database.db.selectFrom('subscribers').select('fields').where('email', '=', 'fields@example.com').executeTakeFirstOrThrow();
        assert.equal('shoe_size' in JSON.parse(stored.fields), false, 'the values go with the field');
        await assertDatabaseConsistent(t);
    });
});
describe('double opt-in', () => {
    it('reads and flips the setting per account; when on, create_subscriber makes unconfirmed subscribers', async () => {
        assert.deepEqual((await t.request('GET', '/api/subscribe-settings/double-optin')).body, { double_optin: false });
        const toggled = await t.request('POST', '/api/subscribe-settings/double-optin/toggle', []);
        assert.equal(toggled.status, 200);
        assert.deepEqual(toggled.body, { double_optin: true });
        assert.deepEqual((await t.request('GET', '/api/subscribe-settings/double-optin')).body, { double_optin: true });
        assert.deepEqual((await t.request('GET', '/api/subscribe-settings/double-optin', undefined, { token: t.otherToken })).body, { double_optin: false });
        const shop = await createShop(t);
        const customer = await createCustomer(t, shop.id, { email: 'optin@example.com', create_subscriber: true });
        assert.equal(customer.subscriber.status, 'unconfirmed');
        const api = await t.request('POST', '/api/subscribers', { email: 'optin-api@example.com' });
        assert.equal(api.body.data.status, 'unconfirmed');
        const explicit = await t.request('POST', '/api/subscribers', { email: 'optin-explicit@example.com', status: 'active' });
        assert.equal(explicit.body.data.status, 'active', 'an explicit status wins');
        assert.deepEqual((await t.request('POST', '/api/subscribe-settings/double-optin/toggle')).body, { double_optin: false });
        assert.equal((await createCustomer(t, shop.id, { email: 'optout@example.com', create_subscriber: true })).subscriber.status, 'active');
        assert.equal((await t.request('GET', '/api/subscribe-settings/double-optin', undefined, { token: null })).status, 401);
    });
});
//# sourceMappingURL=fields.test.js.map