/**
 * Contact details as the desk compares them: emails lower-cased and trimmed,
 * phones reduced to their digits (a leading + or 00 kept as the international
 * prefix), so a WhatsApp number (`4915112345678`) and a phone typed into a
 * form (`+49 151 1234-5678`) are recognised as the same.
 */
import { z } from 'zod';

const emailShape = z.email();

/** The normalised email, or null when it is not an email address. */
export function normaliseEmail(raw: string): string | null {
  const e = raw.trim().toLowerCase();
  if (e.length === 0 || e.length > 254) return null;
  return emailShape.safeParse(e).success ? e : null;
}

/**
 * The normalised phone (`+<digits>` when it carried an international prefix,
 * `<digits>` otherwise), or null when it is not a phone number: 7 to 15 digits
 * (E.164) once spaces, dashes, dots, slashes and parentheses are removed.
 */
export function normalisePhone(raw: string): string | null {
  let p = raw.trim().replace(/[\s\-./()]/g, '');
  if (p.startsWith('00')) p = `+${p.slice(2)}`;
  if (!/^\+?\d{7,15}$/.test(p)) return null;
  return p;
}

/** Digits only: how two phones are compared (country prefix markers aside). */
export function phoneDigits(p: string): string {
  return p.replace(/\D/g, '');
}
