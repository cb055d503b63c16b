import { describe, expect, it } from 'vitest';
import { chunkDocument } from '../../src/rag/chunker.js';
import { loadKbDocuments } from './rag.fixtures.js';

const sentence = (i: number): string => `Sentence number ${i} explains one more detail of the refund policy.`;
const paragraph = (from: number, count: number): string =>
  Array.from({ length: count }, (_, i) => sentence(from + i)).join(' ');

describe('chunkDocument: markdown', () => {
  const markdown = [
    'Intro text before any heading.',
    '# Returns',
    'Returns are free.',
    '## Refund times',
    paragraph(0, 40),
    '### Cards',
    'Cards take 5 to 10 days.',
    '## Exchanges',
    'We do not do exchanges.',
    '```sh',
    '# not a heading inside a code fence',
    '```',
    'Setext title\n============',
    'Under a setext heading.',
  ].join('\n\n');

  it('tracks the heading stack and keeps headings out of the chunk text', async () => {
    const chunks = await chunkDocument({ content: markdown, format: 'markdown' });
    const pathOf = (needle: string): string[] | undefined => chunks.find((c) => c.text.includes(needle))?.headingPath;
    expect(pathOf('Intro text')).toEqual([]);
    expect(pathOf('Returns are free.')).toEqual(['Returns']);
    expect(pathOf('Sentence number 0 ')).toEqual(['Returns', 'Refund times']);
    expect(pathOf('Cards take')).toEqual(['Returns', 'Refund times', 'Cards']);
    expect(pathOf('We do not do exchanges.')).toEqual(['Returns', 'Exchanges']);
    expect(pathOf('# not a heading')).toEqual(['Returns', 'Exchanges']);
    expect(pathOf('Under a setext')).toEqual(['Setext title']);
    for (const c of chunks) expect(c.text).not.toMatch(/^#{1,6}\s/);
  });

  it('numbers positions 0..n-1 in document order', async () => {
    const chunks = await chunkDocument({ content: markdown, format: 'markdown' });
    expect(chunks.map((c) => c.position)).toEqual(chunks.map((_, i) => i));
    expect(chunks[0]!.text).toContain('Intro text');
    expect(chunks.at(-1)!.text).toContain('Under a setext');
  });

  it('keeps chunks under the size and overlaps consecutive chunks of a long section', async () => {
    const chunks = await chunkDocument({ content: markdown, format: 'markdown' }, { chunkSize: 300, chunkOverlap: 80 });
    const long = chunks.filter((c) => c.headingPath.join('>') === 'Returns>Refund times');
    expect(long.length).toBeGreaterThan(5);
    for (const c of chunks) expect(c.text.length).toBeLessThanOrEqual(300);
    for (let i = 1; i < long.length; i++) {
      const head = long[i]!.text.slice(0, 30);
      expect(long[i - 1]!.text).toContain(head);
    }
    // Together the chunks still contain every sentence.
    for (let i = 0; i < 40; i++) expect(long.some((c) => c.text.includes(sentence(i)))).toBe(true);
  });

  it('defaults to about 700 characters with overlap', async () => {
    const chunks = await chunkDocument({ content: paragraph(0, 60), format: 'text' });
    expect(chunks.length).toBeGreaterThan(4);
    for (const c of chunks) {
      expect(c.text.length).toBeLessThanOrEqual(700);
      expect(c.headingPath).toEqual([]);
    }
    expect(chunks[0]!.text.length).toBeGreaterThan(500);
    expect(chunks[0]!.text).toContain(chunks[1]!.text.slice(0, 40));
  });
});

describe('chunkDocument: html', () => {
  const html = `<html><head><title>T</title><style>p { color: red }</style><script>var secret = "tracking";</script></head>
    <body><nav><a href="/">Home</a> &gt; Help</nav>
    <h1>Shipping &amp; delivery</h1><p>We ship <b>worldwide</b>.</p>
    <h2>Costs</h2><ul><li>Standard: $5</li><li>Express: <em>$15</em></li></ul>
    <table><tr><th>Region</th><th>Days</th></tr><tr><td>EU</td><td>2-4</td></tr></table>
    <h3>Fine print</h3><div>Loose text in a div<p>and a paragraph.</p></div>
    <h2>Returns</h2><p>Free within 30&nbsp;days.</p><footer><nav>Privacy</nav>© Acme</footer></body></html>`;

  it('converts headings, paragraphs, list items and table rows, dropping chrome', async () => {
    const chunks = await chunkDocument({ content: html, format: 'html' });
    const all = chunks.map((c) => c.text).join('\n');
    expect(all).not.toMatch(/secret|color: red|Home|Privacy|© Acme/);
    expect(chunks.find((c) => c.text.includes('worldwide'))?.headingPath).toEqual(['Shipping & delivery']);
    const costs = chunks.find((c) => c.text.includes('Standard'));
    expect(costs?.headingPath).toEqual(['Shipping & delivery', 'Costs']);
    expect(costs?.text).toContain('- Standard: $5\n- Express: $15');
    expect(costs?.text).toContain('Region | Days\nEU | 2-4');
    const fine = chunks.find((c) => c.text.includes('Loose text'));
    expect(fine?.headingPath).toEqual(['Shipping & delivery', 'Costs', 'Fine print']);
    expect(fine?.text).toMatch(/Loose text in a div\s+and a paragraph\./);
    expect(chunks.find((c) => c.text.includes('30 days'))?.headingPath).toEqual(['Shipping & delivery', 'Returns']);
    expect(chunks.map((c) => c.position)).toEqual(chunks.map((_, i) => i));
  });
});

describe('chunkDocument: fixtures', () => {
  it('chunks every knowledge-base article within size, with heading paths for md and html', async () => {
    for (const doc of loadKbDocuments()) {
      const chunks = await chunkDocument({ content: doc.content, format: doc.format });
      expect(chunks.length, doc.documentId).toBeGreaterThan(1);
      for (const c of chunks) {
        expect(c.text.length).toBeLessThanOrEqual(700);
        expect(c.text.trim()).toBe(c.text);
        if (doc.format !== 'text') expect(c.headingPath.length, `${doc.documentId}: ${c.text}`).toBeGreaterThan(0);
      }
    }
  });
});

describe('chunkDocument: long tables', () => {
  it('repeats the header row at the top of every chunk a long table continues into', async () => {
    const rows = Array.from({ length: 40 }, (_, i) => `| Plan ${i} | ${i * 3} GB | £${i + 5} per month |`);
    const markdown = `# Plans\n\nEvery plan:\n\n| Plan | Data | Price |\n| --- | --- | --- |\n${rows.join('\n')}\n\nPrices include VAT.`;
    const chunks = await chunkDocument({ content: markdown, format: 'markdown' });
    const tableChunks = chunks.filter((c) => c.text.includes('| Plan '));
    expect(tableChunks.length).toBeGreaterThan(1);
    for (const c of tableChunks) expect(c.text.split('\n').slice(0, 2)).toEqual(['| Plan | Data | Price |', '| --- | --- | --- |']);
    // Every row is still there, and the text after the table gets no header.
    for (const r of rows) expect(chunks.some((c) => c.text.includes(r))).toBe(true);
    expect(chunks.find((c) => c.text.includes('Prices include VAT'))?.text.startsWith('| Plan | Data')).toBe(false);
  });
});
