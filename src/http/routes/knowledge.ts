/**
 * Knowledge bases and documents (admin):
 *   POST /api/v1/knowledge-bases { name }                        → { id }
 *   POST /api/v1/knowledge-bases/:id/documents  JSON { title, content, format, sourceUrl? } or multipart `file` → { id, status }
 *   GET  /api/v1/knowledge-bases/:id/documents[/:docId]          → status of each
 *   PUT  /api/v1/knowledge-bases/:id/documents/:docId            → replace content, re-index
 *   DELETE /api/v1/knowledge-bases/:id/documents/:docId          → removes its chunks
 *   GET  /api/v1/knowledge-bases/:id/search?q=                   → hybrid retrieval with scores (debugging)
 */
import { Router, type Request } from 'express';
import multer from 'multer';
import { z } from 'zod';
import type { Container } from '../../app/container.js';
import { PayloadError } from '../../domain/errors.js';
import { documentFromFile, documentView, knowledgeBaseView, type NewDocument } from '../../rag/knowledge.service.js';
import { TEXT_SEARCH_LANGUAGES } from '../../rag/models.js';
import { auth, requireRole } from '../auth.js';
import { parseBody } from '../parse.js';

const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: MAX_UPLOAD_BYTES, files: 1 } });

const kbBody = z.object({
  name: z.string().trim().min(1).max(200),
  description: z.string().max(2000).optional(),
  language: z.enum(TEXT_SEARCH_LANGUAGES).optional(),
});

const docMeta = {
  title: z.string().trim().min(1).max(300),
  sourceUrl: z.string().url().optional(),
  tags: z.array(z.string().max(50)).max(50).optional(),
  category: z.string().max(100).optional(),
  isPublic: z.boolean().optional(),
  metadata: z.record(z.string(), z.unknown()).optional(),
};
const jsonDocBody = z.object({
  ...docMeta,
  content: z.string().min(1, 'content must not be empty').max(5_000_000),
  format: z.enum(['text', 'markdown', 'html']).default('text'),
});

/** Multipart form fields arrive as strings. */
const formDocFields = z.object({
  title: z.string().trim().min(1).max(300).optional(),
  sourceUrl: z.string().url().optional(),
  format: z.enum(['text', 'markdown', 'html', 'pdf']).optional(),
  category: z.string().max(100).optional(),
  tags: z.string().optional(),
});

function readDocument(req: Request): NewDocument {
  const file = req.file;
  if (file) {
    const fields = parseBody(formDocFields, req.body);
    return {
      ...documentFromFile(file.originalname, file.buffer, { mimeType: file.mimetype, format: fields.format, title: fields.title }),
      sourceUrl: fields.sourceUrl ?? null,
      category: fields.category ?? null,
      tags: fields.tags ? fields.tags.split(',').map((t) => t.trim()).filter(Boolean) : [],
    };
  }
  if (req.is('multipart/form-data')) throw new PayloadError('multipart upload needs a `file` field');
  const body = parseBody(jsonDocBody, req.body);
  return { ...body, sourceUrl: body.sourceUrl ?? null };
}

export function knowledgeRoutes(c: Container): Router {
  const r = Router();
  const k = c.knowledge;
  const multipart = (req: Request, res: Parameters<ReturnType<typeof upload.single>>[1], next: (err?: unknown) => void) => {
    if (!req.is('multipart/form-data')) return next();
    upload.single('file')(req, res, (err: unknown) => {
      if (err instanceof multer.MulterError) return next(new PayloadError(`upload rejected: ${err.message}`));
      next(err);
    });
  };

  r.post('/knowledge-bases', requireRole(), async (req, res) => {
    const kb = await k.createKnowledgeBase(auth(req).tenantId, parseBody(kbBody, req.body));
    res.status(201).json(knowledgeBaseView(kb));
  });
  r.get('/knowledge-bases', requireRole('agent', 'analyst'), async (req, res) => {
    res.json({ items: (await k.listKnowledgeBases(auth(req).tenantId)).map(knowledgeBaseView) });
  });
  r.get('/knowledge-bases/:id', requireRole('agent', 'analyst'), async (req, res) => {
    res.json(knowledgeBaseView(await k.getKnowledgeBase(auth(req).tenantId, String(req.params.id))));
  });

  r.post('/knowledge-bases/:id/documents', requireRole(), multipart, async (req, res) => {
    const doc = await k.addDocument(auth(req).tenantId, String(req.params.id), readDocument(req));
    res.status(202).json({ id: doc.id, status: doc.status });
  });
  r.get('/knowledge-bases/:id/documents', requireRole('agent', 'analyst'), async (req, res) => {
    res.json({ items: (await k.listDocuments(auth(req).tenantId, String(req.params.id))).map(documentView) });
  });
  r.get('/knowledge-bases/:id/documents/:docId', requireRole('agent', 'analyst'), async (req, res) => {
    res.json(documentView(await k.getDocument(auth(req).tenantId, String(req.params.id), String(req.params.docId))));
  });
  r.put('/knowledge-bases/:id/documents/:docId', requireRole(), multipart, async (req, res) => {
    const doc = await k.replaceDocument(auth(req).tenantId, String(req.params.id), String(req.params.docId), readDocument(req));
    res.status(202).json({ id: doc.id, status: doc.status, version: doc.version });
  });
  r.delete('/knowledge-bases/:id/documents/:docId', requireRole(), async (req, res) => {
    await k.deleteDocument(auth(req).tenantId, String(req.params.id), String(req.params.docId));
    res.status(204).end();
  });

  r.get('/knowledge-bases/:id/search', requireRole('agent', 'analyst'), async (req, res) => {
    const kb = await k.getKnowledgeBase(auth(req).tenantId, String(req.params.id));
    const q = typeof req.query.q === 'string' ? req.query.q : '';
    if (!q.trim()) throw new PayloadError('q is required');
    const items = await c.retriever.retrieve(kb.tenantId, q, { knowledgeBaseIds: [kb.id], k: 10 });
    res.json({ items });
  });
  return r;
}
