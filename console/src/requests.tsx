import { useEffect, useState } from 'preact/hooks';
import { api, query, streamRequests } from './api.js';
import { ErrorNote, Json, Table, type Column, useGet } from './components.js';
import { href } from './router.js';

// The request journal: what the integration sent and what it was answered, newest first, kept up to date by
// the journal's live stream. The console's own requests are hidden unless asked for.

interface Entry {
  id: string;
  created_at: string;
  method: string;
  path: string;
  status: number | null;
  duration_ms: number;
  client: string;
  shop_id: string | null;
  injected: boolean;
  fault_id: string | null;
}

const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH'];
const KEEP = 200;

function matches(entry: Entry, filters: { status: string; method: string; path: string; shop: string; console: boolean }): boolean {
  if (!filters.console && entry.client === 'console') return false;
  if (filters.status !== '' && String(entry.status ?? '')[0] !== filters.status[0]) return false;
  if (filters.method !== '' && entry.method !== filters.method) return false;
  if (filters.path !== '' && !entry.path.toLowerCase().includes(filters.path.toLowerCase())) return false;
  if (filters.shop !== '' && entry.shop_id !== filters.shop) return false;
  return true;
}

const statusClass = (status: number | null) => (status === null ? 'status-dropped' : status >= 500 ? 'status-5xx' : status >= 400 ? 'status-4xx' : 'status-ok');

const ENTRY_COLUMNS: Column<Entry>[] = [
  { label: 'Time', value: (entry) => entry.created_at },
  { label: 'Method', value: (entry) => entry.method },
  { label: 'Path', class: 'path', value: (entry) => <a href={href('requests', entry.id)}>{entry.path}</a> },
  {
    label: 'Status',
    value: (entry) => (
      <span class={statusClass(entry.status)}>
        {entry.status ?? 'dropped'}
        {entry.injected && <span class="badge"> injected</span>}
      </span>
    ),
  },
  { label: 'Duration', value: (entry) => `${entry.duration_ms} ms` },
];

export function Requests() {
  const [status, setStatus] = useState('');
  const [method, setMethod] = useState('');
  const [path, setPath] = useState('');
  const [shop, setShop] = useState('');
  const [showConsole, setShowConsole] = useState(false);
  const filters = { status, method, path, shop, console: showConsole };
  const listPath = `/api/cartline/requests${query({ limit: 100, 'filter[status]': status, 'filter[method]': method, 'filter[path]': path, 'filter[shop_id]': /^\d+$/.test(shop) ? shop : '', 'filter[client]': showConsole ? '' : 'api' })}`;
  const { data, error } = useGet<{ data: Entry[] }>(listPath);
  const [live, setLive] = useState<Entry[]>([]);
  useEffect(() => setLive([]), [listPath]);
  useEffect(
    () =>
      streamRequests((entry: Entry) => {
        setLive((previous) => (previous.some((e) => e.id === entry.id) ? previous : [entry, ...previous].slice(0, KEEP)));
      }),
    [],
  );
  const known = new Set(live.map((e) => e.id));
  const rows = [...live.filter((e) => matches(e, filters)), ...(data?.data ?? []).filter((e) => !known.has(e.id))].slice(0, KEEP);
  return (
    <>
      <h1>Requests</h1>
      <p>
        <a href={href('faults')}>Fault rules</a>
      </p>
      <form class="filters" onSubmit={(event) => event.preventDefault()}>
        <label>
          Status{' '}
          <select value={status} onChange={(e) => setStatus(e.currentTarget.value)}>
            <option value="">any</option>
            <option value="2xx">2xx</option>
            <option value="3xx">3xx</option>
            <option value="4xx">4xx</option>
            <option value="5xx">5xx</option>
          </select>
        </label>
        <label>
          Method{' '}
          <select value={method} onChange={(e) => setMethod(e.currentTarget.value)}>
            <option value="">any</option>
            {METHODS.map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </select>
        </label>
        <label>
          Path contains <input type="search" value={path} onInput={(e) => setPath(e.currentTarget.value)} />
        </label>
        <label>
          Shop ID <input type="search" inputMode="numeric" value={shop} onInput={(e) => setShop(e.currentTarget.value.trim())} />
        </label>
        <label class="check">
          <input type="checkbox" checked={showConsole} onChange={(e) => setShowConsole(e.currentTarget.checked)} /> Show the console's own requests
        </label>
      </form>
      <ErrorNote error={error} />
      <Table testId="requests-table" columns={ENTRY_COLUMNS} rows={rows} rowKey={(entry) => entry.id} rowClass={(entry) => (entry.injected ? 'injected' : undefined)} />
    </>
  );
}

function pretty(body: string | null): string {
  if (body === null || body === '') return '(none)';
  try {
    return JSON.stringify(JSON.parse(body), null, 2);
  } catch {
    return body;
  }
}

export function RequestDetail({ id }: { id: string }) {
  const { data, error } = useGet(`/api/cartline/requests/${id}`);
  const entry = data?.data;
  return (
    <>
      <h1>Request {id}</h1>
      <p>
        <a href={href('requests')}>Back to requests</a>
      </p>
      <ErrorNote error={error} />
      {entry && (
        <>
          <dl class="facts">
            <dt>Method and path</dt>
            <dd>
              {entry.method} {entry.path}
            </dd>
            <dt>Status</dt>
            <dd class={statusClass(entry.status)}>{entry.status ?? 'dropped'}</dd>
            <dt>Duration</dt>
            <dd>{entry.duration_ms} ms</dd>
            <dt>Client</dt>
            <dd>{entry.client}</dd>
            <dt>At</dt>
            <dd>{entry.created_at}</dd>
            {entry.injected && (
              <>
                <dt>Injected</dt>
                <dd class="badge">by fault rule {entry.fault_id}</dd>
              </>
            )}
          </dl>
          {entry.errors && (
            <section class="field-errors" aria-label="Field errors" data-testid="field-errors">
              <h2>Field errors</h2>
              <ul>
                {Object.entries(entry.errors as Record<string, string[]>).map(([field, messages]) => (
                  <li key={field}>
                    <mark>{field}</mark>: {messages.join(' ')}
                  </li>
                ))}
              </ul>
            </section>
          )}
          <Json value={pretty(entry.request_body)} label="Request body" />
          <Json value={pretty(entry.response_body)} label="Response body" />
        </>
      )}
    </>
  );
}

export function Faults() {
  const { data, error, reload } = useGet('/api/cartline/faults');
  const [method, setMethod] = useState('*');
  const [path, setPath] = useState('');
  const [status, setStatus] = useState('503');
  const [count, setCount] = useState('');
  const [failure, setFailure] = useState<Error | undefined>();
  const create = async (event: Event) => {
    event.preventDefault();
    try {
      await api('POST', '/api/cartline/faults', { method, path, status: Number(status), ...(count !== '' ? { count: Number(count) } : {}) });
      setFailure(undefined);
      setPath('');
      reload();
    } catch (e) {
      setFailure(e as Error);
    }
  };
  return (
    <>
      <h1>Fault rules</h1>
      <p>A rule answers matching requests of this account with a fault in Cartline's place; they show as injected in Requests.</p>
      <form class="filters" onSubmit={create} aria-label="New fault rule">
        <label>
          Method{' '}
          <select value={method} onChange={(e) => setMethod(e.currentTarget.value)}>
            {['*', ...METHODS].map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </select>
        </label>
        <label>
          Path pattern <input required value={path} placeholder="/api/ecommerce/shops/*" onInput={(e) => setPath(e.currentTarget.value)} />
        </label>
        <label>
          Status <input type="number" min={400} max={599} value={status} onInput={(e) => setStatus(e.currentTarget.value)} />
        </label>
        <label>
          Times (empty: until deleted) <input type="number" min={1} value={count} onInput={(e) => setCount(e.currentTarget.value)} />
        </label>
        <button type="submit">Add rule</button>
      </form>
      <ErrorNote error={failure ?? error} />
      <Table
        testId="faults-table"
        rows={(data?.data ?? []) as any[]}
        rowKey={(rule) => String(rule.id)}
        columns={[
          { label: 'Method', value: (rule) => rule.method },
          { label: 'Path', class: 'path', value: (rule) => rule.path },
          { label: 'Answer', value: (rule) => (rule.drop ? 'dropped connection' : rule.status) },
          { label: 'Remaining', value: (rule) => rule.remaining ?? 'until deleted' },
          {
            label: 'Actions',
            hidden: true,
            value: (rule) => (
              <button type="button" onClick={() => void api('DELETE', `/api/cartline/faults/${rule.id}`).then(reload, setFailure)}>
                Delete
              </button>
            ),
          },
        ]}
      />
    </>
  );
}
