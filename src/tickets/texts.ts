/** Customer-facing texts of the takeover flow; tenants override them in settings.escalation.ackTexts. */
const ACK: Record<string, string> = {
  en: 'Thanks for your patience. I have passed your conversation to a member of our team, who will reply here shortly.',
  es: 'Gracias por tu paciencia. He pasado tu conversación a una persona de nuestro equipo, que te responderá aquí en breve.',
  pt: 'Obrigado pela paciência. Passei a sua conversa para uma pessoa da nossa equipe, que vai responder aqui em breve.',
  fr: 'Merci de votre patience. J’ai transmis votre conversation à un membre de notre équipe, qui vous répondra ici rapidement.',
  de: 'Danke für Ihre Geduld. Ich habe Ihr Anliegen an eine Kollegin oder einen Kollegen weitergegeben, die Ihnen hier in Kürze antworten.',
  it: 'Grazie per la pazienza. Ho passato la conversazione a una persona del nostro team, che ti risponderà qui a breve.',
  ja: 'お待たせして申し訳ありません。担当者におつなぎしました。まもなくこちらで返信いたします。',
  zh: '感谢您的耐心等待。我已将您的对话转给人工客服，稍后会在这里回复您。',
};

export function acknowledgementText(language: string | null, custom?: Record<string, string>): string {
  const lang = (language ?? 'en').toLowerCase().split('-')[0] ?? 'en';
  return custom?.[lang] ?? ACK[lang] ?? custom?.en ?? ACK.en!;
}

/** Told to the customer when an agent hands the conversation back to the bot (without closing it). */
export const HANDBACK_TEXT = 'You are chatting with our virtual assistant again. Ask for a person at any time.';

export const CSAT_QUESTION = 'Your conversation has been closed. How satisfied were you with our help? Please answer from 1 (poor) to 5 (excellent).';
export const CSAT_THANKS = 'Thank you for your feedback!';
export const CSAT_COMMENT_INVITE = 'If you would like to tell us more, just write it in your next message.';
export const CHAT_RATING_QUESTION = 'This conversation has been closed after a period of inactivity. How satisfied were you with the help you got? Please answer from 1 (poor) to 5 (excellent).';

/** "5", "4 stars", "★★★", a button payload "csat:3" → 1..5; anything else → null. */
export function parseCsatRating(text: string, buttonPayload?: unknown): number | null {
  if (typeof buttonPayload === 'string') {
    const m = /^csat:([1-5])$/.exec(buttonPayload);
    if (m) return Number(m[1]);
  }
  const t = text.trim();
  const stars = /^★{1,5}$/.exec(t);
  if (stars) return t.length;
  const m = /^([1-5])(\s*(\/\s*5|stars?|estrellas?|estrelas?|étoiles?|sterne?|点))?[\s.!]*$/i.exec(t);
  return m ? Number(m[1]) : null;
}

/** Outside every team's hours: when someone will answer ({when}: the next opening in the team's time zone). */
const OUT_OF_HOURS: Record<string, string> = {
  en: 'Thanks for your message. Our team is not available right now; someone will answer you here from {when}.',
  es: 'Gracias por tu mensaje. Nuestro equipo no está disponible en este momento; una persona te responderá aquí a partir del {when}.',
  pt: 'Obrigado pela mensagem. A nossa equipe não está disponível agora; uma pessoa vai responder aqui a partir de {when}.',
  fr: 'Merci pour votre message. Notre équipe n’est pas disponible pour le moment ; quelqu’un vous répondra ici à partir du {when}.',
  de: 'Danke für Ihre Nachricht. Unser Team ist gerade nicht erreichbar; ab {when} antwortet Ihnen hier jemand.',
  it: 'Grazie per il messaggio. Il nostro team non è disponibile in questo momento; qualcuno ti risponderà qui a partire da {when}.',
};
const OUT_OF_HOURS_UNKNOWN: Record<string, string> = {
  en: 'Thanks for your message. Our team is not available right now; someone will answer you here as soon as possible.',
  es: 'Gracias por tu mensaje. Nuestro equipo no está disponible en este momento; una persona te responderá aquí lo antes posible.',
};

export function outOfHoursText(language: string | null, when: string | null): string {
  const lang = (language ?? 'en').toLowerCase().split('-')[0] ?? 'en';
  if (when === null) return OUT_OF_HOURS_UNKNOWN[lang] ?? OUT_OF_HOURS_UNKNOWN.en!;
  return (OUT_OF_HOURS[lang] ?? OUT_OF_HOURS.en!).replace('{when}', when);
}

/** The locale the opening time is written in: the customer's language when we have a text in it. */
export function outOfHoursLocale(language: string | null): string {
  const lang = (language ?? 'en').toLowerCase().split('-')[0] ?? 'en';
  return OUT_OF_HOURS[lang] ? lang : 'en';
}
