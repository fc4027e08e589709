import type { Database, Executor } from '../../db/schema.js';
import type { Group } from '../groups/groups.schemas.js';
import type { Subscriber, SubscriberUpdateBody, SubscriberUpsertBody } from './subscribers.schemas.js';
import { type EventSource } from '../events/outbox.js';
/** The default fields of a MailerLite account, with its odd but real `z_i_p` key. */
export declare const DEFAULT_FIELDS: ("name" | "last_name" | "company" | "country" | "city" | "phone" | "state" | "z_i_p")[];
export declare function normalizeEmail(email: string): string;
/**
 * create_subscriber: true. Creates an active subscriber (source "api") for the email unless the account has one,
 * and adds it to the shop's group, if the shop has one. An existing subscriber is linked as it is.
 */
export declare function ensureSubscriber(db: Executor, source: EventSource, email: string, timestamp: string, groupId: string | null): Promise<void>;
/** Merges values into the fields of the account's subscriber with this email, if there is one. */
export declare function fillSubscriberFields(db: Executor, source: EventSource, email: string, values: Record<string, string | number | null>, timestamp: string): Promise<void>;
export declare function getSubscriber(db: Executor, accountId: string, idOrEmail: string): Promise<Subscriber>;
export declare function listSubscribers(db: Executor, accountId: string, query: {
    limit?: number;
    cursor?: string;
    'filter[status]'?: string;
}, path: string, groupId?: string): Promise<{
    total: number;
    data?: undefined;
    links?: undefined;
    meta?: undefined;
} | {
    data: {
        email: string;
        groups: {
            name: string;
            id: string;
            created_at: string;
            active_count: number;
            sent_count: number;
            opens_count: number;
            open_rate: {
                string: string;
                float: number;
            };
            clicks_count: number;
            click_rate: {
                string: string;
                float: number;
            };
            unsubscribed_count: number;
            unconfirmed_count: number;
            bounced_count: number;
            junk_count: number;
        }[];
        fields: Record<string, string | number | null>;
        id: string;
        status: string;
        created_at: string;
        updated_at: string;
        source: string;
        ip_address: string | null;
        subscribed_at: string | null;
        unsubscribed_at: string | null;
        opted_in_at: string | null;
        optin_ip: string | null;
        opens_count: number;
        open_rate: number;
        clicks_count: number;
        click_rate: number;
        sent: number;
    }[];
    links: {
        first: null;
        last: null;
        prev: string | null;
        next: string | null;
    };
    meta: {
        path: string;
        per_page: number;
        next_cursor: string | null;
        prev_cursor: string | null;
    };
    total?: undefined;
}>;
/** Creates the account's subscriber with this email, or updates it (non-destructive: what is not sent stays). */
export declare function upsertSubscriber(db: Database, source: EventSource, body: SubscriberUpsertBody): Promise<{
    created: boolean;
    subscriber: Subscriber;
}>;
export declare function updateSubscriber(db: Database, source: EventSource, rawId: string, body: SubscriberUpdateBody): Promise<Subscriber>;
export declare function deleteSubscriber(db: Database, accountId: string, rawId: string): Promise<void>;
/**
 * MailerLite deletes a forgotten subscriber's data within 30 days; Cartline deletes it at once, and answers what
 * MailerLite answers: the subscriber as it was, with deleted_at, forget_at (30 days on) and location.
 */
export declare function forgetSubscriber(db: Database, accountId: string, rawId: string): Promise<{
    data: {
        deleted_at: string;
        forget_at: string;
        location: null;
        email: string;
        groups: {
            name: string;
            id: string;
            created_at: string;
            active_count: number;
            sent_count: number;
            opens_count: number;
            open_rate: {
                string: string;
                float: number;
            };
            clicks_count: number;
            click_rate: {
                string: string;
                float: number;
            };
            unsubscribed_count: number;
            unconfirmed_count: number;
            bounced_count: number;
            junk_count: number;
        }[];
        fields: Record<string, string | number | null>;
        id: string;
        status: string;
        created_at: string;
        updated_at: string;
        source: string;
        ip_address: string | null;
        subscribed_at: string | null;
        unsubscribed_at: string | null;
        opted_in_at: string | null;
        optin_ip: string | null;
        opens_count: number;
        open_rate: number;
        clicks_count: number;
        click_rate: number;
        sent: number;
    };
    message: string;
}>;
/** Adds the subscriber to the group (twice is once); answers the group with its counts, as MailerLite does. */
export declare function assignToGroup(db: Database, accountId: string, rawSubscriberId: string, rawGroupId: string): Promise<Group>;
/** Takes the subscriber out of the group; one that was not in it is answered the same (204). */
export declare function unassignFromGroup(db: Database, accountId: string, rawSubscriberId: string, rawGroupId: string): Promise<void>;
/** GET /api/groups/:id/subscribers: the group's members, cursor paginated; `active` ones unless a status is asked. */
export declare function listGroupSubscribers(db: Executor, accountId: string, rawGroupId: string, query: {
    limit?: number;
    cursor?: string;
    'filter[status]'?: string;
}, path: string): Promise<{
    total: number;
    data?: undefined;
    links?: undefined;
    meta?: undefined;
} | {
    data: {
        email: string;
        groups: {
            name: string;
            id: string;
            created_at: string;
            active_count: number;
            sent_count: number;
            opens_count: number;
            open_rate: {
                string: string;
                float: number;
            };
            clicks_count: number;
            click_rate: {
                string: string;
                float: number;
            };
            unsubscribed_count: number;
            unconfirmed_count: number;
            bounced_count: number;
            junk_count: number;
        }[];
        fields: Record<string, string | number | null>;
        id: string;
        status: string;
        created_at: string;
        updated_at: string;
        source: string;
        ip_address: string | null;
        subscribed_at: string | null;
        unsubscribed_at: string | null;
        opted_in_at: string | null;
        optin_ip: string | null;
        opens_count: number;
        open_rate: number;
        clicks_count: number;
        click_rate: number;
        sent: number;
    }[];
    links: {
        first: null;
        last: null;
        prev: string | null;
        next: string | null;
    };
    meta: {
        path: string;
        per_page: number;
        next_cursor: string | null;
        prev_cursor: string | null;
    };
    total?: undefined;
}>;
