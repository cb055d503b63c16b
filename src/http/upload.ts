/**
 * One multipart file (field `file`) read into memory with multer, under a
 * limit known per request (the tenant's attachment limit). Every parser failure
 * comes from the request's bytes: truncated or malformed → 400, too large → 413
 * with the limit. Nothing is stored when the upload fails.
 */
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import multer from 'multer';
import { MediaTooLargeError, PayloadError } from '../domain/errors.js';

export function singleFileUpload(maxBytesOf: (req: Request, res: Response) => Promise<number>): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    if (!req.is('multipart/form-data')) return next();
    maxBytesOf(req, res).then(
      (maxBytes) => {
        // Browsers send file names as raw UTF-8 (multer's default reads them as Latin-1).
        const upload = multer({ storage: multer.memoryStorage(), defParamCharset: 'utf8', limits: { fileSize: maxBytes, files: 1, fields: 10, fieldSize: 16 * 1024, parts: 12 } });
        upload.single('file')(req, res, (err: unknown) => {
          if (!err) return next();
          if (err instanceof multer.MulterError && err.code === 'LIMIT_FILE_SIZE') {
            // The rest of the body was not read: the connection cannot carry another request.
            res.setHeader('Connection', 'close');
            return next(new MediaTooLargeError(maxBytes, `the file is larger than the limit of ${maxBytes} bytes`));
          }
          if (err instanceof multer.MulterError) return next(new PayloadError(`upload rejected: ${err.message}${err.field ? ` (${err.field})` : ''}`));
          next(new PayloadError(`upload rejected: the multipart body is malformed or truncated (${err instanceof Error ? err.message : String(err)})`));
        });
      },
      (err: unknown) => next(err),
    );
  };
}

/** `attachment` for anything but images, so a browser downloads a file instead of rendering it; RFC 6266 with a UTF-8 name. */
export function contentDisposition(fileName: string, inline: boolean): string {
  const ascii = fileName.replace(/[^\x20-\x7E]/g, '_').replace(/["\\]/g, '_');
  return `${inline ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
