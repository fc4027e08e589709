import { createHmac } from 'node:crypto';
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { BlockList, isIP, type LookupFunction } from 'node:net';

// One POST to a receiver, signed as MailerLite signs: `Signature` is the hex HMAC-SHA256 of the exact body bytes
// with the webhook's secret. Delivered means a 2xx answer, read whole, within the timeout; anything else (another
// status, a redirect, a refused or cut connection, a receiver that hangs) is a failure with its reason. The
// timeout covers the whole exchange: connecting, sending, and reading the answer.

export interface SendOptions {
  timeoutMs: number;
  /** Refuse receivers on private, loopback and link-local addresses, checked on the address actually dialled. */
  denyPrivate: boolean;
}

export interface SendResult {
  /** The receiver's status, or null when none came. */
  status: number | null;
  /** Why it failed; null when delivered. */
  error: string | null;
  latencyMs: number;
}

export function signature(body: string, secret: string): string {
  return createHmac('sha256', secret).update(body).digest('hex');
}

const PRIVATE = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  PRIVATE.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  PRIVATE.addSubnet(net, prefix, 'ipv6');
}

/** Loopback, private, link-local, carrier-grade NAT, multicast or unspecified (IPv4-mapped IPv6 as its IPv4). */
export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  const plain = mapped ? mapped[1]! : address;
  const family = isIP(plain);
  if (family === 0) return true;
  return PRIVATE.check(plain, family === 4 ? 'ipv4' : 'ipv6');
}

class RefusedAddress extends Error {}

/** dns.lookup, refusing a private answer: the check is on what the connection will dial, not on the name. */
const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, '', 0);
    const list = addresses as LookupAddress[];
    const allowed = list.filter((a) => !isPrivateAddress(a.address));
    if (allowed.length === 0) {
      return callback(new RefusedAddress(`${hostname} resolves to a private address (${list[0]?.address ?? 'none'}), refused by CARTLINE_WEBHOOK_DENY_PRIVATE`), '', 0);
    }
    if ((options as { all?: boolean }).all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, allowed);
    callback(null, allowed[0]!.address, allowed[0]!.family);
  });
};

const agents = {
  'http:': new http.Agent({ keepAlive: true, maxSockets: 32 }),
  'https:': new https.Agent({ keepAlive: true, maxSockets: 32 }),
};

export function send(url: string, body: string, headers: Record<string, string>, options: SendOptions): Promise<SendResult> {
  const started = performance.now();
  const done = (status: number | null, error: string | null): SendResult => ({ status, error, latencyMs: Math.round(performance.now() - started) });
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return Promise.resolve(done(null, 'invalid url'));
  }
  const host = target.hostname.replace(/^\[|\]$/g, '');
  if (options.denyPrivate && isIP(host) !== 0 && isPrivateAddress(host)) {
    return Promise.resolve(done(null, `${host} is a private address, refused by CARTLINE_WEBHOOK_DENY_PRIVATE`));
  }
  const protocol = target.protocol === 'https:' ? 'https:' : 'http:';
  const client = protocol === 'https:' ? https : http;
  return new Promise((resolve) => {
    let settled = false;
    const finish = (status: number | null, error: string | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(done(status, error));
    };
    const request = client.request(
      target,
      {
        method: 'POST',
        agent: agents[protocol],
        headers: { ...headers, 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) },
        ...(options.denyPrivate ? { lookup: publicOnlyLookup } : {}),
      },
      (response) => {
        const status = response.statusCode ?? null;
        // The answer is read to its end (and dropped), so that the connection can be kept for the next delivery.
        response.resume();
        response.on('end', () => finish(status, status !== null && status >= 200 && status < 300 ? null : `answered ${status}`));
        response.on('error', (error) => finish(status, error.message));
      },
    );
    const timer = setTimeout(() => {
      request.destroy();
      finish(null, `no answer within ${options.timeoutMs / 1000} s`);
    }, options.timeoutMs);
    request.on('error', (error) => finish(null, error instanceof RefusedAddress ? error.message : `${(error as NodeJS.ErrnoException).code ?? 'error'}: ${error.message}`));
    request.end(body);
  });
}
