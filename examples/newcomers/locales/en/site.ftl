# This site's own UI strings; the theme's are built into udha.
site-name = Newcomers
site-tagline = Emergency numbers and help for people new to Germany
site-about = An example site made with udha: emergency numbers in Germany, from public sources.
emergency-112 = Fire and ambulance
emergency-110 = Police
