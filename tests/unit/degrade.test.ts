import { describe, expect, it } from 'vitest';
import { degrade, splitText } from '../../channels/degrade.js';
import type { ChannelCapabilities } from '../../channels/types.js';

const rich: ChannelCapabilities = { maxButtons: 3, maxButtonTitleLength: 20, cards: false, media: { image: { maxBytes: 1000, maxCaptionLength: 20 }, file: { maxBytes: 1000, maxCaptionLength: 0 } }, typing: true, maxTextLength: 100 };
const plain: ChannelCapabilities = { maxButtons: 0, maxButtonTitleLength: 0, cards: false, media: {}, typing: false, maxTextLength: 50 };
const buttons = [
  { title: 'Track my order', payload: 'track' },
  { title: 'Talk to a person please, right now', payload: 'human' },
];

describe('degrade', () => {
  it('keeps buttons within capabilities and truncates long titles', () => {
    const [m] = degrade({ kind: 'buttons', text: 'How can I help?', buttons, senderType: 'bot' }, rich);
    expect(m?.kind).toBe('buttons');
    expect(m?.buttons?.map((b) => b.title)).toEqual(['Track my order', 'Talk to a person pl…']);
    expect(m?.buttons?.[1]?.payload).toBe('human');
  });

  it('turns buttons into numbered text on a channel without buttons', () => {
    const [m] = degrade({ kind: 'buttons', text: 'Pick one', buttons, senderType: 'bot' }, { ...plain, maxTextLength: 500 });
    expect(m?.kind).toBe('text');
    expect(m?.text).toContain('1. Track my order');
    expect(m?.text).toContain('2. Talk to a person please, right now');
    expect(m?.buttons).toBeUndefined();
  });

  it('turns too many buttons into numbered text', () => {
    const many = Array.from({ length: 5 }, (_, i) => ({ title: `Option ${i + 1}`, payload: `o${i}` }));
    const [m] = degrade({ kind: 'buttons', text: 'Choose', buttons: many, senderType: 'bot' }, { ...rich, maxTextLength: 500 });
    expect(m?.kind).toBe('text');
    expect(m?.text).toContain('5. Option 5');
  });

  it('turns media into a link where media is unsupported', () => {
    const [m] = degrade({ kind: 'image', text: 'Here it is', attachment: { url: 'https://x.test/a.png', name: 'a.png' }, senderType: 'bot' }, plain);
    expect(m).toMatchObject({ kind: 'text', text: 'Here it is\na.png: https://x.test/a.png' });
  });

  it('splits long text on word boundaries, keeping everything', () => {
    const text = Array.from({ length: 30 }, (_, i) => `word${i}`).join(' ');
    const parts = degrade({ kind: 'text', text, senderType: 'bot' }, plain);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(p.text.length).toBeLessThanOrEqual(50);
    expect(parts.map((p) => p.text).join(' ')).toBe(text);
  });

  it('a media type the channel does not send becomes a link; images stay media', () => {
    const audio = { kind: 'file' as const, text: 'Listen', attachment: { url: 'https://x.test/a.ogg', name: 'a.ogg', mimeType: 'audio/ogg' }, senderType: 'bot' as const };
    expect(degrade(audio, rich)).toEqual([{ kind: 'text', text: 'Listen\na.ogg: https://x.test/a.ogg', senderType: 'bot' }]);
    const image = { kind: 'image' as const, text: 'Look', attachment: { url: 'https://x.test/a.png' }, senderType: 'bot' as const };
    expect(degrade(image, rich)).toEqual([image]);
  });

  it('a file larger than the platform fetches becomes a link', () => {
    const big = { kind: 'image' as const, text: 'Look', attachment: { url: 'https://x.test/a.png', size: 5000 }, senderType: 'bot' as const };
    expect(degrade(big, rich)).toEqual([{ kind: 'text', text: 'Look\nhttps://x.test/a.png', senderType: 'bot' }]);
  });

  it('a caption longer than the platform takes follows the media as its own message; no caption at all sends the text after', () => {
    const image = { kind: 'image' as const, text: 'A caption longer than twenty', attachment: { url: 'https://x.test/a.png' }, senderType: 'bot' as const };
    expect(degrade(image, rich)).toEqual([
      { ...image, text: '' },
      { kind: 'text', text: 'A caption longer than twenty', senderType: 'bot' },
    ]);
    const file = { kind: 'file' as const, text: 'Your invoice', attachment: { url: 'https://x.test/i.pdf', mimeType: 'application/pdf' }, senderType: 'bot' as const };
    expect(degrade(file, rich).map((p) => [p.kind, p.text])).toEqual([['file', ''], ['text', 'Your invoice']]);
  });

  it('buttons keep to the shorter text a button message holds: the leading text goes first', () => {
    const text = Array.from({ length: 12 }, (_, i) => `word${i}`).join(' ');
    const parts = degrade({ kind: 'buttons', text, buttons: buttons.slice(0, 1), senderType: 'bot' }, { ...rich, maxButtonTextLength: 30 });
    expect(parts.map((p) => p.kind)).toEqual(['text', 'text', 'buttons']);
    for (const p of parts) expect(p.text.length).toBeLessThanOrEqual(30);
    expect(parts.map((p) => p.text).join(' ')).toBe(text);
  });

  it('hard-splits a single overlong word', () => {
    expect(splitText('x'.repeat(120), 50).map((p) => p.length)).toEqual([50, 50, 20]);
  });
});

describe('numbered options', () => {
  it('remembers the options it numbered and maps a typed number back', async () => {
    const { matchNumberedOption } = await import('../../channels/degrade.js');
    const [m] = degrade({ kind: 'buttons', text: 'Pick', buttons, senderType: 'bot' }, { ...plain, maxTextLength: 500 });
    expect(m?.numberedOptions).toEqual(buttons);
    expect(matchNumberedOption('2', m?.numberedOptions)).toEqual(buttons[1]);
    expect(matchNumberedOption(' 1. ', m?.numberedOptions)).toEqual(buttons[0]);
    expect(matchNumberedOption('3', m?.numberedOptions)).toBeNull();
    expect(matchNumberedOption('2 please', m?.numberedOptions)).toBeNull();
    expect(matchNumberedOption('2', undefined)).toBeNull();
  });
});
