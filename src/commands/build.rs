//! `udha build`: the whole pipeline into an output folder, atomically; and
//! `prepare`, the same build in memory, for `check` and `serve`.
//!
//! It orchestrates; what pages contain is `render`'s, how files are
//! written is `publish`'s.

use std::path::Path;
use std::sync::Arc;

use crate::cache::{Cache, CacheUse};
use crate::commands::{Loaded, load};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::load::config::CONFIG_FILE;
use crate::load::locales::{LOCALES_DIR, Localizer};
use crate::load::static_files::{STATIC_DIR, StaticFile};
use crate::load::templates::{TEMPLATES_DIR, Templates};
use crate::load::theme::THEMES_DIR;
use crate::publish::{offline, search, staging};
use crate::render::{self, LanguageCount, Rendered};
use crate::site::{Site, facts};

/// What a successful build did, for the summary line.
pub struct BuildSummary {
    pub pages: usize,
    pub files: usize,
    pub counts: Vec<LanguageCount>,
    /// How long each stage took, for `--verbose`.
    pub timings: Vec<(&'static str, std::time::Duration)>,
    /// Problems that do not stop a build unless it is strict: phone
    /// numbers and e-mail addresses the source register does not list.
    pub warnings: Vec<Diagnostic>,
    /// What came from the build cache, and what was made and kept in it.
    pub cache: CacheUse,
}

/// Called as pages finish rendering: (done, total).
pub type Progress<'a> = &'a (dyn Fn(usize, usize) + Sync);

/// Everything rendered and checked, ready to write or serve.
pub(crate) struct Prepared {
    pub(crate) site: Site,
    pub(crate) localizer: Arc<Localizer>,
    pub(crate) templates: Templates,
    pub(crate) rendered: Rendered,
    pub(crate) statics: Vec<StaticFile>,
}

/// The whole site built in memory: pages, search index and offline lists,
/// checked for collisions.
pub(crate) fn prepare(root: &Path, progress: Progress) -> Result<Prepared, Diagnostics> {
    let Loaded {
        site,
        localizer,
        templates,
        statics,
    } = load(root)?;
    let mut rendered = render::render(&site, &localizer, &templates, progress)?;
    if site.config.features.search {
        let index = search::index(&rendered.files)?;
        rendered.files.extend(index);
    }
    let manifests = offline::manifests(&site.config, &rendered.files, &statics);
    rendered.files.extend(manifests);
    staging::check_collisions(rendered.files.iter().map(|f| f.path.as_str()), &statics)?;
    Ok(Prepared {
        site,
        localizer,
        templates,
        rendered,
        statics,
    })
}

/// Builds the site at `root` into `out`; with `precompress`, every text
/// file also gets `.gz` and `.br` twins. On error, `out` is untouched.
/// With `strict`, a phone number or e-mail address that the source
/// register does not list is an error, as in `check`; otherwise a warning.
/// With a `cache` folder, what earlier builds made from the same inputs is
/// taken from it, not made again (see `crate::cache`); the output is the
/// same, byte for byte.
///
/// Files are written into a temporary folder as each chunk of pages
/// renders, then read back to index them for search a language at a time
/// per core, so the site is never all in memory.
pub fn build(
    root: &Path,
    out: &Path,
    precompress: bool,
    strict: bool,
    cache: Option<&Path>,
    progress: Progress,
) -> Result<BuildSummary, Diagnostics> {
    staging::check_output_folder(root, out, cache)?;
    let started = std::time::Instant::now();
    let Loaded {
        site,
        localizer,
        templates,
        statics,
    } = load(root)?;
    let warnings = if site.config.features.register {
        facts::unlisted(&site)
    } else {
        Vec::new()
    };
    if strict && !warnings.is_empty() {
        return Err(Diagnostics(warnings));
    }
    // Everything a page's bytes depend on besides what its template sees.
    let inputs = [
        CONFIG_FILE,
        TEMPLATES_DIR,
        LOCALES_DIR,
        STATIC_DIR,
        THEMES_DIR,
    ];
    let cache = Arc::new(cache.map_or_else(Cache::disabled, |dir| Cache::open(dir, root, &inputs)));
    let statics = &statics;
    // The settings outlive the site model, which is let go before the
    // languages left are indexed: Pagefind needs hundreds of MB for a
    // large one.
    let config = site.config.clone();
    let model = (site, localizer, templates);
    let load_done = std::time::Instant::now();
    let staging = staging::Staging::new(out, precompress, Arc::clone(&cache))?;
    let mut manifests = offline::Manifests::new(&config, statics);
    let mut paths: Vec<String> = Vec::new();
    let mut rendered = load_done;
    let (counts, mut last) = search::index_while(
        |path| staging.read(path),
        &cache,
        |searchable| {
            let (site, localizer, templates) = model;
            let counts = render::render_each(
                &site,
                &localizer,
                &templates,
                &cache,
                progress,
                &mut |files, finished| {
                    staging.write(&files)?;
                    for file in &files {
                        manifests.add(file);
                        if config.features.search {
                            searchable.add(&file.path, &file.bytes);
                        }
                    }
                    paths.extend(files.into_iter().map(|file| file.path));
                    // When the pages came mostly from the cache, rendering leaves
                    // a core to spare: index the finished language meanwhile. In a
                    // clean build both cores render, and indexing beside them
                    // would only slow both down.
                    let so_far = cache.so_far();
                    if let Some(language) = finished.filter(|_| so_far.reused > so_far.made) {
                        searchable.finished(&language.tag);
                    }
                    Ok(())
                },
            );
            rendered = std::time::Instant::now();
            counts
        },
    )?;
    let indexed = std::time::Instant::now();
    if !config.features.search {
        // Nothing was given to Pagefind; it writes its empty bundle anyway.
        last.clear();
    }
    last.iter().for_each(|file| manifests.add(file));
    last.extend(manifests.finish());
    staging::check_collisions(
        paths
            .iter()
            .map(String::as_str)
            .chain(last.iter().map(|f| f.path.as_str())),
        statics,
    )?;
    staging.write(&last)?;
    staging.write_statics(statics)?;
    staging.commit()?;
    let cache = cache.finish();
    Ok(BuildSummary {
        pages: counts.iter().map(|c| c.pages).sum(),
        files: paths.len() + last.len() + statics.len(),
        counts,
        timings: vec![
            ("load and check", load_done - started),
            (
                "render, minify and write pages (and index each language as it is done)",
                rendered - load_done,
            ),
            ("search index of the languages left", indexed - rendered),
            ("write the rest", indexed.elapsed()),
        ],
        warnings,
        cache,
    })
}
