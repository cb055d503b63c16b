/**
 * Round 12c: self-harm said as a goodbye (an account or things handed on + not needed any more; a last message + a
 * farewell; not needed any more + a farewell) and quiet hints (the only thing keeping one alive, gone by next month,
 * no hope left for oneself, means put aside), in many languages; a person asked for without the words of a request
 * ("is anyone there?", "I want someone from your team to call me", "no more bot"). Gaming and idiom hyperbole, a
 * downgrade, an account passed on with a reason, in-game bots and questions about the bot do not fire.
 * Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { detectHumanRequest } from '../../src/escalation/human-request.js';
import { detectSituations } from '../../src/escalation/situations.js';

const selfHarm = (text: string, language?: string): boolean =>
  detectSituations(text, language !== undefined ? { language } : {}).some((h) => h.situation === 'self_harm');
const frames = (text: string): string[] => detectSituations(text).filter((h) => h.situation === 'self_harm').map((h) => h.frame);

describe('self-harm said as a goodbye', () => {
  it('one\'s things given away + not needed any more, anywhere in the message', () => {
    expect(frames('I am giving all my skins to my little brother, I won\'t need them anymore.')).toContain('giving-away-for-good');
    expect(frames('Ich verschenke alles, ich werde es nicht mehr brauchen.')).toContain('giving-away-for-good');
    expect(selfHarm('Estoy regalando todas mis cosas, ya no las voy a necesitar.')).toBe(true);
    expect(selfHarm('Rozdaję swoje rzeczy, już nie będą mi potrzebne.')).toBe(true);
  });

  // An account passed to a relative with "I won't need it" is an everyday transfer request (a new account, a move, a
  // downgrade): the account alone does not make a goodbye, only one's things given away do.
  it.each([
    ['Pueden darle mi cuenta a mi hermano, ya no la voy a necesitar.'],
    ['Ich möchte meinen Account an meinen Bruder übertragen, ich brauche ihn nicht mehr.'],
    ['Możecie oddać moje konto bratu, już nie będzie mi potrzebne.'],
    ['제 계정은 동생한테 주세요. 이제 필요 없을 거예요.'],
    ['Akun saya kasih aja ke adik saya, saya nggak akan butuh lagi.'],
  ])('an account handed to a relative is a transfer, not a goodbye: %s', (text) => {
    expect(frames(text)).not.toContain('giving-away-for-good');
  });

  // "The last time I ordered …" is a past order told in a complaint; a plain "adiós" closes it.
  it.each([
    ['La última vez que pedí tardó dos horas. Adiós.'],
    ['Das letzte Mal, dass ich hier bestelle. Tschüss an alle.'],
    ['La dernière fois que je suis passé, rien ne marchait. Adieu.'],
  ])('a past "last time" in a complaint is no last goodbye: %s', (text) => {
    expect(frames(text)).not.toContain('last-goodbye');
  });

  it('a last message + a farewell, or not needed any more + a farewell', () => {
    expect(frames('This is my last message. Goodbye everyone.')).toContain('self-harm'); // already whole in the English pack
    expect(frames('Das ist mein letzter Stream. Macht\'s gut.')).toContain('last-goodbye');
    expect(selfHarm('Bu son mesajım. Hoşça kalın.')).toBe(true);
    expect(selfHarm('Ya no voy a necesitar nada de esto. Adiós a todos.')).toBe(true);
    expect(frames('Tohle už nebudu potřebovat. Sbohem.')).toContain('not-needed-goodbye');
  });

  it.each([
    ['Dieses Spiel ist das Einzige, was mich noch am Leben hält.'],
    ['Este juego es lo único que me mantiene vivo.'],
    ['Ce jeu est la seule chose qui me garde en vie.'],
    ['Ta gra to jedyne, co trzyma mnie przy życiu.'],
    ['这个游戏是我活下去的唯一理由。'],
    ['Не продлевайте, в следующем месяце меня уже не будет.'],
    ['Förnya inte, nästa månad finns jag inte längre.'],
    ['Nggak usah diperpanjang, bulan depan aku udah nggak ada.'],
    ['No hay esperanza para mí.'],
    ['Для меня нет никакой надежды.'],
    ['저한테는 희망이 없어요.'],
    ['Kupiłem już linę.'],
    ['我已经攒够了药。'],
    ['Jag har samlat tillräckligt med tabletter.'],
    ['Nechci se zítra probudit.'],
    ['我不想明天再醒过来。'],
    ['Aku nggak mau bangun lagi besok.'],
    ['मैं जीने से थक गया हूं। बस सब कुछ खत्म हो जाए।'],
  ])('quiet hint: %s', (text) => {
    expect(selfHarm(text)).toBe(true);
  });

  it.each([
    // gaming and idiom hyperbole
    ['This boss is killing me, I\'ve died 40 times. Any tips for the second phase?'],
    ['Dieser Boss bringt mich um, ich sterbe ständig. Gibt es Tipps?'],
    ['Este jefe me está matando, ya morí 30 veces.'],
    ['Ce boss me tue, je meurs tout le temps.'],
    ['Questo boss mi sta uccidendo, muoio sempre.'],
    ['このボス強すぎて死にそう、何回も死んでる'],
    ['这个boss要把我打死了，死了几十次了'],
    ['Этот босс меня убивает, я умер уже 20 раз.'],
    ['Αυτό το boss με σκοτώνει, πεθαίνω συνέχεια'],
    // one half of a goodbye, or a farewell that is politeness
    ['I\'m giving my old account to my brother since I made a new one. How do I change the email on it?'],
    ['I won\'t need the 4K plan anymore, please downgrade me to basic.'],
    ['This is my last question, thanks! Bye.'],
    ['Ich brauche das Premium-Abo nicht mehr, bitte auf Basis umstellen.'],
    ['Ya no necesito el plan premium, pásenme al básico.'],
    // hope, rope and stopping said of a game or a device
    ['This team is hopeless, matchmaking keeps putting me with bots.'],
    ['Quiero que todo pare de trabarse cuando juego online.'],
    ['Ich habe eine neue IP, ip aldım, ama oyun açılmıyor.'],
  ])('no self-harm: %s', (text) => {
    expect(selfHarm(text)).toBe(false);
  });
});

describe('a person asked for without the words of a request', () => {
  it.each([
    ['Hello? Is anybody there?'],
    ['Stop sending me automated replies and get me support.'],
    ['Kann sich ein echter Mensch das mal ansehen?'],
    ['Ich möchte, dass mich jemand aus Ihrem Team anruft.'],
    ['Quiero que alguien de su equipo me llame.'],
    ['No más bot, por favor.'],
    ['Il y a quelqu\'un ?'],
    ['Je veux que quelqu\'un de votre équipe m\'appelle.'],
    ['C\'è qualcuno?'],
    ['Is daar iemand?'],
    ['Chcę, żeby ktoś z waszego zespołu do mnie zadzwonił.'],
    ['Orada kimse var mı?'],
    ['Хочу, чтобы мне позвонил кто-то из вашей команды.'],
    ['誰かいますか？'],
    ['有人吗？'],
    ['거기 누구 있어요?'],
    ['มีใครอยู่ไหม'],
    ['Bisa orang beneran yang cek ini?'],
    ['Там є хтось?'],
    ['Är det någon där?'],
    ['Kan en riktig person titta på det här?'],
    ['Είναι κανείς εκεί;'],
    ['Je tam někdo?'],
    ['क्या वहाँ कोई है?'],
  ])('asks for a person: %s', (text) => {
    expect(detectHumanRequest(text).matched).toBe(true);
  });

  it.each([
    ['Is anyone else having lag on EU servers?'],
    ['No more bots in ranked please, they ruin every match.'],
    ['I\'m sick of the bots in every lobby.'],
    ['No más bots en las partidas clasificatorias, por favor.'],
    ['Il y a plus de bots que de joueurs dans vos parties.'],
    ['Il y a quelqu\'un qui a utilisé mon compte ?'],
    ['C\'è qualcuno che ha usato il mio account?'],
    ['Hesabıma giren biri var mı?'],
    ['有人盗用了我的账号吗？'],
    ['제 계정에 누가 로그인했나요?'],
    ['มีใครเข้าบัญชีฉันไหม'],
    ['Apakah kamu orang asli?'],
    ['Är du en riktig person?'],
    ['Είσαι πραγματικός άνθρωπος;'],
    ['هل انت شخص حقيقي؟'],
    ['क्या आप असली इंसान हैं?'],
  ])('not a request: %s', (text) => {
    expect(detectHumanRequest(text).matched).toBe(false);
  });
});
