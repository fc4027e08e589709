import { inTransaction } from '../../db/transaction.js';
import { ForbiddenError } from '../../http/errors.js';
import { errorResponses, Message } from '../../http/schemas.js';
import { now } from '../../time.js';
import { setTimeout as sleep } from 'node:timers/promises';
import { firstIdAt } from '../../db/ids.js';
import { deleteEntriesBefore } from '../requests/requests.repository.js';
import { JOURNAL_FLUSH_MS } from '../requests/journal.js';
import { resetAccount, shopIdsOf } from './reset.repository.js';
/**
 * POST /api/cartline/reset: empties the account (a known state for each test run), its tokens kept. Refused
 * unless CARTLINE_ALLOW_RESET=true, so that it can never empty a production store by accident. Not journaled:
 * the emptied journal starts with the requests after it.
 */
export const resetRoutes = async (app) => {
    app.post('/', {
        config: { journal: false },
        schema: {
            tags: ['Cartline: reset'],
            summary: "Remove all the account's data (shops and everything under them, subscribers, groups, custom fields, webhooks, events, journal, faults); tokens stay",
            response: { 200: Message, 403: Message, ...errorResponses },
        },
    }, async (request) => {
        if (!app.config.allowReset) {
            throw new ForbiddenError('Reset is disabled on this server: start Cartline with CARTLINE_ALLOW_RESET=true to allow it.');
        }
        const { accountId } = request;
        const startedAt = firstIdAt(Date.now());
        // Entries this process still holds would be written after the reset: written first, then removed with it.
        await app.journal.forget(accountId);
        const shopIds = await inTransaction(app.db, async (trx) => {
            const shops = await shopIdsOf(trx, accountId);
            await resetAccount(trx, accountId, now());
            return shops;
        });
        // Those shops are gone, so no process can serve their kept answers again (a path naming them is a 404);
        // this one also frees their memory now.
        app.fragments.forgetShops(shopIds);
        // Other processes write the entries of requests they answered before the reset up to a flush later: those
        // (minted before the reset began) are removed once more after that, before the reset is answered.
        await sleep(3 * JOURNAL_FLUSH_MS);
        await deleteEntriesBefore(app.db, accountId, startedAt);
        return { message: 'The account was reset: its data is removed, its tokens kept.' };
    });
};
//# sourceMappingURL=reset.routes.js.map