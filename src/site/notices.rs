//! Notices: the pages of the section `[notices]` in site.toml names. Each
//! has a `date`, may have an `expires` date and an `urgent` flag; while it
//! is current (no `expires`, or not yet past it) it is listed on the home
//! page, and an urgent one on every page; after it, it stays only in the
//! section's archive.
//!
//! It checks the dates and notice settings of a page's files; which pages
//! are notices is the site model's (`Site::notices`), what a page shows of
//! them is `render`'s.

use std::collections::BTreeMap;

use crate::diagnostic::Diagnostic;
use crate::load::config::Config;
use crate::load::content::SourceFile;

/// Problems with the dates and notice settings of one page's `files`:
/// a notice (`notice`, a page of the notices section) without a date,
/// `expires` or `urgent` on a page that is not a notice, dates on a
/// translation (a page's dates are its source file's).
pub(crate) fn check(config: &Config, notice: bool, files: &BTreeMap<String, SourceFile>) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    let source = &config.source_language;
    let Some(file) = files.get(source) else {
        return problems;
    };
    if notice && file.dates.date.is_none() {
        problems.push(
            Diagnostic::new(&file.path, "a notice needs the day it was published")
                .at_line(1)
                .with_help("add a line `date = 2026-12-08` to the front matter"),
        );
    }
    if !notice {
        for (key, set) in [("expires", file.dates.expires.is_some()), ("urgent", file.front.urgent)] {
            if set {
                problems.push(
                    Diagnostic::new(&file.path, format!("`{key}` is for notices, and this page is not one"))
                        .at_line(file.line_of(key))
                        .with_help(match &config.notices {
                            Some(notices) => format!("move the page into content/{}/, or remove the line", notices.section),
                            None => "name the notices section in site.toml ([notices] section = \"news\") and put the page there, or remove the line".to_string(),
                        }),
                );
            }
        }
    }
    for translation in files.values().filter(|f| &f.lang != source) {
        let dated = [
            ("date", translation.dates.date.is_some()),
            ("updated", translation.dates.updated.is_some()),
            ("expires", translation.dates.expires.is_some()),
            ("urgent", translation.front.urgent),
        ];
        for (key, _) in dated.into_iter().filter(|(_, set)| *set) {
            problems.push(
                Diagnostic::new(&translation.path, format!("`{key}` is set on a translation"))
                    .at_line(translation.line_of(key))
                    .with_help(format!(
                        "a page's dates are the same in every language: set `{key}` in {} and remove it here",
                        file.path.display()
                    )),
            );
        }
    }
    problems
}
