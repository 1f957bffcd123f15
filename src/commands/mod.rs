//! Stage 5, the commands: `init`, `build`, `check`, `serve`, `new` and `status`,
//! one module each, each with one entry point that the command line
//! (`main.rs`) calls. They run the pipeline: load → site → render →
//! publish, and turn its result into what the user asked for.
//!
//! Loading is shared here: `load_site` (what `new` and `status` need) and
//! `load` (what rendering needs besides) take one path, so both see the
//! same site and report the same errors. Nothing in an earlier stage
//! imports from here.

use std::path::Path;
use std::sync::Arc;

use crate::diagnostic::Diagnostics;
use crate::load::config::Config;
use crate::load::contacts::Contacts;
use crate::load::content;
use crate::load::images::Images;
use crate::load::ledger::Ledger;
use crate::load::locales::Localizer;
use crate::load::sources::Register;
use crate::load::static_files::{self, StaticFile};
use crate::load::templates::Templates;
use crate::load::terms::Terms;
use crate::site::Site;

pub mod build;
pub mod check;
pub mod init;
pub mod new;
pub mod review;
pub mod serve;
pub mod status;

/// Everything rendering needs, loaded and checked.
pub(crate) struct Loaded {
    pub(crate) site: Site,
    pub(crate) localizer: Arc<Localizer>,
    pub(crate) templates: Templates,
    pub(crate) statics: Vec<StaticFile>,
}

/// Loads and validates the site at `root` without what rendering needs
/// (UI strings, templates, static files).
pub fn load_site(root: &Path) -> Result<Site, Diagnostics> {
    site_from(root, Config::load(root)?)
}

fn site_from(root: &Path, config: Config) -> Result<Site, Diagnostics> {
    let (content, register) = rayon::join(
        || content::load(root, &config),
        || Register::load(root, config.phones.country_code.as_deref()),
    );
    let ledger = Ledger::load(root).map_err(Diagnostics::from);
    let contacts = Contacts::load(root, &config).map_err(Diagnostics::from);
    let terms = Terms::load(root, &config);
    let ((((content, register), ledger), contacts), terms) =
        both(both(both(both(content, register), ledger), contacts), terms)?;
    Site::new(config, register, ledger, content, contacts, terms, today()?)
}

/// The day of the build, in UTC, or the day `UDHA_TODAY` names
/// (`UDHA_TODAY=2026-12-08`), for a build of a past or future day and for
/// tests: notices expire, and `check` warns, by it.
pub fn today() -> Result<time::Date, Diagnostics> {
    match std::env::var("UDHA_TODAY") {
        Err(_) => Ok(time::OffsetDateTime::now_utc().date()),
        Ok(day) => time::Date::parse(&day, time::macros::format_description!("[year]-[month]-[day]")).map_err(|_| {
            Diagnostics::from(
                crate::diagnostic::Diagnostic::new("UDHA_TODAY", format!("UDHA_TODAY={day} is not a day"))
                    .with_help("write it as 2026-12-08, or unset it to build as of today"),
            )
        }),
    }
}

/// `load_site`, and the UI strings, templates and static files, read in
/// parallel; every error of every part at once.
pub(crate) fn load(root: &Path) -> Result<Loaded, Diagnostics> {
    let config = Config::load(root)?;
    let (site, ((localizer, templates), statics)) = rayon::join(
        || site_from(root, config.clone()),
        || {
            (
                (
                    Localizer::load(root, &config),
                    Templates::load(root, &config),
                ),
                static_files::static_files(root, &config).map_err(Diagnostics::from),
            )
        },
    );
    let (mut site, ((localizer, mut templates), statics)) =
        both(site, both(both(localizer, templates), statics))?;
    site.images = Images::load(root, &statics)?;
    let stylesheets = statics
        .iter()
        .filter(|file| file.name.ends_with(".css"))
        .map(|file| {
            (
                file.name.clone(),
                String::from_utf8_lossy(&file.bytes).into_owned(),
            )
        });
    templates.set_assets(
        statics
            .iter()
            .map(|file| (file.name.clone(), site.config.path(&format!("/{}", file.path))))
            .collect(),
        stylesheets.collect(),
    );
    Ok(Loaded {
        site,
        localizer: Arc::new(localizer),
        templates,
        statics,
    })
}

/// Both results, or every error of either.
fn both<A, B>(a: Result<A, Diagnostics>, b: Result<B, Diagnostics>) -> Result<(A, B), Diagnostics> {
    match (a, b) {
        (Ok(a), Ok(b)) => Ok((a, b)),
        (a, b) => {
            let mut all = Diagnostics::default();
            for errors in [a.err(), b.err()].into_iter().flatten() {
                errors.0.into_iter().for_each(|d| all.push(d));
            }
            Err(all.into_result(()).err().unwrap_or_default())
        }
    }
}
