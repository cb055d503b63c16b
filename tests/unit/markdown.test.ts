/** The shared Markdown subset and its four renderings (channels/markdown.ts). */
import { describe, expect, it } from 'vitest';
import { alignedTable, toMarkers, toPlainText, toSafeHtml, toTelegramHtml } from '../../channels/markdown.js';

describe('parsing stays literal where Markdown would surprise', () => {
  it('keeps snake_case, arithmetic and lone asterisks as written', () => {
    const text = 'Use order_id_2 and compute 2 * 3 * 4 for *you*';
    expect(toPlainText(text)).toBe('Use order_id_2 and compute 2 * 3 * 4 for you');
    expect(toMarkers(text, 'whatsapp')).toBe('Use order_id_2 and compute 2 * 3 * 4 for _you_');
  });

  it('shows raw HTML as text, escaped where the platform reads HTML', () => {
    expect(toTelegramHtml('<script>alert(1)</script> & <b>x</b>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;x&lt;/b&gt;');
    expect(toSafeHtml('<img src=x onerror=alert(1)>')).toBe('<p>&lt;img src=x onerror=alert(1)&gt;</p>');
    expect(toPlainText('a &amp; b')).toBe('a & b');
  });

  it('links only http(s), mailto and tel; any other scheme stays text', () => {
    expect(toSafeHtml('[x](javascript:alert(1))')).not.toContain('<a ');
    expect(toTelegramHtml('[site](https://a.example/?q="x")')).toBe('<a href="https://a.example/?q=&quot;x&quot;">site</a>');
    expect(toPlainText('[mail us](mailto:help@shop.example)')).toBe('mail us (help@shop.example)');
  });

  it('keeps the line breaks of chat text, and a list item\'s own lines under it', () => {
    expect(toPlainText('Line one\nLine two')).toBe('Line one\nLine two');
    expect(toPlainText('1. Yes\n2. No\n(Reply with the number of your choice.)')).toBe('1. Yes\n2. No\n(Reply with the number of your choice.)');
    expect(toPlainText('- a\n  - nested\n- b')).toBe('• a\n  • nested\n• b');
  });
});

describe('tables', () => {
  it('line up columns by display width (CJK counts double)', () => {
    expect(alignedTable(['Plan', 'Price'], [['Basic', '5'], ['標準', '10']])).toEqual(['Plan   Price', '-----  -----', 'Basic  5', '標準   10']);
  });

  it('become aligned lines, a monospace block or an HTML table depending on the platform', () => {
    const table = '| A | B |\n| - | - |\n| x | yy |';
    expect(toPlainText(table)).toBe('A  B\n-  --\nx  yy');
    expect(toMarkers(table, 'whatsapp')).toBe('```\nA  B\n-  --\nx  yy\n```');
    expect(toTelegramHtml(table)).toBe('<pre>A  B\n-  --\nx  yy</pre>');
    expect(toSafeHtml(table)).toBe('<table><thead><tr><th>A</th><th>B</th></tr></thead><tbody><tr><td>x</td><td>yy</td></tr></tbody></table>');
  });
});

describe('emphasis per platform', () => {
  it('WhatsApp markers never wrap spaces (WhatsApp would not format them)', () => {
    expect(toMarkers('** bold **', 'whatsapp')).toBe('** bold **');
    expect(toMarkers('**bold** and __also__', 'whatsapp')).toBe('*bold* and *also*');
  });

  it('Teams keeps Markdown and escapes what would read as emphasis in plain text', () => {
    expect(toMarkers('**bold** and snake_case_x', 'teams')).toBe('**bold** and snake\\_case\\_x');
    expect(toMarkers('# Title', 'teams')).toBe('### Title');
  });
});
