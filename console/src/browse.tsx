import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { query } from './api.js';
import { ErrorNote, Json, Pager, Table, useGet } from './components.js';
import { href } from './router.js';

// Data browsers: the documented list endpoints, page by page, with one search each; a record's detail is its
// GET answer, verbatim, with links to the records it names.

export type Resource = 'categories' | 'products' | 'customers' | 'orders' | 'carts';
export const RESOURCES: readonly Resource[] = ['categories', 'products', 'customers', 'orders', 'carts'];

const ORDER_STATUSES = ['pending', 'processing', 'on-hold', 'complete', 'completed', 'cancelled', 'refunded', 'failed'];
const PAGE_SIZE = 25;

interface ResourceColumn {
  label: string;
  value: (row: any, shopId: string) => ComponentChildren;
}

const link = (shopId: string, resource: Resource, id: string | undefined | null, text?: ComponentChildren) =>
  id ? <a href={href('shops', shopId, resource, String(id))}>{text ?? String(id)}</a> : '';

const COLUMNS: Record<Resource, ResourceColumn[]> = {
  categories: [
    { label: 'ID', value: (r, s) => link(s, 'categories', r.id) },
    { label: 'Name', value: (r) => r.name },
  ],
  products: [
    { label: 'ID', value: (r, s) => link(s, 'products', r.id) },
    { label: 'Name', value: (r) => r.name },
    { label: 'Price', value: (r) => r.price },
  ],
  customers: [
    { label: 'ID', value: (r, s) => link(s, 'customers', r.id) },
    { label: 'Email', value: (r) => r.email },
    { label: 'Orders', value: (r) => r.orders_count },
    { label: 'Total spent', value: (r) => r.total_spent },
  ],
  orders: [
    { label: 'ID', value: (r, s) => link(s, 'orders', r.id) },
    { label: 'Status', value: (r) => r.status },
    { label: 'Total', value: (r) => r.total },
    { label: 'Customer', value: (r, s) => link(s, 'customers', r.customer?.id, r.customer?.email) },
    { label: 'Created', value: (r) => r.created_at },
  ],
  carts: [
    { label: 'ID', value: (r, s) => link(s, 'carts', r.id) },
    { label: 'Total', value: (r) => r.cart_total },
    { label: 'Customer', value: (r, s) => link(s, 'customers', r.customer?.id, r.customer?.email) },
    { label: 'Abandoned', value: (r) => r.abandoned_at ?? 'no' },
    { label: 'Recovered', value: (r) => r.recovered_at ?? 'no' },
  ],
};

function Search({ resource, value, set }: { resource: Resource; value: string; set: (value: string) => void }) {
  if (resource === 'orders') {
    return (
      <label>
        Status{' '}
        <select value={value} onChange={(event) => set(event.currentTarget.value)}>
          <option value="">any</option>
          {ORDER_STATUSES.map((status) => (
            <option key={status} value={status}>
              {status}
            </option>
          ))}
        </select>
      </label>
    );
  }
  if (resource === 'carts') {
    return (
      <label>
        Abandoned{' '}
        <select value={value} onChange={(event) => set(event.currentTarget.value)}>
          <option value="">any</option>
          <option value="true">abandoned</option>
          <option value="false">not abandoned</option>
        </select>
      </label>
    );
  }
  return (
    <label>
      {resource === 'customers' ? 'Email contains' : 'Name contains'}{' '}
      <input type="search" value={value} onInput={(event) => set(event.currentTarget.value)} />
    </label>
  );
}

const FILTER: Record<Resource, string> = { categories: 'filter[name]', products: 'filter[name]', customers: 'filter[email]', orders: 'filter[status]', carts: 'filter[abandoned]' };

export function List({ shopId, resource }: { shopId: string; resource: Resource }) {
  const [page, setPage] = useState(1);
  const [search, setSearch] = useState('');
  const path = `/api/ecommerce/shops/${shopId}/${resource}${query({ page, limit: PAGE_SIZE, [FILTER[resource]]: search, ...(resource === 'carts' ? { with_abandonment: 'true' } : {}) })}`;
  const { data, error, loading } = useGet(path);
  return (
    <>
      <h1>{resource[0]!.toUpperCase() + resource.slice(1)}</h1>
      <form class="filters" role="search" onSubmit={(event) => event.preventDefault()}>
        <Search
          resource={resource}
          value={search}
          set={(value) => {
            setSearch(value);
            setPage(1);
          }}
        />
      </form>
      <ErrorNote error={error} />
      <Table
        testId={`${resource}-table`}
        busy={loading}
        columns={COLUMNS[resource].map((column) => ({ label: column.label, value: (row: any) => column.value(row, shopId) }))}
        rows={data?.data ?? []}
        rowKey={(row: any) => String(row.id)}
      />
      {data?.data?.length === 0 && <p>Nothing here.</p>}
      <Pager meta={data?.meta} page={page} setPage={setPage} />
    </>
  );
}

/** The records this one names, as links. */
function Links({ shopId, resource, record }: { shopId: string; resource: Resource; record: any }) {
  const links: ComponentChildren[] = [];
  if (record.customer?.id) links.push(<li key="customer">Customer: {link(shopId, 'customers', record.customer.id, record.customer.email ?? record.customer.id)}</li>);
  if (resource === 'orders' && record.cart?.id) links.push(<li key="cart">Cart: {link(shopId, 'carts', record.cart.id)}</li>);
  for (const item of record.items ?? record.cart?.items ?? []) {
    const product = item.product;
    if (product?.id) links.push(<li key={`p${item.id}`}>Product: {link(shopId, 'products', product.id, product.name ?? product.id)}</li>);
  }
  for (const category of resource === 'products' ? record.categories ?? [] : []) {
    links.push(<li key={`c${category.id}`}>Category: {link(shopId, 'categories', category.id, category.name)}</li>);
  }
  if (links.length === 0) return null;
  return (
    <nav aria-label="Related records">
      <ul class="links">{links}</ul>
    </nav>
  );
}

export function Detail({ shopId, resource, id }: { shopId: string; resource: Resource; id: string }) {
  const { data, error } = useGet(`/api/ecommerce/shops/${shopId}/${resource}/${id}`);
  return (
    <>
      <h1>
        {resource.slice(0, -1).replace(/ie$/, 'y')} {id}
      </h1>
      <p>
        <a href={href('shops', shopId, resource)}>Back to {resource}</a>
      </p>
      <ErrorNote error={error} />
      {data && (
        <>
          <Links shopId={shopId} resource={resource} record={data.data} />
          <Json value={data} label="API answer" />
        </>
      )}
    </>
  );
}
