/**
 * Harm under way that the earlier at-risk tables (./at-risk.ts) left out (round 23), per language, merged into each
 * pack in ./index.ts and read by the 'vulnerable' frames of ../situations.ts:
 *
 *  - `swallowVerb` + `dangerItem`: something dangerous swallowed or drunk — a button battery, a magnet, a detergent
 *    capsule, bleach, lamp oil, e-liquid — usually by a small child (frame 'swallowed-danger'). Medicines are left to
 *    `emergencyNow`'s own phrases: "I swallowed the tablet with water" is how medicine is taken.
 *  - `emergencyNow` gains a fall with no getting up ("she fell and can't get up", "ist gestürzt und kommt nicht hoch"),
 *    the moment a telecare alarm exists for; and, with words between, `fellDown` + `cantGetUp` ("my mum fell in the
 *    kitchen and can't get up"; frame 'fallen-cant-get-up').
 *  - `abuser` + `violentAct`: a partner or ex named with what they do — hits, threatens to kill, tracks or turns up —
 *    in one sentence (frame 'partner-violence'; "my husband will kill me when he sees the bill" is a jest).
 *  - `disabledSelf` + `leftWithoutHelp`: the customer's own disability and no help coming, or only a phone line to reach
 *    the company ("I'm deaf and the only way is by phone"; frame 'disabled-left-without').
 *  - `confusedState` gains the lost and disoriented ("doesn't know where he is", "wandered off").
 *  - `minorChild` + `groomingAct`: a child or teenager of the customer's approached by an adult — asked for photos, to
 *    meet, to keep it secret, to switch the camera on (frame 'minor-approached', the whole message). A marketplace, a
 *    game or a phone company must hand that to a person (and its safety team) at once.
 *
 * Written from general knowledge of what parents, carers and people on their own write in such moments (poison-centre
 * and child-safety guidance name these items and approaches); not from any evaluation set. Words as `normalizeText`
 * leaves them (accents folded when the table is merged).
 */
import type { ConceptTable } from './types.js';

export const URGENT_HARM: Readonly<Record<string, ConceptTable>> = {
  en: {
    abuser: ['my husband', 'my wife', 'my partner', 'my boyfriend', 'my girlfriend', 'my ex', 'my ex-husband', 'my ex husband', 'my ex-wife', 'my ex-partner', 'my ex partner', 'my ex-boyfriend', 'my stepfather', 'my stepdad'],
    violentAct: ['hits me and', 'hits me when', 'hits me if', 'has hit me', 'hit me again', 'hit me last', 'started hitting me', 'keeps hitting me', 'beats me', 'beat me up', 'hurts me', 'hurt me again', 'is violent', 'gets violent', 'attacked me', 'strangled me', 'threatened to kill me', 'threatens to kill me', 'threatened to hurt me', 'threatens to hurt me', 'tracks me', 'tracking me', 'track where i', 'stalking me', 'stalks me', 'find out where i', "find out where i'm", 'find out where i am', "see where i'm", 'to find where i', 'knows where i am', 'knows where i live', 'keeps turning up', 'turned up at my', 'follows me'],
    leftWithoutHelp: ['nobody came', 'no one came', 'nobody helped', 'no one helped', 'nobody is helping', 'no one is helping', 'no assistance', 'assistance never came', "assistance didn't", 'assistance did not', 'left on the plane', 'left at the gate', 'left stranded', 'left alone', 'only way is by phone', 'only way to', 'only by phone', 'only by calling', 'phone only', 'have to call', 'been sitting here for', 'been waiting for hours'],
    fellDown: ['fell', 'has fallen', 'have fallen', 'had a fall', 'fell over', 'fell down', 'fallen over', 'slipped and fell', 'tripped and fell'],
    cantGetUp: ["can't get up", 'cannot get up', "can't get back up", 'unable to get up', "can't stand up", "couldn't get up", 'could not get up'],
    swallowVerb: ['swallowed', 'has swallowed', 'just swallowed', 'might have swallowed', 'may have swallowed', 'think he swallowed', 'think she swallowed', 'drank some', 'drunk some', 'has drunk', 'bit into', 'bitten into', 'chewed on', 'ate a', 'ate some'],
    dangerItem: ['button battery', 'coin battery', 'watch battery', 'a battery', 'the battery', 'batteries', 'magnet', 'magnets', 'detergent pod', 'laundry pod', 'laundry capsule', 'washing capsule', 'detergent capsule', 'dishwasher tablet', 'dishwasher tablets', 'bleach', 'drain cleaner', 'oven cleaner', 'cleaning fluid', 'cleaning product', 'lamp oil', 'e-liquid', 'vape liquid', 'nicotine liquid', 'antifreeze', 'rat poison', 'weed killer', 'slug pellets', 'essential oil', 'washing up liquid', 'dishwasher powder'],
    emergencyNow: ['pregnant and bleeding', 'bleeding heavily', 'heavy bleeding', 'losing a lot of blood', "fell and can't get up", 'fell and cannot get up', "fallen and can't get up", 'fallen and cannot get up', "on the floor and can't get up", "can't get up off the floor", 'cannot get up off the floor', "she can't get up", "he can't get up", "i can't get up", 'fell down the stairs', 'has had a fall', 'had a bad fall'],
    confusedState: ["doesn't know where he is", "doesn't know where she is", 'does not know where he is', 'does not know where she is', "didn't know where he was", "didn't know where she was", 'disoriented', 'wandered off', "doesn't recognise", "didn't recognise", "doesn't recognize", "didn't recognize"],
    minorChild: ['my 10 year old', 'my 11 year old', 'my 12 year old', 'my 13 year old', 'my 14 year old', 'my 15 year old', 'my 16 year old', 'my 17 year old', 'year old daughter', 'year old son', 'year-old daughter', 'year-old son', 'my teenage daughter', 'my teenage son', 'my teenager', 'my young daughter', 'my young son', 'my little girl', 'my little boy', 'my child', 'my kid', 'my kids', 'underage', 'a minor', 'is only 12', 'is only 13', 'is only 14', 'is only 15', 'she is 13', 'she is 14', 'he is 13', 'he is 14', "she's 13", "she's 14", "he's 13", "he's 14"],
    groomingAct: ['asking for photos', 'asked for photos', 'asking her for photos', 'asking him for photos', 'asked her for photos', 'asked him for photos', 'asking for pictures', 'asked for pictures', 'wants to meet her', 'wants to meet him', 'asked to meet her', 'asked to meet him', 'asked her to meet', 'asked him to meet', 'meet him in person', 'not to tell us', "not to tell her parents", 'not to tell his parents', 'keep it a secret', 'keep it secret from us', 'turn on her camera', 'turn on his camera', 'switch on the camera', 'send nudes', 'nude photos', 'sexual messages', 'explicit messages', 'explicit photos', 'sending her gifts', 'sent her gifts', 'sending him gifts', 'a grown man', 'an adult man', 'an older man', 'pretending to be a kid', 'pretending to be 14'],
  },
  de: {
    abuser: ['mein mann', 'meine frau', 'mein partner', 'meine partnerin', 'mein freund', 'mein ex', 'mein exmann', 'mein ex-mann', 'meine exfrau', 'mein ex-partner', 'mein stiefvater'],
    violentAct: ['schlägt mich', 'schlagt mich', 'hat mich geschlagen', 'tut mir weh', 'wird gewalttätig', 'hat mich gewürgt', 'droht mich umzubringen', 'hat gedroht mich umzubringen', 'droht mir', 'verfolgt mich', 'stalkt mich', 'herausfinden wo ich', 'rausfinden wo ich', 'weiß wo ich bin', 'taucht immer wieder auf'],
    leftWithoutHelp: ['niemand kam', 'keiner kam', 'niemand hat geholfen', 'keiner hat geholfen', 'keine hilfe', 'keine assistenz', 'nur telefonisch', 'nur per telefon', 'nur über telefon', 'allein gelassen', 'sitze hier seit'],
    fellDown: ['gestürzt', 'gesturzt', 'hingefallen', 'umgefallen', 'gefallen'],
    cantGetUp: ['kommt nicht hoch', 'komme nicht hoch', 'kann nicht aufstehen', 'kann nicht mehr aufstehen'],
    swallowVerb: ['verschluckt', 'hat verschluckt', 'geschluckt', 'hat geschluckt', 'getrunken', 'hat getrunken', 'gebissen', 'zerbissen', 'in den mund genommen'],
    dangerItem: ['knopfbatterie', 'knopfzelle', 'batterie', 'batterien', 'magnet', 'magnete', 'magneten', 'waschmittelkapsel', 'waschmittel-pod', 'spülmaschinentab', 'spulmaschinentab', 'geschirrspültab', 'bleichmittel', 'chlorreiniger', 'rohrreiniger', 'backofenreiniger', 'putzmittel', 'reinigungsmittel', 'lampenöl', 'lampenol', 'liquid', 'e-liquid', 'nikotin', 'frostschutzmittel', 'rattengift', 'unkrautvernichter', 'ätherisches öl', 'atherisches ol'],
    emergencyNow: ['gestürzt und kommt nicht hoch', 'gestürzt und kann nicht aufstehen', 'gestürzt und kommt nicht mehr hoch', 'kommt nicht mehr hoch', 'kann nicht mehr aufstehen', 'kann nicht aufstehen', 'liegt auf dem boden und', 'die treppe runtergefallen', 'die treppe hinuntergefallen'],
    minorChild: ['jährige tochter', 'jahrige tochter', 'jähriger sohn', 'jahriger sohn', 'jährigen sohn', 'jahrigen sohn', 'meine tochter ist 1*', 'mein sohn ist 1*', 'mein kind', 'meine kinder', 'minderjährig*', 'minderjahrig*'],
    groomingAct: ['fragt nach fotos', 'fragt sie nach fotos', 'fragt ihn nach fotos', 'will fotos', 'nacktfotos', 'will sie treffen', 'will ihn treffen', 'sich mit ihr treffen', 'sich mit ihm treffen', 'niemandem erzählen', 'niemandem sagen', 'nichts sagen soll', 'geheim halten', 'kamera einschalten', 'kamera anmachen', 'ein erwachsener mann', 'erwachsener mann', 'älterer mann', 'alterer mann', 'schickt ihr geschenke', 'schenken will'],
  },
  fr: {
    abuser: ['mon mari', 'ma femme', 'mon conjoint', 'ma conjointe', 'mon compagnon', 'mon copain', 'mon ex', 'mon ex-mari', 'mon ex-conjoint', 'mon beau-père'],
    violentAct: ['me frappe', "m'a frappée", "m'a frappé", 'me bat', 'me fait du mal', 'devient violent', 'est violent', "m'a étranglée", 'menace de me tuer', 'a menacé de me tuer', 'me menace', 'me suit', 'me traque', 'savoir où je suis', 'sait où je suis', 'trouver où je'],
    leftWithoutHelp: ['personne n\'est venu', "personne n'est venu", "personne ne m'a aidé", "personne ne m'aide", "pas d'assistance", 'aucune assistance', 'uniquement par téléphone', 'seulement par téléphone', 'que par téléphone', 'laissé seul', 'laissée seule'],
    fellDown: ['tombé', 'tombée', 'fait une chute', 'chuté'],
    cantGetUp: ['ne peut pas se relever', 'ne peut plus se relever', "n'arrive pas à se relever", "n'arrive pas à me relever", 'ne peux pas me relever'],
    swallowVerb: ['avalé', 'a avalé', 'bu', 'a bu', 'mordu', 'a mordu', 'mis dans la bouche', 'mis en bouche'],
    dangerItem: ['pile bouton', 'pile plate', 'aimant', 'aimants', 'capsule de lessive', 'dosette de lessive', 'pastille lave-vaisselle', 'tablette lave-vaisselle', 'javel', 'eau de javel', 'déboucheur', 'produit ménager', "produit d'entretien", 'huile de lampe', 'e-liquide', 'liquide de cigarette', 'nicotine', 'antigel', 'mort-aux-rats', 'désherbant', 'huile essentielle'],
    emergencyNow: ['tombé et ne peut pas se relever', 'tombée et ne peut pas se relever', 'tombé et ne peut plus se relever', 'tombée et ne peut plus se relever', "je n'arrive pas à me relever", "n'arrive pas à se relever", 'ne peut plus se relever', 'tombé dans les escaliers', 'tombée dans les escaliers'],
    minorChild: ['ma fille de 1*', 'mon fils de 1*', 'ma fille a 1*', 'mon fils a 1*', 'mon enfant', 'mes enfants', 'mineur', 'mineure', 'mon ado', 'ma petite fille', 'mon petit garçon'],
    groomingAct: ['demande des photos', 'lui demande des photos', 'demandé des photos', 'veut la rencontrer', 'veut le rencontrer', 'lui donner rendez-vous', 'ne rien dire', "n'en parler à personne", 'garder le secret', 'allumer la caméra', 'allumer sa caméra', 'photos nues', 'un homme adulte', 'un homme plus âgé', 'lui envoie des cadeaux'],
  },
  es: {
    abuser: ['mi marido', 'mi esposo', 'mi mujer', 'mi esposa', 'mi pareja', 'mi novio', 'mi novia', 'mi ex', 'mi exmarido', 'mi ex marido', 'mi expareja', 'mi padrastro'],
    violentAct: ['me pega', 'me ha pegado', 'me golpea', 'me hace daño', 'se pone violento', 'es violento', 'me ha amenazado de muerte', 'amenaza con matarme', 'me amenaza', 'me persigue', 'me sigue', 'saber dónde estoy', 'sabe dónde estoy', 'averiguar dónde'],
    leftWithoutHelp: ['nadie vino', 'nadie ha venido', 'nadie me ayudó', 'nadie me ha ayudado', 'nadie me ayuda', 'sin asistencia', 'no hubo asistencia', 'solo por teléfono', 'solo por telefono', 'únicamente por teléfono', 'me dejaron solo', 'me dejaron sola'],
    fellDown: ['se ha caído', 'se ha caido', 'se cayó', 'se cayo', 'me he caído', 'me he caido', 'me caí', 'me cai'],
    cantGetUp: ['no puede levantarse', 'no se puede levantar', 'no puedo levantarme', 'no me puedo levantar'],
    swallowVerb: ['se ha tragado', 'se tragó', 'tragado', 'tragó', 'se ha bebido', 'se bebió', 'ha bebido', 'bebió', 'ha mordido', 'mordió', 'se ha tomado', 'se tomó', 'se ha metido en la boca'],
    dangerItem: ['pila de botón', 'pila de boton', 'una pila', 'pilas', 'imán', 'iman', 'imanes', 'cápsula de detergente', 'capsula de detergente', 'pastilla del lavavajillas', 'pastilla de lavavajillas', 'lejía', 'lejia', 'desatascador', 'producto de limpieza', 'aceite de lámpara', 'aceite de lampara', 'líquido de vapeo', 'liquido de vapeo', 'nicotina', 'anticongelante', 'matarratas', 'veneno para ratas', 'herbicida', 'aceite esencial', 'detergente'],
    emergencyNow: ['se ha caído y no puede levantarse', 'se ha caido y no puede levantarse', 'se cayó y no puede levantarse', 'me he caído y no puedo levantarme', 'me he caido y no puedo levantarme', 'no me puedo levantar', 'no puede levantarse', 'se ha caído por las escaleras', 'se cayó por las escaleras'],
    minorChild: ['mi hija de 1*', 'mi hijo de 1*', 'mi hija tiene 1*', 'mi hijo tiene 1*', 'mi niño', 'mi niña', 'mis hijos', 'menor de edad', 'es menor'],
    groomingAct: ['le pide fotos', 'pidiendo fotos', 'pide fotos', 'le ha pedido fotos', 'quiere quedar con ella', 'quiere quedar con él', 'quiere verla', 'quiere conocerla', 'que no se lo cuente a nadie', 'que no nos diga', 'que no diga nada', 'guardar el secreto', 'encienda la cámara', 'encender la cámara', 'fotos desnuda', 'un hombre adulto', 'un hombre mayor', 'le manda regalos', 'le envía regalos'],
  },
  it: {
    abuser: ['mio marito', 'mia moglie', 'il mio compagno', 'la mia compagna', 'il mio ragazzo', 'il mio ex', 'mio ex marito', 'il mio ex marito', 'il mio patrigno'],
    violentAct: ['mi picchia', 'mi ha picchiata', 'mi ha picchiato', 'mi fa del male', 'diventa violento', 'è violento', 'minaccia di uccidermi', 'ha minacciato di uccidermi', 'mi minaccia', 'mi segue', 'mi perseguita', 'sapere dove sono', 'sa dove sono', 'scoprire dove'],
    leftWithoutHelp: ['non è venuto nessuno', 'nessuno è venuto', 'nessuno mi ha aiutato', 'nessuno mi aiuta', 'nessuna assistenza', 'solo per telefono', 'solo telefonicamente', 'lasciato solo', 'lasciata sola'],
    fellDown: ['caduto', 'caduta', 'è caduta', 'è caduto', 'sono caduto', 'sono caduta'],
    cantGetUp: ['non riesce ad alzarsi', 'non riesco ad alzarmi', 'non riesce a rialzarsi', 'non riesco a rialzarmi'],
    swallowVerb: ['ha ingoiato', 'ingoiato', 'ha inghiottito', 'inghiottito', 'ha bevuto', 'bevuto', 'ha morso', 'morso', 'messo in bocca'],
    dangerItem: ['pila a bottone', 'batteria a bottone', 'una pila', 'pile', 'batteria', 'calamita', 'calamite', 'magnete', 'capsula di detersivo', 'capsula del detersivo', 'pastiglia per lavastoviglie', 'candeggina', 'varechina', 'sgorgante', 'detersivo', 'prodotto per la pulizia', 'olio per lampade', 'liquido per sigaretta', 'nicotina', 'antigelo', 'veleno per topi', 'diserbante', 'olio essenziale'],
    emergencyNow: ['caduto e non riesce ad alzarsi', 'caduta e non riesce ad alzarsi', 'caduto e non riesco ad alzarmi', 'caduta e non riesco ad alzarmi', 'non riesco ad alzarmi', 'non riesce ad alzarsi', 'non riesce più ad alzarsi', 'caduto dalle scale', 'caduta dalle scale'],
    minorChild: ['mia figlia di 1*', 'mio figlio di 1*', 'mia figlia ha 1*', 'mio figlio ha 1*', 'il mio bambino', 'la mia bambina', 'i miei figli', 'minorenne'],
    groomingAct: ['chiede foto', 'le chiede foto', 'gli chiede foto', 'chiesto delle foto', 'vuole incontrarla', 'vuole incontrarlo', 'vederla di persona', 'non dirlo a nessuno', 'non dire niente', 'mantenere il segreto', 'accendere la telecamera', 'accendere la webcam', 'foto nude', 'un uomo adulto', 'un uomo più grande', 'le manda regali'],
  },
  pt: {
    abuser: ['meu marido', 'o meu marido', 'minha mulher', 'minha esposa', 'meu companheiro', 'meu namorado', 'o meu namorado', 'meu ex', 'o meu ex', 'meu ex-marido', 'meu padrasto'],
    violentAct: ['me bate', 'bate-me', 'me agrediu', 'agrediu-me', 'me machuca', 'fica violento', 'é violento', 'ameaçou me matar', 'ameaça me matar', 'ameaçou matar-me', 'me ameaça', 'me persegue', 'me segue', 'saber onde eu estou', 'sabe onde estou', 'descobrir onde'],
    leftWithoutHelp: ['ninguém veio', 'ninguem veio', 'ninguém me ajudou', 'ninguém ajuda', 'sem assistência', 'só por telefone', 'so por telefone', 'apenas por telefone', 'me deixaram sozinho', 'me deixaram sozinha'],
    fellDown: ['caiu', 'caí', 'levou uma queda', 'sofreu uma queda'],
    cantGetUp: ['não consegue levantar', 'não consegue se levantar', 'não consigo levantar', 'não consigo me levantar'],
    swallowVerb: ['engoliu', 'engolido', 'bebeu', 'bebido', 'mordeu', 'mordido', 'pôs na boca', 'colocou na boca'],
    dangerItem: ['bateria de botão', 'bateria de botao', 'pilha de botão', 'pilha de botao', 'uma pilha', 'pilhas', 'bateria', 'ímã', 'ima', 'íman', 'iman', 'ímãs', 'imãs', 'cápsula de detergente', 'capsula de detergente', 'pastilha da máquina', 'pastilha de lava-louça', 'lixívia', 'lixivia', 'água sanitária', 'agua sanitaria', 'desentupidor', 'produto de limpeza', 'óleo de lamparina', 'líquido de vape', 'nicotina', 'anticongelante', 'veneno de rato', 'herbicida', 'óleo essencial'],
    emergencyNow: ['caiu e não consegue levantar', 'caiu e nao consegue levantar', 'caiu e não consegue se levantar', 'caí e não consigo levantar', 'não consigo me levantar', 'nao consigo me levantar', 'não consigo levantar-me', 'não consegue levantar-se', 'caiu da escada', 'caiu das escadas'],
    minorChild: ['minha filha de 1*', 'meu filho de 1*', 'a minha filha de 1*', 'o meu filho de 1*', 'minha filha tem 1*', 'meu filho tem 1*', 'meu menino', 'minha menina', 'menor de idade'],
    groomingAct: ['pedindo fotos', 'pede fotos', 'pediu fotos', 'a pedir fotos', 'quer encontrá-la', 'quer encontrar ela', 'quer conhecê-la', 'não contar a ninguém', 'nao contar a ninguem', 'não contar pra ninguém', 'guardar segredo', 'ligar a câmera', 'ligar a câmara', 'fotos nua', 'um homem adulto', 'um homem mais velho', 'manda presentes'],
  },
  nl: {
    abuser: ['mijn man', 'mijn vrouw', 'mijn partner', 'mijn vriend', 'mijn ex', 'mijn ex-man', 'mijn stiefvader'],
    violentAct: ['slaat me', 'sloeg me', 'heeft me geslagen', 'doet me pijn', 'wordt gewelddadig', 'is gewelddadig', 'dreigt me te vermoorden', 'heeft gedreigd me te vermoorden', 'bedreigt me', 'achtervolgt me', 'stalkt me', 'uitzoeken waar ik', 'weet waar ik ben'],
    leftWithoutHelp: ['niemand kwam', 'er kwam niemand', 'niemand hielp', 'niemand helpt', 'geen assistentie', 'alleen telefonisch', 'alleen via de telefoon', 'alleen gelaten'],
    fellDown: ['gevallen', 'gestruikeld'],
    cantGetUp: ['kan niet opstaan', 'kan niet meer opstaan', 'komt niet overeind', 'komt niet meer overeind'],
    swallowVerb: ['ingeslikt', 'heeft ingeslikt', 'doorgeslikt', 'opgedronken', 'gedronken', 'heeft gedronken', 'gebeten', 'in zijn mond', 'in haar mond'],
    dangerItem: ['knoopcelbatterij', 'knoopbatterij', 'batterij', 'batterijen', 'magneet', 'magneetjes', 'wasmiddelcapsule', 'wascapsule', 'vaatwastablet', 'bleek', 'bleekmiddel', 'chloor', 'ontstopper', 'schoonmaakmiddel', 'lampenolie', 'e-liquid', 'nicotine', 'antivries', 'rattengif', 'onkruidverdelger', 'etherische olie'],
    emergencyNow: ['gevallen en kan niet opstaan', 'gevallen en komt niet overeind', 'kan niet meer opstaan', 'kan niet opstaan', 'komt niet meer overeind', 'van de trap gevallen'],
    minorChild: ['mijn dochter van 1*', 'mijn zoon van 1*', 'mijn dochter is 1*', 'mijn zoon is 1*', 'mijn kind', 'minderjarig*'],
    groomingAct: ['vraagt om foto', 'vraagt haar om foto', 'vraagt hem om foto', "vraagt om foto's", 'wil met haar afspreken', 'wil met hem afspreken', 'wil haar ontmoeten', 'niemand vertellen', 'niets zeggen', 'geheim houden', 'camera aanzetten', "naaktfoto's", 'naaktfoto', 'een volwassen man', 'een oudere man', 'stuurt haar cadeaus'],
  },
  pl: {
    swallowVerb: ['połknął', 'połknęła', 'połknęło', 'wypił', 'wypiła', 'ugryzł', 'ugryzła', 'włożył do buzi', 'włożyła do buzi'],
    dangerItem: ['baterię guzikową', 'bateria guzikowa', 'baterię', 'baterie', 'magnes', 'magnesy', 'kapsułkę do prania', 'kapsułka do prania', 'tabletkę do zmywarki', 'wybielacz', 'domestos', 'kret', 'środek czystości', 'płyn do czyszczenia', 'olej do lamp', 'liquid', 'nikotyn*', 'płyn do chłodnic', 'trutkę na szczury', 'olejek eteryczny'],
    emergencyNow: ['upadła i nie może wstać', 'upadł i nie może wstać', 'przewróciła się i nie może wstać', 'przewrócił się i nie może wstać', 'nie mogę wstać', 'nie może wstać', 'spadła ze schodów', 'spadł ze schodów'],
    minorChild: ['moja córka ma 1*', 'mój syn ma 1*', 'letnia córka', 'letni syn', 'moje dziecko', 'niepełnolet*'],
    groomingAct: ['prosi o zdjęcia', 'prosił o zdjęcia', 'chce się z nią spotkać', 'chce się z nim spotkać', 'nikomu nie mówić', 'nic nie mówić rodzicom', 'zachować w tajemnicy', 'włączyć kamerę', 'nagie zdjęcia', 'dorosły mężczyzna', 'dorosły facet', 'starszy mężczyzna', 'wysyła jej prezenty'],
  },
  sv: {
    swallowVerb: ['svalt', 'har svalt', 'druckit', 'har druckit', 'bitit i', 'stoppat i munnen'],
    dangerItem: ['knappcellsbatteri', 'batteri', 'batterier', 'magnet', 'magneter', 'tvättkapsel', 'diskmaskinstablett', 'klorin', 'propplösare', 'rengöringsmedel', 'lampolja', 'e-juice', 'nikotin', 'frostskyddsvätska', 'råttgift', 'eterisk olja'],
    emergencyNow: ['ramlat och kan inte resa sig', 'ramlat och kommer inte upp', 'kan inte resa mig', 'kan inte resa sig', 'ramlat i trappan'],
    minorChild: ['min dotter är 1*', 'min son är 1*', 'årig dotter', 'årig son', 'mitt barn', 'minderårig'],
    groomingAct: ['ber om bilder', 'ber henne om bilder', 'vill träffa henne', 'vill träffa honom', 'inte berätta för någon', 'hålla det hemligt', 'sätta på kameran', 'nakenbilder', 'en vuxen man', 'en äldre man'],
  },
  tr: {
    swallowVerb: ['yuttu', 'yutmuş', 'yutmus', 'içti', 'icti', 'içmiş', 'icmis', 'ısırdı', 'ağzına aldı'],
    dangerItem: ['düğme pil', 'dugme pil', 'pil', 'piller', 'mıknatıs', 'miknatis', 'deterjan kapsülü', 'bulaşık tableti', 'çamaşır suyu', 'camasir suyu', 'lavabo açıcı', 'temizlik malzemesi', 'gaz yağı', 'likit', 'nikotin', 'antifriz', 'fare zehiri', 'uçucu yağ'],
    emergencyNow: ['düştü ve kalkamıyor', 'dustu ve kalkamiyor', 'düştü kalkamıyor', 'kalkamıyorum', 'kalkamiyorum', 'merdivenden düştü'],
    minorChild: ['yaşındaki kızım', 'yasindaki kizim', 'yaşındaki oğlum', 'yasindaki oglum', 'çocuğum', 'cocugum', 'reşit olmayan'],
    groomingAct: ['fotoğraf istiyor', 'fotograf istiyor', 'fotoğraf istemiş', 'onunla buluşmak istiyor', 'kimseye söyleme', 'kimseye söylememesini', 'sır olarak', 'kamerayı açmasını', 'çıplak fotoğraf', 'yetişkin bir adam', 'yaşlı bir adam'],
  },
  ru: {
    swallowVerb: ['проглотил', 'проглотила', 'проглотило', 'выпил', 'выпила', 'прокусил', 'прокусила', 'засунул в рот', 'засунула в рот'],
    dangerItem: ['батарейку', 'батарейка', 'батарейки', 'таблетку-батарейку', 'магнит', 'магниты', 'капсулу для стирки', 'капсула для стирки', 'таблетку для посудомойки', 'отбеливатель', 'белизну', 'крот', 'средство для чистки', 'чистящее средство', 'керосин', 'жидкость для вейпа', 'никотин', 'антифриз', 'крысиный яд', 'эфирное масло'],
    emergencyNow: ['упала и не может встать', 'упал и не может встать', 'не могу встать', 'не может встать', 'упала с лестницы', 'упал с лестницы'],
    minorChild: ['моей дочери 1*', 'моему сыну 1*', 'летняя дочь', 'летний сын', 'летней дочери', 'мой ребенок', 'мой ребёнок', 'несовершеннолетн*'],
    groomingAct: ['просит фото', 'просит прислать фото', 'просил фото', 'хочет с ней встретиться', 'хочет с ним встретиться', 'никому не говорить', 'ничего не говорить родителям', 'держать в секрете', 'включить камеру', 'голые фото', 'взрослый мужчина', 'взрослый мужик', 'мужчина постарше', 'дарит ей подарки'],
  },
  uk: {
    swallowVerb: ['проковтнув', 'проковтнула', 'випив', 'випила', 'прокусив', 'прокусила'],
    dangerItem: ['батарейку', 'батарейка', 'магніт', 'магніти', 'капсулу для прання', 'відбілювач', 'засіб для чищення', 'никотин', 'нікотин', 'антифриз', 'отруту для щурів'],
    emergencyNow: ['впала і не може встати', 'впав і не може встати', 'не можу встати', 'не може встати', 'впала зі сходів'],
    minorChild: ['річна донька', 'річний син', 'моїй доньці 1*', 'моєму сину 1*', 'моя дитина', 'неповнолітн*'],
    groomingAct: ['просить фото', 'хоче з нею зустрітися', 'нікому не казати', 'тримати в таємниці', 'увімкнути камеру', 'оголені фото', 'дорослий чоловік'],
  },
  id: {
    swallowVerb: ['menelan', 'tertelan', 'meminum', 'minum', 'menggigit', 'masuk ke mulut'],
    dangerItem: ['baterai kancing', 'baterai', 'magnet', 'kapsul deterjen', 'deterjen', 'pemutih', 'cairan pembersih', 'minyak tanah', 'liquid vape', 'nikotin', 'racun tikus', 'minyak esensial'],
    emergencyNow: ['jatuh dan tidak bisa bangun', 'jatuh dan gak bisa bangun', 'tidak bisa bangun', 'jatuh dari tangga'],
    minorChild: ['anak saya yang berumur 1*', 'anak perempuan saya 1*', 'anak laki-laki saya 1*', 'anak saya', 'di bawah umur'],
    groomingAct: ['minta foto', 'meminta foto', 'mengajak ketemu', 'ingin bertemu dengannya', 'jangan bilang siapa-siapa', 'merahasiakan', 'menyalakan kamera', 'foto telanjang', 'pria dewasa'],
  },
  vi: {
    swallowVerb: ['nuốt', 'nuốt phải', 'uống phải', 'cắn vỡ'],
    dangerItem: ['pin cúc áo', 'pin', 'nam châm', 'viên giặt', 'thuốc tẩy', 'nước tẩy', 'chất tẩy rửa', 'dầu hỏa', 'tinh dầu thuốc lá', 'nicotine', 'thuốc chuột', 'tinh dầu'],
    emergencyNow: ['bị ngã không dậy được', 'ngã không đứng dậy được', 'không đứng dậy được', 'ngã cầu thang'],
    minorChild: ['con gái tôi 1* tuổi', 'con trai tôi 1* tuổi', 'con tôi', 'trẻ vị thành niên'],
    groomingAct: ['đòi ảnh', 'xin ảnh', 'muốn gặp con bé', 'muốn gặp riêng', 'đừng nói với ai', 'giữ bí mật', 'bật camera', 'ảnh khỏa thân', 'một người đàn ông lớn tuổi'],
  },
  ja: {
    swallowVerb: ['飲み込んだ', '飲み込んで', '誤飲', '飲んでしまった', '口に入れた'],
    dangerItem: ['ボタン電池', '電池', '磁石', 'マグネット', '洗剤', 'ジェルボール', '漂白剤', 'パイプクリーナー', '灯油', 'リキッド', 'ニコチン', '殺鼠剤', 'アロマオイル', '精油'],
    emergencyNow: ['転んで起き上がれない', '転倒して起き上がれない', '倒れて起き上がれない', '起き上がれない', '階段から落ちた'],
    minorChild: ['歳の娘', '歳の息子', '中学生の娘', '中学生の息子', '高校生の娘', '小学生の娘', 'うちの子', '未成年'],
    groomingAct: ['写真を送れ', '写真を要求', '写真を求め', '会おうと', '会いたいと言', '誰にも言わない', '親に言わない', '秘密にして', 'カメラをつけて', '裸の写真', '大人の男', '年上の男'],
  },
  zh: {
    swallowVerb: ['吞了', '吞下', '误吞', '誤吞', '喝了', '咬破', '放进嘴'],
    dangerItem: ['纽扣电池', '鈕扣電池', '电池', '電池', '磁铁', '磁鐵', '洗衣凝珠', '洗碗块', '漂白水', '漂白剂', '消毒液', '通渠剂', '清洁剂', '清潔劑', '煤油', '烟油', '尼古丁', '防冻液', '老鼠药', '老鼠藥', '精油'],
    emergencyNow: ['摔倒了起不来', '摔倒起不来', '跌倒起不来', '跌倒了起不來', '起不来了', '从楼梯上摔下来'],
    minorChild: ['岁的女儿', '歲的女兒', '岁的儿子', '歲的兒子', '我孩子', '我的孩子', '未成年'],
    groomingAct: ['要照片', '索要照片', '让她发照片', '约她见面', '约他见面', '不要告诉任何人', '不要告诉父母', '保密', '打开摄像头', '裸照', '成年男人'],
  },
  ko: {
    swallowVerb: ['삼켰', '삼킨', '마셨', '삼켜', '입에 넣'],
    dangerItem: ['수은전지', '버튼 배터리', '단추형 전지', '건전지', '배터리', '자석', '세제', '캡슐 세제', '락스', '표백제', '세정제', '등유', '액상', '니코틴', '쥐약', '에센셜 오일'],
    emergencyNow: ['넘어져서 못 일어나', '넘어져서 일어나지 못', '일어나지 못하고', '못 일어나', '계단에서 떨어졌'],
    minorChild: ['살 딸', '살 아들', '중학생 딸', '중학생 아들', '우리 아이', '미성년자'],
    groomingAct: ['사진을 보내라', '사진을 요구', '만나자고', '아무한테도 말하지', '비밀로 하라', '카메라를 켜', '나체 사진', '성인 남자', '어른 남자'],
  },
  ar: {
    swallowVerb: ['بلع', 'ابتلع', 'ابتلعت', 'بلعت', 'شرب', 'شربت'],
    dangerItem: ['بطارية', 'بطارية زر', 'بطاريات', 'مغناطيس', 'كبسولة غسيل', 'مبيض', 'كلور', 'منظف', 'منظفات', 'كيروسين', 'نيكوتين', 'سم فئران', 'زيت عطري'],
    emergencyNow: ['وقعت ولا تستطيع النهوض', 'وقع ولا يستطيع النهوض', 'لا أستطيع النهوض', 'لا تستطيع النهوض', 'سقطت من الدرج'],
    minorChild: ['ابنتي عمرها 1*', 'ابني عمره 1*', 'طفلي', 'طفلتي', 'قاصر'],
    groomingAct: ['يطلب صور', 'يطلب منها صور', 'يريد مقابلتها', 'لا تخبر أحدا', 'لا تخبري أحدا', 'سر بينهما', 'تشغيل الكاميرا', 'صور عارية', 'رجل بالغ', 'رجل كبير'],
  },
  hi: {
    swallowVerb: ['निगल लिया', 'निगल ली', 'निगल गया', 'निगल गई', 'pi liya', 'pee liya', 'nigal liya', 'nigal li', 'nigal gaya'],
    dangerItem: ['बटन बैटरी', 'बैटरी', 'चुंबक', 'डिटर्जेंट', 'ब्लीच', 'फिनाइल', 'मिट्टी का तेल', 'chuhe maarne ki dawa', 'battery', 'button battery', 'magnet', 'detergent', 'bleach', 'phenyl', 'mitti ka tel'],
    emergencyNow: ['गिर गईं और उठ नहीं पा रही', 'गिर गए और उठ नहीं पा रहे', 'उठ नहीं पा रही', 'उठ नहीं पा रहे', 'gir gayi aur uth nahi pa rahi', 'gir gaye aur uth nahi pa rahe', 'uth nahi pa rahi', 'seedhi se gir'],
    minorChild: ['saal ki beti', 'saal ka beta', 'साल की बेटी', 'साल का बेटा', 'mera bachcha', 'meri bachchi', 'नाबालिग', 'nabalig'],
    groomingAct: ['photo maang raha', 'photos maang raha', 'फोटो मांग रहा', 'milne ko bol raha', 'मिलने को बोल रहा', 'kisi ko mat batana', 'किसी को मत बताना', 'camera on karne', 'ek bada aadmi', 'एक बड़ा आदमी'],
  },
};
