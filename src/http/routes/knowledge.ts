/**
 * Knowledge bases and documents (admin):
 *   POST /api/v1/knowledge-bases { name }                        → { id }
 *   PATCH /api/v1/knowledge-bases/:id { name?, description?, status? } → rename, archive (ARCHIVED: never searched)
 *   DELETE /api/v1/knowledge-bases/:id                           → with its documents and chunks
 *   POST /api/v1/knowledge-bases/:id/documents  JSON { title, content, format, sourceUrl? } or multipart `file` → { id, status }
 *   GET  /api/v1/knowledge-bases/:id/documents[/:docId]          → status of each
 *   PUT  /api/v1/knowledge-bases/:id/documents/:docId            → replace content, re-index
 *   PATCH /api/v1/knowledge-bases/:id/documents/:docId { title?, type?, published? }
 *   DELETE /api/v1/knowledge-bases/:id/documents/:docId          → removes its chunks
 *   GET  /api/v1/knowledge-bases/:id/search?q=                   → agents' search (unpublished documents too), with scores
 */
import { Router, type NextFunction, type Request, type Response } from 'express';
import multer from 'multer';
import { z } from 'zod';
import type { Container } from '../../app/container.js';
import { PayloadError, PayloadTooLargeError } from '../../domain/errors.js';
import { DEFAULT_JSON_BOUNDS, findJsonProblem, hasInvalidText, INVALID_TEXT_MESSAGE, safeText } from '../../domain/input.js';
import { documentFromFile, documentView, knowledgeBaseView, type NewDocument } from '../../rag/knowledge.service.js';
import { TEXT_SEARCH_LANGUAGES } from '../../rag/models.js';
import { DOCUMENT_TYPES } from '../../domain/model.js';
import { auth, requireRole } from '../auth.js';
import { withIdParams } from '../input.js';
import { parseBody } from '../parse.js';

export const kbBody = z.object({
  name: safeText({ trim: true, min: 1, max: 200 }),
  description: safeText({ max: 2000 }).optional(),
  language: z.enum(TEXT_SEARCH_LANGUAGES).optional(),
});

export const kbPatchBody = z
  .object({
    name: safeText({ trim: true, min: 1, max: 200 }).optional(),
    description: safeText({ max: 2000 }).nullable().optional(),
    status: z.enum(['ACTIVE', 'ARCHIVED'], { error: 'status must be ACTIVE or ARCHIVED' }).optional(),
  })
  .strict()
  .refine((b) => Object.keys(b).length > 0, { message: 'nothing to change: send name, description or status' });

const docType = z.enum(DOCUMENT_TYPES, { error: `type must be one of ${DOCUMENT_TYPES.join(', ')}` });

export const docPatchBody = z
  .object({
    title: safeText({ trim: true, min: 1, max: 300 }).optional(),
    type: docType.optional(),
    published: z.boolean().optional(),
  })
  .strict()
  .refine((b) => Object.keys(b).length > 0, { message: 'nothing to change: send title, type or published' });

/** Free-form document metadata: a JSON object of bounded size and nesting. */
const METADATA_MAX_BYTES = 32_768;
const metadata = z
  .record(z.string(), z.unknown())
  .superRefine((v, ctx) => {
    const problem = findJsonProblem(v, { ...DEFAULT_JSON_BOUNDS, maxDepth: 8, maxArrayLength: 1000 });
    if (problem) ctx.addIssue({ code: 'custom', message: `${problem.path.replace(/^body\.?/, '') || '(top)'}: ${problem.message}` });
    else if (Buffer.byteLength(JSON.stringify(v)) > METADATA_MAX_BYTES) ctx.addIssue({ code: 'custom', message: `larger than ${METADATA_MAX_BYTES} bytes as JSON` });
  });

const docMeta = {
  title: safeText({ trim: true, min: 1, max: 300 }),
  sourceUrl: safeText({ max: 2000 }).pipe(z.string().url()).optional(),
  tags: z.array(safeText({ max: 50 })).max(50).optional(),
  category: safeText({ max: 100 }).optional(),
  type: docType.optional(),
  published: z.boolean().optional(),
  /** Earlier name of `published`. */
  isPublic: z.boolean().optional(),
  metadata: metadata.optional(),
};
export const jsonDocBody = z.object({
  ...docMeta,
  content: safeText({ min: 1 }),
  format: z.enum(['text', 'markdown', 'html']).default('text'),
});

/** Multipart form fields arrive as strings. */
export const formDocFields = z.object({
  title: safeText({ trim: true, min: 1, max: 300 }).optional(),
  sourceUrl: safeText({ max: 2000 }).pipe(z.string().url()).optional(),
  format: z.enum(['text', 'markdown', 'html', 'pdf']).optional(),
  category: safeText({ max: 100 }).optional(),
  tags: safeText({ max: 3000 }).optional(),
  type: docType.optional(),
  published: z.enum(['true', 'false']).optional(),
});

export const searchQuery = z.object({ q: safeText({ trim: true, min: 1, max: 4000 }) });

/** The document a request carries (multipart `file` or JSON), checked against the text rules. */
function readDocument(req: Request): NewDocument {
  const file = req.file;
  if (file) {
    const fields = parseBody(formDocFields, req.body);
    if (hasInvalidText(file.originalname)) throw new PayloadError(`file name ${INVALID_TEXT_MESSAGE}`);
    const doc = documentFromFile(file.originalname, file.buffer, { mimeType: file.mimetype, format: fields.format, title: fields.title });
    if (doc.content !== undefined && hasInvalidText(doc.content)) throw new PayloadError(`file: ${INVALID_TEXT_MESSAGE}`);
    if (hasInvalidText(doc.title)) throw new PayloadError(`title: ${INVALID_TEXT_MESSAGE}`);
    return {
      ...doc,
      sourceUrl: fields.sourceUrl ?? null,
      category: fields.category ?? null,
      ...(fields.type ? { type: fields.type } : {}),
      ...(fields.published ? { published: fields.published === 'true' } : {}),
      tags: fields.tags ? fields.tags.split(',').map((t) => t.trim()).filter(Boolean).slice(0, 50).map((t) => t.slice(0, 50)) : [],
    };
  }
  if (req.is('multipart/form-data')) throw new PayloadError('multipart upload needs a `file` field');
  const { isPublic, ...body } = parseBody(jsonDocBody, req.body);
  return { ...body, published: body.published ?? isPublic, sourceUrl: body.sourceUrl ?? null };
}

const docBytes = (d: NewDocument) => d.data?.length ?? Buffer.byteLength(d.content ?? '', 'utf8');

export function knowledgeRoutes(c: Container): Router {
  const r = withIdParams(Router());
  const k = c.knowledge;
  const maxBytes = c.knowledgeQuota.uploadMaxBytes;
  const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: maxBytes, files: 1, fields: 20, fieldSize: 64 * 1024, parts: 30 } });
  // Any failure of the multipart parser comes from the request's bytes (truncated, malformed, too large): a 4xx.
  const multipart = (req: Request, res: Response, next: NextFunction) => {
    if (!req.is('multipart/form-data')) return next();
    upload.single('file')(req, res, (err: unknown) => {
      if (!err) return next();
      if (err instanceof multer.MulterError && err.code === 'LIMIT_FILE_SIZE') return next(new PayloadTooLargeError(`the file is larger than ${maxBytes} bytes (KB_UPLOAD_MAX_BYTES)`));
      if (err instanceof multer.MulterError) return next(new PayloadError(`upload rejected: ${err.message}`));
      next(new PayloadError(`upload rejected: the multipart body is malformed or truncated (${err instanceof Error ? err.message : String(err)})`));
    });
  };

  r.post('/knowledge-bases', requireRole(), async (req, res) => {
    const kb = await k.createKnowledgeBase(auth(req).tenantId, parseBody(kbBody, req.body), auth(req));
    res.status(201).json(knowledgeBaseView(kb));
  });
  r.get('/knowledge-bases', requireRole('agent', 'analyst'), async (req, res) => {
    res.json({ items: (await k.listKnowledgeBases(auth(req).tenantId)).map(knowledgeBaseView) });
  });
  r.get('/knowledge-bases/:id', requireRole('agent', 'analyst'), async (req, res) => {
    res.json(knowledgeBaseView(await k.getKnowledgeBase(auth(req).tenantId, String(req.params.id))));
  });

  r.patch('/knowledge-bases/:id', requireRole(), async (req, res) => {
    const body = parseBody(kbPatchBody, req.body);
    res.json(knowledgeBaseView(await k.updateKnowledgeBase(auth(req).tenantId, String(req.params.id), body)));
  });
  r.delete('/knowledge-bases/:id', requireRole(), async (req, res) => {
    await k.deleteKnowledgeBase(auth(req).tenantId, String(req.params.id));
    res.status(204).end();
  });

  r.post('/knowledge-bases/:id/documents', requireRole(), multipart, async (req, res) => {
    const input = readDocument(req);
    await c.knowledgeQuota.assertCanAdd(auth(req).tenantId, { bytes: docBytes(input), content: input.content, format: input.format });
    const doc = await k.addDocument(auth(req).tenantId, String(req.params.id), input);
    res.status(202).json({ id: doc.id, status: doc.status });
  });
  r.get('/knowledge-bases/:id/documents', requireRole('agent', 'analyst'), async (req, res) => {
    res.json({ items: (await k.listDocuments(auth(req).tenantId, String(req.params.id))).map(documentView) });
  });
  r.get('/knowledge-bases/:id/documents/:docId', requireRole('agent', 'analyst'), async (req, res) => {
    res.json(documentView(await k.getDocument(auth(req).tenantId, String(req.params.id), String(req.params.docId))));
  });
  r.put('/knowledge-bases/:id/documents/:docId', requireRole(), multipart, async (req, res) => {
    const input = readDocument(req);
    await c.knowledgeQuota.assertCanAdd(auth(req).tenantId, { bytes: docBytes(input), content: input.content, format: input.format }, String(req.params.docId));
    const doc = await k.replaceDocument(auth(req).tenantId, String(req.params.id), String(req.params.docId), input);
    res.status(202).json({ id: doc.id, status: doc.status, version: doc.version });
  });
  r.patch('/knowledge-bases/:id/documents/:docId', requireRole(), async (req, res) => {
    const body = parseBody(docPatchBody, req.body);
    res.json(documentView(await k.updateDocument(auth(req).tenantId, String(req.params.id), String(req.params.docId), body)));
  });
  r.delete('/knowledge-bases/:id/documents/:docId', requireRole(), async (req, res) => {
    await k.deleteDocument(auth(req).tenantId, String(req.params.id), String(req.params.docId), auth(req));
    res.status(204).end();
  });

  r.get('/knowledge-bases/:id/search', requireRole('agent', 'analyst'), async (req, res) => {
    const kb = await k.getKnowledgeBase(auth(req).tenantId, String(req.params.id));
    const { q } = parseBody(searchQuery, req.query);
    // Agents look things up in unpublished documents too; an archived knowledge base is never searched.
    const items = kb.status === 'ARCHIVED' ? [] : await c.retriever.retrieve(kb.tenantId, q, { knowledgeBaseIds: [kb.id], k: 10, audience: 'agent' });
    res.json({ items, ...(kb.status === 'ARCHIVED' ? { archived: true } : {}) });
  });
  return r;
}
