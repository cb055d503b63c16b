/**
 * Teams activity → unified events, over fixtures shaped like the documented
 * Bot Framework / Teams activities (tests/fixtures/teams). Pure: no network.
 */
import { readFileSync } from 'node:fs';
import { TurnContext, type Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { degrade } from '../../channels/degrade.js';
import { teamsAdapter } from '../../channels/teams/teams.adapter.js';
import { renderTeams } from '../../channels/teams/teams.render.js';
import { parseTeamsActivity, stripBotMention } from '../../channels/teams/teams.normalize.js';
import type { InboundEvent, InboundMessage } from '../../channels/types.js';
import { PayloadError } from '../../src/domain/errors.js';

const raw = (name: string): string => readFileSync(new URL(`../fixtures/teams/${name}.json`, import.meta.url), 'utf8');
const json = (name: string): Record<string, unknown> => JSON.parse(raw(name)) as Record<string, unknown>;

const BOT = '28:9e4c1d2a-7b3f-4e8a-a1c5-2f6d8b0e4c71';
const MEGAN_AAD = '6c1b2f3e-8a4d-4c5e-9f0a-1b2c3d4e5f60';
const PERSONAL = 'a:1pZs9Qw3Xk8Lm2Nv7Bc4Df6Gh0Jk2Lm4Np6Qr8St0Uv2Wx4Yz6Ab8Cd0Ef2Gh4Ij6Kl8Mn0Op2Qr4St6Uv8Wx';

function message(events: InboundEvent[]): InboundMessage {
  expect(events).toHaveLength(1);
  const [event] = events;
  if (event?.type !== 'message') throw new Error(`expected a message, got ${JSON.stringify(event)}`);
  return event.message;
}

const parseFixture = (name: string) => parseTeamsActivity(raw(name));

function payloadError(body: string | object): PayloadError {
  try {
    parseTeamsActivity(typeof body === 'string' ? body : JSON.stringify(body));
  } catch (err) {
    expect(err).toBeInstanceOf(PayloadError);
    return err as PayloadError;
  }
  throw new Error('expected a PayloadError');
}

describe('message activities', () => {
  it('normalises a personal chat message and keeps the SDK conversation reference', () => {
    const m = message(parseFixture('personal-message'));
    expect(m).toMatchObject({
      platformMessageId: `${PERSONAL}|1736154867512`,
      externalUserId: MEGAN_AAD,
      externalThreadId: PERSONAL,
      userDisplayName: 'Megan Bowen',
      language: 'en-US',
      kind: 'text',
      text: 'Hi, where is my order #4471?',
      payload: { platform: { teamsActivityId: '1736154867512' } },
    });
    expect(m.sentAt).toEqual(new Date('2025-01-06T09:14:27.512Z'));
    const reference = TurnContext.getConversationReference(json('personal-message') as Partial<Activity>);
    expect(m.threadMetadata).toEqual({
      teamsConversationReference: reference,
      teamsConversationType: 'personal',
      teamsTenantId: '3f2e1d0c-9b8a-4765-8432-10fedcba9876',
    });
    expect(reference).toMatchObject({ serviceUrl: 'https://smba.trafficmanager.net/emea/', bot: { id: BOT }, conversation: { id: PERSONAL }, activityId: '1736154867512' });
  });

  it('falls back to the Teams user id when there is no aadObjectId', () => {
    const activity = json('personal-message');
    activity.from = { id: '29:guest-user', name: 'Guest' };
    expect(message(parseTeamsActivity(JSON.stringify(activity))).externalUserId).toBe('29:guest-user');
  });

  it('strips the bot @mention from a channel message and replies in its thread', () => {
    const m = message(parseFixture('channel-mention'));
    expect(m.text).toBe('is the VPN down for everyone?');
    expect(m.externalThreadId).toBe('19:4a6c8e0b2d4f46a8b0c2e4a6c8e0b2d4@thread.tacv2;messageid=1736161361088');
    expect(m.externalUserId).toBe('0d9c8b7a-6f5e-4d3c-8b2a-19f8e7d6c5b4');
    expect(m.threadMetadata).toMatchObject({ teamsConversationType: 'channel' });
  });

  it('keeps mentions of other people', () => {
    const entities = [
      { type: 'mention', mentioned: { id: BOT, name: 'Contoso Support' }, text: '<at>Contoso Support</at>' },
      { type: 'mention', mentioned: { id: '29:someone', name: 'Lee' }, text: '<at>Lee</at>' },
    ];
    expect(stripBotMention('<at>Contoso Support</at>  ask <at>Lee</at> please', entities, BOT)).toBe('ask <at>Lee</at> please');
    expect(stripBotMention('  plain text  ', undefined, BOT)).toBe('plain text');
  });

  it('turns an Adaptive Card Action.Submit (value, no text) into a button_reply', () => {
    const m = message(parseFixture('adaptive-card-submit'));
    const value = { action: 'rate', rating: '4', comment: 'Quick answer, thanks' };
    // The agent reads the answers as lines; the value itself is kept whole.
    expect(m).toMatchObject({ kind: 'button_reply', text: 'action: rate\nrating: 4\ncomment: Quick answer, thanks', payload: { buttonPayload: JSON.stringify(value), platform: { teamsSubmitValue: value, teamsReplyToId: '1736154871020' } } });
  });

  it('a card submission with both text and value keeps both (messageBack of another card, Action.Submit with a title)', () => {
    const activity = json('adaptive-card-submit');
    activity.text = 'Send feedback';
    const m = message(parseTeamsActivity(JSON.stringify(activity)));
    expect(m.kind).toBe('button_reply');
    expect(m.text).toBe('Send feedback\naction: rate\nrating: 4\ncomment: Quick answer, thanks');
    expect(m.payload.platform).toMatchObject({ teamsSubmitValue: { action: 'rate', rating: '4', comment: 'Quick answer, thanks' } });
  });

  it('an activity without id (optional in the Bot Framework schema) is accepted; its bytes key the dedup', () => {
    const activity = json('personal-message');
    delete activity.id;
    const raw = JSON.stringify(activity);
    const m = message(parseTeamsActivity(raw));
    expect(m.text).toBe(message(parseFixture('personal-message')).text);
    expect(m.platformMessageId).toMatch(/\|h:[0-9a-f]{32}$/);
    expect(message(parseTeamsActivity(raw)).platformMessageId).toBe(m.platformMessageId);
  });

  it('turns a press on one of our hero-card buttons (messageBack) into a button_reply with its payload', () => {
    const m = message(parseFixture('message-back'));
    expect(m).toMatchObject({ kind: 'button_reply', text: 'Track my order', payload: { buttonPayload: 'track-order' } });
  });

  it('maps an inline image and ignores the text/html copy of the message', () => {
    const m = message(parseFixture('image-attachment'));
    expect(m.kind).toBe('image');
    expect(m.text).toBe('This is what the error looks like');
    expect(m.payload.attachments).toEqual([{ url: 'https://smba.trafficmanager.net/emea/v3/attachments/0-weu-d3-5c1f8a9e2b7d4c6a8e0f1a2b3c4d5e6f/views/original' }]);
  });

  it('maps a file sent in a chat without keeping its pre-authenticated download URL', () => {
    const m = message(parseFixture('file-attachment'));
    expect(m).toMatchObject({ kind: 'file', text: '' });
    expect(m.payload.attachments).toEqual([
      {
        url: 'https://contoso-my.sharepoint.com/personal/meganb_contoso_com/Documents/Microsoft Teams Chat Files/invoice-4471.pdf',
        name: 'invoice-4471.pdf',
        platformFileId: '1150D938-8870-4044-9F2C-5BBDEBA70C9D',
      },
    ]);
    expect(JSON.stringify(m)).not.toContain('tempauth');
  });

  it('ignores a message with nothing in it', () => {
    const activity = json('personal-message');
    delete activity.text;
    expect(parseTeamsActivity(JSON.stringify(activity))).toEqual([{ type: 'ignored', reason: 'message 1736154867512 has no text, attachment or card value' }]);
  });
});

describe('other activities', () => {
  it('does not store conversationUpdate membersAdded (the first message carries the reference)', () => {
    expect(parseFixture('conversation-update-members-added')).toEqual([
      { type: 'ignored', reason: 'conversationUpdate (membersAdded: 2, membersRemoved: 0) is not stored' },
    ]);
  });

  it('ignores unsupported types such as messageReaction', () => {
    expect(parseFixture('message-reaction')).toEqual([{ type: 'ignored', reason: 'unsupported activity type: messageReaction' }]);
  });
});

describe('malformed activities', () => {
  it('rejects bodies that are not JSON', () => {
    expect(payloadError('{"type": "message", ').message).toMatch(/^invalid JSON/);
    expect(payloadError('').message).toMatch(/^invalid JSON/);
  });

  it('names the offending field', () => {
    const valid = json('personal-message');
    const cases: Array<[object, RegExp]> = [
      [[], /\(root\)/],
      [{}, /type/],
      [{ ...valid, serviceUrl: 'not a url' }, /serviceUrl/],
      [{ ...valid, serviceUrl: 'ftp://smba.example/' }, /serviceUrl/],
      [{ ...valid, conversation: undefined }, /conversation/],
      [{ ...valid, recipient: { name: 'no id' } }, /recipient\.id/],
      [{ ...valid, text: 42 }, /text/],
      [{ ...valid, timestamp: 'yesterday' }, /timestamp/],
      [{ ...valid, from: undefined }, /from/],
      [{ ...valid, attachments: [{ contentUrl: 'https://x' }] }, /attachments\[0\]\.contentType/],
    ];
    for (const [body, reason] of cases) expect(payloadError(body).message, JSON.stringify(body).slice(0, 80)).toMatch(reason);
  });

  it('parseWebhook on the adapter throws the same PayloadError', () => {
    const req = { method: 'POST', headers: {}, query: {}, rawBody: Buffer.from('[1,2]') };
    expect(() => teamsAdapter.parseWebhook(req, {} as never)).toThrow(PayloadError);
  });
});

describe('outbound activities', () => {
  it('sends text as Markdown, an image as an attachment, a file as a link (degrade)', () => {
    expect(renderTeams({ id: '1', kind: 'text', text: 'Hello *there*', senderType: 'bot' })).toEqual({ type: 'message', textFormat: 'markdown', text: 'Hello _there_' });
    expect(renderTeams({ id: '2', kind: 'image', text: 'Your label', attachment: { url: 'https://cdn.example/label.jpg' }, senderType: 'bot' })).toEqual({
      type: 'message',
      textFormat: 'markdown',
      text: 'Your label',
      attachments: [{ contentType: 'image/jpeg', contentUrl: 'https://cdn.example/label.jpg' }],
    });
    const [file] = degrade({ kind: 'file', text: 'Invoice', attachment: { url: 'https://cdn.example/i.pdf', name: 'i.pdf' }, senderType: 'bot' }, teamsAdapter.capabilities);
    expect(renderTeams({ id: '3', ...file! })).toMatchObject({ text: 'Invoice\ni.pdf: https://cdn.example/i.pdf' });
  });

  it('sends buttons as a hero card of messageBack actions carrying the payload', () => {
    const activity = renderTeams({ id: '4', kind: 'buttons', text: 'Pick one', buttons: [{ title: 'Track my order', payload: 'track-order' }], senderType: 'bot' });
    expect(activity.attachments).toEqual([
      {
        contentType: 'application/vnd.microsoft.card.hero',
        content: {
          text: 'Pick one',
          buttons: [{ type: 'messageBack', title: 'Track my order', text: 'Track my order', displayText: 'Track my order', value: { buttonPayload: 'track-order' } }],
        },
      },
    ]);
    // The press of that button parses back into the same payload (fixture message-back).
    expect(message(parseFixture('message-back')).payload.buttonPayload).toBe('track-order');
  });
});
