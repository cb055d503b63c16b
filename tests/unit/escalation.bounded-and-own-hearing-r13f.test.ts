/**
 * Round 13f (src/escalation/lang/bounded-and-own-hearing.ts): a leaving phrase bounded to the day is not leaving, and the
 * customer's own court appearance is not a legal threat; the true threats beside them must still fire. Sentences written
 * for this test.
 */
import { describe, expect, it } from 'vitest';
import { detectSituations } from '../../src/escalation/situations.js';

const situations = (text: string, language?: string): string[] => detectSituations(text, { language }).map((h) => h.situation);

describe('churn: a leaving phrase bounded to the day', () => {
  it.each([
    ["I'm done with you guys for today, thanks!", 'en'],
    ['ok I am done with you for tonight, talk tomorrow', 'en'],
    ["that's it, done with you for the day", 'en'],
  ])('quiet: %s', (text, language) => {
    expect(situations(text, language)).not.toContain('churn');
  });

  it.each([
    ["I'm done with you, closing my account", 'en'],
    ["I'm done with you guys, for good", 'en'],
    ["I'm done with you guys. Today I'm switching to another provider", 'en'],
    ['done with your company, cancel everything', 'en'],
  ])('fires: %s', (text, language) => {
    expect(situations(text, language)).toContain('churn');
  });
});

describe("legal: the customer's own court appearance", () => {
  it.each([
    ['Ich muss morgen vor Gericht aussagen', 'de'],
    ['Ich muss am Montag als Zeuge vor Gericht erscheinen, kann ich den Termin verschieben?', 'de'],
    ['tengo que ir al juzgado mañana', 'es'],
    ['el lunes tengo que declarar como testigo en el juzgado', 'es'],
    ['мне завтра нужно в суд', 'ru'],
    ['меня вызвали свидетелем в суд на среду', 'ru'],
    ['I have to appear in court tomorrow as a witness, can we move my delivery?', 'en'],
  ])('quiet: %s', (text, language) => {
    expect(situations(text, language)).not.toContain('legal');
  });

  it.each([
    ['nos vemos en el juzgado', 'es'],
    ['mañana os llevo al juzgado', 'es'],
    ['tengo que ir al juzgado mañana para demandar a su empresa', 'es'],
    ['Wir sehen uns vor Gericht', 'de'],
    ['Ich muss Sie morgen wohl verklagen, dann sehen wir uns vor Gericht', 'de'],
    ['мне завтра нужно подать на вас в суд', 'ru'],
    ['завтра подам в суд', 'ru'],
    ['I have to go to court tomorrow because of you', 'en'],
    ["I'll see you in court", 'en'],
  ])('fires: %s', (text, language) => {
    expect(situations(text, language)).toContain('legal');
  });
});

describe('hardship stays', () => {
  it.each([
    ["I lost my job and can't pay this bill", 'en'],
    ['perdí mi trabajo y no puedo pagar la factura', 'es'],
  ])('fires: %s', (text, language) => {
    expect(situations(text, language)).toContain('vulnerable');
  });
});
