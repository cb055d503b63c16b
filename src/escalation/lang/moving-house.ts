/**
 * Moving house is no leaving (round 20). "I'm moving to Spain for a month, can I pause deliveries?", "Ich ziehe um, wie
 * nehme ich meinen Vertrag mit?": the customer moves and keeps the service — the address asked to be changed,
 * the service paused, held or taken along to the new home. Added to the `keepIt` cues of ./asked-not-told.ts, so the
 * churn frames' `keepsIt` guard (../situations.ts) keeps them quiet, unless negated ("I don't want to pause it") or the
 * message is angry. A new address alone is not listed: "send the final bill to my new address" is a leaving. Written from general knowledge of how people tell a move; not taken from a test or an evaluation set.
 * Words are as `normalizeText` leaves them (../text.ts: lower case, accents folded).
 */
import type { Cues } from './types.js';

export const MOVING_HOUSE: Readonly<Record<string, Pick<Cues, 'keepIt'>>> = {
  en: {
    keepIt: ['change my address', 'change the address', 'update my address', 'update the address', 'change of address', 'address change', 'pause my', 'pause the', 'pause deliveries', 'pause it', 'put my account on hold', 'put my subscription on hold', 'put it on hold', 'on hold while', 'hold my deliveries', 'suspend deliveries', 'transfer my service', 'transfer the service', 'transfer my contract', 'transfer my account to', 'move my service', 'move my contract', 'take my contract with me', 'to my new place', 'at my new place', 'the new flat', 'the new house', 'the new apartment', 'my new flat', 'my new house', 'my new apartment', 'my new home'],
  },
  de: {
    keepIt: ['adresse andern', 'adresse aendern', 'adresse anpassen', 'adressanderung', 'adressaenderung', 'umzug melden', 'umzug mitteilen', 'vertrag mitnehmen', 'mitnehmen', 'pausieren', 'ruhen lassen', 'in die neue wohnung', 'neue wohnung'],
  },
  fr: {
    keepIt: ["changer d'adresse", 'changer mon adresse', "changement d'adresse", 'mettre en pause', 'suspendre mes livraisons', 'suspendre les livraisons', 'transferer mon contrat', 'transferer mon abonnement', 'nouveau logement', 'nouvel appartement'],
  },
  es: {
    keepIt: ['cambiar mi direccion', 'cambiar la direccion', 'cambio de direccion', 'cambio de domicilio', 'pausar', 'trasladar mi contrato', 'trasladar el servicio', 'nuevo piso', 'nueva casa'],
  },
  pt: {
    keepIt: ['mudar o endereco', 'mudar meu endereco', 'mudar o meu endereco', 'alterar o endereco', 'mudanca de endereco', 'pausar', 'transferir o servico', 'transferir o contrato', 'transferir a assinatura', 'nova casa'],
  },
  it: {
    keepIt: ['cambiare indirizzo', "cambiare l'indirizzo", 'cambio di indirizzo', 'cambio indirizzo', 'mettere in pausa', 'sospendere le consegne', 'trasferire il contratto', "trasferire l'utenza", 'nuova casa'],
  },
  nl: {
    keepIt: ['adres wijzigen', 'adreswijziging', 'nieuw adres door', 'nieuwe adres door', 'adres doorgeven', 'pauzeren', 'meeverhuizen', 'meenemen naar', 'nieuwe woning', 'nieuwe huis'],
  },
};
