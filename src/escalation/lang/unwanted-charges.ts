/**
 * Money taken that the customer did not make or agree to, and the questions around it that are not disputes, for the 22
 * languages customers write in (merged into each pack's concepts in ./index.ts; the frames are in ../situations.ts). Words
 * are general knowledge of how customers type a complaint in chat, without accents where they are usually left out:
 *
 *  - {@link RENEWED_ANYWAY}: `charged` words for a subscription or add-on renewed by itself, and for being charged again
 *    ("it auto-renewed", "se me renovó", "подписка продлилась", "bucht trotzdem weiter ab", "paise kat gaye"); with
 *    the customer's own cancelling (`cancelledIt`) anywhere in the message, the existing charged-after-cancelling frame;
 *  - {@link REFUND_PROMISED}: a refund promised or approved, which like a cancellation makes a later charge one the
 *    customer stopped (`cancelledIt`: "you promised me a refund and then charged me again");
 *  - {@link MERCHANT_UNKNOWN}: a shop or company the customer never used, as a relative clause beside the charge
 *    (`unauthorised`: "un cobro de una tienda en la que nunca compré", "un paiement chez un commerçant que je connais pas");
 *  - {@link CLONED}: a card cloned or skimmed (`stolen`, so it needs the card beside it);
 *  - {@link SWITCHED_OVER}: the customer moved to the company, signed up or enrolled by someone else (`switchedOn`: "a
 *    salesman signed me up", "on m'a changé de fournisseur", "меня перевели к вам"), with the consent never given close by
 *    (`neverAgreed`, some more wordings: "without me agreeing", "sin que yo firmara", "bina meri permission");
 *  - {@link SUPPOSED_STAFF}: someone only said to be the company's technician or staff ("a so-called technician",
 *    "un supuesto técnico", "якобы ваш мастер", "を名乗る人", "ngaku teknisi"): `scamContext`, so the existing
 *    frames need the money paid or details given as well ("… and took cash for a new meter"), and "a supposed technician is
 *    coming tomorrow, is he yours?" stays quiet;
 *  - {@link MOVED_OUT}: a home the customer has left, which like a cancellation makes a later charge one they stopped
 *    (`cancelledIt`: "you're taking money for a flat I moved out of", "un piso donde ya no vivo");
 *  - {@link WEIGHED_OR_EXPLAINED}: the words of the `weighedOrExplained` guard — a scam word set against its opposite
 *    (`legitAlt`: "or legit", "o es de fiar", "还是正规"), always with the disjunction, so "it was a scam, not legit" is no
 *    question; and a later sentence explaining the charge away (`explainedAway`: "oh it's…", "ah c'est…", "原来是", "ternyata").
 */
import type { ConceptTable } from './types.js';

/** A renewal that happened by itself, and money taken again or still being taken. */
export const RENEWED_ANYWAY: Readonly<Record<string, ConceptTable>> = {
  en: { charged: ['auto-renewed', 'auto renewed', 'autorenewed', 'got renewed', 'was renewed', 'renewed itself', 'renewed anyway', 'still renewed', 'took the payment', 'took payment', 'taken again', 'took it again', 'charged again', 'billed again'] },
  de: { charged: ['automatisch verlangert', 'wurde verlangert', 'hat sich verlangert', 'trotzdem verlangert', 'bucht trotzdem', 'bucht weiter', 'bucht immer noch', 'buchen weiter', 'buchen trotzdem', 'buchen immer noch', 'nochmal abgebucht', 'erneut abgebucht', 'wieder abgebucht', 'nochmal belastet', 'erneut belastet'] },
  es: { charged: ['se renovo', 'se me renovo', 'me renovaron', 'la renovaron', 'se ha renovado', 'se renovo sola', 'se renovo solo', 'volvieron a cobrar', 'me volvieron a cobrar', 'me siguen cobrando', 'siguen cobrando', 'cobraron otra vez', 'cobraron de nuevo'] },
  fr: { charged: ['a ete renouvele', 'a ete renouvelee', 's est renouvele', 's est renouvelee', 'renouvele automatiquement', 'renouvelee automatiquement', 'vous avez renouvele', 'repreleve', 'represente', 'preleve a nouveau', 'preleve de nouveau', 'debite a nouveau', 'redebite', 'continuez a prelever', 'continuez a me prelever', 'continuez a debiter'] },
  pt: { charged: ['renovaram', 'foi renovad*', 'renovou sozinh*', 'renovou automaticamente', 'continuaram cobrando', 'continuam cobrando', 'continuam me cobrando', 'continuaram me cobrando', 'seguem cobrando', 'cobraram de novo', 'cobraram novamente', 'me cobraram de novo'] },
  it: { charged: ['si e rinnovato', 'si e rinnovata', 'e stato rinnovato', 'e stata rinnovata', 'rinnovato automaticamente', 'rinnovata automaticamente', 'avete rinnovato', 'addebitato di nuovo', 'addebitato ancora', 'riaddebitato', 'continuate ad addebitare', 'continuate a addebitare'] },
  nl: { charged: ['is verlengd', 'automatisch verlengd', 'toch verlengd', 'opnieuw afgeschreven', 'weer afgeschreven', 'nogmaals afgeschreven', 'schrijven nog steeds', 'schrijven gewoon door', 'schrijft nog steeds'] },
  pl: { charged: ['odnowiliscie', 'odnowila sie', 'odnowil sie', 'zostala odnowiona', 'zostal odnowiony', 'automatycznie odnowion*', 'pobraliscie znowu', 'znowu pobrali*', 'ponownie pobral*', 'dalej pobieracie', 'nadal pobieracie', 'wciaz pobieracie'] },
  sv: { charged: ['fornyades', 'förnyades', 'har fornyats', 'har förnyats', 'fornyats automatiskt', 'förnyats automatiskt', 'drar fortfarande', 'drar ni fortfarande', 'drar ni pengar', 'dragit igen', 'drog igen', 'dragit pengar igen'] },
  tr: { charged: ['yenilendi', 'yenilenmis', 'otomatik yenilendi', 'yine cekildi', 'tekrar cekildi', 'tekrar cektiniz', 'yine cektiniz', 'hala cekiyorsunuz', 'para cekmeye devam'] },
  el: { charged: ['ανανεωθηκε', 'ανανεωθηκε αυτοματα', 'με ξαναχρεωσατε', 'ξαναχρεωθηκα', 'ξαναχρεωσατε', 'συνεχιζετε να με χρεωνετε', 'συνεχιζετε να χρεωνετε'] },
  ru: { charged: ['продлилась', 'продлилось', 'продлилась сама', 'автоматически продлил*', 'снова списали', 'опять списали', 'повторно списали', 'списали еще раз', 'все равно списываете', 'продолжаете списывать'] },
  uk: { charged: ['продовжилась', 'продовжилася', 'подовжилась', 'знову списали', 'повторно списали', 'ще раз списали', 'досі списуєте', 'продовжуєте списувати'] },
  ar: { charged: ['تجدد', 'تجددت', 'انتجدد', 'اتجدد', 'خصمتوا مرة ثانية', 'انخصم مرة ثانية', 'رجعتوا خصمتوا', 'ما زلتوا تخصمون', 'لسه بتخصموا'] },
  hi: { charged: ['renew ho gaya', 'renew ho gayi', 'auto renew ho gaya', 'paise kat gaye', 'paise kat gya', 'paise kat rahe', 'paisa kat gaya', 'paise kaat liye', 'paise kate', 'amount kat gaya', 'deduct ho gaye', 'deduct ho gaya', 'phir se kat gaye', 'रिन्यू हो गया', 'फिर से कट गए'] },
  ja: { charged: ['自動更新された', '自動更新されて', '勝手に更新', 'また引き落とされ', '再度引き落とされ', '再び請求され', 'また請求され'] },
  zh: { charged: ['自动续费了', '自动续订了', '自動續費了', '自動續訂了', '被续费', '被續費', '又被扣', '又扣了', '又扣款', '再次扣款', '还在扣', '還在扣', '继续扣款', '繼續扣款'] },
  ko: { charged: ['자동 결제됐', '자동결제됐', '자동 결제되었', '자동결제되었', '자동으로 갱신', '갱신됐', '갱신되었', '또 결제됐', '다시 결제됐', '또 빠져나갔', '계속 빠져나가'] },
  th: { charged: ['ต่ออายุอัตโนมัติ', 'ถูกต่ออายุ', 'โดนต่ออายุ', 'โดนตัดเงินอีก', 'ตัดเงินอีกแล้ว', 'ยังโดนตัดเงิน', 'ยังตัดเงิน'] },
  id: { charged: ['diperpanjang otomatis', 'otomatis diperpanjang', 'tetap diperpanjang', 'malah diperpanjang', 'ditagih lagi', 'dipotong lagi', 'kepotong lagi', 'masih ditagih', 'masih dipotong', 'masih kepotong'] },
  vi: { charged: ['bi gia han', 'tu dong gia han', 'tu gia han', 'van bi tru', 'bi tru tien lai', 'lai bi tru', 'van tru tien', 'van bi thu tien'] },
};

/** A refund promised or approved before the charge: like a cancellation, it stopped the money the charge took. */
export const REFUND_PROMISED: Readonly<Record<string, ConceptTable>> = {
  en: { cancelledIt: ['promised me a refund', 'promised a refund', 'promised to refund', 'refund was approved', 'refund got approved', 'approved my refund', 'said i would get a refund', 'said you would refund', 'told me i would be refunded'] },
  de: { cancelledIt: ['erstattung zugesagt', 'erstattung versprochen', 'ruckerstattung zugesagt', 'ruckerstattung versprochen', 'rueckerstattung zugesagt', 'rueckerstattung versprochen', 'erstattung bestatigt', 'erstattung wurde bestatigt'] },
  es: { cancelledIt: ['me prometieron el reembolso', 'me prometieron un reembolso', 'me prometieron la devolucion', 'me dijeron que me devolvian', 'me dijeron que me lo devolvian', 'me dijeron que me reembolsaban', 'aprobaron el reembolso', 'aprobaron mi reembolso'] },
  fr: { cancelledIt: ['promis un remboursement', 'promis le remboursement', 'promis de me rembourser', 'remboursement valide', 'remboursement a ete valide', 'remboursement accepte', 'dit que j allais etre rembourse'] },
  pt: { cancelledIt: ['tendo cancelado', 'ja tinha cancelado', 'eu tinha cancelado', 'mesmo cancelando', 'prometeram o estorno', 'prometeram estorno', 'prometeram o reembolso', 'prometeram reembolso', 'prometeram devolver', 'estorno aprovado', 'aprovaram o estorno', 'disseram que iam devolver'] },
  it: { cancelledIt: ['avevo disdetto', 'l avevo disdetto', 'anche se l avevo disdetto', 'avevo annullato', 'l avevo annullato', 'anche se ho disdetto', 'anche se avevo disdetto', 'promesso il rimborso', 'promesso un rimborso', 'promesso di rimborsarmi', 'rimborso approvato', 'approvato il rimborso'] },
  nl: { cancelledIt: ['terugbetaling beloofd', 'terugbetaling toegezegd', 'restitutie beloofd', 'restitutie toegezegd', 'beloofden terug te betalen'] },
  pl: { cancelledIt: ['obiecaliscie zwrot', 'obiecali zwrot', 'obiecano zwrot', 'zatwierdzili zwrot', 'zwrot zostal zatwierdzony'] },
  sv: { cancelledIt: ['lovade aterbetalning', 'lovat aterbetalning', 'lovade återbetalning', 'lovat återbetalning', 'lovade pengarna tillbaka'] },
  tr: { cancelledIt: ['iade sozu', 'iade edeceginizi soylediniz', 'iade onaylandi', 'iade edilecek dediniz'] },
  el: { cancelledIt: ['μου υποσχεθηκατε επιστροφη', 'υποσχεθηκαν επιστροφη', 'εγκριθηκε η επιστροφη'] },
  ru: { cancelledIt: ['обещали вернуть', 'обещали возврат', 'возврат одобрили', 'возврат одобрен'] },
  uk: { cancelledIt: ['обіцяли повернути', 'обіцяли повернення', 'повернення схвалили'] },
  ar: { cancelledIt: ['لغيته', 'لغيتها', 'مع اني لغيت', 'رغم اني لغيت', 'بعد ما لغيت', 'وعدتوني باسترجاع', 'وعدتوني بالاسترجاع', 'وعدوني باسترداد', 'وعدتوني ترجعون', 'وافقتوا على الاسترداد'] },
  hi: { cancelledIt: ['cancel kiya tha', 'cancel kar diya tha', 'cancel karwa diya', 'cancel karne ke bad', 'refund ka wada', 'refund dene ka bola', 'refund approve ho gaya', 'refund milne wala tha'] },
  ja: { cancelledIt: ['返金すると言われた', '返金を約束', '返金が承認された'] },
  zh: { cancelledIt: ['答应退款', '答應退款', '承诺退款', '承諾退款', '说好退款', '說好退款', '说好的退款', '退款已经批准'] },
  ko: { cancelledIt: ['환불해 준다고', '환불해준다고', '환불을 약속', '환불 승인'] },
  th: { cancelledIt: ['สัญญาว่าจะคืนเงิน', 'บอกว่าจะคืนเงิน', 'อนุมัติคืนเงินแล้ว'] },
  id: { cancelledIt: ['janji refund', 'dijanjikan refund', 'katanya mau direfund', 'refund sudah disetujui', 'dijanjikan pengembalian dana'] },
  vi: { cancelledIt: ['hua hoan tien', 'hen hoan tien', 'da duyet hoan tien', 'noi se hoan tien'] },
};

/** A shop, merchant or service the customer never used or does not know, said as a relative clause beside the charge. */
export const MERCHANT_UNKNOWN: Readonly<Record<string, ConceptTable>> = {
  en: { unauthorised: ['never shopped at', 'never shopped with', 'never bought anything from', 'a merchant i dont know', 'a company i dont know', 'a shop i dont know', 'a store i dont know', 'a merchant i never used', 'a company i never used'] },
  de: { unauthorised: ['den ich nicht kenne', 'die ich nicht kenne', 'das ich nicht kenne', 'wo ich nie eingekauft'] },
  es: { unauthorised: ['que no conozco', 'la que nunca compre', 'el que nunca compre', 'donde nunca compre', 'la que nunca he comprado', 'donde nunca he comprado', 'que nunca he usado', 'que nunca use', 'que jamas he usado'] },
  fr: { unauthorised: ['que je connais pas', 'que je ne connais pas', 'que je connais meme pas', 'ou j ai jamais achete', 'ou je n ai jamais achete', 'que j ai jamais utilise', 'que je n ai jamais utilise'] },
  pt: { unauthorised: ['que nao conheco', 'que eu nao conheco', 'onde nunca comprei', 'que nunca usei'] },
  it: { unauthorised: ['che non conosco', 'dove non ho mai comprato', 'dove non ho mai acquistato', 'che non ho mai usato'] },
  nl: { unauthorised: ['die ik niet ken', 'waar ik nooit', 'die ik nooit gebruikt', 'dat ik nooit gebruikt'] },
  pl: { unauthorised: ['ktorego nie znam', 'ktorej nie znam', 'w ktorym nigdy nie', 'z ktorego nigdy nie korzystalem', 'z ktorego nigdy nie korzystalam'] },
  sv: { unauthorised: ['inte kanner igen', 'inte känner igen', 'som jag inte kanner', 'som jag inte känner', 'aldrig handlat'] },
  tr: { unauthorised: ['bilmedigim', 'tanimadigim', 'hic alisveris yapmadigim', 'hic kullanmadigim'] },
  el: { unauthorised: ['που δεν γνωριζω', 'που δεν αναγνωριζω', 'den anagnorizw', 'den anagnwrizw', 'den anagnorizo'] },
  ru: { unauthorised: ['которого не знаю', 'которую не знаю', 'где я никогда не', 'которым никогда не пользовался', 'которым я никогда не пользовался'] },
  uk: { unauthorised: ['чого я не купував', 'що я не купував', 'чого я не купувала', 'яким ніколи не користувався', 'якого не знаю'] },
  hi: { unauthorised: ['maine kabhi use nahi kiye', 'maine kabhi use nahi kiya', 'maine use nahi kiya', 'kabhi kharida nahi'] },
  ja: { unauthorised: ['使ったことのない', '利用したことのない', '知らない店', '知らない会社'] },
  zh: { unauthorised: ['没用过的', '沒用過的', '从没用过', '從沒用過', '没买过的', '沒買過的', '不认识的商家', '不認識的商家', '没有消费的', '沒有消費的'] },
  ko: { unauthorised: ['이용한 적 없는', '쓴 적 없는', '모르는 가맹점', '모르는 업체'] },
  id: { unauthorised: ['yang tidak pernah saya', 'yang gak pernah saya', 'yang ga pernah saya', 'yang tidak saya kenal'] },
  vi: { unauthorised: ['ma toi khong he mua', 'ma toi chua tung mua', 'ma toi khong he dung', 'ma toi chua tung dung'] },
};

/** A card cloned or skimmed. */
export const CLONED: Readonly<Record<string, ConceptTable>> = {
  en: { stolen: ['cloned', 'skimmed'], securityStrong: ['cloned my card', 'skimmed my card'] },
  de: { stolen: ['geklont', 'geskimmt'] },
  fr: { stolen: ['clonee', 'a ete clone', 'ont clone'], securityStrong: ['clone ma carte', 'clone ma cb'] },
  it: { stolen: ['clonato', 'clonata', 'clonati', 'clonate'], securityStrong: ['clonato la carta', 'clonato la mia carta', 'clonata la carta', 'clonata la mia carta'] },
  nl: { stolen: ['gekloond', 'geskimd'] },
  pl: { stolen: ['sklonowal*', 'sklonowan*', 'skopiowal*'], securityStrong: ['sklonowal moja karte', 'sklonowali moja karte', 'sklonowali mi karte', 'skopiowali moja karte'] },
  ru: { stolen: ['клонировал*', 'скопировали карту', 'скимминг'], securityStrong: ['клонировали карту', 'клонировали мою карту', 'скопировали карту', 'скопировали мою карту'] },
  uk: { stolen: ['клонували', 'скопіювали картку'], securityStrong: ['клонували картку', 'клонували мою картку', 'скопіювали картку', 'скопіювали мою картку'] },
  el: { stolen: ['κλωνοποιηθηκε', 'κλωνοποιησαν'] },
  id: { stolen: ['dikloning', 'diskimming'] },
  vi: { stolen: ['bi sao chep the', 'bi clone'] },
  ja: { stolen: ['スキミング'] },
  ko: { stolen: ['복제됐', '복제되었', '복제당'] },
};

/** The words of the `weighedOrExplained` guard: a scam weighed against legit, and a charge explained away afterwards. */
export const WEIGHED_OR_EXPLAINED: Readonly<Record<string, ConceptTable>> = {
  en: { legitAlt: ['legit or', 'real or', 'genuine or', 'ya sahi', 'ya asli', 'ya genuine', 'or legit', 'or legitimate', 'or real', 'or genuine', 'or not', 'or is it real', 'or is it legit', 'or trustworthy', 'or safe'], explainedAway: ["oh it's", 'oh its', "ah it's", 'ah its', 'oh right', 'oh i see', 'nevermind', 'never mind', 'nvm', 'my bad', 'that explains it'] },
  de: { legitAlt: ['seriös oder', 'serios oder', 'echt oder', 'oder seriös', 'oder serios', 'oder serioes', 'oder echt', 'oder legitim', 'oder vertrauenswurdig', 'oder nicht'], explainedAway: ['ah die', 'ah das ist', 'achso', 'ach so', 'alles klar', 'hat sich erledigt'] },
  es: { legitAlt: ['de fiar o', 'legal o', 'confiable o', 'o es de fiar', 'o de fiar', 'o es legal', 'o es real', 'o es legitim*', 'o es segur*', 'o es confiable', 'o confiable', 'o no'], explainedAway: ['ah es', 'ah ya', 'ah vale', 'ya lo vi', 'ya entendi', 'olvidalo', 'olvidenlo'] },
  fr: { legitAlt: ['fiable ou', 'serieux ou', 'legit ou', 'ou c est fiable', 'ou fiable', 'ou c est serieux', 'ou serieux', 'ou legit', 'ou c est legit', 'ou c est vrai', 'ou pas', 'ou non'], explainedAway: ['ah c est', 'ah ok', 'ah d accord', 'laissez tomber', 'j ai compris', 'c est bon'] },
  pt: { legitAlt: ['confiavel ou', 'seguro ou', 'ou e confiavel', 'ou confiavel', 'ou e seguro', 'ou e verdade', 'ou e real', 'ou e legit', 'ou nao'], explainedAway: ['ah e', 'ah ta', 'ah entendi', 'deixa pra la', 'ja entendi'] },
  it: { legitAlt: ['affidabile o', 'sicuro o', 'o e affidabile', 'o affidabile', 'o e sicuro', 'o e vero', 'o e legit*', 'o e serio', 'o no'], explainedAway: ['ah e', 'ah ok', 'ah ecco', 'ah ho capito', 'lascia stare', 'tutto chiaro'] },
  nl: { legitAlt: ['betrouwbaar of', 'echt of', 'of betrouwbaar', 'of is het betrouwbaar', 'of echt', 'of legit', 'of niet', 'of is het echt'], explainedAway: ['o het is', 'oh het is', 'ah het is', 'o ja', 'oh ja', 'laat maar'] },
  pl: { legitAlt: ['czy jest wiarygodn*', 'czy wiarygodn*', 'czy legit', 'czy nie', 'czy to prawdziw*', 'czy jest bezpieczn*'], explainedAway: ['aha', 'juz wiem', 'niewazne', 'a no tak'] },
  sv: { legitAlt: ['eller seriös', 'eller serios', 'eller legit', 'eller äkta', 'eller akta', 'eller inte', 'eller pålitlig', 'eller palitlig'], explainedAway: ['jaha', 'ah det ar', 'ah det är', 'strunt i det', 'glom det', 'glöm det'] },
  tr: { legitAlt: ['guvenilir mi', 'gercek mi', 'guvenli mi', 'mi degil mi', 'yoksa guvenilir', 'yoksa gercek'], explainedAway: ['ha tamam', 'ha anladim', 'anladim', 'bosverin', 'bosver', 'ucretmis', 'aidatmis'] },
  el: { legitAlt: ['η αξιοπιστο', 'η ειναι αξιοπιστο', 'η νομιμο', 'η οχι', 'η ειναι αληθινο'], explainedAway: ['α ειναι', 'α οκ', 'καταλαβα', 'δεν πειραζει'] },
  ru: { legitAlt: ['нормальный или', 'настоящий или', 'или нормальн*', 'или настоящ*', 'или нет', 'или честн*', 'или надежн*', 'или легальн*'], explainedAway: ['а, это', 'а это', 'понятно', 'разобрался', 'разобралась', 'неважно'] },
  uk: { legitAlt: ['чи нормальн*', 'чи справжн*', 'чи ні', 'чи надійн*', 'чи легальн*'], explainedAway: ['а, це', 'а це', 'зрозуміло', 'зрозумів', 'зрозуміла', 'неважливо'] },
  ar: { legitAlt: ['ولا موثوق', 'او موثوق', 'ولا حقيقي', 'او حقيقي', 'ولا رسمي', 'او رسمي', 'ولا امن'], explainedAway: ['اه هذا', 'آه هذا', 'خلاص فهمت', 'تمام فهمت'] },
  hi: { legitAlt: ['ya sahi', 'ya asli', 'ya genuine', 'ya legit', 'ya nahi', 'या सही', 'या असली', 'या नहीं'], explainedAway: ['acha ye', 'achha ye', 'samajh gaya', 'samajh gayi', 'koi baat nahi', 'समझ गया', 'समझ गई'] },
  ja: { legitAlt: ['それとも本物', 'それとも正規', 'それとも安全', '本物ですか', '本物かどうか', '正規のサイトですか'], explainedAway: ['わかりました', '分かりました', 'なるほど', '納得しました', '了解しました', '了解です'] },
  zh: { legitAlt: ['正规的还是', '正規的還是', '真的还是', '真的還是', '还是正规', '還是正規', '还是真的', '還是真的', '还是靠谱', '還是靠譜', '靠不靠谱', '靠不靠譜', '正不正规', '正不正規'], explainedAway: ['哦是', '噢是', '原来是', '原來是', '明白了', '懂了', '没事了', '沒事了'] },
  ko: { legitAlt: ['아니면 정상', '아니면 진짜', '아니면 공식', '진짜인가요', '정상인가요', '믿을 만한가요'], explainedAway: ['알겠습니다', '알겠어요', '이해했', '아 연회비', '아 그렇구나'] },
  th: { legitAlt: ['หรือของจริง', 'หรือของแท้', 'หรือน่าเชื่อถือ', 'น่าเชื่อถือไหม'], explainedAway: ['อ๋อ', 'เข้าใจแล้ว'] },
  id: { legitAlt: ['atau asli', 'atau resmi', 'atau aman', 'atau beneran', 'atau bukan', 'atau tidak', 'asli gak', 'asli nggak', 'beneran gak'], explainedAway: ['oh ternyata', 'ternyata', 'oh itu', 'oke paham', 'ga jadi', 'gak jadi'] },
  vi: { legitAlt: ['hay uy tin', 'hay la that', 'hay khong', 'co uy tin khong', 'hay an toan', 'hay chinh hang'], explainedAway: ['hoa ra', 'hieu roi', 'thoi khong sao'] },
};

/** Moved over to the company, signed up or enrolled by someone else; and more wordings of the consent never given. */
export const SWITCHED_OVER: Readonly<Record<string, ConceptTable>> = {
  en: { switchedOn: ['signed me up', 'switched my account', 'switched my supplier', 'changed my supplier', 'transferred my account', 'transferred me to'], neverAgreed: ['without me agreeing', 'without me knowing', 'without my knowledge', 'i never chose', 'i never selected', "i didn't choose", 'i didnt choose'] },
  de: { switchedOn: ['umgemeldet', 'ummelden lassen', 'anbieter gewechselt', 'zu euch gewechselt', 'zu ihnen gewechselt'], neverAgreed: ['ohne dass ich zugestimmt', 'ohne dass ich unterschrieben', 'ohne unterschrift'] },
  es: { switchedOn: ['me dio de alta', 'me inscribio', 'me inscribieron', 'me apunto', 'me apuntaron', 'me pasaron a', 'me traspasaron'], neverAgreed: ['sin que yo firmara', 'sin que firmara', 'sin firmar nada', 'sin que yo aceptara', 'sin mi consentimiento'] },
  fr: { switchedOn: ['on m a change', 'm a change de', 'on m a inscrit', 'm a inscrit', 'm ont inscrit', 'on m a abonne', 'm a abonne', 'on m a bascule', 'on m a transfere', 'm ont transfere'], neverAgreed: ['sans que j accepte', 'sans que je signe', 'sans rien signer'] },
  it: { switchedOn: ['mi ha attivato', 'mi ha iscritto', 'mi hanno iscritto', 'mi avete iscritto', 'mi hanno passato a', 'mi avete passato a'], neverAgreed: ['che non ho mai firmato', 'senza firmare', 'senza che io firmassi', 'senza il mio consenso'] },
  pt: { switchedOn: ['me inscreveram', 'me cadastraram', 'me transferiram', 'me passaram para'], neverAgreed: ['sem eu assinar', 'sem eu concordar', 'sem o meu consentimento', 'sem meu consentimento'] },
  nl: { switchedOn: ['overgezet', 'overgeschreven', 'ingeschreven', 'aangemeld'], neverAgreed: ['zonder mijn toestemming', 'zonder dat ik akkoord', 'zonder handtekening'] },
  pl: { switchedOn: ['przepisali mnie', 'przepisaliscie mnie', 'zapisali mnie', 'zapisaliscie mnie', 'przeniesli mnie', 'przeniesliscie mnie'], neverAgreed: ['bez mojej zgody', 'bez mojej wiedzy'] },
  sv: { switchedOn: ['blivit flyttad', 'flyttade mig', 'flyttat mig', 'registrerat mig', 'anmält mig', 'anmalt mig'], neverAgreed: ['utan mitt samtycke', 'utan min vetskap', 'utan att jag godkänt', 'utan att jag godkant'] },
  ru: { switchedOn: ['перевели к вам', 'перевели меня', 'меня перевели', 'переоформили', 'оформили на меня', 'записали меня'], neverAgreed: ['без моего согласия', 'без моего ведома'] },
  uk: { switchedOn: ['мене перевели', 'перевели мене', 'переоформили', 'записали мене'], neverAgreed: ['без моєї згоди', 'без мого відома'] },
  ar: { switchedOn: ['نقلوني', 'حولوني', 'سجلوني', 'اشتركوني'], neverAgreed: ['بدون موافقتي', 'بدون علمي', 'من غير موافقتي'] },
  hi: { switchedOn: ['shift kar diya', 'transfer kar diya'], neverAgreed: ['bina meri permission', 'bina meri marzi', 'bina mujhse puche', 'bina mujhse pooche', 'meri permission ke bina', 'बिना मेरी अनुमति', 'बिना मुझसे पूछे'] },
  zh: { switchedOn: ['转到你们', '轉到你們', '把我转到', '把我轉到', '给我换了', '給我換了', '帮我办了', '幫我辦了'] },
  ko: { switchedOn: ['바뀌었', '바꿨', '이전됐', '이전되었'], neverAgreed: ['동의 없이', '동의도 없이', '허락 없이', '허락도 없이'] },
  th: { switchedOn: ['เปลี่ยนผู้ให้บริการ', 'ย้ายผม', 'ย้ายฉัน', 'สมัครให้'], neverAgreed: ['โดยไม่ได้รับความยินยอม', 'ไม่ได้รับความยินยอม', 'โดยไม่ถาม'] },
  id: { switchedOn: ['dipindah ke', 'dipindahkan ke', 'didaftarkan', 'mendaftarkan saya'], neverAgreed: ['tanpa persetujuan', 'tanpa izin saya', 'tanpa sepengetahuan saya'] },
  vi: { switchedOn: ['bi chuyen sang', 'chuyen toi sang', 'dang ky cho toi', 'tu dong dang ky'], neverAgreed: ['khong co su dong y', 'ma khong hoi', 'khong hoi y kien'] },
};

/** Someone only said or pretending to be the company's technician or staff: a scam's setting, not yet a loss; and the money they took (`paidOut`). */
export const SUPPOSED_STAFF: Readonly<Record<string, ConceptTable>> = {
  en: { scamContext: ['so-called technician', 'so called technician', 'supposed technician', 'supposed engineer', 'fake engineer', 'fake technician', 'fake meter reader', 'fake agent'], paidOut: ['took cash', 'took cash for', 'took money off', 'took money from me', 'made me pay cash', 'made me pay in cash'] },
  de: { scamContext: ['angeblicher techniker', 'angeblicher mitarbeiter', 'angeblicher monteur', 'angebliche mitarbeiterin', 'angeblich von euch', 'angeblich von ihnen'], paidOut: ['kassiert', 'bar bezahlen lassen'] },
  es: { scamContext: ['supuesto tecnico', 'supuesto empleado', 'supuesto agente', 'supuestamente de ustedes', 'dijo ser de ustedes', 'dijo que era de ustedes'], paidOut: ['me cobro en efectivo', 'me cobro en mano', 'me hizo pagar en efectivo', 'se llevo el dinero'] },
  fr: { scamContext: ['soi-disant technicien', 'soi disant technicien', 'pretendu technicien', 'soi disant de chez vous', 'soi-disant de chez vous', 'qui disait etre de chez vous'], paidOut: ['m a fait payer', 'pris du liquide', 'paye en liquide', 'paye en especes'] },
  it: { scamContext: ['finto tecnico', 'finto operatore', 'finto dipendente', 'presunto tecnico', 'sedicente tecnico', 'diceva di essere dei vostri'], paidOut: ['fatto pagare in contanti', 'ha fatto pagare', 'preso i soldi', 'pagato in contanti'] },
  pt: { scamContext: ['suposto tecnico', 'suposto funcionario', 'dizendo ser de voces', 'disse que era de voces'], paidOut: ['cobrou em dinheiro', 'levou o dinheiro', 'paguei em dinheiro'] },
  nl: { scamContext: ['nep monteur', 'nepmonteur', 'zogenaamde monteur', 'zogenaamd van jullie', 'zei dat hij van jullie was'], paidOut: ['contant betalen', 'contant laten betalen', 'geld meegenomen'] },
  pl: { scamContext: ['falszywy technik', 'rzekomy technik', 'rzekomo od was', 'podajacy sie za'], paidOut: ['wzial ode mnie pieniadze', 'wzial pieniadze', 'zaplacilem gotowka', 'zaplacilam gotowka'] },
  sv: { scamContext: ['falsk tekniker', 'påstådd tekniker', 'pastadd tekniker', 'sa att han var fran er', 'sa att han var från er'], paidOut: ['tog betalt kontant', 'tog pengar', 'betalade kontant'] },
  ru: { scamContext: ['якобы ваш', 'якобы от вас', 'лжемастер', 'лжетехник', 'представился вашим', 'назвался вашим'], paidOut: ['взял деньги', 'взяли деньги', 'забрал деньги', 'заплатил наличными', 'заплатила наличными'] },
  uk: { scamContext: ['нібито ваш', 'нібито від вас', 'представився вашим', 'назвався вашим'], paidOut: ['взяв гроші', 'взяли гроші', 'забрав гроші', 'заплатив готівкою', 'заплатила готівкою'] },
  tr: { scamContext: ['sizden geldigini soyleyen', 'sizden oldugunu soyleyen', 'sahte teknisyen', 'kendini teknisyen olarak tanitan'], paidOut: ['nakit para aldi', 'para aldi', 'nakit odedim', 'parayi aldi'] },
  el: { scamContext: ['ψευτικος τεχνικος', 'δηθεν τεχνικος', 'δηθεν απο εσας', 'ειπε οτι ειναι απο εσας'], paidOut: ['πηρε μετρητα', 'πηρε τα χρηματα', 'πληρωσα μετρητα'] },
  ar: { scamContext: ['ادعى انه فني', 'ادعى انه موظف', 'ادعى انه من', 'يدعي انه من', 'فني مزيف', 'انتحل صفة'], paidOut: ['اخذ فلوس', 'أخذ فلوس', 'اخذ مني', 'دفعت له كاش', 'دفعت كاش'] },
  hi: { scamContext: ['technician ban ke', 'aadmi ban ke', 'agent ban ke', 'fake technician', 'nakli technician', 'नकली टेक्नीशियन'], paidOut: ['paise le gaya', 'paise leke gaya', 'cash le gaya', 'cash de diya', 'पैसे ले गया'] },
  ja: { scamContext: ['を名乗る人', 'を名乗る男', 'を名乗る者', 'を名乗る人物', '偽の作業員'], paidOut: ['現金で取って', '現金を取られ', '現金で払って', '現金を渡して', 'お金を取られ'] },
  zh: { scamContext: ['冒充你们', '冒充你們', '假冒你们', '假冒你們', '自称是你们', '自稱是你們'], paidOut: ['收了钱', '收了錢', '收了换电表的钱', '拿走了钱', '付了现金', '付了現金'] },
  ko: { scamContext: ['직원이라고 하면서', '직원이라고 하며', '기사라고 하면서', '직원을 사칭', '기사를 사칭'], paidOut: ['현금으로 받아', '돈을 받아갔', '돈을 가져갔', '현금을 줬', '현금을 냈'] },
  th: { scamContext: ['อ้างว่าเป็นช่าง', 'อ้างว่าเป็นพนักงาน', 'แอบอ้างเป็น', 'ช่างปลอม'], paidOut: ['มาเก็บเงิน', 'เก็บเงินไป', 'จ่ายเงินสด'] },
  id: { scamContext: ['ngaku teknisi', 'ngaku petugas', 'mengaku teknisi', 'mengaku petugas', 'mengaku dari', 'teknisi palsu', 'petugas palsu'], paidOut: ['minta uang tunai', 'ambil uang', 'bayar tunai', 'sudah saya bayar tunai'] },
  vi: { scamContext: ['tu xung la', 'gia danh', 'mao danh', 'ky thuat vien gia'], paidOut: ['den thu tien', 'thu tien mat', 'lay tien', 'tra tien mat'] },
};

/** A home the customer has left: a charge for it afterwards is one they stopped. */
export const MOVED_OUT: Readonly<Record<string, ConceptTable>> = {
  en: { cancelledIt: ['i moved out of', 'i moved out', 'i no longer live', 'i dont live there', "i don't live there", 'i left that address'] },
  de: { cancelledIt: ['nicht mehr wohne', 'ausgezogen bin', 'bin ausgezogen', 'nicht mehr dort wohne'] },
  es: { cancelledIt: ['ya no vivo', 'me mude de', 'me fui de ese piso', 'deje el piso'] },
  fr: { cancelledIt: ['que j ai quitte', 'j ai demenage', 'je n habite plus', 'j habite plus'] },
  it: { cancelledIt: ['non abito piu', 'non ci abito piu', 'ho traslocato', 'mi sono trasferito', 'mi sono trasferita'] },
  pt: { cancelledIt: ['nao moro mais', 'ja nao moro', 'me mudei de'] },
  nl: { cancelledIt: ['woon er niet meer', 'niet meer woon', 'ben verhuisd'] },
  pl: { cancelledIt: ['juz tam nie mieszkam', 'nie mieszkam tam', 'wyprowadzilem sie', 'wyprowadzilam sie'] },
  sv: { cancelledIt: ['bor inte kvar', 'inte bor där', 'inte bor dar', 'har flyttat'] },
  ru: { cancelledIt: ['я там не живу', 'я там больше не живу', 'я съехал', 'я съехала', 'уже не живу'] },
  uk: { cancelledIt: ['я там не живу', 'вже не живу', 'я виїхав', 'я виїхала'] },
  tr: { cancelledIt: ['artik orada oturmuyorum', 'tasindim', 'orada oturmuyorum'] },
};
