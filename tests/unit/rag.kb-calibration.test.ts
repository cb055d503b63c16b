/**
 * Per-knowledge-base calibration (src/rag/kb-calibration.ts): the probes a knowledge base asks itself, and the
 * threshold derived from their confidences, with its fallbacks. The database side (stored calibration, the
 * responder using it, the ingestion hook) is in tests/integration/rag-kb-calibration.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { calibrationLines } from '../../src/cli/eval-rag.js';
import { GENERAL_KNOWLEDGE_QUESTIONS } from '../../src/rag/calibration-pool.js';
import {
  ADJACENT_WINDOW,
  CALIBRATED_MAX,
  CALIBRATED_MIN,
  calibrationProbes,
  deriveThreshold,
  MAX_ADJACENT_PROBES,
  MAX_ANSWERABLE_PROBES,
  MIN_CALIBRATION_PROBES,
  type CalibrationPassage,
} from '../../src/rag/kb-calibration.js';
import { normalizeText } from '../../src/rag/text-analysis.js';

/** A small made-up knowledge base: a community tool library (words chosen so each article has its own). */
const TOOL_LIBRARY: Array<[string, string, string]> = [
  ['Membership', 'Joining', 'Membership costs twelve euros yearly and includes borrowing privileges for drills, ladders and sanders. Volunteers receive discounted membership after completing three supervised shifts.'],
  ['Borrowing', 'Loan periods', 'Borrowers keep power tools seven days; hand tools fourteen days. Extensions are granted online when nobody has reserved the item meanwhile.'],
  ['Late returns', 'Fines', 'Overdue equipment accrues penalties daily: fifty cents for hand tools, two euros for machinery. Repeated lateness suspends borrowing privileges temporarily.'],
  ['Damage', 'Broken equipment', 'Report breakage immediately at the counter. Ordinary wear is forgiven, whereas negligent misuse means paying repair invoices from the workshop technician.'],
  ['Workshops', 'Evening classes', 'Beginners learn woodworking basics during Thursday evening classes. Registration closes forty-eight hours beforehand; materials are supplied.'],
  ['Donations', 'Giving tools', 'Donated equipment must function safely. Technicians inspect donations, recycle unusable machinery, and issue receipts acknowledging charitable contributions.'],
];

const passages = (lang = TOOL_LIBRARY): CalibrationPassage[] =>
  lang.map(([title, heading, text], i) => ({ documentId: `doc-${i}`, title, headingPath: [`${heading} and ${title.toLowerCase()} rules`], text }));

const words = (text: string) => (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).map(normalizeText);

describe('calibrationProbes', () => {
  const probes = calibrationProbes(passages(), 'english');
  const articleWords = TOOL_LIBRARY.map(([title, heading, text]) => new Set(words(`${title} ${heading} ${text}`)));
  const kbWords = new Set(articleWords.flatMap((s) => [...s]));
  const articlesHaving = (w: string) => articleWords.filter((s) => s.has(w)).length;

  it('is deterministic: the same passages give the same probes (and so the same threshold)', () => {
    expect(calibrationProbes(passages(), 'english')).toEqual(probes);
  });

  it('asks answerable probes made of one article\'s words and one word the knowledge base lacks', () => {
    const sentenceProbes = probes.answerable.slice(0, MAX_ANSWERABLE_PROBES);
    expect(sentenceProbes).toHaveLength(MAX_ANSWERABLE_PROBES);
    for (const probe of sentenceProbes) {
      const own = words(probe).filter((w) => kbWords.has(w));
      const foreign = words(probe).filter((w) => !kbWords.has(w));
      expect(foreign).toHaveLength(1);
      expect(own.length).toBeGreaterThanOrEqual(2);
      // All of the knowledge base's words of the probe come from one article.
      expect(articleWords.some((s) => own.every((w) => s.has(w)))).toBe(true);
    }
  });

  it('adds question-like headings to the answerable probes', () => {
    expect(probes.answerable.slice(MAX_ANSWERABLE_PROBES).length).toBeGreaterThan(0);
    for (const h of probes.answerable.slice(MAX_ANSWERABLE_PROBES)) expect(passages().some((p) => p.headingPath.includes(h))).toBe(true);
  });

  it('asks adjacent probes: one word of each of two different articles and a word the knowledge base lacks', () => {
    expect(probes.adjacent).toHaveLength(MAX_ADJACENT_PROBES);
    // One probe more or less moves the threshold little: it averages a window of them.
    const shuffled = [...probes.adjacent.keys()].map((i) => 0.3 + ((i * 37) % 100) / 250);
    const a = deriveThreshold(Array(10).fill(0.8), shuffled, []).threshold!;
    const b = deriveThreshold(Array(10).fill(0.8), shuffled.slice(1), []).threshold!;
    expect(Math.abs(a - b)).toBeLessThanOrEqual(0.01);
    for (const probe of probes.adjacent) {
      const own = words(probe).filter((w) => kbWords.has(w));
      expect(own).toHaveLength(2);
      expect(words(probe).filter((w) => !kbWords.has(w))).toHaveLength(1);
      // Not both from one article alone (a word in one article only must not share it with the other word).
      const [a, b] = own as [string, string];
      if (articlesHaving(a) === 1 && articlesHaving(b) === 1) expect(articleWords.some((s) => s.has(a) && s.has(b))).toBe(false);
    }
  });

  it('never asks about the knowledge base\'s own function words (those in half of its articles or more), in any language', () => {
    const spanish: Array<[string, string, string]> = TOOL_LIBRARY.map(([t, h, text], i) => [t, h, `Para los socios de la biblioteca: ${text} Para más información, pregunte en el mostrador número ${i}.`]);
    const p = calibrationProbes(passages(spanish), 'spanish');
    for (const probe of [...p.answerable.slice(0, MAX_ANSWERABLE_PROBES), ...p.adjacent]) {
      for (const w of ['para', 'los', 'socios', 'biblioteca', 'informacion', 'pregunte', 'mostrador', 'numero']) expect(words(probe)).not.toContain(w);
      // Nor numbers.
      expect(words(probe).some((w) => /^\d/.test(w))).toBe(false);
    }
  });

  it('asks a Chinese or Japanese knowledge base about its words, not its clauses (runs cut as the indexer cuts them)', () => {
    const chinese: Array<[string, string, string]> = [
      ['会员', '加入', '会员年费十二元，可以借用电钻、梯子和砂光机。志愿者完成三次值班后享受会员折扣。'],
      ['借用', '借期', '电动工具可以借七天，手动工具可以借十四天。如果没有其他人预约，可以在网上申请延期。'],
      ['逾期', '罚款', '逾期归还的设备每天产生罚款：手动工具五毛，机器两元。多次逾期会暂停借用资格。'],
      ['损坏', '设备损坏', '设备损坏请立即在柜台报告。正常磨损不收费，因疏忽造成的损坏需要支付维修费用。'],
      ['课程', '晚间课程', '初学者可以在周四晚上学习木工基础。报名在开课前四十八小时截止，材料由我们提供。'],
      ['捐赠', '捐赠工具', '捐赠的设备必须安全可用。技术人员检查捐赠物品，回收无法使用的机器，并开具捐赠收据。'],
    ];
    const p = calibrationProbes(passages(chinese), 'simple');
    expect(p.answerable.length).toBeGreaterThanOrEqual(MIN_CALIBRATION_PROBES);
    expect(p.adjacent.length).toBeGreaterThanOrEqual(MIN_CALIBRATION_PROBES);
    for (const probe of [...p.answerable.slice(0, MAX_ANSWERABLE_PROBES), ...p.adjacent]) {
      // Words of a few characters each, never a whole clause of an article.
      const han = probe.split(' ').filter((w) => /\p{Script=Han}/u.test(w));
      expect(han.length).toBeGreaterThanOrEqual(1);
      for (const w of han) expect([...w].length).toBeLessThanOrEqual(6);
    }
  });

  it('takes the general-knowledge pool in the knowledge base\'s language, English when there is none', () => {
    expect(calibrationProbes(passages(), 'english').general).toEqual(GENERAL_KNOWLEDGE_QUESTIONS.en);
    expect(calibrationProbes(passages(), 'german').general).toEqual(GENERAL_KNOWLEDGE_QUESTIONS.de);
    expect(calibrationProbes(passages(), 'spanish').general).toEqual(GENERAL_KNOWLEDGE_QUESTIONS.es);
    expect(calibrationProbes(passages(), 'russian').general).toEqual(GENERAL_KNOWLEDGE_QUESTIONS.en);
    expect(calibrationProbes(passages(), 'simple').general).toEqual(GENERAL_KNOWLEDGE_QUESTIONS.en);
  });

  it('asks no adjacent probe of a single article, and nothing of an empty knowledge base but the pool', () => {
    const one = calibrationProbes(passages().slice(0, 1), 'english');
    expect(one.adjacent).toEqual([]);
    expect(one.answerable.length).toBeGreaterThan(0);
    const none = calibrationProbes([], 'english');
    expect(none.answerable).toEqual([]);
    expect(none.adjacent).toEqual([]);
    expect(none.general.length).toBeGreaterThan(0);
  });
});

describe('GENERAL_KNOWLEDGE_QUESTIONS', () => {
  it('has the same number of questions in every language, each a question', () => {
    const sizes = Object.values(GENERAL_KNOWLEDGE_QUESTIONS).map((qs) => qs.length);
    expect(new Set(sizes).size).toBe(1);
    for (const qs of Object.values(GENERAL_KNOWLEDGE_QUESTIONS)) for (const q of qs) expect(q.trim()).toMatch(/\?$/);
  });
});

describe('deriveThreshold', () => {
  const answerable = Array.from({ length: 20 }, (_, i) => 0.6 + i * 0.01);
  const general = Array.from({ length: 10 }, (_, i) => 0.05 + i * 0.01);
  // Adjacent probes 0.40, 0.41, … 0.59: the window around their lower quarter holds 0.43, 0.44, 0.45.
  const adjacent = Array.from({ length: 20 }, (_, i) => 0.4 + i * 0.01);

  it('is the mean of the adjacent probes\' confidences around their lower quarter', () => {
    expect(ADJACENT_WINDOW).toEqual([0.2, 0.3]);
    expect(deriveThreshold(answerable, adjacent, general)).toEqual({ threshold: 0.44 });
    // Shifted probes shift the threshold: a knowledge base whose questions score lower gets a lower one.
    expect(deriveThreshold(answerable.map((x) => x - 0.05), adjacent.map((x) => x - 0.05), general)).toEqual({ threshold: 0.39 });
  });

  it('stays within its bounds', () => {
    expect(deriveThreshold(answerable.map((x) => x + 0.3), adjacent.map((x) => x + 0.3), general)).toEqual({ threshold: CALIBRATED_MAX });
    expect(deriveThreshold(answerable, adjacent.map((x) => x - 0.3), [])).toEqual({ threshold: CALIBRATED_MIN });
  });

  it('falls back (null) with too few probes of either kind', () => {
    const few = adjacent.slice(0, MIN_CALIBRATION_PROBES - 1);
    expect(deriveThreshold(answerable, few, general)).toMatchObject({ threshold: null, reason: expect.stringContaining('too few probes') });
    expect(deriveThreshold(answerable.slice(0, MIN_CALIBRATION_PROBES - 1), adjacent, general)).toMatchObject({ threshold: null });
    expect(deriveThreshold(answerable, adjacent.slice(0, MIN_CALIBRATION_PROBES), general)).toEqual({ threshold: 0.415 });
  });

  it('falls back when the probes do not order as they should', () => {
    // Answerable probes no more confident than the derived threshold.
    expect(deriveThreshold(answerable.map(() => 0.42), adjacent, general)).toMatchObject({ threshold: null, reason: expect.stringContaining('answerable') });
    // General-knowledge questions answered as confidently as the knowledge base's own words.
    expect(deriveThreshold(answerable, adjacent, general.map(() => 0.5))).toMatchObject({ threshold: null, reason: expect.stringContaining('general-knowledge') });
    // Near misses that must not fall back: medians just on the right side.
    expect(deriveThreshold(answerable.map(() => 0.45), adjacent, general.map(() => 0.43)).threshold).toBe(0.44);
  });
});

describe('calibrationLines with a knowledge base\'s own threshold', () => {
  it('adds a threshold-kb line with its answered shares', () => {
    const lines = calibrationLines([0.5, 0.6, 0.7, 0.8], [0.1, 0.2, 0.3, 0.55], 0.28, 0.52).map((l) => JSON.parse(l) as { calibration: string; value?: number; answered?: number; offtopicAnswered?: number });
    expect(lines.find((l) => l.calibration === 'threshold-kb')).toEqual({ calibration: 'threshold-kb', value: 0.52, answered: 0.75, offtopicAnswered: 0.25 });
    expect(calibrationLines([0.5], [0.1], 0.28).some((l) => l.includes('threshold-kb'))).toBe(false);
  });
});
