//! udha: a static-site generator for multilingual information portals.
//!
//! The pipeline runs one way, one folder a stage, each importing only from
//! the stages before it (a test, `tests/layers.rs`, holds it to that):
//!
//! ```text
//! load/      site.toml, content/, sources/, locales/, templates/, static/ → typed data
//! site/      the validated model: pages, codes, links, facts, translation status
//! render/    Markdown, bidi, templates → pages, posters, code pages, directory,
//!            one-file editions, sitemap; minified, in parallel
//! publish/   staging and atomic swap, precompression, search index, offline lists
//! commands/  build, check, serve, new, status: one entry point each
//! ```
//!
//! Under all of them: `diagnostic` (problems with file, line and what to
//! do), `cache` (the build cache: what earlier builds made, by the hash of
//! its inputs) and `script` (how each language writes: Serbian Latin,
//! digits, left-to-right runs). Problems come back as `Diagnostics` (every one a
//! stage can find at once), and nothing is written unless there are none.

pub mod cache;
pub mod commands;
pub mod diagnostic;
#[doc(hidden)]
pub mod fuzzing;
pub mod load;
pub mod publish;
pub mod render;
pub mod script;
pub mod site;
