// Compiled by test/client.test.ts with `tsc -p test/types` (not part of the build): a program using the client
// as a user's project would, through the package's own name. Each @ts-expect-error must meet an error; were the
// client's types `any`, the directive would be unused, which tsc reports as an error.

import { Cartline, CartlineValidationError, type Order, type Page, type ProductCreate, type Shop } from 'cartline/client';

type IsAny<T> = 0 extends 1 & T ? true : false;
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

export async function usage(token: string): Promise<void> {
  const client = new Cartline({ token, baseUrl: 'http://127.0.0.1:8080', retry: { attempts: 5, maxDelayMs: 10_000 }, timeoutMs: 5_000 });

  const shop = await client.shops.create({ name: 'Shop', url: 'shop.example', currency: 'USD', enabled: true });
  const notAny: IsAny<typeof shop> = false;
  const sameShop: Equal<typeof shop, Shop> = true;
  const id: Equal<typeof shop.id, string> = true;
  const group: Equal<NonNullable<typeof shop.group>['name'], string> = true;
  void [notAny, sameShop, id, group];

  for await (const order of client.orders.list(shop.id, { limit: 50 })) {
    const total: Equal<typeof order.total, number> = true;
    const sameOrder: Equal<typeof order, Order> = true;
    const product: string | undefined = order.cart.items[0]?.product.name;
    const subscriberEmail: string | undefined = order.customer.subscriber?.email;
    void [total, sameOrder, product, subscriberEmail];
    // @ts-expect-error an order has no `items` of its own: they are in its cart
    void order.items;
  }
  for await (const page of client.products.list(shop.id).pages()) {
    const meta: Equal<typeof page.meta.last_page, number> = true;
    const samePage: Equal<typeof page, Page<Awaited<ReturnType<typeof client.products.get>>>> = true;
    void [meta, samePage];
  }

  const body: ProductCreate = { name: 'Lamp', price: 12.5, categories: ['1'] };
  await client.products.create(shop.id, body);
  const count: number = await client.customers.count(shop.id);
  void count;
  const removed: void = await client.categoryProducts.unassign(shop.id, '1', '2');
  void removed;

  // @ts-expect-error a shop needs its currency
  await client.shops.create({ name: 'Shop', url: 'shop.example' });
  // @ts-expect-error a price is a number
  await client.products.create(shop.id, { name: 'Lamp', price: '12.50' });
  // @ts-expect-error not one of the order statuses
  await client.orders.update(shop.id, '1', { status: 'shipped' });
  // @ts-expect-error ids are strings, never numbers
  await client.shops.get(31986843064993537);
  // @ts-expect-error carts are created by orders only
  await client.carts.create(shop.id, {});
  // @ts-expect-error queue-order-sync needs the shop's own order id
  await client.orders.queueSync(shop.id, { customer: { email: 'a@example.com' }, cart: { items: [] } });
  // @ts-expect-error a cart item's quantity is a number
  await client.cartItems.replace(shop.id, '1', [{ product_id: '1', quantity: 'two' }]);

  try {
    await client.customers.create(shop.id, { email: 'not an email' });
  } catch (error) {
    if (error instanceof CartlineValidationError) {
      const fields: Equal<typeof error.errors, Record<string, string[]>> = true;
      const status: number = error.status;
      void [fields, status];
    }
  }
}
