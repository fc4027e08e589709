import { useState } from 'preact/hooks';
import { api } from './api.js';
import { ErrorNote, useGet } from './components.js';

function Deliveries({ webhookId }: { webhookId: string }) {
  const { data, error, reload } = useGet(`/api/cartline/webhooks/${webhookId}/deliveries`);
  const [failure, setFailure] = useState<Error | undefined>();
  return (
    <>
      <ErrorNote error={failure ?? error} />
      <div class="scroll">
        <table>
          <caption>Recent deliveries</caption>
          <thead>
            <tr>
              <th scope="col">Created</th>
              <th scope="col">Events</th>
              <th scope="col">Status</th>
              <th scope="col">Last answer</th>
              <th scope="col">Latency</th>
              <th scope="col">Error</th>
              <th scope="col">
                <span class="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {(data?.data ?? []).map((delivery: any) => {
              const last = delivery.attempts[delivery.attempts.length - 1];
              return (
                <tr key={delivery.id}>
                  <td>{delivery.created_at}</td>
                  <td>{delivery.event_types.join(', ')}</td>
                  <td>{delivery.status}</td>
                  <td>{last?.status_code ?? (last ? 'none' : '')}</td>
                  <td>{last ? `${last.latency_ms} ms` : ''}</td>
                  <td>{last?.error ?? ''}</td>
                  <td>
                    <button type="button" onClick={() => void api('POST', `/api/cartline/webhooks/${webhookId}/deliveries/${delivery.id}/redeliver`).then(reload, setFailure)}>
                      Redeliver
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
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
