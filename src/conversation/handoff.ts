/**
 * The customer's way to a person after an unsure answer: the bot's "would you
 * like me to connect you with a person?" gets a quick-reply button where the
 * channel has buttons, and pressing it — or answering "yes" to the offer —
 * counts as an explicit request for a human (escalation rule `humanRequest`).
 */
import type { OutboundDraft } from '../../channels/degrade.js';

/** The button's payload: what a pressed button sends back on every channel. */
export const HANDOFF_PAYLOAD = 'handoff:human';
export const HANDOFF_TITLE = 'Talk to a person';

/** The last text draft of an unsure answer becomes a buttons message offering a person (its text unchanged). */
export function withHandoffButton(drafts: readonly OutboundDraft[]): OutboundDraft[] {
  const last = drafts.length - 1;
  return drafts.map((d, i) =>
    i === last && d.kind === 'text' ? { ...d, kind: 'buttons', buttons: [{ title: HANDOFF_TITLE, payload: HANDOFF_PAYLOAD }] } : d,
  );
}

/** Short acceptances of an offer ("yes", "yes please", "sure", "ok, connect me"), in the languages the offer is written in. */
const ACCEPT =
  /^(?:yes|yeah|yep|yup|sure|ok(?:ay)?|please|please do|go ahead|of course|s[ií]|claro|por favor|sim|oui|ja|certo|va bene)(?:[\s,!.]+(?:please|yes|thanks?|thank you|do|connect me|por favor|s'il vous plaît|bitte|grazie|obrigad[oa]))*[\s!.]*$/i;

/** True for a short "yes" to the bot's offer of a person (only meaningful right after an unsure answer). */
export function acceptsOffer(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= 40 && ACCEPT.test(t);
}
