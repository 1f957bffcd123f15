//! The site's settings: reads `site.toml` into a typed, validated [`Config`].
//!
//! Owns the list of languages and which one is the source. It knows nothing
//! about content files or output; every later stage reads the config, none
//! changes it.

use std::path::Path;

use serde::Deserialize;
use unic_langid::LanguageIdentifier;

use crate::diagnostic::Diagnostic;
use crate::script::digits::{Digits, Writing};

pub const CONFIG_FILE: &str = "site.toml";

/// Which way a language's text runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Ltr,
    Rtl,
}

/// The calendar a language's readers count days in.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Calendar {
    #[default]
    Gregorian,
    /// The Solar Hijri calendar of Iran and Afghanistan.
    Persian,
}

/// One published language version of the site.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Language {
    /// File suffix (`apply.ar.md`) and URL prefix (`/ar/`).
    pub code: String,
    /// BCP 47 tag for `lang` and `hreflang`, e.g. `sr-Cyrl`.
    pub tag: String,
    /// The language's name in its own script, e.g. `العربية`.
    pub name: String,
    pub direction: Direction,
    /// Set on a version generated at build time from another language's
    /// files instead of written by editors (Serbian Latin from Cyrillic).
    #[serde(default)]
    pub transliterated_from: Option<String>,
    /// The digits running text, dates and counts are shown in:
    /// "western" (default), "persian" or "arabic-indic".
    #[serde(default)]
    pub digits: Digits,
    /// The languages to show, in this order, where this one has no
    /// translation of a page or UI string: `fallback = ["en", "de"]`. The
    /// source language always comes last.
    #[serde(default)]
    pub fallback: Vec<String>,
    /// The calendar dates are shown in: "gregorian" (default) or
    /// "persian" (Solar Hijri, with the Gregorian date beside it).
    #[serde(default)]
    pub calendar: Calendar,
    /// Its line in site.toml, for messages about it.
    #[serde(skip)]
    pub line: usize,
}

impl Language {
    /// The language whose files and UI strings this version is made from.
    pub fn content_code(&self) -> &str {
        self.transliterated_from.as_deref().unwrap_or(&self.code)
    }

    pub fn is_transliterated(&self) -> bool {
        self.transliterated_from.is_some()
    }

    /// How this language writes text: direction and digits.
    pub fn writing(&self) -> Writing {
        Writing {
            rtl: self.direction == Direction::Rtl,
            digits: self.digits,
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    title: String,
    base_url: String,
    source_language: String,
    languages: Vec<Language>,
    #[serde(default)]
    messages: MessageSettings,
    #[serde(default)]
    phones: PhoneSettings,
    #[serde(default)]
    features: Features,
    #[serde(default)]
    emergency: Vec<EmergencyNumber>,
    #[serde(default)]
    theme: Option<String>,
    #[serde(default)]
    notices: Option<NoticeSettings>,
    #[serde(default)]
    budget: Option<Budget>,
    #[serde(default)]
    extra: toml::Table,
}

/// `[budget]` in site.toml: how heavy a page may be for readers on slow,
/// paid networks; `check` names the pages over it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Budget {
    /// What a phone fetches to show the top of a page: the HTML, the
    /// stylesheet and the images before its first heading, in kilobytes.
    pub first_screen_kb: u64,
}

/// `[notices]` in site.toml: the section whose pages are dated notices.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NoticeSettings {
    /// The section's id, as its folder under content/ is named: `"news"`.
    pub section: String,
    /// The line of `[notices]` in site.toml, for messages about it.
    #[serde(skip)]
    pub line: usize,
}

/// One `[[emergency]]` table in site.toml: a number every page shows
/// first, to tap, with the UI string that names it.
#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct EmergencyNumber {
    /// As it is dialled: `"110"`.
    pub number: String,
    /// The message in `locales/<lang>/` that names it: `"emergency-police"`.
    pub label: String,
}

/// `[features]` in site.toml: the parts of udha a site can do without.
/// Each is on unless set to `false`; one that is off needs none of its
/// templates and makes none of its files (docs/settings.md).
#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct Features {
    /// A `code` on every page; `/<code>/` and `/<lang>/<code>/` open it.
    pub short_codes: bool,
    /// A printable poster with a QR code at `<page URL>/poster/`.
    pub posters: bool,
    /// The info-line's directory with ready messages at `/directory/`.
    pub directory: bool,
    /// The translation status report at `/status/`.
    pub status_page: bool,
    /// The whole site in one file per language.
    pub editions: bool,
    /// A search page per language and its index.
    pub search: bool,
    /// Phone numbers and e-mail addresses checked against `sources/`,
    /// and facts due for re-confirmation.
    pub register: bool,
    /// The translation review workbench in `udha serve`.
    pub review: bool,
}

impl Features {
    /// Whether the feature `name` (as site.toml writes it) is on; `None`
    /// when no feature has that name.
    pub fn is_on(&self, name: &str) -> Option<bool> {
        serde_json::to_value(self).ok()?.get(name)?.as_bool()
    }
}

impl Default for Features {
    fn default() -> Features {
        Features {
            short_codes: true,
            posters: true,
            directory: true,
            status_page: true,
            editions: true,
            search: true,
            register: true,
            review: true,
        }
    }
}

/// `[phones]` in site.toml: how phone numbers are compared.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PhoneSettings {
    /// The country calling code (`"49"`, `"1"`): a number written
    /// with it (`+1 555 0100`) and without it (`0555 0100`) is one
    /// number. Without it, numbers are compared by all their digits.
    #[serde(default)]
    pub country_code: Option<String>,
}

/// `[messages]` in site.toml: what the info-line's ready messages repeat.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MessageSettings {
    /// Phone numbers (as `tel:` links write them) that, when a page links
    /// to one, add the `message-emergency` UI string to its message; they
    /// are not repeated as the page's own contacts.
    #[serde(default)]
    pub emergency: Vec<String>,
}

/// The validated contents of `site.toml`.
#[derive(Debug, Clone)]
pub struct Config {
    /// Where it was read from, for messages.
    pub file: std::path::PathBuf,
    pub title: String,
    /// Without a trailing slash: `https://example.org/info`.
    pub base_url: String,
    /// `base_url` without its path: `https://example.org`.
    pub origin: String,
    /// The path the site is published under, without a trailing slash:
    /// `/info`, or empty at the root of its host. Every URL the site
    /// writes starts with it (`Config::path`).
    pub base_path: String,
    pub source_language: String,
    /// In the order `site.toml` lists them; that order is used everywhere.
    pub languages: Vec<Language>,
    pub messages: MessageSettings,
    pub phones: PhoneSettings,
    pub features: Features,
    /// In the order pages show them.
    pub emergency: Vec<EmergencyNumber>,
    /// The theme the site starts from (`load::theme`), if any.
    pub theme: Option<String>,
    /// The section of notices, when the site has one.
    pub notices: Option<NoticeSettings>,
    pub budget: Option<Budget>,
    /// The site's own settings for its templates (`site.extra.*`).
    pub extra: toml::Table,
}

impl Config {
    pub fn load(root: &Path) -> Result<Config, Diagnostic> {
        let path = root.join(CONFIG_FILE);
        crate::load::site_files::refuse_links(root, &path)?;
        let text = std::fs::read_to_string(&path).map_err(|err| {
            Diagnostic::io(&path, &err).with_help(format!(
                "a site needs a `{CONFIG_FILE}` at its root; pass the site folder with --root"
            ))
        })?;
        Config::parse(&text, &path)
    }

    pub fn parse(text: &str, path: &Path) -> Result<Config, Diagnostic> {
        crate::load::site_files::refuse_invisible(path, text)?;
        let raw: RawConfig = toml::from_str(text).map_err(|err| {
            let mut d = Diagnostic::new(path, err.message().to_string())
                .with_help("fix the setting; the fields are title, base_url, source_language, [[languages]] (code, tag, name, direction, transliterated_from, digits, fallback, calendar) [messages] (emergency), [phones] (country_code), [features], [[emergency]] (number, label), [notices] (section), [budget] (first_screen_kb), theme and [extra]; docs/settings.md explains each");
            if let Some(span) = err.span() {
                d = d.at_offset(text, span.start, 1);
            }
            d
        })?;
        let fail = |needle: &str, message: String, help: &str| {
            let at = text.find(needle).unwrap_or(0);
            Diagnostic::new(path, message)
                .at_offset(text, at, 1)
                .with_help(help.to_string())
        };

        let base_url = raw.base_url.trim_end_matches('/').to_string();
        // `https://example.org` or `https://example.org/info`: every link
        // the site writes starts with the path.
        let after_scheme = base_url
            .strip_prefix("https://")
            .or_else(|| base_url.strip_prefix("http://"));
        let (host, base_path) = after_scheme
            .map(|rest| rest.find('/').map_or((rest, ""), |at| rest.split_at(at)))
            .unwrap_or_default();
        let plain_path = base_path.split('/').skip(1).all(|segment| {
            !segment.is_empty()
                && segment
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "-_.~".contains(c))
                && segment != "."
                && segment != ".."
        });
        if host.is_empty() || host.contains(['?', '#', '@']) || !plain_path {
            return Err(fail(
                "base_url",
                format!("base_url `{}` is not the address of a site", raw.base_url),
                "write the scheme, the host and, for a site under a path, the path: \"https://example.org\" or \"https://example.org/info/\" (letters, digits, - _ . ~ between the slashes)",
            ));
        }
        let origin = base_url[..base_url.len() - base_path.len()].to_string();
        let base_path = base_path.to_string();
        if raw.languages.is_empty() {
            return Err(fail(
                "languages",
                "no languages are listed".into(),
                "add a [[languages]] table for each language",
            ));
        }
        for (index, language) in raw.languages.iter().enumerate() {
            let needle = format!("\"{}\"", language.code);
            let valid_code = !language.code.is_empty()
                && language
                    .code
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b == b'-')
                && !language.code.starts_with('-');
            if !valid_code {
                return Err(fail(
                    &needle,
                    format!(
                        "language code `{}` must be lower-case ASCII letters and `-`",
                        language.code
                    ),
                    "it is used in file names and URLs, e.g. \"sr-latn\"",
                ));
            }
            if raw.languages[..index]
                .iter()
                .any(|other| other.code == language.code)
            {
                return Err(fail(
                    &needle,
                    format!("language `{}` is listed twice", language.code),
                    "remove one of the two tables",
                ));
            }
            let tag: LanguageIdentifier = language.tag.parse().map_err(|_| {
                fail(
                    &format!("\"{}\"", language.tag),
                    format!("`{}` is not a BCP 47 language tag", language.tag),
                    "write a tag such as \"en\", \"sr-Cyrl\" or \"fa\"",
                )
            })?;
            if let Some(from) = &language.transliterated_from {
                let Some(origin) = raw.languages[..index]
                    .iter()
                    .find(|other| &other.code == from)
                else {
                    return Err(fail(
                        &format!("\"{from}\""),
                        format!(
                            "`{}` is transliterated from `{from}`, which is not listed before it",
                            language.code
                        ),
                        "list the language it is made from first",
                    ));
                };
                let origin_tag: LanguageIdentifier = origin.tag.parse().map_err(|_| {
                    fail(
                        &origin.tag,
                        format!("`{}` is not a BCP 47 language tag", origin.tag),
                        "write a tag such as \"sr-Cyrl\"",
                    )
                })?;
                let serbian = |t: &LanguageIdentifier| t.language.as_str() == "sr";
                let script = |t: &LanguageIdentifier| t.script.map(|s| s.as_str().to_string());
                if origin.is_transliterated()
                    || !serbian(&origin_tag)
                    || !serbian(&tag)
                    || script(&origin_tag).as_deref() != Some("Cyrl")
                    || script(&tag).as_deref() != Some("Latn")
                {
                    return Err(fail(
                        &needle,
                        format!(
                            "udha cannot transliterate `{}` into `{}`",
                            origin.tag, language.tag
                        ),
                        "the one transliteration udha knows is Serbian Cyrillic (\"sr-Cyrl\") into Serbian Latin (\"sr-Latn\")",
                    ));
                }
            }
        }
        if let Some(code) = raw.phones.country_code.as_ref().filter(|code| {
            code.is_empty()
                || code.len() > 3
                || !code.bytes().all(|b| b.is_ascii_digit())
                || code.starts_with('0')
        }) {
            return Err(fail(
                "country_code",
                format!("country_code `{code}` is not a country calling code"),
                "write its digits without + or 00, e.g. \"49\"",
            ));
        }
        for language in &raw.languages {
            for code in &language.fallback {
                let written = raw
                    .languages
                    .iter()
                    .any(|other| &other.code == code && !other.is_transliterated());
                if !written || code == &language.code || code == language.content_code() {
                    return Err(fail(
                        &format!("fallback = [\"{code}\""),
                        format!(
                            "`{}` falls back to `{code}`, which is not another written language of the site",
                            language.code
                        ),
                        "list codes of other [[languages]] tables that are not transliterated",
                    ));
                }
            }
        }
        if let Some(bad) = raw.emergency.iter().find(|e| {
            e.number.is_empty() || !e.number.bytes().all(|b| b.is_ascii_digit() || b == b'+')
        }) {
            return Err(fail(
                &format!("\"{}\"", bad.number),
                format!(
                    "the emergency number `{}` is not a number to dial",
                    bad.number
                ),
                "write its digits, e.g. number = \"110\"",
            ));
        }
        for (needs, on) in [
            ("posters", raw.features.posters),
            ("directory", raw.features.directory),
        ] {
            if on && !raw.features.short_codes {
                return Err(fail(
                    "short_codes",
                    format!("{needs} show each page's short code, but short_codes is off"),
                    &format!("set {needs} = false too, or short_codes = true"),
                ));
            }
        }
        if let Some(theme) = raw.theme.as_ref().filter(|t| {
            t.is_empty()
                || !t
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        }) {
            return Err(fail(
                "theme",
                format!("`{theme}` is not a theme's name"),
                "a theme is named by lower-case letters, digits and `-`, e.g. theme = \"udha\"",
            ));
        }
        let source_ok = raw
            .languages
            .iter()
            .any(|l| l.code == raw.source_language && !l.is_transliterated());
        if !source_ok {
            return Err(fail(
                "source_language",
                format!(
                    "source_language `{}` is not one of the written languages",
                    raw.source_language
                ),
                "name the code of a [[languages]] table that is not transliterated",
            ));
        }
        let mut notices = raw.notices;
        if let Some(notices) = &mut notices {
            notices.line = crate::diagnostic::position(text, text.find("[notices]").unwrap_or(0)).0;
        }
        let mut languages = raw.languages;
        for language in &mut languages {
            let at = text.find(&format!("\"{}\"", language.code)).unwrap_or(0);
            language.line = crate::diagnostic::position(text, at).0;
        }
        Ok(Config {
            file: path.to_path_buf(),
            title: raw.title,
            base_url,
            origin,
            base_path,
            source_language: raw.source_language,
            languages,
            messages: raw.messages,
            phones: raw.phones,
            features: raw.features,
            emergency: raw.emergency,
            theme: raw.theme,
            notices,
            budget: raw.budget,
            extra: raw.extra,
        })
    }

    /// A path from the site's root (`/ar/`) as readers' browsers ask for
    /// it: `/info/ar/` for a site under `/info`.
    pub fn path(&self, from_root: &str) -> String {
        format!("{}{from_root}", self.base_path)
    }

    /// The full address of a path from the site's root:
    /// `https://example.org/info/ar/`.
    pub fn address(&self, from_root: &str) -> String {
        format!("{}{from_root}", self.base_url)
    }

    pub fn language(&self, code: &str) -> Option<&Language> {
        self.languages.iter().find(|l| l.code == code)
    }

    /// Languages editors write files in (every language but transliterated ones).
    pub fn written_languages(&self) -> impl Iterator<Item = &Language> {
        self.languages.iter().filter(|l| !l.is_transliterated())
    }

    /// The written languages a reader of `language` is shown, in order:
    /// its own (the one it is made from, if transliterated), its
    /// `fallback` list (or that of the language it is made from), then the
    /// source language.
    pub fn chain<'a>(&'a self, language: &'a Language) -> Vec<&'a Language> {
        let origin = self.language(language.content_code()).unwrap_or(language);
        let fallback = if language.fallback.is_empty() {
            &origin.fallback
        } else {
            &language.fallback
        };
        let mut chain = vec![origin];
        for next in fallback
            .iter()
            .chain([&self.source_language])
            .filter_map(|code| self.language(code))
        {
            if !chain.iter().any(|known| known.code == next.code) {
                chain.push(next);
            }
        }
        chain
    }

    pub fn source(&self) -> &Language {
        // `parse` guarantees the source language is listed.
        self.languages
            .iter()
            .find(|l| l.code == self.source_language)
            .unwrap_or(&self.languages[0])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"
title = "t"
base_url = "https://example.org/"
source_language = "en"
[[languages]]
code = "en"
tag = "en"
name = "English"
direction = "ltr"
[[languages]]
code = "sr"
tag = "sr-Cyrl"
name = "Српски"
direction = "ltr"
[[languages]]
code = "sr-latn"
tag = "sr-Latn"
name = "Srpski"
direction = "ltr"
transliterated_from = "sr"
"#;

    #[test]
    fn parses_languages_in_order_and_trims_base_url() {
        let config = Config::parse(GOOD, Path::new("site.toml")).unwrap();
        assert_eq!(config.base_url, "https://example.org");
        let codes: Vec<_> = config.languages.iter().map(|l| l.code.as_str()).collect();
        assert_eq!(codes, ["en", "sr", "sr-latn"]);
        assert_eq!(config.language("sr-latn").unwrap().content_code(), "sr");
        assert_eq!(config.written_languages().count(), 2);
    }

    #[test]
    fn unknown_key_is_an_error_with_its_line() {
        let text = GOOD.replace("title = \"t\"", "title = \"t\"\ncolour = \"x\"");
        let err = Config::parse(&text, Path::new("site.toml")).unwrap_err();
        assert!(err.message.contains("colour"), "{err}");
        assert_eq!(err.line, Some(3));
    }

    #[test]
    fn only_serbian_cyrillic_to_latin_is_transliterated() {
        let text = GOOD.replace(
            "transliterated_from = \"sr\"",
            "transliterated_from = \"en\"",
        );
        let err = Config::parse(&text, Path::new("site.toml")).unwrap_err();
        assert!(err.message.contains("cannot transliterate"), "{err}");
    }

    #[test]
    fn base_url_is_an_address_with_an_optional_path() {
        for bad in [
            "example.org",
            "https://",
            "https://example.org/info?x=1",
            "https://example.org/a//b",
            "https://example.org/../b",
            "https://user@example.org",
            "ftp://example.org",
        ] {
            let text = GOOD.replace("https://example.org/", bad);
            assert!(
                Config::parse(&text, Path::new("site.toml")).is_err(),
                "{bad}"
            );
        }
    }

    #[test]
    fn a_site_under_a_path_writes_its_links_under_it() {
        let text = GOOD.replace("https://example.org/", "https://example.org/info/");
        let config = Config::parse(&text, Path::new("site.toml")).unwrap();
        assert_eq!(config.origin, "https://example.org");
        assert_eq!(config.base_path, "/info");
        assert_eq!(config.path("/ar/"), "/info/ar/");
        assert_eq!(config.address("/ar/"), "https://example.org/info/ar/");
        let root = Config::parse(GOOD, Path::new("site.toml")).unwrap();
        assert_eq!((root.base_path.as_str(), root.path("/ar/").as_str()), ("", "/ar/"));
    }

    #[test]
    fn source_language_must_be_written() {
        let text = GOOD.replace("source_language = \"en\"", "source_language = \"sr-latn\"");
        assert!(Config::parse(&text, Path::new("site.toml")).is_err());
    }

    #[test]
    fn a_country_code_is_one_to_three_digits() {
        let with = |code: &str| {
            Config::parse(
                &format!("{GOOD}\n[phones]\ncountry_code = \"{code}\"\n"),
                Path::new("site.toml"),
            )
        };
        assert_eq!(
            with("49").map(|c| c.phones.country_code),
            Ok(Some("49".to_string()))
        );
        for bad in ["+49", "0049", "", "1234", "4a"] {
            let err = with(bad).expect_err(bad);
            assert!(
                err.message.contains("is not a country calling code") && err.line.is_some(),
                "{bad}: {err:?}"
            );
        }
    }

    #[test]
    fn fallback_chains_end_with_the_source_language() {
        let text = GOOD
            .replace(
                "code = \"sr-latn\"",
                "code = \"sr-latn\"\nfallback = [\"en\"]",
            )
            .replace("code = \"sr\"\n", "code = \"sr\"\nfallback = [\"en\"]\n");
        let config = Config::parse(&text, Path::new("site.toml")).expect("valid");
        let chain = |code: &str| {
            config
                .chain(config.language(code).expect("language"))
                .iter()
                .map(|l| l.code.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(chain("sr"), ["sr", "en"]);
        assert_eq!(
            chain("sr-latn"),
            ["sr", "en"],
            "made from sr, it reads sr first"
        );
        assert_eq!(chain("en"), ["en"]);
    }
}
