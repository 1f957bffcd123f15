//! The source register: `sources/<id>.toml`, one file per document that
//! the site's facts come from, with the hard data (phone numbers, e-mail
//! and street addresses, opening hours, figures, rules) the site takes
//! from it and when each was last confirmed.
//!
//! It loads and checks the register on its own (keys, dates, addresses,
//! one owner per number). Which pages cite which source, and which numbers
//! pages state, is checked against it by `site` and `facts`; how a source
//! is shown to readers is `render`'s job.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::load::content::{date_of, is_valid_slug};
use crate::load::site_files;
use crate::script::digits::ascii_digit;

pub const SOURCES_DIR: &str = "sources";

/// Every source, by id (its file name without `.toml`).
#[derive(Debug, Default)]
pub struct Register {
    pub sources: BTreeMap<String, Source>,
    /// The country calling code numbers are compared under (see `contact_key`).
    country_code: Option<String>,
}

/// One document the site takes facts from.
#[derive(Debug)]
pub struct Source {
    pub id: String,
    pub path: PathBuf,
    /// The document's title in its own language (`language`).
    pub title: String,
    pub language: String,
    /// Who published it, as the source language of the site names them.
    pub publisher: String,
    /// The publisher's name in other languages, by language code; a
    /// language without one shows `publisher`.
    pub publisher_names: BTreeMap<String, String>,
    pub published: Published,
    /// A public web address, where there is one.
    pub url: Option<String>,
    /// When someone last confirmed the source still says what the site says.
    pub confirmed: time::Date,
    pub facts: Vec<Fact>,
}

/// When a document was published, as far as it says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Published {
    Date(time::Date),
    Year(i32),
    /// The document gives no date (e.g. a web page without one).
    Undated,
}

impl Published {
    pub fn year(self) -> Option<i32> {
        match self {
            Published::Date(date) => Some(date.year()),
            Published::Year(year) => Some(year),
            Published::Undated => None,
        }
    }
}

impl Source {
    /// The publisher's name in the first of `codes` (a reader's language
    /// and its fallbacks) that has one, else as `publisher` gives it; and
    /// the code of the language it is in (`None` for `publisher`).
    pub fn publisher_in<'a>(
        &'a self,
        codes: impl IntoIterator<Item = &'a str>,
    ) -> (&'a str, Option<&'a str>) {
        codes
            .into_iter()
            .find_map(|code| self.publisher_names.get_key_value(code))
            .map_or((&self.publisher, None), |(code, name)| {
                (name.as_str(), Some(code.as_str()))
            })
    }
}

/// One piece of hard data the site states, as its source gives it.
#[derive(Debug)]
pub struct Fact {
    pub kind: FactKind,
    /// As the site writes it: `0800 10 000`, `help@agency.example`.
    pub value: String,
    /// What it is, for editors: "free line for newcomers".
    pub what: String,
    /// Where exactly it stands in the source: "Article 22(1)", "heading
    /// 'Your rights'", "p. 14, table 3", so a reviewer finds it in minutes.
    pub place: String,
    /// What the source says there, in the editor's own words.
    pub note: String,
    /// What readers call it, by language code (`names = { en = "Help
    /// line", ar = "خط المساعدة" }`): how a ready message names a phone
    /// number.
    pub names: BTreeMap<String, String>,
    pub confirmed: time::Date,
    /// Its `[[facts]]` line in the source file, for messages.
    pub line: usize,
}

impl Fact {
    /// What readers call it: its name in the first of `codes` (a reader's
    /// language and its fallbacks) that has one, else `what`.
    pub fn name_in<'a>(&'a self, codes: impl IntoIterator<Item = &'a str>) -> &'a str {
        codes
            .into_iter()
            .find_map(|code| self.names.get(code))
            .map_or(&self.what, String::as_str)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FactKind {
    Phone,
    Email,
    Address,
    Hours,
    Figure,
    Rule,
}

impl FactKind {
    pub fn as_str(self) -> &'static str {
        match self {
            FactKind::Phone => "phone number",
            FactKind::Email => "e-mail address",
            FactKind::Address => "address",
            FactKind::Hours => "opening hours",
            FactKind::Figure => "figure",
            FactKind::Rule => "rule",
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SourceToml {
    title: String,
    language: String,
    publisher: String,
    #[serde(default)]
    publisher_names: BTreeMap<String, String>,
    published: toml::Spanned<toml::Value>,
    #[serde(default)]
    url: Option<toml::Spanned<String>>,
    confirmed: toml::Spanned<toml::value::Datetime>,
    #[serde(default)]
    facts: Vec<toml::Spanned<FactToml>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FactToml {
    kind: FactKind,
    value: String,
    what: String,
    #[serde(default, rename = "where")]
    place: String,
    #[serde(default)]
    note: String,
    #[serde(default)]
    confirmed: Option<toml::Spanned<toml::value::Datetime>>,
    #[serde(default)]
    names: BTreeMap<String, String>,
}

impl Register {
    /// Reads every `sources/*.toml`. A site without the folder has an empty
    /// register (and so may cite nothing and state no phone number).
    pub fn load(root: &Path, country_code: Option<&str>) -> Result<Register, Diagnostics> {
        let dir = root.join(SOURCES_DIR);
        site_files::refuse_links(root, &dir)?;
        let entries = match std::fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
                return Ok(Register {
                    country_code: country_code.map(str::to_string),
                    ..Register::default()
                });
            }
            Err(err) => return Err(Diagnostic::io(&dir, &err).into()),
        };
        let mut paths: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "toml"))
            .collect();
        paths.sort();
        let mut diagnostics = Diagnostics::default();
        let mut files = Vec::new();
        for path in paths {
            match site_files::read_text(root, &path) {
                Ok(text) => files.push((path, text)),
                Err(diagnostic) => diagnostics.push(diagnostic),
            }
        }
        match Register::parse(files, country_code) {
            Ok(register) => diagnostics.into_result(register),
            Err(errors) => {
                errors.0.into_iter().for_each(|d| diagnostics.push(d));
                Err(diagnostics)
            }
        }
    }

    /// Builds the register from (path, text) pairs, checking each file and
    /// that no phone number or e-mail address has two sources.
    pub fn parse(
        files: Vec<(PathBuf, String)>,
        country_code: Option<&str>,
    ) -> Result<Register, Diagnostics> {
        let mut diagnostics = Diagnostics::default();
        let mut register = Register {
            country_code: country_code.map(str::to_string),
            ..Register::default()
        };
        for (path, text) in files {
            match parse_source(&path, &text) {
                Ok(source) => {
                    register.sources.insert(source.id.clone(), source);
                }
                Err(diagnostic) => diagnostics.push(diagnostic),
            }
        }
        let mut owners: BTreeMap<String, (&Source, &Fact)> = BTreeMap::new();
        for source in register.sources.values() {
            for fact in &source.facts {
                let Some(key) = register.contact_key(fact.kind, &fact.value) else {
                    continue;
                };
                if let Some((first, _)) = owners.get(&key) {
                    diagnostics.push(
                        Diagnostic::new(
                            &source.path,
                            format!(
                                "the {} {} is listed here and in {}",
                                fact.kind.as_str(),
                                fact.value,
                                first.path.display()
                            ),
                        )
                        .at_line(fact.line)
                        .with_help(
                            "list each number or address once, with the source that backs it best",
                        ),
                    );
                } else {
                    owners.insert(key, (source, fact));
                }
            }
        }
        drop(owners);
        diagnostics.into_result(register)
    }

    /// The fact that lists this phone number or e-mail address, if any.
    pub fn contact(&self, kind: FactKind, value: &str) -> Option<(&Source, &Fact)> {
        let key = self.contact_key(kind, value)?;
        self.sources
            .values()
            .flat_map(|s| s.facts.iter().map(move |f| (s, f)))
            .find(|(_, f)| self.contact_key(f.kind, &f.value).as_deref() == Some(key.as_str()))
    }

    /// What a phone number or e-mail address is compared by: see
    /// `contact_key`. `None` for other kinds of fact.
    pub fn contact_key(&self, kind: FactKind, value: &str) -> Option<String> {
        contact_key(kind, value, self.country_code.as_deref())
    }

    /// The id closest to `wanted`, for "did you mean" hints.
    pub fn closest_id(&self, wanted: &str) -> Option<&str> {
        crate::diagnostic::closest(wanted, self.sources.keys().map(String::as_str))
    }
}

/// How a phone number or e-mail address is compared: a number by the
/// digits one dials inside the site's country, `country_code` (`[phones]`
/// in site.toml): with 1, `+1 555 0100` and `0555 0100` are one
/// number. Arabic-Indic and Persian digits count as digits. An address
/// is compared without case. `None` for other kinds of fact.
fn contact_key(kind: FactKind, value: &str, country_code: Option<&str>) -> Option<String> {
    match kind {
        FactKind::Phone => {
            // `+1 (0)555 …`: the bracketed trunk 0 is not dialled from abroad.
            let digits: String = value
                .replace("(0)", "")
                .chars()
                .filter_map(ascii_digit)
                .collect();
            let international = value
                .trim_start()
                .trim_start_matches("tel:")
                .starts_with('+')
                || digits.starts_with("00");
            let digits = digits.strip_prefix("00").unwrap_or(&digits);
            Some(
                match country_code.and_then(|code| digits.strip_prefix(code)) {
                    Some(rest) if international => format!("0{rest}"),
                    _ => digits.to_string(),
                },
            )
        }
        FactKind::Email => Some(value.trim().to_lowercase()),
        _ => None,
    }
}

fn parse_source(path: &Path, text: &str) -> Result<Source, Diagnostic> {
    let id = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    if !is_valid_slug(&id) {
        return Err(Diagnostic::new(path, format!("`{id}` cannot be a source id"))
            .with_help("name source files with lower-case ASCII letters, digits and `-`, e.g. sources/agency-report-2022.toml"));
    }
    site_files::refuse_invisible(path, text)?;
    let raw: SourceToml = toml::from_str(text).map_err(|err| {
        let at = err.span().map(|span| span.start).unwrap_or(0);
        Diagnostic::new(path, format!("source register: {}", err.message().trim_end()))
            .at_offset(text, at, 1)
            .with_help("the keys are title, language, publisher, published, url, confirmed and [[facts]] (kind, value, what, where, note, confirmed); see docs/editing.md")
    })?;
    let at = |span: std::ops::Range<usize>| move |d: Diagnostic| d.at_offset(text, span.start, 1);
    let date = |value: &toml::Spanned<toml::value::Datetime>, key: &str| {
        date_of(value.get_ref()).ok_or_else(|| {
            at(value.span())(Diagnostic::new(
                path,
                format!("{key} = {} is not a date", value.get_ref()),
            ))
            .with_help(format!(
                "write the date alone, without quotes: {key} = 2026-11-22"
            ))
        })
    };
    let published = match raw.published.get_ref() {
        toml::Value::Datetime(datetime) => date_of(datetime).map(Published::Date),
        toml::Value::Integer(year) if (1900..=9999).contains(year) => i32::try_from(*year).ok().map(Published::Year),
        toml::Value::String(word) if word == "undated" => Some(Published::Undated),
        _ => None,
    }
    .ok_or_else(|| {
        at(raw.published.span())(Diagnostic::new(path, "`published` must be a date, a year, or \"undated\""))
            .with_help("write published = 2018-11-15, or published = 2018 when only the year is known, or published = \"undated\"")
    })?;
    let url = match raw.url {
        Some(url)
            if !(url.get_ref().starts_with("https://") || url.get_ref().starts_with("http://"))
                || url.get_ref().contains(char::is_whitespace) =>
        {
            return Err(at(url.span())(Diagnostic::new(
                path,
                format!("`{}` is not a web address", url.get_ref()),
            ))
            .with_help("write the whole address, starting with https://, or leave `url` out"));
        }
        url => url.map(toml::Spanned::into_inner),
    };
    let confirmed = date(&raw.confirmed, "confirmed")?;
    let mut facts = Vec::new();
    for fact in raw.facts {
        let line = crate::diagnostic::position(text, fact.span().start).0;
        let fact = fact.into_inner();
        let fact_confirmed = match &fact.confirmed {
            Some(value) => date(value, "confirmed")?,
            None => confirmed,
        };
        if contact_key(fact.kind, &fact.value, None).is_some_and(|key| {
            key.len() < 3 || (fact.kind == FactKind::Email && !key.contains('@'))
        }) {
            return Err(Diagnostic::new(
                path,
                format!("`{}` is not a {}", fact.value, fact.kind.as_str()),
            )
            .at_line(line)
            .with_help("write the number with its digits, or the whole e-mail address"));
        }
        for (key, value, example) in [
            ("where", &fact.place, "where = \"Article 22, paragraph 1\""),
            (
                "note",
                &fact.note,
                "note = \"The law gives ten days to appeal.\"",
            ),
        ] {
            if value.trim().is_empty() {
                return Err(Diagnostic::new(path, format!("the fact `{}` does not say `{key}`", fact.value))
                    .at_line(line)
                    .with_help(format!("say where it stands in the source and what the source says there, so a reviewer can check it: {example} (see docs/editing.md)")));
            }
        }
        facts.push(Fact {
            kind: fact.kind,
            value: fact.value,
            what: fact.what,
            place: fact.place,
            note: fact.note,
            names: fact.names,
            confirmed: fact_confirmed,
            line,
        });
    }
    for (key, value) in [
        ("title", &raw.title),
        ("publisher", &raw.publisher),
        ("language", &raw.language),
    ] {
        if value.trim().is_empty() {
            return Err(Diagnostic::new(path, format!("`{key}` is empty"))
                .with_help(format!("write the source's {key}")));
        }
    }
    Ok(Source {
        id,
        path: path.to_path_buf(),
        title: raw.title,
        language: raw.language,
        publisher: raw.publisher,
        publisher_names: raw.publisher_names,
        published,
        url,
        confirmed,
        facts,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const POLICE: &str = "title = \"Campaign\"\nlanguage = \"en\"\npublisher = \"Kosovo Police\"\npublished = 2018-11-15\nconfirmed = 2026-11-22\n\n[[facts]]\nkind = \"phone\"\nvalue = \"0800 11 112\"\nwhat = \"trafficking line\"\nwhere = \"poster, bottom line\"\nnote = \"A free line to report trafficking.\"\nconfirmed = 2018-11-15\n";

    fn register(files: &[(&str, &str)]) -> Result<Register, Diagnostics> {
        Register::parse(
            files
                .iter()
                .map(|(name, text)| {
                    (
                        PathBuf::from(format!("sources/{name}.toml")),
                        text.to_string(),
                    )
                })
                .collect(),
            Some("383"),
        )
    }

    #[test]
    fn a_source_with_its_facts() {
        let register = register(&[("kosovo-police-2018", POLICE)]).unwrap();
        let source = &register.sources["kosovo-police-2018"];
        assert_eq!(
            source.published,
            Published::Date(time::macros::date!(2018 - 11 - 15))
        );
        assert_eq!(source.facts[0].line, 7);
        assert_eq!(
            source.facts[0].confirmed,
            time::macros::date!(2018 - 11 - 15)
        );
        assert!(register.contact(FactKind::Phone, "tel:080011112").is_some());
        assert!(
            register.contact(FactKind::Phone, "۰۸۰۰ ۱۱ ۱۱۲").is_some(),
            "Persian digits are the same number"
        );
        assert!(register.contact(FactKind::Phone, "0800 11 113").is_none());
    }

    #[test]
    fn numbers_match_in_local_and_international_form_of_the_sites_country() {
        let key = |value: &str| contact_key(FactKind::Phone, value, Some("383"));
        assert_eq!(key("+383 38 600 521"), key("038 600 521"));
        assert_eq!(key("00383 38 600 521"), key("038600521"));
        assert_eq!(key("+383 (0)38 600 521"), key("038600521"));
        assert_ne!(key("112"), key("192"));
        assert_ne!(
            contact_key(FactKind::Phone, "+49 30 1234567", Some("383")),
            contact_key(FactKind::Phone, "030 1234567", Some("383")),
            "another country's code is not the site's"
        );
        assert_eq!(
            contact_key(FactKind::Phone, "+49 30 1234567", Some("49")),
            contact_key(FactKind::Phone, "030 1234567", Some("49"))
        );
        assert_eq!(
            contact_key(FactKind::Email, "IOMPristina@iom.int", None).as_deref(),
            Some("iompristina@iom.int")
        );
    }

    #[test]
    fn published_takes_a_date_a_year_or_undated() {
        let with = |value: &str| {
            register(&[(
                "s",
                &POLICE.replace(
                    "2018-11-15\nconfirmed = 2026",
                    &format!("{value}\nconfirmed = 2026"),
                ),
            )])
        };
        assert_eq!(
            with("2021").unwrap().sources["s"].published,
            Published::Year(2021)
        );
        assert_eq!(
            with("\"undated\"").unwrap().sources["s"].published,
            Published::Undated
        );
        let err = with("\"last year\"").unwrap_err();
        assert!(
            err.0[0].message.contains("published") && err.0[0].line == Some(4),
            "{:?}",
            err.0
        );
    }

    #[test]
    fn mistakes_name_the_line_and_the_fix() {
        let err = register(&[("s", &POLICE.replace("publisher", "publsher"))]).unwrap_err();
        assert_eq!(err.0[0].line, Some(3), "{:?}", err.0);
        let err =
            register(&[("s", &POLICE.replace("kind = \"phone\"", "kind = \"fax\""))]).unwrap_err();
        assert!(err.0[0].message.contains("fax"), "{:?}", err.0);
        let err = register(&[("Bad Name", POLICE)]).unwrap_err();
        assert!(
            err.0[0]
                .help
                .as_deref()
                .unwrap_or("")
                .contains("lower-case")
        );
        let err = register(&[(
            "s",
            &POLICE.replace(
                "confirmed = 2026-11-22",
                "confirmed = 2026-11-22\nurl = \"www.example.org\"",
            ),
        )])
        .unwrap_err();
        assert!(err.0[0].message.contains("web address"), "{:?}", err.0);
        let err = register(&[(
            "s",
            &POLICE.replace("where = \"poster, bottom line\"\n", ""),
        )])
        .unwrap_err();
        assert!(
            err.0[0].message.contains("does not say `where`") && err.0[0].line == Some(7),
            "{:?}",
            err.0
        );
        let err = register(&[(
            "s",
            &POLICE.replace("A free line to report trafficking.", " "),
        )])
        .unwrap_err();
        assert!(
            err.0[0].message.contains("does not say `note`"),
            "{:?}",
            err.0
        );
    }

    #[test]
    fn a_number_has_one_source() {
        let err = register(&[("a", POLICE), ("b", POLICE)]).unwrap_err();
        assert!(
            err.0[0]
                .message
                .contains("listed here and in sources/a.toml"),
            "{:?}",
            err.0
        );
    }
}
