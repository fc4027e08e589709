import { sql, SqliteAdapter } from 'kysely';
// Frozen in time: never import application code here.
// How many subscribers of each status every group has, kept by the database: a shop's group is embedded in
// every order, cart and customer answer with its active count, and counting a group of 100,000 members on each
// read cost more than the read. Triggers keep the counts in the same transaction as the memberships and the
// statuses, whatever writes them:
// - a membership added or removed counts for its subscriber's status;
// - a subscriber whose status changes moves from one count to the other in each of its groups;
// - a subscriber deleted leaves its groups first (a BEFORE trigger), so that the removal still sees its status;
// - a group deleted takes its counts with it (foreign key).
const STATEMENTS = {
    // The membership's subscriber has one status; the count of (group, status) is created on first use.
    countJoin: (group, subscriber) => `insert into group_counters (group_id, status, n)
      select ${group}, s.status, 1 from subscribers s where s.id = ${subscriber}
      on conflict (group_id, status) do update set n = group_counters.n + 1`,
    countLeave: (group, subscriber) => `update group_counters set n = n - 1
      where group_id = ${group} and status = (select s.status from subscribers s where s.id = ${subscriber})`,
    leaveGroups: (subscriber) => `delete from group_subscribers where subscriber_id = ${subscriber}`,
    moveStatus: (subscriber, from, to) => [
        `update group_counters set n = n - 1 where status = ${from} and group_id in (select gs.group_id from group_subscribers gs where gs.subscriber_id = ${subscriber})`,
        `insert into group_counters (group_id, status, n)
      select gs.group_id, ${to}, 1 from group_subscribers gs where gs.subscriber_id = ${subscriber}
      on conflict (group_id, status) do update set n = group_counters.n + 1`,
    ],
};
export async function up(db) {
    const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
    await db.schema
        .createTable('group_counters')
        .addColumn('group_id', 'bigint', (c) => c.notNull().references('groups.id').onDelete('cascade'))
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('n', 'bigint', (c) => c.notNull().defaultTo(0))
        .addPrimaryKeyConstraint('group_counters_pk', ['group_id', 'status'])
        .execute();
    await sql `insert into group_counters (group_id, status, n)
    select gs.group_id, s.status, count(*) from group_subscribers gs join subscribers s on s.id = gs.subscriber_id
    group by gs.group_id, s.status`.execute(db);
    if (sqlite) {
        const triggers = [
            `create trigger group_members_counted_insert after insert on group_subscribers begin
         ${STATEMENTS.countJoin('new.group_id', 'new.subscriber_id')};
       end`,
            `create trigger group_members_counted_delete after delete on group_subscribers begin
         ${STATEMENTS.countLeave('old.group_id', 'old.subscriber_id')};
       end`,
            `create trigger subscribers_leave_groups before delete on subscribers begin
         ${STATEMENTS.leaveGroups('old.id')};
       end`,
            `create trigger subscribers_status_counted after update of status on subscribers when old.status <> new.status begin
         ${STATEMENTS.moveStatus('new.id', 'old.status', 'new.status').join(';\n')};
       end`,
        ];
        for (const trigger of triggers)
            await sql.raw(trigger).execute(db);
        return;
    }
    const functions = [
        `create function cartline_group_members_counted() returns trigger language plpgsql as $$
     begin
       if tg_op = 'INSERT' then
         ${STATEMENTS.countJoin('new.group_id', 'new.subscriber_id')};
       else
         ${STATEMENTS.countLeave('old.group_id', 'old.subscriber_id')};
       end if;
       return null;
     end $$`,
        `create function cartline_subscribers_leave_groups() returns trigger language plpgsql as $$
     begin
       ${STATEMENTS.leaveGroups('old.id')};
       return old;
     end $$`,
        `create function cartline_subscribers_status_counted() returns trigger language plpgsql as $$
     begin
       ${STATEMENTS.moveStatus('new.id', 'old.status', 'new.status').join(';\n')};
       return null;
     end $$`,
        `create trigger group_members_counted after insert or delete on group_subscribers
     for each row execute function cartline_group_members_counted()`,
        `create trigger subscribers_leave_groups before delete on subscribers
     for each row execute function cartline_subscribers_leave_groups()`,
        `create trigger subscribers_status_counted after update of status on subscribers
     for each row when (old.status is distinct from new.status) execute function cartline_subscribers_status_counted()`,
    ];
    for (const statement of functions)
        await sql.raw(statement).execute(db);
}
export async function down(db) {
    const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
    if (sqlite) {
        for (const trigger of ['group_members_counted_insert', 'group_members_counted_delete', 'subscribers_leave_groups', 'subscribers_status_counted']) {
            await sql.raw(`drop trigger ${trigger}`).execute(db);
        }
    }
    else {
        await sql.raw('drop trigger group_members_counted on group_subscribers').execute(db);
        await sql.raw('drop trigger subscribers_leave_groups on subscribers').execute(db);
        await sql.raw('drop trigger subscribers_status_counted on subscribers').execute(db);
        for (const fn of ['cartline_group_members_counted', 'cartline_subscribers_leave_groups', 'cartline_subscribers_status_counted']) {
            await sql.raw(`drop function ${fn}()`).execute(db);
        }
    }
    await db.schema.dropTable('group_counters').execute();
}
//# sourceMappingURL=0006_group_counters.js.map