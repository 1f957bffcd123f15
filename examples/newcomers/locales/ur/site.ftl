# This site's own UI strings in Urdu. Machine translation: not yet checked by a native speaker.
site-name = نئے آنے والے
site-tagline = جرمنی میں نئے آنے والوں کے لیے ایمرجنسی نمبر اور مدد
site-about = udha سے بنی ایک مثال کی ویب سائٹ: جرمنی کے ایمرجنسی نمبر، عوامی ذرائع سے۔
emergency-112 = فائر بریگیڈ اور ایمبولینس
emergency-110 = پولیس
