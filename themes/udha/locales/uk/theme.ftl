# UI strings of the udha theme in Ukrainian. Machine translation: not yet checked by a native speaker.
# Сайт може замінити будь-який із цих рядків у своїх locales/<lang>/*.ftl.

chooser-prompt = Читайте цей сайт українською

skip-to-content = Перейти до основного вмісту
emergency-label = Екстрені номери
languages-label = Мова
sections-label = Теми
breadcrumbs-label = Ви тут
home-link = Головна

translation-missing = Цю сторінку ще не перекладено. Ось вона мовою: { $source }.
translation-machine = Машинний переклад, людина його ще не перевірила.
translation-machine-original = Незрозуміло? Прочитайте оригінал: { $source }
translation-draft = Це чернетка перекладу. У ній можуть бути помилки.

page-code = Номер сторінки: { $code }. Щоб знову відкрити цю сторінку, введіть:
poster-address = Відскануйте код або введіть цю адресу:
poster-code = Під час дзвінка попросіть сторінку номер { $code }.
last-reviewed = Остання перевірка сторінки: { $date }
sources-label = Джерела
source-year = опубліковано { $year } року
source-undated = вебсторінка без дати, переглянуто { $date }
# Between the title, the publisher and the date of a source (a space follows).
source-separator = ,
in-this-section = У цій темі
section-pages = { $count ->
    [one] { $count } сторінка в цій темі
    [few] { $count } сторінки в цій темі
    [many] { $count } сторінок у цій темі
   *[other] { $count } сторінки в цій темі
}

not-found-title = Сторінку не знайдено
not-found-text = Такої сторінки немає. Перейдіть на головну сторінку або виберіть тему.
not-found-code = Маєте номер сторінки? Введіть адресу сайту, скісну риску (/) і номер, ось так: { $example }

footer-about = Про цей сайт
footer-privacy = Приватність: жодних cookie, жодного стеження, нічого не зберігаємо.

code-page-title = Сторінка { $code }

# Dates: `date` puts day, month name and year in this language's order.
date = { $day } { $month } { $year } р.
month-1 = січня
month-2 = лютого
month-3 = березня
month-4 = квітня
month-5 = травня
month-6 = червня
month-7 = липня
month-8 = серпня
month-9 = вересня
month-10 = жовтня
month-11 = листопада
month-12 = грудня

# Dated pages, notices and the feed.
page-date = Опубліковано: { $date }
page-updated = Оновлено: { $date }
notices-title = Новини й оголошення
notices-all = Усі оголошення, зокрема старі
notices-archive = Давніші оголошення (уже не чинні)
notice-urgent = Терміново
notice-expires = Чинне до { $date }
notice-archived = Це оголошення вже не чинне. Воно діяло до { $date }.
feed-title = Нові та змінені сторінки
feed-link = Стежити за новими та зміненими сторінками (стрічка Atom)
feed-notice = Оголошення
# A list of pages split over several pages.
pagination-label = Інші сторінки цього списку
pagination-previous = Попередня
pagination-next = Наступна
pagination-page = Сторінка { $current } з { $total }

# The info-line's directory of every page (/directory/), for staff.
directory-title = Список сторінок
directory-intro = Кожна сторінка: її номер, заголовок і опис кожною мовою, наскільки перевірено кожен переклад, і повідомлення, яке можна надіслати через SMS або WhatsApp. Посилання в повідомленні відкриває сторінку мовою того, хто телефонує.
directory-code = Номер
directory-page = Сторінка кожною мовою
directory-not-answered = питання тих, хто телефонує, на які наші джерела не відповідають, і куди їх скеровувати.
directory-filter = Знайти сторінку (будь-якою мовою)
directory-message = Повідомлення для надсилання
directory-message-size = { $length ->
    [one] { $length } символ
    [few] { $length } символи
    [many] { $length } символів
   *[other] { $length } символу
} ({ $encoding }), { $segments ->
    [one] { $segments } SMS
    [few] { $segments } частини SMS
    [many] { $segments } частин SMS
   *[other] { $segments } частини SMS
}
directory-copy = Копіювати
directory-copied = Скопійовано
footer-directory = Список сторінок (для працівників)
# A phone number the page gives, in its ready message: the name the source register gives it in this language, and the number.
message-contact = { $name }: { $number }
status-source = оригінал
status-machine = машинний переклад, не перевірено
status-draft = чернетка перекладу
status-reviewed = перевірено носієм мови
status-missing = ще не перекладено
poster-link = Надрукувати плакат цієї сторінки

# The search page (/<lang>/search/).
search-link = Пошук
search-title = Пошук на цьому сайті
search-label = Слова для пошуку
search-button = Шукати
search-searching = Шукаємо…
search-no-results = Нічого не знайдено. Спробуйте інші слова або виберіть тему нижче.
search-failed = Пошук зараз не працює. Виберіть тему нижче.
search-needs-script = Для пошуку потрібен JavaScript, а в цьому браузері його вимкнено. Виберіть тему нижче.

# Keeping the site on the phone for reading without network.
offline-button = Зберегти цей сайт на телефоні
offline-confirm = Це витратить { $kb } KB трафіку. Торкніться ще раз, щоб зберегти.
offline-working = Зберігаємо…
offline-done = Збережено. Тепер ці сторінки відкриваються без інтернету.
offline-failed = Не вдалося зберегти. Спробуйте ще раз, коли буде зв'язок.
not-saved-title = Цю сторінку не збережено на цьому телефоні
not-saved-text = Зараз немає інтернету, а цю сторінку не збережено. Збережені сторінки відкриваються без інтернету: почніть із головної сторінки або виберіть тему.

# The editors' translation status report (/status/).
status-title = Стан перекладів
status-intro = Кожна сторінка кожною мовою: перекладу немає, переклад застарів (оригінал змінився після перекладу), чернетка, машинний переклад або перевірено носієм мови. У командному рядку: udha status.
status-outdated = застаріло: оригінал змінився

# The whole site in one file (/<lang>/udha-<lang>.html), to pass on.
edition-title = { site-name }: увесь сайт в одному файлі
edition-label = Увесь сайт в одному файлі
edition-made = Інформація в цій копії — станом на { $date }
edition-version = Версія
edition-offline = Файл відкривається без інтернету на будь-якому телефоні. Його можна передати через WhatsApp, Bluetooth або USB.
edition-newer = Коли буде інтернет, завантажте найновішу копію тут:
edition-contents = Зміст
edition-back = Назад до змісту
edition-download = Завантажити весь сайт одним файлом ({ $kb } KB)
edition-share = Поділитися цим файлом
edition-share-failed = Не вдалося поділитися. Скористайтеся посиланням для завантаження.

# The translation review workbench in `udha serve` (/__udha/review/...).
review-link = Перевірити цей переклад
review-title = Перевірка цього перекладу
review-source = Оригінал
review-translation = Переклад
review-changed = Змінено після того, як зробили цей переклад:
review-changed-intro = Оригінал змінився після того, як зробили цей переклад. Змінені абзаци позначено: оновіть переклад відповідно до них.
review-no-history = Оригінал змінився після того, як зробили цей переклад, але його попередньої версії немає в історії цієї папки, тому зміни неможливо позначити. Порівняйте весь текст.
review-refused = Не збережено: з цією зміною сайт не збирається. Нічого не записано. Виправте це й збережіть ще раз:
review-conflict = Не збережено: файл на диску змінився після того, як ви відкрили цю сторінку. Ваш текст досі у формі нижче. Ось файл у теперішньому вигляді:
review-conflict-disk = Скопіюйте те, що вам потрібно, а потім знову відкрийте цю сторінку.
review-edit = Виправити переклад
review-field-title = Заголовок
review-field-description = Короткий опис (одне речення)
review-field-text = Текст (Markdown)
review-save = Зберегти
review-mark = Позначити як перевірене носієм мови
review-mark-intro = Робіть це, лише якщо ця мова для вас рідна і ви прочитали весь переклад, звіряючи його з оригіналом.
review-reviewer = Ваше ім'я або ініціали
review-preview = Який вигляд має сторінка зараз

# A page that was removed: shown at its number and its old address.
gone-title = Цю сторінку видалено
gone-text = Сторінки, яку ви шукали (номер { $code }), більше немає на цьому сайті.
gone-see = Подивіться натомість тут:
