//! Stage 1, loading: reads what an editor writes and checks what a single
//! file can tell. `site.toml` (`config`), the pages under `content/`
//! (`content`), the source register under `sources/` (`sources`), the code
//! ledger `codes.toml` (`ledger`), the UI
//! strings under `locales/` (`locales`), the templates (`templates`) and
//! `static/` (`static_files`), on top of the site's theme (`theme`), every file read through `site_files`
//! (which never follows a symbolic link).
//!
//! It hands the next stage typed, parsed data with file and line for every
//! problem. Checks that need the whole site belong to `site`; it must not
//! render or write anything.

pub mod config;
pub mod contacts;
pub mod content;
pub mod images;
pub mod ledger;
pub mod locales;
pub mod site_files;
pub mod sources;
pub mod static_files;
pub mod templates;
pub mod terms;
pub mod theme;
