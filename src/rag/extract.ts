import { PayloadError } from '../domain/errors.js';
import type { ChunkableFormat } from './chunker.js';

export type SourceFormat = ChunkableFormat | 'pdf';

export interface ExtractInput {
  format: SourceFormat;
  /** Text content (text, markdown, html). */
  content?: string;
  /** Raw bytes: required for pdf; for the other formats decoded as UTF-8 when `content` is absent. */
  data?: Buffer;
}

export interface ExtractedText {
  text: string;
  /** What the chunker should treat `text` as: PDFs come out as plain text. */
  format: ChunkableFormat;
}

/**
 * Turns an uploaded knowledge-base document into text the chunker understands.
 * Markdown and HTML are kept as they are (the chunker reads their headings);
 * PDFs are reduced to plain text without pdf-parse's page markers.
 *
 * @throws PayloadError when the input is missing, unreadable or has no text
 *   (e.g. a scanned PDF without a text layer): retrying cannot fix these.
 */
export async function extractText(input: ExtractInput): Promise<ExtractedText> {
  if (input.format === 'pdf') {
    if (!input.data || input.data.length === 0) throw new PayloadError('a PDF document needs its bytes (data)');
    const text = tidy(await readPdf(input.data));
    if (!text) throw new PayloadError('the PDF contains no extractable text (is it a scanned image?)');
    return { text, format: 'text' };
  }
  const raw = input.content ?? input.data?.toString('utf8');
  if (raw === undefined) throw new PayloadError(`a ${input.format} document needs content`);
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!text.trim()) throw new PayloadError('the document is empty');
  return { text, format: input.format };
}

async function readPdf(data: Buffer): Promise<string> {
  // Loaded on the first PDF only: pdf.js is large and its legacy build replaces globals (JSON.parse,
  // Array.prototype.push) with slower polyfills, which no process that never reads a PDF should carry.
  const { PDFParse } = await import('pdf-parse');
  // pdf.js may transfer (detach) the buffer it is given: hand it a copy.
  const parser = new PDFParse({ data: new Uint8Array(data) });
  try {
    const result = await parser.getText({ pageJoiner: '' });
    return result.text;
  } catch (error) {
    throw new PayloadError(`could not read the PDF: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}

function tidy(text: string): string {
  return text
    .replace(/^[ \t]*-- \d+ of \d+ --[ \t]*$/gm, '')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const BY_EXTENSION: Record<string, SourceFormat> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  mdown: 'markdown',
  mkd: 'markdown',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  pdf: 'pdf',
};

const BY_MIME: Record<string, SourceFormat> = {
  'text/plain': 'text',
  'text/markdown': 'markdown',
  'text/x-markdown': 'markdown',
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'application/pdf': 'pdf',
  'application/x-pdf': 'pdf',
};

/**
 * Picks the format of an upload. The file extension wins over the MIME type,
 * because browsers and chat platforms often send `text/plain` or
 * `application/octet-stream` for Markdown files.
 *
 * @throws PayloadError naming the accepted types for anything else.
 */
export function detectFormat(fileName: string, mimeType?: string): SourceFormat {
  const dot = fileName.lastIndexOf('.');
  const extension = dot >= 0 ? fileName.slice(dot + 1).trim().toLowerCase() : '';
  const byExtension = BY_EXTENSION[extension];
  if (byExtension) return byExtension;
  const mime = mimeType?.split(';')[0]?.trim().toLowerCase() ?? '';
  const byMime = BY_MIME[mime];
  if (byMime) return byMime;
  throw new PayloadError(
    `unsupported document type: "${fileName}"${mimeType ? ` (${mimeType})` : ''}; upload .txt, .md, .html or .pdf`,
  );
}
