/** Pure pieces of the web chat widget: citation → source cards, button replies, the offer of a person, readable theme colours. */
import { describe, expect, it } from 'vitest';
import { parseWebchatMessage } from '../../channels/webchat/webchat.normalize.js';
import { renderWebchat, splitSources, withWebchatHtml } from '../../channels/webchat/webchat.render.js';
import { webchatWidgetSchema } from '../../channels/webchat/webchat.schema.js';
import { HANDOFF_PAYLOAD, acceptsOffer, withHandoffButton } from '../../src/conversation/handoff.js';
import { chatTheme, contrast } from '../../web/shared/chat-theme.js';

describe('sources', () => {
  it('takes the closing citation line out of the HTML as cards', () => {
    const text = 'Refunds take **5 days**.\n\nSources: Returns and refunds (https://help.example/returns); Payment methods';
    expect(splitSources(text)).toEqual({
      body: 'Refunds take **5 days**.',
      sources: [{ title: 'Returns and refunds', url: 'https://help.example/returns' }, { title: 'Payment methods' }],
    });
    const m = withWebchatHtml({ direction: 'out', text });
    expect(m.html).toBe('<p>Refunds take <strong>5 days</strong>.</p>');
    expect(m.sources).toHaveLength(2);
  });

  it('leaves text without a citation line (or a mid-text "Source:") alone', () => {
    expect(splitSources('Hello')).toEqual({ body: 'Hello', sources: [] });
    expect(splitSources('Source: me\n\nmore text').sources).toEqual([]);
    // Not a URL a card may link to: it stays a title.
    expect(splitSources('x\n\nSource: Evil (javascript:alert(1))').sources).toEqual([{ title: 'Evil (javascript:alert(1))' }]);
    // Visitor text is never parsed.
    expect(withWebchatHtml({ direction: 'in', text: 'a\n\nSource: b' })).not.toHaveProperty('sources');
  });

  it('puts the agent name on live messages', () => {
    const m = renderWebchat('c1', { id: 'm1', kind: 'text', text: 'Hi', senderType: 'agent', senderName: 'Ana' }, new Date(0));
    expect(m).toMatchObject({ senderType: 'agent', senderName: 'Ana', html: '<p>Hi</p>' });
  });
});

describe('quick replies and the offer of a person', () => {
  it('stores a pressed button as a button reply with its payload', () => {
    const [ev] = parseWebchatMessage(Buffer.from(JSON.stringify({ text: 'Talk to a person', clientMessageId: 'a1', buttonPayload: HANDOFF_PAYLOAD })), 'v1');
    expect(ev).toMatchObject({ type: 'message', message: { kind: 'button_reply', text: 'Talk to a person', payload: { buttonPayload: HANDOFF_PAYLOAD } } });
    const [plain] = parseWebchatMessage(Buffer.from(JSON.stringify({ text: 'hi', clientMessageId: 'a2' })), 'v1');
    expect(plain).toMatchObject({ message: { kind: 'text', payload: {} } });
  });

  it('adds the button to the last text of an unsure answer, text unchanged', () => {
    const drafts = withHandoffButton([{ kind: 'text', senderType: 'bot', text: 'Not sure.' }]);
    expect(drafts).toEqual([{ kind: 'buttons', senderType: 'bot', text: 'Not sure.', buttons: [{ title: 'Talk to a person', payload: HANDOFF_PAYLOAD }] }]);
  });

  it('recognises a short yes, and nothing else', () => {
    for (const t of ['yes', 'Yes please', 'yes, please!', 'sure', 'ok', 'okay thanks', 'please do', 'sí', 'oui', 'ja bitte']) expect(acceptsOffer(t), t).toBe(true);
    for (const t of ['no', 'no thanks', 'yes I want to know about refunds for my order from last week', 'what?', '', 'refunds']) expect(acceptsOffer(t), t).toBe(false);
  });
});

describe('widget settings and colours', () => {
  it('validates the look', () => {
    expect(webchatWidgetSchema.safeParse({ color: '#0b6e4f', position: 'left', preChatForm: true }).success).toBe(true);
    expect(webchatWidgetSchema.safeParse({ color: 'green' }).success).toBe(false);
    expect(webchatWidgetSchema.safeParse({ logoUrl: 'data:image/png;base64,xx' }).success).toBe(false);
    expect(webchatWidgetSchema.safeParse({ extra: 1 }).success).toBe(false);
  });

  it('keeps every text colour of any accent at 4.5:1 or more', () => {
    for (const color of ['#ffff00', '#777777', '#0b6e4f', '#1f5fbf', '#ffffff', '#000000', '#ff7f50', 'not-a-colour']) {
      const t = chatTheme(color);
      expect(contrast(t.onAccent, t.accent), color).toBeGreaterThanOrEqual(4.5);
      expect(contrast(t.accentInk, '#ffffff'), color).toBeGreaterThanOrEqual(4.5);
    }
  });
});
