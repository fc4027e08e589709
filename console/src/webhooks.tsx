import { useEffect, useState } from 'preact/hooks';
import { api } from './api.js';
import { ErrorNote, Table, useGet } from './components.js';

/** How often the deliveries shown are read again. */
const REFRESH_MS = 2_000;

const lastAttempt = (delivery: any) => delivery.attempts[delivery.attempts.length - 1];

function Deliveries({ webhookId }: { webhookId: string }) {
  const { data, error, reload } = useGet(`/api/cartline/webhooks/${webhookId}/deliveries`);
  const [failure, setFailure] = useState<Error | undefined>();
  const [tick, setTick] = useState(0);
  // Read again every few seconds while shown (and the tab is visible): a new delivery and a pending one's answer
  // appear without a reload, as requests do in the live Requests view.
  useEffect(() => {
    const timer = setTimeout(() => (document.hidden ? setTick((n) => n + 1) : reload()), REFRESH_MS);
    return () => clearTimeout(timer);
  }, [data, error, tick]);
  return (
    <>
      <ErrorNote error={failure ?? error} />
      <Table
        caption="Recent deliveries"
        rows={(data?.data ?? []) as any[]}
        rowKey={(delivery) => String(delivery.id)}
        columns={[
          { label: 'Created', value: (delivery) => delivery.created_at },
          { label: 'Events', value: (delivery) => delivery.event_types.join(', ') },
          { label: 'Status', value: (delivery) => delivery.status },
          { label: 'Last answer', value: (delivery) => lastAttempt(delivery)?.status_code ?? (lastAttempt(delivery) ? 'none' : '') },
          { label: 'Latency', value: (delivery) => (lastAttempt(delivery) ? `${lastAttempt(delivery).latency_ms} ms` : '') },
          { label: 'Error', value: (delivery) => lastAttempt(delivery)?.error ?? '' },
          {
            label: 'Actions',
            hidden: true,
            value: (delivery) => (
              <button type="button" onClick={() => void api('POST', `/api/cartline/webhooks/${webhookId}/deliveries/${delivery.id}/redeliver`).then(reload, setFailure)}>
                Redeliver
              </button>
            ),
          },
        ]}
      />
    </>
  );
}

export function Webhooks() {
  const { data, error } = useGet('/api/webhooks');
  return (
    <>
      <h1>Webhooks</h1>
      <ErrorNote error={error} />
      {data?.data?.length === 0 && <p>This account has no webhooks.</p>}
      {(data?.data ?? []).map((webhook: any) => (
        <section key={webhook.id} class="webhook">
          <h2>{webhook.name || webhook.url}</h2>
          <p>
            {webhook.url} ({webhook.enabled ? 'enabled' : 'disabled'}): {webhook.events.join(', ')}
          </p>
          <Deliveries webhookId={webhook.id} />
        </section>
      ))}
    </>
  );
}
