# UI strings of the udha theme in French. Machine translation: not yet checked by a native speaker.
# Un site peut remplacer chacun de ces textes dans ses propres fichiers locales/<lang>/*.ftl.

chooser-prompt = Lire ce site en français

skip-to-content = Aller au contenu
emergency-label = Numéros d'urgence
languages-label = Langue
sections-label = Thèmes
breadcrumbs-label = Vous êtes ici
home-link = Accueil

translation-missing = Cette page n'est pas encore traduite. La voici dans cette langue : { $source }.
translation-machine = Traduit par une machine, pas encore vérifié par une personne.
translation-machine-original = Pas clair ? Lisez l'original : { $source }
translation-draft = Cette traduction est un brouillon. Elle peut contenir des erreurs.

page-code = Page numéro { $code }. Pour rouvrir cette page, tapez :
poster-address = Scannez le code ou tapez cette adresse :
poster-code = Au téléphone, demandez la page numéro { $code }.
last-reviewed = Dernière vérification de la page : { $date }
sources-label = Sources
source-year = publié en { $year }
source-undated = page web sans date, consultée le { $date }
# Between the title, the publisher and the date of a source (a space follows).
source-separator = ,
in-this-section = Dans ce thème
section-pages = { $count ->
    [one] { $count } page dans ce thème
   *[other] { $count } pages dans ce thème
}

not-found-title = Page introuvable
not-found-text = Cette page n'existe pas. Allez à la page d'accueil ou choisissez un thème.
not-found-code = Vous avez un numéro de page ? Tapez l'adresse du site, une barre oblique (/) et le numéro, comme ceci : { $example }

footer-about = À propos de ce site
footer-privacy = Vie privée : pas de cookies, pas de pistage, rien n'est enregistré.

code-page-title = Page { $code }

# Dates: `date` puts day, month name and year in this language's order.
date = { $day ->
    [1] 1er
   *[other] { $day }
} { $month } { $year }
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre

# Dated pages, notices and the feed.
page-date = Publié le { $date }
page-updated = Mis à jour le { $date }
notices-title = Actualités et annonces
notices-all = Toutes les annonces, même les anciennes
notices-archive = Annonces plus anciennes (qui ne sont plus d'actualité)
notice-urgent = Urgent
notice-expires = Valable jusqu'au { $date }
notice-archived = Cette annonce n'est plus d'actualité. Elle était valable jusqu'au { $date }.
feed-title = Pages nouvelles et modifiées
feed-link = Suivre les pages nouvelles et modifiées (flux Atom)
feed-notice = Annonce
# A list of pages split over several pages.
pagination-label = Autres pages de cette liste
pagination-previous = Précédent
pagination-next = Suivant
pagination-page = Page { $current } sur { $total }

# The info-line's directory of every page (/directory/), for staff.
directory-title = Liste des pages
directory-intro = Chaque page avec son numéro, son titre et sa description dans chaque langue, l'état de vérification de chaque traduction, et un message à envoyer par SMS ou WhatsApp. Le lien du message ouvre la page dans la langue de la personne qui appelle.
directory-code = Numéro
directory-page = Page dans toutes les langues
directory-not-answered = les questions des appelants auxquelles nos sources ne répondent pas, et où les adresser.
directory-filter = Trouver une page (toutes les langues)
directory-message = Message à envoyer
directory-message-size = { $length ->
    [one] { $length } caractère
   *[other] { $length } caractères
} ({ $encoding }), { $segments ->
    [one] { $segments } SMS
   *[other] { $segments } parties de SMS
}
directory-copy = Copier
directory-copied = Copié
footer-directory = Liste des pages (pour l'équipe)
# A phone number the page gives, in its ready message: the name the source register gives it in this language, and the number.
message-contact = { $name } : { $number }
status-source = original
status-machine = traduction automatique, non vérifiée
status-draft = brouillon de traduction
status-reviewed = vérifiée par un locuteur natif
status-missing = pas encore traduite
poster-link = Imprimer une affiche de cette page

# The search page (/<lang>/search/).
search-link = Rechercher
search-title = Rechercher sur ce site
search-label = Mots à chercher
search-button = Rechercher
search-searching = Recherche en cours…
search-no-results = Aucun résultat. Essayez d'autres mots ou choisissez un thème ci-dessous.
search-failed = La recherche ne marche pas pour le moment. Choisissez un thème ci-dessous.
search-needs-script = La recherche a besoin de JavaScript, qui est désactivé dans ce navigateur. Choisissez plutôt un thème ci-dessous.

# Keeping the site on the phone for reading without network.
offline-button = Garder ce site sur mon téléphone
offline-confirm = Cela utilise { $kb } KB de données. Touchez encore pour enregistrer.
offline-working = Enregistrement…
offline-done = Enregistré. Ces pages s'ouvrent maintenant sans internet.
offline-failed = L'enregistrement n'a pas marché. Réessayez quand vous aurez du réseau.
not-saved-title = Cette page n'est pas enregistrée sur ce téléphone
not-saved-text = Vous êtes hors ligne et cette page n'a pas été enregistrée. Les pages enregistrées s'ouvrent sans internet : commencez par la page d'accueil ou choisissez un thème.

# The editors' translation status report (/status/).
status-title = État des traductions
status-intro = Chaque page dans chaque langue : manquante, pas à jour (l'original a changé après la traduction), brouillon, traduction automatique, ou vérifiée par un locuteur natif. En ligne de commande : udha status.
status-outdated = pas à jour : l'original a changé

# The whole site in one file (/<lang>/udha-<lang>.html), to pass on.
edition-title = { site-name } : tout le site dans un seul fichier
edition-label = Tout le site dans un seul fichier
edition-made = Cette copie contient les informations du { $date }.
edition-version = Version
edition-offline = Ce fichier s'ouvre sans internet sur n'importe quel téléphone. Vous pouvez le partager par WhatsApp, Bluetooth ou USB.
edition-newer = Quand vous êtes en ligne, prenez la copie la plus récente ici :
edition-contents = Sommaire
edition-back = Retour au sommaire
edition-download = Télécharger tout le site dans un seul fichier ({ $kb } KB)
edition-share = Partager ce fichier
edition-share-failed = Le partage n'a pas marché. Utilisez plutôt le lien de téléchargement.

# The translation review workbench in `udha serve` (/__udha/review/...).
review-link = Vérifier cette traduction
review-title = Vérifier cette traduction
review-source = Original
review-translation = Traduction
review-changed = Modifié depuis cette traduction :
review-changed-intro = L'original a changé après cette traduction. Les paragraphes modifiés sont marqués : mettez la traduction à jour pour qu'elle leur corresponde.
review-no-history = L'original a changé après cette traduction, mais son ancienne version n'est pas dans l'historique de ce dossier, donc les changements ne peuvent pas être marqués. Comparez tout le texte.
review-refused = Non enregistré : avec ce changement, le site ne pourrait pas être construit. Rien n'a été écrit. Corrigez ceci et enregistrez à nouveau :
review-conflict = Non enregistré : le fichier a été modifié sur le disque après l'ouverture de cette page. Votre texte est toujours dans le formulaire ci-dessous. Voici le fichier tel qu'il est maintenant :
review-conflict-disk = Copiez ce dont vous avez besoin, puis rouvrez cette page.
review-edit = Corriger la traduction
review-field-title = Titre
review-field-description = Description courte (une phrase)
review-field-text = Texte (Markdown)
review-save = Enregistrer
review-mark = Marquer comme vérifiée par un locuteur natif
review-mark-intro = Faites-le seulement si c'est votre langue maternelle et si vous avez lu toute la traduction en la comparant à l'original.
review-reviewer = Votre nom ou vos initiales
review-preview = La page telle qu'elle est maintenant

# A page that was removed: shown at its number and its old address.
gone-title = Cette page a été supprimée
gone-text = La page demandée (numéro { $code }) n’est plus sur ce site.
gone-see = Regardez plutôt ici :
