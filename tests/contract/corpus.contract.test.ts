/**
 * The inbound contract over every published webhook payload we keep
 * (tests/fixtures/<channel>/ and tests/fixtures/<channel>/corpus/, sources in
 * each corpus/SOURCES.md): each one, authenticated as its platform does it,
 * must pass verify and parse (what answers 200) and yield the events listed in
 * tests/fixtures/corpus.expected.json — a message of the expected kind, a
 * status or identity event, or an explicit `ignored` — never a 400 and never a
 * lost message. A new file in a corpus folder without an expectation fails.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getAdapter } from '../../channels/registry.js';
import type { ChannelType, InboundEvent, WebhookRequest } from '../../channels/types.js';
import { ROOT } from '../helpers/harness.js';
import { contractContext as context, kits } from './kits.js';

const FIXTURES = path.join(ROOT, 'tests/fixtures');
const expected = JSON.parse(readFileSync(path.join(FIXTURES, 'corpus.expected.json'), 'utf8')) as Record<string, string[]>;
const CHANNELS: ChannelType[] = ['telegram', 'line', 'teams', 'whatsapp', 'wechat'];

const outcome = (e: InboundEvent) => (e.type === 'message' ? `message:${e.message.kind}` : e.type);

function files(channel: string): string[] {
  return [channel, `${channel}/corpus`].flatMap((dir) =>
    readdirSync(path.join(FIXTURES, dir))
      .filter((f) => f.endsWith('.json') || f.endsWith('.xml'))
      .map((f) => `${dir}/${f}`),
  );
}


/** One Meta app serves several numbers: the connection is the number the payload is for. */
function phoneNumberIdOf(raw: Buffer): string | undefined {
  const body = JSON.parse(raw.toString('utf8')) as { entry?: Array<{ changes?: Array<{ value?: { metadata?: { phone_number_id?: string } } }> }> };
  return body.entry?.[0]?.changes?.[0]?.value?.metadata?.phone_number_id;
}

describe.each(CHANNELS)('%s: published payloads', (type) => {
  const adapter = getAdapter(type);
  const kit = kits[type];
  if (!adapter || !kit) throw new Error(`no adapter or kit for ${type}`);
  const all = files(type);

  it('every payload in the corpus has an expectation', () => {
    expect(all.filter((f) => !(f in expected))).toEqual([]);
    expect(all.filter((f) => f.includes('/corpus/')).length).toBeGreaterThanOrEqual(6);
  });

  it.each(all)('%s is accepted and yields what it carries', async (file) => {
    const raw = readFileSync(path.join(FIXTURES, file));
    const phone = type === 'whatsapp' ? phoneNumberIdOf(raw) : undefined;
    const credentials = adapter.credentialsSchema.parse(phone ? { ...kit.credentials, phoneNumberId: phone } : kit.credentials);
    const ctx = context(type, credentials, kit.endpoints);
    const req: WebhookRequest = kit.authenticate({ method: 'POST', headers: { 'content-type': 'application/json' }, query: {}, rawBody: raw }, ctx);
    await adapter.verifyWebhook(req, ctx);
    const events = adapter.parseWebhook(req, ctx);
    expect(events.map(outcome)).toEqual(expected[file]);
    for (const e of events) {
      if (e.type === 'ignored') expect(e.reason.length, 'an ignored event says why (with its type)').toBeGreaterThan(5);
      // A customer message the agent can read: text, or an attachment / location that stands for it.
      if (e.type === 'message') expect(e.message.text !== '' || (e.message.payload.attachments?.length ?? 0) > 0 || e.message.payload.location).toBeTruthy();
    }
  });
});
