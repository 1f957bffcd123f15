# UI strings of the udha theme in Russian. Machine translation: not yet checked by a native speaker.
# Сайт может заменить любую из этих строк в своих locales/<lang>/*.ftl.

chooser-prompt = Читайте этот сайт на русском

skip-to-content = Перейти к основному содержанию
emergency-label = Экстренные номера
languages-label = Язык
sections-label = Темы
breadcrumbs-label = Вы здесь
home-link = Главная

translation-missing = Эта страница ещё не переведена. Вот она на языке: { $source }.
translation-machine = Машинный перевод, человек его ещё не проверил.
translation-machine-original = Непонятно? Прочитайте оригинал: { $source }
translation-draft = Это черновик перевода. В нём могут быть ошибки.

page-code = Номер страницы: { $code }. Чтобы снова открыть эту страницу, введите:
poster-address = Отсканируйте код или введите этот адрес:
poster-code = Во время звонка попросите страницу номер { $code }.
last-reviewed = Последняя проверка страницы: { $date }
sources-label = Источники
source-year = опубликовано в { $year } году
source-undated = веб-страница без даты, просмотрена { $date }
# Between the title, the publisher and the date of a source (a space follows).
source-separator = ,
in-this-section = В этой теме
section-pages = { $count ->
    [one] { $count } страница в этой теме
    [few] { $count } страницы в этой теме
    [many] { $count } страниц в этой теме
   *[other] { $count } страницы в этой теме
}

not-found-title = Страница не найдена
not-found-text = Такой страницы нет. Перейдите на главную страницу или выберите тему.
not-found-code = Есть номер страницы? Введите адрес сайта, косую черту (/) и номер, вот так: { $example }

footer-about = Об этом сайте
footer-privacy = Приватность: никаких cookie, никакой слежки, ничего не сохраняем.

code-page-title = Страница { $code }

# Dates: `date` puts day, month name and year in this language's order.
date = { $day } { $month } { $year } г.
month-1 = января
month-2 = февраля
month-3 = марта
month-4 = апреля
month-5 = мая
month-6 = июня
month-7 = июля
month-8 = августа
month-9 = сентября
month-10 = октября
month-11 = ноября
month-12 = декабря

# Dated pages, notices and the feed.
page-date = Опубликовано: { $date }
page-updated = Обновлено: { $date }
notices-title = Новости и объявления
notices-all = Все объявления, включая старые
notices-archive = Более старые объявления (уже не действуют)
notice-urgent = Срочно
notice-expires = Действует до { $date }
notice-archived = Это объявление больше не действует. Оно действовало до { $date }.
feed-title = Новые и изменённые страницы
feed-link = Следить за новыми и изменёнными страницами (лента Atom)
feed-notice = Объявление
# A list of pages split over several pages.
pagination-label = Другие страницы этого списка
pagination-previous = Предыдущая
pagination-next = Следующая
pagination-page = Страница { $current } из { $total }

# The info-line's directory of every page (/directory/), for staff.
directory-title = Список страниц
directory-intro = Каждая страница: её номер, заголовок и описание на каждом языке, насколько проверен каждый перевод, и сообщение, которое можно отправить по SMS или в WhatsApp. Ссылка в сообщении открывает страницу на языке звонящего.
directory-code = Номер
directory-page = Страница на каждом языке
directory-not-answered = вопросы звонящих, на которые наши источники не отвечают, и куда их направлять.
directory-filter = Найти страницу (на любом языке)
directory-message = Сообщение для отправки
directory-message-size = { $length ->
    [one] { $length } символ
    [few] { $length } символа
    [many] { $length } символов
   *[other] { $length } символа
} ({ $encoding }), { $segments ->
    [one] { $segments } SMS
    [few] { $segments } части SMS
    [many] { $segments } частей SMS
   *[other] { $segments } части SMS
}
directory-copy = Копировать
directory-copied = Скопировано
footer-directory = Список страниц (для сотрудников)
# A phone number the page gives, in its ready message: the name the source register gives it in this language, and the number.
message-contact = { $name }: { $number }
status-source = оригинал
status-machine = машинный перевод, не проверен
status-draft = черновик перевода
status-reviewed = проверено носителем языка
status-missing = ещё не переведено
poster-link = Распечатать плакат этой страницы

# The search page (/<lang>/search/).
search-link = Поиск
search-title = Поиск по этому сайту
search-label = Слова для поиска
search-button = Найти
search-searching = Ищем…
search-no-results = Ничего не найдено. Попробуйте другие слова или выберите тему ниже.
search-failed = Поиск сейчас не работает. Выберите тему ниже.
search-needs-script = Для поиска нужен JavaScript, а в этом браузере он выключен. Выберите тему ниже.

# Keeping the site on the phone for reading without network.
offline-button = Сохранить этот сайт на телефоне
offline-confirm = Это потратит { $kb } KB трафика. Нажмите ещё раз, чтобы сохранить.
offline-working = Сохраняем…
offline-done = Сохранено. Теперь эти страницы открываются без интернета.
offline-failed = Не удалось сохранить. Попробуйте ещё раз, когда будет связь.
not-saved-title = Эта страница не сохранена на этом телефоне
not-saved-text = Сейчас нет интернета, а эта страница не сохранена. Сохранённые страницы открываются без интернета: начните с главной страницы или выберите тему.

# The editors' translation status report (/status/).
status-title = Состояние переводов
status-intro = Каждая страница на каждом языке: перевода нет, перевод устарел (оригинал изменился после перевода), черновик, машинный перевод или проверено носителем языка. В командной строке: udha status.
status-outdated = устарело: оригинал изменился

# The whole site in one file (/<lang>/udha-<lang>.html), to pass on.
edition-title = { site-name }: весь сайт в одном файле
edition-label = Весь сайт в одном файле
edition-made = Информация в этой копии — по состоянию на { $date }
edition-version = Версия
edition-offline = Файл открывается без интернета на любом телефоне. Его можно передать через WhatsApp, Bluetooth или USB.
edition-newer = Когда будет интернет, скачайте самую новую копию здесь:
edition-contents = Содержание
edition-back = Назад к содержанию
edition-download = Скачать весь сайт одним файлом ({ $kb } KB)
edition-share = Поделиться этим файлом
edition-share-failed = Не удалось поделиться. Используйте ссылку для скачивания.

# The translation review workbench in `udha serve` (/__udha/review/...).
review-link = Проверить этот перевод
review-title = Проверка этого перевода
review-source = Оригинал
review-translation = Перевод
review-changed = Изменено после того, как сделали этот перевод:
review-changed-intro = Оригинал изменился после того, как сделали этот перевод. Изменённые абзацы отмечены: обновите перевод по ним.
review-no-history = Оригинал изменился после того, как сделали этот перевод, но его прежней версии нет в истории этой папки, поэтому изменения нельзя отметить. Сравните весь текст.
review-refused = Не сохранено: с этим изменением сайт не собирается. Ничего не записано. Исправьте это и сохраните ещё раз:
review-conflict = Не сохранено: файл на диске изменился после того, как вы открыли эту страницу. Ваш текст всё ещё в форме ниже. Вот файл в его нынешнем виде:
review-conflict-disk = Скопируйте то, что вам нужно, а затем снова откройте эту страницу.
review-edit = Исправить перевод
review-field-title = Заголовок
review-field-description = Краткое описание (одно предложение)
review-field-text = Текст (Markdown)
review-save = Сохранить
review-mark = Отметить как проверенное носителем языка
review-mark-intro = Делайте это, только если этот язык для вас родной и вы прочитали весь перевод, сверяя его с оригиналом.
review-reviewer = Ваше имя или инициалы
review-preview = Как страница выглядит сейчас

# A page that was removed: shown at its number and its old address.
gone-title = Эта страница удалена
gone-text = Страницы, которую вы искали (номер { $code }), больше нет на этом сайте.
gone-see = Посмотрите вместо этого здесь:
