/**
 * The escalation rules a new tenant starts with: one named rule per situation a
 * support lead escalates. Admins edit them like any other rule (priority, ticket
 * priority, assignment, channels, extra keywords) or deactivate them.
 *
 * | priority | rule | ticket | fires on |
 * | --- | --- | --- | --- |
 * | 1 | Crisis: self-harm safety net | urgent | any hint of self-harm, explicit or indirect ("I just want to not wake up"); evaluated first |
 * | 1 | Security incident | urgent | account taken over, unauthorised charges, lost/stolen card or device, SIM swap, phishing that worked, fraud |
 * | 1 | Vulnerable customer | urgent | bereavement, financial hardship with distress, domestic abuse (and self-harm, so a rule set without the crisis rule still catches it) |
 * | 1 | Explicit request for a human | high | "put me through to a person", "is anyone real there?" |
 * | 2 | Legal threat or chargeback | urgent | lawyer, court, suing, chargebacks |
 * | 2 | Complaint to a regulator | high | ombudsman, regulator, consumer-protection body (named or generic), formal or public complaint |
 * | 2 | Churn | high | closing the account, cancelling the contract, moving to a competitor |
 * | 3 | Anger or abuse | high | local sentiment below {@link DEFAULT_ANGER_THRESHOLD} (the chat model when configured) |
 * | 3 | Repeated frustration | high | asked three times, the same answer again, unhappy across messages |
 * | 4 | Bot unsure twice in a row | medium | two "not sure" answers in a row |
 * | 4 | Media needs review | medium | an image, voice note or file with no text: the bot cannot read it, a person looks |
 *
 * A mildly negative question the bot can answer ("my package is late, where is it?")
 * and an informational question that shares words with a situation ("what should I
 * do if my card is ever stolen?", "what does the cancellation fee cover?") do not
 * escalate. Measured by `npm run eval:escalation` (see the README for in-sample and
 * held-out figures).
 */

import type { Rule } from './rules.js';

/** Strictly below this sentiment score counts as anger. "late" alone scores about -0.2, "this is ridiculous" -0.54. */
export const DEFAULT_ANGER_THRESHOLD = -0.5;

/**
 * Version of this rule set. Tenants seeded with an older version get the rules of
 * categories they do not have yet (see ensureEscalationDefaults); rules they have are never touched.
 */
export const DEFAULT_RULES_VERSION = 4;

export function defaultEscalationRules(): Rule[] {
  const rule = (r: Omit<Rule, 'active' | 'triggerKeywords' | 'match'> & Partial<Pick<Rule, 'triggerKeywords'>>): Rule => ({
    active: true,
    triggerKeywords: [],
    match: 'any',
    ...r,
  });
  return [
    // Named to sort first among priority-1 rules: a customer who hints at self-harm while also asking for a
    // person gets an urgent crisis ticket, not a "human request". The bot never answers such a message alone.
    rule({
      name: 'Crisis: self-harm safety net',
      priorityLevel: 1,
      triggerConditions: { situations: ['self_harm'] },
      ticketPriority: 'urgent',
      category: 'self_harm',
      assignment: { strategy: 'least_loaded' },
    }),
    rule({
      name: 'Security incident',
      priorityLevel: 1,
      triggerConditions: { situations: ['security'] },
      ticketPriority: 'urgent',
      category: 'security',
      assignment: { strategy: 'least_loaded' },
    }),
    rule({
      name: 'Vulnerable customer',
      priorityLevel: 1,
      triggerConditions: { situations: ['vulnerable'] },
      ticketPriority: 'urgent',
      category: 'vulnerable',
      assignment: { strategy: 'least_loaded' },
    }),
    rule({
      name: 'Explicit request for a human',
      priorityLevel: 1,
      triggerConditions: { humanRequest: true },
      ticketPriority: 'high',
      category: 'human_request',
      assignment: { strategy: 'round_robin' },
    }),
    rule({
      name: 'Legal threat or chargeback',
      priorityLevel: 2,
      triggerConditions: { situations: ['legal'] },
      ticketPriority: 'urgent',
      category: 'legal',
      assignment: { strategy: 'least_loaded', skills: ['escalations'] },
    }),
    rule({
      name: 'Complaint to a regulator',
      priorityLevel: 2,
      triggerConditions: { situations: ['regulator'] },
      ticketPriority: 'high',
      category: 'regulator',
      assignment: { strategy: 'least_loaded', skills: ['escalations'] },
    }),
    rule({
      name: 'Churn: closing, cancelling or leaving',
      priorityLevel: 2,
      triggerConditions: { situations: ['churn'] },
      ticketPriority: 'high',
      category: 'churn',
      assignment: { strategy: 'least_loaded', skills: ['retention'] },
    }),
    rule({
      name: 'Anger or abuse',
      priorityLevel: 3,
      triggerConditions: { negativeSentimentBelow: DEFAULT_ANGER_THRESHOLD },
      ticketPriority: 'high',
      category: 'anger',
      assignment: { strategy: 'least_loaded' },
    }),
    rule({
      name: 'Repeated frustration',
      priorityLevel: 3,
      triggerConditions: { situations: ['frustration'] },
      ticketPriority: 'high',
      category: 'frustration',
      assignment: { strategy: 'least_loaded' },
    }),
    rule({
      name: 'Bot unsure twice in a row',
      priorityLevel: 4,
      triggerConditions: { consecutiveUnsure: 2 },
      ticketPriority: 'medium',
      category: 'knowledge_gap',
      assignment: { strategy: 'round_robin' },
    }),
    rule({
      name: 'Media needs review',
      priorityLevel: 4,
      triggerConditions: { mediaWithoutText: true },
      ticketPriority: 'medium',
      category: 'media_needs_review',
      assignment: { strategy: 'round_robin' },
    }),
  ];
}
