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
export declare function signature(body: string, secret: string): string;
/** Loopback, private, link-local, carrier-grade NAT, multicast or unspecified (IPv4-mapped IPv6 as its IPv4). */
export declare function isPrivateAddress(address: string): boolean;
export declare function send(url: string, body: string, headers: Record<string, string>, options: SendOptions): Promise<SendResult>;
