//! UI strings: loads `locales/<lang>/*.ftl` (on top of the theme's, see
//! `load::theme`) into one Fluent bundle per written language and formats
//! messages for templates.
//!
//! It owns every piece of human-language text that is not content: menus,
//! notices, buttons, dates and counts. It does not know about pages or
//! templates.
//!
//! Decisions, and why:
//! - Bundles are Fluent's `concurrent` kind so rendering can run on rayon
//!   threads; they are built once per build.
//! - Bidi isolation marks (U+2068/U+2069) are turned off. Fluent would wrap
//!   every argument in them, and they would end up inside attributes,
//!   `<title>`, meta tags and URLs, where they are invisible junk that breaks
//!   copying and matching. Direction is handled by HTML instead: `dir` on
//!   `<html>` and on content, and `dir="ltr"` on numbers and links.
//! - Fluent does not escape arguments. udha never marks a message as safe
//!   HTML: Tera's autoescaping escapes message and arguments together, so
//!   `.ftl` files hold plain text only.
//! - Numbers are formatted unseparated, then shown in the language's
//!   digits (`digits` in site.toml, see `script::digits`) by the `t()`
//!   function (`render::templates`), so dates and counts match the text
//!   around them.
//! - Dates are written by the `date` message of each language from its
//!   `month-N` names, so each locale decides the order of day, month, year.
//! - A message missing in a language falls back along the language's
//!   chain (its `fallback` list, then the source language); `udha check`
//!   lists what is missing. A message may refer to one its language
//!   leaves to the chain (`{ site-name }` in a theme string, with
//!   `site-name` defined only in the source language).

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use unic_langid::LanguageIdentifier;

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::load::config::{Calendar, Config, Language};
use crate::load::{site_files, theme};
use crate::script::transliterate::serbian_to_latin;

pub const LOCALES_DIR: &str = "locales";

type Bundle = FluentBundle<Arc<FluentResource>>;

/// One written language's Fluent files, as read: the site's take
/// precedence over the theme's.
#[derive(Default)]
struct Resources {
    site: Vec<Arc<FluentResource>>,
    theme: Vec<Arc<FluentResource>>,
}

/// Every language's UI strings, ready to format from any thread.
pub struct Localizer {
    source_language: String,
    /// For each language, the written languages to look in, in order.
    chains: HashMap<String, Vec<String>>,
    bundles: HashMap<String, Bundle>,
    /// Message ids defined per written language, for `udha check`.
    keys: BTreeMap<String, BTreeSet<String>>,
}

impl Localizer {
    /// Reads every `.ftl` file of every written language: the theme's
    /// (`load::theme`), then the site's, whose messages take the place of
    /// the theme's of the same id.
    pub fn load(root: &Path, config: &Config) -> Result<Localizer, Diagnostics> {
        let (mut theirs, mut own) = (Vec::new(), Vec::new());
        let mut diagnostics = Diagnostics::default();
        for language in config.written_languages() {
            let folder = format!("{LOCALES_DIR}/{}", language.code);
            match theme::files(root, config, &folder) {
                Ok(files) => {
                    for file in files
                        .into_iter()
                        .filter(|f| f.name.ends_with(".ftl") && !f.name.contains('/'))
                    {
                        match theme::text(file) {
                            Ok((_, path, text)) => theirs.push((language.code.clone(), path, text)),
                            Err(diagnostic) => diagnostics.push(diagnostic),
                        }
                    }
                }
                Err(diagnostic) => diagnostics.push(diagnostic),
            }
            let dir = root.join(&folder);
            if let Err(link) = site_files::refuse_links(root, &dir) {
                diagnostics.push(link);
                continue;
            }
            let Ok(entries) = std::fs::read_dir(&dir) else {
                continue;
            };
            let mut paths: Vec<PathBuf> = entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
                .collect();
            paths.sort();
            for path in paths {
                match site_files::read_text(root, &path) {
                    Ok(text) => own.push((language.code.clone(), path, text)),
                    Err(diagnostic) => diagnostics.push(diagnostic),
                }
            }
        }
        let localizer = Localizer::from_sources(config, theirs, own);
        match localizer {
            Ok(localizer) => diagnostics.into_result(localizer),
            Err(mut errors) => {
                errors.0.extend(diagnostics.0);
                Err(errors)
            }
        }
    }

    /// Builds the bundles from (language code, path, text) triples: the
    /// theme's, then the site's, which may redefine the theme's messages.
    pub fn from_sources(
        config: &Config,
        theme: Vec<(String, PathBuf, String)>,
        site: Vec<(String, PathBuf, String)>,
    ) -> Result<Localizer, Diagnostics> {
        let mut diagnostics = Diagnostics::default();
        let mut resources: HashMap<String, Resources> = HashMap::new();
        let mut keys: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for language in config.written_languages() {
            resources.insert(language.code.clone(), Default::default());
            keys.insert(language.code.clone(), BTreeSet::new());
        }
        let layers = [(false, theme), (true, site)];
        for (overrides, files) in layers {
            // Ids defined so far in this layer, per language.
            let mut defined: HashMap<String, BTreeSet<String>> = HashMap::new();
            for (code, path, text) in files {
                if let Err(invisible) = site_files::refuse_invisible(&path, &text) {
                    diagnostics.push(invisible);
                    continue;
                }
                if let Err(problem) = refuse_bad_escape(&path, &text) {
                    diagnostics.push(problem);
                    continue;
                }
                let resource = match FluentResource::try_new(text.clone()) {
                    Ok(resource) => resource,
                    Err((_, errors)) => {
                        for error in errors {
                            diagnostics.push(
                                Diagnostic::new(&path, format!("Fluent syntax error: {}", error.kind))
                                    .at_offset(&text, error.pos.start.min(text.trim_end().len()), 1)
                                    .with_help("a message is `key = text`; continuation lines are indented; see projectfluent.org for the syntax"),
                            );
                        }
                        continue;
                    }
                };
                let ids: Vec<(String, usize)> = resource
                    .entries()
                    .filter_map(|entry| match entry {
                        fluent_syntax::ast::Entry::Message(message) => {
                            Some(message.id.name.to_string())
                        }
                        _ => None,
                    })
                    .map(|id| {
                        let at = text.find(&format!("\n{id} ")).map(|at| at + 1).unwrap_or(0);
                        (id, at)
                    })
                    .collect();
                let (Some(read), Some(known)) = (resources.get_mut(&code), keys.get_mut(&code))
                else {
                    continue;
                };
                let layer = defined.entry(code.clone()).or_default();
                for (id, at) in &ids {
                    known.insert(id.clone());
                    if !layer.insert(id.clone()) {
                        diagnostics.push(
                            Diagnostic::new(
                                &path,
                                format!("the message `{id}` is defined twice for `{code}`"),
                            )
                            .at_offset(&text, *at, 1)
                            .with_help("keep one definition"),
                        );
                    }
                }
                if overrides {
                    read.site.push(Arc::new(resource));
                } else {
                    read.theme.push(Arc::new(resource));
                }
            }
        }
        // Each language's bundle also holds its chain's messages, after its
        // own, so that references resolve; `format_in` answers only for the
        // language's own (`keys`).
        let mut bundles: HashMap<String, Bundle> = HashMap::new();
        for language in config.written_languages() {
            let tag: LanguageIdentifier = language.tag.parse().unwrap_or_default();
            let mut bundle = Bundle::new_concurrent(vec![tag]);
            bundle.set_use_isolating(false);
            for code in config.chain(language).iter().map(|l| l.content_code()) {
                if let Some(read) = resources.get(code) {
                    for resource in read.site.iter().chain(&read.theme) {
                        // A message already added takes precedence; duplicates
                        // within a layer were reported above.
                        let _ = bundle.add_resource(Arc::clone(resource));
                    }
                }
            }
            bundles.insert(language.code.clone(), bundle);
        }
        let chains = config
            .languages
            .iter()
            .map(|language| {
                (
                    language.code.clone(),
                    config
                        .chain(language)
                        .iter()
                        .map(|l| l.code.clone())
                        .collect(),
                )
            })
            .collect();
        diagnostics.into_result(Localizer {
            source_language: config.source_language.clone(),
            chains,
            bundles,
            keys,
        })
    }

    /// Formats message `key` for `language`, falling back along its chain
    /// (`fallback` in site.toml, then the source language); Serbian Latin
    /// is transliterated from Serbian Cyrillic.
    pub fn format(
        &self,
        language: &Language,
        key: &str,
        args: Option<&FluentArgs>,
    ) -> Result<String, String> {
        self.format_if_defined(language, key, args)
            .unwrap_or_else(|| {
                Err(format!(
                    "there is no message `{key}` in locales/{}/ or locales/{}/",
                    language.content_code(),
                    self.source_language
                ))
            })
    }

    /// As `format`, or `None` when no language of `language`'s fallback
    /// chain defines `key` (for messages a site may leave out).
    pub fn format_if_defined(
        &self,
        language: &Language,
        key: &str,
        args: Option<&FluentArgs>,
    ) -> Option<Result<String, String>> {
        let fallback = [
            language.content_code().to_string(),
            self.source_language.clone(),
        ];
        let chain = self
            .chains
            .get(&language.code)
            .map_or(&fallback[..], Vec::as_slice);
        let text = chain
            .iter()
            .find_map(|code| self.format_in(code, key, args))?;
        Some(match text {
            Ok(text) if language.is_transliterated() => Ok(serbian_to_latin(&text)),
            result => result,
        })
    }

    fn format_in(
        &self,
        code: &str,
        key: &str,
        args: Option<&FluentArgs>,
    ) -> Option<Result<String, String>> {
        if !self.keys.get(code).is_some_and(|keys| keys.contains(key)) {
            return None;
        }
        let bundle = self.bundles.get(code)?;
        let pattern = bundle.get_message(key)?.value()?;
        let mut errors = Vec::new();
        let text = bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned();
        Some(match errors.first() {
            None => Ok(text),
            Some(error) => Err(format!("message `{key}` in locales/{code}/: {error}")),
        })
    }

    /// A date as the language writes it, e.g. `22 November 2026`: the
    /// message `date` with `$day`, `$month` (the message `month-N`),
    /// `$month_number` and `$year`. In a language whose calendar is
    /// Persian, the message `date-persian` with the same arguments in the
    /// Solar Hijri calendar (months `persian-month-N`) and `$gregorian`,
    /// the date as `date` writes it.
    pub fn format_date(&self, language: &Language, date: time::Date) -> Result<String, String> {
        let args = self.date_args(language, "month", date.year(), u8::from(date.month()), date.day())?;
        let gregorian = self.format(language, "date", Some(&args))?;
        match language.calendar {
            Calendar::Gregorian => Ok(gregorian),
            Calendar::Persian => {
                let iso = icu_calendar::Date::try_new_iso(date.year(), u8::from(date.month()), date.day())
                    .map_err(|err| format!("{date} cannot be shown in the Persian calendar: {err}"))?;
                let persian = iso.to_calendar(icu_calendar::cal::Persian);
                let mut args = self.date_args(language, "persian-month", persian.era_year().year, persian.month().ordinal, persian.day_of_month().0)?;
                args.set("gregorian", gregorian);
                self.format(language, "date-persian", Some(&args))
            }
        }
    }

    fn date_args(&self, language: &Language, months: &str, year: i32, month: u8, day: u8) -> Result<FluentArgs<'static>, String> {
        let mut args = FluentArgs::new();
        args.set("day", day);
        args.set("month", self.format(language, &format!("{months}-{month}"), None)?);
        args.set("month_number", month);
        args.set("year", year);
        Ok(args)
    }

    /// Message ids the source language has and `code` lacks.
    pub fn missing_keys(&self, code: &str) -> Vec<String> {
        let empty = BTreeSet::new();
        let source = self.keys.get(&self.source_language).unwrap_or(&empty);
        let have = self.keys.get(code).unwrap_or(&empty);
        source.difference(have).cloned().collect()
    }
}

/// A backslash followed by a letter outside ASCII, or `\u`/`\U` whose
/// digits are not ASCII: Fluent's parser (0.12) panics on these instead of
/// reporting them (projectfluent/fluent-rs#389), so they are refused here
/// with the place and what to write instead.
fn refuse_bad_escape(path: &Path, text: &str) -> Result<(), Diagnostic> {
    for (at, _) in text.match_indices('\\') {
        let mut rest = text[at + 1..].chars();
        let bad = match rest.next() {
            Some(c) if !c.is_ascii() => true,
            Some('u') => !rest.take(4).all(|c| c.is_ascii()),
            Some('U') => !rest.take(6).all(|c| c.is_ascii()),
            _ => false,
        };
        if bad {
            return Err(Diagnostic::new(path, "a backslash here starts an escape Fluent cannot read")
                .at_offset(text, at, 1)
                .with_help("write the character itself, without the backslash; in a quoted text Fluent knows only \\\", \\\\, \\u and four hex digits, \\U and six"));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config() -> Config {
        let text = "title='t'\nbase_url='https://e.org'\nsource_language='en'\n\
            [[languages]]\ncode='en'\ntag='en'\nname='English'\ndirection='ltr'\n\
            [[languages]]\ncode='sr'\ntag='sr-Cyrl'\nname='Српски'\ndirection='ltr'\n\
            [[languages]]\ncode='sr-latn'\ntag='sr-Latn'\nname='Srpski'\ndirection='ltr'\ntransliterated_from='sr'\n\
            [[languages]]\ncode='ar'\ntag='ar'\nname='العربية'\ndirection='rtl'\n";
        Config::parse(text, Path::new("site.toml")).unwrap()
    }

    fn localizer() -> Localizer {
        let files = vec![
            ("en".into(), PathBuf::from("en.ftl"), "pages = { $count ->\n    [one] one page\n   *[other] { $count } pages\n}\nhello = Hello { $name }\nonly-en = Only English\nmonth-11 = November\ndate = { $day } { $month } { $year }\n".into()),
            ("sr".into(), PathBuf::from("sr.ftl"), "pages = { $count ->\n    [one] { $count } страница\n    [few] { $count } странице\n   *[other] { $count } страница\n}\nhello = Здраво { $name }\nmonth-11 = новембар\ndate = { $day }. { $month } { $year }.\n".into()),
            ("ar".into(), PathBuf::from("ar.ftl"), "pages = { $count ->\n    [zero] لا صفحات\n    [one] صفحة واحدة\n    [two] صفحتان\n    [few] { $count } صفحات\n    [many] { $count } صفحة\n   *[other] { $count } صفحةً\n}\n".into()),
        ];
        Localizer::from_sources(&config(), Vec::new(), files).unwrap()
    }

    fn count(l: &Localizer, code: &str, n: i64) -> String {
        let config = config();
        let mut args = FluentArgs::new();
        args.set("count", n);
        l.format(config.language(code).unwrap(), "pages", Some(&args))
            .unwrap()
    }

    #[test]
    fn arabic_has_six_plural_forms() {
        let l = localizer();
        let forms: Vec<String> = [0, 1, 2, 3, 11, 100]
            .iter()
            .map(|&n| count(&l, "ar", n))
            .collect();
        assert_eq!(
            forms,
            [
                "لا صفحات",
                "صفحة واحدة",
                "صفحتان",
                "3 صفحات",
                "11 صفحة",
                "100 صفحةً"
            ]
        );
    }

    #[test]
    fn serbian_has_one_few_other_in_both_scripts() {
        let l = localizer();
        assert_eq!(count(&l, "sr", 1), "1 страница");
        assert_eq!(count(&l, "sr", 21), "21 страница");
        assert_eq!(count(&l, "sr", 3), "3 странице");
        assert_eq!(count(&l, "sr", 5), "5 страница");
        assert_eq!(count(&l, "sr-latn", 3), "3 stranice");
    }

    #[test]
    fn english_one_and_other() {
        let l = localizer();
        assert_eq!(count(&l, "en", 1), "one page");
        assert_eq!(count(&l, "en", 2), "2 pages");
    }

    #[test]
    fn arguments_carry_no_isolation_marks_and_missing_keys_fall_back() {
        let l = localizer();
        let config = config();
        let mut args = FluentArgs::new();
        args.set("name", "<b>");
        let text = l
            .format(config.language("ar").unwrap(), "hello", Some(&args))
            .unwrap();
        assert_eq!(
            text, "Hello <b>",
            "falls back to English, raw text for Tera to escape"
        );
        assert!(!text.contains('\u{2068}'));
        assert_eq!(l.missing_keys("sr"), ["only-en"]);
        assert!(
            l.format(config.language("en").unwrap(), "nope", None)
                .is_err()
        );
    }

    #[test]
    fn dates_follow_each_language() {
        let l = localizer();
        let config = config();
        let date = time::macros::date!(2026 - 11 - 02);
        assert_eq!(
            l.format_date(config.language("en").unwrap(), date).unwrap(),
            "2 November 2026"
        );
        assert_eq!(
            l.format_date(config.language("sr").unwrap(), date).unwrap(),
            "2. новембар 2026."
        );
        assert_eq!(
            l.format_date(config.language("sr-latn").unwrap(), date)
                .unwrap(),
            "2. novembar 2026."
        );
    }

    #[test]
    fn escapes_fluent_cannot_read_are_refused_not_crashed_on() {
        for text in ["a = {\"\\ǔ\"}\n", "x = ok\nb = {\"\\Uк12345\"}\n", "c = {\"\\uабвг\"}\n"] {
            let err = refuse_bad_escape(Path::new("locales/en/main.ftl"), text).unwrap_err();
            assert!(err.message.contains("escape Fluent cannot read"), "{text}: {err}");
        }
        assert!(refuse_bad_escape(Path::new("x.ftl"), "x = C:\\dir {\"\\u0041\\\\\"}\n").is_ok());
    }

    #[test]
    fn syntax_errors_name_the_line() {
        let files = vec![(
            "en".into(),
            PathBuf::from("bad.ftl"),
            "ok = fine\nbroken = { $x\n".into(),
        )];
        let err = Localizer::from_sources(&config(), Vec::new(), files)
            .err()
            .unwrap();
        assert_eq!(err.0[0].line, Some(2), "{err}");
    }
}
