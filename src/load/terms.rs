//! The term register: `terms/<id>.toml`, one file per word a reader must
//! understand (an institution, an organisation, a kind of protection, a
//! step or document of a procedure, a word of the safety pages). Each has,
//! per language, the name a reader says (`say`), its short form
//! (`short`), one or two plain sentences (`explain`) and other words a
//! reader may type (`also`); and its official names as letters, forms and
//! signs write them (`[official]`), with the sources that show them.
//!
//! It reads and checks the files; which sources exist is the site
//! model's to check.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::load::config::Config;
use crate::load::site_files;

pub const TERMS_DIR: &str = "terms";

/// What kind of word a term is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TermKind {
    Institution,
    Organisation,
    Protection,
    Procedure,
    Document,
    Safety,
}

/// A term in one language.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TermText {
    pub say: String,
    #[serde(default)]
    pub short: Option<String>,
    pub explain: String,
    #[serde(default)]
    pub also: Vec<String>,
}

/// One file of the register.
#[derive(Debug, Clone)]
pub struct Term {
    pub path: PathBuf,
    pub kind: TermKind,
    /// The sources that show the official names.
    pub sources: Vec<String>,
    /// By language code, as letters and signs write the name.
    pub official: BTreeMap<String, String>,
    /// Where in those sources the official names stand.
    pub official_where: Option<String>,
    /// By language code.
    pub texts: BTreeMap<String, TermText>,
}

/// `[official]`: names by language, and `where` (serde's `flatten`
/// cannot refuse unknown keys: a key that is not a language is refused
/// below).
#[derive(Deserialize)]
struct Official {
    #[serde(default)]
    r#where: Option<String>,
    #[serde(flatten)]
    names: BTreeMap<String, String>,
}

/// The register by term id (empty without `terms/`).
#[derive(Debug, Clone, Default)]
pub struct Terms(pub BTreeMap<String, Term>);

impl Terms {
    pub fn load(root: &Path, config: &Config) -> Result<Terms, Diagnostics> {
        let dir = root.join(TERMS_DIR);
        let mut terms = BTreeMap::new();
        let mut diagnostics = Diagnostics::default();
        for entry in site_files::walk(root, &dir)? {
            let name = entry.file_name().to_string_lossy().into_owned();
            let Some(id) = name.strip_suffix(".toml").filter(|_| entry.file_type().is_file()) else {
                continue;
            };
            match load_term(root, entry.path(), id, config) {
                Ok(term) => {
                    terms.insert(id.to_string(), term);
                }
                Err(problem) => diagnostics.push(problem),
            }
        }
        diagnostics.into_result(Terms(terms))
    }
}

fn load_term(root: &Path, path: &Path, id: &str, config: &Config) -> Result<Term, Diagnostic> {
    if id.is_empty() || !id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-') {
        return Err(Diagnostic::new(path, format!("`{id}` is not a term id"))
            .with_help("name the file in lower-case letters, digits and `-`: terms/free-line.toml"));
    }
    let text = site_files::read_text(root, path)?;
    site_files::refuse_invisible(path, &text)?;
    let mut table: toml::Table = toml::from_str(&text).map_err(|err| {
        let mut problem = Diagnostic::new(path, format!("term: {}", err.message().trim_end()))
            .with_help("a term file has kind, sources, [official] and a table per language with say, explain and optionally short and also; see terms/README.md");
        if let Some(span) = err.span() {
            problem = problem.at_offset(&text, span.start, 1);
        }
        problem
    })?;
    let at = |key: &str| {
        let offset = text.find(&format!("[{key}]")).or_else(|| text.find(&format!("{key} "))).unwrap_or(0);
        crate::diagnostic::position(&text, offset).0
    };
    let fail = |key: &str, message: String, help: &str| Diagnostic::new(path, message).at_line(at(key)).with_help(help);
    let mut take = |key: &str| table.remove(key);
    let kind: TermKind = take("kind")
        .ok_or_else(|| fail("kind", "the term has no kind".into(), "add kind = \"institution\" (or organisation, protection, procedure, document, safety)"))?
        .try_into()
        .map_err(|_| fail("kind", "kind is not one of institution, organisation, protection, procedure, document, safety".into(), "write kind = \"institution\", say"))?;
    let sources: Vec<String> = take("sources")
        .map(|value| value.try_into())
        .transpose()
        .map_err(|_| fail("sources", "sources must be a list of source ids".into(), "write sources = [\"id\", …], or []"))?
        .unwrap_or_default();
    let official: Official = take("official")
        .map(|value| value.try_into())
        .transpose()
        .map_err(|_| fail("official", "[official] holds the names as text, by language, and `where`".into(), "write sq = \"…\", sr = \"…\" and where = \"…\""))?
        .unwrap_or(Official { r#where: None, names: BTreeMap::new() });
    let languages: Vec<&str> = config.written_languages().map(|l| l.code.as_str()).collect();
    let mut texts = BTreeMap::new();
    for (code, value) in table {
        if !languages.contains(&code.as_str()) {
            return Err(fail(&code, format!("`{code}` is not a key of a term nor a language of the site"), &format!("the keys are kind, sources, [official] and one table per language: {}", languages.join(", "))));
        }
        let text: TermText = value
            .try_into()
            .map_err(|err: toml::de::Error| fail(&code, format!("[{code}]: {}", err.message().trim_end()), "a language's table has say and explain, and optionally short and also"))?;
        texts.insert(code, text);
    }
    if let Some(code) = official.names.keys().find(|code| !languages.contains(&code.as_str())) {
        return Err(fail("official", format!("[official] names `{code}`, which is not a language of the site"), &format!("use one of {}", languages.join(", "))));
    }
    if !texts.contains_key(&config.source_language) {
        return Err(fail("kind", format!("the term has no [{}] table", config.source_language), "add the table with say = \"…\" and explain = \"…\""));
    }
    if !official.names.is_empty() && sources.is_empty() {
        return Err(fail("official", "official names need the source that shows them".into(), "add its id to sources = [\"…\"], or remove the names no source gives"));
    }
    Ok(Term {
        path: path.to_path_buf(),
        kind,
        sources,
        official: official.names,
        official_where: official.r#where,
        texts,
    })
}
