import { render } from 'preact';
import { useState } from 'preact/hooks';
import { api, ApiError, setUnauthorizedHandler, token } from './api.js';
import { Detail, List, RESOURCES, type Resource } from './browse.js';
import { ErrorNote, useGet } from './components.js';
import { Dashboard } from './dashboard.js';
import { Faults, RequestDetail, Requests } from './requests.js';
import { href, useRoute } from './router.js';
import { Webhooks } from './webhooks.js';
import './style.css';

function SignIn({ onSignedIn }: { onSignedIn: () => void }) {
  const [value, setValue] = useState('');
  const [error, setError] = useState<Error | undefined>();
  const submit = async (event: Event) => {
    event.preventDefault();
    token.set(value.trim());
    try {
      await api('GET', '/api/ecommerce/shops?limit=1');
      onSignedIn();
    } catch (e) {
      token.clear();
      setError(e instanceof ApiError && e.status === 401 ? new Error('That token is not valid.') : (e as Error));
    }
  };
  return (
    <main class="signin">
      <h1>Cartline console</h1>
      <form onSubmit={submit}>
        <label for="token">API token</label>
        <input id="token" type="password" autoComplete="off" required value={value} onInput={(e) => setValue(e.currentTarget.value)} />
        <p class="hint">Kept in this tab only, and forgotten when you sign out or close it.</p>
        <button type="submit">Sign in</button>
      </form>
      <ErrorNote error={error} />
    </main>
  );
}

function Shops() {
  const { data, error } = useGet('/api/ecommerce/shops?limit=100');
  return (
    <>
      <h1>Shops</h1>
      <ErrorNote error={error} />
      <ul class="shops" data-testid="shops">
        {(data?.data ?? []).map((shop: any) => (
          <li key={shop.id}>
            <a href={href('shops', shop.id)}>{shop.name}</a> <span class="muted">{shop.url}</span>
          </li>
        ))}
      </ul>
      {data?.data?.length === 0 && <p>This account has no shops yet.</p>}
    </>
  );
}

function ShopNav({ shopId }: { shopId: string }) {
  return (
    <nav class="subnav" aria-label="Shop">
      <a href={href('shops', shopId)}>Dashboard</a>
      {RESOURCES.map((resource) => (
        <a key={resource} href={href('shops', shopId, resource)}>
          {resource}
        </a>
      ))}
    </nav>
  );
}

function View({ route }: { route: string[] }) {
  const [section, shopId, resource, id] = route;
  if (section === 'shops' && shopId !== undefined) {
    const known = (RESOURCES as readonly string[]).includes(resource ?? '');
    return (
      <>
        <ShopNav shopId={shopId} />
        {!known ? <Dashboard shopId={shopId} /> : id === undefined ? <List key={resource} shopId={shopId} resource={resource as Resource} /> : <Detail key={`${resource}/${id}`} shopId={shopId} resource={resource as Resource} id={id} />}
      </>
    );
  }
  if (section === 'requests') return shopId === undefined ? <Requests /> : <RequestDetail key={shopId} id={shopId} />;
  if (section === 'faults') return <Faults />;
  if (section === 'webhooks') return <Webhooks />;
  return <Shops />;
}

function App() {
  const [signedIn, setSignedIn] = useState(() => token.get() !== null);
  const route = useRoute();
  const signOut = () => {
    token.clear();
    setSignedIn(false);
    location.hash = '';
  };
  setUnauthorizedHandler(signOut);
  if (!signedIn) return <SignIn onSignedIn={() => setSignedIn(true)} />;
  return (
    <>
      <header class="top">
        <a class="brand" href="#/">
          Cartline
        </a>
        <nav aria-label="Main">
          <a href="#/">Shops</a>
          <a href={href('requests')}>Requests</a>
          <a href={href('webhooks')}>Webhooks</a>
          <a href="/docs">API reference</a>
        </nav>
        <button type="button" class="signout" onClick={signOut}>
          Sign out
        </button>
      </header>
      <main>
        <View route={route} />
      </main>
    </>
  );
}

render(<App />, document.getElementById('app')!);
