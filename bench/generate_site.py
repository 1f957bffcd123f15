#!/usr/bin/env python3
"""Generates a synthetic udha site of N pages per language for benchmarks.

Usage: bench/generate_site.py [--realistic] N OUT_DIR          (udha's format)
       bench/generate_site.py [--realistic] --hugo N OUT_DIR   (the same corpus for Hugo)

--realistic: pages of varied text instead of one repeated sentence. Each
language's vocabulary is every word of the portal's own pages in that
language (thousands of distinct words, in its script); sentences of 6 to
18 words are drawn from it with Zipf-like frequencies; page lengths follow
a log-normal law with a median of about 500 words, between 150 and 1,500;
headings, lists, a table, links and a quote are spread through the text.
Every page is different, and the corpus is the same on every run (seeded).

The udha site uses the portal's own site.toml, templates, locales and static
files (copied from the repository), so a build of it costs what a real
build costs. Pages are spread over sections of 100 pages; each has
headings, lists, a table, links to other pages, bold and italic text and a
blockquote, in each language's script with Latin words and digits mixed in.

With --hugo the same pages are written in Hugo's format (see hugo_site):
the same bodies, front matter and sections, multilingual by file name, with
templates equivalent to the portal's and its UI strings converted from the
Fluent files to Hugo's i18n tables.
"""

import json
import math
import random
import re

import pathlib
import shutil
import sys

REPO = pathlib.Path(__file__).resolve().parent.parent

TEXT = {
    "en": "You can ask for asylum at any police station. The interview is free and an interpreter helps you",
    "sq": "Ju mund të kërkoni azil në çdo stacion policie. Intervista është falas dhe një përkthyes ju ndihmon",
    "sr": "Азил можете тражити у било којој полицијској станици. Разговор је бесплатан и преводилац вам помаже",
    "ar": "يمكنك طلب اللجوء في أي مركز شرطة. المقابلة مجانية ويساعدك مترجم عبر الرقم 112 في Kosovo",
    "fa": "شما می‌توانید در هر ایستگاه پلیس درخواست پناهندگی کنید. مصاحبه رایگان است و مترجم با شماره 112 در Kosovo کمک می‌کند",
}
PER_SECTION = 100
REALISTIC = False


def vocabulary(lang):
    """Every distinct word of the portal's pages in `lang`, most frequent
    first."""
    counts = {}
    for path in sorted((REPO / "content").rglob(f"*.{lang}.md")):
        text = path.read_text(encoding="utf-8").split("+++", 2)[-1]
        for word in re.findall(r"[^\W\d_]+(?:\u200c[^\W\d_]+)*", text):
            if len(word) > 1 and (lang in ("en", "sq") or not word.isascii()):
                key = word.lower() if lang in ("en", "sq", "sr") else word
                counts[key] = counts.get(key, 0) + 1
    return sorted(counts, key=lambda w: (-counts[w], w))


_VOCABULARY = {}


def zipf(words):
    """`words` with cumulative Zipf weights (the n-th word 1/n as common)."""
    total, cumulative = 0.0, []
    for rank in range(len(words)):
        total += 1 / (rank + 1)
        cumulative.append(total)
    return words, cumulative


def realistic_body(lang, section, index, total):
    """Varied text of a log-normal length, with the same structure as the
    short pages (headings with ids, list, table, links, quote)."""
    words, cumulative = _VOCABULARY.setdefault(lang, zipf(vocabulary(lang)))
    rng = random.Random(f"{lang}-{section}-{index}")
    length = int(min(1500, max(150, rng.lognormvariate(math.log(500), 0.6))))
    other = (index + 1) % total
    other_section, other_index = divmod(other, PER_SECTION)

    def sentence():
        chosen = rng.choices(words, cum_weights=cumulative, k=rng.randint(6, 18))
        return " ".join(chosen).capitalize() + "."

    blocks, written, heading = [], 0, 0
    while written < length:
        kind = rng.random()
        if not blocks or kind < 0.12:
            heading += 1
            ident = "first" if heading == 1 else "second" if heading == 2 else f"h{heading}"
            blocks.append(f"## {sentence()[:-1][:50]} {{#{ident}}}")
        elif kind < 0.22:
            items = [sentence() for _ in range(rng.randint(2, 5))]
            items[-1] = f"[{items[-1][:-1][:30]}](@/s{other_section}/p{other_index})"
            blocks.append("\n".join(f"- {item}" for item in items))
            written += sum(len(item.split()) for item in items)
        elif kind < 0.26:
            rows = [f"| {sentence()[:30]} | {rng.randint(1, 2030)} |" for _ in range(rng.randint(2, 4))]
            blocks.append("| " + words[0] + " | " + words[1] + " |\n|---|---|\n" + "\n".join(rows))
            written += 6 * len(rows)
        elif kind < 0.30:
            quote = sentence()
            blocks.append(f"> {quote}")
            written += len(quote.split())
        else:
            paragraph = " ".join(sentence() for _ in range(rng.randint(2, 6)))
            written += len(paragraph.split())
            blocks.append(paragraph)
    blocks.append(f"See [{words[2]}](@/s{section}/p{index}#first).")
    return "\n" + "\n\n".join(blocks) + "\n"


def page_parts(lang, section, index, total):
    """The front matter fields (TOML values) and Markdown body of a page."""
    text = TEXT[lang]
    other = (index + 1) % total
    other_section, other_index = divmod(other, PER_SECTION)
    fields = {
        "title": f'"{text.split(".")[0][:40]} {section}-{index}"',
        "description": f'"{text[:60]}"',
    }
    if lang == "en":
        fields["code"] = 10000 + section * PER_SECTION + index
        fields["weight"] = index
    else:
        fields["translation"] = '"machine"'
    fields["reviewed"] = "2026-11-01"
    if REALISTIC:
        return fields, realistic_body(lang, section, index, total)
    body = f"""
{text}. **{text[:30]}** and *{text[30:60]}*.

## {text[:24]} {{#first}}

- {text[:40]}
- {text[40:80]}
- [{text[:20]}](@/s{other_section}/p{other_index})

| {text[:10]} | 2026 |
|---|---|
| {text[10:20]} | 42 |

> {text}.

## {text[20:44]} {{#second}}

{text}. {text}. See [{text[:12]}](@/s{section}/p{index}#first).
"""
    return fields, body


def page(lang, section, index, total):
    fields, body = page_parts(lang, section, index, total)
    front = ["+++", *(f"{key} = {value}" for key, value in fields.items()), "+++"]
    return "\n".join(front) + "\n" + body


def udha_site(n, out):
    if out.exists():
        shutil.rmtree(out)
    for name in ["site.toml", "themes", "locales"]:
        source = REPO / name
        if source.is_dir():
            shutil.copytree(source, out / name)
        else:
            out.mkdir(parents=True, exist_ok=True)
            shutil.copy(source, out / name)
    content = out / "content"
    sections = (n + PER_SECTION - 1) // PER_SECTION
    for lang in TEXT:
        (content).mkdir(parents=True, exist_ok=True)
        code = "code = 1\n" if lang == "en" else ""
        (content / f"_index.{lang}.md").write_text(f'+++\ntitle = "Home {lang}"\n{code}+++\n{TEXT[lang]}.\n', encoding="utf-8")
        for s in range(sections):
            folder = content / f"s{s}"
            folder.mkdir(exist_ok=True)
            code = f"code = {100 + s}\n" if lang == "en" else ""
            (folder / f"_index.{lang}.md").write_text(f'+++\ntitle = "Section {s}"\n{code}+++\n{TEXT[lang]}.\n', encoding="utf-8")
        # The portal's footer links to /<lang>/about/ on every page.
        (content / "about").mkdir(exist_ok=True)
        code = "code = 2\n" if lang == "en" else ""
        (content / "about" / f"_index.{lang}.md").write_text(f'+++\ntitle = "About"\n{code}+++\n{TEXT[lang]}.\n', encoding="utf-8")
        for i in range(n):
            s, index = divmod(i, PER_SECTION)
            (content / f"s{s}" / f"p{index}.{lang}.md").write_text(page(lang, s, index, n), encoding="utf-8")


# ---------------------------------------------------------------------------
# The same corpus in Hugo's format.

LANGUAGES = {
    # code: (languageCode, languageName, direction), in the switcher's order.
    "en": ("en", "English", "ltr"),
    "sq": ("sq", "Shqip", "ltr"),
    "sr": ("sr-Cyrl", "Српски", "ltr"),
    "ar": ("ar", "العربية", "rtl"),
    "fa": ("fa", "فارسی", "rtl"),
}

INTERNAL_LINK = re.compile(r"\]\(@/([^)#]*)(#[^)]*)?\)")


def hugo_body(body):
    """udha's `@/s3/p7#first` links as Hugo relref shortcodes, which Hugo
    resolves in the page's own language and fails the build on if missing."""
    return INTERNAL_LINK.sub(lambda m: f'](' + '{{< relref "/' + m.group(1) + (m.group(2) or "") + '" >}})', body)


def hugo_front(fields):
    """TOML front matter. Hugo has no source-language fallback for fields,
    so every language carries code and weight (from 1: Hugo sorts weight 0,
    "unset", last); `reviewed` is Hugo's lastmod."""
    lines = ["+++"]
    for key, value in fields.items():
        key = "lastmod" if key == "reviewed" else key
        lines.append(f"{key} = {value}")
    lines.append("+++")
    return "\n".join(lines) + "\n"


PLACEABLE = re.compile(r"\{\s*\$([a-z]+)\s*\}")


def ftl_to_i18n(ftl):
    """Converts a Fluent file with plain and plural messages to Hugo's i18n
    TOML: `{ $x }` becomes `{{ .x }}`, `{ $count -> [one] ... }` becomes
    CLDR plural forms with `{{ .Count }}`."""
    messages, key, variants = {}, None, None
    for line in ftl.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if variants is not None:
            stripped = line.strip()
            if stripped == "}":
                if key is not None:
                    messages[key] = variants
                variants = None
                continue
            match = re.match(r"\*?\[([a-z0-9]+)\]\s*(.*)", stripped)
            if match:
                variants[match.group(1)] = match.group(2)
            else:
                # Text between two selectors of one message: the layouts
                # here do not use such messages; skip it.
                key = None
                variants = {} if stripped.endswith("->") else None
            continue
        if not line.startswith(" "):
            key, _, value = (part.strip() for part in line.partition("="))
            if re.fullmatch(r"\{\s*\$count\s*->", value):
                variants = {}
            elif value.endswith("->"):
                # A selector inside a longer message: Hugo's layouts here
                # do not use such messages; skip it.
                key, variants = None, {}
            else:
                messages[key] = {"other": value}
        else:
            messages[key]["other"] += " " + line.strip()
    out = []
    for key, forms in messages.items():
        out.append(f"[{key}]")
        for form, text in forms.items():
            text = PLACEABLE.sub(lambda m: "{{ .Count }}" if m.group(1) == "count" else "{{ ." + m.group(1) + " }}", text)
            out.append(f"{form} = {json.dumps(text, ensure_ascii=False)}")
    return "\n".join(out) + "\n"


HUGO_CONFIG = """baseURL = "https://udha-site.org/"
title = "Udha"
defaultContentLanguage = "en"
defaultContentLanguageInSubdir = true
# udha makes no feeds and no taxonomies; Hugo needn't either.
disableKinds = ["rss", "taxonomy", "term"]
# A link to a page that does not exist fails the build, as in udha.
refLinksErrorLevel = "ERROR"
"""

HUGO_LAYOUTS = {
    "baseof.html": """<!doctype html>
<html lang="{{ site.Language.Locale }}" dir="{{ or site.Language.Direction "ltr" }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{{ block "title" . }}{{ .Title }} · {{ i18n "site-name" }}{{ end }}</title>
{{ with .Description }}<meta name="description" content="{{ . }}">{{ end }}
<link rel="canonical" href="{{ .Permalink }}">
{{ range .AllTranslations }}<link rel="alternate" hreflang="{{ .Language.Locale }}" href="{{ .Permalink }}">
{{ end }}
{{ with resources.Get "favicon.svg" | fingerprint }}<link rel="icon" href="{{ .RelPermalink }}" type="image/svg+xml">{{ end }}
{{ with resources.Get "style.css" | fingerprint }}<link rel="stylesheet" href="{{ .RelPermalink }}">{{ end }}
{{ with resources.Get "offline.js" | fingerprint }}<script src="{{ .RelPermalink }}" defer></script>{{ end }}
</head>
<body>
<a class="skip" href="#main">{{ i18n "skip-to-content" }}</a>
{{ partial "emergency.html" . }}
<header class="top">
<a class="brand" href="{{ site.Home.RelPermalink }}">{{ i18n "site-name" }}</a>
<a class="search-link" href="{{ site.Home.RelPermalink }}search/">{{ i18n "search-link" }}</a>
{{ partial "languages.html" . }}
</header>
<main id="main">
{{ block "main" . }}{{ end }}
</main>
{{ with site.Home.Sections }}<nav class="sections" aria-labelledby="sections-label"><h2 id="sections-label">{{ i18n "sections-label" }}</h2><ul>
{{ range . }}<li><a href="{{ .RelPermalink }}"{{ if hasPrefix $.RelPermalink .RelPermalink }} aria-current="true"{{ end }}>{{ .Title }}</a></li>
{{ end }}</ul></nav>{{ end }}
<footer class="bottom">
<p><button type="button" class="keep-offline" hidden data-manifest="/{{ site.Language.Lang }}/offline.json" data-confirm="{{ i18n "offline-confirm" (dict "kb" "{kb}") }}" data-working="{{ i18n "offline-working" }}" data-done="{{ i18n "offline-done" }}" data-failed="{{ i18n "offline-failed" }}">{{ i18n "offline-button" }}</button></p>
<p><a href="{{ site.Home.RelPermalink }}about/">{{ i18n "footer-about" }}</a> · {{ i18n "footer-privacy" }}</p>
</footer>
</body>
</html>
""",
    "page.html": """{{ define "main" }}
{{ partial "article.html" . }}
{{ with .CurrentSection }}<nav class="in-section" aria-labelledby="in-section"><h2 id="in-section">{{ i18n "in-this-section" }}: <a href="{{ .RelPermalink }}">{{ .Title }}</a></h2><ul>
{{ range .Pages }}<li><a href="{{ .RelPermalink }}"{{ if eq .RelPermalink $.RelPermalink }} aria-current="page"{{ end }}>{{ .Title }}</a></li>
{{ end }}</ul></nav>{{ end }}
{{ partial "page-footer.html" . }}
{{ end }}
""",
    "section.html": """{{ define "main" }}
{{ partial "article.html" . }}
<p class="count">{{ i18n "section-pages" (len .Pages) }}</p>
{{ partial "children.html" . }}
{{ partial "page-footer.html" . }}
{{ end }}
""",
    "home.html": """{{ define "title" }}{{ i18n "site-name" }} · {{ i18n "site-tagline" }}{{ end }}
{{ define "main" }}
<p class="tagline">{{ i18n "site-tagline" }}</p>
{{ partial "article.html" . }}
{{ partial "children.html" . }}
{{ partial "page-footer.html" . }}
{{ end }}
""",
    "_partials/article.html": """{{ if not .IsHome }}<nav class="crumbs" aria-label="{{ i18n "breadcrumbs-label" }}"><ol>
{{ range .Ancestors.Reverse }}<li><a href="{{ .RelPermalink }}">{{ if .IsHome }}{{ i18n "home-link" }}{{ else }}{{ .Title }}{{ end }}</a></li>
{{ end }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
</ol></nav>{{ end }}
{{ if eq .Params.translation "machine" }}<p class="notice">{{ i18n "translation-machine" }}</p>
{{ else if eq .Params.translation "draft" }}<p class="notice">{{ i18n "translation-draft" }}</p>{{ end }}
<article data-pagefind-body>
<h1>{{ .Title }}</h1>
<p class="infoline">{{ i18n "page-code" (dict "code" .Params.code) }} · <a href="/{{ .Params.code }}/" dir="ltr">udha-site.org/{{ .Params.code }}</a></p>
{{ .Content }}
</article>
""",
    "_partials/children.html": """{{ with .Pages }}<ul class="cards">
{{ range . }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ with .Description }}<p>{{ . }}</p>{{ end }}</li>
{{ end }}</ul>{{ end }}
""",
    "_partials/emergency.html": """<div class="emergency" role="region" aria-label="{{ i18n "emergency-label" }}">
<a href="tel:112"><span class="num" dir="ltr">112</span> {{ i18n "emergency-112" }}</a>
<a href="tel:192"><span class="num" dir="ltr">192</span> {{ i18n "emergency-192" }}</a>
<a href="tel:194"><span class="num" dir="ltr">194</span> {{ i18n "emergency-194" }}</a>
</div>
""",
    # The language switcher: every language the page is in, the current one marked.
    "_partials/languages.html": """<nav class="languages" aria-label="{{ i18n "languages-label" }}"><ul>
{{ range .AllTranslations }}<li><a href="{{ .RelPermalink }}" lang="{{ .Language.Locale }}" hreflang="{{ .Language.Locale }}"{{ if eq .Language.Lang site.Language.Lang }} aria-current="page"{{ end }}>{{ .Language.Label }}</a></li>
{{ end }}</ul></nav>
""",
    "_partials/page-footer.html": """<aside class="about-page">
{{ with .Lastmod }}{{ if not .IsZero }}<p>{{ i18n "last-reviewed" (dict "date" (i18n "date" (dict "day" .Day "month" (i18n (printf "month-%d" .Month)) "year" .Year))) }}</p>{{ end }}{{ end }}
<p><a href="{{ .RelPermalink }}poster/">{{ i18n "poster-link" }}</a></p>
</aside>
""",
}


def hugo_site(n, out):
    """Writes the corpus of udha_site(n, ...) as a Hugo site in `out`."""
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    config = [HUGO_CONFIG]
    for weight, (code, (tag, name, direction)) in enumerate(LANGUAGES.items(), 1):
        config.append(f"\n[languages.{code}]\nweight = {weight}\nlocale = \"{tag}\"\nlabel = \"{name}\"\ndirection = \"{direction}\"\n")
    (out / "hugo.toml").write_text("".join(config), encoding="utf-8")
    for path, text in HUGO_LAYOUTS.items():
        target = out / "layouts" / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    (out / "i18n").mkdir()
    for code in LANGUAGES:
        ftl = "\n".join((REPO / folder / code / name).read_text(encoding="utf-8")
                        for folder, name in [("themes/udha/locales", "theme.ftl"), ("locales", "main.ftl")])
        (out / "i18n" / f"{code}.toml").write_text(ftl_to_i18n(ftl), encoding="utf-8")
    # Fingerprinted like udha's asset(): stylesheet, script and icon; the rest as is.
    theme_static = REPO / "themes" / "udha" / "static"
    shutil.copytree(theme_static, out / "static")
    (out / "assets").mkdir()
    for name in ["style.css", "offline.js", "favicon.svg"]:
        shutil.copy(theme_static / name, out / "assets" / name)
    content = out / "content"
    sections = (n + PER_SECTION - 1) // PER_SECTION
    for lang in TEXT:
        content.mkdir(exist_ok=True)
        (content / f"_index.{lang}.md").write_text(hugo_front({"title": f'"Home {lang}"', "code": 1}) + f"{TEXT[lang]}.\n", encoding="utf-8")
        for s in range(sections):
            folder = content / f"s{s}"
            folder.mkdir(exist_ok=True)
            (folder / f"_index.{lang}.md").write_text(hugo_front({"title": f'"Section {s}"', "code": 100 + s, "weight": s + 1}) + f"{TEXT[lang]}.\n", encoding="utf-8")
        (content / "about").mkdir(exist_ok=True)
        (content / "about" / f"_index.{lang}.md").write_text(hugo_front({"title": '"About"', "code": 2, "weight": sections + 1}) + f"{TEXT[lang]}.\n", encoding="utf-8")
        for i in range(n):
            s, index = divmod(i, PER_SECTION)
            fields, body = page_parts(lang, s, index, n)
            fields.setdefault("code", 10000 + s * PER_SECTION + index)
            fields["weight"] = index + 1
            (content / f"s{s}" / f"p{index}.{lang}.md").write_text(hugo_front(fields) + hugo_body(body), encoding="utf-8")


def main():
    args = sys.argv[1:]
    global REALISTIC
    hugo = "--hugo" in args
    REALISTIC = "--realistic" in args
    args = [arg for arg in args if arg not in ("--hugo", "--realistic")]
    if len(args) != 2:
        sys.exit("usage: generate_site.py [--realistic] [--hugo] N OUT_DIR")
    n, out = int(args[0]), pathlib.Path(args[1])
    (hugo_site if hugo else udha_site)(n, out)


if __name__ == "__main__":
    main()
