# UI strings of the udha theme (templates in ../../templates/) in this language.
# A site overrides any of them in its own locales/<lang>/*.ftl.

chooser-prompt = Читајте овај сајт на српском

skip-to-content = Пређи на садржај
emergency-label = Бројеви за хитне случајеве
languages-label = Језик
sections-label = Теме
breadcrumbs-label = Налазите се овде
home-link = Почетна

translation-missing = Ова страница још није преведена. Ево је на језику { $source }.
translation-machine = Машински превод, још га није проверио човек.
translation-machine-original = Нејасно? Прочитајте оригинал: { $source }
translation-draft = Овај превод још није завршен. Може да има грешака.

page-code = Број странице { $code }. Да поново отворите ову страницу, упишите:
poster-address = Скенирајте код или упишите ову адресу:
poster-code = Када разговарате телефоном, тражите страницу број { $code }.
last-reviewed = Страница последњи пут прегледана: { $date }
sources-label = Извори
source-year = објављено { $year }.
source-undated = веб-страница без датума, прочитана { $date }
source-separator = ,
in-this-section = У овој теми
section-pages = { $count ->
    [one] { $count } страница у овој теми
    [few] { $count } странице у овој теми
   *[other] { $count } страница у овој теми
}

not-found-title = Страница није пронађена
not-found-text = Ова страница не постоји. Идите на почетну страницу или изаберите тему.
not-found-code = Имате број странице? Упишите адресу сајта, косу црту и број, овако: { $example }

footer-about = О овом сајту
footer-privacy = Приватност: без колачића, без праћења, ништа се не чува.

code-page-title = Страница { $code }

# Dates: `date` puts day, month name and year in this language's order.
# CLDR: d. MMMM y., with the month in the genitive ("22. новембра 2026.").
date = { $day }. { $month } { $year }.
month-1 = јануара
month-2 = фебруара
month-3 = марта
month-4 = априла
month-5 = маја
month-6 = јуна
month-7 = јула
month-8 = августа
month-9 = септембра
month-10 = октобра
month-11 = новембра
month-12 = децембра

# Странице са датумом, обавештења и фид.
page-date = Објављено: { $date }
page-updated = Ажурирано: { $date }
notices-title = Вести и обавештења
notices-all = Сва обавештења, и стара
notices-archive = Старија обавештења (више не важе)
notice-urgent = Хитно
notice-expires = Важи до { $date }
# $date се завршава тачком („8. децембра 2026.“), зато овде нема тачке на крају.
notice-archived = Ово обавештење више не важи. Важило је до { $date }
feed-title = Нове и измењене странице
feed-link = Пратите нове и измењене странице (Atom фид)
feed-notice = Обавештење
# Списак подељен на више страница.
pagination-label = Још страница овог списка
pagination-previous = Претходна
pagination-next = Следећа
pagination-page = Страница { $current } од { $total }

# Списак страница за особље инфо-линије (/directory/).
directory-title = Списак страница
directory-intro = Свака страница са својим бројем, насловом и описом на сваком језику, колико је сваки превод проверен, и порука коју можете послати SMS-ом или преко WhatsApp-а. Веза у поруци отвара страницу на језику особе која зове.
directory-code = Број
directory-page = Страница на сваком језику
directory-not-answered = питања која постављају позиваоци, а на која наши извори не одговарају, и где да их упутите.
directory-filter = Пронађите страницу (на било ком језику)
directory-message = Порука за слање
directory-message-size = { $length ->
    [one] { $length } знак
    [few] { $length } знака
   *[other] { $length } знакова
} ({ $encoding }), { $segments ->
    [one] { $segments } SMS
    [few] { $segments } дела SMS-а
   *[other] { $segments } делова SMS-а
}
directory-copy = Копирај
directory-copied = Копирано
footer-directory = Списак страница (за особље)
message-contact = { $name }: { $number }
status-source = оригинал
status-machine = машински превод, није проверен
status-draft = превод у изради
status-reviewed = проверио изворни говорник
status-missing = још није преведено
poster-link = Одштампајте плакат ове странице

# Страница за претрагу (/<lang>/search/).
search-link = Претрага
search-title = Претражите овај сајт
search-label = Речи које тражите
search-button = Тражи
search-searching = Тражим…
search-no-results = Ништа није пронађено. Пробајте друге речи или изаберите тему испод.
search-failed = Претрага сада не ради. Изаберите тему испод.
search-needs-script = За претрагу је потребан JavaScript, а он је искључен у овом прегледачу. Изаберите тему испод.

# Чување сајта на телефону за читање без интернета.
offline-button = Сачувајте овај сајт на телефону
offline-confirm = Ово троши { $kb } KB података. Додирните поново да сачувате.
offline-working = Чувам…
offline-done = Сачувано. Ове странице се сада отварају без интернета.
offline-failed = Чување није успело. Покушајте поново када имате мрежу.
not-saved-title = Ова страница није сачувана на овом телефону
not-saved-text = Нисте на интернету, а ова страница није сачувана. Странице које сте сачували отварају се без интернета: почните од почетне странице или изаберите тему.

# Извештај о стању превода (/status/).
status-title = Стање превода
status-intro = Свака страница на сваком језику: недостаје, застарела (оригинал је промењен после превођења), у изради, машински превод или проверио изворни говорник. У командној линији: udha status.
status-outdated = застарело: оригинал је промењен

# Цео сајт у једној датотеци (/<lang>/udha-<lang>.html).
edition-title = { site-name }: цео сајт у једној датотеци
edition-label = Цео сајт у једној датотеци
edition-made = Ова копија садржи податке закључно са { $date }
edition-version = Верзија
edition-offline = Отвара се без интернета на сваком телефону. Можете је проследити преко WhatsApp-а, Bluetooth-а или USB-а.
edition-newer = Кад будете на интернету, најновију копију преузмите овде:
edition-contents = Садржај
edition-back = Назад на садржај
edition-download = Преузмите цео сајт у једној датотеци ({ $kb } KB)
edition-share = Поделите ову датотеку
edition-share-failed = Дељење није успело. Користите везу за преузимање.

# Радно место за преглед превода у `udha serve`.
review-link = Прегледајте овај превод
review-title = Прегледајте овај превод
review-source = Оригинал
review-translation = Превод
review-changed = Промењено откад је направљен овај превод:
review-changed-intro = Оригинал се променио откад је направљен овај превод. Промењени пасуси су означени: ускладите превод са њима.
review-no-history = Оригинал се променио откад је направљен овај превод, али његова ранија верзија није у историји ове фасцикле, па промене не могу да се означе. Упоредите цео текст.
review-refused = Није сачувано: сајт не би могао да се направи са овом изменом. Ништа није уписано. Исправите ово и сачувајте поново:
review-conflict = Није сачувано: датотека је измењена на диску након што сте отворили ову страницу. Ваш текст је и даље у обрасцу испод. Ово је датотека каква је сада:
review-conflict-disk = Копирајте оно што вам треба, па поново отворите ову страницу.
review-edit = Исправите превод
review-field-title = Наслов
review-field-description = Кратак опис (једна реченица)
review-field-text = Текст (Markdown)
review-save = Сачувај
review-mark = Означи као прегледано од изворног говорника
review-mark-intro = Урадите ово само ако вам је ово матерњи језик и ако сте цео превод прочитали уз оригинал.
review-reviewer = Ваше име или иницијали
review-preview = Како страница сада изгледа

# Страница која је уклоњена: приказује се на њеном броју и на њеној старој адреси.
gone-title = Ова страница је уклоњена
gone-text = Страница коју сте тражили (број { $code }) више не постоји на овом сајту.
gone-see = Погледајте овде:
