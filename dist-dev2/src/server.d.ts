import type { FastifyInstance } from 'fastify';
import type { Config } from './config.js';
/** Opens the database, migrates it, builds the app and listens. Stops cleanly on SIGINT and SIGTERM. */
export declare function serve(config: Config): Promise<FastifyInstance>;
