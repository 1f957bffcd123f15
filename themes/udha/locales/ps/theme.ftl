# UI strings of the udha theme in Pashto. Machine translation: not yet checked by a native speaker.
# A site overrides any of them in its own locales/<lang>/*.ftl.

chooser-prompt = دا سایټ په پښتو ولولئ

skip-to-content = سیده متن ته ورشئ
emergency-label = بېړني شمېرې
languages-label = ژبه
sections-label = موضوعګانې
breadcrumbs-label = تاسو دلته یاست
home-link = لومړۍ پاڼه

translation-missing = دا پاڼه لا نه ده ژباړل شوې. دلته په { $source } ده.
translation-machine = دا ژباړه ماشین کړې ده، لا تر اوسه کوم انسان نه ده کتلې.
translation-machine-original = روښانه نه ده؟ اصلي متن ولولئ: { $source }
translation-draft = دا ژباړه لا مسوده ده. ښايي تېروتنې ولري.

page-code = د پاڼې شمېره { $code }. د دې پاڼې د بیا خلاصولو لپاره دا ولیکئ:
poster-address = کوډ سکن کړئ یا دا پته ولیکئ:
poster-code = په تلیفون کې د { $code } شمېرې پاڼه وغواړئ.
last-reviewed = د پاڼې وروستۍ کتنه: { $date }
sources-label = سرچینې
source-year = په { $year } کې خپور شوی
source-undated = بې نېټې وېب پاڼه، په { $date } کتل شوې
# Between the title, the publisher and the date of a source (a space follows).
source-separator = ،
in-this-section = په دې موضوع کې
section-pages = { $count ->
    [one] په دې موضوع کې { $count } پاڼه
   *[other] په دې موضوع کې { $count } پاڼې
}

not-found-title = پاڼه ونه موندل شوه
not-found-text = دا پاڼه نشته. لومړۍ پاڼې ته ورشئ یا یوه موضوع وټاکئ.
not-found-code = د پاڼې شمېره لرئ؟ د سایټ پته، بیا سلش (/) او بیا شمېره ولیکئ، داسې: { $example }

footer-about = د دې سایټ په اړه
footer-privacy = محرمیت: نه کوکیز، نه څارنه، هېڅ شی نه ساتل کېږي.

code-page-title = پاڼه { $code }

# Dates: `date` puts day, month name and year in this language's order.
date = { $day } { $month } { $year }
month-1 = جنوري
month-2 = فبروري
month-3 = مارچ
month-4 = اپریل
month-5 = مۍ
month-6 = جون
month-7 = جولای
month-8 = اګست
month-9 = سپتمبر
month-10 = اکتوبر
month-11 = نومبر
month-12 = دسمبر

# Dated pages, notices and the feed.
page-date = د خپرېدو نېټه: { $date }
page-updated = د تازه کېدو نېټه: { $date }
notices-title = خبرونه او خبرتیاوې
notices-all = ټولې خبرتیاوې، زړې هم
notices-archive = زړې خبرتیاوې (نور اعتبار نه لري)
notice-urgent = بېړنی
notice-expires = تر { $date } پورې اعتبار لري
notice-archived = دا خبرتیا نور اعتبار نه لري. تر { $date } پورې یې اعتبار درلود.
feed-title = نوې او بدلې شوې پاڼې
feed-link = نوې او بدلې شوې پاڼې تعقیب کړئ (Atom فیډ)
feed-notice = خبرتیا
# A list of pages split over several pages.
pagination-label = د دې لړلیک نورې پاڼې
pagination-previous = مخکینۍ
pagination-next = راتلونکې
pagination-page = پاڼه { $current } له { $total } څخه

# The info-line's directory of every page (/directory/), for staff.
directory-title = د پاڼو لړلیک
directory-intro = هره پاڼه له خپلې شمېرې سره، په هره ژبه یې سرلیک او لنډه څرګندونه، دا چې هره ژباړه څومره کتل شوې، او یو پیغام چې په SMS یا WhatsApp ولېږل شي. په پیغام کې لینک پاڼه د زنګ وهونکي په ژبه خلاصوي.
directory-code = شمېره
directory-page = پاڼه په هره ژبه
directory-not-answered = هغه پوښتنې چې زنګ وهونکي یې کوي او زموږ سرچینې یې ځواب نه لري، او چېرته یې ولېږئ.
directory-filter = پاڼه ولټوئ (په هره ژبه)
directory-message = د لېږلو پیغام
directory-message-size = { $length ->
    [one] { $length } توری
   *[other] { $length } توري
} ({ $encoding })، { $segments ->
    [one] { $segments } SMS
   *[other] { $segments } SMS برخې
}
directory-copy = کاپي کړئ
directory-copied = کاپي شو
footer-directory = د پاڼو لړلیک (د کارکوونکو لپاره)
# A phone number the page gives, in its ready message: the name the source register gives it in this language, and the number.
message-contact = { $name }: { $number }
status-source = اصلي متن
status-machine = ماشیني ژباړه، نه ده کتل شوې
status-draft = د ژباړې مسوده
status-reviewed = د مورنۍ ژبې ویونکي کتلې
status-missing = لا نه ده ژباړل شوې
poster-link = د دې پاڼې پوسټر چاپ کړئ

# The search page (/<lang>/search/).
search-link = لټون
search-title = په دې سایټ کې لټون
search-label = هغه کلمې چې لټوئ یې
search-button = ولټوئ
search-searching = لټون روان دی…
search-no-results = هېڅ ونه موندل شول. نورې کلمې وازمویئ، یا لاندې یوه موضوع وټاکئ.
search-failed = لټون اوس کار نه کوي. لاندې یوه موضوع وټاکئ.
search-needs-script = لټون JavaScript ته اړتیا لري، چې په دې براوزر کې بند دی. پر ځای یې لاندې یوه موضوع وټاکئ.

# Keeping the site on the phone for reading without network.
offline-button = دا سایټ زما په تلیفون کې وساتئ
offline-confirm = دا به { $kb } KB ډېټا مصرف کړي. د خوندي کولو لپاره بیا پرې ټک وکړئ.
offline-working = خوندي کېږي…
offline-done = خوندي شو. دا پاڼې اوس بې انټرنېټه خلاصېږي.
offline-failed = خوندي نه شو. کله چې شبکه ولرئ، بیا هڅه وکړئ.
not-saved-title = دا پاڼه په دې تلیفون کې نه ده خوندي شوې
not-saved-text = تاسو انټرنېټ نه لرئ، او دا پاڼه نه وه خوندي شوې. هغه پاڼې چې تاسو خوندي کړې، بې انټرنېټه خلاصېږي: له لومړۍ پاڼې پیل وکړئ یا یوه موضوع وټاکئ.

# The editors' translation status report (/status/).
status-title = د ژباړې حالت
status-intro = هره پاڼه په هره ژبه: نشته، زړه (له ژباړې وروسته اصلي متن بدل شوی)، مسوده، ماشیني ژباړه، یا د مورنۍ ژبې ویونکي کتلې. په کمانډ لاین کې: udha status
status-outdated = زړه: اصلي متن بدل شوی دی

# The whole site in one file (/<lang>/udha-<lang>.html), to pass on.
edition-title = { site-name }: ټول سایټ په یوه فایل کې
edition-label = ټول سایټ په یوه فایل کې
edition-made = په دې نسخه کې تر { $date } پورې معلومات دي.
edition-version = ورژن
edition-offline = دا فایل په هر تلیفون کې بې انټرنېټه خلاصېږي. تاسو یې د WhatsApp، Bluetooth یا USB له لارې نورو ته لېږلی شئ.
edition-newer = کله چې انټرنېټ ولرئ، تر ټولو نوې نسخه له دې ځایه واخلئ:
edition-contents = منځپانګه
edition-back = بېرته منځپانګې ته
edition-download = ټول سایټ په یوه فایل کې ډاونلوډ کړئ ({ $kb } KB)
edition-share = دا فایل نورو ته ولېږئ
edition-share-failed = فایل ونه لېږل شو. پر ځای یې د ډاونلوډ لینک وکاروئ.

# The translation review workbench in `udha serve` (/__udha/review/...).
review-link = دا ژباړه وګورئ
review-title = دا ژباړه وګورئ
review-source = اصلي متن
review-translation = ژباړه
review-changed = له دې ژباړې وروسته بدل شوي:
review-changed-intro = له دې ژباړې وروسته اصلي متن بدل شو. بدل شوي پراګرافونه په نښه شوي: ژباړه ورسره سمه کړئ.
review-no-history = له دې ژباړې وروسته اصلي متن بدل شو، خو پخوانۍ نسخه یې د دې فولډر په تاریخچه کې نشته، نو بدلونونه په نښه کېدای نه شي. ټول متن سره پرتله کړئ.
review-refused = خوندي نه شو: سایټ له دې بدلون سره نه جوړېږي. هېڅ شی ونه لیکل شو. دا سم کړئ او بیا یې خوندي کړئ:
review-conflict = خوندي نه شو: تاسو چې دا پاڼه خلاصه کړه، وروسته په ډیسک کې فایل بدل شو. ستاسو متن لا هم لاندې فورم کې دی. فایل اوس داسې دی:
review-conflict-disk = څه چې اړتیا ورته لرئ کاپي کړئ، بیا دا پاڼه بیا خلاصه کړئ.
review-edit = ژباړه سمه کړئ
review-field-title = سرلیک
review-field-description = لنډه څرګندونه (یوه جمله)
review-field-text = متن (Markdown)
review-save = خوندي کړئ
review-mark = په نښه کړئ چې د مورنۍ ژبې ویونکي کتلې ده
review-mark-intro = دا یوازې هغه وخت وکړئ چې دا ستاسو مورنۍ ژبه وي او ټوله ژباړه مو له اصلي متن سره پرتله کړې او لوستې وي.
review-reviewer = ستاسو نوم یا د نوم لومړي توري
review-preview = پاڼه اوس داسې ښکاري

# A page that was removed: shown at its number and its old address.
gone-title = دا پاڼه لرې شوې ده
gone-text = هغه پاڼه چې تاسو غوښتله (شمېره { $code }) نور په دې سایټ کې نشته.
gone-see = پر ځای یې دلته وګورئ:
