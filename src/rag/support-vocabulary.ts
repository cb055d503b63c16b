/**
 * Built-in paraphrase map for customer-support vocabulary, used by the offline
 * embedder and answerer. Each group maps everyday wordings (and the most common
 * Spanish, Portuguese, French and German equivalents) to one canonical concept,
 * so "money back" can find a passage about "refunds" without a neural model.
 *
 * Variants are written in plain lower case without accents; they go through the
 * same normalisation and stemming as the text they are matched against.
 * Keep groups generic (support vocabulary any shop would use), never tuned to
 * one knowledge base or copied from a test question: tenant-specific terms are
 * what the full-text index is for, and everyday synonyms come from WordNet
 * (query-expansion.ts). Ambiguous words stay out ("phone" is a device as often
 * as a way to contact us; "close" an account is not opening hours).
 */
export const SUPPORT_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  refund: [
    'refund', 'money back', 'reimburse', 'reimbursement', 'repay', 'pay back', 'credit back',
    'reembolso', 'reembolsar', 'devolucion del dinero', 'reembolsado', 'remboursement', 'rembourser',
    'erstattung', 'ruckerstattung', 'geld zuruck', 'estorno',
  ],
  return: [
    'return', 'send back', 'send it back', 'ship back', 'devolver', 'devolucion', 'devolucao',
    'retour', 'retourner', 'renvoyer', 'rucksendung', 'zurucksenden', 'zuruckschicken',
  ],
  exchange: ['exchange', 'swap', 'trade in', 'cambio', 'cambiar por', 'echange', 'echanger', 'umtausch', 'umtauschen', 'troca', 'trocar'],
  cancel: [
    'cancel', 'cancellation', 'terminate', 'termination', 'unsubscribe', 'opt out', 'stop renewing',
    'turn off auto renew', 'cancelar', 'cancelacion', 'dar de baja', 'annuler', 'resilier',
    'kundigen', 'kundigung', 'stornieren', 'storno', 'cancelamento',
  ],
  subscription: ['subscription', 'membership', 'member', 'suscripcion', 'membresia', 'assinatura', 'abonnement', 'mitgliedschaft', 'abo'],
  renew: ['renew', 'renewal', 'auto renew', 'recurring', 'renovacion', 'renovar', 'renouvellement', 'verlangerung'],
  password: ['password', 'passcode', 'pwd', 'pass word', 'contrasena', 'clave', 'senha', 'mot de passe', 'passwort', 'kennwort'],
  login: ['login', 'log in', 'sign in', 'signin', 'log on', 'logon', 'iniciar sesion', 'acceder', 'connexion', 'se connecter', 'anmelden', 'einloggen'],
  account: ['account', 'profile', 'cuenta', 'perfil', 'conta', 'compte', 'konto'],
  locked: ['locked', 'locked out', 'blocked', 'bloqueado', 'bloqueada', 'bloque', 'gesperrt'],
  verification: ['two step', 'two factor', '2fa', 'mfa', 'otp', 'verification code', 'authenticator', 'autenticacion', 'verificacion'],
  shipping: [
    'shipping', 'ship', 'shipment', 'delivery', 'deliver', 'dispatch', 'postage', 'courier', 'carrier',
    'envio', 'enviar', 'entrega', 'entregar', 'frete', 'livraison', 'livrer', 'expedition', 'lieferung', 'liefern', 'versand',
  ],
  parcel: ['parcel', 'package', 'paquete', 'pacote', 'encomienda', 'colis', 'paket'],
  order: ['order', 'purchase', 'pedido', 'compra', 'encomenda', 'commande', 'bestellung'],
  track: ['track', 'tracking', 'seguimiento', 'rastrear', 'rastreo', 'rastreio', 'suivi', 'sendungsverfolgung', 'verfolgen'],
  duration: [
    'how long', 'how soon', 'how quickly', 'cuanto tarda', 'cuanto tiempo', 'tarda', 'demora', 'tardan',
    'quanto tempo', 'combien de temps', 'wie lange', 'business day', 'working day',
  ],
  price: [
    'price', 'cost', 'fee', 'charge', 'how much', 'rate', 'precio', 'coste', 'costo', 'cuanto cuesta', 'cuesta', 'tarifa',
    'preco', 'custo', 'prix', 'cout', 'frais', 'preis', 'kosten', 'gebuhr',
  ],
  payment: ['pay', 'payment', 'paid', 'checkout', 'pago', 'pagar', 'pagamento', 'paiement', 'payer', 'zahlung', 'bezahlen', 'zahlen'],
  card: ['card', 'credit card', 'debit card', 'tarjeta', 'cartao', 'carte', 'karte', 'kreditkarte'],
  declined: ['declined', 'rejected', 'refused', 'failed payment', 'rechazado', 'rechazada', 'recusado', 'refuse', 'abgelehnt'],
  installment: ['instalment', 'installment', 'pay later', 'split payment', 'cuotas', 'plazos', 'parcelas', 'versements', 'raten', 'ratenzahlung'],
  broken: [
    'broken', 'damaged', 'damage', 'defective', 'defect', 'faulty', 'fault', 'not working',
    'doesnt work', 'dont work', 'roto', 'rota', 'danado', 'defectuoso', 'quebrado', 'danificado', 'casse', 'endommage', 'defectueux',
    'kaputt', 'beschadigt', 'defekt',
  ],
  warranty: ['warranty', 'guarantee', 'garantia', 'garantie'],
  invoice: ['invoice', 'receipt', 'bill', 'factura', 'recibo', 'fatura', 'nota fiscal', 'facture', 'recu', 'rechnung', 'quittung', 'beleg'],
  vat: ['vat', 'tax id', 'vat number', 'iva', 'nif', 'cif', 'tva', 'mwst', 'ust', 'ust id'],
  tax: ['tax', 'duty', 'duties', 'customs', 'import tax', 'impuesto', 'aduana', 'arancel', 'imposto', 'alfandega', 'douane', 'taxe', 'zoll', 'steuer'],
  delete: ['delete', 'deletion', 'erase', 'erasure', 'remove my data', 'forget me', 'borrar', 'eliminar', 'suprimir', 'apagar', 'excluir', 'supprimer', 'effacer', 'loschen'],
  data: ['data', 'personal information', 'personal data', 'my information', 'datos', 'dados', 'donnees', 'daten'],
  discount: ['discount', 'promo', 'promo code', 'coupon', 'voucher', 'discount code', 'descuento', 'cupon', 'desconto', 'cupom', 'reduction', 'rabatt', 'gutschein'],
  giftcard: ['gift card', 'gift voucher', 'gift certificate', 'tarjeta regalo', 'cartao presente', 'carte cadeau', 'geschenkkarte', 'geschenkgutschein'],
  expire: ['expire', 'expiry', 'expiration', 'caducar', 'caduca', 'caducidad', 'vence', 'vencimiento', 'validade', 'expirer', 'ablaufen', 'verfallen', 'gultig'],
  contact: [
    'contact', 'phone number', 'telephone', 'customer service', 'customer support', 'contactar', 'contacto', 'telefono', 'llamar', 'contato', 'ligar', 'joindre', 'kontakt', 'anrufen',
  ],
  hours: ['hours', 'opening hours', 'opening time', 'open', 'closed', 'horario', 'abierto', 'horaires', 'ouvert', 'offnungszeiten', 'geoffnet'],
  store: ['store', 'shop', 'tienda', 'loja', 'magasin', 'boutique', 'laden', 'geschaft', 'filiale'],
  size: ['size', 'sizing', 'fit', 'talla', 'tamano', 'tamanho', 'taille', 'grosse'],
  change: ['change', 'modify', 'edit', 'amend', 'update', 'cambiar', 'modificar', 'alterar', 'mudar', 'changer', 'modifier', 'andern'],
  address: ['address', 'direccion', 'domicilio', 'endereco', 'adresse', 'anschrift'],
  email: ['email', 'e mail', 'correo', 'courriel', 'mail'],
  // Regions that shipping and returns policies are written per ("us" is left out: it is a pronoun).
  unitedkingdom: ['united kingdom', 'uk', 'great britain', 'britain', 'england', 'reino unido', 'royaume uni', 'grossbritannien'],
  unitedstates: ['united states', 'usa', 'u s a', 'america', 'estados unidos', 'eeuu', 'etats unis', 'vereinigte staaten'],
  europeanunion: ['european union', 'eu', 'europe', 'union europea', 'ue', 'union europeenne', 'europaische union'],
  international: ['international', 'abroad', 'overseas', 'other country', 'internacional', 'extranjero', 'exterior', 'etranger', 'ausland'],
  missing: ['missing', 'lost', 'not received', 'didnt arrive', 'perdido', 'no llego', 'extraviado', 'perdu', 'verloren'],
  wrong: ['wrong', 'incorrect', 'mistake', 'error', 'equivocado', 'incorrecto', 'errado', 'errone', 'falsch'],
};
