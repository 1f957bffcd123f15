# UI strings for the Albanian site. Plain text only: no HTML.
# Every other language has the same keys in locales/<lang>/main.ftl.
# The theme's own strings are in themes/udha/locales/; a message defined
# here takes the place of the theme's.

site-name = Udha
site-tagline = Informacione për migrantët dhe azilkërkuesit në Kosovë
# On / and the number pages, under each language: what the site is.
site-about = Informacion falas dhe i pavarur për migrantët dhe azilkërkuesit në Kosovë.

emergency-112 = Emergjenca
emergency-192 = Policia
emergency-194 = Ambulanca

# In ready SMS/WhatsApp messages of pages that give emergency numbers. ASCII digits: phones make them tappable.
message-emergency = Emergjenca: 112. Policia: 192. Falas.
