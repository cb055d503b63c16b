import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { PayloadError } from '../../src/domain/errors.js';
import { chunkDocument } from '../../src/rag/chunker.js';
import { detectFormat, extractText } from '../../src/rag/extract.js';

async function makePdf(pages: string[][]): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const lines of pages) {
    const page = doc.addPage([595, 842]);
    lines.forEach((line, i) => page.drawText(line, { x: 50, y: 780 - i * 20, size: 12, font }));
  }
  return Buffer.from(await doc.save());
}

describe('extractText', () => {
  it('extracts the text of every PDF page, without page markers', async () => {
    const pdf = await makePdf([
      ['Refund policy', 'Refunds are issued within 10 business days.'],
      ['Shipping', 'Express delivery takes one to two days.'],
    ]);
    const result = await extractText({ format: 'pdf', data: pdf });
    expect(result.format).toBe('text');
    expect(result.text).toContain('Refunds are issued within 10 business days.');
    expect(result.text).toContain('Express delivery takes one to two days.');
    expect(result.text.indexOf('Refund policy')).toBeLessThan(result.text.indexOf('Shipping'));
    expect(result.text).not.toMatch(/--\s*\d+\s+of\s+\d+\s*--/);
    expect(result.text).toBe(result.text.trim());
    // The extracted text goes straight into the chunker.
    const chunks = await chunkDocument({ content: result.text, format: result.format });
    expect(chunks.map((c) => c.text).join('\n')).toContain('Express delivery');
  });

  it('leaves the caller buffer intact (pdf.js may detach what it is given)', async () => {
    const pdf = await makePdf([['Hello PDF']]);
    const before = pdf.length;
    await extractText({ format: 'pdf', data: pdf });
    expect(pdf.length).toBe(before);
    expect((await extractText({ format: 'pdf', data: pdf })).text).toBe('Hello PDF');
  });

  it('rejects missing, corrupt and text-less PDFs with a PayloadError', async () => {
    await expect(extractText({ format: 'pdf' })).rejects.toBeInstanceOf(PayloadError);
    await expect(extractText({ format: 'pdf', data: Buffer.from('not a pdf at all') })).rejects.toThrow(/could not read the PDF/);
    const blank = await makePdf([[]]);
    await expect(extractText({ format: 'pdf', data: blank })).rejects.toThrow(/no extractable text/);
  });

  it('passes Markdown and HTML through for the chunker to read their headings', async () => {
    const md = '# Title\r\n\r\nSome *text*.';
    expect(await extractText({ format: 'markdown', content: md })).toEqual({ text: '# Title\n\nSome *text*.', format: 'markdown' });
    const html = '<h1>Title</h1><p>Body</p>';
    expect(await extractText({ format: 'html', content: html })).toEqual({ text: html, format: 'html' });
  });

  it('decodes bytes as UTF-8 and drops a BOM', async () => {
    const data = Buffer.from('\uFEFFCafé — ¿envíos?', 'utf8');
    expect(await extractText({ format: 'text', data })).toEqual({ text: 'Café — ¿envíos?', format: 'text' });
  });

  it('rejects empty documents', async () => {
    await expect(extractText({ format: 'text', content: '  \n ' })).rejects.toBeInstanceOf(PayloadError);
    await expect(extractText({ format: 'markdown' })).rejects.toBeInstanceOf(PayloadError);
  });
});

describe('detectFormat', () => {
  it.each([
    ['notes.txt', undefined, 'text'],
    ['README.md', 'text/plain', 'markdown'],
    ['guide.MARKDOWN', undefined, 'markdown'],
    ['page.htm', undefined, 'html'],
    ['Manual.PDF', 'application/octet-stream', 'pdf'],
    ['upload', 'application/pdf', 'pdf'],
    ['upload', 'text/html; charset=utf-8', 'html'],
    ['upload.bin', 'text/markdown', 'markdown'],
  ] as const)('%s (%s) → %s', (name, mime, expected) => {
    expect(detectFormat(name, mime)).toBe(expected);
  });

  it('names the accepted types for anything else', () => {
    expect(() => detectFormat('report.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')).toThrow(
      PayloadError,
    );
    expect(() => detectFormat('photo.png', 'image/png')).toThrow(/unsupported document type: "photo.png" \(image\/png\).*\.txt, \.md, \.html or \.pdf/);
    expect(() => detectFormat('noextension')).toThrow(PayloadError);
  });
});
