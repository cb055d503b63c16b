/**
 * The formatted text of outbound messages. The bot's answers and the agents'
 * replies are a small Markdown subset (bold, italic, strikethrough, code,
 * links, lists, tables, headings, quotes); each channel's `render` step turns
 * it into what its platform shows. This module parses it once, with the lexer
 * of `marked` (CommonMark + GFM tables, so `snake_case` and `2 * 3 * 4` stay
 * literal), into a small tree, and renders that tree in the four dialects the
 * channels need:
 *
 * - {@link toTelegramHtml}: Telegram's `parse_mode: HTML` subset, every text escaped;
 * - {@link toMarkers}: inline markers, for WhatsApp (`*bold*`, `_italic_`) and Teams (Markdown);
 * - {@link toPlainText}: no formatting at all (LINE, WeChat): bullets, and tables as aligned lines;
 * - {@link toSafeHtml}: the web chat's HTML, built from the tree so only our tags and http(s) links exist.
 *
 * Raw HTML in the source is never passed through: it is shown as the text it is.
 *
 * @see https://spec.commonmark.org/
 * @see https://core.telegram.org/bots/api#html-style
 * @see https://faq.whatsapp.com/539178204879377
 * @see https://learn.microsoft.com/en-us/microsoftteams/platform/task-modules-and-cards/cards/cards-format
 */
import { Lexer, type Token, type Tokens } from 'marked';

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'bold' | 'italic' | 'strike'; children: Inline[] }
  | { type: 'code'; text: string }
  | { type: 'link'; href: string; children: Inline[] }
  | { type: 'break' };

export type Block =
  | { type: 'paragraph' | 'heading'; content: Inline[] }
  | { type: 'list'; ordered: boolean; start: number; items: Block[][] }
  | { type: 'table'; header: Inline[][]; rows: Inline[][][] }
  | { type: 'code'; text: string }
  | { type: 'quote'; blocks: Block[] };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', '#39': "'" };

/** marked keeps entities (`&amp;`) as written; the tree holds the characters they stand for. */
function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return name === '#39' ? "'" : String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Links we render as links; any other scheme (javascript:, data:...) stays text. */
const SAFE_HREF = /^(https?:|mailto:|tel:)/i;

function inlines(tokens: Token[] | undefined): Inline[] {
  const out: Inline[] = [];
  for (const t of tokens ?? []) {
    switch (t.type) {
      case 'strong':
        out.push({ type: 'bold', children: inlines(t.tokens) });
        break;
      case 'em':
        out.push({ type: 'italic', children: inlines(t.tokens) });
        break;
      case 'del':
        out.push({ type: 'strike', children: inlines(t.tokens) });
        break;
      case 'codespan':
        out.push({ type: 'code', text: decodeEntities(t.text) });
        break;
      case 'br':
        out.push({ type: 'break' });
        break;
      case 'link': {
        const { href } = t as Tokens.Link;
        const children = inlines(t.tokens);
        out.push(SAFE_HREF.test(href) ? { type: 'link', href, children } : { type: 'text', text: t.raw });
        break;
      }
      case 'image': {
        // An image in a chat answer is a link to it.
        const { href, text } = t as Tokens.Image;
        out.push(SAFE_HREF.test(href) ? { type: 'link', href, children: [{ type: 'text', text: text || href }] } : { type: 'text', text: t.raw });
        break;
      }
      case 'text':
        if ('tokens' in t && t.tokens) out.push(...inlines(t.tokens));
        else out.push({ type: 'text', text: decodeEntities(t.text) });
        break;
      case 'escape':
        out.push({ type: 'text', text: t.text });
        break;
      default:
        // Raw HTML and anything else: the text as written.
        out.push({ type: 'text', text: 'raw' in t ? t.raw : '' });
    }
  }
  return out;
}

function blocks(tokens: Token[]): Block[] {
  const out: Block[] = [];
  for (const t of tokens) {
    switch (t.type) {
      case 'space':
      case 'hr':
        break;
      case 'paragraph':
        out.push({ type: 'paragraph', content: inlines(t.tokens) });
        break;
      case 'heading':
        out.push({ type: 'heading', content: inlines(t.tokens) });
        break;
      case 'text':
        // Loose text inside list items.
        out.push({ type: 'paragraph', content: 'tokens' in t && t.tokens ? inlines(t.tokens) : [{ type: 'text', text: decodeEntities(t.text) }] });
        break;
      case 'list': {
        const list = t as Tokens.List;
        const start = typeof list.start === 'number' ? list.start : 1;
        out.push({ type: 'list', ordered: list.ordered, start, items: list.items.map((item) => blocks(item.tokens)) });
        break;
      }
      case 'table': {
        const table = t as Tokens.Table;
        out.push({ type: 'table', header: table.header.map((c) => inlines(c.tokens)), rows: table.rows.map((r) => r.map((c) => inlines(c.tokens))) });
        break;
      }
      case 'code':
        out.push({ type: 'code', text: t.text });
        break;
      case 'blockquote':
        out.push({ type: 'quote', blocks: blocks(t.tokens ?? []) });
        break;
      default:
        // Block HTML and the like: shown as written.
        if ('raw' in t && t.raw.trim() !== '') out.push({ type: 'paragraph', content: [{ type: 'text', text: t.raw.trim() }] });
    }
  }
  return out;
}

/** Parses the Markdown subset. Never throws: text that is not Markdown is one paragraph of itself. */
export function parseMarkdown(text: string): Block[] {
  return blocks(Lexer.lex(text, { gfm: true }));
}

// ---------------------------------------------------------------- shared pieces

/** The text without any formatting (table cells, link labels, lengths). */
export function plainInline(nodes: Inline[]): string {
  return nodes
    .map((n) => {
      if (n.type === 'text' || n.type === 'code') return n.text;
      if (n.type === 'break') return '\n';
      return plainInline(n.children);
    })
    .join('');
}

/** Columns in a monospace or proportional chat font: CJK and emoji take two. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    w += (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x1f300 && cp <= 0x1faff) ? 2 : 1;
  }
  return w;
}

/** A table as lines whose columns line up (padded to the widest cell), header first. */
export function alignedTable(header: string[], rows: string[][], separator = '  '): string[] {
  const all = [header, ...rows].map((r) => r.map((c) => c.replace(/\s+/g, ' ').trim()));
  const columns = Math.max(...all.map((r) => r.length));
  const widths = Array.from({ length: columns }, (_, i) => Math.max(...all.map((r) => displayWidth(r[i] ?? ''))));
  const line = (r: string[]) =>
    widths
      .map((w, i) => {
        const cell = r[i] ?? '';
        return i === columns - 1 ? cell : cell + ' '.repeat(w - displayWidth(cell));
      })
      .join(separator)
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(Math.max(1, w))).join(separator);
  const [head, ...body] = all;
  return head && head.some((c) => c !== '') ? [line(head), rule, ...body.map(line)] : body.map(line);
}

const listPrefix = (ordered: boolean, start: number, i: number) => (ordered ? `${start + i}. ` : '• ');

/** Indents the lines after the first so a multi-line item stays under its bullet. */
const hang = (text: string, width: number) => text.replace(/\n/g, `\n${' '.repeat(width)}`);

/** Renders the tree as lines of text, with the inline and block decorations of a dialect. */
interface TextDialect {
  escape(text: string): string;
  bold(inner: string): string;
  italic(inner: string): string;
  strike(inner: string): string;
  code(text: string): string;
  link(label: string, href: string, plainLabel: string): string;
  heading(inner: string): string;
  /** Lines of an aligned table (plain, unescaped) → what the platform shows. */
  table(lines: string[]): string;
  codeBlock(text: string): string;
  quote(inner: string): string;
  bullet(ordered: boolean, start: number, i: number): string;
}

function renderInlines(nodes: Inline[], d: TextDialect): string {
  return nodes
    .map((n) => {
      switch (n.type) {
        case 'text':
          return d.escape(n.text);
        case 'break':
          return '\n';
        case 'code':
          return d.code(n.text);
        case 'link':
          return d.link(renderInlines(n.children, d), n.href, plainInline(n.children));
        case 'bold':
          return d.bold(renderInlines(n.children, d));
        case 'italic':
          return d.italic(renderInlines(n.children, d));
        case 'strike':
          return d.strike(renderInlines(n.children, d));
      }
    })
    .join('');
}

function renderBlocks(tree: Block[], d: TextDialect): string {
  return tree
    .map((b) => {
      switch (b.type) {
        case 'paragraph':
          return renderInlines(b.content, d);
        case 'heading':
          return d.heading(renderInlines(b.content, d));
        case 'code':
          return d.codeBlock(b.text);
        case 'quote':
          return d.quote(renderBlocks(b.blocks, d));
        case 'table':
          return d.table(alignedTable(b.header.map(plainInline), b.rows.map((r) => r.map(plainInline))));
        case 'list':
          return b.items
            .map((item, i) => {
              const bullet = d.bullet(b.ordered, b.start, i);
              // Tight items are one paragraph (and maybe a nested list): keep them on consecutive lines.
              // A nested block hangs under the bullet; the item's own line breaks stay as written.
              const [first, ...rest] = item.map((inner) => renderBlocks([inner], d));
              return [bullet + (first ?? ''), ...rest.map((r) => ' '.repeat([...bullet].length) + hang(r, [...bullet].length))].join('\n');
            })
            .join('\n');
      }
    })
    .join('\n\n');
}

/** Moves spaces out of a marker pair (`* bold *` is not bold on WhatsApp) and drops empty pairs. */
function wrap(marker: string, inner: string, close = marker): string {
  const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(inner);
  const [, lead = '', core = '', trail = ''] = m ?? [];
  return core === '' ? inner : `${lead}${marker}${core}${close}${trail}`;
}

// ---------------------------------------------------------------- dialects

/** Text between tags: `&`, `<`, `>` (all Telegram asks for). */
const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** Text and attribute values. */
const escapeHtml = (s: string) => escapeText(s).replace(/"/g, '&quot;');

/**
 * Telegram `parse_mode: HTML`: only `b i s code pre a blockquote`, every `<`, `>`
 * and `&` of the text escaped. Lists become bullet lines, tables a `<pre>` block.
 * @see https://core.telegram.org/bots/api#html-style
 */
const telegramHtml: TextDialect = {
  escape: escapeText,
  bold: (s) => `<b>${s}</b>`,
  italic: (s) => `<i>${s}</i>`,
  strike: (s) => `<s>${s}</s>`,
  code: (s) => `<code>${escapeText(s)}</code>`,
  link: (label, href) => `<a href="${escapeHtml(href)}">${label}</a>`,
  heading: (s) => `<b>${s}</b>`,
  table: (lines) => `<pre>${escapeText(lines.join('\n'))}</pre>`,
  codeBlock: (s) => `<pre>${escapeText(s)}</pre>`,
  quote: (s) => `<blockquote>${s}</blockquote>`,
  bullet: listPrefix,
};

export function toTelegramHtml(markdown: string): string {
  return renderBlocks(parseMarkdown(markdown), telegramHtml);
}

/** Link label and address, once when they are the same. */
const labelled = (label: string, href: string, plainLabel: string) => {
  const bare = href.replace(/^mailto:|^tel:/i, '');
  return plainLabel === href || plainLabel === bare ? bare : `${label} (${bare})`;
};

/**
 * WhatsApp's own markers: `*bold*`, `_italic_`, `~strike~`, `` `code` ``,
 * "```" blocks, `- ` lists and `> ` quotes. Links show their address (WhatsApp links it).
 * @see https://faq.whatsapp.com/539178204879377
 */
const whatsapp: TextDialect = {
  escape: (s) => s,
  bold: (s) => wrap('*', s),
  italic: (s) => wrap('_', s),
  strike: (s) => wrap('~', s),
  code: (s) => `\`${s}\``,
  link: labelled,
  heading: (s) => wrap('*', s),
  table: (lines) => `\`\`\`\n${lines.join('\n')}\n\`\`\``,
  codeBlock: (s) => `\`\`\`\n${s}\n\`\`\``,
  quote: (s) => s.replace(/^/gm, '> '),
  bullet: (ordered, start, i) => (ordered ? `${start + i}. ` : '- '),
};

/** Characters Teams' Markdown would read as emphasis or code, escaped in plain text; the rest reads as written. */
const escapeTeams = (s: string) => s.replace(/([\\`*_~])/g, '\\$1');

/**
 * Teams messages with `textFormat: markdown`: bold, italic, strike, code, links,
 * lists and headings; it has no Markdown tables, so a table is a code block of aligned lines.
 * @see https://learn.microsoft.com/en-us/microsoftteams/platform/task-modules-and-cards/cards/cards-format#markdown-formatting-for-connector-cards
 */
const teams: TextDialect = {
  escape: escapeTeams,
  bold: (s) => wrap('**', s),
  italic: (s) => wrap('_', s),
  strike: (s) => wrap('~~', s),
  code: (s) => `\`${s.replace(/`/g, "'")}\``,
  // A bare address is linked by Teams itself.
  link: (label, href, plainLabel) => (plainLabel === href ? href : `[${label}](${href.replace(/[()\s]/g, encodeURIComponent)})`),
  heading: (s) => `### ${s}`,
  table: (lines) => `\`\`\`\n${lines.join('\n')}\n\`\`\``,
  codeBlock: (s) => `\`\`\`\n${s}\n\`\`\``,
  quote: (s) => s.replace(/^/gm, '> '),
  bullet: (ordered, start, i) => (ordered ? `${start + i}. ` : '- '),
};

export function toMarkers(markdown: string, dialect: 'whatsapp' | 'teams'): string {
  return renderBlocks(parseMarkdown(markdown), dialect === 'whatsapp' ? whatsapp : teams);
}

/** No formatting at all: bullets, "label (address)" links and tables as aligned lines. */
const plain: TextDialect = {
  escape: (s) => s,
  bold: (s) => s,
  italic: (s) => s,
  strike: (s) => s,
  code: (s) => s,
  link: labelled,
  heading: (s) => s,
  table: (lines) => lines.join('\n'),
  codeBlock: (s) => s,
  quote: (s) => s.replace(/^/gm, '| '),
  bullet: listPrefix,
};

export function toPlainText(markdown: string): string {
  return renderBlocks(parseMarkdown(markdown), plain);
}

// ---------------------------------------------------------------- web HTML

function htmlInlines(nodes: Inline[]): string {
  return nodes
    .map((n) => {
      switch (n.type) {
        case 'text':
          return escapeHtml(n.text).replace(/\n/g, '<br>');
        case 'break':
          return '<br>';
        case 'code':
          return `<code>${escapeHtml(n.text)}</code>`;
        case 'link':
          return `<a href="${escapeHtml(n.href)}" target="_blank" rel="noopener noreferrer nofollow">${htmlInlines(n.children)}</a>`;
        case 'bold':
          return `<strong>${htmlInlines(n.children)}</strong>`;
        case 'italic':
          return `<em>${htmlInlines(n.children)}</em>`;
        case 'strike':
          return `<del>${htmlInlines(n.children)}</del>`;
      }
    })
    .join('');
}

function htmlBlocks(tree: Block[]): string {
  return tree
    .map((b) => {
      switch (b.type) {
        case 'paragraph':
          return `<p>${htmlInlines(b.content)}</p>`;
        case 'heading':
          return `<p><strong>${htmlInlines(b.content)}</strong></p>`;
        case 'code':
          return `<pre><code>${escapeHtml(b.text)}</code></pre>`;
        case 'quote':
          return `<blockquote>${htmlBlocks(b.blocks)}</blockquote>`;
        case 'list': {
          const tag = b.ordered ? 'ol' : 'ul';
          const start = b.ordered && b.start !== 1 ? ` start="${b.start}"` : '';
          // A tight item's single paragraph needs no <p> of its own.
          const item = (blocks: Block[]) => (blocks.length === 1 && blocks[0]?.type === 'paragraph' ? htmlInlines(blocks[0].content) : htmlBlocks(blocks));
          return `<${tag}${start}>${b.items.map((i) => `<li>${item(i)}</li>`).join('')}</${tag}>`;
        }
        case 'table': {
          const head = b.header.some((c) => c.length > 0) ? `<thead><tr>${b.header.map((c) => `<th>${htmlInlines(c)}</th>`).join('')}</tr></thead>` : '';
          return `<table>${head}<tbody>${b.rows.map((r) => `<tr>${r.map((c) => `<td>${htmlInlines(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
        }
      }
    })
    .join('');
}

/**
 * HTML for the web chat page. Built from the tree, never from the source: the
 * only tags are the ones written here, every text and attribute is escaped and
 * links are http(s), mailto or tel, so the page may insert it as it is.
 */
export function toSafeHtml(markdown: string): string {
  return htmlBlocks(parseMarkdown(markdown));
}
