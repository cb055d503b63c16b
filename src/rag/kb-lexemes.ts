import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { parseTsvector } from './lexical.js';
import { LruCache } from './lru.js';

/**
 * A word's lexeme in a knowledge base's text-search configuration: the stem its
 * Snowball stemmer gives ("polizze" → "polizz"), or null for the
 * configuration's stop words ("della", "quelle"). The answerer matches a
 * question with sentences on these in a knowledge base in another language
 * than English, where our own analysis (text-analysis.ts) knows English
 * suffixes and a short stop list only.
 */
export type LexemeLookup = (words: readonly string[]) => Promise<ReadonlyMap<string, string | null>>;

/** The configurations the answerer analyses with their lexemes: a single Snowball language other than English. */
export function lexemeLanguage(languages: readonly string[]): string | null {
  const [only] = languages;
  return languages.length === 1 && only !== undefined && only !== 'english' && only !== 'simple' ? only : null;
}

/**
 * Words that frame a question rather than name its topic, which Postgres's
 * Snowball stop lists keep but our English list drops for English ("can",
 * "want", "need", "know", "how", "why", "do"): their equivalents, normalised
 * (lower case, no accents). Left in, every question in the language shares them
 * with the knowledge base, answerable or not. From general knowledge of the
 * languages, not from any question set. The retriever leaves them out of the
 * question's term groups too (isFrameWord): a frame word rare in the knowledge
 * base took a high idf there and matched whatever passage happened to hold it
 * (round 9, French DEV2 held-out set: hit@5 0.842 → 0.858, paraphrases 0.689 →
 * 0.711, long messages 0.85 → 0.90; English sets unchanged, banco MRR 0.793 → 0.797).
 */
const FRAME_WORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  italian: new Set(
    ('posso puo possiamo potete possono potrei potrebbe potremmo potreste devo deve dobbiamo dovete devono dovrei dovrebbe ' +
      'vorrei voglio vuole vogliamo volete vogliono fare faccio fa facciamo sapere so sai sapete cosa quali quando perche ' +
      'dire dimmi ciao grazie salve bisogno serve servono').split(' '),
  ),
  french: new Set(
    ('comment pourquoi combien quand quel quelle quels quelles ou quoi puis peux peut pouvons pouvez peuvent pourrais pourrait pourriez ' +
      'dois doit devons devez doivent voudrais veux veut voulons voulez veulent faire fais fait savoir sais besoin bonjour merci salut').split(' '),
  ),
  spanish: new Set(
    ('como cuando donde porque cual cuales cuanto cuanta cuantos cuantas puedo puede podemos pueden podria podrian quiero quiere ' +
      'queremos quieren quisiera debo debe debemos deben deberia necesito necesita hacer hago hace saber sabe hola gracias').split(' '),
  ),
  portuguese: new Set(
    ('como quando onde porque qual quais quanto quanta quantos quantas posso pode podemos podem poderia quero quer queremos querem ' +
      'queria gostaria devo deve devemos devem preciso precisa fazer faco faz saber sei sabe ola oi obrigado obrigada').split(' '),
  ),
  german: new Set(
    ('wie wann wo warum wieso weshalb welche welcher welches was wieviel kann kannst konnen konnte konnten mochte mochten will willst ' +
      'wollen muss musst mussen soll sollte brauche brauchen machen mache macht wissen hallo danke bitte').split(' '),
  ),
  dutch: new Set(
    ('hoe wanneer waar waarom welke welk wat hoeveel kan kun kunt kunnen zou zouden wil wilt willen moet moeten mag mogen doen weten ' +
      'hallo dank bedankt alstublieft').split(' '),
  ),
  swedish: new Set('hur nar var varfor vilken vilket vilka vad kan kunna skulle vill vilja maste behover gora veta hej tack'.split(' ')),
  danish: new Set('hvordan hvornar hvor hvorfor hvilken hvilket hvilke hvad kan kunne vil ville skal skulle behover gore vide hej tak'.split(' ')),
  norwegian: new Set('hvordan nar hvor hvorfor hvilken hvilket hvilke hva kan kunne vil ville skal skulle trenger gjore vite hei takk'.split(' ')),
};

/** Whether `word` (normalised) frames a question in the knowledge base's configuration `config` (FRAME_WORDS). */
export function isFrameWord(config: string, word: string): boolean {
  return FRAME_WORDS[config]?.has(word) ?? false;
}

const CACHE_SIZE = 200_000;

/**
 * Lexemes from Postgres (`to_tsvector(config, unaccent(word))`, as the indexer
 * computes the documents'), cached per configuration and word: a knowledge
 * base's sentences come back question after question, so after the first few
 * questions a lookup rarely reaches the database.
 */
export class KbLexemes {
  private readonly cache = new LruCache<string, string | null>(CACHE_SIZE);

  constructor(private readonly db: Db) {}

  /** The lookup for one configuration (one of TEXT_SEARCH_LANGUAGES). */
  forConfig(config: string): LexemeLookup {
    return (words) => this.lexemes(config, words);
  }

  private async lexemes(config: string, words: readonly string[]): Promise<ReadonlyMap<string, string | null>> {
    const out = new Map<string, string | null>();
    const missing: string[] = [];
    const frame = FRAME_WORDS[config];
    for (const w of new Set(words)) {
      if (frame?.has(w)) {
        out.set(w, null);
        continue;
      }
      const cached = this.cache.get(`${config}|${w}`);
      if (cached !== undefined) out.set(w, cached);
      else missing.push(w);
    }
    if (missing.length === 0) return out;
    const rows = await this.db.execute<{ w: string; v: string }>(
      sql`select w, to_tsvector(${config}::regconfig, unaccent(w))::text as v from unnest(${sql`array[${sql.join(missing.map((m) => sql`${m}`), sql`, `)}]::text[]`}) w`,
    );
    for (const r of rows) {
      const lexemes = [...parseTsvector(r.v ?? '').keys()];
      const lexeme = lexemes.length > 0 ? lexemes.join(' ') : null;
      out.set(r.w, lexeme);
      this.cache.set(`${config}|${r.w}`, lexeme);
    }
    return out;
  }
}
