//! Page numbers that never break: the pages checked against the code
//! ledger (`load::ledger`, `codes.toml`). A number once given stays with
//! its page; a page that changed its number keeps the old one too; a
//! page that was removed leaves its number (and its old address) to a
//! page that says so. Also the old ids a page lists in `aliases`.
//!
//! It decides what each number and old address leads to; rendering
//! those pages is `render::moved`'s.

use std::collections::{BTreeSet, HashMap};
use std::path::Path;

use crate::diagnostic::Diagnostic;
use crate::load::ledger::{LEDGER_FILE, Ledger};

/// What the ledger checks of one page, in the site's order.
pub struct Numbered<'a> {
    /// Its index in `Site::pages`.
    pub index: usize,
    pub id: &'a str,
    pub code: u32,
    /// Its source-language file, for messages.
    pub file: &'a Path,
    pub aliases: &'a [String],
}

/// What the ledger says besides the pages' own numbers.
#[derive(Debug, Clone, Default)]
pub struct Numbers {
    /// The ledger itself, for `udha new`.
    pub ledger: Ledger,
    /// A page's earlier number (page index, number): it still opens it.
    pub old: Vec<(usize, u32)>,
    /// A page that no longer exists: its number and its id.
    pub removed: Vec<(u32, String)>,
}

/// Checks `pages` against `ledger` (when the site has one and uses page
/// numbers) and every page's aliases; what the ledger adds to them, or
/// every problem, each with the file and what to do.
pub fn check(pages: &[Numbered], ledger: Ledger, short_codes: bool) -> (Numbers, Vec<Diagnostic>) {
    let mut problems = aliases(pages);
    let mut numbers = Numbers { ledger, ..Numbers::default() };
    if !short_codes || !numbers.ledger.exists {
        return (numbers, problems);
    }
    let ledger = &numbers.ledger;
    let by_id: HashMap<&str, &Numbered> = pages.iter().map(|p| (p.id, p)).collect();
    let by_code: HashMap<u32, &Numbered> = pages.iter().map(|p| (p.code, p)).collect();
    // A page renamed without its ledger line changed: the old id is an alias.
    let by_alias: HashMap<&str, &Numbered> = pages
        .iter()
        .flat_map(|p| p.aliases.iter().map(move |alias| (alias.as_str(), p)))
        .collect();
    let next_free = ledger
        .codes
        .keys()
        .copied()
        .chain(pages.iter().map(|p| p.code))
        .max()
        .unwrap_or(0)
        + 1;
    for (&code, id) in &ledger.codes {
        match (by_id.get(id.as_str()), by_code.get(&code)) {
            (_, Some(taker)) if taker.id != id => {
                problems.push(
                    Diagnostic::new(
                        taker.file,
                        format!(
                            "page number {code} was given to `{}` ({LEDGER_FILE}, line {}); a number on a poster or in a message must never open another page",
                            display_id(id),
                            ledger.line_of(code).unwrap_or(0)
                        ),
                    )
                    .with_help(format!(
                        "give `{}` a new number (code = {next_free} is free); if it is `{}` under a new name, write {code} = \"{}\" in {LEDGER_FILE} and aliases = [\"{}\"] in its front matter",
                        display_id(taker.id),
                        display_id(id),
                        taker.id,
                        id
                    )),
                );
            }
            (Some(page), None) => numbers.old.push((page.index, code)),
            (Some(_), Some(_)) => {}
            (None, Some(_)) => {}
            (None, None) => match by_alias.get(id.as_str()) {
                Some(page) => numbers.old.push((page.index, code)),
                None => numbers.removed.push((code, id.clone())),
            },
        }
    }
    for page in pages {
        if !ledger.codes.contains_key(&page.code) {
            problems.push(
                Diagnostic::new(
                    page.file,
                    format!("page number {} of `{}` is not in {LEDGER_FILE}", page.code, display_id(page.id)),
                )
                .with_help(format!(
                    "add the line {} = \"{}\" under [codes] in {LEDGER_FILE}: once given, a number stays with its page (udha new adds it for you)",
                    page.code, page.id
                )),
            );
        }
    }
    (numbers, problems)
}

/// `(home)` for the home page's empty id.
fn display_id(id: &str) -> &str {
    if id.is_empty() { "(home)" } else { id }
}

/// Every alias is a page id no page has and no other page claims.
fn aliases(pages: &[Numbered]) -> Vec<Diagnostic> {
    let ids: BTreeSet<&str> = pages.iter().map(|p| p.id).collect();
    let mut claimed: HashMap<&str, &str> = HashMap::new();
    let mut problems = Vec::new();
    for page in pages {
        for alias in page.aliases {
            let valid = !alias.is_empty()
                && alias.split('/').all(crate::load::content::is_valid_slug);
            let problem = if !valid {
                Some((format!("`{alias}` is not a page id"), "write an old id as it was, e.g. aliases = [\"guide/old-name\"]".to_string()))
            } else if ids.contains(alias.as_str()) {
                Some((format!("`{alias}` is a page of this site, so it cannot be an old name of `{}`", display_id(page.id)), "remove it from aliases".to_string()))
            } else {
                claimed.insert(alias, page.id).map(|other| {
                    (format!("`{alias}` is an old name of `{}` already", display_id(other)), "an old address can send readers to one page only".to_string())
                })
            };
            if let Some((message, help)) = problem {
                problems.push(Diagnostic::new(page.file, message).with_help(help));
            }
        }
    }
    problems
}
