/**
 * Another company of the same trade, named generically ("another insurer", "ett annat bolag", "asuransi lain"), per
 * language: merged into each pack's `competitor` concept in ./index.ts, so the churn frames that join a move to a
 * competitor ("switch-to-competitor", "moving-custom-elsewhere", "better-offer-elsewhere", …) read it. Alone it fires
 * nothing. Written from general knowledge of how customers say where they are going; not from any evaluation set.
 */
import type { ConceptTable } from './types.js';

export const OTHER_PROVIDER: Readonly<Record<string, ConceptTable>> = {
  en: { competitor: ['another insurer', 'a different insurer', 'another insurance company', 'a different insurance company', 'another company', 'a different company', 'another provider', 'a different provider', 'another carrier', 'another airline', 'a different airline', 'another operator', 'another game', 'another store', 'another shop', 'another supplier', 'a cheaper company', 'a cheaper insurer', 'a cheaper provider'] },
  de: { competitor: ['eine andere versicherung', 'einer anderen versicherung', 'andere versicherung', 'einen anderen versicherer', 'anderen versicherer', 'eine andere firma', 'einer anderen firma', 'einen anderen anbieter', 'anderen anbieter', 'eine andere airline', 'einer anderen airline', 'eine andere fluggesellschaft', 'ein anderes unternehmen', 'einem anderen unternehmen', 'einen günstigeren anbieter'] },
  es: { competitor: ['otra aseguradora', 'otra compañía', 'otra compania', 'otra empresa', 'otro proveedor', 'otra aerolínea', 'otra aerolinea', 'otro operador', 'otro banco', 'una aseguradora más barata', 'otra tienda'] },
  fr: { competitor: ['un autre assureur', 'une autre assurance', 'une autre compagnie', 'une autre société', 'une autre entreprise', 'un autre fournisseur', 'un autre opérateur', 'une autre banque', 'un assureur moins cher'] },
  pt: { competitor: ['outra seguradora', 'outra companhia', 'outra empresa', 'outro fornecedor', 'outra operadora', 'outro banco', 'outra companhia aérea', 'uma seguradora mais barata'] },
  it: { competitor: ["un'altra assicurazione", 'altra assicurazione', "un'altra compagnia", 'altra compagnia', "un'altra azienda", 'un altro fornitore', 'un altro operatore', "un'altra banca", 'un altro gestore'] },
  nl: { competitor: ['een andere verzekeraar', 'andere verzekeraar', 'een andere maatschappij', 'andere maatschappij', 'een ander bedrijf', 'een andere aanbieder', 'andere aanbieder', 'een andere provider', 'een andere bank', 'een goedkopere verzekeraar'] },
  pl: { competitor: ['innego ubezpieczyciela', 'inny ubezpieczyciel', 'innej firmy', 'inna firma', 'innego dostawcy', 'innego operatora', 'innego banku', 'innej linii lotniczej', 'tańszego ubezpieczyciela'] },
  tr: { competitor: ['başka sigorta', 'başka bir sigorta', 'başka şirket', 'başka bir şirket', 'başka firma', 'başka bir firma', 'başka operatör', 'başka banka', 'başka havayolu', 'daha ucuz sigorta'] },
  ru: { competitor: ['другую страховую', 'другой страховой', 'другую компанию', 'другой компании', 'другого провайдера', 'другому провайдеру', 'другого оператора', 'другой банк', 'другую авиакомпанию', 'другого страховщика'] },
  uk: { competitor: ['іншої страхової', 'іншу страхову', 'іншої компанії', 'іншу компанію', 'іншого провайдера', 'іншого оператора', 'інший банк', 'іншої авіакомпанії'] },
  sv: { competitor: ['ett annat bolag', 'annat bolag', 'ett annat försäkringsbolag', 'annat försäkringsbolag', 'en annan leverantör', 'annan leverantör', 'ett annat flygbolag', 'ett annat företag', 'ett billigare bolag'] },
  da: { competitor: ['et andet selskab', 'andet selskab', 'et andet forsikringsselskab', 'en anden udbyder', 'et andet firma'] },
  no: { competitor: ['et annet selskap', 'annet selskap', 'et annet forsikringsselskap', 'en annen leverandør', 'et annet firma'] },
  fi: { competitor: ['toiseen yhtiöön', 'toiseen vakuutusyhtiöön', 'toiselle palveluntarjoajalle', 'toiseen pankkiin', 'halvempaan yhtiöön'] },
  cs: { competitor: ['jiné pojišťovny', 'jinou pojišťovnu', 'jiné firmy', 'jinou firmu', 'jiného poskytovatele', 'jiného operátora', 'jiné banky'] },
  el: { competitor: ['άλλη εταιρεία', 'άλλη ασφαλιστική', 'άλλον πάροχο', 'άλλη τράπεζα', 'άλλη αεροπορική'] },
  ro: { competitor: ['altă companie', 'alta companie', 'alt asigurător', 'altă asigurare', 'alt furnizor', 'alt operator', 'altă bancă'] },
  hu: { competitor: ['másik biztosító', 'másik biztosítóhoz', 'másik céghez', 'másik szolgáltatóhoz', 'másik bankhoz'] },
  id: { competitor: ['asuransi lain', 'perusahaan lain', 'maskapai lain', 'penyedia lain', 'toko lain', 'game lain', 'asuransi yang lebih murah'] },
  vi: { competitor: ['công ty khác', 'hãng khác', 'nhà mạng khác', 'ngân hàng khác', 'bảo hiểm khác', 'bên khác'] },
  hi: { competitor: ['dusri company', 'doosri company', 'kisi aur company', 'dusri insurance', 'dusre provider', 'दूसरी कंपनी', 'किसी और कंपनी', 'दूसरी बीमा कंपनी'] },
  ar: { competitor: ['شركة أخرى', 'شركه اخرى', 'شركة ثانية', 'شركه ثانيه', 'شركة تأمين أخرى', 'مزود آخر', 'بنك آخر'] },
  ja: { competitor: ['他社', '別の会社', '別の保険会社', '他の保険会社', '他の航空会社', '別の航空会社'] },
  zh: { competitor: ['别家', '別家', '其他公司', '别的公司', '別的公司', '其他保险公司', '其他保險公司', '别的保险', '別的保險', '其他航空公司'] },
  ko: { competitor: ['다른 회사', '다른 보험사', '타사', '다른 항공사', '다른 통신사', '다른 은행'] },
  th: { competitor: ['บริษัทอื่น', 'ประกันเจ้าอื่น', 'เจ้าอื่น', 'ค่ายอื่น', 'สายการบินอื่น', 'ธนาคารอื่น'] },
  he: { competitor: ['חברה אחרת', 'חברת ביטוח אחרת', 'ספק אחר', 'בנק אחר'] },
  tl: { competitor: ['ibang kumpanya', 'ibang insurance', 'ibang provider', 'ibang bangko'] },
};
