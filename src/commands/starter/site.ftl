# This site's own UI strings in this language. The theme's strings (every
# button and notice) are built into udha; a message written here takes the
# place of the theme's one of the same name.

site-name = {title}
site-tagline = What this site is for, in one line
# On the language chooser at /, under each language: what the site is.
site-about = Say in one sentence who this site is for.
