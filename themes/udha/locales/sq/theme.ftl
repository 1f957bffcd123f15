# UI strings of the udha theme (templates in ../../templates/) in this language.
# A site overrides any of them in its own locales/<lang>/*.ftl.

chooser-prompt = Lexojeni këtë faqe në shqip

skip-to-content = Kaloni te përmbajtja
emergency-label = Numrat e emergjencës
languages-label = Gjuha
sections-label = Temat
breadcrumbs-label = Ju jeni këtu
home-link = Faqja kryesore

translation-missing = Kjo faqe ende nuk është përkthyer. Këtu mund ta lexoni në gjuhën { $source }.
translation-machine = Përkthim automatik, ende i pakontrolluar nga një njeri.
translation-machine-original = E paqartë? Lexoni origjinalin { $source ->
    [English] në anglisht
   *[other] në gjuhën { $source }
}
translation-draft = Ky përkthim nuk është ende përfundimtar. Mund të ketë gabime.

page-code = Numri i faqes { $code }. Për ta hapur sërish këtë faqe, shkruani:
poster-address = Skanoni kodin ose shkruani këtë adresë:
poster-code = Kur telefononi, pyetni për faqen me numër { $code }.
last-reviewed = Faqja u rishikua së fundi më: { $date }
sources-label = Burimet
source-year = botuar më { $year }
source-undated = faqe interneti pa datë, parë më { $date }
source-separator = ,
in-this-section = Në këtë temë
section-pages = { $count ->
    [one] { $count } faqe në këtë temë
   *[other] { $count } faqe në këtë temë
}

not-found-title = Faqja nuk u gjet
not-found-text = Kjo faqe nuk ekziston. Shkoni te faqja kryesore ose zgjidhni një temë.
not-found-code = Keni një numër faqeje? Shkruani adresën e faqes, një vijë të pjerrët dhe numrin, kështu: { $example }

footer-about = Rreth kësaj uebfaqeje
footer-privacy = Privatësia: pa cookies, pa gjurmim, asgjë nuk ruhet.

code-page-title = Faqja { $code }

# Dates: `date` puts day, month name and year in this language's order.
date = { $day } { $month } { $year }
month-1 = janar
month-2 = shkurt
month-3 = mars
month-4 = prill
month-5 = maj
month-6 = qershor
month-7 = korrik
month-8 = gusht
month-9 = shtator
month-10 = tetor
month-11 = nëntor
month-12 = dhjetor

# Faqe me datë, njoftime dhe burimi i ndryshimeve (feed).
page-date = Publikuar më: { $date }
page-updated = Përditësuar më: { $date }
notices-title = Lajme dhe njoftime
notices-all = Të gjitha njoftimet, edhe të vjetrat
notices-archive = Njoftime më të vjetra (nuk vlejnë më)
notice-urgent = Urgjent
notice-expires = Vlen deri më { $date }
notice-archived = Ky njoftim nuk vlen më. Ai vlente deri më { $date }.
feed-title = Faqe të reja dhe të ndryshuara
feed-link = Ndiqni faqet e reja dhe të ndryshuara (Atom feed)
feed-notice = Njoftim
# Një listë faqesh e ndarë në disa faqe.
pagination-label = Më shumë faqe të kësaj liste
pagination-previous = Faqja e mëparshme
pagination-next = Faqja tjetër
pagination-page = Faqja { $current } nga { $total }

# Lista e faqeve për stafin e linjës informative (/directory/).
directory-title = Lista e faqeve
directory-intro = Çdo faqe me numrin e saj, titullin dhe përshkrimin në çdo gjuhë, sa është kontrolluar çdo përkthim, dhe një mesazh për ta dërguar me SMS ose WhatsApp. Lidhja në mesazh e hap faqen në gjuhën e personit që telefonon.
directory-code = Numri
directory-page = Faqja në çdo gjuhë
directory-not-answered = pyetje që bëjnë thirrësit, të cilave burimet tona nuk u përgjigjen, dhe ku t'i drejtoni.
directory-filter = Gjeni një faqe (në çdo gjuhë)
directory-message = Mesazhi për t'u dërguar
directory-message-size = { $length ->
    [one] { $length } shenjë
   *[other] { $length } shenja
} ({ $encoding }), { $segments ->
    [one] { $segments } SMS
   *[other] { $segments } pjesë SMS
}
directory-copy = Kopjo
directory-copied = U kopjua
footer-directory = Lista e faqeve (për stafin)
message-contact = { $name }: { $number }
status-source = origjinali
status-machine = përkthim automatik, i pakontrolluar
status-draft = përkthim në punim
status-reviewed = e ka kontrolluar një folës amtar
status-missing = ende e papërkthyer
poster-link = Shtypni një poster të kësaj faqeje

# Faqja e kërkimit (/<lang>/search/).
search-link = Kërko
search-title = Kërko në këtë uebfaqe
search-label = Fjalët që kërkoni
search-button = Kërko
search-searching = Duke kërkuar…
search-no-results = Nuk u gjet asgjë. Provoni fjalë të tjera ose zgjidhni një temë më poshtë.
search-failed = Kërkimi nuk punon tani. Zgjidhni një temë më poshtë.
search-needs-script = Kërkimi ka nevojë për JavaScript, që është i fikur në këtë shfletues. Zgjidhni një temë më poshtë.

# Ruajtja e uebfaqes në telefon për ta lexuar pa internet.
offline-button = Ruajeni këtë uebfaqe në telefon
offline-confirm = Kjo përdor { $kb } KB të dhëna. Prekni përsëri për ta ruajtur.
offline-working = Duke ruajtur…
offline-done = U ruajt. Këto faqe tani hapen pa internet.
offline-failed = Ruajtja nuk u krye. Provoni përsëri kur të keni rrjet.
not-saved-title = Kjo faqe nuk është ruajtur në këtë telefon
not-saved-text = Jeni pa internet dhe kjo faqe nuk u ruajt. Faqet që keni ruajtur hapen pa internet: nisni nga faqja kryesore ose zgjidhni një temë.

# Raporti i gjendjes së përkthimeve (/status/).
status-title = Gjendja e përkthimeve
status-intro = Çdo faqe në çdo gjuhë: mungon, e vjetruar (origjinali ndryshoi pas përkthimit), në punim, përkthim automatik, ose e kontrolluar nga një folës amtar. Në linjën e komandave: udha status.
status-outdated = e vjetruar: origjinali ka ndryshuar

# E gjithë uebfaqja në një skedar (/<lang>/udha-<lang>.html).
edition-title = { site-name }: e gjithë uebfaqja në një skedar
edition-label = E gjithë uebfaqja në një skedar
edition-made = Kjo kopje ka informacionin deri më { $date }.
edition-version = Versioni
edition-offline = Hapet pa internet në çdo telefon. Mund ta dërgoni me WhatsApp, Bluetooth ose USB.
edition-newer = Kur të keni internet, merrni kopjen më të re këtu:
edition-contents = Përmbajtja
edition-back = Kthehuni te përmbajtja
edition-download = Shkarkoni të gjithë uebfaqen në një skedar ({ $kb } KB)
edition-share = Ndajeni këtë skedar
edition-share-failed = Ndarja nuk funksionoi. Përdorni lidhjen e shkarkimit.

# Vendi i rishikimit të përkthimeve në `udha serve`.
review-link = Rishikoni këtë përkthim
review-title = Rishikoni këtë përkthim
review-source = Origjinali
review-translation = Përkthimi
review-changed = Ndryshuar pasi u bë ky përkthim:
review-changed-intro = Origjinali ndryshoi pasi u bë ky përkthim. Paragrafët e ndryshuar janë të shënuar: përditësoni përkthimin sipas tyre.
review-no-history = Origjinali ndryshoi pasi u bë ky përkthim, por versioni i mëparshëm nuk gjendet në historinë e kësaj dosjeje, prandaj ndryshimet nuk mund të shënohen. Krahasoni të gjithë tekstin.
review-refused = Nuk u ruajt: faqja nuk do të ndërtohej me këtë ndryshim. Asgjë nuk u shkrua. Rregullojeni këtë dhe ruajeni përsëri:
review-conflict = Nuk u ruajt: skedari u ndryshua në disk pasi e hapët këtë faqe. Teksti juaj është ende në formularin më poshtë. Ky është skedari siç është tani:
review-conflict-disk = Kopjoni atë që ju duhet, pastaj hapeni përsëri këtë faqe.
review-edit = Korrigjoni përkthimin
review-field-title = Titulli
review-field-description = Përshkrim i shkurtër (një fjali)
review-field-text = Teksti (Markdown)
review-save = Ruaje
review-mark = Shënojeni si të rishikuar nga një folës amtar
review-mark-intro = Bëjeni këtë vetëm nëse kjo është gjuha juaj amtare dhe e keni lexuar të gjithë përkthimin krahas origjinalit.
review-reviewer = Emri ose inicialet tuaja
review-preview = Si duket faqja tani

# A page that was removed: shown at its number and its old address.
gone-title = Kjo faqe u hoq
gone-text = Faqja që kërkuat (numri { $code }) nuk është më në këtë uebfaqe.
gone-see = Shikoni këtu:
