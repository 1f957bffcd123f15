//! Dates as readers see them: a page's `date`, `updated` and `expires` in
//! its language's words and calendar, and the current notices that the
//! home page, every page (the urgent ones) and the info-line directory
//! list.
//!
//! It formats; which pages are notices, and which are current, is the
//! site model's (`site::notices`).

use serde::Serialize;

use crate::diagnostic::Diagnostic;
use crate::load::config::Language;
use crate::load::content::Dates;
use crate::load::locales::Localizer;
use crate::site::{Site, script_of};

/// A date: as the language writes it, and as `<time datetime>` wants it.
#[derive(Serialize, Clone)]
pub(crate) struct DateView {
    pub(crate) text: String,
    pub(crate) iso: String,
}

/// `date`, `updated` and `expires`, each when set.
#[derive(Serialize, Clone, Default)]
pub(crate) struct DatesView {
    pub(crate) date: Option<DateView>,
    pub(crate) updated: Option<DateView>,
    pub(crate) expires: Option<DateView>,
}

/// A current notice, as lists show it.
#[derive(Serialize)]
pub(crate) struct NoticeView {
    pub(crate) title: String,
    pub(crate) description: Option<String>,
    pub(crate) url: String,
    pub(crate) code: u32,
    pub(crate) date: Option<DateView>,
    pub(crate) urgent: bool,
    /// The language tag of the title when it is not the reader's (no
    /// translation yet), for `lang=`.
    pub(crate) lang: Option<String>,
}

/// `date` in `language`, in its digits; a missing UI string is an error
/// about `file`.
pub(crate) fn date(
    localizer: &Localizer,
    language: &Language,
    date: time::Date,
    file: &std::path::Path,
) -> Result<DateView, Diagnostic> {
    localizer
        .format_date(language, date)
        .map(|text| DateView {
            text: language.writing().plain(&text),
            iso: date.to_string(),
        })
        .map_err(|message| {
            Diagnostic::new(file, message).with_help(
                "add `date` and `month-1` … `month-12` to locales/<lang>/ (and, for calendar = \"persian\", `date-persian` and `persian-month-1` … `persian-month-12`)",
            )
        })
}

/// A page's dates in `language`.
pub(crate) fn dates(
    localizer: &Localizer,
    language: &Language,
    dates: &Dates,
    file: &std::path::Path,
) -> Result<DatesView, Diagnostic> {
    let one = |day: Option<time::Date>| day.map(|day| date(localizer, language, day, file)).transpose();
    Ok(DatesView {
        date: one(dates.date)?,
        updated: one(dates.updated)?,
        expires: one(dates.expires)?,
    })
}

/// The current notices in `language`, newest first.
pub(crate) fn current_notices(
    site: &Site,
    localizer: &Localizer,
    language: &Language,
) -> Result<Vec<NoticeView>, Diagnostic> {
    let script = script_of(language);
    site.notices()
        .iter()
        .map(|&index| &site.pages[index])
        .filter(|page| site.is_current(page))
        .map(|page| {
            let version = site.version(page, language);
            Ok(NoticeView {
                title: site.title(page, language),
                description: version.file.front.description.as_deref().map(|d| script.apply(d)),
                url: site.url(page, language),
                code: page.code,
                date: page
                    .dates
                    .date
                    .map(|day| date(localizer, language, day, &version.file.path))
                    .transpose()?,
                urgent: page.urgent,
                lang: version.fallback.then(|| version.language.tag.clone()),
            })
        })
        .collect()
}
