# UI strings for the Serbian site, in Cyrillic only. Plain text only: no HTML.
# The Serbian Latin site (sr-latn) is transliterated from this file at build time.
# Every other language has the same keys in locales/<lang>/main.ftl.
# The theme's own strings are in themes/udha/locales/; a message defined
# here takes the place of the theme's.

site-name = Udha
site-tagline = Информације за мигранте и тражиоце азила на Косову
# On / and the number pages, under each language: what the site is.
site-about = Бесплатне и независне информације за мигранте и тражиоце азила на Косову.

emergency-112 = Хитни случајеви
emergency-192 = Полиција
emergency-194 = Хитна помоћ

# In ready SMS/WhatsApp messages of pages that give emergency numbers. ASCII digits: phones make them tappable.
message-emergency = Хитно: 112. Полиција: 192. Бесплатно.
