//! `udha check`: everything `build` checks, without writing, then the
//! reports beyond errors: what is missing, outdated or stale per language,
//! facts due for re-confirmation, ready messages that are too long. These
//! are warnings: the site still builds. A phone number or e-mail address
//! the source register does not list (on a page or in a ready message) is
//! an error here.
//!
//! It reads the validated site and the UI strings; it changes nothing.

use std::path::Path;

use crate::commands::build::{Prepared, prepare};
use crate::publish::weight;
use crate::diagnostic::Diagnostics;
use crate::load::locales::Localizer;
use crate::render::message;
use crate::site::status::{self, Cell};
use crate::site::{Site, facts};

/// A page's facts count as stale after this many days without review.
pub const STALE_AFTER_DAYS: i64 = 365;

/// A notice's coming expiry is reported this many days before.
pub const EXPIRY_WARNING_DAYS: i64 = 7;

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
    let mut unlisted = Vec::new();
    if prepared.site.config.features.register {
        unlisted.extend(facts::unlisted(&prepared.site));
    }
    if prepared.site.config.features.register && prepared.site.config.features.directory {
        unlisted.extend(message::unlisted_numbers(
            &prepared.site,
            &prepared.localizer,
        ));
    }
    if !unlisted.is_empty() {
        return Err(Diagnostics(unlisted));
    }
    let mut warnings = warnings(&prepared.site, &prepared.localizer, today);
    if let Some(budget) = &prepared.site.config.budget {
        warnings.extend(over_budget(&prepared, budget.first_screen_kb));
    }
    Ok(warnings)
}

/// The pages whose first screen weighs more than `kb` kilobytes.
fn over_budget(prepared: &Prepared, kb: u64) -> Vec<Warning> {
    weight::first_screens(&prepared.site, &prepared.rendered.files, &prepared.statics)
        .into_iter()
        .filter(|screen| screen.total() > kb * 1024)
        .map(|screen| Warning {
            file: screen.file.display().to_string(),
            message: format!(
                "the top of /{} weighs {} KB (HTML {} KB, stylesheet {} KB, images {} KB), more than the {kb} KB of [budget] in site.toml: make its first image smaller or move it below the first heading, or shorten the text before it",
                screen.path.trim_end_matches("index.html"),
                screen.total().div_ceil(1024),
                screen.html.div_ceil(1024),
                screen.css.div_ceil(1024),
                screen.images.div_ceil(1024)
            ),
        })
        .collect()
}

/// Warnings about `site` as of `today`, in a stable order.
pub fn warnings(site: &Site, localizer: &Localizer, today: time::Date) -> Vec<Warning> {
    let mut warnings = Vec::new();
    let source = &site.config.source_language;
    let matrix = status::matrix(site);
    for (column, code) in matrix
        .languages
        .iter()
        .enumerate()
        .filter(|(_, code)| *code != source)
    {
        let pages_in = |cell: Cell| -> Vec<&str> {
            matrix
                .rows
                .iter()
                .filter(|row| row.cells[column] == cell)
                .map(|row| {
                    if row.id.is_empty() {
                        "(home)"
                    } else {
                        row.id.as_str()
                    }
                })
                .collect()
        };
        let missing = pages_in(Cell::Missing);
        if !missing.is_empty() {
            warnings.push(Warning {
                file: format!("content/*.{code}.md"),
                message: format!(
                    "{} of {} pages have no {code} translation: {}",
                    missing.len(),
                    matrix.rows.len(),
                    missing.join(", ")
                ),
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
                message: format!(
                    "{} UI messages are missing and shown in {source}: {}",
                    keys.len(),
                    keys.join(", ")
                ),
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
    for page in site.pages.iter().filter(|_| site.config.features.directory) {
        let long: Vec<(&str, message::Message)> = site
            .config
            .languages
            .iter()
            .filter_map(|language| {
                message::compose(site, localizer, page, language)
                    .ok()
                    .map(|message| (language.code.as_str(), message))
            })
            .filter(|(_, message)| message.segments > message::MAX_SEGMENTS)
            .collect();
        let Some((_, longest)) = long.iter().max_by_key(|(_, message)| message.segments) else {
            continue;
        };
        let languages: Vec<String> = long
            .iter()
            .map(|(code, message)| format!("{code} {}", message.segments))
            .collect();
        let why = match (longest.has_description, longest.contacts) {
            (true, _) => "shorten the title or the description".to_string(),
            (false, 0) => {
                "it is too long even without its description: shorten the title".to_string()
            }
            (false, contacts) => format!(
                "it is too long even without its description, with the {contacts} phone numbers the page gives: shorten the title or a number's name (`names` in sources/)"
            ),
        };
        warnings.push(Warning {
            file: site
                .version(page, site.config.source())
                .file
                .path
                .display()
                .to_string(),
            message: format!(
                "the ready message of page {} takes more than {} SMS parts in {}: {why}",
                page.code,
                message::MAX_SEGMENTS,
                languages.join(", ")
            ),
        });
    }
    for due in facts::due(site, today)
        .into_iter()
        .filter(|_| site.config.features.register)
    {
        let stated = if due.pages.is_empty() {
            "no page states it".to_string()
        } else {
            format!("stated on {}", due.pages.join(", "))
        };
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
    let source = &site.config.source_language;
    if let Some(notices) = site.config.notices.as_ref().filter(|_| site.notice_section().is_none()) {
        warnings.push(Warning {
            file: format!("{}:{}", site.config.file.display(), notices.line),
            message: format!(
                "[notices] names the section `{}`, which the site does not have, so no notices are shown: create content/{}/_index.{source}.md, or name an existing section",
                notices.section, notices.section
            ),
        });
    }
    for page in site.notices().iter().map(|&index| &site.pages[index]) {
        let Some(last) = page.dates.expires.filter(|_| site.is_current(page)) else {
            continue;
        };
        let days = (last - today).whole_days();
        if days <= EXPIRY_WARNING_DAYS {
            let file = &page.files[source];
            warnings.push(Warning {
                file: format!("{}:{}", file.path.display(), file.line_of("expires")),
                message: format!(
                    "this notice expires on {last}, in {days} days: then it leaves the home page and the banners for the archive. If it is still true then, set `expires` to a later day"
                ),
            });
        }
    }
    warnings
}
