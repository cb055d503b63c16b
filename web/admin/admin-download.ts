/**
 * Downloads a file from the API with the console's credentials (session
 * cookie, or the pasted key as a bearer token — a plain link could not send
 * it) and hands it to the browser as a download.
 */
import { API_KEY_STORAGE, ApiError } from '../shared/api.js';

export async function downloadFromApi(path: string, fallbackName: string): Promise<string> {
  const headers: Record<string, string> = { 'X-Requested-With': 'fetch' };
  const key = sessionStorage.getItem(API_KEY_STORAGE);
  if (key) headers.Authorization = `Bearer ${key}`;
  const res = await fetch(`/api/v1${path}`, { headers, credentials: 'same-origin' });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
    throw new ApiError(res.status, body?.error?.code ?? `http_${res.status}`, body?.error?.message ?? res.statusText);
  }
  const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? fallbackName;
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}
