//! Static files: everything under `static/` (stylesheet, scripts, icons)
//! and the theme's `static/`,
//! read once, each with the name it is published under: stylesheets and
//! scripts carry a fingerprint of their content (`style.3f2a….css`), so
//! browsers may keep them for a year.
//!
//! It reads; writing them is `publish::staging`'s job.

use std::path::{Path, PathBuf};

use crate::load::config::Config;
use crate::load::{site_files, theme};

use crate::diagnostic::Diagnostic;

pub const STATIC_DIR: &str = "static";

/// A file of `static/`, published as it is.
pub struct StaticFile {
    pub source: PathBuf,
    /// Its name under `static/`, `/`-separated: what templates ask for.
    pub name: String,
    /// Where it is published, relative to the output folder: the name, with
    /// a fingerprint of the content for stylesheets and scripts
    /// (`style.3f2a….css`), so browsers may keep them for a year.
    pub path: String,
    pub bytes: Vec<u8>,
}

/// Scripts that must keep their name: a service worker is found by its URL.
const UNFINGERPRINTED: [&str; 1] = ["sw.js"];

/// `style.css` → `style.<16 hex digits of SHA-256>.css`.
fn fingerprinted(name: &str, bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    let fingerprintable =
        (name.ends_with(".css") || name.ends_with(".js")) && !UNFINGERPRINTED.contains(&name);
    match name.rsplit_once('.').filter(|_| fingerprintable) {
        Some((stem, extension)) => {
            let hash: String = Sha256::digest(bytes)
                .iter()
                .take(8)
                .map(|b| format!("{b:02x}"))
                .collect();
            format!("{stem}.{hash}.{extension}")
        }
        None => name.to_string(),
    }
}

/// Every file under `root/static`, and the theme's (`load::theme`) the
/// site has none of the same name of, but for those only a feature the
/// site turned off uses, sorted by name.
pub fn static_files(root: &Path, config: &Config) -> Result<Vec<StaticFile>, Diagnostic> {
    let dir = root.join(STATIC_DIR);
    let unused = theme::static_files_of_features_off(root, config)?;
    let mut files: Vec<StaticFile> = theme::files(root, config, STATIC_DIR)?
        .into_iter()
        .filter(|file| !unused.contains(&file.name))
        .map(|file| StaticFile {
            path: fingerprinted(&file.name, &file.bytes),
            source: file.path,
            name: file.name,
            bytes: file.bytes,
        })
        .collect();
    for entry in site_files::walk(root, &dir)? {
        if entry.path_is_symlink() {
            return Err(site_files::symlink_refused(entry.path()));
        }
        if entry.file_type().is_file() {
            let name = entry
                .path()
                .strip_prefix(&dir)
                .unwrap_or(entry.path())
                .to_string_lossy()
                .replace('\\', "/");
            let bytes = site_files::read(root, entry.path())?;
            let path = fingerprinted(&name, &bytes);
            files.retain(|theirs| theirs.name != name);
            files.push(StaticFile {
                source: entry.into_path(),
                name,
                path,
                bytes,
            });
        }
    }
    files.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(files)
}
