//! Content loading: walks `content/`, reads every `<slug>.<lang>.md` file,
//! splits off and parses its TOML front matter, and groups the files of one
//! page id together.
//!
//! It checks what a single file can tell (its name, its encoding, its front
//! matter). Checks that need the whole site (codes, links, missing source
//! files, names udha uses itself) belong to `site`; rendering belongs to
//! later stages.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::Deserialize;

use crate::diagnostic::{Diagnostic, Diagnostics, closest};
use crate::load::config::Config;
use crate::load::site_files;

pub const CONTENT_DIR: &str = "content";
const FRONT_MATTER_FENCE: &str = "+++";

/// How far a translation can be trusted, as its front matter says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Translation {
    /// The original text, in the source language.
    Source,
    /// Made by a machine; nobody has checked it.
    Machine,
    /// A human translation still being written.
    Draft,
    /// Checked by a native speaker.
    Reviewed,
}

/// The settings at the top of a content file, between `+++` lines.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FrontMatter {
    pub title: String,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub code: Option<u32>,
    #[serde(default)]
    pub weight: i64,
    #[serde(default)]
    pub reviewed: Option<toml::value::Datetime>,
    /// When the page (a notice, a news item) was published; lists whose
    /// section has `sort_by = "date"` put the newest first.
    #[serde(default)]
    pub date: Option<toml::value::Datetime>,
    /// When its content last changed in a way readers should know.
    #[serde(default)]
    pub updated: Option<toml::value::Datetime>,
    /// On a notice: the last day it is current. After it, the notice
    /// leaves the home page and the banners and stays in the archive.
    #[serde(default)]
    pub expires: Option<toml::value::Datetime>,
    /// On a notice: shown at the top of every page while it is current.
    #[serde(default)]
    pub urgent: bool,
    /// On a section page: how its list of pages is ordered, `"weight"`
    /// (the default) or `"date"` (newest first).
    #[serde(default)]
    pub sort_by: SortBy,
    /// On a section page: at most this many pages in one list page; the
    /// rest go on `page/2/`, `page/3/` … of the section.
    #[serde(default)]
    pub paginate: Option<std::num::NonZeroUsize>,
    #[serde(default)]
    pub sources: Vec<String>,
    #[serde(default)]
    pub translation: Option<Translation>,
    #[serde(default)]
    pub draft: bool,
    /// On a translation: the fingerprint of the source it was made from
    /// (written by `udha new --lang` and `udha status --mark`).
    #[serde(default)]
    pub source_hash: Option<String>,
    /// On a translation marked reviewed: who reviewed it (name or
    /// initials) and when, as the review workbench of `udha serve` records.
    #[serde(default)]
    pub translation_reviewer: Option<String>,
    #[serde(default)]
    pub translation_reviewed: Option<toml::value::Datetime>,
    /// Old ids of this page (`aliases = ["guide/old-name"]`, on the source
    /// file): their addresses in every language send readers here.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// The page's own settings for templates (`page.extra.*`); udha reads
    /// none of them. A translation's take the place of the source's, key
    /// by key.
    #[serde(default)]
    pub extra: toml::Table,
}

/// How a section orders its pages.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SortBy {
    #[default]
    Weight,
    Date,
}

/// The dates of a page's front matter.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Dates {
    pub date: Option<time::Date>,
    pub updated: Option<time::Date>,
    pub expires: Option<time::Date>,
}

/// One language's file of a page.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// The path as the user should see it in messages (under `--root`).
    pub path: PathBuf,
    pub lang: String,
    pub front: FrontMatter,
    /// The reviewed date as `time::Date`, checked at load.
    pub reviewed: Option<time::Date>,
    /// `date`, `updated` and `expires`, checked at load.
    pub dates: Dates,
    /// The Markdown after the front matter.
    pub body: String,
    /// The line of the file on which `body` starts, for messages.
    pub body_line: usize,
    /// The line of each front-matter key (`sources` → 7), for messages.
    pub key_lines: BTreeMap<String, usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum PageKind {
    /// `content/_index.<lang>.md`
    Home,
    /// `content/<section>/_index.<lang>.md`
    Section,
    /// `content/<section>/<slug>.<lang>.md`
    Leaf,
}

/// Every file of one page id, keyed by language code.
#[derive(Debug, Clone)]
pub struct PageFiles {
    /// `guide/apply`; `guide` for a section; empty for the home page.
    pub id: String,
    pub kind: PageKind,
    pub files: BTreeMap<String, SourceFile>,
}

/// Reads every content file under `root/content`, sorted by page id.
pub fn load(root: &Path, config: &Config) -> Result<Vec<PageFiles>, Diagnostics> {
    let content_dir = root.join(CONTENT_DIR);
    let mut diagnostics = Diagnostics::default();
    let mut paths = Vec::new();
    for entry in site_files::walk(root, &content_dir)? {
        if entry.path_is_symlink() {
            diagnostics.push(site_files::symlink_refused(entry.path()));
        } else if entry.file_type().is_file() {
            let name = entry.file_name().to_string_lossy();
            if !name.starts_with('.') && name.ends_with(".md") {
                paths.push(entry.into_path());
            }
        }
    }

    let loaded: Vec<Result<(String, PageKind, SourceFile), Diagnostic>> = paths
        .par_iter()
        .map(|path| load_file(root, path, config))
        .collect();

    let mut pages: BTreeMap<String, PageFiles> = BTreeMap::new();
    for result in loaded {
        let (id, kind, file) = match result {
            Ok(loaded) => loaded,
            Err(diagnostic) => {
                diagnostics.push(diagnostic);
                continue;
            }
        };
        let page = pages.entry(id.clone()).or_insert_with(|| PageFiles {
            id,
            kind,
            files: BTreeMap::new(),
        });
        if page.kind != kind {
            let other = page
                .files
                .values()
                .next()
                .map(|f| f.path.display().to_string())
                .unwrap_or_default();
            diagnostics.push(
                Diagnostic::new(&file.path, format!("this file and {other} are both the page `{}`, one as a page and one as a section", page.id))
                    .with_help("a page with pages under it is a section: move it into its folder as _index.<lang>.md"),
            );
            continue;
        }
        if let Some(existing) = page.files.get(&file.lang) {
            diagnostics.push(
                Diagnostic::new(
                    &file.path,
                    format!(
                        "this file and {} are both the page `{}` in `{}`, at the same URL",
                        existing.path.display(),
                        page.id,
                        file.lang
                    ),
                )
                .with_help(
                    "rename one of them, or move the section page into its folder as _index",
                ),
            );
            continue;
        }
        page.files.insert(file.lang.clone(), file);
    }
    diagnostics.into_result(pages.into_values().collect())
}

/// Reads one content file again after an edit (for the live preview).
pub fn load_one(
    root: &Path,
    config: &Config,
    path: &Path,
) -> Result<(String, PageKind, SourceFile), Diagnostic> {
    load_file(root, path, config)
}

/// The largest content file udha reads: far above any real page, low
/// enough that a corrupted or mistaken file cannot exhaust memory.
pub const MAX_FILE_BYTES: u64 = 10 * 1024 * 1024;

/// Reads and parses one file; returns its page id, kind and parsed content.
fn load_file(
    root: &Path,
    path: &Path,
    config: &Config,
) -> Result<(String, PageKind, SourceFile), Diagnostic> {
    site_files::refuse_links(root, path)?;
    let content_dir = root.join(CONTENT_DIR);
    let relative = path.strip_prefix(&content_dir).unwrap_or(path);
    let (id, kind, lang) = page_id_of(relative, config)
        .map_err(|(message, help)| Diagnostic::new(path, message).with_help(help))?;

    let size = std::fs::symlink_metadata(path)
        .map_err(|err| Diagnostic::io(path, &err))?
        .len();
    if size > MAX_FILE_BYTES {
        return Err(Diagnostic::new(
            path,
            format!(
                "this file is {} MB; a content file may be at most {} MB",
                size / (1024 * 1024),
                MAX_FILE_BYTES / (1024 * 1024)
            ),
        )
        .with_help("split it into several pages, or check it is the file you meant"));
    }
    let bytes = site_files::read(root, path)?;
    let file = parse_file(path, bytes, &lang, config)?;
    Ok((id, kind, file))
}

/// Parses the bytes of one `lang` content file: encoding, front matter and
/// body. `path` only names the file in messages.
pub fn parse_file(
    path: &Path,
    bytes: Vec<u8>,
    lang: &str,
    config: &Config,
) -> Result<SourceFile, Diagnostic> {
    let text = String::from_utf8(bytes).map_err(|err| {
        let valid =
            String::from_utf8_lossy(&err.as_bytes()[..err.utf8_error().valid_up_to()]).into_owned();
        Diagnostic::new(path, "this file is not UTF-8 text")
            .at_offset(&valid, valid.len(), 1)
            .with_help("save it as UTF-8 in your editor (\"Save with encoding\" → UTF-8)")
    })?;
    let text = text
        .strip_prefix('\u{feff}')
        .unwrap_or(&text)
        .replace("\r\n", "\n");
    site_files::refuse_invisible(path, &text)?;
    let (front_text, body, body_line) = split_front_matter(&text).ok_or_else(|| {
        Diagnostic::new(path, "the file does not start with front matter between `+++` lines")
            .at_line(1)
            .with_help("begin the file with a line `+++`, the settings (title = \"...\"), and another line `+++`")
    })?;
    let front: FrontMatter = toml::from_str(front_text).map_err(|err| {
        let message = err.message().trim_end();
        let help = match unknown_key(message) {
            Some((key, Some(known))) => format!("did you mean `{known}`? (`{key}` is not a front-matter key)"),
            Some((key, None)) => format!("remove `{key}`; the keys are listed in docs/editing.md"),
            None => "front matter is TOML: key = \"text\", numbers without quotes, dates as 2026-11-22; see docs/editing.md for the keys".to_string(),
        };
        let at = err.span().map(|span| span.start).unwrap_or(0);
        Diagnostic::new(path, format!("front matter: {message}")).at_offset(front_text, at, 2).with_help(help)
    })?;
    let key_at = |key: &str| {
        front_text
            .find(&format!("{key} "))
            .or_else(|| front_text.find(key))
            .unwrap_or(0)
    };
    if front.title.trim().is_empty() {
        return Err(Diagnostic::new(path, "the title is empty")
            .at_offset(front_text, key_at("title"), 2)
            .with_help("write the page's title: title = \"...\""));
    }
    if front.code == Some(0) {
        return Err(Diagnostic::new(path, "code 0 is not a page code")
            .at_offset(front_text, key_at("code"), 2)
            .with_help("use a whole number from 1 up that no other page has"));
    }
    let day = |key: &str, value: &Option<toml::value::Datetime>| match value {
        None => Ok(None),
        Some(datetime) => date_of(datetime).map(Some).ok_or_else(|| {
            Diagnostic::new(path, format!("{key} = {datetime} is not a date"))
                .at_offset(front_text, key_at(key), 2)
                .with_help(format!("write the date alone, without quotes: {key} = 2026-11-22"))
        }),
    };
    let reviewed = day("reviewed", &front.reviewed)?;
    let dates = Dates {
        date: day("date", &front.date)?,
        updated: day("updated", &front.updated)?,
        expires: day("expires", &front.expires)?,
    };
    let is_source = lang == config.source_language;
    match front.translation {
        Some(Translation::Source) if !is_source => {
            return Err(Diagnostic::new(path, "translation = \"source\" is only for the source-language file")
                .at_offset(front_text, key_at("translation"), 2)
                .with_help("write \"machine\", \"draft\" or \"reviewed\" to say how far this translation can be trusted"));
        }
        Some(status) if is_source && status != Translation::Source => {
            return Err(Diagnostic::new(
                path,
                format!(
                    "the source-language file says translation = \"{}\"",
                    status.as_str()
                ),
            )
            .at_offset(front_text, key_at("translation"), 2)
            .with_help("remove the line or write translation = \"source\""));
        }
        _ => {}
    }
    // The front matter starts on line 2, after the opening `+++`.
    let key_lines = front_text
        .lines()
        .enumerate()
        .filter_map(|(i, line)| {
            line.split_once('=')
                .map(|(key, _)| (key.trim().to_string(), i + 2))
        })
        .filter(|(key, _)| !key.is_empty() && !key.contains(char::is_whitespace))
        .collect();
    Ok(SourceFile {
        path: path.to_path_buf(),
        lang: lang.to_string(),
        front,
        reviewed,
        dates,
        body: body.to_string(),
        body_line,
        key_lines,
    })
}

impl Translation {
    pub fn as_str(self) -> &'static str {
        match self {
            Translation::Source => "source",
            Translation::Machine => "machine",
            Translation::Draft => "draft",
            Translation::Reviewed => "reviewed",
        }
    }
}

impl SourceFile {
    /// The line of front-matter `key`, or the first line when it is not there.
    pub fn line_of(&self, key: &str) -> usize {
        self.key_lines.get(key).copied().unwrap_or(1)
    }

    /// The translation status, with the defaults filled in: the source file
    /// is the source, a translation that does not say is a draft.
    pub fn translation(&self, source_language: &str) -> Translation {
        match self.front.translation {
            Some(status) => status,
            None if self.lang == source_language => Translation::Source,
            None => Translation::Draft,
        }
    }
}

/// `text` (a whole content file) with `key = value` set in its front
/// matter: the line replaced if the key is there, added at the end if not.
/// `value` is written as given (TOML: quote strings).
pub fn set_front_matter_key(text: &str, key: &str, value: &str) -> Option<String> {
    let (front, body, _) = split_front_matter(text)?;
    let mut lines: Vec<String> = front.lines().map(str::to_string).collect();
    let line = format!("{key} = {value}");
    match lines
        .iter_mut()
        .find(|l| l.split('=').next().is_some_and(|k| k.trim() == key))
    {
        Some(existing) => *existing = line,
        None => lines.push(line),
    }
    Some(format!(
        "{FRONT_MATTER_FENCE}\n{}\n{FRONT_MATTER_FENCE}\n{body}",
        lines.join("\n")
    ))
}

/// The front-matter keys only a source file may have: a page's dates are
/// the same in every language.
pub const SOURCE_ONLY_KEYS: [&str; 4] = ["date", "updated", "expires", "urgent"];

/// `text` (a whole content file) without the one-line front-matter `keys`.
pub fn remove_front_matter_keys(text: &str, keys: &[&str]) -> Option<String> {
    let (front, body, _) = split_front_matter(text)?;
    let lines: Vec<&str> = front
        .lines()
        .filter(|l| !l.split('=').next().is_some_and(|k| keys.contains(&k.trim())))
        .collect();
    Some(format!(
        "{FRONT_MATTER_FENCE}\n{}\n{FRONT_MATTER_FENCE}\n{body}",
        lines.join("\n")
    ))
}

/// `text` (a whole content file) with its Markdown after the front matter
/// replaced by `body`.
pub fn replace_body(text: &str, body: &str) -> Option<String> {
    let (front, _, _) = split_front_matter(text)?;
    Some(format!(
        "{FRONT_MATTER_FENCE}\n{front}{FRONT_MATTER_FENCE}\n{body}"
    ))
}

/// The body of a content file: its Markdown after the front matter.
pub fn body_of(text: &str) -> Option<&str> {
    split_front_matter(text).map(|(_, body, _)| body)
}

/// From serde's "unknown field `titel`, expected one of `title`, ..." the
/// unknown key and the known key closest to it.
fn unknown_key(message: &str) -> Option<(&str, Option<&str>)> {
    let rest = message.strip_prefix("unknown field `")?;
    let (key, expected) = rest.split_once('`')?;
    let known = expected.split('`').skip(1).step_by(2);
    Some((key, closest(key, known)))
}

/// A TOML date without a time as `time::Date`.
pub(crate) fn date_of(datetime: &toml::value::Datetime) -> Option<time::Date> {
    match (datetime.date, datetime.time) {
        (Some(date), None) => {
            let month = time::Month::try_from(date.month).ok()?;
            time::Date::from_calendar_date(i32::from(date.year), month, date.day).ok()
        }
        _ => None,
    }
}

/// `guide/apply.en.md` → (`guide/apply`, Leaf, `en`); errors say what to rename.
fn page_id_of(
    relative: &Path,
    config: &Config,
) -> Result<(String, PageKind, String), (String, String)> {
    let mut parts: Vec<String> = Vec::new();
    for component in relative.iter() {
        parts.push(component.to_string_lossy().into_owned());
    }
    let file_name = parts.pop().unwrap_or_default();
    let pieces: Vec<&str> = file_name.split('.').collect();
    let [stem, lang, "md"] = pieces[..] else {
        return Err((
            format!("`{file_name}` has no language suffix"),
            format!(
                "name content files <slug>.<language>.md, e.g. `{}.{}.md`",
                pieces[0], config.source_language
            ),
        ));
    };
    let written: Vec<&str> = config
        .written_languages()
        .map(|l| l.code.as_str())
        .collect();
    if !written.contains(&lang) {
        return Err((
            format!("the language suffix `{lang}` is not one of the site's languages"),
            format!(
                "use one of {} (languages are listed in site.toml)",
                written.join(", ")
            ),
        ));
    }
    for part in parts
        .iter()
        .map(String::as_str)
        .chain((stem != "_index").then_some(stem))
    {
        if !is_valid_slug(part) {
            return Err((
                format!("`{part}` cannot be part of a URL"),
                format!(
                    "use lower-case ASCII letters, digits and `-` only, e.g. `{}`",
                    suggest_slug(part)
                ),
            ));
        }
    }
    let kind = match (stem, parts.is_empty()) {
        ("_index", true) => PageKind::Home,
        ("_index", false) => PageKind::Section,
        _ => PageKind::Leaf,
    };
    if stem != "_index" {
        parts.push(stem.to_string());
    }
    Ok((parts.join("/"), kind, lang.to_string()))
}

pub(crate) fn is_valid_slug(slug: &str) -> bool {
    !slug.is_empty()
        && slug
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !slug.starts_with('-')
        && !slug.ends_with('-')
}

fn suggest_slug(text: &str) -> String {
    let lowered: String = text
        .to_ascii_lowercase()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    let joined = lowered
        .split('-')
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    if joined.is_empty() {
        "my-page".to_string()
    } else {
        joined
    }
}

/// Splits `+++\n<toml>\n+++\n<body>`; returns the TOML, the body and the
/// 1-based line on which the body starts.
fn split_front_matter(text: &str) -> Option<(&str, &str, usize)> {
    let rest = text.strip_prefix(FRONT_MATTER_FENCE)?.strip_prefix('\n')?;
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        if line.trim_end() == FRONT_MATTER_FENCE {
            let front = &rest[..offset];
            let body = &rest[offset + line.len()..];
            let body_line = 2 + front.matches('\n').count() + 1;
            return Some((front, body, body_line));
        }
        offset += line.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config() -> Config {
        Config::parse(
            "title='t'\nbase_url='https://e.org'\nsource_language='en'\n[[languages]]\ncode='en'\ntag='en'\nname='English'\ndirection='ltr'\n[[languages]]\ncode='ar'\ntag='ar'\nname='العربية'\ndirection='rtl'\n",
            Path::new("site.toml"),
        )
        .unwrap()
    }

    #[test]
    fn page_ids_from_paths() {
        let c = config();
        assert_eq!(
            page_id_of(Path::new("_index.en.md"), &c).unwrap(),
            (String::new(), PageKind::Home, "en".into())
        );
        assert_eq!(
            page_id_of(Path::new("asylum/_index.ar.md"), &c).unwrap(),
            ("asylum".into(), PageKind::Section, "ar".into())
        );
        assert_eq!(
            page_id_of(Path::new("asylum/apply.en.md"), &c).unwrap(),
            ("asylum/apply".into(), PageKind::Leaf, "en".into())
        );
    }

    #[test]
    fn bad_names_say_how_to_rename() {
        let c = config();
        let (message, help) = page_id_of(Path::new("asylum/apply.de.md"), &c).unwrap_err();
        assert!(
            message.contains("`de`") && help.contains("en, ar"),
            "{message} / {help}"
        );
        let (_, help) = page_id_of(Path::new("asylum/Apply Now.en.md"), &c).unwrap_err();
        assert!(help.contains("apply-now"), "{help}");
        assert!(page_id_of(Path::new("asylum/apply.md"), &c).is_err());
    }

    #[test]
    fn front_matter_keys_are_replaced_or_added() {
        let text = "+++\ntitle = \"A\"\ncode = 1\n+++\nBody\n";
        assert_eq!(
            set_front_matter_key(text, "code", "2").unwrap(),
            "+++\ntitle = \"A\"\ncode = 2\n+++\nBody\n"
        );
        assert_eq!(
            set_front_matter_key(text, "source_hash", "\"ab\"").unwrap(),
            "+++\ntitle = \"A\"\ncode = 1\nsource_hash = \"ab\"\n+++\nBody\n"
        );
        assert!(set_front_matter_key("no front matter", "code", "1").is_none());
        assert_eq!(
            replace_body(text, "New\n").unwrap(),
            "+++\ntitle = \"A\"\ncode = 1\n+++\nNew\n"
        );
        assert_eq!(body_of(text), Some("Body\n"));
    }

    #[test]
    fn unknown_keys_get_a_suggestion() {
        let message = "unknown field `titel`, expected one of `title`, `description`, `code`";
        assert_eq!(unknown_key(message), Some(("titel", Some("title"))));
        assert_eq!(
            unknown_key("unknown field `zzz`, expected `title`"),
            Some(("zzz", None))
        );
        assert_eq!(unknown_key("missing field `title`"), None);
    }

    #[test]
    fn front_matter_split_reports_body_line() {
        let (front, body, line) =
            split_front_matter("+++\ntitle = \"x\"\ncode = 1\n+++\nHello\n").unwrap();
        assert_eq!(front, "title = \"x\"\ncode = 1\n");
        assert_eq!(body, "Hello\n");
        assert_eq!(line, 5);
        assert!(split_front_matter("title = 1").is_none());
        assert!(split_front_matter("+++\ntitle = 1\n").is_none());
    }
}
