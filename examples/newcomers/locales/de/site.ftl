# Die eigenen UI-Texte dieser Website; die des Themes sind in udha eingebaut.
site-name = Neu hier
site-tagline = Notrufnummern und Hilfe für Menschen, die neu in Deutschland sind
site-about = Eine Beispielseite, gemacht mit udha: Notrufnummern in Deutschland, aus öffentlichen Quellen.
emergency-112 = Feuerwehr und Rettungsdienst
emergency-110 = Polizei
