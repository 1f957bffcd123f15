#!/usr/bin/env python3
"""Generates a synthetic udha site of N pages per language for benchmarks.

Usage: bench/generate_site.py N OUT_DIR

The site uses the portal's own site.toml, templates, locales and static
files (copied from the repository), so a build of it costs what a real
build costs. Pages are spread over sections of 100 pages; each has
headings, lists, a table, links to other pages, bold and italic text and a
blockquote, in each language's script with Latin words and digits mixed in.
"""

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


def page(lang, section, index, total):
    text = TEXT[lang]
    other = (index + 1) % total
    other_section, other_index = divmod(other, PER_SECTION)
    front = [
        "+++",
        f'title = "{text.split(".")[0][:40]} {section}-{index}"',
        f'description = "{text[:60]}"',
    ]
    if lang == "en":
        front.append(f"code = {10000 + section * PER_SECTION + index}")
        front.append(f"weight = {index}")
    else:
        front.append('translation = "machine"')
    front.append("reviewed = 2026-11-01")
    front.append("+++")
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
    return "\n".join(front) + "\n" + body


def main():
    n, out = int(sys.argv[1]), pathlib.Path(sys.argv[2])
    if out.exists():
        shutil.rmtree(out)
    for name in ["site.toml", "templates", "locales", "static"]:
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
        for i in range(n):
            s, index = divmod(i, PER_SECTION)
            (content / f"s{s}" / f"p{index}.{lang}.md").write_text(page(lang, s, index, n), encoding="utf-8")


if __name__ == "__main__":
    main()
