import { parse, NodeType, type HTMLElement, type Node } from 'node-html-parser';

export type ChunkableFormat = 'text' | 'markdown' | 'html';

export interface Chunk {
  /** The chunk's own content only: no title or heading prefix. */
  text: string;
  /** 0..n-1 in document order. */
  position: number;
  /** Headings enclosing the chunk, outermost first (e.g. ["Returns", "Refund times"]). */
  headingPath: string[];
}

export interface ChunkOptions {
  /** Target maximum chunk length in characters. Default 700. */
  chunkSize?: number;
  /** Characters repeated between consecutive chunks of one section. Default 100. */
  chunkOverlap?: number;
}

interface Section {
  headingPath: string[];
  text: string;
}

/**
 * Splits a document into retrieval chunks that never straddle a heading, so each
 * chunk can carry the heading path that gives it context ("Shipping > Canada").
 */
export async function chunkDocument(
  input: { content: string; format: ChunkableFormat },
  opts: ChunkOptions = {},
): Promise<Chunk[]> {
  const chunkSize = opts.chunkSize ?? 700;
  const chunkOverlap = Math.min(opts.chunkOverlap ?? 100, Math.floor(chunkSize / 2));
  // Loaded when a document is indexed (the ingestion worker), not by every process that imports the indexer.
  const { RecursiveCharacterTextSplitter } = await import('@langchain/textsplitters');
  const splitter = new RecursiveCharacterTextSplitter({ chunkSize, chunkOverlap });
  const sections =
    input.format === 'markdown'
      ? markdownSections(input.content)
      : input.format === 'html'
        ? htmlSections(input.content)
        : [{ headingPath: [], text: input.content }];

  const chunks: Chunk[] = [];
  for (const section of sections) {
    const body = section.text.replace(/\r\n?/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
    if (!body) continue;
    for (const piece of repeatTableHeaders(await splitter.splitText(body))) {
      const text = piece.trim();
      if (text) chunks.push({ text, position: chunks.length, headingPath: [...section.headingPath] });
    }
  }
  return chunks;
}

const TABLE_ROW = /^\s*\|?[^|\n]*\|/;
const TABLE_SEPARATOR = /^\s*\|?[\s:|-]+\|?\s*$/;

/**
 * A table longer than one chunk continues in the next chunk without its header
 * row, and a row without its header cannot be read ("| Bank transfer | up to 7
 * business days |"): the header (and a Markdown separator row) is repeated at
 * the top of each continuation.
 */
function repeatTableHeaders(pieces: string[]): string[] {
  let header: string[] | null = null;
  return pieces.map((piece) => {
    const lines = piece.trim().split('\n');
    let out = piece;
    const continued: boolean = header !== null && TABLE_ROW.test(lines[0] ?? '') && lines[0]!.trim() !== header[0]!.trim();
    if (continued) out = [...header!, ...lines].join('\n');
    else header = null;
    lines.forEach((line, i) => {
      const starts = TABLE_ROW.test(line) && !TABLE_SEPARATOR.test(line) && (i === 0 ? !continued : !TABLE_ROW.test(lines[i - 1]!));
      if (starts) header = TABLE_SEPARATOR.test(lines[i + 1] ?? '') && /-/.test(lines[i + 1] ?? '') ? [line, lines[i + 1]!] : [line];
    });
    // Only a table still open at the end of this piece continues into the next one.
    if (!TABLE_ROW.test(lines[lines.length - 1] ?? '')) header = null;
    return out;
  });
}

/** Heading-stack tracker shared by the Markdown and HTML paths. */
class SectionBuilder {
  private readonly stack: Array<{ level: number; title: string }> = [];
  private lines: string[] = [];
  readonly sections: Section[] = [];

  heading(level: number, title: string): void {
    this.flush();
    while (this.stack.length > 0 && this.stack[this.stack.length - 1]!.level >= level) this.stack.pop();
    this.stack.push({ level, title });
  }

  line(text: string): void {
    this.lines.push(text);
  }

  flush(): Section[] {
    const text = this.lines.join('\n');
    this.lines = [];
    if (text.trim()) this.sections.push({ headingPath: this.stack.map((h) => h.title), text });
    return this.sections;
  }
}

const ATX_HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const FENCE = /^ {0,3}(```|~~~)/;

function markdownSections(markdown: string): Section[] {
  const builder = new SectionBuilder();
  const lines = markdown
    .replace(/\r\n?/g, '\n')
    .replace(/^---\n[\s\S]*?\n---\n/, '') // YAML front matter
    .split('\n');
  let fence: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const fenceMatch = FENCE.exec(line);
    if (fenceMatch) fence = fence === null ? fenceMatch[1]! : fence === fenceMatch[1] ? null : fence;
    if (fence !== null || fenceMatch) {
      builder.line(line);
      continue;
    }
    const atx = ATX_HEADING.exec(line);
    if (atx) {
      builder.heading(atx[1]!.length, cleanInline(atx[2]!));
      continue;
    }
    // Setext heading: a paragraph line underlined with === (h1) or --- (h2).
    const next = lines[i + 1];
    if (next !== undefined && line.trim() && /^ {0,3}(=+|-+)[ \t]*$/.test(next) && !/^\s*([-*+]|\d+\.)\s/.test(line)) {
      builder.heading(next.trim().startsWith('=') ? 1 : 2, cleanInline(line.trim()));
      i++;
      continue;
    }
    builder.line(line);
  }
  return builder.flush();
}

/** Strips emphasis/link/code markup from a heading title. */
function cleanInline(text: string): string {
  return text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]+/g, '')
    .trim();
}

const SKIPPED = new Set(['script', 'style', 'nav', 'noscript', 'template', 'svg', 'iframe', 'head', 'footer', 'button', 'select']);
const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'i', 'kbd', 'label', 'mark', 'q', 's', 'samp',
  'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr', 'del', 'ins', 'font',
]);
const HEADING = /^h([1-6])$/;

/**
 * Converts HTML into heading-delimited sections of plain text: paragraphs, list
 * items ("- item") and table rows ("cell | cell"); page chrome is dropped.
 */
function htmlSections(html: string): Section[] {
  const root = parse(html.replace(/<!doctype[^>]*>/gi, ''), { comment: false });
  const builder = new SectionBuilder();
  let inline = '';
  let listDepth = 0;
  let pendingBullet = false;

  const flushInline = (): void => {
    const text = collapse(inline);
    inline = '';
    if (!text) return;
    builder.line(pendingBullet ? `${'  '.repeat(Math.max(0, listDepth - 1))}- ${text}` : `\n${text}`);
    pendingBullet = false;
  };

  const walk = (node: Node): void => {
    if (node.nodeType === NodeType.TEXT_NODE) {
      inline += node.text;
      return;
    }
    if (node.nodeType !== NodeType.ELEMENT_NODE) return;
    const el = node as HTMLElement;
    const tag = el.rawTagName?.toLowerCase() ?? '';
    if (SKIPPED.has(tag)) return;
    if (INLINE.has(tag) || tag === '') {
      for (const child of el.childNodes) walk(child);
      return;
    }
    if (tag === 'br') {
      inline += '\n';
      return;
    }
    flushInline();
    const heading = HEADING.exec(tag);
    if (heading) {
      const title = collapse(el.text);
      if (title) builder.heading(Number(heading[1]), title);
      return;
    }
    if (tag === 'tr') {
      const cells = el.childNodes
        .filter((c): c is HTMLElement => c.nodeType === NodeType.ELEMENT_NODE && /^t[dh]$/i.test((c as HTMLElement).rawTagName))
        .map((c) => collapse(c.text))
        .filter(Boolean);
      if (cells.length > 0) builder.line(cells.join(' | '));
      return;
    }
    if (tag === 'pre') {
      builder.line(`\n${el.text.replace(/\n+$/, '')}`);
      return;
    }
    const isList = tag === 'ul' || tag === 'ol';
    if (isList) listDepth++;
    if (tag === 'li') pendingBullet = true;
    for (const child of el.childNodes) walk(child);
    flushInline();
    if (isList) {
      listDepth--;
      if (listDepth === 0) builder.line('');
    }
    if (tag === 'table') builder.line('');
  };

  walk(root);
  flushInline();
  return builder.flush();
}

function collapse(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}
