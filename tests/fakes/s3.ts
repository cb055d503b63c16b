/**
 * A small S3 stand-in: path-style PUT, GET, HEAD and DELETE of objects in one
 * bucket, speaking enough of the S3 REST wire format (status codes, ETag, the
 * XML error body) for the AWS SDK v3 client. Requests must be SigV4-signed with
 * the configured access key id (the signature itself is not recomputed).
 * @see https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutObject.html
 * @see https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { flattenHeaders, listenLocal } from './http-util.js';

export interface FakeS3Object {
  body: Buffer;
  contentType: string;
  etag: string;
  lastModified: Date;
}

export interface FakeS3 {
  url: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  objects: Map<string, FakeS3Object>;
  /** Every request as `METHOD /path`. */
  requests: string[];
  close(): Promise<void>;
}

async function readRaw(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks);
}

function xmlError(res: ServerResponse, status: number, code: string, message: string, resource: string): void {
  const body = Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message><Resource>${resource}</Resource><RequestId>fake-s3</RequestId></Error>`);
  res.writeHead(status, { 'content-type': 'application/xml', 'content-length': String(body.length), 'x-amz-request-id': 'fake-s3' });
  res.end(body);
}

export async function startFakeS3(opts: { bucket?: string; accessKeyId?: string; secretAccessKey?: string } = {}): Promise<FakeS3> {
  const bucket = opts.bucket ?? 'attachments';
  const accessKeyId = opts.accessKeyId ?? 'AKIAFAKES3TEST';
  const objects = new Map<string, FakeS3Object>();
  const requests: string[] = [];

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://s3.local');
      requests.push(`${req.method} ${url.pathname}`);
      const headers = flattenHeaders(req);
      if (!headers.authorization?.startsWith(`AWS4-HMAC-SHA256 Credential=${accessKeyId}/`)) {
        await readRaw(req);
        return xmlError(res, 403, 'InvalidAccessKeyId', 'The AWS Access Key Id you provided does not exist in our records.', url.pathname);
      }
      const [, b, ...rest] = url.pathname.split('/');
      const key = rest.map(decodeURIComponent).join('/');
      if (b !== bucket) {
        await readRaw(req);
        return xmlError(res, 404, 'NoSuchBucket', 'The specified bucket does not exist', url.pathname);
      }
      if (!key) {
        await readRaw(req);
        return xmlError(res, 400, 'InvalidRequest', 'this fake serves objects only', url.pathname);
      }
      switch (req.method) {
        case 'PUT': {
          const body = await readRaw(req);
          const etag = `"${createHash('md5').update(body).digest('hex')}"`;
          objects.set(key, { body, contentType: headers['content-type'] ?? 'binary/octet-stream', etag, lastModified: new Date() });
          res.writeHead(200, { etag, 'content-length': '0', 'x-amz-request-id': 'fake-s3' });
          return res.end();
        }
        case 'GET':
        case 'HEAD': {
          const obj = objects.get(key);
          if (!obj) {
            if (req.method === 'HEAD') {
              res.writeHead(404, { 'x-amz-request-id': 'fake-s3' });
              return res.end();
            }
            return xmlError(res, 404, 'NoSuchKey', 'The specified key does not exist.', url.pathname);
          }
          res.writeHead(200, {
            'content-type': obj.contentType,
            'content-length': String(obj.body.length),
            etag: obj.etag,
            'last-modified': obj.lastModified.toUTCString(),
            'accept-ranges': 'bytes',
            'x-amz-request-id': 'fake-s3',
          });
          return res.end(req.method === 'GET' ? obj.body : undefined);
        }
        case 'DELETE':
          objects.delete(key);
          res.writeHead(204, { 'x-amz-request-id': 'fake-s3' });
          return res.end();
        default:
          await readRaw(req);
          return xmlError(res, 405, 'MethodNotAllowed', 'The specified method is not allowed against this resource.', url.pathname);
      }
    })().catch((err: unknown) => {
      if (!res.headersSent) xmlError(res, 500, 'InternalError', String(err), req.url ?? '');
    });
  });
  const url = await listenLocal(server);
  return {
    url,
    bucket,
    accessKeyId,
    secretAccessKey: opts.secretAccessKey ?? 'fake-secret-key',
    objects,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
