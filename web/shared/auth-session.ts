/**
 * Staff sign-in from the browser consoles (inbox, admin): the session lives in
 * the httpOnly `gw_session` cookie, so scripts never see it; these helpers
 * call the auth API and keep sign-in redirects on this site.
 */
import { api, ApiError, API_KEY_STORAGE } from './api.js';

export interface StaffUser {
  id: string;
  email: string;
  name: string;
  role: 'admin' | 'supervisor' | 'agent' | 'analyst';
}

export interface Me {
  user: StaffUser | null;
  tenant: { id: string; name: string };
  role: StaffUser['role'];
}

export function login(email: string, password: string, tenantId?: string): Promise<{ user: StaffUser; tenant: Me['tenant'] }> {
  return api('/auth/login', { method: 'POST', body: { email, password, ...(tenantId ? { tenantId } : {}) } });
}

/** Who is signed in, or null (no session, or it ended). */
export async function currentUser(): Promise<Me | null> {
  try {
    return await api<Me>('/auth/me');
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) return null;
    throw err;
  }
}

export async function logout(): Promise<void> {
  try {
    sessionStorage.removeItem(API_KEY_STORAGE);
  } catch {
    // storage unavailable: nothing kept there
  }
  await api('/auth/logout', { method: 'POST' });
}

/** `next` when it is a path of this site (never another origin: `//evil`, `/\\evil`, `https:`), else the fallback. */
export function safeNext(next: string | null | undefined, fallback = '/inbox'): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  try {
    const u = new URL(next, window.location.origin);
    return u.origin === window.location.origin ? u.pathname + u.search + u.hash : fallback;
  } catch {
    return fallback;
  }
}

/** Sends the browser to the sign-in page, coming back here afterwards. */
export function redirectToLogin(): void {
  const here = window.location.pathname + window.location.search + window.location.hash;
  window.location.assign(`/login?next=${encodeURIComponent(here)}`);
}
