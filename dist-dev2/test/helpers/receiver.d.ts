import { type IncomingMessage } from 'node:http';
export interface Received {
    headers: IncomingMessage['headers'];
    body: string;
    json: any;
    at: number;
}
export type Behaviour = (request: Received, index: number) => number | 'hang';
export interface Receiver {
    url: string;
    received: Received[];
    behave(behaviour: Behaviour): void;
    /** Resolves once `count` requests have come (or rejects after `timeoutMs`). */
    waitFor(count: number, timeoutMs?: number): Promise<Received[]>;
    close(): Promise<void>;
}
export declare function verifySignature(received: Received, secret: string): boolean;
export declare function startReceiver(path?: string): Promise<Receiver>;
