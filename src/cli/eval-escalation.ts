/**
 * `npm run eval:escalation -- --cases <cases.jsonl>`: runs the default rule set
 * of a fresh tenant (offline sentiment, no knowledge base: retrieval-confidence
 * conditions cannot fire) over `{"messages": [...], "escalate": true|false}` lines
 * and prints, as its last line, `{"n":…,"precision":…,"recall":…}`. A case counts
 * as escalated when any of its messages escalates.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { defaultEscalationRules } from '../escalation/default-rules.js';
import { evaluateCases } from '../escalation/eval.js';
import { LexiconSentimentScorer } from '../escalation/sentiment.js';

const caseLine = z.object({ messages: z.array(z.string()).min(1), escalate: z.boolean() });

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { cases: { type: 'string' }, verbose: { type: 'boolean' } } });
  if (!values.cases) {
    process.stderr.write('usage: npm run eval:escalation -- --cases <cases.jsonl>\n');
    process.exit(64);
  }
  const lines = (await readFile(values.cases, 'utf8')).split('\n').filter((l) => l.trim());
  const cases = lines.map((l, i) => {
    const parsed = caseLine.safeParse(JSON.parse(l));
    if (!parsed.success) throw new Error(`${values.cases}:${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
    return parsed.data;
  });
  const result = await evaluateCases(cases, defaultEscalationRules(), { sentiment: new LexiconSentimentScorer() });
  if (values.verbose) {
    for (const e of result.errors) process.stdout.write(`${e.expected ? 'missed' : 'false alarm'}${e.rule ? ` (${e.rule})` : ''}: ${JSON.stringify(e.messages)}\n`);
  }
  process.stdout.write(`eval:escalation: tp=${result.tp} fp=${result.fp} fn=${result.fn} tn=${result.tn}\n`);
  process.stdout.write(`${JSON.stringify({ n: result.n, precision: result.precision, recall: result.recall })}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exit(1);
});
