# UI strings of the udha theme in Urdu. Machine translation: not yet checked by a native speaker.
# A site overrides any of them in its own locales/<lang>/*.ftl.

chooser-prompt = یہ سائٹ اردو میں پڑھیں

skip-to-content = سیدھا متن پر جائیں
emergency-label = ہنگامی نمبر
languages-label = زبان
sections-label = موضوعات
breadcrumbs-label = آپ یہاں ہیں
home-link = مرکزی صفحہ

translation-missing = یہ صفحہ ابھی ترجمہ نہیں ہوا۔ یہاں یہ { $source } میں ہے۔
translation-machine = یہ ترجمہ مشین نے کیا ہے، ابھی کسی انسان نے اسے نہیں جانچا۔
translation-machine-original = بات واضح نہیں؟ اصل متن پڑھیں: { $source }
translation-draft = یہ ترجمہ ابھی مسودہ ہے۔ اس میں غلطیاں ہو سکتی ہیں۔

page-code = صفحہ نمبر { $code }۔ یہ صفحہ دوبارہ کھولنے کے لیے یہ لکھیں:
poster-address = کوڈ اسکین کریں یا یہ پتا لکھیں:
poster-code = فون پر صفحہ نمبر { $code } مانگیں۔
last-reviewed = اس صفحے کی آخری جانچ: { $date }
sources-label = ذرائع
source-year = { $year } میں شائع ہوا
source-undated = بغیر تاریخ کا ویب صفحہ، { $date } کو دیکھا گیا
# Between the title, the publisher and the date of a source (a space follows).
source-separator = ،
in-this-section = اس موضوع میں
section-pages = { $count ->
    [one] اس موضوع میں { $count } صفحہ
   *[other] اس موضوع میں { $count } صفحات
}

not-found-title = صفحہ نہیں ملا
not-found-text = یہ صفحہ موجود نہیں ہے۔ مرکزی صفحے پر جائیں یا کوئی موضوع چنیں۔
not-found-code = آپ کے پاس صفحہ نمبر ہے؟ سائٹ کا پتا، پھر سلیش (/) اور پھر نمبر لکھیں، اس طرح: { $example }

footer-about = اس سائٹ کے بارے میں
footer-privacy = رازداری: نہ کوکیز، نہ ٹریکنگ، کچھ بھی محفوظ نہیں ہوتا۔

code-page-title = صفحہ { $code }

# Dates: `date` puts day, month name and year in this language's order.
date = { $day } { $month } { $year }
month-1 = جنوری
month-2 = فروری
month-3 = مارچ
month-4 = اپریل
month-5 = مئی
month-6 = جون
month-7 = جولائی
month-8 = اگست
month-9 = ستمبر
month-10 = اکتوبر
month-11 = نومبر
month-12 = دسمبر

# Dated pages, notices and the feed.
page-date = شائع ہوا: { $date }
page-updated = اپ ڈیٹ ہوا: { $date }
notices-title = خبریں اور اطلاعات
notices-all = تمام اطلاعات، پرانی بھی
notices-archive = پرانی اطلاعات (اب لاگو نہیں)
notice-urgent = فوری
notice-expires = { $date } تک لاگو
notice-archived = یہ اطلاع اب لاگو نہیں ہے۔ یہ { $date } تک لاگو تھی۔
feed-title = نئے اور بدلے ہوئے صفحات
feed-link = نئے اور بدلے ہوئے صفحات کو فالو کریں (Atom فیڈ)
feed-notice = اطلاع
# A list of pages split over several pages.
pagination-label = اس فہرست کے مزید صفحات
pagination-previous = پچھلا
pagination-next = اگلا
pagination-page = { $total } میں سے صفحہ { $current }

# The info-line's directory of every page (/directory/), for staff.
directory-title = صفحات کی فہرست
directory-intro = ہر صفحہ اپنے نمبر کے ساتھ، ہر زبان میں اس کا عنوان اور تفصیل، ہر ترجمہ کتنا جانچا گیا ہے، اور SMS یا WhatsApp سے بھیجنے کے لیے ایک پیغام۔ پیغام کا لنک صفحے کو فون کرنے والے کی زبان میں کھولتا ہے۔
directory-code = نمبر
directory-page = ہر زبان میں صفحہ
directory-not-answered = وہ سوال جو فون کرنے والے پوچھتے ہیں مگر ہمارے ذرائع ان کا جواب نہیں دیتے، اور انہیں کہاں بھیجنا ہے۔
directory-filter = صفحہ ڈھونڈیں (کسی بھی زبان میں)
directory-message = بھیجنے کے لیے پیغام
directory-message-size = { $length ->
    [one] { $length } حرف
   *[other] { $length } حروف
} ({ $encoding })، { $segments ->
    [one] { $segments } SMS
   *[other] { $segments } SMS حصے
}
directory-copy = کاپی کریں
directory-copied = کاپی ہو گیا
footer-directory = صفحات کی فہرست (عملے کے لیے)
# A phone number the page gives, in its ready message: the name the source register gives it in this language, and the number.
message-contact = { $name }: { $number }
status-source = اصل
status-machine = مشینی ترجمہ، جانچا نہیں گیا
status-draft = ترجمے کا مسودہ
status-reviewed = اہلِ زبان نے جانچ لیا
status-missing = ابھی ترجمہ نہیں ہوا
poster-link = اس صفحے کا پوسٹر چھاپیں

# The search page (/<lang>/search/).
search-link = تلاش
search-title = اس سائٹ میں تلاش کریں
search-label = کون سے الفاظ ڈھونڈنے ہیں
search-button = تلاش کریں
search-searching = تلاش ہو رہی ہے…
search-no-results = کچھ نہیں ملا۔ دوسرے الفاظ آزمائیں، یا نیچے سے کوئی موضوع چنیں۔
search-failed = تلاش ابھی کام نہیں کر رہی۔ نیچے سے کوئی موضوع چنیں۔
search-needs-script = تلاش کے لیے JavaScript چاہیے، جو اس براؤزر میں بند ہے۔ اس کے بجائے نیچے سے کوئی موضوع چنیں۔

# Keeping the site on the phone for reading without network.
offline-button = یہ سائٹ میرے فون میں رکھیں
offline-confirm = اس میں { $kb } KB ڈیٹا خرچ ہو گا۔ محفوظ کرنے کے لیے دوبارہ دبائیں۔
offline-working = محفوظ ہو رہا ہے…
offline-done = محفوظ ہو گیا۔ یہ صفحات اب انٹرنیٹ کے بغیر کھلتے ہیں۔
offline-failed = محفوظ نہیں ہو سکا۔ جب نیٹ ورک ملے تو دوبارہ کوشش کریں۔
not-saved-title = یہ صفحہ اس فون میں محفوظ نہیں ہے
not-saved-text = آپ کا انٹرنیٹ بند ہے، اور یہ صفحہ محفوظ نہیں کیا گیا تھا۔ آپ کے محفوظ کیے ہوئے صفحات انٹرنیٹ کے بغیر کھلتے ہیں: مرکزی صفحے سے شروع کریں یا کوئی موضوع چنیں۔

# The editors' translation status report (/status/).
status-title = ترجمے کی صورتحال
status-intro = ہر زبان میں ہر صفحہ: موجود نہیں، پرانا (ترجمے کے بعد اصل بدل گیا)، مسودہ، مشینی ترجمہ، یا اہلِ زبان کا جانچا ہوا۔ کمانڈ لائن پر: udha status
status-outdated = پرانا: اصل بدل گیا ہے

# The whole site in one file (/<lang>/udha-<lang>.html), to pass on.
edition-title = { site-name }: پوری سائٹ ایک فائل میں
edition-label = پوری سائٹ ایک فائل میں
edition-made = اس نسخے میں { $date } تک کی معلومات ہیں۔
edition-version = ورژن
edition-offline = یہ فائل کسی بھی فون پر انٹرنیٹ کے بغیر کھلتی ہے۔ آپ اسے WhatsApp، Bluetooth یا USB سے آگے بھیج سکتے ہیں۔
edition-newer = جب انٹرنیٹ ہو تو تازہ ترین نسخہ یہاں سے لیں:
edition-contents = فہرست
edition-back = واپس فہرست پر
edition-download = پوری سائٹ ایک فائل میں ڈاؤن لوڈ کریں ({ $kb } KB)
edition-share = یہ فائل آگے بھیجیں
edition-share-failed = فائل نہیں بھیجی جا سکی۔ اس کے بجائے ڈاؤن لوڈ کا لنک استعمال کریں۔

# The translation review workbench in `udha serve` (/__udha/review/...).
review-link = اس ترجمے کو جانچیں
review-title = اس ترجمے کو جانچیں
review-source = اصل
review-translation = ترجمہ
review-changed = یہ ترجمہ بننے کے بعد بدلا ہے:
review-changed-intro = یہ ترجمہ بننے کے بعد اصل بدل گیا۔ بدلے ہوئے پیراگرافوں پر نشان لگا ہے: ترجمے کو ان کے مطابق کریں۔
review-no-history = یہ ترجمہ بننے کے بعد اصل بدل گیا، لیکن اس کا پرانا نسخہ اس فولڈر کی ہسٹری میں نہیں ہے، اس لیے تبدیلیوں پر نشان نہیں لگ سکتا۔ پورا متن ملا کر دیکھیں۔
review-refused = محفوظ نہیں ہوا: اس تبدیلی کے ساتھ سائٹ نہیں بنتی۔ کچھ نہیں لکھا گیا۔ یہ ٹھیک کریں اور دوبارہ محفوظ کریں:
review-conflict = محفوظ نہیں ہوا: آپ کے یہ صفحہ کھولنے کے بعد ڈسک پر فائل بدل گئی۔ آپ کا متن ابھی نیچے والے فارم میں ہے۔ فائل اب ایسی ہے:
review-conflict-disk = جو چاہیے وہ کاپی کر لیں، پھر یہ صفحہ دوبارہ کھولیں۔
review-edit = ترجمہ درست کریں
review-field-title = عنوان
review-field-description = مختصر تفصیل (ایک جملہ)
review-field-text = متن (Markdown)
review-save = محفوظ کریں
review-mark = نشان لگائیں کہ اہلِ زبان نے جانچ لیا
review-mark-intro = یہ صرف تب کریں جب یہ آپ کی مادری زبان ہو اور آپ نے پورا ترجمہ اصل سے ملا کر پڑھا ہو۔
review-reviewer = آپ کا نام یا نام کے پہلے حروف
review-preview = صفحہ اب ایسا دکھائی دیتا ہے

# A page that was removed: shown at its number and its old address.
gone-title = یہ صفحہ ہٹا دیا گیا ہے
gone-text = جو صفحہ آپ ڈھونڈ رہے تھے (نمبر { $code }) اب اس سائٹ پر نہیں ہے۔
gone-see = اس کے بجائے یہاں دیکھیں:
