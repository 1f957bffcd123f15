# UI strings of the udha theme in German. Machine translation: not yet checked by a native speaker.
# Eine Website kann jeden dieser Texte in ihren eigenen locales/<lang>/*.ftl ersetzen.

chooser-prompt = Diese Website auf Deutsch lesen

skip-to-content = Zum Inhalt springen
emergency-label = Notrufnummern
languages-label = Sprache
sections-label = Themen
breadcrumbs-label = Sie sind hier
home-link = Startseite

translation-missing = Diese Seite ist noch nicht übersetzt. Hier ist sie in dieser Sprache: { $source }.
translation-machine = Von einer Maschine übersetzt, noch nicht von einem Menschen geprüft.
translation-machine-original = Unklar? Lesen Sie das Original: { $source }
translation-draft = Diese Übersetzung ist ein Entwurf. Sie kann Fehler haben.

page-code = Seitennummer { $code }. Um diese Seite wieder zu öffnen, tippen Sie:
poster-address = Scannen Sie den Code oder tippen Sie diese Adresse ein:
poster-code = Fragen Sie am Telefon nach der Seitennummer { $code }.
last-reviewed = Seite zuletzt geprüft: { $date }
sources-label = Quellen
source-year = veröffentlicht { $year }
source-undated = Webseite ohne Datum, gelesen am { $date }
# Between the title, the publisher and the date of a source (a space follows).
source-separator = ,
in-this-section = In diesem Thema
section-pages = { $count ->
    [one] { $count } Seite in diesem Thema
   *[other] { $count } Seiten in diesem Thema
}

not-found-title = Seite nicht gefunden
not-found-text = Diese Seite gibt es nicht. Gehen Sie zur Startseite oder wählen Sie ein Thema.
not-found-code = Haben Sie eine Seitennummer? Tippen Sie die Adresse der Website, einen Schrägstrich (/) und die Nummer ein, so: { $example }

footer-about = Über diese Website
footer-privacy = Datenschutz: keine Cookies, kein Tracking, es wird nichts gespeichert.

code-page-title = Seite { $code }

# Dates: `date` puts day, month name and year in this language's order.
date = { $day }. { $month } { $year }
month-1 = Januar
month-2 = Februar
month-3 = März
month-4 = April
month-5 = Mai
month-6 = Juni
month-7 = Juli
month-8 = August
month-9 = September
month-10 = Oktober
month-11 = November
month-12 = Dezember

# Dated pages, notices and the feed.
page-date = Veröffentlicht: { $date }
page-updated = Aktualisiert: { $date }
notices-title = Neuigkeiten und Hinweise
notices-all = Alle Hinweise, auch die alten
notices-archive = Ältere Hinweise (nicht mehr aktuell)
notice-urgent = Dringend
notice-expires = Gültig bis { $date }
notice-archived = Dieser Hinweis ist nicht mehr aktuell. Er galt bis { $date }.
feed-title = Neue und geänderte Seiten
feed-link = Neue und geänderte Seiten abonnieren (Atom-Feed)
feed-notice = Hinweis
# A list of pages split over several pages.
pagination-label = Weitere Seiten dieser Liste
pagination-previous = Zurück
pagination-next = Weiter
pagination-page = Seite { $current } von { $total }

# The info-line's directory of every page (/directory/), for staff.
directory-title = Seitenverzeichnis
directory-intro = Jede Seite mit ihrer Seitennummer, ihrem Titel und ihrer Beschreibung in jeder Sprache, wie weit jede Übersetzung geprüft ist, und einer Nachricht zum Senden per SMS oder WhatsApp. Der Link in der Nachricht öffnet die Seite in der Sprache der anrufenden Person.
directory-code = Nummer
directory-page = Seite in allen Sprachen
directory-not-answered = Fragen von Anrufenden, auf die unsere Quellen keine Antwort geben, und wohin man sie weiterleiten kann.
directory-filter = Seite suchen (in jeder Sprache)
directory-message = Nachricht zum Senden
directory-message-size = { $length ->
    [one] { $length } Zeichen
   *[other] { $length } Zeichen
} ({ $encoding }), { $segments ->
    [one] { $segments } SMS
   *[other] { $segments } SMS-Teile
}
directory-copy = Kopieren
directory-copied = Kopiert
footer-directory = Seitenverzeichnis (für Mitarbeitende)
# A phone number the page gives, in its ready message: the name the source register gives it in this language, and the number.
message-contact = { $name }: { $number }
status-source = Original
status-machine = maschinell übersetzt, nicht geprüft
status-draft = Entwurf der Übersetzung
status-reviewed = muttersprachlich geprüft
status-missing = noch nicht übersetzt
poster-link = Ein Poster dieser Seite drucken

# The search page (/<lang>/search/).
search-link = Suche
search-title = Diese Website durchsuchen
search-label = Wörter, die Sie suchen
search-button = Suchen
search-searching = Suche läuft…
search-no-results = Nichts gefunden. Versuchen Sie andere Wörter oder wählen Sie unten ein Thema.
search-failed = Die Suche funktioniert gerade nicht. Wählen Sie unten ein Thema.
search-needs-script = Die Suche braucht JavaScript, und das ist in diesem Browser ausgeschaltet. Wählen Sie stattdessen unten ein Thema.

# Keeping the site on the phone for reading without network.
offline-button = Diese Website auf meinem Handy speichern
offline-confirm = Das braucht { $kb } KB Daten. Zum Speichern noch einmal tippen.
offline-working = Wird gespeichert…
offline-done = Gespeichert. Diese Seiten öffnen sich jetzt ohne Internet.
offline-failed = Speichern hat nicht geklappt. Versuchen Sie es noch einmal, wenn Sie Netz haben.
not-saved-title = Diese Seite ist auf diesem Handy nicht gespeichert
not-saved-text = Sie sind offline, und diese Seite wurde nicht gespeichert. Die gespeicherten Seiten öffnen sich ohne Internet: Beginnen Sie auf der Startseite oder wählen Sie ein Thema.

# The editors' translation status report (/status/).
status-title = Stand der Übersetzungen
status-intro = Jede Seite in jeder Sprache: fehlt, veraltet (das Original wurde nach der Übersetzung geändert), Entwurf, maschinell übersetzt oder muttersprachlich geprüft. Auf der Kommandozeile: udha status.
status-outdated = veraltet: das Original wurde geändert

# The whole site in one file (/<lang>/udha-<lang>.html), to pass on.
edition-title = { site-name }: die ganze Website in einer Datei
edition-label = Die ganze Website in einer Datei
edition-made = Diese Kopie enthält die Informationen vom { $date }.
edition-version = Version
edition-offline = Die Datei öffnet sich ohne Internet auf jedem Handy. Sie können sie per WhatsApp, Bluetooth oder USB weitergeben.
edition-newer = Wenn Sie online sind, holen Sie sich hier die neueste Kopie:
edition-contents = Inhalt
edition-back = Zurück zum Inhalt
edition-download = Die ganze Website als eine Datei herunterladen ({ $kb } KB)
edition-share = Diese Datei teilen
edition-share-failed = Teilen hat nicht geklappt. Nutzen Sie stattdessen den Download-Link.

# The translation review workbench in `udha serve` (/__udha/review/...).
review-link = Diese Übersetzung prüfen
review-title = Diese Übersetzung prüfen
review-source = Original
review-translation = Übersetzung
review-changed = Seit dieser Übersetzung geändert:
review-changed-intro = Das Original wurde nach dieser Übersetzung geändert. Die geänderten Absätze sind markiert: Passen Sie die Übersetzung an sie an.
review-no-history = Das Original wurde nach dieser Übersetzung geändert, aber seine frühere Fassung ist nicht im Verlauf dieses Ordners. Darum können die Änderungen nicht markiert werden. Vergleichen Sie den ganzen Text.
review-refused = Nicht gespeichert: Mit dieser Änderung lässt sich die Website nicht bauen. Es wurde nichts geschrieben. Beheben Sie das und speichern Sie noch einmal:
review-conflict = Nicht gespeichert: Die Datei wurde auf der Festplatte geändert, nachdem Sie diese Seite geöffnet haben. Ihr Text steht noch unten im Formular. So sieht die Datei jetzt aus:
review-conflict-disk = Kopieren Sie, was Sie brauchen, und öffnen Sie diese Seite dann neu.
review-edit = Übersetzung korrigieren
review-field-title = Titel
review-field-description = Kurze Beschreibung (ein Satz)
review-field-text = Text (Markdown)
review-save = Speichern
review-mark = Als muttersprachlich geprüft markieren
review-mark-intro = Tun Sie das nur, wenn dies Ihre Muttersprache ist und Sie die ganze Übersetzung mit dem Original verglichen haben.
review-reviewer = Ihr Name oder Ihre Initialen
review-preview = So sieht die Seite jetzt aus

# A page that was removed: shown at its number and its old address.
gone-title = Diese Seite wurde entfernt
gone-text = Die Seite, die Sie aufgerufen haben (Nummer { $code }), gibt es auf dieser Website nicht mehr.
gone-see = Schauen Sie stattdessen hier:
