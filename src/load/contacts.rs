//! Contacts written once: `data/contacts.toml` holds the organisations and
//! offices the site's contact cards show, each under an id, with its phone
//! number and e-mail address (checked against the source register like
//! any on a page) and, per language, its name, what it does and its
//! address. A page shows one with a card of its id:
//!
//! ````text
//! ```contact
//! id = "help-line"
//! ```
//! ````
//!
//! It reads and checks the file; the card is `render::markdown`'s.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::diagnostic::{Diagnostic, position};
use crate::load::config::Config;
use crate::load::site_files;

pub const CONTACTS_FILE: &str = "data/contacts.toml";

/// One organisation or office.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// By language code: `name.en = "The help line"`.
    pub name: BTreeMap<String, String>,
    #[serde(default)]
    pub what: BTreeMap<String, String>,
    #[serde(default)]
    pub address: BTreeMap<String, String>,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    /// The line of its table in the file, for messages.
    #[serde(skip)]
    pub line: usize,
}

/// The contacts of `data/contacts.toml` by id (none without the file).
#[derive(Debug, Clone, Default)]
pub struct Contacts {
    pub file: PathBuf,
    pub by_id: BTreeMap<String, Contact>,
}

impl Contact {
    /// `field` in the first of `languages` that has it, with that language.
    pub fn text_in<'a>(
        field: &'a BTreeMap<String, String>,
        languages: impl IntoIterator<Item = &'a str>,
    ) -> Option<(&'a str, &'a str)> {
        languages
            .into_iter()
            .find_map(|code| field.get_key_value(code))
            .map(|(code, text)| (text.as_str(), code.as_str()))
    }
}

/// The ids the contact cards of `markdown` name, each with the index of
/// its line.
pub fn named_in(markdown: &str) -> Vec<(&str, usize)> {
    let mut named = Vec::new();
    let mut in_card = false;
    for (n, line) in markdown.lines().enumerate() {
        let trimmed = line.trim();
        if trimmed.starts_with("```") {
            in_card = trimmed == "```contact";
            continue;
        }
        let id = trimmed
            .strip_prefix("id")
            .and_then(|rest| rest.trim_start().strip_prefix('='))
            .map(|value| value.trim().trim_matches('"'));
        if let Some(id) = id.filter(|_| in_card) {
            named.push((id, n));
        }
    }
    named
}

impl Contacts {
    pub fn load(root: &Path, config: &Config) -> Result<Contacts, Diagnostic> {
        let file = root.join(CONTACTS_FILE);
        if !file.exists() {
            return Ok(Contacts { file, by_id: BTreeMap::new() });
        }
        let text = site_files::read_text(root, &file)?;
        site_files::refuse_invisible(&file, &text)?;
        let mut by_id: BTreeMap<String, Contact> = toml::from_str(&text).map_err(|err| {
            let mut problem = Diagnostic::new(&file, format!("contacts: {}", err.message().trim_end()))
                .with_help("each contact is a table [id] with name.<lang>, and optionally what.<lang>, address.<lang>, phone and email; see docs/editing.md, \"Contacts\"");
            if let Some(span) = err.span() {
                problem = problem.at_offset(&text, span.start, 1);
            }
            problem
        })?;
        let languages: Vec<&str> = config.written_languages().map(|l| l.code.as_str()).collect();
        for (id, contact) in &mut by_id {
            let at = text.find(&format!("[{id}]")).or_else(|| text.find(&format!("[\"{id}\"]"))).unwrap_or(0);
            contact.line = position(&text, at).0;
            let fail = |message: String, help: String| Err(Diagnostic::new(&file, message).at_line(contact.line).with_help(help));
            if !id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-') {
                return fail(format!("`{id}` is not a contact id"), "write it in lower-case letters, digits and `-`: [help-line]".into());
            }
            if !contact.name.contains_key(&config.source_language) {
                return fail(
                    format!("the contact `{id}` has no name in {}", config.source_language),
                    format!("add name.{} = \"...\"", config.source_language),
                );
            }
            let fields = [&contact.name, &contact.what, &contact.address];
            if let Some(code) = fields.iter().flat_map(|f| f.keys()).find(|code| !languages.contains(&code.as_str())) {
                return fail(
                    format!("the contact `{id}` has a text in `{code}`, which is not a language of the site"),
                    format!("use one of {}", languages.join(", ")),
                );
            }
        }
        Ok(Contacts { file, by_id })
    }
}
