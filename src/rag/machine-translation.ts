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
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export interface QuestionTranslator {
  /** The text in language `to` (ISO 639-1), or null when this pair cannot be translated. */
  translate(text: string, from: string, to: string): Promise<string | null>;
}

export const DEFAULT_APERTIUM_MODES_DIR = '/usr/share/apertium/modes';
/** Language used as a bridge when there is no direct pair. */
const PIVOT = 'es';
const ISO3: Readonly<Record<string, string>> = {
  en: 'eng', es: 'spa', fr: 'fra', it: 'ita', pt: 'por', ca: 'cat', gl: 'glg', ro: 'ron', de: 'deu', nl: 'nld', sv: 'swe', da: 'dan', no: 'nor', nb: 'nob',
};
/** Longest question translated (a pasted document is not a question). */
const MAX_CHARS = 2000;

export interface ApertiumOptions {
  /** The `apertium` launcher (default: on PATH). */
  command?: string;
  /** Where the installed pairs' `.mode` files are. */
  modesDir?: string;
  timeoutMs?: number;
}

export class ApertiumTranslator implements QuestionTranslator {
  private modes: Set<string> | null = null;
  private readonly command: string;
  private readonly modesDir: string;
  private readonly timeoutMs: number;

  constructor(opts: ApertiumOptions = {}) {
    this.command = opts.command ?? 'apertium';
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
