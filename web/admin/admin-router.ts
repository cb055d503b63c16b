/**
 * The console's router: the part after `#` is the route (`/admin#/channels`),
 * so every section is a bookmarkable URL without server routes under /admin
 * (where the operators' Bull Board and sign-in live).
 */
import { useEffect, useState } from 'preact/hooks';

export const SECTIONS = [
  { path: '/channels', label: 'Channels' },
  { path: '/knowledge', label: 'Knowledge' },
  { path: '/rules', label: 'Rules' },
  { path: '/people', label: 'Agents & teams' },
  { path: '/keys', label: 'API keys' },
  { path: '/reports', label: 'Reports' },
] as const;

export type SectionPath = (typeof SECTIONS)[number]['path'];

function current(): string {
  const raw = location.hash.replace(/^#/, '');
  return raw.startsWith('/') ? raw : '/channels';
}

/** The current route path and its segments (`/knowledge/<id>` → ['knowledge', '<id>']). */
export function useRoute(): { path: string; segments: string[] } {
  const [path, setPath] = useState(current);
  useEffect(() => {
    const onChange = () => setPath(current());
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return { path, segments: path.split('/').filter(Boolean) };
}

export function navigate(path: string): void {
  location.hash = path;
}
