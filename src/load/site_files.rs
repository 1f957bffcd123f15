//! Reading the site's own files: every loader (and the live preview, and
//! the messages that quote a file's line) reads through here, so a symbolic
//! link anywhere between the site's root and a file (`content/`,
//! `locales/`, `templates/`, `static/`, `sources/`, `site.toml`, or a folder
//! inside them) is refused the same way everywhere and never followed: a
//! link could loop, or reach outside the site and publish what nobody meant
//! to publish. The root itself is the user's choice and may be a link.
//!
//! It reads bytes and text, and refuses text with invisible characters
//! (`script::invisible`); it does not parse anything.

use std::path::{Path, PathBuf};

use walkdir::WalkDir;

use crate::diagnostic::Diagnostic;

/// The diagnostic for a symbolic link met in the site.
pub fn symlink_refused(path: &Path) -> Diagnostic {
    Diagnostic::new(
        path,
        "this is a symbolic link, and udha does not follow links",
    )
    .with_help("put the file itself here, not a link to it")
}

/// The first symbolic link on the way from `root` to `path` (`path`
/// included), if any. A path outside `root` is checked from its first
/// component.
pub fn link_on_the_way(root: &Path, path: &Path) -> Option<PathBuf> {
    let relative = path.strip_prefix(root).unwrap_or(path);
    let mut at = if relative == path {
        PathBuf::new()
    } else {
        root.to_path_buf()
    };
    for part in relative.components() {
        at.push(part);
        if std::fs::symlink_metadata(&at).is_ok_and(|m| m.file_type().is_symlink()) {
            return Some(at);
        }
    }
    None
}

/// Refuses `path` if it, or a folder between `root` and it, is a link.
pub fn refuse_links(root: &Path, path: &Path) -> Result<(), Diagnostic> {
    match link_on_the_way(root, path) {
        Some(link) => Err(symlink_refused(&link)),
        None => Ok(()),
    }
}

/// The bytes of the site's file at `path`, never through a link.
pub fn read(root: &Path, path: &Path) -> Result<Vec<u8>, Diagnostic> {
    refuse_links(root, path)?;
    std::fs::read(path).map_err(|err| Diagnostic::io(path, &err))
}

/// The text of the site's file at `path`: UTF-8, never through a link.
pub fn read_text(root: &Path, path: &Path) -> Result<String, Diagnostic> {
    String::from_utf8(read(root, path)?).map_err(|_| {
        Diagnostic::new(path, "this file is not UTF-8 text")
            .with_help("save it as UTF-8 in your editor")
    })
}

/// Refuses text a reader may see (a page, UI strings, a source,
/// `site.toml`) that holds an invisible character it must not: the
/// message names the line, the column and the character.
pub fn refuse_invisible(path: &Path, text: &str) -> Result<(), Diagnostic> {
    match crate::script::invisible::first_forbidden(text) {
        Some((at, c, name)) => {
            let (message, help) = crate::script::invisible::problem(c, name);
            Err(Diagnostic::new(path, message)
                .at_offset(text, at, 1)
                .with_help(help))
        }
        None => Ok(()),
    }
}

/// Every entry under the site's folder `dir`, sorted by name, without
/// following links (a link is reported as the entry it is, for the caller
/// to refuse). The folder itself is refused if it is, or sits under, a
/// link. A missing folder has no entries.
pub fn walk(root: &Path, dir: &Path) -> Result<Vec<walkdir::DirEntry>, Diagnostic> {
    refuse_links(root, dir)?;
    if !dir.exists() {
        return Ok(Vec::new());
    }
    WalkDir::new(dir)
        .follow_links(false)
        .follow_root_links(false)
        .sort_by_file_name()
        .into_iter()
        .map(|entry| {
            entry.map_err(|err| {
                let path = err
                    .path()
                    .map(Path::to_path_buf)
                    .unwrap_or_else(|| dir.to_path_buf());
                Diagnostic::new(path, format!("cannot read this folder: {err}"))
                    .with_help("check the folder exists and is readable")
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::symlink;

    #[test]
    fn a_link_anywhere_on_the_way_is_refused() {
        let site = tempfile::tempdir().unwrap();
        let root = site.path();
        std::fs::create_dir_all(root.join("locales/en")).unwrap();
        std::fs::write(root.join("locales/en/main.ftl"), "a = b\n").unwrap();
        assert_eq!(
            read_text(root, &root.join("locales/en/main.ftl")).unwrap(),
            "a = b\n"
        );
        symlink(root.join("locales/en"), root.join("locales/ar")).unwrap();
        let err = read(root, &root.join("locales/ar/main.ftl")).unwrap_err();
        assert!(
            err.file.ends_with("locales/ar") && err.message.contains("symbolic link"),
            "{err:?}"
        );
        assert!(walk(root, &root.join("locales/ar")).is_err());
        let entries = walk(root, &root.join("locales")).unwrap();
        assert!(
            entries
                .iter()
                .any(|e| e.path_is_symlink() && e.path().ends_with("locales/ar"))
        );
        assert!(
            !entries.iter().any(|e| e.path().ends_with("ar/main.ftl")),
            "the link is not followed"
        );
    }
}
