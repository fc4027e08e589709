import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { api, ApiError } from './api.js';

/** GET path, again whenever a dependency changes; the latest answer wins. */
export function useGet<T = any>(path: string | null): { data: T | undefined; error: ApiError | Error | undefined; loading: boolean; reload: () => void } {
  const [state, setState] = useState<{ data: T | undefined; error: Error | undefined; loading: boolean }>({ data: undefined, error: undefined, loading: true });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (path === null) return;
    let current = true;
    setState((previous) => ({ ...previous, loading: true }));
    api<T>('GET', path).then(
      (data) => current && setState({ data, error: undefined, loading: false }),
      (error: Error) => current && setState({ data: undefined, error, loading: false }),
    );
    return () => {
      current = false;
    };
  }, [path, tick]);
  return { ...state, reload: () => setTick((n) => n + 1) };
}

export function ErrorNote({ error }: { error: Error | undefined }) {
  if (error === undefined) return null;
  return (
    <p class="error" role="alert">
      {error instanceof ApiError ? `${error.status}: ${error.message}` : error.message}
    </p>
  );
}

/** An API answer as the API sent it, pretty-printed, with a copy button. */
export function Json({ value, label }: { value: unknown; label: string }) {
  const text = typeof value === 'string' ? value : JSON.stringify(value, null, 2);
  const [copied, setCopied] = useState(false);
  return (
    <section class="json">
      <div class="json-head">
        <h3>{label}</h3>
        <button type="button" onClick={() => void navigator.clipboard?.writeText(text).then(() => setCopied(true))}>
          {copied ? 'Copied' : 'Copy JSON'}
        </button>
      </div>
      <pre tabIndex={0} data-testid="json">{text}</pre>
    </section>
  );
}

export function Pager({ meta, page, setPage }: { meta: { current_page?: number; last_page?: number; total?: number } | undefined; page: number; setPage: (page: number) => void }) {
  if (meta === undefined) return null;
  const last = meta.last_page ?? 1;
  return (
    <nav class="pager" aria-label="Pages">
      <button type="button" disabled={page <= 1} onClick={() => setPage(page - 1)}>
        Previous
      </button>
      <span>
        Page {page} of {last} ({meta.total ?? 0} in all)
      </span>
      <button type="button" disabled={page >= last} onClick={() => setPage(page + 1)}>
        Next
      </button>
    </nav>
  );
}

export function Card({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="card">
      <div class="card-label">{label}</div>
      <div class="card-value">{children}</div>
    </div>
  );
}

export interface Column<T> {
  label: string;
  /** Shown as the label only to screen readers (a column of buttons). */
  hidden?: boolean;
  value: (row: T) => ComponentChildren;
  class?: string;
}

/**
 * A table of rows: scrolls sideways inside its box at 1280 px if it must, and at phone width shows each row as a
 * stack of "label value" lines (style.css, table.stack), so that the page itself never scrolls sideways.
 */
export function Table<T>({ columns, rows, rowKey, caption, rowClass, testId, busy }: { columns: Column<T>[]; rows: T[]; rowKey: (row: T) => string; caption?: string; rowClass?: (row: T) => string | undefined; testId?: string; busy?: boolean }) {
  return (
    <div class="scroll">
      <table class="stack" data-testid={testId} aria-busy={busy}>
        {caption !== undefined && <caption>{caption}</caption>}
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.label} scope="col">
                {column.hidden ? <span class="sr-only">{column.label}</span> : column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} class={rowClass?.(row)}>
              {columns.map((column) => (
                <td key={column.label} class={column.class} data-label={column.hidden ? undefined : column.label}>
                  {column.value(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
