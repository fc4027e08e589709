import { compareIds, firstIdAt, parseId } from '../../db/ids.js';
import * as repo from './requests.repository.js';
import { toEntrySummary } from './requests.service.js';
// GET /api/cartline/requests/stream: the account's new journal entries as Server-Sent Events, for the web
// console's live tail. Entries reach the database from every process on it, each in its own batches, so they
// arrive out of id order by up to a flush: each poll reads back LOOKBACK_MS behind the newest entry sent and
// skips the ids already sent. Polled every POLL_MS (other processes' entries), and at once after this
// process writes entries of the account. `Last-Event-ID` (sent by EventSource when it reconnects) resumes
// after that entry. The stream ends when the client goes, or when the server closes (preClose).
const POLL_MS = 1_000;
const LOOKBACK_MS = 5_000;
const PAGE = 500;
const HEARTBEAT_MS = 15_000;
/** A client that reads nothing is let go rather than buffered for without end. */
const MAX_UNREAD_BYTES = 8 * 1024 * 1024;
export class LiveTails {
    open = new Set();
    /** Ends every stream: the server is closing. */
    closeAll() {
        for (const close of [...this.open])
            close();
    }
    serve(app, journal, request, reply) {
        const accountId = request.accountId;
        const resumeAfter = parseId(request.headers['last-event-id']);
        const start = resumeAfter ?? firstIdAt(Date.now());
        let high = start;
        const sent = new Set();
        let timer;
        let polling = false;
        let again = false;
        let closed = false;
        reply.hijack();
        const raw = reply.raw;
        raw.writeHead(200, {
            'content-type': 'text/event-stream',
            'cache-control': 'no-cache',
            connection: 'keep-alive',
            'x-accel-buffering': 'no',
            'access-control-allow-origin': '*',
        });
        raw.write('retry: 2000\n\n');
        const close = () => {
            if (closed)
                return;
            closed = true;
            clearTimeout(timer);
            clearInterval(heartbeat);
            unsubscribe();
            this.open.delete(close);
            raw.end();
        };
        const poll = async () => {
            if (closed)
                return;
            if (polling) {
                again = true;
                return;
            }
            polling = true;
            clearTimeout(timer);
            try {
                const lookback = firstIdAt(Date.now() - LOOKBACK_MS);
                // Behind the newest sent by the lookback, never before the start; after a quiet spell, from the newest sent.
                let cursor = compareIds(high, lookback) < 0 ? high : compareIds(start, lookback) > 0 ? start : lookback;
                for (;;) {
                    const rows = await repo.entriesAfter(app.db, accountId, cursor, PAGE);
                    let text = '';
                    for (const row of rows) {
                        const id = String(row.id);
                        cursor = id;
                        if (sent.has(id))
                            continue;
                        sent.add(id);
                        if (compareIds(id, high) > 0)
                            high = id;
                        text += `id: ${id}\nevent: request\ndata: ${JSON.stringify(toEntrySummary(row))}\n\n`;
                    }
                    if (closed)
                        return;
                    if (text !== '')
                        raw.write(text);
                    if (raw.writableLength > MAX_UNREAD_BYTES)
                        return close();
                    if (rows.length < PAGE)
                        break;
                }
                for (const id of sent)
                    if (compareIds(id, lookback) < 0)
                        sent.delete(id);
            }
            catch (error) {
                request.log.warn({ err: error }, 'live tail: the journal could not be read (trying again)');
            }
            finally {
                polling = false;
            }
            if (closed)
                return;
            if (again) {
                again = false;
                return void poll();
            }
            timer = setTimeout(() => void poll(), POLL_MS);
        };
        const unsubscribe = journal.subscribe(accountId, () => void poll());
        const heartbeat = setInterval(() => raw.write(': keep-alive\n\n'), HEARTBEAT_MS);
        this.open.add(close);
        request.raw.on('close', close);
        raw.on('error', close);
        void poll();
    }
}
//# sourceMappingURL=requests.stream.js.map