import { useEffect, useRef, useState } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { query } from './api.js';
import { Card, ErrorNote, Table, useGet } from './components.js';
import { href } from './router.js';

const day = (date: Date) => date.toISOString().slice(0, 10);
const money = (value: number) => value.toLocaleString('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Revenue and orders by day, on two axes. */
function Chart({ byDay }: { byDay: { date: string; revenue: number; orders: number }[] }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current;
    if (element === null) return;
    const data: uPlot.AlignedData = [byDay.map((d) => Date.parse(`${d.date}T00:00:00Z`) / 1000), byDay.map((d) => d.revenue), byDay.map((d) => d.orders)];
    const width = () => Math.max(280, element.clientWidth);
    const plot = new uPlot(
      {
        width: width(),
        height: 260,
        scales: { x: { time: true }, orders: {} },
        series: [{}, { label: 'Revenue', stroke: '#2563eb', fill: 'rgba(37,99,235,0.1)', scale: 'y' }, { label: 'Orders', stroke: '#d97706', scale: 'orders' }],
        axes: [{}, { scale: 'y', label: 'Revenue' }, { scale: 'orders', side: 1, label: 'Orders', grid: { show: false } }],
      },
      data,
      element,
    );
    const resize = () => plot.setSize({ width: width(), height: 260 });
    addEventListener('resize', resize);
    return () => {
      removeEventListener('resize', resize);
      plot.destroy();
    };
  }, [byDay]);
  return <div class="chart" ref={box} role="img" aria-label="Revenue and orders by day" />;
}

interface ProductSales {
  product_id: string;
  name: string;
  revenue: number;
  quantity: number;
}

function TopProducts({ shopId, title, rows }: { shopId: string; title: string; rows: ProductSales[] }) {
  return (
    <Table
      caption={title}
      rows={rows}
      rowKey={(row) => row.product_id}
      columns={[
        { label: 'Product', value: (row) => <a href={href('shops', shopId, 'products', row.product_id)}>{row.name}</a> },
        { label: 'Revenue', value: (row) => money(row.revenue) },
        { label: 'Quantity', value: (row) => row.quantity },
      ]}
    />
  );
}

export function Dashboard({ shopId }: { shopId: string }) {
  const [from, setFrom] = useState(() => day(new Date(Date.now() - 29 * 86_400_000)));
  const [to, setTo] = useState(() => day(new Date()));
  const { data: shop } = useGet(`/api/ecommerce/shops/${shopId}`);
  const { data: answer, error } = useGet(`/api/cartline/shops/${shopId}/stats${query({ from, to })}`);
  const stats = answer?.data;
  return (
    <>
      <h1>{shop?.data?.name ?? 'Shop'}: dashboard</h1>
      <form class="filters" onSubmit={(event) => event.preventDefault()}>
        <label>
          From <input type="date" value={from} max={to} onChange={(event) => setFrom(event.currentTarget.value)} />
        </label>
        <label>
          To <input type="date" value={to} min={from} onChange={(event) => setTo(event.currentTarget.value)} />
        </label>
      </form>
      <ErrorNote error={error} />
      {stats && (
        <div data-testid="dashboard">
          <div class="cards">
            <Card label="Revenue">
              <span data-testid="revenue">{money(stats.revenue)}</span>
            </Card>
            <Card label="Orders">{stats.orders}</Card>
            <Card label="Average order value">{money(stats.average_order_value)}</Card>
            <Card label="Customers: new / returning">
              {stats.new_customers} / {stats.returning_customers}
            </Card>
            <Card label="Abandoned carts">
              {stats.abandoned_carts.count} ({money(stats.abandoned_carts.value)})
            </Card>
            <Card label="Recovered carts">
              {stats.recovered_carts.count} ({money(stats.recovered_carts.value)}, {(stats.recovered_carts.rate * 100).toFixed(1)}%)
            </Card>
          </div>
          <Chart byDay={stats.by_day} />
          <div class="two">
            <TopProducts shopId={shopId} title="Top products by revenue" rows={stats.top_products_by_revenue} />
            <TopProducts shopId={shopId} title="Top products by quantity" rows={stats.top_products_by_quantity} />
          </div>
        </div>
      )}
    </>
  );
}
