import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sql } from 'kysely';
import { runChecks } from '../src/db/integrity.repository.js';
import { setup } from './helpers/app.js';
import { assertDatabaseConsistent, createGroup, createShop } from './helpers/factories.js';
// A group's member counts (a group's active_count..., a shop's group.total in every order, cart and customer) are
// counters the database keeps by trigger (migration 0006): reading them costs the same for 10 members or 100,000.
// Whatever changes a membership or a status, the counts answered must equal a count of the rows.
const t = await setup();
const second = await t.secondInstance();
async function counts(groupId) {
    const group = (await t.request('GET', `/api/groups/${groupId}`)).body.data;
    return { active: group.active_count, unsubscribed: group.unsubscribed_count, unconfirmed: group.unconfirmed_count, bounced: group.bounced_count };
}
/** Counted from the rows themselves, as `cartline check` does. */
async function countedFromRows(groupId) {
    const { rows } = await sql `select s.status, count(*) as n from group_subscribers gs
    join subscribers s on s.id = gs.subscriber_id where gs.group_id = ${groupId} group by s.status`.execute(t.database.db);
    const by = Object.fromEntries(rows.map((row) => [row.status, Number(row.n)]));
    return { active: by.active ?? 0, unsubscribed: by.unsubscribed ?? 0, unconfirmed: by.unconfirmed ?? 0, bounced: by.bounced ?? 0 };
}
async function importCustomers(request, shopId, emails) {
    const response = await request('POST', `/api/ecommerce/shops/${shopId}/customers/import`, emails.map((email) => ({ email, create_subscriber: true })));
    assert.equal(response.status, 200, response.text);
}
describe('group member counters', () => {
    it('follow memberships added from two processes at once, status changes and deletes', async () => {
        const group = await createGroup(t, 'Buyers');
        const shop = await createShop(t, { group_id: group.id });
        // 8 imports of 25 customers each, half through each instance, at once; 5 emails appear in two imports.
        const batches = Array.from({ length: 8 }, (_, b) => Array.from({ length: 25 }, (_, i) => `c${b * 20 + i}@example.com`));
        await Promise.all(batches.map((emails, b) => importCustomers(b % 2 ? second : t.request, shop.id, emails)));
        const members = new Set(batches.flat()).size;
        assert.deepEqual(await counts(group.id), { active: members, unsubscribed: 0, unconfirmed: 0, bounced: 0 });
        assert.equal((await t.request('GET', `/api/ecommerce/shops/${shop.id}`)).body.data.group.total, members);
        // Statuses change (as MailerLite's unsubscribe or a bounce would): the counts move, the total follows.
        await sql `update subscribers set status = 'unsubscribed' where email in ('c0@example.com', 'c1@example.com', 'c2@example.com')`.execute(t.database.db);
        await sql `update subscribers set status = 'bounced' where email = 'c3@example.com'`.execute(t.database.db);
        await sql `update subscribers set updated_at = updated_at where email = 'c4@example.com'`.execute(t.database.db);
        assert.deepEqual(await counts(group.id), { active: members - 4, unsubscribed: 3, unconfirmed: 0, bounced: 1 });
        const customer = (await t.request('GET', `/api/ecommerce/shops/${shop.id}/customers?limit=1`)).body.data[0];
        assert.equal(customer.subscriber.groups[0].active_count, members - 4, 'embedded groups carry the same counts');
        // A deleted subscriber leaves its groups, whatever its status.
        await sql `delete from subscribers where email in ('c0@example.com', 'c10@example.com')`.execute(t.database.db);
        assert.deepEqual(await counts(group.id), { active: members - 5, unsubscribed: 2, unconfirmed: 0, bounced: 1 });
        assert.deepEqual(await counts(group.id), await countedFromRows(group.id));
        await assertDatabaseConsistent(t);
        // A deleted group takes its counts with it.
        assert.equal((await t.request('DELETE', `/api/groups/${group.id}`)).status, 204);
        const { rows } = await sql `select count(*) as n from group_counters where group_id = ${group.id}`.execute(t.database.db);
        assert.equal(Number(rows[0].n), 0);
        await assertDatabaseConsistent(t);
    });
    it('cartline check fails when a count no longer matches the members', async () => {
        const group = await createGroup(t, 'Tampered');
        const shop = await createShop(t, { group_id: group.id });
        await importCustomers(t.request, shop.id, ['x@example.com', 'y@example.com']);
        await sql `update group_counters set n = n + 1 where group_id = ${group.id} and status = 'active'`.execute(t.database.db);
        const failed = (await runChecks(t.database.db, t.database.dialect)).filter((result) => !result.ok).map((result) => result.name);
        assert.deepEqual(failed, ["every group's member counts match its members (group totals)"]);
        await sql `update group_counters set n = n - 1 where group_id = ${group.id} and status = 'active'`.execute(t.database.db);
        await assertDatabaseConsistent(t);
    });
});
//# sourceMappingURL=group-counters.test.js.map