/**
 * Offline machine translation of a question with Apertium (https://apertium.org,
 * GPL, rule-based; Debian's `apertium` and `apertium-<pair>` packages, which
 * `scripts/ensure-dictionaries.sh` installs). Used to search a knowledge base in
 * another language than the question when no chat model is configured. A pair
 * without a direct mode goes through Spanish, the language most Apertium pairs
 * share (French → Spanish → English).
 *
 * Everything degrades to "no translation": no binary, no mode for the pair, a
 * crash or a timeout all yield null, and retrieval goes on with the words as
 * they are (and the FreeDict word translations, src/rag/bilingual.ts).
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export interface QuestionTranslator {
  /** The text in language `to` (ISO 639-1), or null when this pair cannot be translated. */
  translate(text: string, from: string, to: string): Promise<string | null>;
  /**
   * Each word's translations into `to`, the usual first, as base forms; a word without any is left out.
   * Optional: a translator without it has no word-level lexicon (the caller keeps its dictionaries'
   * translations alone).
   */
  translateWords?(words: readonly string[], from: string, to: string): Promise<Map<string, string[]>>;
  /** Whether translateWords has a lexicon for the pair (without one it finds nothing). */
  hasWordLexicon?(from: string, to: string): boolean;
}

export const DEFAULT_APERTIUM_MODES_DIR = '/usr/share/apertium/modes';
/** Language used as a bridge when there is no direct pair. */
const PIVOT = 'es';
const ISO3: Readonly<Record<string, string>> = {
  en: 'eng', es: 'spa', fr: 'fra', it: 'ita', pt: 'por', ca: 'cat', gl: 'glg', ro: 'ron', de: 'deu', nl: 'nld', sv: 'swe', da: 'dan', no: 'nor', nb: 'nob',
};
/** Longest question translated (a pasted document is not a question). */
const MAX_CHARS = 2000;

/**
 * Parts of speech whose translations are kept by translateWords: nouns, verbs, adjectives, adverbs. The
 * closed classes (prepositions, determiners, pronouns, conjunctions) carry no topic.
 */
const CONTENT_TAGS = new Set(['n', 'vblex', 'vbmod', 'adj', 'adv']);
/** A resident lt-proc (LtProcess) ends after this long without a lookup. */
const LT_IDLE_MS = 5 * 60_000;
/** Words looked up in one translateWords call (a question has a few dozen; a knowledge base's vocabulary a few thousand). */
const MAX_WORDS = 20_000;

/** Apertium's stream format: `^surface/analysis/analysis$` (analysis `lemma<tag><tag>`, `*word` unknown, `@lemma…` untranslated). */
const LEXICAL_UNIT = /\^((?:[^$\\]|\\.)*)\$/g;

export interface ApertiumOptions {
  /** The `apertium` launcher (default: on PATH). */
  command?: string;
  /** lttoolbox's `lt-proc` (default: on PATH), which translateWords runs with a pair's own dictionaries. */
  ltProc?: string;
  /** Where the installed pairs' `.mode` files are. */
  modesDir?: string;
  timeoutMs?: number;
}

export class ApertiumTranslator implements QuestionTranslator {
  private modes: Set<string> | null = null;
  private readonly dictionaries = new Map<string, { analyser: string; bilingual: string } | null>();
  /** One resident lt-proc per dictionary file (loading the Spanish analyser takes ~60 ms; a warm lookup under 1 ms). */
  private readonly ltProcesses = new Map<string, LtProcess>();
  private readonly command: string;
  private readonly ltProc: string;
  private readonly modesDir: string;
  private readonly timeoutMs: number;

  constructor(opts: ApertiumOptions = {}) {
    this.command = opts.command ?? 'apertium';
    this.ltProc = opts.ltProc ?? 'lt-proc';
    this.modesDir = opts.modesDir ?? DEFAULT_APERTIUM_MODES_DIR;
    this.timeoutMs = opts.timeoutMs ?? 5000;
  }

  private installed(): Set<string> {
    if (this.modes) return this.modes;
    try {
      this.modes = new Set(readdirSync(this.modesDir).filter((f) => f.endsWith('.mode')).map((f) => f.slice(0, -'.mode'.length)));
    } catch {
      this.modes = new Set();
    }
    return this.modes;
  }

  private mode(from: string, to: string): string | null {
    const modes = this.installed();
    const a = [from, ISO3[from]].filter(Boolean) as string[];
    const b = [to, ISO3[to]].filter(Boolean) as string[];
    for (const x of a) for (const y of b) if (modes.has(`${x}-${y}`)) return `${x}-${y}`;
    return null;
  }

  /** The modes that take `from` to `to`: one direct, or two through Spanish; null when none is installed. */
  route(from: string, to: string): string[] | null {
    if (from === to) return null;
    const direct = this.mode(from, to);
    if (direct) return [direct];
    if (from === PIVOT || to === PIVOT) return null;
    const first = this.mode(from, PIVOT);
    const second = this.mode(PIVOT, to);
    return first && second ? [first, second] : null;
  }

  async translate(text: string, from: string, to: string): Promise<string | null> {
    const route = this.route(from, to);
    if (!route) return null;
    let current = text.slice(0, MAX_CHARS);
    for (const mode of route) {
      const out = await this.run(mode, current);
      if (out === null) return null;
      current = out;
    }
    // `-u` drops the unknown-word marks; a word Apertium did not know stays as it was.
    const cleaned = current.replace(/\s+/g, ' ').trim();
    return cleaned || null;
  }

  /**
   * Word translations with a direct pair's own dictionaries, without its tagger and transfer rules: each
   * word's morphological analyses (`lt-proc <pair>.automorf.bin`), each content analysis through the
   * bilingual dictionary (`lt-proc -b <pair>.autobil.bin`), every translation it lists. A pair's
   * bilingual dictionary is often far larger than FreeDict's for the same pair (eng-spa: tens of
   * thousands of entries against FreeDict's 6,000 headwords). Empty when the pair is not installed, its
   * mode names no such files, or lt-proc fails; never through Spanish (each step would add wrong senses).
   */
  async translateWords(words: readonly string[], from: string, to: string): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>();
    const files = this.pairDictionaries(from, to);
    const asked = [...new Set(words.filter((w) => /^[\p{L}\p{M}]+$/u.test(w)))].slice(0, MAX_WORDS);
    if (!files || asked.length === 0) return out;
    const analysed = await this.lt(files.analyser, false).process(asked.join('\n'));
    if (analysed === null) return out;
    const analyses = new Map<string, string[]>();
    for (const [, unit] of analysed.matchAll(LEXICAL_UNIT)) {
      const [surface, ...readings] = unit!.split('/');
      const content = readings.filter((r) => !r.startsWith('*') && CONTENT_TAGS.has(/<([^>]+)>/.exec(r)?.[1] ?? ''));
      if (surface && content.length > 0) analyses.set(surface.toLowerCase(), content);
    }
    const distinct = [...new Set([...analyses.values()].flat())];
    if (distinct.length === 0) return out;
    const transferred = await this.lt(files.bilingual, true).process(distinct.map((a) => `^${a}$`).join('\n'));
    if (transferred === null) return out;
    const targets = new Map<string, string[]>();
    for (const [, unit] of transferred.matchAll(LEXICAL_UNIT)) {
      const [source, ...translations] = unit!.split('/');
      const lemmas = translations.filter((t) => !t.startsWith('@')).map((t) => t.replace(/<[^>]*>/g, '').replace(/[#+_]/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase()).filter(Boolean);
      if (source && lemmas.length > 0) targets.set(source, lemmas);
    }
    for (const word of asked) {
      const lemmas = [...new Set((analyses.get(word.toLowerCase()) ?? []).flatMap((a) => targets.get(a) ?? []))];
      if (lemmas.length > 0) out.set(word, lemmas);
    }
    return out;
  }

  private lt(file: string, bilingual: boolean): LtProcess {
    let p = this.ltProcesses.get(file);
    if (!p) this.ltProcesses.set(file, (p = new LtProcess(this.ltProc, bilingual ? ['-b', file] : [file], this.timeoutMs)));
    return p;
  }

  hasWordLexicon(from: string, to: string): boolean {
    return this.pairDictionaries(from, to) !== null;
  }

  /** The analyser and bilingual dictionary the direct mode `from`→`to` names, null when there are none. */
  private pairDictionaries(from: string, to: string): { analyser: string; bilingual: string } | null {
    const mode = from === to ? null : this.mode(from, to);
    if (!mode) return null;
    if (this.dictionaries.has(mode)) return this.dictionaries.get(mode)!;
    let files: { analyser: string; bilingual: string } | null = null;
    try {
      const pipeline = readFileSync(path.join(this.modesDir, `${mode}.mode`), 'utf8');
      // The analyser's flags differ from pair to pair (`-w` in ita-spa, `-a` in spa-ita, none in most).
      const analyser = /lt-proc(?: -[a-z])* '([^']+\.automorf\.bin)'/.exec(pipeline)?.[1];
      const bilingual = /lt-proc -b '([^']+\.autobil\.bin)'/.exec(pipeline)?.[1];
      files = analyser && bilingual ? { analyser, bilingual } : null;
    } catch {
      files = null;
    }
    this.dictionaries.set(mode, files);
    return files;
  }

  private async run(mode: string, text: string): Promise<string | null> {
    // The launcher reads a file argument (its stdin must be a real pipe or a file, and Node's is a socket).
    const dir = await mkdtemp(path.join(os.tmpdir(), 'apertium-'));
    const input = path.join(dir, 'in.txt');
    try {
      await writeFile(input, text, 'utf8');
      return await this.spawnMode(mode, input);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  /** The launcher's standard output for `mode` over the file `input`, null on a failure, a non-zero exit or a timeout. */
  private spawnMode(mode: string, input: string): Promise<string | null> {
    return new Promise((resolve) => {
      let out = '';
      let done = false;
      const finish = (value: string | null) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        resolve(value);
      };
      let child: ReturnType<typeof spawn>;
      try {
        // Its own process group: the launcher is a shell pipeline, and a timeout must end all of it.
        child = spawn(this.command, ['-u', mode, input], { stdio: ['ignore', 'pipe', 'ignore'], detached: true });
      } catch {
        finish(null);
        return;
      }
      const timer = setTimeout(() => {
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          child.kill('SIGKILL');
        }
        finish(null);
      }, this.timeoutMs);
      child.stdout!.setEncoding('utf8');
      child.stdout!.on('data', (d: string) => {
        out += d;
      });
      child.on('error', () => finish(null));
      child.on('close', (code) => finish(code === 0 ? out : null));
    });
  }
}

/**
 * A resident `lt-proc -z` (null-flush mode: it answers each NUL-terminated block with its output and a
 * NUL, and waits for the next), so a dictionary is loaded once rather than per lookup. Blocks are
 * answered in the order written; a failure, an exit or a timeout ends the process and yields null for
 * what was waiting, and the next lookup starts a new one. Unreferenced: it never keeps the process alive.
 * It ends after LT_IDLE_MS without a lookup: a resident analyser holds some 35–40 MB.
 */
class LtProcess {
  private child: ChildProcessWithoutNullStreams | null = null;
  private idle: ReturnType<typeof setTimeout> | null = null;
  private readonly waiting: Array<(out: string | null) => void> = [];
  private buffer = '';

  constructor(
    private readonly command: string,
    private readonly args: string[],
    private readonly timeoutMs: number,
  ) {}

  process(text: string): Promise<string | null> {
    const child = this.child ?? this.start();
    if (!child) return Promise.resolve(null);
    if (this.idle) clearTimeout(this.idle);
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.stop(), this.timeoutMs);
      this.waiting.push((out) => {
        clearTimeout(timer);
        if (this.waiting.length === 0 && this.child) {
          this.idle = setTimeout(() => this.stop(), LT_IDLE_MS);
          this.idle.unref();
        }
        resolve(out);
      });
      // NUL ends a block (one inside the text would end it too); the bilingual mode answers a block only
      // when a character follows its last lexical unit.
      child.stdin.write(`${text.replace(/\0/g, ' ')}\n\0`);
    });
  }

  private start(): ChildProcessWithoutNullStreams | null {
    let child: ChildProcessWithoutNullStreams;
    try {
      child = spawn(this.command, ['-z', ...this.args], { stdio: ['pipe', 'pipe', 'ignore'] }) as unknown as ChildProcessWithoutNullStreams;
    } catch {
      return null;
    }
    this.child = child;
    this.buffer = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (d: string) => {
      this.buffer += d;
      for (let i = this.buffer.indexOf('\0'); i >= 0; i = this.buffer.indexOf('\0')) {
        const out = this.buffer.slice(0, i);
        this.buffer = this.buffer.slice(i + 1);
        this.waiting.shift()?.(out);
      }
    });
    child.stdin.on('error', () => this.stop(child));
    child.on('error', () => this.stop(child));
    child.on('exit', () => this.stop(child));
    child.unref();
    for (const stream of [child.stdin, child.stdout] as unknown as Array<{ unref?: () => void }>) stream.unref?.();
    return child;
  }

  /** Ends the process (`child`: only if it is still the current one) and fails what was waiting. */
  private stop(child: ChildProcessWithoutNullStreams | null = this.child): void {
    if (!child || child !== this.child) return;
    this.child = null;
    if (this.idle) clearTimeout(this.idle);
    this.idle = null;
    try {
      child.kill('SIGKILL');
    } catch {
      // Already gone.
    }
    for (const w of this.waiting.splice(0)) w(null);
  }
}
