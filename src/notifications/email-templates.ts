/**
 * E-mail bodies from the small template files in ./templates/: `<name>.txt`
 * (first line `Subject: …`, a blank line, the plain-text body) and
 * `<name>.html` (the HTML body, wrapped in layout.html). `{{key}}` is replaced
 * by the value: HTML-escaped in HTML, control characters removed in text, and
 * one line (no CR/LF, bounded) in the subject. Templates are read once and cached;
 * the build copies the folder next to the compiled module.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const EMAIL_TEMPLATES = ['ticket-assigned', 'team-queue', 'sla-warning', 'sla-breach', 'team-sla-breach', 'customer-replied', 'mention'] as const;
export type EmailTemplate = (typeof EMAIL_TEMPLATES)[number];

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

const DIR = new URL('./templates/', import.meta.url);
const cache = new Map<string, string>();

function load(file: string): string {
  let s = cache.get(file);
  if (s === undefined) {
    s = readFileSync(fileURLToPath(new URL(file, DIR)), 'utf8');
    cache.set(file, s);
  }
  return s;
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Text a person typed, safe in a plain-text body: no control characters but newline and tab. */
function plain(s: string): string {
  return s.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f\u2028\u2029]/g, '');
}

/** One bounded line: a value can never add a header or a second subject line. */
function oneLine(s: string, max = 200): string {
  const line = plain(s).replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

function fill(template: string, values: Record<string, string>, encode: (v: string) => string): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_m, key: string) => encode(values[key] ?? ''));
}

/** Renders `name` with `values` (every value is text from the database or a person: encoded for its place). */
export function renderEmail(name: EmailTemplate, values: Record<string, string>): RenderedEmail {
  const source = load(`${name}.txt`);
  const m = /^Subject: (.*)\r?\n\r?\n([\s\S]*)$/.exec(source);
  if (!m) throw new Error(`email template ${name}.txt must start with "Subject: …" and a blank line`);
  const subject = oneLine(fill(m[1]!, values, oneLine));
  // A multi-line value on an indented line keeps the indentation on every line.
  const text = m[2]!.replace(/\{\{(\w+)\}\}/g, (_m, key: string, offset: number, whole: string) => {
    const lead = whole.slice(whole.lastIndexOf('\n', offset - 1) + 1, offset);
    const v = plain(values[key] ?? '');
    return lead && /^[ \t]+$/.test(lead) ? v.replace(/\n/g, `\n${lead}`) : v;
  });
  const content = fill(load(`${name}.html`), values, escapeHtml);
  // The layout's own values are escaped too; `content` is already HTML.
  const html = load('layout.html').replace(/\{\{(\w+)\}\}/g, (_m, key: string) => (key === 'content' ? content : key === 'subject' ? escapeHtml(subject) : escapeHtml(values[key] ?? '')));
  return { subject, text, html };
}
