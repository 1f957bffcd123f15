//! The code ledger, `codes.toml` at the site's root: every page number
//! ever given and the page it was given to. A number on a poster or in a
//! text message stays on walls and phones for years, so it must never
//! open another page. `site` checks the pages against it; `udha new`
//! adds to it.
//!
//! It only reads and parses the file; it checks nothing about pages.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::diagnostic::Diagnostic;
use crate::load::site_files;

pub const LEDGER_FILE: &str = "codes.toml";

/// `codes.toml`, read; empty (and `exists` false) when the site has none.
#[derive(Debug, Clone, Default)]
pub struct Ledger {
    pub path: PathBuf,
    pub exists: bool,
    /// Number → the id of the page it was given to.
    pub codes: BTreeMap<u32, String>,
    /// The file's text, for the line of an entry in messages.
    text: String,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLedger {
    #[serde(default)]
    codes: BTreeMap<String, String>,
}

impl Ledger {
    pub fn load(root: &Path) -> Result<Ledger, Diagnostic> {
        let path = root.join(LEDGER_FILE);
        site_files::refuse_links(root, &path)?;
        if !path.is_file() {
            return Ok(Ledger {
                path,
                ..Ledger::default()
            });
        }
        let bytes = site_files::read(root, &path)?;
        let text = String::from_utf8(bytes).map_err(|_| {
            Diagnostic::new(&path, "this file is not UTF-8 text").with_help("save it as UTF-8")
        })?;
        Ledger::parse(&path, text)
    }

    pub fn parse(path: &Path, text: String) -> Result<Ledger, Diagnostic> {
        site_files::refuse_invisible(path, &text)?;
        let raw: RawLedger = toml::from_str(&text).map_err(|err| {
            let at = err.span().map_or(0, |span| span.start);
            Diagnostic::new(path, err.message().to_string())
                .at_offset(&text, at, 1)
                .with_help("codes.toml has one table, [codes], with a line `11 = \"guide/apply\"` per page number")
        })?;
        let mut codes = BTreeMap::new();
        for (key, id) in raw.codes {
            let code = key.parse::<u32>().ok().filter(|code| *code > 0).ok_or_else(|| {
                Diagnostic::new(path, format!("`{key}` is not a page number"))
                    .at_offset(&text, entry_offset(&text, &key), 1)
                    .with_help("write the number as digits, e.g. 11 = \"guide/apply\"")
            })?;
            codes.insert(code, id);
        }
        Ok(Ledger {
            path: path.to_path_buf(),
            exists: true,
            codes,
            text,
        })
    }

    /// The line of the entry for `code`, for messages.
    pub fn line_of(&self, code: u32) -> Option<usize> {
        self.exists
            .then(|| crate::diagnostic::position(&self.text, entry_offset(&self.text, &code.to_string())).0)
    }

    /// A diagnostic pointing at `code`'s entry.
    pub fn at(&self, code: u32, message: impl Into<String>) -> Diagnostic {
        let diagnostic = Diagnostic::new(&self.path, message);
        match self.line_of(code) {
            Some(line) => diagnostic.at_line(line),
            None => diagnostic,
        }
    }
}

/// Where the line setting `key` starts, or 0.
fn entry_offset(text: &str, key: &str) -> usize {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim_start();
        if trimmed
            .strip_prefix(key)
            .or_else(|| trimmed.strip_prefix(&format!("\"{key}\"")))
            .is_some_and(|rest| rest.trim_start().starts_with('='))
        {
            return offset + line.len() - trimmed.len();
        }
        offset += line.len();
    }
    0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_numbers_and_ids_and_finds_their_lines() {
        let ledger = Ledger::parse(
            Path::new("codes.toml"),
            "# every number ever given\n[codes]\n1 = \"\"\n11 = \"guide/apply\"\n".into(),
        )
        .unwrap();
        assert_eq!(ledger.codes.get(&11).map(String::as_str), Some("guide/apply"));
        assert_eq!(ledger.codes.get(&1).map(String::as_str), Some(""));
        assert_eq!(ledger.line_of(11), Some(4));
    }

    #[test]
    fn a_key_that_is_not_a_number_is_an_error_at_its_line() {
        let err = Ledger::parse(Path::new("codes.toml"), "[codes]\n1 = \"\"\neleven = \"x\"\n".into())
            .unwrap_err();
        assert!(err.message.contains("`eleven` is not a page number"), "{err}");
        assert_eq!(err.line, Some(3));
    }
}
