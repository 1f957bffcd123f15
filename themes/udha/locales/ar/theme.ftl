# UI strings of the udha theme (templates in ../../templates/) in this language.
# A site overrides any of them in its own locales/<lang>/*.ftl.

chooser-prompt = اقرأ هذا الموقع بالعربية

skip-to-content = انتقل إلى المحتوى
emergency-label = أرقام الطوارئ
languages-label = اللغة
sections-label = المواضيع
breadcrumbs-label = أنت هنا
home-link = الصفحة الرئيسية

translation-missing = لم تُترجم هذه الصفحة بعد. تجدها هنا بلغة { $source }.
translation-machine = ترجمة آلية لم يراجعها إنسان بعد.
translation-machine-original = غير واضح؟ اقرأ النص الأصلي: { $source }
translation-draft = هذه الترجمة مسودة. قد تكون فيها أخطاء.

page-code = رقم الصفحة { $code }. لتفتح هذه الصفحة مرة أخرى، اكتب:
poster-address = امسح الرمز أو اكتب هذا العنوان:
poster-code = عبر الهاتف، اطلب الصفحة رقم { $code }.
last-reviewed = آخر مراجعة لهذه الصفحة: { $date }
sources-label = المصادر
source-year = نُشر عام { $year }
source-undated = صفحة ويب بلا تاريخ، اطّلعنا عليها في { $date }
source-separator = ،
in-this-section = في هذا الموضوع
section-pages = { $count ->
    [zero] لا توجد صفحات في هذا الموضوع
    [one] صفحة واحدة في هذا الموضوع
    [two] صفحتان في هذا الموضوع
    [few] { $count } صفحات في هذا الموضوع
    [many] { $count } صفحةً في هذا الموضوع
   *[other] { $count } صفحة في هذا الموضوع
}

not-found-title = الصفحة غير موجودة
not-found-text = هذه الصفحة غير موجودة. اذهب إلى الصفحة الرئيسية أو اختر موضوعًا.
not-found-code = هل معك رقم صفحة؟ اكتب عنوان الموقع، ثم شرطة مائلة، ثم الرقم، هكذا: { $example }

footer-about = عن هذا الموقع
footer-privacy = الخصوصية: لا ملفات تعريف ارتباط، ولا تتبّع، ولا يُحفظ أي شيء.

code-page-title = الصفحة { $code }

# Dates: `date` puts day, month name and year in this language's order.
date = { $day } { $month } { $year }
month-1 = يناير (كانون الثاني)
month-2 = فبراير (شباط)
month-3 = مارس (آذار)
month-4 = أبريل (نيسان)
month-5 = مايو (أيار)
month-6 = يونيو (حزيران)
month-7 = يوليو (تموز)
month-8 = أغسطس (آب)
month-9 = سبتمبر (أيلول)
month-10 = أكتوبر (تشرين الأول)
month-11 = نوفمبر (تشرين الثاني)
month-12 = ديسمبر (كانون الأول)

# الصفحات المؤرَّخة والإعلانات والموجز.
page-date = تاريخ النشر: { $date }
page-updated = آخر تحديث: { $date }
notices-title = الأخبار والإعلانات
notices-all = كل الإعلانات، ومعها القديمة
notices-archive = إعلانات أقدم (لم تعد سارية)
notice-urgent = عاجل
notice-expires = ساري حتى { $date }
notice-archived = هذا الإعلان لم يعد ساريًا. كان ساريًا حتى { $date }.
feed-title = الصفحات الجديدة والمعدّلة
feed-link = تابِع الصفحات الجديدة والمعدّلة (موجز Atom)
feed-notice = إعلان
# قائمة مقسّمة على عدة صفحات.
pagination-label = صفحات أخرى من هذه القائمة
pagination-previous = السابق
pagination-next = التالي
pagination-page = الصفحة { $current } من { $total }

# دليل الصفحات لموظفي خط المعلومات (/directory/).
directory-title = دليل الصفحات
directory-intro = كل صفحة مع رقمها، وعنوانها ووصفها بكل لغة، ومدى التحقق من كل ترجمة، ورسالة جاهزة للإرسال عبر الرسائل القصيرة أو واتساب. الرابط في الرسالة يفتح الصفحة بلغة المتصل.
directory-code = الرقم
directory-page = الصفحة بكل لغة
directory-not-answered = أسئلة يطرحها المتصلون ولا تجيب عنها مصادرنا، وإلى أين تحيلهم.
directory-filter = ابحث عن صفحة (بأي لغة)
directory-message = الرسالة للإرسال
directory-message-size = { $length ->
    [zero] { $length } حرف
    [one] حرف واحد
    [two] حرفان
    [few] { $length } أحرف
    [many] { $length } حرفًا
   *[other] { $length } حرف
} ({ $encoding })، { $segments ->
    [zero] { $segments } جزء SMS
    [one] رسالة SMS واحدة
    [two] جزءان من SMS
    [few] { $segments } أجزاء SMS
    [many] { $segments } جزءًا من SMS
   *[other] { $segments } جزء SMS
}
directory-copy = انسخ
directory-copied = تم النسخ
footer-directory = دليل الصفحات (للموظفين)
message-contact = { $name }: { $number }
status-source = النص الأصلي
status-machine = ترجمة آلية لم تُراجع
status-draft = ترجمة قيد الإعداد
status-reviewed = راجعها متحدث أصلي
status-missing = لم تُترجم بعد
poster-link = اطبع ملصقًا لهذه الصفحة

# صفحة البحث (/<lang>/search/).
search-link = بحث
search-title = ابحث في هذا الموقع
search-label = الكلمات التي تبحث عنها
search-button = ابحث
search-searching = جارٍ البحث…
search-no-results = لم نجد شيئًا. جرّب كلمات أخرى، أو اختر موضوعًا من القائمة أدناه.
search-failed = البحث لا يعمل الآن. اختر موضوعًا من القائمة أدناه.
search-needs-script = البحث يحتاج إلى JavaScript، وهو متوقف في هذا المتصفح. اختر موضوعًا من القائمة أدناه.

# حفظ الموقع على الهاتف لقراءته بلا إنترنت.
offline-button = احفظ هذا الموقع على هاتفي
offline-confirm = يستهلك هذا { $kb } كيلوبايت من البيانات. اضغط مرة أخرى للحفظ.
offline-working = جارٍ الحفظ…
offline-done = تم الحفظ. هذه الصفحات تفتح الآن بلا إنترنت.
offline-failed = لم ينجح الحفظ. حاول مرة أخرى عندما تتصل بالشبكة.
not-saved-title = هذه الصفحة غير محفوظة على هذا الهاتف
not-saved-text = أنت غير متصل بالإنترنت، وهذه الصفحة لم تُحفظ. الصفحات التي حفظتها تفتح بلا إنترنت: ابدأ من الصفحة الرئيسية أو اختر موضوعًا.

# تقرير حالة الترجمة للمحررين (/status/).
status-title = حالة الترجمة
status-intro = كل صفحة بكل لغة: غير موجودة، أو قديمة (تغيّر النص الأصلي بعد الترجمة)، أو قيد الإعداد، أو ترجمة آلية، أو راجعها متحدث أصلي. من سطر الأوامر: udha status.
status-outdated = قديمة: تغيّر النص الأصلي

# الموقع كله في ملف واحد (/<lang>/udha-<lang>.html).
edition-title = { site-name }: الموقع كله في ملف واحد
edition-label = الموقع كله في ملف واحد
edition-made = تحتوي هذه النسخة على المعلومات حتى { $date }.
edition-version = الإصدار
edition-offline = يُفتح بدون إنترنت على أي هاتف. يمكنك إرساله لغيرك عبر واتساب أو بلوتوث أو USB.
edition-newer = عندما تتصل بالإنترنت، احصل على أحدث نسخة من هنا:
edition-contents = المحتويات
edition-back = العودة إلى المحتويات
edition-download = نزّل الموقع كله في ملف واحد ({ $kb } كيلوبايت)
edition-share = شارك هذا الملف
edition-share-failed = لم تنجح المشاركة. استخدم رابط التنزيل بدلًا من ذلك.

# مكان مراجعة الترجمات في `udha serve`.
review-link = راجِع هذه الترجمة
review-title = راجِع هذه الترجمة
review-source = النص الأصلي
review-translation = الترجمة
review-changed = تغيّر بعد إعداد هذه الترجمة:
review-changed-intro = تغيّر النص الأصلي بعد إعداد هذه الترجمة. الفقرات التي تغيّرت عليها علامة: عدّل الترجمة لتطابقها.
review-no-history = تغيّر النص الأصلي بعد إعداد هذه الترجمة، لكن نسخته السابقة غير موجودة في سجل هذا المجلد، فلا يمكن تمييز التغييرات. قارن النص كله.
review-refused = لم يُحفظ: لن يُبنى الموقع مع هذا التغيير. لم يُكتب أي شيء. أصلح هذا ثم احفظ مرة أخرى:
review-conflict = لم يُحفظ: تغيّر الملف على القرص بعد أن فتحت هذه الصفحة. نصك ما زال في النموذج أدناه. هذا هو الملف كما هو الآن:
review-conflict-disk = انسخ ما تحتاج إليه، ثم افتح هذه الصفحة من جديد.
review-edit = صحّح الترجمة
review-field-title = العنوان
review-field-description = وصف قصير (جملة واحدة)
review-field-text = النص (Markdown)
review-save = احفظ
review-mark = علّمها بأنها روجعت من متحدث أصلي باللغة
review-mark-intro = افعل هذا فقط إذا كانت هذه لغتك الأم وقرأت الترجمة كلها مقابل النص الأصلي.
review-reviewer = اسمك أو الأحرف الأولى من اسمك
review-preview = شكل الصفحة الآن

# A page that was removed: shown at its number and its old address.
gone-title = أُزيلت هذه الصفحة
gone-text = الصفحة التي طلبتها (رقم { $code }) لم تعد موجودة في هذا الموقع.
gone-see = انظر هنا بدلًا منها:
