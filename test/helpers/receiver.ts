import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

// A webhook receiver on loopback, as a developer runs one: it keeps every request (headers, exact body, time) and
// answers as the test says (a status, or no answer at all).

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

export function verifySignature(received: Received, secret: string): boolean {
  return received.headers.signature === createHmac('sha256', secret).update(received.body).digest('hex');
}

export async function startReceiver(path = '/hook'): Promise<Receiver> {
  const received: Received[] = [];
  let behaviour: Behaviour = () => 200;
  const waiters: Array<() => void> = [];
  const hanging: ServerResponse[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      let json: unknown;
      try {
        json = JSON.parse(body);
      } catch {
        json = undefined;
      }
      const entry = { headers: request.headers, body, json, at: Date.now() };
      received.push(entry);
      for (const wake of waiters.splice(0)) wake();
      const answer = behaviour(entry, received.length - 1);
      if (answer === 'hang') {
        hanging.push(response);
        return;
      }
      response.writeHead(answer, { 'content-type': 'text/plain' }).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${path}`,
    received,
    behave(next) {
      behaviour = next;
    },
    async waitFor(count, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (received.length < count) {
        if (Date.now() > deadline) throw new Error(`receiver: ${received.length} of ${count} requests after ${timeoutMs} ms`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 100);
        });
      }
      return received.slice(0, count);
    },
    async close() {
      for (const response of hanging) response.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
