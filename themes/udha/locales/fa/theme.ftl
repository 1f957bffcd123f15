# UI strings of the udha theme (templates in ../../templates/) in this language.
# A site overrides any of them in its own locales/<lang>/*.ftl.

chooser-prompt = این سایت را به فارسی بخوانید

skip-to-content = رفتن به متن اصلی
emergency-label = شماره‌های اضطراری
languages-label = زبان
sections-label = موضوع‌ها
breadcrumbs-label = شما اینجا هستید
home-link = صفحه اصلی

translation-missing = این صفحه هنوز ترجمه نشده است. اینجا آن را به زبان { $source } می‌بینید.
translation-machine = ترجمهٔ ماشینی؛ هنوز کسی آن را بررسی نکرده است.
translation-machine-original = روشن نیست؟ متن اصلی را بخوانید: { $source }
translation-draft = این ترجمه هنوز پیش‌نویس است. ممکن است اشتباه داشته باشد.

page-code = شمارهٔ صفحه { $code }. برای اینکه این صفحه را دوباره باز کنید، بنویسید:
poster-address = کد را اسکن کنید یا این نشانی را بنویسید:
poster-code = پشت تلفن، شمارهٔ صفحه را بگویید: { $code }.
last-reviewed = آخرین بازبینی این صفحه: { $date }
sources-label = منابع
source-year = منتشرشده در { $year }
source-undated = صفحهٔ وب بدون تاریخ، بررسی‌شده در { $date }
source-separator = ،
in-this-section = در این موضوع
section-pages = { $count ->
    [one] { $count } صفحه در این موضوع
   *[other] { $count } صفحه در این موضوع
}

not-found-title = صفحه پیدا نشد
not-found-text = این صفحه وجود ندارد. به صفحه اصلی بروید یا یک موضوع را انتخاب کنید.
not-found-code = شمارهٔ صفحه دارید؟ نشانی سایت، یک خط مورب و شماره را بنویسید، این‌طور: { $example }

footer-about = درباره این سایت
footer-privacy = حریم خصوصی: بدون کوکی، بدون ردیابی، هیچ چیزی ذخیره نمی‌شود.

code-page-title = صفحهٔ { $code }

# Dates: `date` is the Gregorian date, in numbers (year/month/day), because
# Iranians and Afghans spell the Gregorian month names differently; the
# month-N names stay for anything else that uses them.
date = { $year }/{ $month_number }/{ $day }
month-1 = ژانویه
month-2 = فوریه
month-3 = مارس
month-4 = آوریل
month-5 = مه
month-6 = ژوئن
month-7 = ژوئیه
month-8 = اوت
month-9 = سپتامبر
month-10 = اکتبر
month-11 = نوامبر
month-12 = دسامبر

# Solar Hijri date, with the Gregorian date after it: «۱۷ آذر/قوس ۱۴۰۵ (۲۰۲۶/۱۲/۸)».
# Each month: the Iranian name / the Afghan (Dari) name.
date-persian = { $day } { $month } { $year } ({ $gregorian })
persian-month-1 = فروردین/حمل
persian-month-2 = اردیبهشت/ثور
persian-month-3 = خرداد/جوزا
persian-month-4 = تیر/سرطان
persian-month-5 = مرداد/اسد
persian-month-6 = شهریور/سنبله
persian-month-7 = مهر/میزان
persian-month-8 = آبان/عقرب
persian-month-9 = آذر/قوس
persian-month-10 = دی/جدی
persian-month-11 = بهمن/دلو
persian-month-12 = اسفند/حوت

# صفحه‌های تاریخ‌دار، اطلاعیه‌ها و فید.
page-date = تاریخ انتشار: { $date }
page-updated = تاریخ به‌روزرسانی: { $date }
notices-title = اخبار و اطلاعیه‌ها
notices-all = همه اطلاعیه‌ها، قدیمی‌ها هم
notices-archive = اطلاعیه‌های قدیمی‌تر (دیگر معتبر نیستند)
notice-urgent = فوری
notice-expires = معتبر تا { $date }
notice-archived = این اطلاعیه دیگر معتبر نیست. تا { $date } معتبر بود.
feed-title = صفحه‌های جدید و تغییرکرده
feed-link = صفحه‌های جدید و تغییرکرده را دنبال کنید (فید Atom)
feed-notice = اطلاعیه
# فهرستی که در چند صفحه آمده است.
pagination-label = صفحه‌های دیگر این فهرست
pagination-previous = قبلی
pagination-next = بعدی
pagination-page = صفحهٔ { $current } از { $total }

# فهرست صفحه‌ها برای کارکنان خط اطلاعات (/directory/).
directory-title = فهرست صفحه‌ها
directory-intro = هر صفحه با شماره‌اش، عنوان و توضیح آن به هر زبان، اینکه هر ترجمه تا چه حد بررسی شده، و پیامی برای فرستادن با پیامک یا واتس‌اپ. پیوند داخل پیام صفحه را به زبان تماس‌گیرنده باز می‌کند.
directory-code = شماره
directory-page = صفحه به هر زبان
directory-not-answered = پرسش‌هایی که تماس‌گیرندگان می‌پرسند و منابع ما به آن‌ها پاسخ نمی‌دهند، و اینکه آن‌ها را به کجا بفرستید.
directory-filter = پیدا کردن صفحه (به هر زبان)
directory-message = پیام برای فرستادن
directory-message-size = { $length } نویسه ({ $encoding })، { $segments ->
    [one] { $segments } پیامک
   *[other] { $segments } بخش پیامک
}
directory-copy = رونوشت
directory-copied = رونوشت شد
footer-directory = فهرست صفحه‌ها (برای کارکنان)
message-contact = { $name }: { $number }
status-source = متن اصلی
status-machine = ترجمه ماشینی، بررسی‌نشده
status-draft = ترجمه در حال آماده‌سازی
status-reviewed = بررسی‌شده به دست یک گوینده بومی
status-missing = هنوز ترجمه نشده
poster-link = یک پوستر از این صفحه چاپ کنید

# صفحه جست‌وجو (/<lang>/search/).
search-link = جست‌وجو
search-title = در این سایت جست‌وجو کنید
search-label = کلمه‌هایی که دنبالشان هستید
search-button = جست‌وجو
search-searching = در حال جست‌وجو…
search-no-results = چیزی پیدا نشد. کلمه‌های دیگری را امتحان کنید یا یکی از موضوع‌های پایین را انتخاب کنید.
search-failed = جست‌وجو الان کار نمی‌کند. یکی از موضوع‌های پایین را انتخاب کنید.
search-needs-script = جست‌وجو به JavaScript نیاز دارد که در این مرورگر خاموش است. یکی از موضوع‌های پایین را انتخاب کنید.

# نگه‌داشتن سایت روی گوشی برای خواندن بدون اینترنت.
offline-button = این سایت را روی گوشی‌ام نگه دار
offline-confirm = این کار { $kb } کیلوبایت اینترنت مصرف می‌کند. برای ذخیره دوباره بزنید.
offline-working = در حال ذخیره…
offline-done = ذخیره شد. این صفحه‌ها حالا بدون اینترنت باز می‌شوند.
offline-failed = ذخیره نشد. وقتی به شبکه وصل شدید دوباره امتحان کنید.
not-saved-title = این صفحه روی این گوشی ذخیره نشده است
not-saved-text = به اینترنت وصل نیستید و این صفحه ذخیره نشده است. صفحه‌هایی که ذخیره کرده‌اید بدون اینترنت باز می‌شوند: از صفحهٔ اصلی شروع کنید یا یک موضوع را انتخاب کنید.

# گزارش وضعیت ترجمه برای ویراستاران (/status/).
status-title = وضعیت ترجمه
status-intro = هر صفحه به هر زبان: موجود نیست، قدیمی (متن اصلی بعد از ترجمه تغییر کرده)، در حال آماده‌سازی، ترجمه ماشینی، یا بررسی‌شده به دست یک گوینده بومی. در خط فرمان: udha status.
status-outdated = قدیمی: متن اصلی تغییر کرده است

# کل سایت در یک فایل (/<lang>/udha-<lang>.html).
edition-title = { site-name }: کل سایت در یک فایل
edition-label = کل سایت در یک فایل
edition-made = اطلاعات این نسخه تا تاریخ { $date } است.
edition-version = نسخه
edition-offline = بدون اینترنت روی هر گوشی باز می‌شود. می‌توانید آن را با واتس‌اپ، بلوتوث یا USB برای دیگران بفرستید.
edition-newer = وقتی به اینترنت وصل شدید، جدیدترین نسخه را از اینجا بگیرید:
edition-contents = فهرست
edition-back = بازگشت به فهرست
edition-download = دانلود کل سایت در یک فایل ({ $kb } کیلوبایت)
edition-share = این فایل را به اشتراک بگذارید
edition-share-failed = اشتراک‌گذاری انجام نشد. از پیوند دانلود استفاده کنید.

# میز بازبینی ترجمه در `udha serve`.
review-link = این ترجمه را بازبینی کنید
review-title = این ترجمه را بازبینی کنید
review-source = متن اصلی
review-translation = ترجمه
review-changed = پس از این ترجمه تغییر کرده است:
review-changed-intro = متن اصلی پس از این ترجمه تغییر کرده است. بندهای تغییرکرده علامت خورده‌اند: ترجمه را با آن‌ها هماهنگ کنید.
review-no-history = متن اصلی پس از این ترجمه تغییر کرده است، اما نسخهٔ قبلی آن در تاریخچهٔ این پوشه نیست و نمی‌توان تغییرها را علامت زد. کل متن را مقایسه کنید.
review-refused = ذخیره نشد: سایت با این تغییر ساخته نمی‌شود. هیچ چیزی نوشته نشد. این را درست کنید و دوباره ذخیره کنید:
review-conflict = ذخیره نشد: پس از باز کردن این صفحه، فایل روی دیسک تغییر کرده است. متن شما هنوز در فرم پایین است. فایل اکنون این است:
review-conflict-disk = آنچه لازم دارید رونوشت کنید، سپس این صفحه را دوباره باز کنید.
review-edit = ترجمه را اصلاح کنید
review-field-title = عنوان
review-field-description = توضیح کوتاه (یک جمله)
review-field-text = متن (Markdown)
review-save = ذخیره
review-mark = علامت‌گذاری: بازبینی‌شده به دست یک گویشور بومی
review-mark-intro = فقط وقتی این کار را بکنید که زبان مادری‌تان همین زبان است و کل ترجمه را در کنار متن اصلی خوانده‌اید.
review-reviewer = نام یا حروف اول نام شما
review-preview = صفحه اکنون این‌طور دیده می‌شود

# A page that was removed: shown at its number and its old address.
gone-title = این صفحه حذف شده است
gone-text = صفحه‌ای که خواستید (شمارهٔ { $code }) دیگر در این سایت نیست.
gone-see = به جای آن، اینجا را ببینید:
