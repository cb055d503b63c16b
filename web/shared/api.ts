/**
 * The consoles' one way to call the gateway API.
 *
 * Staff in a browser are authenticated by the session cookie (httpOnly, set by
 * the login page), so requests go `credentials: 'same-origin'` and carry
 * `X-Requested-With` (the gateway refuses cookie-authenticated writes without
 * it: a cross-site form cannot set that header). Machines use API keys; a key
 * kept in sessionStorage under {@link API_KEY_STORAGE} is sent as a bearer token
 * instead (tests and operators who paste a key).
 */
export const API_KEY_STORAGE = 'gw.apiKey';

/** An answer of the API other than 2xx, with the gateway's error code and reason. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

function storedKey(): string | null {
  try {
    return sessionStorage.getItem(API_KEY_STORAGE);
  } catch {
    return null;
  }
}

export interface RequestOptions {
  method?: string;
  /** JSON-encoded unless it is FormData (multipart uploads). */
  body?: unknown;
  signal?: AbortSignal;
}

/** Calls `/api/v1${path}` and returns the parsed JSON (undefined for 204). */
export async function api<T>(path: string, opts: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', 'X-Requested-With': 'fetch' };
  const key = storedKey();
  if (key) headers.Authorization = `Bearer ${key}`;
  let body: BodyInit | undefined;
  if (opts.body instanceof FormData) body = opts.body;
  else if (opts.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(opts.body);
  }
  const res = await fetch(`/api/v1${path}`, { method: opts.method ?? 'GET', headers, body, credentials: 'same-origin', signal: opts.signal });
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  let json: unknown = undefined;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON: reported below with the status
  }
  if (!res.ok) {
    const err = (json as { error?: { code?: string; message?: string; details?: unknown } } | undefined)?.error;
    throw new ApiError(res.status, err?.code ?? `http_${res.status}`, err?.message ?? (text.slice(0, 200) || res.statusText), err?.details);
  }
  return json as T;
}
