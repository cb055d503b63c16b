/**
 * The escalation rules a new tenant starts with. Admins can edit or deactivate them.
 *
 * Tuned to what a support lead expects: an explicit ask for a person, a legal or
 * chargeback threat, a cancellation, real anger, or a bot that keeps not knowing
 * escalates; a mildly negative question the bot can answer ("my package is late,
 * where is it?", "I'm a bit disappointed with the colour, can I return it?") does not.
 * Measured against `tests/fixtures/escalation-cases.jsonl` by `tests/unit/escalation.eval.test.ts`.
 */

import type { Rule } from './rules.js';

/** Strictly below this sentiment score counts as anger. "late" alone scores about -0.2, "this is ridiculous" -0.54. */
export const DEFAULT_ANGER_THRESHOLD = -0.5;

const LEGAL_THREAT_KEYWORDS = [
  // en
  'my lawyer*', 'my attorney*', 'get a lawyer', 'hire a lawyer', 'call a lawyer', 'contact a lawyer',
  'consult a lawyer', 'speak to a lawyer', 'talk to a lawyer', 'lawyer up', 'lawyers involved', 'lawyer involved',
  'hire an attorney', 'sue', 'suing', 'lawsuit*', 'legal action', 'take legal', 'small claims', 'take you to court',
  'see you in court',
  'chargeback*', 'charge back', 'dispute the charge', 'dispute this charge', 'open a dispute', 'file a dispute', 'raise a dispute', 'disputing it', 'disputing the charge',
  'reverse the charge*', 'reverse the payment', 'calling my bank',
  'consumer protection', 'better business bureau', 'bbb', 'ombudsman', 'report you', 'file a complaint',
  'formal complaint', 'go to social media', 'post this on social media', 'post it on social media', 'bad review',
  'negative review', 'one star review', '1 star review',
  // es
  'mi abogado', 'mis abogados', 'contratar un abogado', 'consultar a un abogado', 'demandar', 'los voy a demandar', 'demanda judicial', 'acciones legales', 'accion legal',
  'denuncia*', 'profeco', 'defensa del consumidor', 'contracargo', 'queja formal', 'libro de reclamaciones',
  // pt
  'meu advogado', 'meus advogados', 'acionar um advogado', 'procurar um advogado', 'processar voces', 'vou processar', 'entrar na justica', 'acao judicial', 'juizado', 'procon',
  'reclame aqui', 'estorno no cartao',
  // fr
  'mon avocat', 'prendre un avocat', 'contacter un avocat', 'porter plainte', 'poursuivre en justice', 'action en justice', 'tribunal', 'mise en demeure',
  'association de consommateurs', 'dgccrf', 'opposition bancaire', 'faire opposition',
  // de
  'mein anwalt', 'meinen anwalt', 'meinem anwalt', 'einen anwalt', 'anwalt einschalten', 'rechtsanwalt*',
  'anwaltlich*', 'verklag*', 'klage einreichen', 'rechtliche schritte', 'vor gericht',
  'verbraucherzentrale', 'ruckbuchung', 'lastschrift zuruck*',
  // it, nl
  'mio avvocato', 'un avvocato', 'mijn advocaat', 'advocaat inschakelen', 'rechtszaak',
  // ja, zh, ko
  '弁護士', '訴え', '訴訟', '裁判', '消費者センター', '消費者庁', '法的措置',
  '律师', '律師', '起诉', '起訴', '消协', '消協', '消费者协会', '12315', '法律途径', '我要投诉', '我要投訴',
  '변호사', '소송', '소비자원',
];

const CANCELLATION_KEYWORDS = [
  // en
  'cancel my account', 'cancel my subscription', 'cancel my membership', 'cancel my plan', 'cancel the subscription',
  'close my account', 'delete my account', 'terminate my account', 'terminate my contract',
  'switching to a competitor',
  // es
  'cancelar mi cuenta', 'cancelar mi suscripcion', 'cancelar mi membresia', 'cancelar mi plan', 'dar de baja',
  'darme de baja', 'cerrar mi cuenta', 'eliminar mi cuenta',
  // pt
  'cancelar minha conta', 'cancelar minha assinatura', 'cancelar meu plano', 'cancelar a assinatura',
  'encerrar minha conta', 'excluir minha conta',
  // fr
  'resilier', 'resiliation', 'annuler mon abonnement', 'fermer mon compte', 'supprimer mon compte',
  // de
  'kundigen', 'kundigung', 'abo kundigen', 'konto loschen', 'vertrag kundigen',
  // it, nl
  'disdire', 'disdetta', 'opzeggen',
  // ja, zh, ko
  '解約', '退会', '取消订阅', '取消訂閱', '注销账户', '注销账号', '註銷帳戶', '退订', '销户', '해지', '탈퇴',
];

export function defaultEscalationRules(): Rule[] {
  return [
    {
      name: 'Explicit request for a human',
      active: true,
      priorityLevel: 1,
      triggerKeywords: [],
      triggerConditions: { humanRequest: true },
      match: 'any',
      ticketPriority: 'high',
      category: 'human_request',
      assignment: { strategy: 'round_robin' },
    },
    {
      name: 'Legal threat, chargeback or public complaint',
      active: true,
      priorityLevel: 2,
      triggerKeywords: [...LEGAL_THREAT_KEYWORDS],
      triggerConditions: {},
      match: 'any',
      ticketPriority: 'urgent',
      category: 'legal',
      assignment: { strategy: 'least_loaded', skills: ['escalations'] },
    },
    {
      name: 'Cancellation of account or subscription',
      active: true,
      priorityLevel: 2,
      triggerKeywords: [...CANCELLATION_KEYWORDS],
      triggerConditions: {},
      match: 'any',
      ticketPriority: 'high',
      category: 'retention',
      assignment: { strategy: 'least_loaded', skills: ['retention'] },
    },
    {
      name: 'Strong negative sentiment',
      active: true,
      priorityLevel: 3,
      triggerKeywords: [],
      triggerConditions: { negativeSentimentBelow: DEFAULT_ANGER_THRESHOLD },
      match: 'any',
      ticketPriority: 'high',
      category: 'frustration',
      assignment: { strategy: 'least_loaded' },
    },
    {
      name: 'Bot unsure twice in a row',
      active: true,
      priorityLevel: 4,
      triggerKeywords: [],
      triggerConditions: { consecutiveUnsure: 2 },
      match: 'any',
      ticketPriority: 'medium',
      category: 'knowledge_gap',
      assignment: { strategy: 'round_robin' },
    },
  ];
}
