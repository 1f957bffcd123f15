# UI strings for the English site. Plain text only: no HTML.
# Every other language has the same keys in locales/<lang>/main.ftl.
# The theme's own strings are in themes/udha/locales/; a message defined
# here takes the place of the theme's.

site-name = Udha
site-tagline = Information for migrants and asylum seekers in Kosovo
# On / and the number pages, under each language: what the site is.
site-about = Free and independent information for migrants and asylum seekers in Kosovo.

emergency-112 = Emergency
emergency-192 = Police
emergency-194 = Ambulance

# In ready SMS/WhatsApp messages of pages that give emergency numbers. ASCII digits: phones make them tappable.
message-emergency = Emergency: 112. Police: 192. Free.
