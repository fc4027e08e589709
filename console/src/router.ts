import { useEffect, useState } from 'preact/hooks';

// Hash routes (#/shops/1/orders): the server serves one index.html, and a route never reaches the server's logs.

export function useRoute(): string[] {
  const read = () => location.hash.replace(/^#\/?/, '').split('?', 1)[0]!.split('/').filter((part) => part !== '').map(decodeURIComponent);
  const [parts, setParts] = useState(read);
  useEffect(() => {
    const update = () => setParts(read());
    addEventListener('hashchange', update);
    return () => removeEventListener('hashchange', update);
  }, []);
  return parts;
}

export const href = (...parts: string[]): string => `#/${parts.map(encodeURIComponent).join('/')}`;
