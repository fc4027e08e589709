import type { Executor } from '../../db/schema.js';
import { type ShopStats, type StatsQuery } from './stats.schemas.js';
/** The period asked for: by default the last 30 days, today (UTC) included. */
export declare function statsPeriod(query: StatsQuery, today?: Date): {
    from: Date;
    to: Date;
};
export declare function shopStats(db: Executor, shopId: string, query: StatsQuery): Promise<ShopStats>;
