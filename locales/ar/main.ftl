# UI strings for the Arabic site. Plain text only: no HTML.
# Every other language has the same keys in locales/<lang>/main.ftl.
# The theme's own strings are in themes/udha/locales/; a message defined
# here takes the place of the theme's.

site-name = Udha
site-tagline = معلومات للمهاجرين وطالبي اللجوء في كوسوفو
# On / and the number pages, under each language: what the site is.
site-about = معلومات مجانية ومستقلة للمهاجرين وطالبي اللجوء في كوسوفو.

emergency-112 = الطوارئ
emergency-192 = الشرطة
emergency-194 = الإسعاف

# In ready SMS/WhatsApp messages of pages that give emergency numbers. ASCII digits: phones make them tappable.
message-emergency = طوارئ: 112. شرطة: 192. مجانًا.
