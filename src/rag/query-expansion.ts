/**
 * Query expansion from WordNet (general lexical resource, not a list written for
 * any knowledge base): for a word, the other lemmas of its most frequent senses
 * (synonyms), derivationally related forms ("cancel" → "cancellation") and
 * hypernyms ("invoice" → "statement"), each weighted below the word itself and
 * less for rarer senses. Retrieval treats a word and its expansions as one
 * group and keeps the best-scoring member, so a word with many synonyms does not
 * outweigh one with none.
 */
import { WordNet, type Synset, type WordNetPos } from './wordnet.js';

export type ExpansionRelation = 'lemma' | 'synonym' | 'derivation' | 'similar' | 'hypernym';

export interface Expansion {
  term: string;
  weight: number;
  relation: ExpansionRelation;
}

/** Weight of each relation relative to the original word (1). */
export const RELATION_WEIGHT: Record<ExpansionRelation, number> = {
  lemma: 0.9,
  synonym: 0.55,
  derivation: 0.5,
  similar: 0.4,
  hypernym: 0.3,
};
/** Weight factor of the 1st, 2nd, 3rd sense (WordNet lists senses by frequency in tagged text). */
const SENSE_FACTOR = [1, 0.75, 0.5] as const;
/** Hypernyms only of the most frequent senses: further up, senses drift. */
const HYPERNYM_SENSES = 2;
export const MAX_EXPANSIONS_PER_WORD = 10;
/** Weight factor of a part of speech the word is rarely tagged with. */
const POS_FLOOR = 0.3;

let shared: WordNet | null = null;
/** The process-wide reader, opened on first use (only the process that answers ever asks). */
export function sharedWordNet(): WordNet {
  return (shared ??= new WordNet());
}

/** Words whose expansions a reader keeps (each a few hundred bytes): a question's words recur across questions. */
const EXPANSION_CACHE_SIZE = 20_000;
const expansionCaches = new WeakMap<WordNet, Map<string, Expansion[]>>();

/**
 * The word's expansions, best first, at most MAX_EXPANSIONS_PER_WORD; memoised
 * per reader (WordNet does not change under a running process), so a question
 * costs no file reads for words seen before.
 */
export function expandWord(word: string, wordnet: WordNet = sharedWordNet()): Expansion[] {
  const w = word.toLowerCase();
  if (w.length < 3 || /\d/.test(w)) return [];
  let cache = expansionCaches.get(wordnet);
  if (!cache) expansionCaches.set(wordnet, (cache = new Map()));
  let expansions = cache.get(w);
  if (!expansions) {
    expansions = computeExpansions(w, wordnet);
    if (cache.size >= EXPANSION_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
    cache.set(w, expansions);
  }
  return expansions.map((e) => ({ ...e }));
}

function computeExpansions(w: string, wordnet: WordNet): Expansion[] {
  const best = new Map<string, Expansion>();
  const add = (term: string, weight: number, relation: ExpansionRelation) => {
    const t = term.toLowerCase();
    // Single words only: a multiword lemma's parts ("give back") are each too common to mean it.
    if (t === w || t.length < 3 || /[\s_\d.'-]/.test(t)) return;
    const known = best.get(t);
    if (!known || known.weight < weight) best.set(t, { term: t, weight, relation });
  };
  const forms = wordnet.baseForms(w).map((f) => ({ ...f, entry: wordnet.lookup(f.lemma, f.pos) }));
  // Parts of speech weighted by how often the word was tagged with them ("cancel" is a verb far more than a noun).
  const tagged = forms.map((f) => f.entry?.taggedSenses ?? 0);
  const maxTagged = Math.max(0, ...tagged);
  forms.forEach(({ lemma, pos, entry }, i) => {
    if (!entry) return;
    const posFactor = maxTagged === 0 ? 1 : Math.max(POS_FLOOR, tagged[i]! / maxTagged);
    if (lemma !== w) add(lemma, RELATION_WEIGHT.lemma, 'lemma');
    // Untagged senses are rare ones: only the first of them when none was tagged.
    const senses = Math.min(SENSE_FACTOR.length, Math.max(1, entry.taggedSenses));
    entry.offsets.slice(0, senses).forEach((offset, sense) => {
      const factor = SENSE_FACTOR[sense]! * posFactor;
      const synset = wordnet.synset(offset, pos);
      const wordIndex = synset.words.indexOf(lemma) + 1;
      for (const s of synset.words) add(s, RELATION_WEIGHT.synonym * factor, 'synonym');
      for (const p of synset.pointers) {
        if (p.symbol === '+' && (p.source === 0 || p.source === wordIndex)) {
          for (const t of targetWords(wordnet, p)) add(t, RELATION_WEIGHT.derivation * factor, 'derivation');
        } else if ((p.symbol === '&' || p.symbol === '\\') && sense === 0) {
          for (const t of targetWords(wordnet, p)) add(t, RELATION_WEIGHT.similar * factor, 'similar');
        } else if ((p.symbol === '@' || p.symbol === '@i') && sense < HYPERNYM_SENSES) {
          for (const t of targetWords(wordnet, p)) add(t, RELATION_WEIGHT.hypernym * factor, 'hypernym');
        }
      }
    });
  });
  return [...best.values()].sort((a, b) => b.weight - a.weight || a.term.localeCompare(b.term)).slice(0, MAX_EXPANSIONS_PER_WORD);
}

function targetWords(wordnet: WordNet, p: Synset['pointers'][number]): string[] {
  const target = wordnet.synset(p.offset, p.pos as WordNetPos);
  return p.target > 0 ? [target.words[p.target - 1] ?? ''] : target.words;
}

/** Expansions of a two-word lemma are surer than a single word's (one sense, mostly): this factor, at most COLLOCATION_MAX. */
const COLLOCATION_BOOST = 1.4;
const COLLOCATION_MAX = 0.8;

/**
 * Adjacent word pairs of a text that are WordNet lemmas, first word in any
 * inflection ("paying back" → "pay back"), phrasal verbs and compound nouns
 * alike. `lookup` returns the pair's expansions (empty when WordNet lacks it).
 */
export function collocations(normalized: string, lookup: (phrase: string) => Expansion[] = (p) => expandWord(p), wordnet: WordNet = sharedWordNet()): string[] {
  const tokens = normalized.match(/[a-z]+/g) ?? [];
  const out: string[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const [a, b] = [tokens[i]!, tokens[i + 1]!];
    if (a.length < 2 || b.length < 2) continue;
    const bases = [a, ...wordnet.baseForms(a).map((f) => f.lemma)];
    for (const base of new Set(bases)) {
      const phrase = `${base} ${b}`;
      if (lookup(phrase).length > 0) {
        out.push(phrase);
        break;
      }
    }
  }
  return out;
}

export function phraseGroups(weights: Map<string, number>, expand: (phrase: string) => Expansion[] = (p) => expandWord(p)): Map<string, { weight: number; expansions: Map<string, number> }> {
  const out = new Map<string, { weight: number; expansions: Map<string, number> }>();
  for (const [phrase, weight] of weights) {
    const parts = new Set(phrase.split(' '));
    const expansions = new Map(expand(phrase).filter((e) => !parts.has(e.term)).map((e) => [e.term, Math.min(COLLOCATION_MAX, e.weight * COLLOCATION_BOOST)]));
    if (expansions.size > 0) out.set(phrase, { weight, expansions });
  }
  return out;
}

