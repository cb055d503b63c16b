/**
 * The pure parts of e-mail notifications: templates (every one renders, values
 * escaped for their place, one-line subjects), mention syntax, preference
 * defaults, the SMTP URL → nodemailer options, the config section, and the
 * SMTP password kept out of log text.
 */
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { redactText } from '../../src/logging/logger.js';
import { parseMentions } from '../../src/notifications/email-notifications.js';
import { EMAIL_TEMPLATES, renderEmail } from '../../src/notifications/email-templates.js';
import { smtpOptions, ticketUrl } from '../../src/notifications/email.service.js';
import { EMAIL_PREFERENCE_KEYS, effectivePreferences, preferencesPatchSchema } from '../../src/notifications/preferences.js';

const KEY = Buffer.alloc(32, 7).toString('base64');

const values = {
  recipientName: 'Ana',
  actorName: 'Ben <b>',
  assigneeName: 'Ana',
  teamName: 'Billing & Co',
  ticketTitle: 'Broken <script>alert(1)</script> "router"',
  ticketId: '00000000-0000-4000-8000-000000000001',
  ticketUrl: 'https://desk.example/inbox#ticket=00000000-0000-4000-8000-000000000001',
  priority: 'high',
  status: 'open',
  target: 'first response',
  dueAt: '2026-01-01T10:00:00.000Z',
  excerpt: 'line one\nline <two>\u0000',
};

describe('e-mail templates', () => {
  it.each(EMAIL_TEMPLATES)('%s renders every placeholder, with the ticket link in both bodies', (name) => {
    const r = renderEmail(name, values);
    for (const part of [r.subject, r.text, r.html]) expect(part).not.toMatch(/\{\{\w+\}\}/);
    expect(r.subject.length).toBeGreaterThan(5);
    expect(r.text).toContain(values.ticketUrl);
    expect(r.html).toContain(`href="${values.ticketUrl}"`);
  });

  it('escapes values in HTML, strips control characters in text, keeps the subject on one bounded line', () => {
    const r = renderEmail('mention', { ...values, ticketTitle: 'Evil\r\nBcc: victim@example.com ' + 'x'.repeat(400) });
    expect(r.subject).not.toMatch(/[\r\n]/);
    expect(r.subject.length).toBeLessThanOrEqual(200);
    expect(r.html).not.toContain('<b>');
    expect(r.html).toContain('Ben &lt;b&gt;');
    expect(r.html).toContain('line &lt;two&gt;');
    // Every line of a multi-line value keeps the indentation of its placeholder.
    expect(r.text).toContain('  line one\n  line <two>');
    expect(r.text).not.toContain('\u0000');
    const assigned = renderEmail('ticket-assigned', values);
    expect(assigned.html).toContain('Broken &lt;script&gt;alert(1)&lt;/script&gt; &quot;router&quot;');
    expect(assigned.html).not.toContain('<script>');
    expect(assigned.html).toContain('<title>Ticket assigned to you: Broken &lt;script&gt;');
  });

  it('links to the ticket in the agent inbox', () => {
    expect(ticketUrl('https://desk.example', 'abc')).toBe('https://desk.example/inbox#ticket=abc');
  });
});

describe('mentions', () => {
  it('finds @local-part and @"Full Name", case-insensitively, not e-mail addresses', () => {
    expect(parseMentions('Hi @Ana.Lopez, @"Sue Park" and @ben. Mail x@carl.com or (@dora)')).toEqual({ localParts: ['ana.lopez', 'ben', 'dora'], names: ['sue park'] });
    expect(parseMentions('no mention here, user@example.com, @ alone, @"" empty')).toEqual({ localParts: [], names: [] });
    expect(parseMentions('@a+tag @a_b-c')).toEqual({ localParts: ['a+tag', 'a_b-c'], names: [] });
  });
});

describe('preferences', () => {
  it('every kind is on unless stored false', () => {
    expect(effectivePreferences({})).toEqual(Object.fromEntries(EMAIL_PREFERENCE_KEYS.map((k) => [k, true])));
    expect(effectivePreferences({ assignment: false, mention: true, unknown: false })).toMatchObject({ assignment: false, mention: true, slaBreach: true });
    expect(effectivePreferences(null).teamQueue).toBe(true);
  });

  it('a patch takes booleans of known keys only', () => {
    expect(preferencesPatchSchema.safeParse({ assignment: false }).success).toBe(true);
    expect(preferencesPatchSchema.safeParse({}).success).toBe(true);
    expect(preferencesPatchSchema.safeParse({ assignment: 'no' }).success).toBe(false);
    expect(preferencesPatchSchema.safeParse({ sms: true }).success).toBe(false);
  });
});

describe('SMTP settings', () => {
  it('turns SMTP_URL into nodemailer options with our timeouts', () => {
    expect(smtpOptions('smtp://us%40er:p%3Ass@mail.example:2525', 5000)).toMatchObject({
      host: 'mail.example',
      port: 2525,
      secure: false,
      auth: { user: 'us@er', pass: 'p:ss' },
      connectionTimeout: 5000,
      greetingTimeout: 5000,
      socketTimeout: 5000,
    });
    expect(smtpOptions('smtps://mail.example', 1000)).toMatchObject({ port: 465, secure: true });
    expect(smtpOptions('smtp://mail.example', 1000)).not.toHaveProperty('auth');
  });

  it('config: SMTP_URL optional (null = not configured), validated; From defaults to the public host', () => {
    const off = loadConfig({ ENCRYPTION_KEY: KEY, PUBLIC_BASE_URL: 'https://desk.example.com' });
    expect(off.notifications).toMatchObject({ smtpUrl: null, from: 'no-reply@desk.example.com', maxAttempts: 5 });
    const on = loadConfig({ ENCRYPTION_KEY: KEY, SMTP_URL: 'smtp://u:p@mail:25', SMTP_FROM: 'Desk <desk@x.test>', NOTIFICATION_MAX_ATTEMPTS: '3' });
    expect(on.notifications).toMatchObject({ smtpUrl: 'smtp://u:p@mail:25', from: 'Desk <desk@x.test>', maxAttempts: 3 });
    expect(() => loadConfig({ ENCRYPTION_KEY: KEY, SMTP_URL: 'http://mail:25' })).toThrow(/SMTP_URL/);
  });

  it('log text never carries the password of a URL', () => {
    expect(redactText('connect failed for smtp://mailer:S3cr3t@mail.example:587')).toBe('connect failed for smtp://mailer:[redacted]@mail.example:587');
    expect(redactText('see https://example.com:8443/path@x')).toBe('see https://example.com:8443/path@x');
  });
});
