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
