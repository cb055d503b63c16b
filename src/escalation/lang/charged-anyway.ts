/**
 * Unauthorised charges told the hard ways (round 20), per language, merged into each pack in ./index.ts:
 *  - `doubleCharged`: the same payment taken twice ("zweimal abgebucht", "dos cargos idénticos", "pobrano dwa razy");
 *  - `cancelledIt` and `charged`: the customer's own cancelling and a charge taken anyway, read together by the frame
 *    'charged-after-cancelling' (../situations.ts): "Di de baja la alarma… me habéis vuelto a pasar el recibo",
 *    "Cancelei em maio… mesmo assim veio cobrança", "Jeg afbestilte… alligevel har I trukket";
 *  - `neverAgreed`: consent denied in everyday words ("nobody asked me", "não contratamos esse serviço", "den valde jag
 *    aldrig"), read with a charge by the never-agreed frames.
 * Their guards apply (a question about how charges work, a charge explained, a refund already made).
 *
 * Written from general knowledge of how customers dispute a charge. The kinds were chosen after reading the missed
 * lines of the sixth corpus batch (a development set for the rules, README "Round 20"); no sentence of it or of an
 * evaluation set is copied. Words as `normalizeText` leaves them (accents folded, ø → o, æ → ae).
 */
import type { ConceptTable } from './types.js';

export const CHARGED_ANYWAY: Readonly<Record<string, ConceptTable>> = {
  en: {
    neverAgreed: ['nobody asked me', 'no one asked me', 'never ticked', "didn't tick", 'never opted in', 'never chose'],
  },
  de: {
    doubleCharged: ['zweimal abgebucht', 'doppelt abgebucht', 'zweimal abgegangen', 'doppelt abgegangen', 'zweimal belastet', 'doppelt belastet'],
    cancelledIt: ['habe gekundigt', 'hatte gekundigt', 'gekundigt habe', 'habe storniert'],
  },
  es: {
    doubleCharged: ['dos cargos identicos', 'cargo duplicado', 'cobrado dos veces', 'cobraron dos veces', 'me cobrasteis dos veces', 'cobro duplicado'],
    cancelledIt: ['di de baja', 'me di de baja', 'cancele', 'anule'],
    charged: ['pasar el recibo', 'pasado el recibo', 'pasado otro recibo', 'cobrado el recibo'],
  },
  fr: {
    doubleCharged: ['preleve deux fois', 'double prelevement', 'debite deux fois', 'deux prelevements identiques'],
  },
  it: {
    doubleCharged: ['addebitato due volte', 'doppio addebito', 'due addebiti identici', 'pagato due volte'],
  },
  nl: {
    doubleCharged: ['twee keer afgeschreven', 'dubbel afgeschreven', 'twee keer geincasseerd', 'dubbel geincasseerd'],
  },
  pt: {
    doubleCharged: ['cobrado duas vezes', 'cobraram duas vezes', 'cobranca duplicada', 'duas cobrancas iguais'],
    cancelledIt: ['cancelei', 'cancelamos'],
    charged: ['veio cobranca', 'veio a cobranca', 'vieram cobrancas'],
    neverAgreed: ['ninguem pediu', 'ninguem em casa pediu', 'nao contratamos', 'nao contratei', 'nunca contratei'],
  },
  pl: {
    doubleCharged: ['pobrana dwa razy', 'pobrano dwa razy', 'pobraliscie dwa razy', 'podwojnie pobrana', 'podwojne obciazenie'],
  },
  sv: {
    doubleCharged: ['dragit tva ganger', 'dragits tva ganger', 'dubbeldragning', 'dubbeldragit'],
    neverAgreed: ['valde jag aldrig', 'valde aldrig', 'aldrig valt', 'aldrig bett om'],
  },
  da: {
    doubleCharged: ['trukket to gange', 'dobbelt trukket', 'haevet to gange'],
    cancelledIt: ['afbestilte', 'opsagde', 'har opsagt'],
    charged: ['har trukket', 'trukket et', 'alligevel trukket'],
  },
};

/**
 * Round 22: an automatic renewal, debit or top-up the customer had switched off or never switched on, and a charge taken
 * anyway (`cancelledIt`, read with `charged` by the frame 'charged-after-cancelling'): "the auto-renewal charged me although
 * I switched it off in March", "自动充值我从来没开过，这周连扣了五次", "Автопоновлення спрацювало, хоча я вимкнув його"; and a
 * purchase made without the customer knowing (`unauthorised`: "my son bought coins without me knowing"). Written from
 * general knowledge; the kinds were chosen after reading the unauthorised-charge misses of data/escalation-dev/b9-*.jsonl
 * (in-sample there); no evaluation set was read.
 */
export const SWITCHED_OFF_ANYWAY: Readonly<Record<string, ConceptTable>> = {
  en: {
    cancelledIt: ['switched it off', 'turned it off', 'switched off auto', 'turned off auto', 'disabled auto', 'disabled it', 'never turned on', 'never switched on', 'never activated', 'never enabled', 'never set up auto'],
    unauthorised: ['without me knowing', 'without my knowledge', 'behind my back'],
  },
  de: { cancelledIt: ['ausgeschaltet habe', 'ausgeschaltet hatte', 'deaktiviert habe', 'deaktiviert hatte', 'nie aktiviert', 'nie eingeschaltet'] },
  fr: { cancelledIt: ["l'avais desactive", "j'ai desactive", 'jamais active', 'jamais activee'], unauthorised: ['a mon insu', 'sans que je le sache'] },
  es: { cancelledIt: ['lo desactive', 'la desactive', 'nunca active', 'nunca lo active'], unauthorised: ['sin que yo lo supiera', 'a mis espaldas'] },
  pt: { cancelledIt: ['desativei', 'nunca ativei'], unauthorised: ['sem eu saber', 'sem o meu conhecimento'] },
  it: { cancelledIt: ["l'avevo disattivato", "l'avevo disattivata", 'ho disattivato', 'mai attivato', 'mai attivata'], unauthorised: ['a mia insaputa', 'senza che lo sapessi'] },
  nl: { cancelledIt: ['had uitgezet', 'heb uitgezet', 'had uitgeschakeld', 'nooit aangezet', 'nooit ingeschakeld'], unauthorised: ['zonder dat ik het wist'] },
  pl: { cancelledIt: ['wylaczylem', 'wylaczylam', 'nigdy nie wlaczalem', 'nigdy nie wlaczalam'], unauthorised: ['bez mojej wiedzy'] },
  ru: { cancelledIt: ['я отключил', 'я отключила', 'не подключал', 'не подключала'], unauthorised: ['без моего ведома'], charged: ['списало', 'списалось', 'списались'] },
  uk: { cancelledIt: ['я вимкнув', 'я вимкнула', 'вимкнув його', 'вимкнула його', 'не вмикав', 'не вмикала', 'не підключав', 'не підключала'], unauthorised: ['без мого відома', 'без мого дозволу'], charged: ['списало', 'списалося', 'списались'] },
  tr: { cancelledIt: ['kapatmistim', 'hic acmadim', 'hic aktif etmedim'], unauthorised: ['haberim olmadan', 'benden habersiz'] },
  el: { cancelledIt: ['το απενεργοποιησα', 'δεν το ενεργοποιησα ποτε'], unauthorised: ['χωρισ να ξερω', 'χωρισ να το ξερω'] },
  ja: { cancelledIt: ['オフにした', 'オフにしてた', '解除したのに', '設定していない', '設定してない', 'オンにしていない'], unauthorised: ['知らないうちに', '勝手に'] },
  zh: { cancelledIt: ['关掉了', '关闭了', '从来没开过', '没开过', '从没开通', '没有开通过', '取消了自动'], unauthorised: ['在我不知情', '我不知道的情况下'] },
  ko: { cancelledIt: ['껐는데', '꺼놨는데', '설정한적없', '신청한적없', '켠적없'], unauthorised: ['모르는사이에', '몰래'] },
  ar: { cancelledIt: ['لغيت التجديد', 'وقفت التجديد', 'ما فعلت', 'ما شغلت'], unauthorised: ['بدون علمي', 'من غير علمي'] },
  hi: { cancelledIt: ['बंद कर दिया था', 'कभी चालू नहीं', 'कभी एक्टिवेट नहीं'], unauthorised: ['मेरी जानकारी के बिना', 'बिना बताए'] },
  id: { cancelledIt: ['udah dimatiin', 'sudah saya matikan', 'gak pernah aktifin', 'tidak pernah mengaktifkan'], unauthorised: ['tanpa sepengetahuan saya', 'tanpa izin saya'] },
  vi: { cancelledIt: ['da tat', 'chua bao gio bat', 'khong he bat', 'khong he dang ky'], unauthorised: ['ma toi khong biet', 'khong he hay biet'] },
  th: { cancelledIt: ['ปิดไปแล้ว', 'ไม่เคยเปิด', 'ไม่เคยสมัคร'], unauthorised: ['โดยที่ไม่รู้', 'โดยไม่บอก'] },
};
