// The console is a client of Cartline's public API, nothing more: the user's own token, the documented routes.

const TOKEN_KEY = 'cartline.token';

/** Kept for this tab only (sessionStorage): never in a URL, a cookie or localStorage. */
export const token = {
  get: (): string | null => sessionStorage.getItem(TOKEN_KEY),
  set: (value: string) => sessionStorage.setItem(TOKEN_KEY, value),
  clear: () => sessionStorage.removeItem(TOKEN_KEY),
};

/** Every console request says so: it has a rate budget of its own and the Requests view can hide it. */
export function headers(): Record<string, string> {
  return { accept: 'application/json', authorization: `Bearer ${token.get() ?? ''}`, 'x-cartline-client': 'console' };
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super(typeof body === 'object' && body !== null && 'message' in body ? String((body as { message: unknown }).message) : `HTTP ${status}`);
  }
}

/** Called on a 401: the token is no good any more, back to sign-in. */
let onUnauthorized = () => {};
export function setUnauthorizedHandler(handler: () => void): void {
  onUnauthorized = handler;
}

export async function api<T = any>(method: string, path: string, body?: unknown): Promise<T> {
  const init: RequestInit = { method, headers: headers() };
  if (body !== undefined) {
    init.body = JSON.stringify(body);
    (init.headers as Record<string, string>)['content-type'] = 'application/json';
  }
  const response = await fetch(path, init);
  const text = await response.text();
  let parsed: unknown = undefined;
  try {
    parsed = text === '' ? undefined : JSON.parse(text);
  } catch {
    parsed = text;
  }
  if (response.status === 401) onUnauthorized();
  if (!response.ok) throw new ApiError(response.status, parsed);
  return parsed as T;
}

export function query(params: Record<string, string | number | undefined | null | false>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== null && value !== false && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}

/**
 * GET /api/cartline/requests/stream, read with fetch (EventSource cannot send Authorization): each SSE frame's
 * data is one journal entry. Returns a function that stops it.
 */
export function streamRequests(onEntry: (entry: any) => void): () => void {
  const controller = new AbortController();
  void (async () => {
    try {
      const response = await fetch('/api/cartline/requests/stream', { headers: { ...headers(), accept: 'text/event-stream' }, signal: controller.signal });
      if (!response.ok || response.body === null) return;
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += value;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = frame
            .split('\n')
            .filter((line) => line.startsWith('data:'))
            .map((line) => line.slice(5).trimStart())
            .join('\n');
          if (data === '') continue;
          try {
            onEntry(JSON.parse(data));
          } catch {
            // A frame that is not JSON (a comment, a keep-alive) is no entry.
          }
        }
      }
    } catch {
      // Aborted, or the server went away: the list stays as it is.
    }
  })();
  return () => controller.abort();
}
