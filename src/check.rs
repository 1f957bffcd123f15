//! `udha check`'s reports beyond errors: what is missing or stale, per
//! language. These are warnings: the site still builds.
//!
//! It reads the validated site and the UI strings; it changes nothing.

use crate::i18n::Localizer;
use crate::site::Site;

/// A page's facts count as stale after this many days without review.
pub const STALE_AFTER_DAYS: i64 = 365;

/// One thing an editor should look at, with the file it concerns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    pub file: String,
    pub message: String,
}

/// Warnings about `site` as of `today`, in a stable order.
pub fn warnings(site: &Site, localizer: &Localizer, today: time::Date) -> Vec<Warning> {
    let mut warnings = Vec::new();
    let source = &site.config.source_language;
    for language in site.config.written_languages().filter(|l| &l.code != source) {
        let missing: Vec<&str> = site.pages.iter().filter(|p| !p.files.contains_key(&language.code)).map(|p| if p.id.is_empty() { "(home)" } else { p.id.as_str() }).collect();
        if !missing.is_empty() {
            warnings.push(Warning {
                file: format!("content/*.{}.md", language.code),
                message: format!("{} of {} pages have no {} translation: {}", missing.len(), site.pages.len(), language.code, missing.join(", ")),
            });
        }
        let keys = localizer.missing_keys(&language.code);
        if !keys.is_empty() {
            warnings.push(Warning {
                file: format!("locales/{}/", language.code),
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
    warnings
}
