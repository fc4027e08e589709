import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
// Logs: JSON lines (pino, Fastify's logger) for machines, or readable coloured lines (pino-pretty) for a person
// at a terminal. Every line logged while serving a request carries its request id (`request_id`), which the
// answer carries too (x-request-id, set in app.ts).
export const REQUEST_ID_HEADER = 'x-request-id';
export const REQUEST_ID_LOG_LABEL = 'request_id';
/**
 * An incoming id is kept if it is sane: 1–128 visible ASCII characters (a UUID, a ULID, a load balancer's trace
 * id). Anything else (too long, spaces, control characters that would forge log lines) is replaced.
 */
const SANE_REQUEST_ID = /^[\x21-\x7e]{1,128}$/;
/**
 * Fastify's genReqId. Its own `requestIdHeader` takes any value the client sends, unchecked, so it stays off
 * and the header is read here. A new id is a random UUID: unique across processes and restarts, where
 * Fastify's default (req-1, req-2, ...) restarts with every process.
 */
export function requestId(request) {
    const incoming = request.headers[REQUEST_ID_HEADER];
    return typeof incoming === 'string' && SANE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
}
/** JSON unless told otherwise or unless stdout is a terminal. */
export function logFormat(config, stdoutIsTerminal = process.stdout.isTTY === true) {
    return config.logFormat ?? (stdoutIsTerminal ? 'pretty' : 'json');
}
/**
 * Fastify's logger options. `destination` is where lines go (stdout unless given: tests capture them).
 * pino-pretty is loaded only for the pretty format: a server writing JSON does not load it.
 */
export function loggerOptions(config, destination) {
    const base = {
        level: config.logLevel,
        // Tokens never reach the logs, in either format (pino redacts before anything is written).
        redact: ['req.headers.authorization', 'req.headers["x-api-key"]'],
    };
    if (logFormat(config) === 'json')
        return destination === undefined ? base : { ...base, stream: destination };
    const pretty = createRequire(import.meta.url)('pino-pretty');
    return {
        ...base,
        stream: pretty({
            // Synchronous: a line logged just before the process exits is still printed.
            sync: true,
            translateTime: 'SYS:HH:MM:ss.l',
            ignore: `pid,hostname,${REQUEST_ID_LOG_LABEL},req,res,responseTime`,
            messageFormat: prettyMessage,
            ...(destination !== undefined ? { destination } : {}),
        }),
    };
}
/** One line per request event: `<id> → GET /api/...`, `<id> ← 200 in 1.2 ms`; other lines keep their message. */
function prettyMessage(log, messageKey) {
    const id = typeof log[REQUEST_ID_LOG_LABEL] === 'string' ? `${log[REQUEST_ID_LOG_LABEL]} ` : '';
    const req = log.req;
    const res = log.res;
    if (req !== undefined && log[messageKey] === 'incoming request')
        return `${id}→ ${req.method} ${req.url}`;
    if (res !== undefined && typeof log.responseTime === 'number')
        return `${id}← ${res.statusCode} in ${log.responseTime.toFixed(1)} ms`;
    return `${id}${String(log[messageKey] ?? '')}`;
}
//# sourceMappingURL=logging.js.map