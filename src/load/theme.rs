//! Themes: the templates, static files and UI strings a site starts from,
//! named by `theme = "…"` in `site.toml`. A theme is a folder
//! `themes/<name>/` holding `templates/`, `static/` and `locales/<lang>/`.
//! A theme in the site's own `themes/` folder is used before one built
//! into udha (this repository's `themes/`, compiled into the binary), so
//! a site can change a built-in theme by copying it, or keep its own.
//!
//! It only finds and reads a theme's files; the loaders of templates,
//! static files and UI strings put the site's own files in their place,
//! file by file.

use std::path::{Path, PathBuf};

use include_dir::{Dir, include_dir};

use crate::diagnostic::Diagnostic;
use crate::load::config::Config;
use crate::load::site_files;

pub const THEMES_DIR: &str = "themes";

/// The themes that ship with udha.
static BUILT_IN: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/themes");

/// One file of a theme.
pub struct ThemeFile {
    /// Its name under the folder asked for (`partials/article.html`).
    pub name: String,
    /// Where it is, for messages: under the site's `themes/`, or the
    /// built-in theme's path inside udha.
    pub path: PathBuf,
    pub bytes: Vec<u8>,
}

/// The names of the themes built into udha.
pub fn built_in() -> Vec<&'static str> {
    BUILT_IN
        .dirs()
        .filter_map(|dir| dir.path().to_str())
        .collect()
}

/// A file of a built-in theme, by its path under `themes/`
/// (`udha/languages.toml`).
pub fn built_in_file(path: &str) -> Option<&'static [u8]> {
    BUILT_IN.get_file(path).map(|file| file.contents())
}

/// `theme.toml` of a theme: what only one feature of it uses.
#[derive(serde::Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct ThemeSettings {
    /// Feature name → static files (names under `static/`) only it uses.
    #[serde(default)]
    feature_files: std::collections::BTreeMap<String, Vec<String>>,
}

/// The names of the theme's static files that belong to a feature the
/// site has turned off (`[feature_files]` of the theme's `theme.toml`).
pub fn static_files_of_features_off(root: &Path, config: &Config) -> Result<Vec<String>, Diagnostic> {
    let Some(name) = config.theme.as_deref() else {
        return Ok(Vec::new());
    };
    let own = root.join(THEMES_DIR).join(name).join("theme.toml");
    let (path, text) = if own.is_file() {
        let bytes = site_files::read(root, &own)?;
        (own, String::from_utf8_lossy(&bytes).into_owned())
    } else {
        match BUILT_IN.get_file(format!("{name}/theme.toml")) {
            Some(file) => (
                Path::new("(built into udha)").join(THEMES_DIR).join(file.path()),
                String::from_utf8_lossy(file.contents()).into_owned(),
            ),
            None => return Ok(Vec::new()),
        }
    };
    let settings: ThemeSettings = toml::from_str(&text).map_err(|err| {
        let at = err.span().map_or(0, |span| span.start);
        Diagnostic::new(&path, err.message().to_string())
            .at_offset(&text, at, 1)
            .with_help("theme.toml has [feature_files], e.g. directory = [\"directory.js\"]")
    })?;
    let mut off = Vec::new();
    for (feature, files) in settings.feature_files {
        match config.features.is_on(&feature) {
            Some(true) => {}
            Some(false) => off.extend(files),
            None => {
                return Err(Diagnostic::new(&path, format!("there is no feature `{feature}`"))
                    .at_offset(&text, setting_offset(&text, &feature), 1)
                    .with_help("name a feature of [features] in docs/settings.md"));
            }
        }
    }
    Ok(off)
}

/// The files under `folder` (`templates`, `static`, `locales/en`) of the
/// site's theme, sorted by name; none when the site has no theme.
pub fn files(root: &Path, config: &Config, folder: &str) -> Result<Vec<ThemeFile>, Diagnostic> {
    let Some(name) = config.theme.as_deref() else {
        return Ok(Vec::new());
    };
    let own = root.join(THEMES_DIR).join(name);
    site_files::refuse_links(root, &own)?;
    if own.is_dir() {
        let dir = own.join(folder);
        let mut files = Vec::new();
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
                files.push(ThemeFile {
                    name,
                    path: entry.into_path(),
                    bytes,
                });
            }
        }
        return Ok(files);
    }
    let Some(theme) = BUILT_IN.get_dir(name) else {
        let settings = std::fs::read_to_string(&config.file).unwrap_or_default();
        return Err(
            Diagnostic::new(&config.file, format!("there is no theme `{name}`"))
                .at_offset(&settings, setting_offset(&settings, "theme"), 1)
                .with_help(format!(
                    "name a theme built into udha ({}) or put one in {THEMES_DIR}/{name}/",
                    built_in().join(", ")
                )),
        );
    };
    let mut files = Vec::new();
    if let Some(dir) = theme.get_dir(format!("{name}/{folder}")) {
        collect(dir, dir.path(), &mut files);
    }
    files.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(files)
}

/// Where the line setting `key` starts in `settings`, or 0.
fn setting_offset(settings: &str, key: &str) -> usize {
    let mut offset = 0;
    for line in settings.split_inclusive('\n') {
        if line
            .trim_start()
            .strip_prefix(key)
            .is_some_and(|rest| rest.trim_start().starts_with('='))
        {
            return offset + line.len() - line.trim_start().len();
        }
        offset += line.len();
    }
    0
}

fn collect(dir: &Dir<'static>, base: &Path, files: &mut Vec<ThemeFile>) {
    for file in dir.files() {
        let name = file
            .path()
            .strip_prefix(base)
            .unwrap_or(file.path())
            .to_string_lossy()
            .replace('\\', "/");
        files.push(ThemeFile {
            name,
            path: Path::new("(built into udha)")
                .join(THEMES_DIR)
                .join(file.path()),
            bytes: file.contents().to_vec(),
        });
    }
    for sub in dir.dirs() {
        collect(sub, base, files);
    }
}

/// The diagnostic for a theme file that is not UTF-8 text.
pub fn text(file: ThemeFile) -> Result<(String, PathBuf, String), Diagnostic> {
    let ThemeFile { name, path, bytes } = file;
    match String::from_utf8(bytes) {
        Ok(text) => Ok((name, path, text)),
        Err(_) => Err(Diagnostic::new(&path, "this file is not UTF-8 text")
            .with_help("save it as UTF-8 in your editor")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_theme_has_every_kind_of_file() {
        assert!(built_in().contains(&"udha"));
        let theme = BUILT_IN.get_dir("udha").unwrap();
        for folder in ["udha/templates", "udha/static", "udha/locales/en"] {
            assert!(
                theme
                    .get_dir(folder)
                    .is_some_and(|d| d.files().next().is_some()),
                "{folder}"
            );
        }
    }
}
