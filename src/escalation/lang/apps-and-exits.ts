/**
 * Leaving an app-based service (ride-hailing, food delivery, a wallet, a crypto exchange), said the way app users type it,
 * for the 22 languages of the round 14 sets (merged into each pack's concepts in ./index.ts; frames in ../situations.ts):
 *
 *  - `closeOwn` + `ownService`: a verb of closing, deleting or deactivating, with the customer's own account, wallet or
 *    profile as its object right beside it ("delete my account", "close my wallet", "Konto deaktivieren", "hesabımı
 *    silmek", "アカウントを削除"); the possessive makes the account the customer's ("the account" may be anyone's, or the
 *    company's doing: "تم إيقاف الحساب"), except where a language leaves it out (pl, ru, cs, sv, ja, zh, ko). Adjacent (the frame's gap allows one word), so "delete the old card from my wallet"
 *    or "remove an address from my account" name another object.
 *  - `goBack` + `formerOne`: going back to the app used before, or to a competitor ("going back to the old app", "je
 *    retourne sur l'ancienne", "wracam do starej aplikacji", "前のアプリに戻ります"); "going back to the home screen" or
 *    "to the restaurant" names neither.
 *  - `stopUsing` + the app or the company: "I'm done using your app", "j'arrête d'utiliser votre appli".
 *  - `byMistake`: an app or account removed by accident, or put back ("I deleted the app by accident", "par erreur",
 *    "aus Versehen", "不小心删了", "reinstalled"): no leaving.
 *  - `uninstall`, `appWord` and `competitor` gain past forms, wallet and exchange words, and other apps named generically.
 *  - `rivalApp` ({@link APP_BRANDS}): large ride-hailing, delivery, wallet and exchange brands, only as where the customer
 *    goes back to ("going back to Uber"): beside a broader verb a brand is how one pays or rides ("pay using PayPal").
 *
 * Words are general knowledge of how people write; nothing here is taken from a test or an evaluation set.
 */
import type { Concept } from './types.js';

type Table = Partial<Record<Concept, readonly string[]>>;

/** Ride-hailing, delivery, wallet and exchange brands named as the place a customer goes (any language). */
export const APP_BRANDS: readonly string[] = [
  'uber', 'uber eats', 'ubereats', 'lyft', 'freenow', 'cabify', 'didi', 'gojek', 'careem', 'yandex go', 'яндекс го', 'яндекс такси', 'indrive', 'blablacar',
  'deliveroo', 'just eat', 'lieferando', 'thuisbezorgd', 'glovo', 'wolt', 'foodora', 'doordash', 'grubhub', 'rappi', 'ifood', 'pedidosya', 'hungerstation', 'yemeksepeti', 'swiggy', 'zomato', 'foodpanda', 'shopeefood', 'baemin', 'coupang eats', 'yogiyo', 'lineman', '出前館', '美团', '美團', '饿了么', '餓了麼',
  'binance', 'coinbase', 'kraken', 'bitstamp', 'bitvavo', 'bybit', 'okx', 'kucoin', 'bitpanda', 'crypto.com', 'upbit', 'bithumb', 'bitflyer', 'paypal', 'revolut', 'n26', 'paytm', 'phonepe', 'gcash', 'mercado pago', 'alipay', '支付宝', '支付寶', 'wechat pay', '微信支付', 'zalopay', 'gopay', 'kakaopay', '카카오페이', 'paypay',
];

/** Per language. Spaceless packs (ja, zh, ko, th) list substrings. */
export const APP_EXITS: Readonly<Record<string, Table>> = {
  en: {
    closeOwn: ['delete', 'deleting', 'close', 'closing', 'deactivate', 'deactivating', 'terminate', 'shut down', 'wipe', 'erase', 'remove'],
    ownService: ['my account', 'my wallet', 'my profile', 'my whole account', 'my entire account', 'my user account', 'my rider account', 'my exchange account', 'my crypto wallet'],
    goBack: ['going back to', 'go back to', 'went back to', 'back to using', 'returning to', 'return to', 'switching back to', 'switched back to', 'switch back to'],
    formerOne: ['the old app', 'my old app', 'the previous app', 'the app i used before', 'the one i used before', 'the old one', 'my old exchange', 'my old bank', 'the app i had before'],
    stopUsing: ["i'm done using", 'done using', 'i stopped using', "i'm stopping using", 'i will stop using', "i'll stop using", 'no longer using', 'not using', "won't be using", 'stop using'],
    byMistake: ['by accident', 'by mistake', 'accidentally', 'accidently', 'reinstall', 'reinstalled', 'reinstalling', 'deleted it by mistake'],
    uninstall: ['uninstalled it', 'deleted it'],
    appWord: ['your wallet app', 'your exchange'],
    competitor: ['another wallet', 'a different wallet', 'another ride app', 'another taxi app', 'another crypto app', 'a different exchange', 'another exchange'],
  },
  de: {
    closeOwn: ['loschen', 'losche', 'loscht', 'schliessen', 'schliesse', 'schliesst', 'deaktivieren', 'deaktiviere', 'deaktiviert', 'kundigen', 'kundige', 'auflosen', 'aufheben', 'entfernen'],
    ownService: ['mein konto', 'meinen account', 'mein account', 'mein profil', 'mein wallet', 'meine wallet', 'meine geldborse', 'mein kundenkonto', 'mein nutzerkonto', 'mein ganzes konto', 'meine app'],
    goBack: ['zuruck zu', 'zuruck zur', 'zuruck zum', 'wieder zu', 'wieder zur', 'wieder zum', 'gehe zuruck zu', 'gehe zuruck zur', 'wechsle zuruck zu', 'wechsle zuruck zur', 'zuruck auf'],
    formerOne: ['alten app', 'alte app', 'vorherigen app', 'fruheren app', 'alten anbieter', 'vorherigen anbieter', 'alten borse', 'meiner alten', 'meinem alten', 'der alten', 'dem alten'],
    stopUsing: ['ich nutze', 'ich benutze', 'ich verwende'],
    byMistake: ['aus versehen', 'versehentlich', 'ausversehen', 'unabsichtlich', 'neu installiert', 'wieder installiert', 'neu installieren'],
    uninstall: ['deinstalliert', 'geloscht', 'runtergeworfen', 'runtergeschmissen'],
    appWord: ['die app', 'eure wallet', 'das ding'],
    competitor: ['andere app', 'anderen app', 'eine andere app', 'einer anderen app', 'andere wallet', 'anderen wallet', 'andere borse', 'anderen borse', 'anderen lieferdienst', 'anderen fahrdienst'],
  },
  es: {
    closeOwn: ['borrar', 'borro', 'borren', 'borra', 'eliminar', 'elimino', 'eliminen', 'elimina', 'cerrar', 'cierro', 'cierren', 'cierra', 'desactivar', 'desactivo', 'desactiven', 'desactiva', 'dar de baja', 'den de baja', 'doy de baja'],
    ownService: ['mi cuenta', 'mi billetera', 'mi monedero', 'mi cartera', 'mi perfil', 'mi wallet', 'toda mi cuenta'],
    goBack: ['me vuelvo a', 'vuelvo a', 'volver a', 'volvi a', 'regreso a', 'me regreso a', 'regresar a', 'me vuelvo con', 'vuelvo con'],
    formerOne: ['la app de antes', 'la aplicacion de antes', 'la app anterior', 'la aplicacion anterior', 'la anterior', 'la otra app', 'la otra aplicacion', 'la de antes', 'mi app de antes', 'la vieja app', 'la app vieja'],
    stopUsing: ['dejo de usar', 'deje de usar', 'dejare de usar', 'voy a dejar de usar', 'ya no uso', 'ya no voy a usar', 'no vuelvo a usar'],
    byMistake: ['sin querer', 'por error', 'por accidente', 'por equivocacion', 'reinstale', 'reinstalar', 'volvi a instalar'],
    uninstall: ['desinstale', 'borre la', 'elimine la'],
    competitor: ['otra app', 'otra aplicacion', 'otra billetera', 'otro exchange', 'otra plataforma'],
  },
  fr: {
    closeOwn: ['supprimer', 'supprime', 'supprimez', 'fermer', 'ferme', 'fermez', 'cloturer', 'cloture', 'cloturez', 'desactiver', 'desactive', 'desactivez', 'effacer', 'effacez', 'resilier', 'resiliez'],
    ownService: ['mon compte', 'mon portefeuille', 'mon wallet', 'mon profil', 'mon compte client', 'tout mon compte', 'mon porte-monnaie', 'ma cagnotte'],
    goBack: ['je retourne sur', 'je retourne a', 'je retourne chez', 'retourner sur', 'retourner a', 'retourner chez', 'je reviens a', 'je reviens sur', 'je repasse sur', 'je repasse chez', 'je retourne vers', 'revenir a', 'revenir sur'],
    formerOne: ["l'ancienne", "l'ancienne appli", "l'ancienne application", "mon ancienne appli", "mon ancienne application", "l'appli d'avant", "l'application d'avant", "celle d'avant", "l'autre appli", "l'autre application", "mon ancien"],
    stopUsing: ["j'arrete d'utiliser", "j'arrete votre", "j'arrete cette", 'je n\'utilise plus', "j'utilise plus", "je n'utiliserai plus", 'arreter d\'utiliser', "je vais arreter d'utiliser"],
    byMistake: ['par erreur', 'par accident', 'sans faire expres', 'par megarde', 'reinstalle', 'reinstaller', 'reinstallee'],
    uninstall: ['desinstalle', 'supprime'],
    appWord: ["l'appli", "l'application", 'votre appli', 'votre application'],
    competitor: ['une autre appli', 'une autre application', 'autre appli', 'un autre portefeuille', 'une autre plateforme', 'un autre exchange'],
  },
  pt: {
    closeOwn: ['apagar', 'apaguem', 'apague', 'excluir', 'excluam', 'exclua', 'encerrar', 'encerrem', 'encerre', 'fechar', 'fechem', 'feche', 'desativar', 'desativem', 'desative', 'deletar', 'cancelar', 'cancelem'],
    ownService: ['minha conta', 'minha carteira', 'meu perfil', 'minha carteira digital', 'meu cadastro', 'a minha conta'],
    goBack: ['voltei pro', 'voltei pra', 'voltei para', 'volto pro', 'volto pra', 'volto para', 'vou voltar pro', 'vou voltar pra', 'vou voltar para', 'voltando pro', 'voltando pra', 'voltar pro', 'voltar pra', 'voltar para'],
    formerOne: ['app antigo', 'aplicativo antigo', 'o antigo', 'app de antes', 'aplicativo de antes', 'o de antes', 'o outro app', 'o outro aplicativo', 'app anterior', 'aplicativo anterior'],
    stopUsing: ['parei de usar', 'vou parar de usar', 'nao uso mais', 'nao vou usar mais', 'deixei de usar', 'nunca mais uso'],
    byMistake: ['sem querer', 'por engano', 'por acidente', 'por erro', 'reinstalei', 'reinstalar', 'instalei de novo'],
    uninstall: ['desinstalei', 'apaguei o', 'exclui o'],
    competitor: ['outro app', 'outro aplicativo', 'outra carteira', 'outra corretora', 'outra plataforma', 'outra exchange'],
  },
  it: {
    closeOwn: ['chiudere', 'chiudete', 'chiuda', 'chiudo', 'eliminare', 'eliminate', 'elimini', 'elimino', 'cancellare', 'cancellate', 'cancelli', 'disattivare', 'disattivate', 'disattivi', 'disattivo'],
    ownService: ['il mio account', 'il mio conto', 'il mio portafoglio', 'il mio profilo', 'mio account', 'mio profilo', 'il mio wallet'],
    goBack: ['torno a', 'torno alla', 'torno al', 'torno sulla', 'torno sul', 'tornare a', 'tornare alla', 'tornero a', 'tornero alla', 'ritorno a', 'ritorno alla', 'sono tornato a', 'sono tornata a', 'sono tornato alla', 'sono tornata alla'],
    formerOne: ['vecchia app', 'vecchia applicazione', 'app di prima', 'quella di prima', "l'app di prima", 'app precedente', "l'altra app", 'altra app', 'vecchio'],
    stopUsing: ['smetto di usare', 'ho smesso di usare', 'non uso piu', 'non usero piu', 'smettero di usare'],
    byMistake: ['per errore', 'per sbaglio', 'senza volerlo', 'inavvertitamente', 'reinstallato', 'reinstallata', 'reinstallare'],
    uninstall: ['disinstallato', 'disinstallata', 'cancellato', 'eliminato'],
    competitor: ["un'altra app", 'altra app', "un'altra applicazione", 'un altro exchange', "un'altra piattaforma", 'un altro portafoglio'],
  },
  nl: {
    closeOwn: ['verwijder', 'verwijderen', 'sluit', 'sluiten', 'deactiveer', 'deactiveren', 'opheffen', 'stopzetten'],
    ownService: ['mijn account', 'mijn wallet', 'mijn portemonnee', 'mijn profiel', 'mijn hele account', 'mijn rekening'],
    goBack: ['terug naar', 'ga terug naar', 'ga weer naar', 'weer terug naar', 'stap terug naar', 'keer terug naar'],
    formerOne: ['de oude app', 'oude app', 'de vorige app', 'vorige app', 'de oude', 'mijn oude', 'de andere app'],
    stopUsing: ['ik stop met', 'ik gebruik jullie niet meer', 'gebruik jullie app niet meer', 'gebruik de app niet meer', 'stop met jullie'],
    byMistake: ['per ongeluk', 'per abuis', 'perongeluk', 'opnieuw geinstalleerd', 'opnieuw installeren'],
    uninstall: ['verwijderd', 'gedeinstalleerd'],
    competitor: ['een andere app', 'andere app', 'een andere wallet', 'een ander platform', 'een andere exchange'],
  },
  pl: {
    closeOwn: ['usunac', 'usuncie', 'usun', 'usuwam', 'zamknac', 'zamknijcie', 'zamknij', 'zamykam', 'dezaktywowac', 'dezaktywujcie', 'dezaktywuj', 'skasowac', 'skasujcie', 'zlikwidowac'],
    ownService: ['moje konto', 'mojego konta', 'moj portfel', 'mojego portfela', 'moj profil', 'konto', 'portfel'],
    goBack: ['wracam do', 'wroce do', 'wrocilem do', 'wrocilam do', 'wracamy do', 'powrot do'],
    formerOne: ['starej aplikacji', 'starej apki', 'poprzedniej aplikacji', 'poprzedniej apki', 'innej aplikacji', 'starego', 'poprzedniej'],
    stopUsing: ['przestaje uzywac', 'przestane uzywac', 'przestalem uzywac', 'przestalam uzywac', 'nie bede uzywac', 'nie bede korzystac', 'przestaje korzystac'],
    byMistake: ['przez przypadek', 'przypadkiem', 'przez pomylke', 'niechcacy', 'zainstalowalem ponownie', 'ponownie zainstalowalem', 'reinstal*'],
    uninstall: ['odinstalowalem', 'odinstalowalam', 'usunalem', 'usunelam'],
    competitor: ['inna aplikacja', 'innej aplikacji', 'inna apka', 'innej apki', 'inny portfel', 'inna gielda', 'innej gieldy'],
  },
  tr: {
    closeOwn: ['silmek', 'silin', 'siliyorum', 'silecegim', 'kapatmak', 'kapatin', 'kapatiyorum', 'kapatacagim', 'dondurun', 'dondurmak', 'devre disi birakin', 'devre disi birakmak', 'iptal edin', 'iptal etmek'],
    ownService: ['hesabimi', 'hesabim', 'cuzdanimi', 'cuzdanim', 'profilimi', 'uyeligimi', 'hesabi', 'hesabimi ve cuzdanimi'],
    goBack: ['geri donuyorum', 'geri donecegim', 'geri dondum', 'donuyorum', 'donecegim', 'dondum'],
    formerOne: ['eski uygulamaya', 'onceki uygulamaya', 'eskisine', 'eski uygulamama', 'diger uygulamaya', 'baska uygulamaya'],
    stopUsing: ['kullanmayi biraktim', 'kullanmayi birakiyorum', 'kullanmayacagim', 'artik kullanmiyorum'],
    byMistake: ['yanlislikla', 'kazara', 'bilmeden', 'tekrar yukledim', 'yeniden yukledim', 'yeniden kurdum'],
    uninstall: ['sildim', 'kaldirdim'],
    competitor: ['baska uygulama*', 'diger uygulama*', 'baska cuzdan*', 'baska borsa*'],
  },
  ar: {
    closeOwn: ['احذف', 'احذفوا', 'حذف', 'اغلق', 'اغلقوا', 'اغلاق', 'اقفل', 'اقفلوا', 'سكروا', 'الغوا', 'الغي', 'عطلوا', 'تعطيل', 'ايقاف'],
    ownService: ['حسابي', 'محفظتي', 'ملفي'],
    goBack: ['رجعت', 'راجع', 'سارجع', 'ساعود', 'عدت', 'برجع', 'رح ارجع', 'راح ارجع'],
    formerOne: ['التطبيق القديم', 'للتطبيق القديم', 'التطبيق السابق', 'للتطبيق السابق', 'تطبيق ثاني', 'تطبيق اخر'],
    stopUsing: ['توقفت عن استخدام', 'لن استخدم', 'ما راح استخدم', 'مش هستخدم', 'بطلت استخدم', 'ساتوقف عن استخدام'],
    byMistake: ['بالغلط', 'بالخطا', 'عن طريق الخطا', 'بدون قصد', 'عن غير قصد', 'نزلته مره ثانيه', 'اعدت تثبيت'],
    uninstall: ['حذفت', 'مسحت'],
    competitor: ['اوبر', 'هنقرستيشن', 'بينانس', 'تطبيق ثاني', 'تطبيق اخر', 'منصه ثانيه', 'منصه اخرى'],
  },
  ru: {
    closeOwn: ['удалить', 'удалите', 'удаляю', 'удалю', 'закрыть', 'закройте', 'закрываю', 'закрою', 'деактивировать', 'деактивируйте', 'заблокировать', 'отключить', 'отключите'],
    ownService: ['мои аккаунт', 'моего аккаунта', 'аккаунт', 'мои кошелек', 'кошелек', 'мои профиль', 'профиль', 'мою учетную запись', 'учетную запись', 'мои счет'],
    goBack: ['возвращаюсь к', 'возвращаюсь в', 'возвращаюсь на', 'вернусь к', 'вернусь в', 'вернусь на', 'вернулся к', 'вернулась к', 'вернулся на', 'вернулась на'],
    formerOne: ['старому приложению', 'старое приложение', 'прежнему приложению', 'прежнее приложение', 'другому приложению', 'другое приложение', 'старому', 'прежнему'],
    stopUsing: ['перестаю пользоваться', 'перестану пользоваться', 'перестал пользоваться', 'перестала пользоваться', 'больше не пользуюсь', 'больше не буду пользоваться'],
    byMistake: ['случаино', 'по ошибке', 'нечаянно', 'переустановил', 'переустановила', 'установил заново', 'установила заново'],
    uninstall: ['снес', 'удалил', 'удалила'],
    competitor: ['другое приложение', 'другому приложению', 'другои сервис', 'другую биржу', 'другои кошелек'],
  },
  ja: {
    closeOwn: ['削除', '消して', '消します', '閉じて', '閉鎖', '無効化', '停止', '解約', '退会'],
    ownService: ['アカウント', 'ウォレット', '口座', 'プロフィール', '会員登録'],
    goBack: ['に戻ります', 'に戻る', 'に戻します', 'に戻りました', 'に戻ろう', 'を使います', 'に乗り換え'],
    formerOne: ['前のアプリ', '以前のアプリ', '元のアプリ', '前に使ってた', '前使ってた', '前使っていた', '他のアプリ', '別のアプリ'],
    stopUsing: ['使うのをやめ', '使わないことにし', 'もう使わない', 'もう使いません', '利用をやめ'],
    byMistake: ['間違えて', '誤って', 'うっかり', '再インストール', '入れ直'],
    churnStrong: ['アンインストールし', 'アプリを消し', 'アプリ消し', 'アプリを削除し', 'アプリ削除し', 'アプリを消す', 'アプリ消す', 'アプリを消します', 'アプリ消します'],
    competitor: ['他のアプリ', '別のアプリ', '他社', '他の取引所', '別の取引所'],
  },
  zh: {
    closeOwn: ['注销', '註銷', '删除', '刪除', '删掉', '刪掉', '关闭', '關閉', '停用', '销户', '銷戶'],
    ownService: ['账户', '帳戶', '账号', '帳號', '钱包', '錢包', '帐户', '帐号'],
    goBack: ['回去用', '回去', '换回', '換回', '回到', '改回'],
    formerOne: ['以前的那个', '以前的那個', '以前的软件', '以前的軟體', '以前的app', '原来的app', '原來的app', '旧的app', '舊的app', '之前的app', '之前那个', '之前那個', '以前用的', '别的app', '別的app', '别的平台', '別的平台'],
    stopUsing: ['不会再用', '不會再用', '再也不用', '不再使用', '不用了', '不再用'],
    byMistake: ['不小心', '误删', '誤刪', '手滑', '重新安装', '重新安裝', '重装', '重裝'],
    uninstall: ['卸载', '卸載', '解除安装', '解除安裝'],
    competitor: ['别的app', '別的app', '别的平台', '別的平台', '其他平台', '其他app', '别家', '別家'],
  },
  ko: {
    closeOwn: ['삭제', '해지', '탈퇴', '닫아', '폐쇄', '비활성화', '정지'],
    ownService: ['계정', '지갑', '월렛', '계좌', '프로필', '회원'],
    goBack: ['으로 돌아갈', '로 돌아갈', '으로 돌아갑', '로 돌아갑', '으로 돌아왔', '로 돌아왔', '다시 쓸', '다시 쓰겠'],
    formerOne: ['예전에 쓰던', '예전 앱', '전에 쓰던', '원래 쓰던', '이전 앱', '다른 앱', '옛날 앱'],
    stopUsing: ['안 쓸게요', '안쓸게요', '안 쓰겠', '안쓰겠', '그만 쓸', '그만쓸', '더 이상 안 써', '이용 안 할'],
    byMistake: ['실수로', '모르고', '잘못 눌러', '재설치', '다시 설치'],
    churnStrong: ['앱 지웠', '앱 지울', '앱을 지웠', '앱을 지울', '앱 삭제했', '앱 삭제할', '앱을 삭제했', '앱을 삭제할', '앱 삭제하겠', '앱을 삭제하겠'],
    competitor: ['다른 앱', '다른 거래소', '다른 서비스', '타사'],
  },
  th: {
    closeOwn: ['ลบ', 'ปิด', 'ยกเลิก', 'ระงับ'],
    ownService: ['บัญชี', 'วอลเล็ท', 'วอลเลท', 'กระเป๋าเงิน', 'โปรไฟล์'],
    goBack: ['กลับไปใช้', 'กลับไปที่', 'หันไปใช้'],
    formerOne: ['แอปเก่า', 'แอพเก่า', 'แอปเดิม', 'แอพเดิม', 'แอปอื่น', 'แอพอื่น', 'ตัวเก่า'],
    stopUsing: ['เลิกใช้', 'ไม่ใช้แล้ว', 'ไม่ใช้อีก', 'จะไม่ใช้'],
    byMistake: ['เผลอ', 'โดยไม่ได้ตั้งใจ', 'กดผิด', 'ลงใหม่', 'ติดตั้งใหม่'],
    uninstall: ['ลบ', 'ถอนการติดตั้ง'],
    appWord: ['แอป', 'แอพ', 'แอปพลิเคชัน'],
    competitor: ['แอปอื่น', 'แอพอื่น', 'เจ้าอื่น'],
  },
  id: {
    closeOwn: ['hapus', 'hapuskan', 'tutup', 'nonaktifkan', 'menonaktifkan', 'menutup', 'menghapus'],
    ownService: ['akun saya', 'akun aku', 'akunku', 'dompet saya', 'dompet aku', 'akun dan dompet saya', 'akunnya', 'profil saya', 'e-wallet saya'],
    goBack: ['balik ke', 'kembali ke', 'balik pakai', 'kembali pakai', 'balik lagi ke'],
    formerOne: ['aplikasi lama', 'app lama', 'aplikasi sebelumnya', 'app sebelumnya', 'aplikasi yang dulu', 'aplikasi lain', 'app lain'],
    stopUsing: ['berhenti pakai', 'berhenti menggunakan', 'gak pakai lagi', 'nggak pakai lagi', 'tidak pakai lagi', 'gak bakal pakai', 'tidak akan pakai', 'ga pake lagi', 'gak pake lagi'],
    byMistake: ['tidak sengaja', 'gak sengaja', 'nggak sengaja', 'ga sengaja', 'tak sengaja', 'install ulang', 'instal ulang'],
    uninstall: ['udah uninstall', 'sudah uninstall', 'udah hapus', 'sudah hapus', 'uninstall'],
    competitor: ['aplikasi lain', 'app lain', 'dompet lain', 'exchange lain'],
  },
  vi: {
    closeOwn: ['xoa', 'dong', 'khoa', 'huy', 'vo hieu hoa'],
    ownService: ['tai khoan', 'vi cua toi', 'vi dien tu', 'tai khoan cua toi', 'tai khoan va vi'],
    goBack: ['quay lai', 'quay ve', 'tro lai', 'quay lai dung', 'quay ve dung'],
    formerOne: ['app cu', 'ung dung cu', 'app truoc', 'ung dung truoc', 'app khac', 'ung dung khac', 'ben cu'],
    stopUsing: ['khong dung nua', 'khong xai nua', 'ngung dung', 'ngung su dung', 'thoi dung', 'bo dung'],
    byMistake: ['vo tinh', 'lo tay', 'nham', 'cai lai'],
    competitor: ['app khac', 'ung dung khac', 'san khac', 'ben khac'],
  },
  hi: {
    closeOwn: ['बंद', 'डिलीट', 'हटा', 'delete', 'band', 'close', 'deactivate', 'hata'],
    ownService: ['अकाउंट', 'वॉलेट', 'खाता', 'प्रोफाइल', 'account', 'wallet', 'khata', 'profile'],
    goBack: ['वापस', 'wapas', 'vapas', 'waapas'],
    formerOne: ['पुराने ऐप', 'पुराना ऐप', 'purane app', 'purana app', 'pehle wale app', 'पहले वाले ऐप', 'dusre app', 'दूसरे ऐप'],
    stopUsing: ['use nahi karunga', 'use nahi karungi', 'istemal nahi karunga', 'इस्तेमाल नहीं करूंगा', 'इस्तेमाल नहीं करूँगा', 'इस्तेमाल नहीं करूंगी'],
    byMistake: ['galti se', 'गलती से', 'गलती से', 'bhool se', 'dobara install', 'फिर से इंस्टॉल'],
    uninstall: ['uninstall kar diya', 'delete kar diya', 'अनइंस्टॉल कर दिया', 'डिलीट कर दिया'],
    competitor: ['दूसरे ऐप', 'dusre app', 'doosre app', 'dusra app'],
  },
  sv: {
    closeOwn: ['radera', 'raderar', 'radera', 'stang', 'stanga', 'stanger', 'avsluta', 'avslutar', 'inaktivera', 'inaktiverar', 'ta bort', 'tar bort'],
    ownService: ['mitt konto', 'min planbok', 'min profil', 'kontot', 'planboken', 'mitt konto och min planbok'],
    goBack: ['tillbaka till', 'gar tillbaka till', 'byter tillbaka till', 'atergar till'],
    formerOne: ['den gamla appen', 'gamla appen', 'den forra appen', 'forra appen', 'den gamla', 'en annan app'],
    stopUsing: ['slutar anvanda', 'slutat anvanda', 'kommer inte anvanda', 'anvander inte er', 'slutar med er'],
    byMistake: ['av misstag', 'rakade', 'installerade om', 'installera om'],
    uninstall: ['avinstallerat', 'avinstallerade', 'raderat appen', 'raderade appen'],
    competitor: ['en annan app', 'annan app', 'en annan planbok', 'en annan bors'],
  },
  el: {
    closeOwn: ['διαγραψτε', 'διαγραψω', 'διαγραφω', 'διαγραψε', 'κλειστε', 'κλεισω', 'κλεινω', 'κλεισε', 'απενεργοποιηστε', 'απενεργοποιησω', 'απενεργοποιω'],
    ownService: ['τον λογαριασμο μου', 'το λογαριασμο μου', 'λογαριασμο μου', 'τον λογαριασμο', 'το πορτοφολι μου', 'πορτοφολι μου', 'το προφιλ μου'],
    goBack: ['γυρναω στ*', 'γυριζω στ*', 'επιστρεφω στ*', 'θα γυρισω στ*', 'ξαναγυρναω στ*', 'γυρισα στ*'],
    formerOne: ['παλια εφαρμογη', 'προηγουμενη εφαρμογη', 'αλλη εφαρμογη', 'την παλια'],
    stopUsing: ['σταματαω να χρησιμοποιω', 'σταματησα να χρησιμοποιω', 'δεν θα χρησιμοποιησω', 'δεν χρησιμοποιω πια'],
    byMistake: ['κατα λαθος', 'χωρις να θελω', 'ξαναεγκατεστησα', 'την εγκατεστησα ξανα'],
    uninstall: ['απεγκατεστησα', 'διεγραψα', 'εσβησα'],
    competitor: ['αλλη εφαρμογη', 'αλλο ανταγωνιστη', 'αλλο πορτοφολι'],
  },
  cs: {
    closeOwn: ['smazat', 'smazte', 'smazu', 'mazu', 'zrusit', 'zruste', 'zrusim', 'zavrit', 'zavrete', 'deaktivovat', 'deaktivujte', 'odstranit', 'odstrante'],
    ownService: ['muj ucet', 'ucet', 'mi ucet', 'moji penezenku', 'penezenku', 'muj profil', 'profil'],
    goBack: ['vracim se k', 'vracim se ke', 'vratim se k', 'vratim se ke', 'zpatky k', 'zpatky ke', 'vratil jsem se k', 'vratila jsem se k'],
    formerOne: ['stare aplikaci', 'starou aplikaci', 'predchozi aplikaci', 'jine aplikaci', 'stare apce', 'te stare'],
    stopUsing: ['prestavam pouzivat', 'prestanu pouzivat', 'prestal jsem pouzivat', 'prestala jsem pouzivat', 'uz nebudu pouzivat'],
    byMistake: ['omylem', 'nechtene', 'nahodou', 'znovu nainstaloval', 'znovu nainstalovala', 'preinstaloval'],
    uninstall: ['odinstaloval', 'odinstalovala', 'smazal jsem', 'smazala jsem'],
    appWord: ['aplikaci', 'aplikace', 'apku', 'appku'],
    competitor: ['jinou aplikaci', 'jine aplikace', 'jinou penezenku', 'jinou burzu'],
  },
};
