/**
 * Knowledge: knowledge bases, their documents with live indexing progress
 * (polled while any document is on its way to INDEXED), file upload or a
 * pasted article, and a search preview with the retriever's scores.
 */
import { useState } from 'preact/hooks';
import { api } from '../shared/api.js';
import { navigate } from './admin-router.js';
import { formatDate, useAction, useApi, useInterval } from './admin-hooks.js';
import { Badge, DataTable, Field, Notice, Section, Select } from './admin-ui.js';

interface KnowledgeBase {
  id: string;
  name: string;
  description: string | null;
  status: string;
  language: string;
  documentCount: number;
  lastUpdatedAt: string;
}

interface Doc {
  id: string;
  title: string;
  format: string;
  status: string;
  statusReason: string | null;
  fileName: string | null;
  chunkCount: number;
  published: boolean;
  updatedAt: string;
  indexedAt: string | null;
}

interface Hit {
  id: string;
  documentId: string;
  title: string;
  content: string;
  headingPath: string[];
  score: number;
  vectorScore: number | null;
  textScore: number | null;
}

/** The pipeline of a document, in order; FAILED ends it early. */
const STAGES = ['UPLOADED', 'PROCESSING', 'CHUNKING', 'EMBEDDING', 'INDEXED'] as const;
const inProgress = (d: Doc) => d.status !== 'INDEXED' && d.status !== 'FAILED';

export function Knowledge({ selected }: { selected: string | null }) {
  const kbs = useApi<{ items: KnowledgeBase[] }>('/knowledge-bases');
  const [name, setName] = useState('');
  const action = useAction();
  const create = (e: Event) => {
    e.preventDefault();
    void action.run(async () => {
      const kb = await api<KnowledgeBase>('/knowledge-bases', { method: 'POST', body: { name: name.trim() } });
      setName('');
      kbs.reload();
      navigate(`/knowledge/${kb.id}`);
      return `Knowledge base “${kb.name}” created.`;
    });
  };
  const items = kbs.data?.items ?? [];
  const current = items.find((k) => k.id === selected) ?? null;
  return (
    <>
      <Section title="Knowledge bases">
        <Notice message={action.message ?? (kbs.error ? { kind: 'error', text: kbs.error } : null)} />
        {items.length > 0 ? (
          <DataTable caption="Knowledge bases" columns={['Name', 'Status', 'Documents', 'Language', 'Updated']} items={items} row={(k) => (
            <tr key={k.id} aria-current={k.id === selected ? 'true' : undefined}>
              <td>
                <a href={`#/knowledge/${k.id}`}>{k.name}</a>
              </td>
              <td>
                <Badge value={k.status} />
              </td>
              <td>{k.documentCount}</td>
              <td>{k.language}</td>
              <td>{formatDate(k.lastUpdatedAt)}</td>
            </tr>
            )}
          />
        ) : kbs.loading ? null : (
          <p>No knowledge base yet.</p>
        )}
        <form class="inline" onSubmit={create}>
          <Field label="New knowledge base" name="kbName" value={name} onInput={setName} required placeholder="Help center" />
          <button type="submit" disabled={action.busy}>
            Create
          </button>
        </form>
      </Section>
      {current ? <KnowledgeBaseDetail kb={current} onChanged={kbs.reload} /> : null}
    </>
  );
}

function KnowledgeBaseDetail({ kb, onChanged }: { kb: KnowledgeBase; onChanged(): void }) {
  const docs = useApi<{ items: Doc[] }>(`/knowledge-bases/${kb.id}/documents`);
  const items = docs.data?.items ?? [];
  // Live progress: poll while any document is still on its way.
  useInterval(docs.reload, 1000, items.some(inProgress));
  const action = useAction();
  const remove = (d: Doc) => {
    if (!confirm(`Delete “${d.title}”?`)) return;
    void action.run(async () => {
      await api(`/knowledge-bases/${kb.id}/documents/${d.id}`, { method: 'DELETE' });
      docs.reload();
      onChanged();
      return `“${d.title}” deleted.`;
    });
  };
  const setStatus = (status: 'ACTIVE' | 'ARCHIVED') =>
    action.run(async () => {
      await api(`/knowledge-bases/${kb.id}`, { method: 'PATCH', body: { status } });
      onChanged();
      return status === 'ARCHIVED' ? `“${kb.name}” is archived: kept, but never searched.` : `“${kb.name}” is active again.`;
    });
  const removeKb = () => {
    if (!confirm(`Delete the knowledge base “${kb.name}” with all its documents?`)) return;
    void action.run(async () => {
      await api(`/knowledge-bases/${kb.id}`, { method: 'DELETE' });
      onChanged();
      navigate('/knowledge');
    });
  };
  return (
    <>
      <Section
        title={`Documents of ${kb.name}`}
        actions={
          <div class="actions">
            <button type="button" class="secondary" onClick={() => void setStatus(kb.status === 'ARCHIVED' ? 'ACTIVE' : 'ARCHIVED')} disabled={action.busy}>
              {kb.status === 'ARCHIVED' ? 'Activate' : 'Archive'}
            </button>
            <button type="button" class="danger" onClick={removeKb} disabled={action.busy}>
              Delete knowledge base
            </button>
          </div>
        }
      >
        <Notice message={action.message ?? (docs.error ? { kind: 'error', text: docs.error } : null)} />
        {items.length === 0 && !docs.loading ? <p>No documents yet: upload a file or paste an article below.</p> : null}
        {items.length > 0 ? (
          <DataTable class="docs" caption="Documents and their indexing progress" columns={['Title', 'Indexing', 'Chunks', 'Updated', '']} items={items} row={(d) => (
            <tr key={d.id} data-doc-title={d.title}>
              <td>
                {d.title}
                {d.fileName ? <div class="muted">{d.fileName}</div> : null}
              </td>
              <td>
                <Progress doc={d} />
              </td>
              <td>{d.chunkCount}</td>
              <td>{formatDate(d.indexedAt ?? d.updatedAt)}</td>
              <td>
                <button type="button" class="danger small" onClick={() => remove(d)} aria-label={`Delete ${d.title}`}>
                  Delete
                </button>
              </td>
            </tr>
            )}
          />
        ) : null}
      </Section>
      <AddDocument kbId={kb.id} onAdded={() => (docs.reload(), onChanged())} />
      <SearchPreview kbId={kb.id} />
    </>
  );
}

function Progress({ doc }: { doc: Doc }) {
  const i = STAGES.indexOf(doc.status as (typeof STAGES)[number]);
  const value = doc.status === 'FAILED' ? 0 : Math.max(0, i) + 1;
  return (
    <div class="progress">
      <Badge value={doc.status} />
      {doc.status === 'FAILED' ? (
        <span class="error-text">{doc.statusReason ?? 'failed'}</span>
      ) : (
        <progress max={STAGES.length} value={value} aria-label={`Indexing ${doc.title}: ${doc.status}`}>
          {doc.status}
        </progress>
      )}
    </div>
  );
}

function AddDocument({ kbId, onAdded }: { kbId: string; onAdded(): void }) {
  const [mode, setMode] = useState<'upload' | 'paste'>('upload');
  const [title, setTitle] = useState('');
  const [content, setContent] = useState('');
  const [format, setFormat] = useState<'markdown' | 'text' | 'html'>('markdown');
  const [file, setFile] = useState<File | null>(null);
  const action = useAction();
  const submit = (e: Event) => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    void action.run(async () => {
      if (mode === 'upload') {
        if (!file) throw new Error('choose a file first');
        const fd = new FormData();
        fd.append('file', file);
        if (title.trim()) fd.append('title', title.trim());
        await api(`/knowledge-bases/${kbId}/documents`, { method: 'POST', body: fd });
      } else {
        await api(`/knowledge-bases/${kbId}/documents`, { method: 'POST', body: { title: title.trim(), content, format } });
      }
      setTitle('');
      setContent('');
      setFile(null);
      form.reset();
      onAdded();
      return 'Added: indexing has started.';
    });
  };
  return (
    <Section title="Add a document">
      <div role="tablist" aria-label="How to add" class="tabs">
        <button type="button" role="tab" aria-selected={mode === 'upload'} onClick={() => setMode('upload')}>
          Upload a file
        </button>
        <button type="button" role="tab" aria-selected={mode === 'paste'} onClick={() => setMode('paste')}>
          Paste an article
        </button>
      </div>
      <form onSubmit={submit}>
        {mode === 'upload' ? (
          <>
            <div class="field">
              <label for="doc-file">File (PDF, Markdown, HTML or text)</label>
              <input id="doc-file" name="file" type="file" accept=".pdf,.md,.markdown,.html,.htm,.txt,application/pdf,text/*" required onChange={(e) => setFile((e.currentTarget as HTMLInputElement).files?.[0] ?? null)} />
            </div>
            <Field label="Title" name="title" value={title} onInput={setTitle} help="Optional: the file name or its first heading otherwise." />
          </>
        ) : (
          <>
            <Field label="Title" name="title" value={title} onInput={setTitle} required />
            <Select
              label="Format"
              name="format"
              value={format}
              onChange={setFormat}
              options={[
                { value: 'markdown', label: 'Markdown' },
                { value: 'text', label: 'Plain text' },
                { value: 'html', label: 'HTML' },
              ]}
            />
            <Field label="Article" name="content" value={content} onInput={setContent} required multiline />
          </>
        )}
        <button type="submit" disabled={action.busy}>
          {mode === 'upload' ? 'Upload' : 'Add article'}
        </button>
      </form>
      <Notice message={action.message} />
    </Section>
  );
}

function SearchPreview({ kbId }: { kbId: string }) {
  const [q, setQ] = useState('');
  const [hits, setHits] = useState<Hit[] | null>(null);
  const action = useAction();
  const search = (e: Event) => {
    e.preventDefault();
    void action.run(async () => {
      const r = await api<{ items: Hit[] }>(`/knowledge-bases/${kbId}/search?q=${encodeURIComponent(q.trim())}`);
      setHits(r.items);
    });
  };
  return (
    <Section title="Search preview">
      <form class="inline" onSubmit={search} role="search">
        <Field label="Question" name="q" type="search" value={q} onInput={setQ} required placeholder="How long do refunds take?" />
        <button type="submit" disabled={action.busy}>
          Search
        </button>
      </form>
      <Notice message={action.message} />
      {hits !== null ? (
        hits.length === 0 ? (
          <p role="status">Nothing found.</p>
        ) : (
          <ol class="hits" aria-label="Search results">
            {hits.map((h) => (
              <li key={h.id}>
                <div class="hit-head">
                  <strong>{[h.title, ...h.headingPath.filter((x) => x !== h.title)].join(' › ')}</strong>
                  <span class="score">
                    score {h.score.toFixed(4)}
                    {h.textScore !== null ? ` · text ${h.textScore.toFixed(2)}` : ''}
                    {h.vectorScore !== null ? ` · vector ${h.vectorScore.toFixed(2)}` : ''}
                  </span>
                </div>
                <p>{h.content.length > 300 ? `${h.content.slice(0, 300)}…` : h.content}</p>
              </li>
            ))}
          </ol>
        )
      ) : null}
    </Section>
  );
}
