# UI strings of the udha theme (templates in ../../templates/) in this language.
# A site overrides any of them in its own locales/<lang>/*.ftl.

chooser-prompt = Read this site in English

skip-to-content = Skip to the content
emergency-label = Emergency numbers
languages-label = Language
sections-label = Topics
breadcrumbs-label = You are here
home-link = Home

translation-missing = This page is not translated yet. Here it is in { $source }.
translation-machine = Translated by machine, not yet checked by a person.
translation-machine-original = Unclear? Read the original: { $source }
translation-draft = This translation is a draft. It may have mistakes.

page-code = Page number { $code }. To open this page again, type:
poster-address = Scan the code or type this address:
poster-code = On the phone, ask for page number { $code }.
last-reviewed = Page last reviewed: { $date }
sources-label = Sources
source-year = published { $year }
source-undated = undated web page, consulted { $date }
# Between the title, the publisher and the date of a source (a space follows).
source-separator = ,
in-this-section = In this section
section-pages = { $count ->
    [one] { $count } page in this topic
   *[other] { $count } pages in this topic
}

not-found-title = Page not found
not-found-text = This page does not exist. Go to the home page or choose a topic.
not-found-code = Have a page number? Type the site's address, a slash and the number, like this: { $example }

footer-about = About this site
footer-privacy = Privacy: no cookies, no tracking, nothing stored.

code-page-title = Page { $code }

# Dates: `date` puts day, month name and year in this language's order.
date = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

# Dated pages, notices and the feed.
page-date = Published: { $date }
page-updated = Updated: { $date }
notices-title = News and notices
notices-all = All notices, old ones too
notices-archive = Older notices (no longer current)
notice-urgent = Urgent
notice-expires = Valid until { $date }
notice-archived = This notice is no longer current. It was valid until { $date }.
feed-title = New and changed pages
feed-link = Follow new and changed pages (Atom feed)
feed-notice = Notice
# A list of pages split over several pages.
pagination-label = More pages of this list
pagination-previous = Previous
pagination-next = Next
pagination-page = Page { $current } of { $total }

# The info-line's directory of every page (/directory/), for staff.
directory-title = Directory of pages
directory-intro = Every page with its page number, its title and description in every language, how far each translation is checked, and a message to send by SMS or WhatsApp. The link in the message opens the page in the caller's language.
directory-code = Number
directory-page = Page in every language
directory-not-answered = questions callers ask that our sources do not answer, and where to send them.
directory-filter = Find a page (any language)
directory-message = Message to send
directory-message-size = { $length ->
    [one] { $length } character
   *[other] { $length } characters
} ({ $encoding }), { $segments ->
    [one] { $segments } SMS
   *[other] { $segments } SMS parts
}
directory-copy = Copy
directory-copied = Copied
footer-directory = Directory of pages (for staff)
# A phone number the page gives, in its ready message: the name the source register gives it in this language, and the number.
message-contact = { $name }: { $number }
status-source = original
status-machine = machine translation, not checked
status-draft = draft translation
status-reviewed = checked by a native speaker
status-missing = not translated yet
poster-link = Print a poster of this page

# The search page (/<lang>/search/).
search-link = Search
search-title = Search this site
search-label = Words to look for
search-button = Search
search-searching = Searching…
search-no-results = Nothing found. Try other words, or choose a topic below.
search-failed = Search does not work right now. Choose a topic below.
search-needs-script = Search needs JavaScript, which is off in this browser. Choose a topic below instead.

# Keeping the site on the phone for reading without network.
offline-button = Keep this site on my phone
offline-confirm = This uses { $kb } KB of data. Tap again to save.
offline-working = Saving…
offline-done = Saved. These pages now open without internet.
offline-failed = Saving did not work. Try again when you have a network.
not-saved-title = This page is not saved on this phone
not-saved-text = You are offline, and this page was not saved. The pages you saved open without internet: start from the home page or choose a topic.

# The editors' translation status report (/status/).
status-title = Translation status
status-intro = Every page in every language: missing, outdated (the source changed after the translation was made), a draft, a machine translation, or checked by a native speaker. On the command line: udha status.
status-outdated = outdated: the source has changed

# The whole site in one file (/<lang>/udha-<lang>.html), to pass on.
edition-title = { site-name }: the whole site in one file
edition-label = The whole site in one file
edition-made = This copy has the information as of { $date }.
edition-version = Version
edition-offline = It opens without internet on any phone. You can pass it on by WhatsApp, Bluetooth or USB.
edition-newer = When you are online, get the newest copy here:
edition-contents = Contents
edition-back = Back to the contents
edition-download = Download the whole site in one file ({ $kb } KB)
edition-share = Share this file
edition-share-failed = Sharing did not work. Use the download link instead.

# The translation review workbench in `udha serve` (/__udha/review/...).
review-link = Review this translation
review-title = Review this translation
review-source = Original
review-translation = Translation
review-changed = Changed since this translation was made:
review-changed-intro = The original changed after this translation was made. The changed paragraphs are marked: update the translation to match them.
review-no-history = The original changed after this translation was made, but its earlier version is not in this folder's history, so the changes cannot be marked. Compare the whole text.
review-refused = Not saved: the site would not build with this change. Nothing was written. Fix this and save again:
review-conflict = Not saved: the file was changed on disk after you opened this page. Your text is still in the form below. This is the file as it is now:
review-conflict-disk = Copy what you need, then open this page again.
review-edit = Correct the translation
review-field-title = Title
review-field-description = Short description (one sentence)
review-field-text = Text (Markdown)
review-save = Save
review-mark = Mark as reviewed by a native speaker
review-mark-intro = Do this only if you speak this language natively and have read the whole translation against the original.
review-reviewer = Your name or initials
review-preview = How the page looks now

# A page that was removed: shown at its number and its old address.
gone-title = This page was removed
gone-text = The page you asked for (number { $code }) is no longer on this site.
gone-see = Look here instead:
