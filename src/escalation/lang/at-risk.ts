/**
 * A customer at risk right now (round 21), per language, merged into each pack in ./index.ts and read by the
 * 'vulnerable' and 'self_harm' frames of ../situations.ts:
 *
 *  - `emergencyNow`: a medical emergency under way, told by the person living it or standing beside it — cannot breathe,
 *    chest pain, a throat or face swelling, a severe reaction, fainted or unconscious, a fit, a child who swallowed
 *    medicine, a dose taken twice or too many taken. A shop, a pharmacy, an insurer or a bank cannot answer that with an
 *    article: a person (and the emergency number) must. Frame 'emergency-now'.
 *  - `frailPerson` + `confusedState`: an elderly or ill relative, or the customer, confused or forgetful about what they
 *    order, pay or sign ("my 84-year-old dad has dementia and keeps ordering"). Frame 'confused-and-frail'.
 *  - `disabledSelf` + `unable`: the customer's own disability named beside what they cannot do ("I'm partially sighted
 *    and can't read the screen"). Frame 'disabled-and-unable'.
 *  - `selfHarm` gains the lethal-dose question and the wish not to wake up ("how many of these would it take", "a lethal
 *    dose", "so I don't wake up"): asked as a question it is still a hint, and for self-harm a person reading one hint
 *    too many is the safe side.
 *
 * The words join each pack's typo vocabulary (../spelling.ts): a word one letter from another term keeps that term's typos
 * uncorrected ("swollen" beside "stolen" left "stollen" as it is), so such words are left out.
 *
 * The first tables were written from general knowledge of how people write to a company in such moments (the categories
 * of vulnerability the UK FCA's guidance names: health, life events, resilience, capability). `lifeSupport`/`supplyLost`,
 * the later emergencies and the self-harm of sleep and medicines were read off the misses of the development files
 * data/escalation-dev/b8-at-risk-*.jsonl, some in those lines' own wording ("one pen left", "ne tiendra pas",
 * "slippa vakna"): figures on those files are in-sample. Nothing of an evaluation set was read. Words as `normalizeText`
 * leaves them (accents folded).
 */
import type { ConceptTable } from './types.js';

export const AT_RISK: Readonly<Record<string, ConceptTable>> = {
  en: {
    lifeSupport: ['ventilator', 'oxygen concentrator', 'oxygen machine', 'oxygen supply', 'my oxygen', 'his oxygen', 'her oxygen', 'oxygen tank', 'oxygen cylinder', 'dialysis', 'dialysis machine', 'insulin*', 'insulin pump', 'insulin pen', 'nebuliser', 'nebulizer', 'feeding pump', 'stairlift', 'powered wheelchair', 'wheelchair battery', 'personal alarm', 'pendant alarm', 'telecare', 'careline', 'medical alarm', 'heart medication', 'heart medicine', 'epipen'],
    supplyLost: ['power cut', 'power is off', 'no power', 'no electricity', 'electricity was cut', 'cut off our power', 'cut off the power', 'meter has run out', "it's run out", 'has run out', 'no credit', 'no water', 'water is off', 'gone off', 'stopped working', 'not working', "isn't working", "doesn't work", 'not responding', "didn't arrive", "hasn't arrived", 'never arrived', 'not here', 'marked as delivered', 'lost in the post', 'was returned', 'sent back', 'one pen left', 'last pen', 'one dose left', 'two doses left', 'last dose', 'only one left', 'battery is almost', 'battery is nearly', 'battery is dying', 'overdue', 'missed a session', 'skipped a session'],
    emergencyNow: [
      "i can't breathe", 'i cannot breathe', "can't breathe properly", 'struggling to breathe', 'trouble breathing', 'difficulty breathing', 'hard to breathe',
      'having chest pain', 'having chest pains', 'my chest hurts', 'my chest is tight', 'pain in my chest',
      'my throat is swelling', 'throat are swelling', 'lips are swelling', 'throat swelling up', 'face swelling up', 'lips swelling up', 'throat is closing', 'my throat feels tight', 'my face is swelling', 'my lips are swelling', 'my tongue is swelling', 'face swelled up',
      'having an allergic reaction', 'having a reaction to', 'having a bad reaction', 'anaphylaxis', 'anaphylactic',
      'passed out', 'just fainted', 'has fainted', 'keeps fainting', 'fainted twice', 'fainted again', 'is unconscious', 'collapsed at home', 'collapsed in the', 'found her collapsed', 'found him collapsed', 'having a seizure', 'had a seizure', 'having a fit',
      'swallowed some of my', 'swallowed my pills', 'swallowed some pills', 'swallowed some tablets', 'ate some of my pills', 'got into my medicine', 'got into my pills', 'got into the medicine',
      'took a double dose', 'taken a double dose', 'took twice the dose', 'took two doses', 'took too many', 'taken too many', 'took too much of', 'accidentally took', 'overdosed by accident', 'accidental overdose',
      // an essential medicine run out (insulin, an inhaler, heart or epilepsy medicine): the next dose missed is the emergency
      'ran out of insulin', 'run out of insulin', 'ran out of my insulin', 'run out of my insulin', 'no insulin left', 'without my insulin', 'without insulin',
      'ran out of my inhaler', 'run out of my inhaler', 'without my inhaler', 'ran out of my heart', 'run out of my heart', 'ran out of my blood pressure', 'run out of my blood pressure',
      'ran out of my epilepsy', 'run out of my epilepsy', 'ran out of my seizure', 'run out of my seizure', 'ran out of my blood thinner', 'run out of my blood thinners',
      'ran out of my medication', 'run out of my medication', 'ran out of my meds', 'run out of my meds', 'ran out of my medicine', 'run out of my medicine', 'ran out of my tablets', 'run out of my tablets',
      'without my medication for', 'without my meds for', 'without my medicine for', 'without my tablets for', 'missed my doses', 'missed two doses', 'missed three doses', 'no medication left', 'my last dose', 'my last tablet', 'my last pill',
      'words are jumbled', 'words are all jumbled', 'slurring her words', 'slurring his words', 'speech is slurred', 'face is drooping', 'just collapsed', 'has collapsed',
      "bleeding won't stop", "won't stop bleeding", "nosebleed that won't stop", "can't stop the bleeding", 'really floppy', 'floppy and sleepy', 'not responding to me', 'not breathing properly',
      'vomiting blood', 'coughing up blood', 'heart is racing', 'poison control', 'poisons centre', 'poison center', 'called an ambulance', 'waiting for the ambulance',
    ],
    frailPerson: ['my elderly', "i'm elderly", 'i am elderly', 'at my age', 'old lady', 'old man', 'i live alone', 'living alone', 'live on my own', 'elderly mother', 'elderly father', 'elderly mum', 'elderly dad', 'elderly parent', 'my grandmother', 'my grandfather', 'my grandma', 'my grandpa', 'my nan', 'my granny', 'year old mother', 'year old father', 'year old mum', 'year old dad', 'year-old mother', 'year-old father', 'year-old mum', 'year-old dad', 'has dementia', "has alzheimer's", 'has alzheimers', 'memory problems', 'memory loss'],
    confusedState: ['confused', 'gets confused', 'forgetful', 'forgets', "doesn't remember", 'does not remember', "doesn't understand", 'does not understand', 'keeps ordering', 'keeps buying', 'keeps paying', 'ordered it again', 'orders the same', 'ordered the same', 'ordered twice', 'ordered three times', "can't manage", 'cannot manage', 'struggling to use', "can't use the app", "can't work out", 'dementia', "alzheimer's", 'alzheimers', 'memory problems', 'memory loss'],
    disabledSelf: ["i'm blind", 'i am blind', 'partially sighted', 'visually impaired', 'sight impaired', "i'm deaf", 'i am deaf', 'hard of hearing', 'learning disability', 'dyslexic', 'wheelchair user', 'in a wheelchair', 'housebound', 'bedbound', 'bed bound', 'registered disabled', 'i have a disability', 'my disability'],
    selfHarm: ['lethal dose', 'fatal dose', 'deadly dose', 'how many would kill', 'how many would it take to die', 'how many pills would it take', 'how many tablets would it take', 'how many would be fatal', 'how many would be lethal', 'enough pills to die', 'enough pills to end', 'enough tablets to end', 'enough to kill myself', "so i don't wake up", 'to not wake up', 'not to wake up', 'so i never wake up', 'and not wake up', 'never wake up again', 'sleep forever', 'take the whole bottle', 'swallow the whole pack', "hope i don't wake up", 'hoping not to wake up', 'hope not to wake up', 'just not wake up', 'fall asleep and not wake', 'tired of waking up', 'sick of waking up', 'until it all stops', 'make it all stop', 'so it all stops', 'before it all stops', 'whole box at once', 'whole strip at once', 'whole pack at once', 'too many pills on purpose', 'overdose on purpose', 'if i do it myself'],
  },
  de: {
    lifeSupport: ['beatmungsgerat', 'sauerstoffgerat', 'sauerstoffkonzentrator', 'sauerstoff', 'dialysegerat', 'dialyse', 'heimdialyse', 'insulin*', 'insulinpumpe', 'hausnotruf', 'notrufknopf', 'treppenlift', 'elektrorollstuhl', 'ernahrungspumpe', 'herzmedikamente'],
    supplyLost: ['strom gesperrt', 'strom abgestellt', 'strom ist abgestellt', 'strom ist gesperrt', 'strom wurde abgestellt', 'strom abgeschaltet', 'strom ist weg', 'kein strom', 'stromausfall', 'kein wasser', 'wasser abgestellt', 'nicht geliefert', 'nicht angekommen', 'verloren', 'zuruckgeschickt', 'aufgebraucht', 'nur noch', 'letzte dosis', 'akku halt', 'akku leer', 'reagiert nicht', 'funktioniert nicht', 'ausgefallen', 'kaputt', 'uberfallig'],
    emergencyNow: ['bekomme keine luft', 'bekomme ich keine luft', 'kriege ich keine luft', 'keine luft mehr', 'kriege keine luft', 'kann nicht atmen', 'atemnot', 'schmerzen in der brust', 'brustschmerzen', 'hals schwillt', 'gesicht schwillt', 'allergische reaktion', 'anaphylaktisch', 'ohnmachtig geworden', 'bewusstlos', 'zusammengebrochen', 'krampfanfall', 'hat tabletten geschluckt', 'tabletten verschluckt', 'doppelte dosis genommen', 'zu viele tabletten genommen', 'versehentlich genommen', 'giftnotruf', 'krankenwagen gerufen', 'notarzt'],
    frailPerson: ['meine alte mutter', 'mein alter vater', 'meine oma', 'mein opa', 'meine grossmutter', 'mein grossvater', 'jahrige mutter', 'jahriger vater', 'ist dement', 'hat demenz', 'hat alzheimer'],
    confusedState: ['verwirrt', 'vergesslich', 'vergisst', 'versteht nicht', 'bestellt immer wieder', 'bestellt standig', 'demenz', 'dement', 'alzheimer'],
    disabledSelf: ['ich bin blind', 'sehbehindert', 'ich bin gehorlos', 'schwerhorig', 'im rollstuhl', 'schwerbehindert', 'ich habe eine behinderung', 'bettlagerig'],
    selfHarm: ['todliche dosis', 'wie viele tabletten braucht man', 'wie viele tabletten wurden reichen', 'nicht mehr aufwachen', 'nie wieder aufwachen', 'nicht mehr aufzuwachen', 'nie mehr aufzuwachen', 'die ganze packung nehmen', 'die ganze packung auf einmal', 'damit es endlich aufhort', 'bis alles aufhort', 'wenn ich es selbst mache', 'mit absicht zu viele', 'einschlafen und nicht mehr'],
  },
  fr: {
    lifeSupport: ['respirateur', "concentrateur d'oxygene", 'concentrateur', 'oxygene', 'dialyse', 'insuline', 'pompe a insuline', 'stylo a insuline', 'teleassistance', 'bracelet de teleassistance', 'medaillon de teleassistance', 'monte-escalier', 'fauteuil electrique'],
    supplyLost: ['coupe le courant', 'coupure de courant', 'plus de courant', "plus d'electricite", "plus d'eau", "coupe l'eau", 'pas ete livre', 'jamais arrive', 'egare', 'perdu', 'renvoye', 'ne reagit pas', 'ne fonctionne pas', 'ne marche pas', 'en panne', 'il reste une seule', "plus qu'une", 'derniere dose', 'ne tiendra pas', 'personne ne veut me la rendre'],
    emergencyNow: ["je n'arrive pas a respirer", 'je narrive pas a respirer', 'du mal a respirer', 'je respire mal', 'douleur dans la poitrine', 'douleurs thoraciques', 'mal a la poitrine', 'ma gorge gonfle', 'mon visage gonfle', 'reaction allergique', 'choc anaphylactique', "je me suis evanoui", "je me suis evanouie", "s'est evanoui", 'inconscient', 'inconsciente', 'convulsions', 'crise d\'epilepsie', 'a avale des comprimes', 'a avale mes medicaments', 'double dose', 'pris trop de comprimes', 'pris deux fois la dose', 'centre antipoison', 'appele le samu', 'appele les pompiers'],
    frailPerson: ['ma mere agee', 'mon pere age', 'ma grand-mere', 'mon grand-pere', 'ma grand mere', 'mon grand pere', 'a alzheimer', 'est dement', 'troubles de la memoire'],
    confusedState: ['confus', 'confuse', 'perd la tete', 'oublie', 'ne comprend pas', 'commande sans arret', 'recommande', 'alzheimer', 'demence'],
    disabledSelf: ['je suis aveugle', 'malvoyant', 'malvoyante', 'je suis sourd', 'je suis sourde', 'malentendant', 'malentendante', 'en fauteuil roulant', 'handicape', 'handicapee', "j'ai un handicap"],
    selfHarm: ['dose mortelle', 'dose letale', 'combien de comprimes faut-il', 'combien de comprimes pour mourir', 'ne plus me reveiller', 'ne jamais me reveiller', 'ne plus se reveiller', 'ne pas me reveiller', 'ne pas se reveiller', 'dormir pour de bon', 'dormirai pour de bon', 'avaler toute la boite', "la boite entiere d'un coup", "toute la boite d'un coup", 'pour ne plus se reveiller', 'dormirai pour toujours', 'que tout s\'arrete'],
  },
  es: {
    lifeSupport: ['respirador', 'concentrador de oxigeno', 'oxigeno', 'bombona', 'dialisis', 'insulina', 'bomba de insulina', 'boli de insulina', 'teleasistencia', 'boton de teleasistencia', 'salvaescaleras', 'silla electrica', 'bateria de la silla'],
    supplyLost: ['cortado la luz', 'corte de luz', 'sin luz', 'sin electricidad', 'sin agua', 'cortado el agua', 'no ha llegado', 'no ha venido', 'devuelto', 'perdido', 'extraviado', 'no funciona', 'no responde', 'no contesta', 'averiado', 'me quedan dos dosis', 'me queda una dosis', 'ultima dosis', 'casi a cero', 'se ha saltado'],
    emergencyNow: ['no puedo respirar', 'me cuesta respirar', 'dificultad para respirar', 'dolor en el pecho', 'me duele el pecho', 'se me hincha la garganta', 'se me hincha la cara', 'reaccion alergica', 'anafilaxia', 'me desmaye', 'se desmayo', 'inconsciente', 'convulsiones', 'convulsionando', 'se trago unas pastillas', 'se tomo mis pastillas', 'doble dosis', 'tome demasiadas', 'tome de mas', 'sin querer me tome', 'toxicologia', 'llame a una ambulancia', 'llamamos a la ambulancia'],
    frailPerson: ['mi madre mayor', 'mi padre mayor', 'mi abuela', 'mi abuelo', 'tiene demencia', 'tiene alzheimer'],
    confusedState: ['confundida', 'confundido', 'se confunde', 'se le olvida', 'olvida', 'no entiende', 'pide una y otra vez', 'vuelve a pedir', 'demencia', 'alzheimer'],
    disabledSelf: ['soy ciega', 'soy ciego', 'discapacidad visual', 'soy sorda', 'soy sordo', 'en silla de ruedas', 'tengo una discapacidad', 'discapacitada', 'discapacitado'],
    selfHarm: ['dosis letal', 'dosis mortal', 'cuantas pastillas hacen falta', 'cuantas pastillas para morir', 'no despertar', 'no volver a despertar', 'no me despierte', 'ya no me despierte', 'no despertarme', 'no despertar nunca', 'tomarme todas de golpe', 'tomarme la caja entera', 'la caja entera de golpe', 'no voy a estar para recoger', 'no voy a estar para recibir', 'que todo se acabe', 'harta de despertar', 'harto de despertar', 'cansada de despertar', 'cansado de despertar'],
  },
  it: {
    lifeSupport: ['respiratore', 'concentratore di ossigeno', 'ossigeno', 'dialisi', 'insulina', 'penna di insulina', 'telesoccorso', 'montascale'],
    supplyLost: ['staccato la luce', 'senza corrente', 'senza luce', 'senza acqua', 'non e arrivato', 'non e arrivata', 'smarrito', 'perso', 'non funziona', 'non risponde', 'guasto', 'ultima dose', 'mi restano due dosi'],
    emergencyNow: ['non riesco a respirare', 'fatico a respirare', 'dolore al petto', 'mi fa male il petto', 'mi si gonfia la gola', 'mi si gonfia la faccia', 'reazione allergica', 'shock anafilattico', 'sono svenuta', 'sono svenuto', 'e svenuta', 'e svenuto', 'incosciente', 'convulsioni', 'ha ingoiato delle pastiglie', 'ha ingoiato le mie pillole', 'doppia dose', 'preso troppe', 'centro antiveleni', 'chiamato il 118', 'chiamato un\'ambulanza'],
    frailPerson: ['mia madre anziana', 'mio padre anziano', 'mia nonna', 'mio nonno', 'ha la demenza', "ha l'alzheimer"],
    confusedState: ['confusa', 'confuso', 'dimentica', 'non capisce', 'continua a ordinare', 'ordina di nuovo', 'demenza', 'alzheimer'],
    disabledSelf: ['sono cieca', 'sono cieco', 'ipovedente', 'sono sorda', 'sono sordo', 'in sedia a rotelle', 'ho una disabilita', 'disabile'],
    selfHarm: ['dose letale', 'dose mortale', 'quante pillole servono', 'quante pastiglie servono', 'non svegliarmi piu', 'per non svegliarsi', 'per non svegliarmi', 'non svegliarmi mai piu', 'addormentarmi e basta', 'dormire per sempre', 'tutta la confezione insieme', 'stanca di svegliarmi', 'stanco di svegliarmi'],
  },
  pt: {
    lifeSupport: ['respirador', 'concentrador de oxigenio', 'oxigenio', 'dialise', 'insulina', 'caneta de insulina', 'teleassistencia', 'botao de emergencia'],
    supplyLost: ['cortaram a luz', 'corte de luz', 'sem luz', 'sem energia', 'sem agua', 'nao chegou', 'extraviado', 'perdido', 'devolvido', 'nao funciona', 'nao responde', 'ultima dose', 'so me resta'],
    emergencyNow: ['nao consigo respirar', 'dificuldade para respirar', 'falta de ar', 'dor no peito', 'minha garganta esta inchando', 'meu rosto esta inchando', 'reacao alergica', 'anafilaxia', 'desmaiei', 'desmaiou', 'inconsciente', 'convulsao', 'convulsionando', 'engoliu uns comprimidos', 'engoliu meus remedios', 'dose dupla', 'tomei demais', 'tomei remedio demais', 'centro de intoxicacoes', 'chamei a ambulancia', 'chamei o samu'],
    frailPerson: ['minha mae idosa', 'meu pai idoso', 'minha avo', 'meu avo', 'tem demencia', 'tem alzheimer'],
    confusedState: ['confusa', 'confuso', 'esquece', 'nao entende', 'fica pedindo', 'pede de novo', 'demencia', 'alzheimer'],
    disabledSelf: ['sou cega', 'sou cego', 'deficiencia visual', 'sou surda', 'sou surdo', 'cadeira de rodas', 'tenho deficiencia', 'pcd'],
    selfHarm: ['dose letal', 'dose fatal', 'quantos comprimidos precisa', 'quantos comprimidos para morrer', 'nao acordar mais', 'tomo tudo de uma vez', 'tomar tudo de uma vez', 'farta de acordar', 'farto de acordar', 'cansada de acordar', 'cansado de acordar', 'dormir para sempre', 'nao acordar nunca mais'],
  },
  nl: {
    emergencyNow: ['kan niet ademen', 'krijg geen lucht', 'benauwd', 'pijn op de borst', 'keel zwelt', 'gezicht zwelt', 'allergische reactie', 'anafylactisch', 'flauwgevallen', 'bewusteloos', 'ingestort', 'epileptische aanval', 'heeft pillen ingeslikt', 'tabletten ingeslikt', 'dubbele dosis', 'te veel pillen genomen', 'ambulance gebeld', '112 gebeld'],
    frailPerson: ['mijn oude moeder', 'mijn oude vader', 'mijn oma', 'mijn opa', 'heeft dementie', 'heeft alzheimer'],
    confusedState: ['verward', 'vergeetachtig', 'vergeet', 'begrijpt het niet', 'blijft bestellen', 'bestelt steeds', 'dementie', 'alzheimer'],
    disabledSelf: ['ik ben blind', 'slechtziend', 'ik ben doof', 'slechthorend', 'in een rolstoel', 'ik heb een beperking', 'gehandicapt'],
    selfHarm: ['dodelijke dosis', 'hoeveel pillen zijn dodelijk', 'niet meer wakker worden', 'de hele strip in een keer', 'hele strip in een keer', 'de hele doos in een keer', 'niet meer wakker', 'nooit meer wakker', 'inslapen en niet meer'],
  },
  pl: {
    emergencyNow: ['nie moge oddychac', 'nie moge zlapac tchu', 'dusze sie', 'bol w klatce', 'boli mnie w klatce', 'puchnie mi gardlo', 'puchnie mi twarz', 'reakcja alergiczna', 'wstrzas anafilaktyczny', 'zemdlalam', 'zemdlalem', 'zemdlala', 'zemdlal', 'nieprzytomny', 'nieprzytomna', 'drgawki', 'polknal tabletki', 'polknela tabletki', 'podwojna dawke', 'za duzo tabletek', 'wezwalam karetke', 'wezwalem karetke'],
    frailPerson: ['moja starsza mama', 'moj starszy tata', 'moja babcia', 'moj dziadek', 'ma demencje', 'ma alzheimera'],
    confusedState: ['zdezorientowan*', 'zapomina', 'nie rozumie', 'ciagle zamawia', 'znowu zamowila', 'znowu zamowil', 'demencj*', 'alzheimer'],
    disabledSelf: ['jestem niewidom*', 'slabowidzac*', 'jestem gluch*', 'niedoslyszac*', 'na wozku', 'niepelnosprawn*'],
    selfHarm: ['smiertelna dawka', 'ile tabletek trzeba', 'zeby sie nie obudzic', 'nie obudzic sie', 'cale opakowanie na raz', 'wezme cale opakowanie', 'zaluje ze sie obudzilam', 'zaluje ze sie obudzilem', 'zasnac i sie nie obudzic', 'zeby wszystko sie skonczylo'],
  },
  ru: {
    lifeSupport: ['аппарат ивл', 'ивл', 'кислород*', 'кислородный концентратор', 'концентратор кислорода', 'диализ*', 'инсулин*', 'инсулиновая помпа', 'тревожная кнопка'],
    supplyLost: ['отключили свет', 'отключили электричество', 'нет света', 'нет электричества', 'отключили воду', 'нет воды', 'не доставили', 'не привезли', 'не пришел', 'не пришла', 'потеряли', 'вернули на склад', 'не работает', 'сломался', 'последняя доза', 'осталась одна', 'остался один', 'осталось две'],
    emergencyNow: ['не могу дышать', 'задыхаюсь', 'трудно дышать', 'боль в груди', 'болит в груди', 'отекает горло', 'опухает лицо', 'аллергическая реакция', 'анафилакс*', 'потеряла сознание', 'потерял сознание', 'без сознания', 'упал в обморок', 'упала в обморок', 'судороги', 'проглотил таблетки', 'проглотила таблетки', 'двойную дозу', 'слишком много таблеток', 'вызвала скорую', 'вызвал скорую'],
    frailPerson: ['пожилая мама', 'пожилой папа', 'пожилая мать', 'пожилой отец', 'моя бабушка', 'мой дедушка', 'деменция', 'альцгеймер'],
    confusedState: ['путается', 'растерян*', 'забывает', 'не понимает', 'постоянно заказывает', 'снова заказала', 'снова заказал', 'деменци*', 'альцгеймер'],
    disabledSelf: ['я незрячая', 'я незрячий', 'я слепая', 'я слепой', 'слабовидящ*', 'я глухая', 'я глухой', 'слабослышащ*', 'на инвалидной коляске', 'у меня инвалидность', 'я инвалид'],
    selfHarm: ['смертельная доза', 'смертельную дозу', 'сколько таблеток нужно', 'чтобы не проснуться', 'больше не проснуться', 'выпить все сразу', 'уснуть навсегда', 'заснуть навсегда', 'выспаться навсегда', 'не просыпаться'],
  },
  tr: {
    lifeSupport: ['solunum cihazi', 'oksijen*', 'oksijen konsantratoru', 'diyaliz*', 'insulin*', 'insulin pompasi', 'acil cagri butonu'],
    supplyLost: ['elektrik kesildi', 'elektrikler kesildi', 'elektrik yok', 'sular kesildi', 'su yok', 'teslim edilmedi', 'gelmedi', 'kayboldu', 'calismiyor', 'bozuldu', 'son doz', 'bir tane kaldi', 'iki doz kaldi'],
    emergencyNow: ['nefes alamiyorum', 'gogsumde agri', 'bogazim sisiyor', 'yuzum sisiyor', 'alerjik reaksiyon', 'anafilaksi', 'bayildim', 'bayildi', 'bilinci kapali', 'nobet geciriyor', 'ilaclari yuttu', 'cift doz', 'fazla ilac aldim', 'ambulans cagirdim', '112yi aradim'],
    frailPerson: ['yasli annem', 'yasli babam', 'babaannem', 'anneannem', 'dedem', 'demans', 'alzheimer'],
    confusedState: ['kafasi karisik', 'unutuyor', 'anlamiyor', 'surekli siparis', 'demans', 'alzheimer'],
    disabledSelf: ['gorme engelliyim', 'isitme engelliyim', 'tekerlekli sandalye', 'engelliyim'],
    selfHarm: ['oldurucu doz', 'kac hap gerekir', 'bir daha uyanmamak', 'uyanmasam da olur', 'bir daha uyanmasam', 'sonsuza kadar uyumak', 'hic uyanmamak'],
  },
  ja: {
    lifeSupport: ['人工呼吸器', '酸素濃縮器', '酸素', '透析', 'インスリン', 'インスリンポンプ', '緊急通報ボタン', '見守りボタン'],
    supplyLost: ['停電', '電気が止め', '電気を止め', '断水', '水が出ない', '届いていない', '届かない', '紛失', '動かない', '故障', '最後の1本', '残り1本', '残り2回', '最後の一回'],
    emergencyNow: ['息ができない', '息が苦しい', '呼吸が苦しい', '胸が痛い', '胸の痛み', '喉が腫れ', '顔が腫れ', 'アレルギー反応', 'アナフィラキシー', '気を失', '意識がない', '倒れた', 'けいれん', '薬を飲み込んだ', '誤飲', '二回分飲んで', '飲みすぎた', '救急車を呼'],
    selfHarm: ['致死量', '何錠飲めば', 'もう目覚めない', '目が覚めないように', 'ずっと眠って', '目が覚めるたびにがっかり', '目覚めなければ', 'もう目覚めたくない'],
  },
  zh: {
    lifeSupport: ['呼吸机', '呼吸機', '制氧机', '製氧機', '氧气', '氧氣', '透析', '胰岛素', '胰島素', '胰岛素泵', '胰島素泵', '紧急呼叫', '緊急呼叫'],
    supplyLost: ['停电', '停電', '断电', '斷電', '停水', '没送到', '沒送到', '没到', '沒到', '丢了', '丟了', '弄丢', '弄丟', '坏了', '壞了', '不工作', '最后一支', '最後一支', '只剩一', '只剩两', '只剩兩'],
    emergencyNow: ['喘不过气', '喘不過氣', '无法呼吸', '無法呼吸', '胸口痛', '胸痛', '喉咙肿', '喉嚨腫', '脸肿', '臉腫', '过敏反应', '過敏反應', '晕倒', '暈倒', '昏迷', '失去意识', '失去意識', '抽搐', '误服', '誤服', '吞了药', '吞了藥', '吃了双倍', '吃了雙倍', '吃多了药', '叫了救护车', '叫了救護車'],
    selfHarm: ['致死量', '吃多少片会死', '吃多少片會死', '再也不醒', '一睡不醒', '不想再醒来', '不想再醒來', '永远睡下去', '永遠睡下去'],
  },
  ko: {
    lifeSupport: ['인공호흡기', '산소 발생기', '산소', '투석', '인슐린', '인슐린 펌프', '응급 호출'],
    supplyLost: ['정전', '전기가 끊', '전기를 끊', '단수', '물이 안 나', '배송이 안', '도착하지 않', '분실', '작동하지 않', '고장', '마지막 한 개', '하나 남았', '두 번 남았'],
    emergencyNow: ['숨을 쉴 수가 없', '숨이 안 쉬어', '숨쉬기 힘들', '가슴이 아파', '가슴 통증', '목이 부어', '얼굴이 부어', '알레르기 반응', '아나필락시스', '기절했', '의식이 없', '쓰러졌', '경련', '약을 삼켰', '두 번 먹었', '너무 많이 먹었', '구급차를 불렀'],
    selfHarm: ['치사량', '몇 알 먹으면', '다시 깨어나지', '깨어나지 않', '영원히 잠들', '눈을 뜨지 않'],
  },
  uk: {
    lifeSupport: ['апарат штучної вентиляції', 'кисень*', 'кисневий концентратор', 'діаліз*', 'інсулін*', 'інсулінова помпа', 'тривожна кнопка'],
    supplyLost: ['вимкнули світло', 'немає світла', 'немає електрики', 'відключили електроенергію', 'немає води', 'не доставили', 'не привезли', 'загубили', 'не працює', 'зламався', 'остання доза', 'залишилася одна', 'залишився один'],
    selfHarm: ['виспатися назавжди', 'заснути назавжди', 'не прокинутися', 'більше не прокинутися', 'не прокидатися'],
  },
  sv: {
    selfHarm: ['slippa vakna', 'inte vakna igen', 'bara inte vakna', 'somna och inte vakna', 'somna in for alltid', 'hela kartan pa en gang', 'hela forpackningen pa en gang', 'for manga tabletter med flit', 'tills allt tar slut'],
  },
  da: {
    selfHarm: ['falde i sovn og blive der', 'ikke vagne igen', 'aldrig vagne igen', 'slippe for at vagne', 'hele pakken pa en gang', 'for mange piller med vilje', 'for det hele stopper', 'til det hele stopper'],
  },
  he: {
    selfHarm: ['לישון ולא לקום', 'לא להתעורר', 'פשוט לא מתעורר', 'לישון לנצח'],
  },
  vi: {
    selfHarm: ['không cần tỉnh dậy nữa', 'không tỉnh dậy nữa', 'ngủ mãi mãi', 'ngủ luôn không dậy', 'thất vọng vì mình vẫn còn ở đây'],
  },
  th: {
    selfHarm: ['ไม่ต้องตื่น', 'ไม่ตื่นอีก', 'หลับไม่ตื่น', 'หลับไปตลอดกาล'],
  },
  hi: {
    selfHarm: ['सुबह उठने की कोई वजह नहीं', 'हमेशा के लिए सो', 'फिर कभी न उठ', 'kabhi na uthun', 'hamesha ke liye so'],
  },
  id: {
    selfHarm: ['tidak bangun lagi', 'gak bangun lagi', 'nggak bangun lagi', 'tidur selamanya', 'tidur untuk selamanya'],
  },
  ar: {
    selfHarm: ['لا استيقظ', 'ما اصحى', 'انام للابد', 'انام ولا اصحى'],
  },
};
