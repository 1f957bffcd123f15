//! `udha check`: everything `build` checks, without writing, then the
//! reports beyond errors: what is missing, outdated or stale per language,
//! facts due for re-confirmation, ready messages that are too long. These
//! are warnings: the site still builds. A phone number or e-mail address
//! the source register does not list is an error here.
//!
//! It reads the validated site and the UI strings; it changes nothing.

use std::path::Path;

use crate::commands::build::prepare;
use crate::diagnostic::Diagnostics;
use crate::load::locales::Localizer;
use crate::render::message;
use crate::site::status::{self, Cell};
use crate::site::{facts, Site};

/// A page's facts count as stale after this many days without review.
pub const STALE_AFTER_DAYS: i64 = 365;

/// One thing an editor should look at, with the file it concerns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    pub file: String,
    pub message: String,
}

/// Validates and renders the site at `root` without writing; returns the
/// warnings an editor should see.
pub fn check(root: &Path, today: time::Date) -> Result<Vec<Warning>, Diagnostics> {
    let prepared = prepare(root, &|_, _| {})?;
    let unlisted = facts::unlisted(&prepared.site);
    if !unlisted.is_empty() {
        return Err(Diagnostics(unlisted));
    }
    Ok(warnings(&prepared.site, &prepared.localizer, today))
}

/// Warnings about `site` as of `today`, in a stable order.
pub fn warnings(site: &Site, localizer: &Localizer, today: time::Date) -> Vec<Warning> {
    let mut warnings = Vec::new();
    let source = &site.config.source_language;
    let matrix = status::matrix(site);
    for (column, code) in matrix.languages.iter().enumerate().filter(|(_, code)| *code != source) {
        let pages_in = |cell: Cell| -> Vec<&str> {
            matrix.rows.iter().filter(|row| row.cells[column] == cell).map(|row| if row.id.is_empty() { "(home)" } else { row.id.as_str() }).collect()
        };
        let missing = pages_in(Cell::Missing);
        if !missing.is_empty() {
            warnings.push(Warning {
                file: format!("content/*.{code}.md"),
                message: format!("{} of {} pages have no {code} translation: {}", missing.len(), matrix.rows.len(), missing.join(", ")),
            });
        }
        let outdated = pages_in(Cell::Outdated);
        if !outdated.is_empty() {
            warnings.push(Warning {
                file: format!("content/*.{code}.md"),
                message: format!("{} {code} translations are older than their source: {} (update them, then `udha status --mark`)", outdated.len(), outdated.join(", ")),
            });
        }
        let keys = localizer.missing_keys(code);
        if !keys.is_empty() {
            warnings.push(Warning {
                file: format!("locales/{code}/"),
                message: format!("{} UI messages are missing and shown in {source}: {}", keys.len(), keys.join(", ")),
            });
        }
    }
    for page in &site.pages {
        for file in page.files.values() {
            if let Some(reviewed) = file.reviewed {
                let age = (today - reviewed).whole_days();
                if age > STALE_AFTER_DAYS {
                    warnings.push(Warning {
                        file: file.path.display().to_string(),
                        message: format!("last reviewed {reviewed}, {age} days ago: check its facts and update `reviewed`"),
                    });
                }
            }
        }
    }
    for page in &site.pages {
        for language in &site.config.languages {
            let Ok(message) = message::compose(site, localizer, page, language) else { continue };
            if message.segments > message::MAX_SEGMENTS {
                let file = site.version(page, language).file;
                warnings.push(Warning {
                    file: file.path.display().to_string(),
                    message: format!(
                        "the ready message for {} takes {} SMS parts ({} characters, {}); keep it within {}: shorten the title or the description",
                        message::short_link(site, page, language),
                        message.segments,
                        message.length,
                        message.encoding,
                        message::MAX_SEGMENTS
                    ),
                });
            }
        }
    }
    for due in facts::due(site, today) {
        let stated = if due.pages.is_empty() { "no page states it".to_string() } else { format!("stated on {}", due.pages.join(", ")) };
        warnings.push(Warning {
            file: format!("{}:{}", due.source.path.display(), due.fact.line),
            message: format!(
                "the {} {} ({}) was last confirmed on {}, {} days ago; {stated}. Confirm it with its owner, then set `confirmed` to that day",
                due.fact.kind.as_str(),
                due.fact.value,
                due.fact.what,
                due.fact.confirmed,
                due.age_days
            ),
        });
    }
    warnings
}
