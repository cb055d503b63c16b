/**
 * Round 14s: self-harm said in the first person through its parts (./src/escalation/lang/plans-and-burdens.ts) — a means
 * hoarded, no reason of one's own to go on, belongings given away with a farewell or "not needed", arrangements made with
 * despair, "I am" + a burden, everything lost + exhaustion, a message for one's loved ones, gone + nobody noticing, tonight
 * + an end. Near-misses: pills picked up, a service not continued, a phone handed on, a fee that is a burden, a parcel when
 * one is not home, a sale that ends tonight. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { detectSituations } from '../../src/escalation/situations.js';

const selfHarm = (text: string): boolean => detectSituations(text).some((h) => h.situation === 'self_harm');

describe('a means hoarded', () => {
  it.each([
    ['i have been stockpiling sleeping pills since the exchange froze my funds'],
    ['ich habe schon seit wochen schlaftabletten gesammelt'],
    ['llevo meses juntando pastillas'],
    ['j ai planque des somniferes dans le tiroir'],
    ['от лекарств не отказываюсь, коплю таблетки'],
    ['uyku haplarini biriktiriyorum'],
    ['đã tích trữ thuốc ngủ cả tháng nay'],
    ['안방에 수면제 모아놨어요'],
  ])('fires: %s', (text) => {
    expect(selfHarm(text)).toBe(true);
  });

  it.each([
    ['can the courier pick up my pills from the pharmacy on the way?'],
    ['meine oma hat ihre tabletten im schrank, bitte beim nachbarn abgeben'],
    ['¿el repartidor puede traer mis pastillas de la farmacia?'],
    ['포인트를 모아서 쿠폰으로 바꿀 수 있나요?'],
  ])('a pick-up or a reservation: quiet: %s', (text) => {
    expect(selfHarm(text)).toBe(false);
  });
});

describe('no reason of one\'s own to go on', () => {
  it.each([
    ['perdí el trabajo y ya no tengo motivos para seguir'],
    ['je n ai plus aucune raison de vivre'],
    ['non ho più nessun motivo per andare avanti'],
    ['wozu soll ich überhaupt noch weitermachen'],
    ['nie mam już po co żyć'],
    ['yaşamak için hiçbir nedenim yok artık'],
    ['không còn lý do gì để tiếp tục'],
  ])('fires: %s', (text) => {
    expect(selfHarm(text)).toBe(true);
  });

  it.each([
    ['there is no reason to continue the trial, please stop it'],
    ['no tengo ningún motivo para seguir pagando la suscripción premium'],
    ['je n ai aucune raison de continuer cet abonnement'],
    ['non ho motivo di continuare con questo piano tariffario'],
  ])('a service not continued: no self-harm: %s', (text) => {
    expect(selfHarm(text)).toBe(false);
  });
});

describe('belongings given away, with not needing them or a farewell', () => {
  it.each([
    ['regalé todas mis cosas a mis primos, ya no las voy a necesitar'],
    ['ho regalato tutte le mie cose. non mi servono più'],
    ['ich habe meine sachen verschenkt. lebt wohl, ihr alle'],
    ['раздала свои вещи подругам. прощайте'],
    ['barang-barangku udah kubagiin ke adik, gak butuh lagi'],
    ['我的东西都送人了，以后用不上了'],
  ])('fires: %s', (text) => {
    expect(selfHarm(text)).toBe(true);
  });

  it.each([
    ['I gave my laptop to my brother since I got a new one, I won\'t need the old login'],
    ['regalé mis cosas viejas al mudarme, ¿cómo cambio la dirección de entrega?'],
    ['dei minhas coisas antigas pra doação, como atualizo o endereço?'],
  ])('a thing handed on for a new one, or a move: quiet: %s', (text) => {
    expect(selfHarm(text)).toBe(false);
  });
});

describe('arrangements made, with despair', () => {
  it.each([
    ['I wrote my will last night. I feel like a burden'],
    ['ya hice mi testamento, no puedo más'],
  ])('fires: %s', (text) => {
    expect(selfHarm(text)).toBe(true);
  });

  it.each([
    ['I wrote my will last year with a lawyer, can I add my wallet to it as an asset?'],
  ])('a will told calmly: quiet: %s', (text) => {
    expect(selfHarm(text)).toBe(false);
  });
});

describe('"I am" + a burden', () => {
  it.each([
    ['ich bin für meine familie nur noch eine last'],
    ['me siento una carga para todos'],
    ['jestem dla nich tylko ciężarem'],
    ['я для родных обуза'],
    ['jsem pro rodinu jen přítěž'],
    ['صرت عبء على الكل'],
  ])('fires: %s', (text) => {
    expect(selfHarm(text)).toBe(true);
  });

  it.each([
    ['die liefergebühr ist eine last für studenten, gibt es rabatt?'],
    ['soy usuario nuevo y la carga del saldo no llega'],
    ['je suis facturé une charge en plus, pourquoi ?'],
    ['sono ingrassata, il peso della bici va bene per il noleggio?'],
  ])('a fee, a top-up or a weight: quiet: %s', (text) => {
    expect(selfHarm(text)).toBe(false);
  });
});

describe('everything lost, with exhaustion', () => {
  it.each([
    ['I lost everything on your exchange. I can\'t go on like this'],
    ['ho perso tutto. non ce la faccio più'],
    ['потерял всё, больше не могу'],
  ])('fires: %s', (text) => {
    expect(selfHarm(text)).toBe(true);
  });

  it.each([
    ['I lost everything in my cart after the update, can you restore it?'],
    ['perdí todo el historial de pedidos, ¿se puede recuperar?'],
  ])('a cart or a history lost, told calmly: quiet: %s', (text) => {
    expect(selfHarm(text)).toBe(false);
  });
});

describe('a message for loved ones, gone unnoticed, tonight', () => {
  it.each([
    ['please tell my sister I love her'],
    ['dites à mes parents que je suis désolé'],
    ['wenn ich nicht mehr da bin, würde mich eh keiner vermissen'],
    ['si desaparezco nadie se daría cuenta'],
    ['dzisiaj w nocy skończę z tym wszystkim'],
  ])('fires: %s', (text) => {
    expect(selfHarm(text)).toBe(true);
  });

  it.each([
    ['tell my mum the order is at the door'],
    ['wenn ich morgen nicht da bin, bitte beim nachbarn abgeben'],
    ['the promo ends tonight right?'],
    ['bu gece kampanya bitecek mi?'],
  ])('quiet: %s', (text) => {
    expect(selfHarm(text)).toBe(false);
  });
});

describe('not waking up, a jump, in more words', () => {
  it.each([
    ['honestly i hope i just don\'t wake up tomorrow'],
    ['kaash main subah uthu hi na'],
    ['真希望睡着了就不要再醒来'],
    ['ik wil er eigenlijk niet meer zijn'],
    ['بدي ارمي حالي من السطح'],
  ])('fires: %s', (text) => {
    expect(selfHarm(text)).toBe(true);
  });

  it.each([
    ['please stop the 3am notifications, I want to sleep and not be woken up by them'],
    ['ik wil gewoon niet meer zijn bij jullie, hoe zeg ik op?'],
    ['I didn\'t wake up in time and missed my ride, can I get the fee back?'],
  ])('quiet: %s', (text) => {
    expect(selfHarm(text)).toBe(false);
  });
});

describe('a decision to end it, at a height now, one way to a bridge', () => {
  it.each([
    ['ich habe mich entschieden, heute nacht alles zu beenden'],
    ['ik heb besloten er een eind aan te maken'],
    ['αποφάσισα να τα τελειώσω'],
    ['bu gece her şeyi bitirmeye karar verdim'],
    ['stoję właśnie na dachu teraz'],
    ['şu an çatıdayım'],
    ['только до моста, в одну сторону, обратно не нужно'],
    ['solo un viaje al puente, sin regreso'],
    ['橋まで片道でお願いします'],
  ])('fires: %s', (text) => {
    expect(selfHarm(text)).toBe(true);
  });

  it.each([
    ['ich habe beschlossen, den vertrag zu beenden'],
    ['i\'m on the roof now, can you deliver up here?'],
    ['estoy en la azotea ahora, ¿el repartidor puede subir?'],
    ['book me a one-way ride to London Bridge station'],
    ['ho deciso di disdire il piano, basta'],
  ])('quiet: %s', (text) => {
    expect(selfHarm(text)).toBe(false);
  });
});

describe('over for oneself; money sent to family, not needed', () => {
  it.each([
    ['non ho più forze, per me è finita'],
    ['сил больше нет, для меня всё кончено'],
    ['gücüm kalmadı, benim için her şey bitti'],
    ['schickt mein restguthaben an meine tochter, ich werde es nicht mehr brauchen'],
    ['pošlete zůstatek mé sestře, už ho nebudu potřebovat'],
    ['kirim sisa saldo ke ibuku, aku udah gak butuh'],
  ])('fires: %s', (text) => {
    expect(selfHarm(text)).toBe(true);
  });

  it.each([
    ['per me è finita con voi, disdico tutto'],
    ['per me è finita?'],
    ['can I send my balance to my mom? I won\'t need the app after I move abroad'],
    ['please move my balance to my husband, I won\'t need mine since I got a new one'],
  ])('quiet: %s', (text) => {
    expect(selfHarm(text)).toBe(false);
  });
});

describe('an heir named for after one is gone', () => {
  it.each([
    ['пусть дочь получит мои монеты, когда меня не станет'],
    ['我不在了以后，请把币给我女儿'],
    ['tolong pastikan anakku dapat koinku kalau aku udah gak ada'],
  ])('fires: %s', (text) => {
    expect(selfHarm(text)).toBe(true);
  });

  it.each([
    ['what happens to my wallet when I\'m gone? can my son get it?'],
    ['my son will handle my orders when I\'m gone on holiday'],
    ['wenn ich weg bin, bitte das paket meiner mutter geben'],
  ])('an inheritance question, an absence: quiet: %s', (text) => {
    expect(selfHarm(text)).toBe(false);
  });
});
