# UI strings of the udha theme in Spanish. Machine translation: not yet checked by a native speaker.
# A site overrides any of them in its own locales/<lang>/*.ftl.

chooser-prompt = Lea este sitio en español

skip-to-content = Saltar al contenido
emergency-label = Números de emergencia
languages-label = Idioma
sections-label = Temas
breadcrumbs-label = Usted está aquí
home-link = Inicio

translation-missing = Esta página aún no está traducida. Aquí la tiene en { $source }.
translation-machine = Traducción hecha por una máquina. Ninguna persona la ha revisado todavía.
translation-machine-original = ¿No se entiende? Lea el original: { $source }
translation-draft = Esta traducción es un borrador. Puede tener errores.

page-code = Página número { $code }. Para volver a abrir esta página, escriba:
poster-address = Escanee el código o escriba esta dirección:
poster-code = Por teléfono, pida la página número { $code }.
last-reviewed = Última revisión de la página: { $date }
sources-label = Fuentes
source-year = publicado en { $year }
source-undated = página web sin fecha, consultada el { $date }
# Between the title, the publisher and the date of a source (a space follows).
source-separator = ,
in-this-section = En este tema
section-pages = { $count ->
    [one] { $count } página en este tema
    [many] { $count } de páginas en este tema
   *[other] { $count } páginas en este tema
}

not-found-title = Página no encontrada
not-found-text = Esta página no existe. Vaya a la página de inicio o elija un tema.
not-found-code = ¿Tiene un número de página? Escriba la dirección del sitio, una barra y el número, así: { $example }

footer-about = Sobre este sitio
footer-privacy = Privacidad: sin cookies, sin rastreo, no se guarda nada.

code-page-title = Página { $code }

# Dates: `date` puts day, month name and year in this language's order.
date = { $day } de { $month } de { $year }
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre

# Dated pages, notices and the feed.
page-date = Publicado el { $date }
page-updated = Actualizado el { $date }
notices-title = Noticias y avisos
notices-all = Todos los avisos, también los antiguos
notices-archive = Avisos anteriores (ya no están vigentes)
notice-urgent = Urgente
notice-expires = Válido hasta el { $date }
notice-archived = Este aviso ya no está vigente. Era válido hasta el { $date }.
feed-title = Páginas nuevas y modificadas
feed-link = Seguir las páginas nuevas y modificadas (canal Atom)
feed-notice = Aviso
# A list of pages split over several pages.
pagination-label = Más páginas de esta lista
pagination-previous = Anterior
pagination-next = Siguiente
pagination-page = Página { $current } de { $total }

# The info-line's directory of every page (/directory/), for staff.
directory-title = Lista de páginas
directory-intro = Cada página con su número, su título y su descripción en cada idioma, cuánto se ha revisado cada traducción y un mensaje para enviar por SMS o WhatsApp. El enlace del mensaje abre la página en el idioma de quien llama.
directory-code = Número
directory-page = Página en cada idioma
directory-not-answered = preguntas que hace la gente que llama y que nuestras fuentes no responden, y adónde enviarlas.
directory-filter = Buscar una página (en cualquier idioma)
directory-message = Mensaje para enviar
directory-message-size = { $length ->
    [one] { $length } carácter
    [many] { $length } de caracteres
   *[other] { $length } caracteres
} ({ $encoding }), { $segments ->
    [one] { $segments } SMS
    [many] { $segments } de partes de SMS
   *[other] { $segments } partes de SMS
}
directory-copy = Copiar
directory-copied = Copiado
footer-directory = Lista de páginas (para el personal)
# A phone number the page gives, in its ready message: the name the source register gives it in this language, and the number.
message-contact = { $name }: { $number }
status-source = original
status-machine = traducción automática, sin revisar
status-draft = traducción en borrador
status-reviewed = revisada por un hablante nativo
status-missing = aún sin traducir
poster-link = Imprimir un cartel de esta página

# The search page (/<lang>/search/).
search-link = Buscar
search-title = Buscar en este sitio
search-label = Palabras que busca
search-button = Buscar
search-searching = Buscando…
search-no-results = No se encontró nada. Pruebe otras palabras o elija un tema abajo.
search-failed = La búsqueda no funciona ahora. Elija un tema abajo.
search-needs-script = La búsqueda necesita JavaScript, que está desactivado en este navegador. Elija mejor un tema abajo.

# Keeping the site on the phone for reading without network.
offline-button = Guardar este sitio en mi teléfono
offline-confirm = Esto usa { $kb } KB de datos. Toque otra vez para guardar.
offline-working = Guardando…
offline-done = Guardado. Estas páginas ya se abren sin internet.
offline-failed = No se pudo guardar. Inténtelo otra vez cuando tenga conexión.
not-saved-title = Esta página no está guardada en este teléfono
not-saved-text = Está sin conexión y esta página no se guardó. Las páginas que guardó se abren sin internet: empiece por la página de inicio o elija un tema.

# The editors' translation status report (/status/).
status-title = Estado de las traducciones
status-intro = Cada página en cada idioma: falta, desactualizada (el original cambió después de hacer la traducción), borrador, traducción automática o revisada por un hablante nativo. En la línea de comandos: udha status.
status-outdated = desactualizada: el original ha cambiado

# The whole site in one file (/<lang>/udha-<lang>.html), to pass on.
edition-title = { site-name }: todo el sitio en un archivo
edition-label = Todo el sitio en un archivo
edition-made = Esta copia tiene la información hasta el { $date }.
edition-version = Versión
edition-offline = Se abre sin internet en cualquier teléfono. Puede pasarlo a otras personas por WhatsApp, Bluetooth o USB.
edition-newer = Cuando tenga internet, descargue aquí la copia más nueva:
edition-contents = Contenido
edition-back = Volver al contenido
edition-download = Descargar todo el sitio en un archivo ({ $kb } KB)
edition-share = Compartir este archivo
edition-share-failed = No se pudo compartir. Use el enlace de descarga.

# The translation review workbench in `udha serve` (/__udha/review/...).
review-link = Revisar esta traducción
review-title = Revisar esta traducción
review-source = Original
review-translation = Traducción
review-changed = Cambios desde que se hizo esta traducción:
review-changed-intro = El original cambió después de hacer esta traducción. Los párrafos cambiados están marcados: actualice la traducción para que coincida con ellos.
review-no-history = El original cambió después de hacer esta traducción, pero su versión anterior no está en el historial de esta carpeta, así que no se pueden marcar los cambios. Compare todo el texto.
review-refused = No se guardó: el sitio no se podría generar con este cambio. No se escribió nada. Corrija esto y guarde otra vez:
review-conflict = No se guardó: el archivo cambió en el disco después de que usted abrió esta página. Su texto sigue en el formulario de abajo. Así está el archivo ahora:
review-conflict-disk = Copie lo que necesite y luego vuelva a abrir esta página.
review-edit = Corregir la traducción
review-field-title = Título
review-field-description = Descripción corta (una frase)
review-field-text = Texto (Markdown)
review-save = Guardar
review-mark = Marcar como revisada por un hablante nativo
review-mark-intro = Hágalo solo si este es su idioma nativo y ha leído toda la traducción comparándola con el original.
review-reviewer = Su nombre o sus iniciales
review-preview = Cómo se ve la página ahora

# A page that was removed: shown at its number and its old address.
gone-title = Esta página se ha eliminado
gone-text = La página que buscaba (número { $code }) ya no está en este sitio.
gone-see = Mire aquí:
