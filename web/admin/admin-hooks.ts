/** Small data hooks shared by the console's sections. */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { api, ApiError } from '../shared/api.js';

export interface Loaded<T> {
  data: T | null;
  error: string | null;
  loading: boolean;
  reload(): void;
}

/** GETs `path` (and again on reload or when `path` changes); keeps the last data while reloading. */
export function useApi<T>(path: string | null): Loaded<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(path !== null);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (path === null) return;
    const ctrl = new AbortController();
    setLoading(true);
    api<T>(path, { signal: ctrl.signal })
      .then((d) => {
        setData(d);
        setError(null);
      })
      .catch((e: unknown) => {
        if (!ctrl.signal.aborted) setError(errorText(e));
      })
      .finally(() => {
        if (!ctrl.signal.aborted) setLoading(false);
      });
    return () => ctrl.abort();
  }, [path, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { data, error, loading, reload };
}

/** Calls `fn` every `ms` while `active` (progress polling). */
export function useInterval(fn: () => void, ms: number, active: boolean): void {
  const saved = useRef(fn);
  saved.current = fn;
  useEffect(() => {
    if (!active) return;
    const t = setInterval(() => saved.current(), ms);
    return () => clearInterval(t);
  }, [ms, active]);
}

/** A readable sentence for an API failure (the gateway's reason when it gave one). */
export function errorText(e: unknown): string {
  if (e instanceof ApiError) return `${e.message} (${e.status})`;
  if (e instanceof Error) return e.message;
  return String(e);
}

/** Runs an action, reporting success or the API's reason; `busy` while it runs. */
export function useAction(): { busy: boolean; message: { kind: 'ok' | 'error'; text: string } | null; run(fn: () => Promise<string | void>): Promise<boolean>; clear(): void } {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const run = useCallback(async (fn: () => Promise<string | void>) => {
    setBusy(true);
    setMessage(null);
    try {
      const text = await fn();
      if (text) setMessage({ kind: 'ok', text });
      return true;
    } catch (e) {
      setMessage({ kind: 'error', text: errorText(e) });
      return false;
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, message, run, clear: () => setMessage(null) };
}

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '—' : d.toLocaleString();
}
