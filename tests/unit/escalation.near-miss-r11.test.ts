/**
 * Round 11 near-miss precision, one block per mechanism, each with near-misses that must stay quiet and real cases that
 * must still escalate, in several languages:
 *  - a third party's incident told to ask about the customer's own safety (`thirdParty`, `precaution` cues);
 *  - a request for a person declined in the same breath ("no need to transfer me", "ich brauche keinen Mitarbeiter");
 *  - a belief told in the past and corrected (`mistaken`, `mistakenAlone`);
 *  - an incident dated years back ("died in 2019");
 *  - self-harm words said of something else (`hyperbole`: "va me tuer"); a comparison with dying still fires;
 *  - "do I have to cancel…?" asked calmly (`obligation`);
 *  - a scam left alone ("without clicking", `ignoredScam`); the customer's own new SIM (`ownChange`);
 *  - sentiment said of oneself ("I'm such an idiot", "furious with myself", "sorry for the stupid question"), "カス" inside
 *    "カスタマー"; a warm "thanks again" closing a conversation;
 *  - the same question asked about another thing ("add my son?" then "add my daughter?"); a person named in a comparison
 *    ("more helpful than a real person");
 *  - question marks and commas of other scripts (Arabic ؟ and ،, the Greek ";"), inflected negations, trouble named as a
 *    noun and denied ("non ho problemi economici").
 * Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_ANGER_THRESHOLD } from '../../src/escalation/default-rules.js';
import { detectHumanRequest } from '../../src/escalation/human-request.js';
import { scoreSentiment } from '../../src/escalation/sentiment.js';
import { detectSituations } from '../../src/escalation/situations.js';

const situations = (text: string, history?: string[]): string[] => detectSituations(text, history ? { history } : {}).map((h) => h.situation);
const angry = (text: string): boolean => scoreSentiment(text).score < DEFAULT_ANGER_THRESHOLD;

describe("a third party's incident, asked about one's own safety", () => {
  it.each([
    ["my colleague's account got hacked, should I change my password too?"],
    ['Le compte de ma sœur a été piraté, est-ce que je dois changer mon mot de passe ?'],
    ['A mi hermana le hackearon la cuenta, ¿debería cambiar mi contraseña?'],
    ["A mia cugina hanno hackerato l'account, devo cambiare la mia password?"],
    ['A conta da minha irmã foi hackeada, devo trocar minha senha?'],
    ['Siostrze zhakowali konto, czy powinienem zmienić hasło?'],
    ['Min kollegas konto blev hackat, borde jag byta lösenord?'],
    ['Kolegovi hackli účet, mám si změnit heslo?'],
    ['同僚のアカウントが乗っ取られたそうですが、私もパスワードを変えたほうがいいですか？'],
    ['我同事的账号被盗了，我需要改密码吗？'],
  ])('%s', (text) => {
    expect(situations(text)).not.toContain('security');
  });

  it.each([
    ["my dad's card was stolen this morning, can you block it?"],
    ['my sister used my card without my permission, should I change my PIN?'],
    ['someone hacked my account, should I change my password?'],
    ["Arkadaşımın WhatsApp'ı kod istedi, verdim, şimdi hesabım çalındı"],
    ['Me robaron la tarjeta, ¿debería cambiar mi contraseña?'],
  ])('still fires: %s', (text) => {
    expect(situations(text)).toContain('security');
  });
});

describe('a request for a person declined in the same breath', () => {
  it.each([
    ['Ich brauche keinen Mitarbeiter, die Antwort reicht mir, danke'],
    ['オペレーターにつながなくて大丈夫です、解決しました'],
    ['Temsilciye bağlamanıza gerek yok, teşekkürler'],
    ['상담원 연결 안 해주셔도 돼요, 해결했어요'],
    ['转人工就不用了，谢谢'],
    // Round 16: Danish puts three words ("brug for at") between the negation and the request.
    ['Jeg har ikke brug for at tale med en medarbejder, svaret var fint'],
  ])('%s', (text) => {
    expect(detectHumanRequest(text).matched).toBe(false);
    // Found and held back: the learned model does not overrule it (src/escalation/evaluate.ts).
    expect(detectHumanRequest(text).held).toBe(true);
  });

  it.each([
    ['帮我转人工，不需要机器人'],
    ['I want to talk to a human, not a bot'],
    ['ich will keinen Bot, ich will einen Mitarbeiter'],
    ['Ich brauche einen Mitarbeiter'],
    ['オペレーターにつないでください'],
    ['Temsilciye bağlayın lütfen'],
    ['상담원 연결해도 될까요?'],
  ])('still a request: %s', (text) => {
    expect(detectHumanRequest(text).matched).toBe(true);
  });
});

describe('a belief told in the past and corrected', () => {
  it.each([
    ["I thought someone used my card but it was my son buying a game, sorted"],
    ['Ich dachte, jemand hätte meine Karte benutzt, aber es war mein Sohn, alles gut'],
    ['Ik dacht dat iemand mijn pas had gebruikt maar het was mijn zoon, alles goed'],
    ['Myślałem, że ktoś użył mojej karty, ale to był mój syn, wszystko ok'],
    ['Jag trodde någon hade använt mitt kort men det var min son, allt är bra'],
    ['Myslel jsem, že někdo použil moji kartu, ale byl to můj syn, vše v pořádku'],
    ['我以为有人盗刷了我的卡，结果是我儿子买游戏'],
    // Round 16: verb-final languages say the mistaken belief after the incident.
    ['Telefonumu otobüste çaldırdım sandım, meğer koltuğun altına düşmüş'],
    ['지갑이랑 카드 잃어버린 줄 알았는데 가방 안주머니에 있었어요'],
    ['スマホを盗まれたかと思ったら、車の座席の下にありました'],
  ])('%s', (text) => {
    expect(situations(text)).not.toContain('security');
  });

  it.each([['I think someone used my card'], ['Ich glaube, jemand hat meine Karte benutzt'], ['I thought my account was safe, but someone hacked it yesterday']])(
    'still fires: %s',
    (text) => {
      expect(situations(text)).toContain('security');
    },
  );
});

describe('an incident dated years back', () => {
  it.each([
    ['my father passed away in 2019, I just want to remove him from the family plan now'],
    ['Mein Vater ist 2019 verstorben, ich möchte ihn jetzt aus dem Familientarif entfernen'],
    ['Mon père est décédé en 2019, je voudrais juste le retirer du contrat famille'],
    ['Min pappa dog 2019, jag vill bara ta bort honom från familjeförsäkringen'],
    ['父は2019年に亡くなりました。家族プランから外したいだけです'],
  ])('%s', (text) => {
    expect(situations(text)).not.toContain('vulnerable');
  });

  it.each([
    ['my father passed away yesterday, what do I do with his policy?', 'vulnerable'],
    ['someone took 2000 from my account without my permission', 'security'],
    ['З картки списали 2015 грн, я цього не робив', 'security'],
  ])('still fires: %s', (text, situation) => {
    expect(situations(text)).toContain(situation);
  });
});

describe('self-harm words said of something else', () => {
  it.each([
    ['Cette paperasse va me tuer, quel formulaire faut-il ?'],
    ['Essa papelada vai me matar, qual formulário preciso?'],
  ])('%s', (text) => {
    expect(situations(text)).not.toContain('self_harm');
  });

  // A comparison with dying is left to a person, even when it reads as a joke.
  it.each([['je vais me tuer'], ['vou me matar'], ["I'd rather die than live like this"], ['Prefiero morir antes que seguir viviendo así'], ["I'd rather die than sit in another waiting room lol"], ['Je préférerais mourir que de retourner chez le dentiste mdr']])(
    'still fires: %s',
    (text) => {
      expect(situations(text)).toContain('self_harm');
    },
  );
});

describe('"do I have to cancel?" asked calmly', () => {
  it.each([
    ["I'm moving abroad next year, do I have to cancel my policy or can I keep it?"],
    ["Je déménage à l'étranger l'an prochain, dois-je résilier mon contrat ?"],
    ['Ich ziehe nächstes Jahr ins Ausland, muss ich meinen Vertrag kündigen?'],
    ['Me mudo al extranjero el año que viene, ¿tengo que cancelar la póliza?'],
    ["Mi trasferisco all'estero l'anno prossimo, devo disdire la polizza?"],
    ['Jag flyttar utomlands nästa år, måste jag säga upp försäkringen?'],
    ['Μετακομίζω στο εξωτερικό του χρόνου, πρέπει να ακυρώσω το συμβόλαιο;'],
    ['Stěhuji se příští rok do zahraničí, musím vypovědět smlouvu?'],
  ])('%s', (text) => {
    expect(situations(text)).not.toContain('churn');
  });

  it.each([['I want to cancel my policy'], ['Ich kündige meinen Vertrag'], ['do I have to cancel my policy?? this is the worst service ever, unbelievable']])(
    'still fires: %s',
    (text) => {
      expect(situations(text)).toContain('churn');
    },
  );
});

describe('a scam left alone; the customer’s own new SIM', () => {
  it.each([
    ['我收到一封冒充你们的钓鱼邮件，但我没点直接删了'],
    ['وصلتني رسالة تصيد باسمكم لكني حذفتها دون أن أضغط'],
    ['Jag har bytt SIM-kort, behöver jag uppdatera mitt nummer?'],
    ['Vyměnil jsem SIM kartu, musím aktualizovat číslo?'],
  ])('%s', (text) => {
    expect(situations(text)).not.toContain('security');
  });

  it.each([
    ['I clicked the link in the phishing email and now my money is gone'],
    ['Någon har bytt mitt SIM-kort utan att jag bett om det'],
    ['my SIM was swapped and now I can’t log in'],
  ])('still fires: %s', (text) => {
    expect(situations(text)).toContain('security');
  });
});

describe('sentiment said of oneself', () => {
  it.each([
    ["I'm such an idiot, I forgot my password again lol"],
    ["I'm furious with myself for missing the deadline, can I still submit the claim?"],
    ['Ich bin so ein Idiot, hab mein Passwort schon wieder vergessen'],
    ['Sono proprio un idiota, ho dimenticato di nuovo la password'],
    ['Sono arrabbiato con me stesso per aver perso la scadenza, posso ancora inviare?'],
    ['Jag är en idiot, glömde lösenordet igen haha'],
    ['Jsem takový idiot, zase jsem zapomněl heslo'],
    ['バカな質問ですみませんが、証券番号はどこですか？'],
    ['また自分のパスワード忘れた、私ってほんとバカ'],
    ['آسف على السؤال الغبي، أين أجد رقم الوثيقة؟'],
    ['カスタマーサービスの電話番号は？'],
  ])('%s', (text) => {
    expect(angry(text)).toBe(false);
  });

  it.each([["you're an idiot"], ['you are all idiots, give me my money back'], ['Sie sind Idioten'], ['カスみたいな対応'], ["I'm furious, where is my refund?"]])(
    'still anger: %s',
    (text) => {
      expect(angry(text)).toBe(true);
    },
  );
});

describe('a warm "thanks again" closing a conversation', () => {
  it.each([
    [['hi, when will my claim be paid?', 'ok thanks. and how long for the dental one?'], 'great, thanks again!'],
    [['Hallo, wann wird meine Rechnung erstattet?', 'Okay danke. Und die Zahnarztrechnung?'], 'Super, danke nochmal!'],
    [['Γεια, πότε θα πληρωθεί η αποζημίωση;', 'Εντάξει ευχαριστώ. Και του οδοντιάτρου;'], 'Τέλεια, ευχαριστώ ξανά!'],
  ])('%j then %s', (history, text) => {
    expect(situations(text, history)).not.toContain('frustration');
  });

  it('still frustration: the same complaint again', () => {
    expect(situations('still no refund, I already asked twice, nothing again', ['where is my refund?', 'any news on my refund?'])).toContain('frustration');
  });
});

describe('question marks and commas of other scripts, inflected negations, trouble denied', () => {
  it.each([
    ['مرحبا، متى يتم صرف التعويض؟'],
    ['Ich will niemanden verklagen, ich möchte nur die Entscheidung verstehen'],
    ['Nechci vypovědět smlouvu, jen se ptám na výpovědní lhůtu'],
    ['Kimseye dava açmayacağım, sadece kararı anlamak istiyorum'],
    ['Non ho problemi economici, voglio solo pagare ogni trimestre'],
    ['我没有经济困难'],
    ['ما المستندات المطلوبة عند وفاة المؤمن عليه؟'],
    ['解約するつもりはありません、他のプランが気になるだけです'],
  ])('%s', (text) => {
    expect(situations(text)).toEqual([]);
  });

  it.each([
    ['Ich werde Sie verklagen', 'legal'],
    ['Vypovídám smlouvu, mám toho dost', 'churn'],
    ['Ho grossi problemi economici e non so come pagare', 'vulnerable'],
    ['توفي والدي أمس، ماذا أفعل بالوثيقة؟', 'vulnerable'],
    ['もう解約するつもりです', 'churn'],
  ])('still fires: %s', (text, situation) => {
    expect(situations(text)).toContain(situation);
  });
});

describe('the same question asked about another thing', () => {
  it.each([
    [['how do I add my son to my policy?'], 'and how do I add my daughter to my policy?'],
    [['what is covered for dental treatment?'], 'what is covered for optical treatment?'],
    [['¿Cómo añado a mi hijo a mi póliza?'], '¿Y cómo añado a mi hija a mi póliza?'],
    [['Hur lägger jag till min son i försäkringen?'], 'Och hur lägger jag till min dotter i försäkringen?'],
    [['息子を保険に追加するにはどうすればいいですか？'], '娘を保険に追加するにはどうすればいいですか？'],
  ])('%j then %s', (history, text) => {
    expect(situations(text, history)).not.toContain('frustration');
  });

  it.each([
    [['where is my refund?'], 'where is my refund?'],
    [['how do I add my son to my policy?'], 'how do I add my son to my policy??'],
  ])('still asked again: %j then %s', (history, text) => {
    expect(situations(text, history)).toContain('frustration');
  });
});

describe('a person named in a comparison is praise, not a request', () => {
  it.each([
    ['thanks, you were more helpful than a real person!'],
    ['Danke, besser als ein echter Mitarbeiter!'],
    ["Merci, mieux qu'un vrai conseiller !"],
    ['Gracias, mejor que una persona real'],
    ['Grazie, meglio di un operatore vero!'],
    ['谢谢，比真人客服还好用'],
    ['ありがとう、人間のオペレーターより早い！'],
  ])('%s', (text) => {
    expect(detectHumanRequest(text).matched).toBe(false);
  });

  it.each([['I want a real person'], ["I'd rather talk to a real person than this bot"], ['je veux un vrai conseiller'], ['我要真人客服'], ['人間のオペレーターと話したい']])(
    'still a request: %s',
    (text) => {
      expect(detectHumanRequest(text).matched).toBe(true);
    },
  );
});
