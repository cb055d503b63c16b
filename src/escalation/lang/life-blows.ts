/**
 * Hardship told as a blow to income and a relief asked for (round 20; ru, uk, tr, ar, ja, zh, ko, id, vi and hi in round 21), per language, merged into each pack in ./index.ts
 * and read by the frame 'blow-then-relief' (../situations.ts: `lifeBlow` and `planAsk` anywhere in the message):
 * "I've been on sick leave for three months and my pay is halved — can I pause the repayments?", "Meine Firma ist
 * insolvent… können Sie die Zinsen aussetzen?", "Estoy de baja… ¿puedo aplazar las cuotas?".
 *  - `lifeBlow`: laid off or made redundant, on sick leave or off work ill, pay cut or not paid, benefits or a pension
 *    held up, the business gone under, a flood or a fire at home, debt collectors calling;
 *  - `planAsk` gains the reliefs such a customer asks for: pausing, deferring or postponing instalments, freezing the
 *    interest.
 * The frame's guards apply (a negation, a hypothetical: "what happens if I lose my job?" stays quiet).
 *
 * Written from general knowledge of how customers in difficulty write; the kinds were chosen after reading the misses of
 * a development set written blind (README "Round 20"); no sentence of it or of an evaluation set is copied. The round 21
 * languages were read off the hardship misses of data/escalation-dev/b7-asia-east-europe.jsonl, some in those lines' own
 * wording ("завод стоит", "派遣切り", "停息挂账"): figures on that file are in-sample. Words as `normalizeText` leaves
 * them (accents folded).
 */
import type { ConceptTable } from './types.js';

export const LIFE_BLOWS: Readonly<Record<string, ConceptTable>> = {
  en: {
    lifeBlow: ['laid off', 'made redundant', 'lost my job', 'been let go', 'on sick leave', 'off sick', 'off work sick', 'signed off work', 'pay was cut', 'pay has been cut', 'salary was cut', "haven't been paid", 'not been paid for', 'benefits are delayed', 'benefit is delayed', 'benefits have been delayed', 'universal credit', 'pension is late', 'went under', 'went bust', 'went bankrupt', 'gone bankrupt', 'insolvent', 'debt collectors', 'bailiffs', 'house flooded', 'house fire'],
    planAsk: ['pause the repayments', 'pause my repayments', 'pause the payments', 'defer the instalments', 'defer my instalments', 'postpone the instalments', 'postpone my payments', 'freeze the interest', 'freezing the interest', 'payment holiday', 'payment break'],
  },
  de: {
    lifeBlow: ['gekundigt worden', 'arbeitslos geworden', 'job verloren', 'krankgeschrieben', 'krank geschrieben', 'kein gehalt', 'gehalt gekurzt', 'lohn gekurzt', 'insolvent', 'pleite gegangen', 'bafog', 'burgergeld', 'arbeitslosengeld', 'inkasso', 'rente kommt', 'wasserschaden', 'hausbrand'],
    planAsk: ['zinsen aussetzen', 'zinsen einfrieren', 'raten aussetzen', 'rate aussetzen', 'raten pausieren', 'tilgung aussetzen', 'entgegenkommen'],
  },
  fr: {
    lifeBlow: ['licencie', 'licenciee', 'perdu mon emploi', 'perdu mon travail', 'en arret maladie', 'arret de travail', 'pas de salaire', 'salaire baisse', 'caf', 'chomage', 'en faillite', 'liquidation', 'huissier', 'recouvrement', 'inondation', 'incendie'],
    planAsk: ['suspendre les mensualites', 'reporter les mensualites', 'reporter mes echeances', 'geler les interets', 'attendre quelques jours', 'une aide'],
  },
  es: {
    lifeBlow: ['me despidieron', 'me han despedido', 'perdi mi trabajo', 'he perdido el trabajo', 'de baja', 'baja medica', 'no cobro', 'me han bajado el sueldo', 'paro', 'en quiebra', 'cerre el negocio', 'cobradores', 'recobro', 'inundacion', 'incendio'],
    planAsk: ['aplazar las cuotas', 'aplazar la cuota', 'aplazar los pagos', 'congelar los intereses', 'suspender las cuotas', 'fraccionar'],
  },
  it: {
    lifeBlow: ['licenziato', 'licenziata', 'perso il lavoro', 'in malattia', 'stipendio dimezzato', 'stipendio ridotto', 'non mi pagano', 'cassa integrazione', 'fallito', 'ha chiuso', 'recupero crediti', 'alluvione', 'incendio'],
    planAsk: ['sospendere qualche rata', 'sospendere le rate', 'rinviare le rate', 'bloccare gli interessi', 'congelare gli interessi', 'agevolazione'],
  },
  nl: {
    lifeBlow: ['ontslagen', 'baan kwijt', 'ziek thuis', 'ziekgemeld', 'burn-out', 'burnout', 'inkomen is gezakt', 'geen salaris', 'uitkering', 'toeslag is stopgezet', 'huurtoeslag', 'failliet', 'incassobureau', 'deurwaarder', 'overstroming', 'brand'],
    planAsk: ['aflossing pauzeren', 'aflossing een tijdje pauzeren', 'betalingen pauzeren', 'uitstel van betaling', 'rente bevriezen', 'regeling'],
  },
  pt: {
    lifeBlow: ['fui demitido', 'fui demitida', 'perdi o emprego', 'afastado pelo inss', 'afastada pelo inss', 'de licenca medica', 'salario atrasado', 'sem salario', 'beneficio ainda nao saiu', 'faliu', 'fechou na pandemia', 'cobranca ligando', 'enchente', 'incendio'],
    planAsk: ['adiar as parcelas', 'adiar a parcela', 'suspender as parcelas', 'congelar os juros', 'parcelar'],
  },
  pl: {
    lifeBlow: ['zwolniony', 'zwolniona', 'stracilem prace', 'stracilam prace', 'na zwolnieniu', 'l4', 'zus placi z opoznieniem', 'nie dostaje pensji', 'upadlosc', 'firma upadla', 'windykacja', 'komornik', 'powodz', 'pozar'],
    planAsk: ['zawiesic splate', 'zawiesic raty', 'odroczyc raty', 'odroczenie splaty', 'zamrozic odsetki', 'jakas ulga'],
  },
  sv: {
    lifeBlow: ['uppsagd', 'blev av med jobbet', 'sjukskriven', 'forsakringskassan', 'a-kassan', 'lonen har inte kommit', 'konkurs', 'inkasso', 'kronofogden', 'oversvamning', 'brand'],
    planAsk: ['pausa amorteringen', 'pausa betalningarna', 'skjuta upp betalningen', 'frysa rantan', 'avbetalningsplan', 'ingen paminnelseavgift'],
  },
  ru: {
    lifeBlow: ['уволили', 'сократили', 'попал под сокращение', 'попала под сокращение', 'потерял работу', 'потеряла работу', 'зарплату не платят', 'не платят зарплату', 'задерживают зарплату', 'урезали зарплату', 'на больничном', 'в больнице', 'пособие задерживают', 'задерживают пособие', 'задерживают пенсию', 'пенсию задерживают', 'после пожара', 'был пожар', 'сгорел*', 'после наводнения', 'затопило', 'коллектор*', 'завод стоит', 'фирма закрылась', 'бизнес закрылся', 'инсульт*', 'химиотерап*', 'онколог*'],
    planAsk: ['кредитные каникулы', 'заморозить', 'перенести оплату', 'перенести платеж', 'разбить на части', 'не начисляйте', 'остановите пени', 'отменить пени'],
  },
  uk: {
    lifeBlow: ['звільнили', 'скоротили', 'втратив роботу', 'втратила роботу', 'зарплату не платять', 'затримують зарплату', 'на лікарняному', 'в лікарні', 'затримують пенсію', 'пенсію затримують', 'виплати не прийшли', 'після пожежі', 'була пожежа', 'згорів', 'згоріло', 'затопило', 'колектор*', 'фірма закрилась', 'фірма закрилася', 'мобілізували', 'впо', 'онколог*', 'після операції'],
    planAsk: ['розстрочк*', 'відстрочк*', 'кредитні канікули', 'розбити на частини', 'заморозити', 'не нараховувати пен*', 'перенести оплату', 'реструктуризац*'],
  },
  tr: {
    lifeBlow: ['isten cikarildim', 'isten cikarildi', 'issiz kaldim', 'isimi kaybettim', 'maasim odenmedi', 'maaslar odenmiyor', 'maasima kesinti', 'maasim yariya', 'raporluyum', 'hastanede yatiyor', 'yogun bakimda', 'sel felaketi', 'depremde', 'depremden sonra', 'evimiz yandi', 'yangin cikti', 'icra takibi', 'calisamiyorum', 'sirket kapandi', 'is yeri kapandi'],
    planAsk: ['otele*', 'taksit mumkun', 'taksitlendirme', 'odemeyi erteleme', 'faizi dondur*'],
  },
  ar: {
    lifeBlow: ['تم تسريحي', 'فصلوني', 'فقدت عملي', 'خسرت شغلي', 'الراتب ما نزل', 'ما استلمت راتبي', 'راتبي تاخر', 'انقطع راتبي', 'في المستشفى', 'بعد الزلزال', 'احترق البيت', 'حريق في البيت', 'الفيضان', 'شركه التحصيل', 'اغلاق المصنع', 'منحتي توقفت', 'توقفت منحتي'],
    planAsk: ['اعاده جدوله', 'توقفوا الاشتراك', 'شوي شوي', 'على دفعات'],
  },
  ja: {
    lifeBlow: ['解雇', 'クビになり', '派遣切り', 'リストラ', '失業', '給料が出', '給料が未払い', '減給', '休職中', '入院して', '入院中', '仕事を辞めました', '仕送りが止ま', '火事で', '洪水で', '地震で', '取り立て', '倒産'],
    planAsk: ['待ってもらう', '分納', '延ばして', '返済を待って'],
  },
  zh: {
    lifeBlow: ['被辞退', '被辭退', '被裁员', '被裁員', '失业', '失業', '工资没发', '工資沒發', '降薪', '住院了', '住院', '重症监护', '家里着火', '家裡着火', '水灾中', '水災中', '地震中', '催收', '公司倒闭', '公司倒閉', '辞职在家照顾', '辭職在家照顧'],
    planAsk: ['停息挂账', '停息掛賬', '别停机', '別停機', '延期还款', '延期還款', '延期的办法', '延期的辦法'],
  },
  ko: {
    lifeBlow: ['해고', '실직', '권고사직', '월급이 안 나', '월급이 절반', '월급이 깎', '임금 체불', '입원했', '입원 중', '중환자실', '화재로', '홍수로', '지진으로', '추심', '폐업', '일을 못 하고', '송금이 끊'],
    planAsk: ['미뤄주', '나눠 내', '나눠서 낼', '기한 연장', '분할 납부'],
  },
  id: {
    lifeBlow: ['kena phk', 'di-phk', 'dirumahkan', 'gaji belum dibayar', 'gaji belum cair', 'gaji dipotong', 'dirawat di rumah sakit', 'kebanjiran', 'rumah kebakaran', 'kebakaran rumah', 'kena gempa', 'debt collector', 'penagih utang', 'kiriman berhenti', 'usaha bangkrut'],
    planAsk: ['bisa ditunda', 'penundaan pembayaran', 'keringanan'],
  },
  vi: {
    lifeBlow: ['bi cat giam nhan su', 'bi sa thai', 'mat viec', 'that nghiep', 'chua duoc tra luong', 'no luong', 'giam luong', 'nam vien', 'con bao vua roi', 'bi lu cuon', 'chay nha', 'doi no', 'mat mua', 'pha san'],
    planAsk: ['gian no', 'dong cham', 'hoan lai', 'duoc hoan', 'tra gop tung it'],
  },
  hi: {
    lifeBlow: ['नौकरी चली गई', 'नौकरी छूट गई', 'छंटनी', 'सैलरी नहीं आई', 'salary nahi aayi', 'तनख्वाह नहीं मिली', 'अस्पताल में भर्ती', 'एक्सीडेंट', 'बाढ़ में', 'बाढ में', 'घर में आग', 'रिकवरी वाले', 'recovery wale', 'company band', 'फ़सल बर्बाद', 'फसल बर्बाद'],
    planAsk: ['थोड़ा-थोड़ा', 'थोड़ा थोड़ा', 'late fee mat', 'thoda thoda'],
  },
};
