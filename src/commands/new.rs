//! `udha new`, and the one writer into `content/` and `codes.toml`:
//! `udha new` starts a page (and records its number in the code ledger)
//! or a translation, and `udha status --mark` (through
//! `mark_current`) records that a translation matches the current source.
//! No other module writes into `content/`; it never overwrites a page's
//! text, and it writes each file atomically.
//!
//! A write happens whole or not at all, and says which: one writer at a
//! time (in this process, and by a lock on the file against other udha
//! processes), each with a temporary file of its own; when the caller
//! names the version it edited (its fingerprint), the file is compared
//! with it under the lock and again just before the new text is put in
//! place, and a file that changed is never overwritten (`Refused::Changed`).

use std::path::{Path, PathBuf};

use crate::diagnostic::Diagnostic;
use crate::load::content::{
    CONTENT_DIR, PageKind, SOURCE_ONLY_KEYS, is_valid_slug, remove_front_matter_keys, replace_body,
    set_front_matter_key,
};
use crate::site::Site;
use crate::site::status::source_hash;

/// Creates `content/<id>.<lang>.md` (or `_index` for a section): with no
/// `lang`, a new source page with the next free code; with `lang`, a
/// translation started from the source as a draft.
pub fn new_page(
    root: &Path,
    site: &Site,
    id: &str,
    lang: Option<&str>,
    today: time::Date,
) -> Result<PathBuf, Diagnostic> {
    let source = &site.config.source_language;
    let id = id.trim_matches('/');
    let (parent, slug) = id.rsplit_once('/').unwrap_or(("", id));
    let parts: Vec<&str> = id.split('/').collect();
    let valid = parts
        .iter()
        .enumerate()
        .all(|(i, part)| is_valid_slug(part) || (*part == "_index" && i == parts.len() - 1));
    if !valid {
        return Err(Diagnostic::new(root.join(CONTENT_DIR), format!("`{id}` is not a page id"))
            .with_help("write <section>/<slug> with lower-case ASCII letters, digits and `-`, e.g. guide/appeal, or <section>/_index for a section"));
    }
    let file_id = |code: &str| root.join(CONTENT_DIR).join(format!("{id}.{code}.md"));
    match lang {
        None => {
            let path = file_id(source);
            refuse_existing(&path)?;
            let section = if slug == "_index" {
                parent.rsplit_once('/').map(|(p, _)| p).unwrap_or("")
            } else {
                parent
            };
            let has_section = site
                .pages
                .iter()
                .any(|p| p.id == section && p.kind != PageKind::Leaf);
            if !has_section && !(slug == "_index" && section.is_empty()) {
                let section_page = if section.is_empty() {
                    "_index".to_string()
                } else {
                    format!("{section}/_index")
                };
                return Err(Diagnostic::new(
                    &path,
                    format!("there is no section `{section}` to put this page in"),
                )
                .with_help(format!("create the section first: udha new {section_page}")));
            }
            // Never a number the ledger gave before, to a page that is gone.
            let ledger = &site.numbers.ledger;
            let code = site
                .pages
                .iter()
                .map(|p| p.code)
                .chain(ledger.codes.keys().copied())
                .max()
                .unwrap_or(0)
                + 1;
            let name = if slug == "_index" {
                parent.rsplit('/').next().unwrap_or("home")
            } else {
                slug
            };
            let title = sentence_case(&name.replace('-', " "));
            let text = format!(
                "+++\ntitle = \"{title}\"\ndescription = \"\"\ncode = {code}\nreviewed = {today}\nsources = []\ntranslation = \"source\"\n+++\n\n"
            );
            write_new(&path, &text)?;
            if ledger.exists {
                let page_id = id.trim_end_matches("_index").trim_end_matches('/');
                if let Err(problem) = record_number(&ledger.path, code, page_id) {
                    let _ = std::fs::remove_file(&path);
                    return Err(problem.with_help(format!(
                        "nothing was written: {} was not created; fix this and run udha new again",
                        path.display()
                    )));
                }
            }
            Ok(path)
        }
        Some(code) => {
            let language = site
                .config
                .language(code)
                .filter(|l| !l.is_transliterated() && l.code != *source)
                .ok_or_else(|| {
                    let choices: Vec<&str> = site
                        .config
                        .written_languages()
                        .filter(|l| &l.code != source)
                        .map(|l| l.code.as_str())
                        .collect();
                    Diagnostic::new(
                        root.join("site.toml"),
                        format!("`{code}` is not a language you can translate into"),
                    )
                    .with_help(format!("use one of {}", choices.join(", ")))
                })?;
            let page = site
                .pages
                .iter()
                .find(|p| p.id == id.trim_end_matches("/_index").trim_end_matches("_index"))
                .ok_or_else(|| {
                    Diagnostic::new(
                        file_id(source),
                        format!("there is no page `{id}` to translate"),
                    )
                    .with_help(
                        "write the source page first, or check the page id with `udha status`",
                    )
                })?;
            let original = &page.files[source];
            // Beside the source file, whatever its kind: apply.ar.md, guide/_index.ar.md.
            let source_name = original.path.to_string_lossy();
            let path = PathBuf::from(format!(
                "{}.{}.md",
                source_name.trim_end_matches(&format!(".{source}.md")),
                language.code
            ));
            refuse_existing(&path)?;
            let raw = std::fs::read_to_string(&original.path)
                .map_err(|err| Diagnostic::io(&original.path, &err))?;
            let text = edit_front_matter(
                &original.path,
                &raw,
                &[
                    ("translation", "\"draft\"".to_string()),
                    ("source_hash", format!("\"{}\"", source_hash(original))),
                ],
            )?;
            let text = in_its_own_form(&text, |text| {
                remove_front_matter_keys(text, &SOURCE_ONLY_KEYS).ok_or_else(|| no_front_matter(&original.path))
            })?;
            write_new(&path, &text)?;
            Ok(path)
        }
    }
}

/// Why a write did not happen. Nothing was written in either case.
#[derive(Debug)]
pub enum Refused {
    /// The file is no longer the version the edit was made on: its text now.
    Changed {
        on_disk: String,
    },
    Problem(Diagnostic),
}

impl From<Diagnostic> for Refused {
    fn from(problem: Diagnostic) -> Refused {
        Refused::Problem(problem)
    }
}

impl Refused {
    /// As a diagnostic, for the command line.
    pub fn into_diagnostic(self, path: &Path) -> Diagnostic {
        match self {
            Refused::Problem(problem) => problem,
            Refused::Changed { .. } => Diagnostic::new(
                path,
                "this file changed while udha was writing it; nothing was written",
            )
            .with_help("run the command again"),
        }
    }
}

/// The fingerprint of a file's bytes, by which an edit names the version
/// it was made on.
pub fn fingerprint(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(bytes)
        .iter()
        .take(16)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Records in `page`'s `lang` file that it matches the current source.
pub fn mark_current(site: &Site, id: &str, lang: &str) -> Result<PathBuf, Diagnostic> {
    let (path, hash) = current_translation(site, id, lang)?;
    rewrite(&path, None, |raw| {
        edit_front_matter(&path, raw, &[("source_hash", hash.clone())])
    })
    .map_err(|refused| refused.into_diagnostic(&path))?;
    Ok(path)
}

/// The file of `page`'s `lang` translation and its source's fingerprint as
/// `source_hash` records it (quoted).
fn current_translation(site: &Site, id: &str, lang: &str) -> Result<(PathBuf, String), Diagnostic> {
    let source = &site.config.source_language;
    let page = site
        .pages
        .iter()
        .find(|p| p.id == id.trim_matches('/'))
        .ok_or_else(|| {
            Diagnostic::new(CONTENT_DIR, format!("there is no page `{id}`"))
                .with_help("page ids are listed by `udha status`")
        })?;
    let original = &page.files[source];
    let translation = page
        .files
        .get(lang)
        .filter(|_| lang != source)
        .ok_or_else(|| {
            Diagnostic::new(
                &original.path,
                format!("the page `{id}` has no `{lang}` translation to mark"),
            )
            .with_help(format!("start one with: udha new {id} --lang {lang}"))
        })?;
    Ok((
        translation.path.clone(),
        format!("\"{}\"", source_hash(original)),
    ))
}

/// What a reviewer saw: the translation file's fingerprint and the
/// source's `source_hash`, as the workbench showed them.
pub struct Seen<'a> {
    pub translation: &'a str,
    pub source: &'a str,
}

/// Records that a native speaker (`reviewer`, a name or initials) checked
/// `page`'s `lang` translation on `today` against the current source: it
/// becomes "reviewed" until the source changes again. Refused, with
/// nothing written, if the translation or its source is no longer what
/// the reviewer saw.
pub fn mark_reviewed(
    site: &Site,
    id: &str,
    lang: &str,
    reviewer: &str,
    today: time::Date,
    seen: &Seen,
) -> Result<PathBuf, Refused> {
    let (path, hash) = current_translation(site, id, lang)?;
    if hash.trim_matches('"') != seen.source {
        let on_disk = std::fs::read_to_string(&path).map_err(|err| Diagnostic::io(&path, &err))?;
        return Err(Refused::Changed { on_disk });
    }
    let reviewer = toml::Value::String(reviewer.trim().to_string()).to_string();
    let keys = [
        ("source_hash", hash),
        ("translation", "\"reviewed\"".to_string()),
        ("translation_reviewer", reviewer),
        ("translation_reviewed", today.to_string()),
    ];
    rewrite(&path, Some(seen.translation), |raw| {
        edit_front_matter(&path, raw, &keys)
    })?;
    Ok(path)
}

/// Replaces the title, description and text of the content file at `path`
/// (a file of `root`'s `content/`), keeping its other front matter, its
/// byte-order mark and its line endings.
/// `fingerprint` names the version the edit was made on.
pub fn save_text(
    root: &Path,
    path: &Path,
    fingerprint: &str,
    title: &str,
    description: &str,
    body: &str,
) -> Result<(), Refused> {
    inside_content(root, path)?;
    rewrite(path, Some(fingerprint), |raw| {
        in_its_own_form(raw, |text| {
            edited_text(text, title, description, body).ok_or_else(|| no_front_matter(path))
        })
    })
}

/// `edit` applied to `raw` with `\n` line endings and without a
/// byte-order mark; both are put back as they were.
fn in_its_own_form(
    raw: &str,
    edit: impl FnOnce(&str) -> Result<String, Diagnostic>,
) -> Result<String, Diagnostic> {
    let (bom, text) = raw
        .strip_prefix('\u{feff}')
        .map_or(("", raw), |rest| ("\u{feff}", rest));
    let crlf = text.contains("\r\n");
    let mut edited = edit(&text.replace("\r\n", "\n"))?;
    if crlf {
        edited = edited.replace('\n', "\r\n");
    }
    Ok(format!("{bom}{edited}"))
}

fn no_front_matter(path: &Path) -> Diagnostic {
    Diagnostic::new(
        path,
        "the file does not start with front matter between `+++` lines",
    )
    .with_help("fix the file first; `udha check` shows what is wrong")
}

/// `text` (a content file with `\n` line endings) with a new title,
/// description (kept when left empty) and Markdown body: what `save_text`
/// writes, for checking before it is written.
pub(crate) fn edited_text(
    text: &str,
    title: &str,
    description: &str,
    body: &str,
) -> Option<String> {
    let quoted = |value: &str| toml::Value::String(value.trim().to_string()).to_string();
    let mut text = set_front_matter_key(text, "title", &quoted(title))?;
    if !description.trim().is_empty() {
        text = set_front_matter_key(&text, "description", &quoted(description))?;
    }
    let body = body.replace("\r\n", "\n");
    let body = if body.ends_with('\n') {
        body
    } else {
        format!("{body}\n")
    };
    replace_body(&text, &body)
}

/// Refuses any path that is not a file under `root`'s `content/` (after
/// following `..` and links), so nothing else can ever be written.
fn inside_content(root: &Path, path: &Path) -> Result<(), Diagnostic> {
    let content = std::fs::canonicalize(root.join(CONTENT_DIR))
        .map_err(|err| Diagnostic::io(root.join(CONTENT_DIR), &err))?;
    let target = std::fs::canonicalize(path).map_err(|err| Diagnostic::io(path, &err))?;
    if !target.starts_with(&content)
        || std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink())
    {
        return Err(Diagnostic::new(path, "udha writes only files in content/")
            .with_help("open the page from the preview of this site"));
    }
    Ok(())
}

/// One writer at a time in this process.
static WRITING: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// Replaces the file at `path` with `edit` of its text, whole or not at
/// all: under the lock, the file must still be the version `expected`
/// names (when given), the new text goes to a temporary file of this
/// writer's own, and it is renamed over the file only if the file has not
/// changed in the meantime.
fn rewrite(
    path: &Path,
    expected: Option<&str>,
    edit: impl FnOnce(&str) -> Result<String, Diagnostic>,
) -> Result<(), Refused> {
    use std::io::Write;
    let _one_writer = WRITING
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let file = std::fs::File::open(path).map_err(|err| Diagnostic::io(path, &err))?;
    // Other processes (a second `udha serve`, `udha status --mark`) wait too.
    file.lock().map_err(|err| Diagnostic::io(path, &err))?;
    let before = std::fs::read(path).map_err(|err| Diagnostic::io(path, &err))?;
    let changed = |bytes: &[u8]| Refused::Changed {
        on_disk: String::from_utf8_lossy(bytes).into_owned(),
    };
    if expected.is_some_and(|expected| fingerprint(&before) != expected) {
        return Err(changed(&before));
    }
    let raw = String::from_utf8(before.clone()).map_err(|_| {
        Diagnostic::new(path, "this file is not UTF-8 text")
            .with_help("save it as UTF-8 in your editor")
    })?;
    let text = edit(&raw)?;
    let temp = temporary_beside(path);
    let written = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&temp)
        .and_then(|mut out| {
            out.write_all(text.as_bytes())?;
            out.sync_all()
        });
    if let Err(err) = written {
        let _ = std::fs::remove_file(&temp);
        return Err(Diagnostic::io(&temp, &err).into());
    }
    // Another program may have saved the file while this one wrote.
    let now = std::fs::read(path).unwrap_or_default();
    if now != before {
        let _ = std::fs::remove_file(&temp);
        return Err(changed(&now));
    }
    std::fs::rename(&temp, path).map_err(|err| {
        let _ = std::fs::remove_file(&temp);
        Refused::Problem(Diagnostic::io(path, &err))
    })
}

/// A temporary file name beside `path` that no other writer uses:
/// `.apply.ar.md.udha-<process>-<count>.tmp` (hidden, and not a page).
fn temporary_beside(path: &Path) -> PathBuf {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(0);
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    path.with_file_name(format!(
        ".{name}.udha-{}-{}.tmp",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    ))
}

/// `raw` (a content file's text) with front-matter keys set, keeping its
/// byte-order mark and line endings as they were.
fn edit_front_matter(
    path: &Path,
    raw: &str,
    keys: &[(&str, String)],
) -> Result<String, Diagnostic> {
    in_its_own_form(raw, |text| {
        keys.iter()
            .try_fold(text.to_string(), |text, (key, value)| {
                set_front_matter_key(&text, key, value).ok_or_else(|| no_front_matter(path))
            })
    })
}

fn refuse_existing(path: &Path) -> Result<(), Diagnostic> {
    if path.exists() {
        return Err(
            Diagnostic::new(path, "this file already exists; udha does not overwrite it")
                .with_help("edit it, or choose another page id"),
        );
    }
    Ok(())
}

fn write_new(path: &Path, text: &str) -> Result<(), Diagnostic> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|err| Diagnostic::io(dir, &err))?;
    }
    // create_new: never replace a file that appeared in the meantime.
    use std::io::Write;
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .map_err(|err| Diagnostic::io(path, &err))?;
    file.write_all(text.as_bytes())
        .map_err(|err| Diagnostic::io(path, &err))
}

/// Adds `code = "id"` to the code ledger, whole or not at all (a
/// temporary file beside it, renamed over it).
fn record_number(ledger: &Path, code: u32, id: &str) -> Result<(), Diagnostic> {
    let mut text = std::fs::read_to_string(ledger).map_err(|err| Diagnostic::io(ledger, &err))?;
    if !text.is_empty() && !text.ends_with('\n') {
        text.push('\n');
    }
    text.push_str(&format!("{code} = \"{id}\"\n"));
    let temporary = temporary_beside(ledger);
    std::fs::write(&temporary, &text)
        .and_then(|()| std::fs::rename(&temporary, ledger))
        .map_err(|err| {
            let _ = std::fs::remove_file(&temporary);
            Diagnostic::io(ledger, &err)
        })
}

fn sentence_case(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_edit_saved_by_another_program_during_a_write_is_kept() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("page.ar.md");
        std::fs::write(&path, "+++\ntitle = \"a\"\n+++\nold\n").expect("write");
        let seen = fingerprint(&std::fs::read(&path).expect("read"));
        // The editor saves while udha is preparing its version.
        let refused = rewrite(&path, Some(&seen), |raw| {
            std::fs::write(&path, "+++\ntitle = \"a\"\n+++\nthe editor's\n").expect("write");
            Ok(raw.replace("old", "udha's"))
        });
        assert!(
            matches!(refused, Err(Refused::Changed { on_disk }) if on_disk.contains("the editor's"))
        );
        assert_eq!(
            std::fs::read_to_string(&path).expect("read"),
            "+++\ntitle = \"a\"\n+++\nthe editor's\n"
        );
        assert_eq!(
            std::fs::read_dir(dir.path()).expect("list").count(),
            1,
            "no temporary file left"
        );
    }

    #[test]
    fn a_stale_fingerprint_is_refused_before_anything_is_written() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("page.ar.md");
        std::fs::write(&path, "text\n").expect("write");
        let refused = rewrite(&path, Some("0123"), |_| panic!("not edited"));
        assert!(matches!(refused, Err(Refused::Changed { .. })));
        assert_eq!(std::fs::read_to_string(&path).expect("read"), "text\n");
    }
}
