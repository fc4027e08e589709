import type { IncomingMessage } from 'node:http';
import type { FastifyServerOptions } from 'fastify';
import type { Config, LogFormat } from '../config.js';
export declare const REQUEST_ID_HEADER = "x-request-id";
export declare const REQUEST_ID_LOG_LABEL = "request_id";
/**
 * Fastify's genReqId. Its own `requestIdHeader` takes any value the client sends, unchecked, so it stays off
 * and the header is read here. A new id is a random UUID: unique across processes and restarts, where
 * Fastify's default (req-1, req-2, ...) restarts with every process.
 */
export declare function requestId(request: IncomingMessage): string;
/** JSON unless told otherwise or unless stdout is a terminal. */
export declare function logFormat(config: Config, stdoutIsTerminal?: boolean): LogFormat;
type LoggerOptions = Exclude<NonNullable<FastifyServerOptions['logger']>, boolean>;
/**
 * Fastify's logger options. `destination` is where lines go (stdout unless given: tests capture them).
 * pino-pretty is loaded only for the pretty format: a server writing JSON does not load it.
 */
export declare function loggerOptions(config: Config, destination?: NodeJS.WritableStream): LoggerOptions;
export {};
