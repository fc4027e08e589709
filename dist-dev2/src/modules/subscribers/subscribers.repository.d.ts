import type { Executor } from '../../db/schema.js';
export interface SubscriberRow {
    id: string | bigint;
    email: string;
    status: string;
    source: string;
    ip_address: string | null;
    fields: string;
    subscribed_at: string | null;
    unsubscribed_at: string | null;
    opted_in_at: string | null;
    optin_ip: string | null;
    created_at: string;
    updated_at: string;
}
export declare function findSubscriberById(db: Executor, accountId: string, id: string): Promise<SubscriberRow | undefined>;
export declare function findSubscribersByEmails(db: Executor, accountId: string, emails: string[]): Promise<SubscriberRow[]>;
/** Inserts unless the account already has this email; concurrent callers end with one row either way. */
/** Answers true when the subscriber was inserted, false when the account already had one with this email. */
export declare function insertSubscriberIfAbsent(db: Executor, row: SubscriberRow & {
    id: string;
    account_id: string;
}): Promise<boolean>;
export declare function updateSubscriberFields(db: Executor, accountId: string, id: string, fields: string, updatedAt: string): Promise<void>;
export declare function countSubscribers(db: Executor, accountId: string, options: {
    status?: string;
    groupId?: string;
}): Promise<number>;
/** One page in id order, after or before a cursor id; one row more than asked tells whether more exist. */
export declare function listSubscribers(db: Executor, accountId: string, options: {
    limit: number;
    status?: string;
    after?: string;
    before?: string;
    groupId?: string;
}): Promise<SubscriberRow[]>;
export type SubscriberInsert = Omit<SubscriberRow, 'id'> & {
    id: string;
    account_id: string;
};
export declare function insertSubscriber(db: Executor, row: SubscriberInsert): Promise<void>;
export declare function updateSubscriber(db: Executor, accountId: string, id: string, changes: Partial<Omit<SubscriberRow, 'id' | 'email' | 'source' | 'created_at'>> & {
    updated_at: string;
}): Promise<void>;
/** Its memberships go first (trigger, migration 0006), counted out of their groups. */
export declare function deleteSubscriber(db: Executor, accountId: string, id: string): Promise<void>;
