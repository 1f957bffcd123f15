# UI strings for the Persian (Farsi and Dari) site. Plain text only: no HTML.
# Every other language has the same keys in locales/<lang>/main.ftl.
# The theme's own strings are in themes/udha/locales/; a message defined
# here takes the place of the theme's.

site-name = Udha
site-tagline = اطلاعات برای مهاجران و پناهجویان در کوزوو
# On / and the number pages, under each language: what the site is.
site-about = اطلاعات رایگان و مستقل برای مهاجران و پناهجویان در کوزوو.

emergency-112 = اضطراری
emergency-192 = پلیس
emergency-194 = آمبولانس

# In ready SMS/WhatsApp messages of pages that give emergency numbers. ASCII digits: phones make them tappable.
message-emergency = اضطراری: 112. پلیس: 192. رایگان.
