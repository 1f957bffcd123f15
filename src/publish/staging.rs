//! Writing the built site: writes the rendered files, copies `static/`, and swaps the
//! new output in for the old one only when everything was written.
//!
//! The previous output stays untouched until the very end: files go to a
//! temporary folder beside `--out`, which is renamed into place on success
//! and removed on failure. A file whose bytes the previous output already
//! has is hard-linked from it, not written again. Nothing here decides
//! what the files contain.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;

use crate::cache::Cache;
use crate::diagnostic::Diagnostic;
use crate::load::static_files::{STATIC_DIR, StaticFile};
use crate::render::OutputFile;

const TEMP_MARK: &str = ".udha-tmp-";
const OLD_MARK: &str = ".udha-old-";
/// Written into every output folder, so udha only ever replaces a folder it
/// made itself.
pub const OUTPUT_MARKER: &str = ".udha-output";

/// Refuses two outputs at one path: a static file over a generated one, or
/// two generated files (which would make the build depend on timing).
/// `generated` are the paths of every generated file, in build order.
pub fn check_collisions<'a>(
    generated: impl IntoIterator<Item = &'a str>,
    statics: &[StaticFile],
) -> Result<(), Diagnostic> {
    let mut seen: HashSet<&str> = HashSet::new();
    for path in generated {
        if !seen.insert(path) {
            return Err(Diagnostic::new(path, format!("two generated files claim /{path}"))
                .with_help("a page, section or language code uses a name udha generates itself (poster, search, status, directory, pagefind): rename it"));
        }
    }
    match statics.iter().find(|s| seen.contains(s.path.as_str())) {
        Some(clash) => Err(Diagnostic::new(
            &clash.source,
            format!(
                "this static file and a generated page both claim /{}",
                clash.path
            ),
        )
        .with_help("rename or move the static file")),
        None => Ok(()),
    }
}

/// Refuses an output folder whose replacement would lose data: the site
/// itself or a folder holding it, one of its source folders, the build
/// cache or a folder in it, or a folder with files that udha did not write.
pub fn check_output_folder(
    root: &Path,
    out: &Path,
    cache: Option<&Path>,
) -> Result<(), Diagnostic> {
    // Compare real locations: `..` and symbolic links resolved.
    let resolved = |p: &Path| -> PathBuf {
        if let Ok(real) = std::fs::canonicalize(p) {
            return real;
        }
        match (
            p.parent().map(|parent| {
                if parent.as_os_str().is_empty() {
                    Path::new(".")
                } else {
                    parent
                }
            }),
            p.file_name(),
        ) {
            (Some(parent), Some(name)) => std::fs::canonicalize(parent)
                .map(|real| real.join(name))
                .unwrap_or_else(|_| p.to_path_buf()),
            _ => std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf()),
        }
    };
    let (root, target) = (resolved(root), resolved(out));
    let sources = [
        crate::load::content::CONTENT_DIR,
        crate::load::sources::SOURCES_DIR,
        crate::load::templates::TEMPLATES_DIR,
        crate::load::locales::LOCALES_DIR,
        STATIC_DIR,
        crate::load::theme::THEMES_DIR,
    ]
    .map(|dir| root.join(dir));
    if root.starts_with(&target)
        || sources.iter().any(|dir| target.starts_with(dir))
        || cache.is_some_and(|cache| {
            target.starts_with(resolved(cache)) || resolved(cache).starts_with(&target)
        })
    {
        return Err(Diagnostic::new(
            out,
            "udha will not build into this folder: it holds the site's own files",
        )
        .with_help("choose a separate output folder, e.g. --out public"));
    }
    if out.exists() && !out.is_dir() {
        return Err(Diagnostic::new(out, "--out names a file, not a folder")
            .with_help("choose a folder for the built site, e.g. --out public"));
    }
    let has_files = match std::fs::read_dir(out) {
        Ok(mut entries) => entries.next().is_some(),
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => false,
        Err(err) => return Err(Diagnostic::io(out, &err)),
    };
    if has_files && !out.join(OUTPUT_MARKER).is_file() {
        return Err(Diagnostic::new(out, "this folder has files that udha did not write, and a build replaces the whole folder")
            .with_help("choose an empty or new folder with --out, or remove this one yourself if it is an old build"));
    }
    Ok(())
}

/// The temporary folder a build writes into, beside `--out`. `commit`
/// swaps it in for the old output; dropped without `commit` (an error
/// anywhere), it is removed and the old output stays as it was.
pub struct Staging {
    out: PathBuf,
    parent: PathBuf,
    name: String,
    temp: PathBuf,
    precompress: bool,
    /// Compressed copies made by earlier builds.
    cache: Arc<Cache>,
    committed: bool,
}

impl Staging {
    /// Creates the temporary folder for `out`, with udha's marker in it.
    pub fn new(out: &Path, precompress: bool, cache: Arc<Cache>) -> Result<Staging, Diagnostic> {
        let parent = match out.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let name = out
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .ok_or_else(|| {
                Diagnostic::new(out, "--out must name a folder")
                    .with_help("for example --out public")
            })?;
        std::fs::create_dir_all(&parent).map_err(|err| Diagnostic::io(&parent, &err))?;
        remove_leftovers(&parent, &name);
        let temp = parent.join(format!(".{name}{TEMP_MARK}{}", std::process::id()));
        // A leftover with our own process id is from an earlier process.
        let _ = std::fs::remove_dir_all(&temp);
        let staging = Staging {
            out: out.to_path_buf(),
            parent,
            name,
            temp,
            precompress,
            cache,
            committed: false,
        };
        std::fs::create_dir_all(&staging.temp)
            .map_err(|err| Diagnostic::io(&staging.temp, &err))?;
        let marker = staging.temp.join(OUTPUT_MARKER);
        std::fs::write(
            &marker,
            "This folder was built by udha and is replaced by every build.\n",
        )
        .map_err(|err| Diagnostic::io(&marker, &err))?;
        Ok(staging)
    }

    /// Writes `files` (in parallel), with their folders.
    pub fn write(&self, files: &[OutputFile]) -> Result<(), Diagnostic> {
        self.write_all(
            files
                .iter()
                .map(|file| (file.path.as_str(), file.bytes.as_slice()))
                .collect(),
        )
    }

    /// Copies the static files.
    pub fn write_statics(&self, statics: &[StaticFile]) -> Result<(), Diagnostic> {
        self.write_all(
            statics
                .iter()
                .map(|file| (file.path.as_str(), file.bytes.as_slice()))
                .collect(),
        )
    }

    fn write_all(&self, files: Vec<(&str, &[u8])>) -> Result<(), Diagnostic> {
        let dirs: std::collections::BTreeSet<&Path> = files
            .iter()
            .filter_map(|(path, _)| Path::new(path).parent())
            .collect();
        for dir in dirs {
            let dir = self.temp.join(dir);
            std::fs::create_dir_all(&dir).map_err(|err| Diagnostic::io(&dir, &err))?;
        }
        files
            .par_iter()
            .try_for_each(|(path, bytes)| self.write_file(path, bytes))
    }

    /// Writes one file, and with `precompress` its `.gz` and `.br` twins
    /// for web servers that send them as they are (nginx's gzip_static and
    /// brotli_static): text compresses to a quarter, and no server CPU is
    /// spent per request. Twins of the same bytes come from the cache.
    fn write_file(&self, path: &str, bytes: &[u8]) -> Result<(), Diagnostic> {
        self.place(path, bytes)?;
        if self.precompress
            && COMPRESSIBLE
                .iter()
                .any(|extension| path.ends_with(extension))
        {
            let key = self.cache.key("precompressed").bytes(bytes).finish();
            let twins = self.cache.files(key, || {
                compress(bytes).map_err(|err| Diagnostic::io(self.temp.join(path), &err))
            })?;
            for (extension, compressed) in twins {
                self.place(&format!("{path}.{extension}"), &compressed)?;
            }
        }
        Ok(())
    }

    /// Puts `bytes` at `path` in the new output: a hard link to the
    /// previous output's file when that holds exactly these bytes, else a
    /// new file. An unchanged file so costs no new file (and no disk
    /// space), and keeps its date, so a deploy by `rsync` sends only what
    /// changed. The old file is compared byte for byte, never trusted.
    fn place(&self, path: &str, bytes: &[u8]) -> Result<(), Diagnostic> {
        let (target, previous) = (self.temp.join(path), self.out.join(path));
        let same_size = std::fs::symlink_metadata(&previous)
            .is_ok_and(|old| old.is_file() && old.len() == bytes.len() as u64);
        if same_size
            && std::fs::read(&previous).is_ok_and(|old| old == bytes)
            && std::fs::hard_link(&previous, &target).is_ok()
        {
            return Ok(());
        }
        std::fs::write(&target, bytes).map_err(|err| Diagnostic::io(&target, &err))
    }

    /// A file written earlier, read back.
    pub fn read(&self, path: &str) -> Result<Vec<u8>, Diagnostic> {
        let file = self.temp.join(path);
        std::fs::read(&file).map_err(|err| Diagnostic::io(&file, &err))
    }

    /// Puts the written site in place of the old output.
    pub fn commit(mut self) -> Result<(), Diagnostic> {
        self.committed = true;
        let (out, temp) = (&self.out, &self.temp);
        if out.exists() {
            let old = self
                .parent
                .join(format!(".{}{OLD_MARK}{}", self.name, std::process::id()));
            std::fs::rename(out, &old).map_err(|err| {
                let _ = std::fs::remove_dir_all(temp);
                Diagnostic::io(out, &err)
            })?;
            if let Err(err) = std::fs::rename(temp, out) {
                let _ = std::fs::rename(&old, out);
                let _ = std::fs::remove_dir_all(temp);
                return Err(Diagnostic::io(out, &err));
            }
            let _ = std::fs::remove_dir_all(&old);
        } else {
            std::fs::rename(temp, out).map_err(|err| {
                let _ = std::fs::remove_dir_all(temp);
                Diagnostic::io(out, &err)
            })?;
        }
        Ok(())
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.committed {
            let _ = std::fs::remove_dir_all(&self.temp);
        }
    }
}

/// `bytes` gzipped and brotli-compressed, both at their best.
fn compress(bytes: &[u8]) -> std::io::Result<Vec<(String, Vec<u8>)>> {
    use std::io::Write;
    let mut gzip = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gzip.write_all(bytes)?;
    let gzip = gzip.finish()?;
    let mut brotli = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 22,
        ..Default::default()
    };
    brotli::BrotliCompress(&mut &bytes[..], &mut brotli, &params)?;
    Ok(vec![("gz".into(), gzip), ("br".into(), brotli)])
}

/// The files worth sending compressed.
const COMPRESSIBLE: [&str; 9] = [
    ".html",
    ".css",
    ".js",
    ".json",
    ".xml",
    ".txt",
    ".svg",
    ".wasm",
    ".pagefind",
];

/// Removes temporary folders that a killed build left beside `out`, but
/// not those of a build that is still running.
fn remove_leftovers(parent: &Path, name: &str) {
    let Ok(entries) = std::fs::read_dir(parent) else {
        return;
    };
    for entry in entries.flatten() {
        let file_name = entry.file_name().to_string_lossy().into_owned();
        let pid = [TEMP_MARK, OLD_MARK]
            .iter()
            .find_map(|mark| file_name.strip_prefix(&format!(".{name}{mark}")));
        let running = pid.is_some_and(|pid| Path::new("/proc").join(pid).exists());
        if pid.is_some() && !running && entry.path().is_dir() {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}
