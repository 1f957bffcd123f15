//! udha: a static-site generator for multilingual information portals.
//!
//! The pipeline runs one way: load (`config`, `content`, `sources`, `i18n`,
//! `templates`) → validate (`site`, `facts`) → render in parallel (`render`,
//! `markdown`, `infoline`, `qr`, `sitemap`) → index (`search`, `offline`) →
//! write atomically (`output`). `check` and `status` report on a validated
//! site without writing; `serve` keeps it in memory and re-renders what an
//! edit affects. Problems come back as `Diagnostics` (every one a stage
//! can find at once), and nothing is written unless there are none.

pub mod bidi;
pub mod check;
pub mod config;
pub mod content;
pub mod diagnostic;
pub mod edition;
pub mod facts;
#[doc(hidden)]
pub mod fuzzing;
pub mod html;
pub mod i18n;
pub mod infoline;
pub mod markdown;
pub mod message;
pub mod offline;
pub mod output;
pub mod qr;
pub mod render;
pub mod scaffold;
pub mod search;
pub mod serve;
pub mod site;
pub mod sitemap;
pub mod sources;
pub mod status;
pub mod templates;
pub mod transliterate;

use std::path::Path;
use std::sync::Arc;

use diagnostic::Diagnostics;

/// What a successful build did, for the summary line.
pub struct BuildSummary {
    pub pages: usize,
    pub files: usize,
    pub counts: Vec<render::LanguageCount>,
    /// How long each stage took, for `--verbose`.
    pub timings: Vec<(&'static str, std::time::Duration)>,
    /// Problems that do not stop a build unless it is strict: phone
    /// numbers and e-mail addresses the source register does not list.
    pub warnings: Vec<diagnostic::Diagnostic>,
}

/// Called as pages finish rendering: (done, total).
pub type Progress<'a> = &'a (dyn Fn(usize, usize) + Sync);

/// Everything rendered and checked, ready to write.
struct Prepared {
    site: site::Site,
    localizer: Arc<i18n::Localizer>,
    templates: templates::Templates,
    rendered: render::Rendered,
    statics: Vec<output::StaticFile>,
}

/// Loads and validates the site without rendering it.
pub fn load_site(root: &Path) -> Result<site::Site, Diagnostics> {
    let config = config::Config::load(root)?;
    let (content, register) = rayon::join(|| content::load(root, &config), || sources::Register::load(root));
    let (content, register) = both(content, register)?;
    site::Site::new(config, register, content)
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

/// Everything a build reads, loaded and checked, before rendering.
struct Loaded {
    site: site::Site,
    localizer: Arc<i18n::Localizer>,
    templates: templates::Templates,
    statics: Vec<output::StaticFile>,
}

fn load(root: &Path) -> Result<Loaded, Diagnostics> {
    let config = config::Config::load(root)?;
    let ((content, statics), ((localizer, templates), register)) = rayon::join(
        || (content::load(root, &config), output::static_files(root).map_err(Diagnostics::from)),
        || ((i18n::Localizer::load(root, &config), templates::Templates::load(root)), sources::Register::load(root)),
    );
    let (((content, register), statics), (localizer, mut templates)) = both(both(both(content, register), statics), both(localizer, templates))?;
    let stylesheets = statics.iter().filter(|file| file.name.ends_with(".css")).map(|file| (file.name.clone(), String::from_utf8_lossy(&file.bytes).into_owned()));
    templates.set_assets(statics.iter().map(|file| (file.name.clone(), file.path.clone())).collect(), stylesheets.collect());
    let site = site::Site::new(config, register, content)?;
    Ok(Loaded { site, localizer: Arc::new(localizer), templates, statics })
}

fn prepare(root: &Path, progress: Progress) -> Result<Prepared, Diagnostics> {
    let Loaded { site, localizer, templates, statics } = load(root)?;
    let mut rendered = render::render(&site, &localizer, &templates, progress)?;
    let index = search::index(&rendered.files)?;
    rendered.files.extend(index);
    let manifests = offline::manifests(&site.config, &rendered.files, &statics);
    rendered.files.extend(manifests);
    output::check_collisions(rendered.files.iter().map(|f| f.path.as_str()), &statics)?;
    Ok(Prepared { site, localizer, templates, rendered, statics })
}

/// Builds the site at `root` into `out`; with `precompress`, every text
/// file also gets `.gz` and `.br` twins. On error, `out` is untouched.
///
/// Files are written into a temporary folder as each chunk of pages
/// renders, then read back to index them for search a few languages at a
/// time, so the site is never all in memory.
/// With `strict`, a phone number or e-mail address that the source
/// register does not list is an error, as in `check`; otherwise a warning.
pub fn build(root: &Path, out: &Path, precompress: bool, strict: bool, progress: Progress) -> Result<BuildSummary, Diagnostics> {
    output::check_output_folder(root, out)?;
    let started = std::time::Instant::now();
    let Loaded { site, localizer, templates, statics } = load(root)?;
    let warnings = facts::unlisted(&site);
    if strict && !warnings.is_empty() {
        return Err(Diagnostics(warnings));
    }
    let loaded = std::time::Instant::now();
    let staging = output::Staging::new(out, precompress)?;
    let mut manifests = offline::Manifests::new(&site.config, &statics);
    let mut paths: Vec<String> = Vec::new();
    let mut searchable = search::Searchable::default();
    let counts = render::render_each(&site, &localizer, &templates, progress, &mut |files| {
        staging.write(&files)?;
        for file in &files {
            manifests.add(file);
            searchable.add(&file.path, &file.bytes);
        }
        paths.extend(files.into_iter().map(|file| file.path));
        Ok(())
    })?;
    let rendered = std::time::Instant::now();
    let mut last = searchable.index(|path| staging.read(path))?;
    let indexed = std::time::Instant::now();
    last.extend(manifests.finish());
    output::check_collisions(paths.iter().map(String::as_str).chain(last.iter().map(|f| f.path.as_str())), &statics)?;
    staging.write(&last)?;
    staging.write_statics(&statics)?;
    staging.commit()?;
    Ok(BuildSummary {
        pages: counts.iter().map(|c| c.pages).sum(),
        files: paths.len() + last.len() + statics.len(),
        counts,
        timings: vec![
            ("load and check", loaded - started),
            ("render, minify and write pages", rendered - loaded),
            ("search index", indexed - rendered),
            ("write the rest", indexed.elapsed()),
        ],
        warnings,
    })
}

/// Validates and renders the site at `root` without writing; returns the
/// warnings an editor should see. A phone number or e-mail address that
/// the source register does not list is an error here.
pub fn check(root: &Path, today: time::Date) -> Result<Vec<check::Warning>, Diagnostics> {
    let prepared = prepare(root, &|_, _| {})?;
    let unlisted = facts::unlisted(&prepared.site);
    if !unlisted.is_empty() {
        return Err(Diagnostics(unlisted));
    }
    Ok(check::warnings(&prepared.site, &prepared.localizer, today))
}
