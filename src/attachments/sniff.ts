/**
 * The content type of a file, from its bytes: the platform's or the browser's
 * claim and the file name are never trusted. Accepted: images, PDF, office
 * documents, audio, video, zip archives and UTF-8 text; everything else —
 * executables (ELF, PE, Mach-O), scripts (`#!`), unknown binaries — is refused
 * with {@link UnsupportedMediaTypeError}, whatever it is named.
 */
import { UnsupportedMediaTypeError } from '../domain/errors.js';

/** Exact MIME types accepted besides the `image/`, `audio/` and `video/` families. */
const ACCEPTED = new Set([
  'application/pdf',
  'application/zip',
  'application/msword',
  'application/x-cfb', // legacy .doc/.xls/.ppt (OLE compound file)
  'application/vnd.ms-excel',
  'application/vnd.ms-powerpoint',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.oasis.opendocument.presentation',
  'application/rtf',
  'application/ogg',
]);

/** Image types a browser renders by itself and that carry no script (SVG does: it is not accepted as an image). */
const IMAGE = /^image\/(jpeg|png|gif|webp|bmp|heic|heif|avif|tiff)$/;

export interface SniffedType {
  contentType: string;
  /** The usual extension of the type, e.g. `png`; `txt` for text. */
  ext: string;
}

export function isImageType(contentType: string): boolean {
  return IMAGE.test(contentType);
}

function isAccepted(mime: string): boolean {
  return IMAGE.test(mime) || mime.startsWith('audio/') || mime.startsWith('video/') || ACCEPTED.has(mime);
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** UTF-8 text with no NUL and no control characters other than tab, newline, carriage return and form feed. */
function isPlainText(body: Buffer): boolean {
  try {
    const text = utf8.decode(body);
    return !/[\u0000-\u0008\u000B\u000E-\u001F\u007F]/.test(text);
  } catch {
    return false;
  }
}

/** Throws UnsupportedMediaTypeError for anything not on the allow-list. */
export async function sniffContentType(body: Buffer): Promise<SniffedType> {
  if (body.length === 0) throw new UnsupportedMediaTypeError('empty', 'the file is empty');
  const found = await (await import('file-type')).fileTypeFromBuffer(body);
  if (found) {
    if (!isAccepted(found.mime)) throw new UnsupportedMediaTypeError(found.mime);
    return { contentType: found.mime, ext: found.ext };
  }
  // No magic number: a script is text that starts with `#!`; it is refused like any executable.
  if (body.subarray(0, 2).toString('latin1') === '#!') throw new UnsupportedMediaTypeError('text/x-script', 'scripts are not accepted');
  if (isPlainText(body)) return { contentType: 'text/plain', ext: 'txt' };
  throw new UnsupportedMediaTypeError('application/octet-stream', 'the file type could not be recognised and is not accepted');
}

/**
 * A file name safe to store and to show: the last path segment, no control
 * characters, at most 200 characters; `fallback` when nothing is left.
 */
export function cleanFileName(name: string | undefined, fallback: string): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  const cleaned = base.replace(/[\u0000-\u001F\u007F"]/g, '').trim().slice(0, 200);
  return cleaned === '' || cleaned === '.' || cleaned === '..' ? fallback : cleaned;
}
