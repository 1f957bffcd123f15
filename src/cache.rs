//! The build cache: what earlier builds made (pages, posters, staff pages,
//! search indexes, compressed copies), each kept under the hash of
//! everything that went into it, so that `udha build` renders and indexes
//! again only what an edit changed, and writes the same bytes a clean
//! build would.
//!
//! Where it lives: `.udha-cache/` in the site's folder (`--cache` moves
//! it). It belongs to the site's sources, not to an output folder: any
//! `--out` gets the same bytes from it; it is never published; deleting it
//! only costs the next build its speed.
//!
//! Why it can be trusted without trusting it:
//! - An entry is named by the BLAKE3 hash of its inputs (its key). Every
//!   key starts from the fingerprint: udha's own executable and every
//!   template, UI string, static file and `site.toml`. An entry made by
//!   another udha, another site or older templates is simply never asked
//!   for.
//! - An entry ends with the hash of its name and its bytes, checked on
//!   every read: a truncated, altered, misplaced or foreign file counts as
//!   missing, and the thing is made again.
//! - Entries are written to a temporary file and renamed, so a killed build
//!   leaves no half entry. Reading or writing the cache never fails a
//!   build: at worst the build is a clean one.
//! - After a successful build, the entries it did not use are removed, so
//!   the cache holds one build.
//!
//! It knows nothing of what it stores: callers decide what goes into a key,
//! and must put in everything the bytes depend on.

use std::collections::HashSet;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

/// The cache's folder in a site, unless `--cache` names another.
pub const CACHE_DIR: &str = ".udha-cache";

/// The first bytes of every entry; a new layout gets a new number.
const MAGIC: &[u8] = b"udha-cache 1\n";
const CHECK_LEN: usize = 32;

/// The hash of something's inputs: what a cache entry is filed under.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct Key([u8; 32]);

/// Gathers the inputs of one thing into its key.
#[derive(Default)]
pub struct KeyBuilder(blake3::Hasher);

impl KeyBuilder {
    /// A key of the parts added alone, with no fingerprint: a hash of
    /// content, for a part of another key.
    pub fn new() -> KeyBuilder {
        KeyBuilder(blake3::Hasher::new())
    }

    /// Adds bytes, length first, so that parts cannot run into each other.
    pub fn bytes(mut self, bytes: &[u8]) -> KeyBuilder {
        self.0.update(&(bytes.len() as u64).to_le_bytes());
        self.0.update(bytes);
        self
    }

    /// Adds an earlier key (a language's shared inputs, say).
    pub fn key(mut self, key: Key) -> KeyBuilder {
        self.0.update(&key.0);
        self
    }

    /// Adds a value as JSON, which delimits itself; 0xFF (never in UTF-8)
    /// closes it.
    pub fn json(mut self, value: &impl serde::Serialize) -> KeyBuilder {
        // Writing into a hasher cannot fail; a value that cannot be
        // serialized still ends the part, and the key stays a key.
        let _ = serde_json::to_writer(&mut self.0, value);
        self.0.update(&[0xFF]);
        self
    }

    /// Adds a JSON value by walking it: each node's kind and length before
    /// its contents, strings as they are (no escaping to pay for).
    pub fn value(mut self, value: &serde_json::Value) -> KeyBuilder {
        self.walk(value);
        self
    }

    fn walk(&mut self, value: &serde_json::Value) {
        use serde_json::Value;
        let mut tagged = |tag: u8, bytes: &[u8]| {
            self.0.update(&[tag]);
            self.0.update(&(bytes.len() as u64).to_le_bytes());
            self.0.update(bytes);
        };
        match value {
            Value::Null => tagged(0, b""),
            Value::Bool(yes) => tagged(1, &[u8::from(*yes)]),
            Value::Number(number) => tagged(2, number.to_string().as_bytes()),
            Value::String(text) => tagged(3, text.as_bytes()),
            Value::Array(items) => {
                tagged(4, &(items.len() as u64).to_le_bytes());
                items.iter().for_each(|item| self.walk(item));
            }
            Value::Object(fields) => {
                tagged(5, &(fields.len() as u64).to_le_bytes());
                for (name, field) in fields {
                    self.0.update(&(name.len() as u64).to_le_bytes());
                    self.0.update(name.as_bytes());
                    self.walk(field);
                }
            }
        }
    }

    pub fn finish(self) -> Key {
        Key(*self.0.finalize().as_bytes())
    }
}

/// The build cache of one build (see the module's documentation).
pub struct Cache {
    /// `None`: no cache; everything is made, nothing kept.
    dir: Option<PathBuf>,
    fingerprint: Key,
    used: Mutex<HashSet<Key>>,
    reused: AtomicUsize,
    made: AtomicUsize,
}

/// What a build got from the cache.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct CacheUse {
    pub reused: usize,
    pub made: usize,
}

impl Cache {
    /// No cache: every key misses and nothing is written.
    pub fn disabled() -> Cache {
        Cache {
            dir: None,
            fingerprint: Key([0; 32]),
            used: Mutex::default(),
            reused: AtomicUsize::new(0),
            made: AtomicUsize::new(0),
        }
    }

    /// The cache in `dir` for the site at `root`, whose output also depends
    /// on the files under `inputs` (folders or files, relative to `root`)
    /// and on udha itself. Disabled when udha cannot read its own
    /// executable, since then nothing ties an entry to the code that made it.
    pub fn open(dir: &Path, root: &Path, inputs: &[&str]) -> Cache {
        let Some(fingerprint) = fingerprint(root, inputs) else {
            return Cache::disabled();
        };
        // Tells backup and sync tools that this folder can be left out.
        let tag = dir.join("CACHEDIR.TAG");
        if !tag.exists() && std::fs::create_dir_all(dir).is_ok() {
            let _ = std::fs::write(
                &tag,
                "Signature: 8a477f597d28d172789f06886806bc55\n# udha's build cache: safe to delete; see https://bford.info/cachedir/\n",
            );
        }
        Cache {
            dir: Some(dir.to_path_buf()),
            fingerprint,
            ..Cache::disabled()
        }
    }

    /// A new key for a thing of kind `kind`, starting from the fingerprint.
    pub fn key(&self, kind: &str) -> KeyBuilder {
        KeyBuilder::new()
            .key(self.fingerprint)
            .bytes(kind.as_bytes())
    }

    /// The bytes filed under `key`, or `make`'s, which are then filed.
    pub fn bytes<E>(
        &self,
        key: Key,
        make: impl FnOnce() -> Result<Vec<u8>, E>,
    ) -> Result<Vec<u8>, E> {
        if let Some(bytes) = self.read(key) {
            return Ok(bytes);
        }
        let bytes = make()?;
        self.write(key, &bytes);
        Ok(bytes)
    }

    /// `bytes` for a set of named files (a search index, say).
    pub fn files<E>(
        &self,
        key: Key,
        make: impl FnOnce() -> Result<Vec<(String, Vec<u8>)>, E>,
    ) -> Result<Vec<(String, Vec<u8>)>, E> {
        if let Some(files) = self.read(key).and_then(|bytes| unpack(&bytes)) {
            return Ok(files);
        }
        let files = make()?;
        self.write(key, &pack(&files));
        Ok(files)
    }

    /// What this build has reused and made so far.
    pub fn so_far(&self) -> CacheUse {
        CacheUse {
            reused: self.reused.load(Ordering::Relaxed),
            made: self.made.load(Ordering::Relaxed),
        }
    }

    /// Removes every entry this build did not use; call it only after a
    /// build that succeeded. Returns what the build reused and made.
    pub fn finish(&self) -> CacheUse {
        let counts = self.so_far();
        let (Some(dir), Ok(used)) = (&self.dir, self.used.lock()) else {
            return counts;
        };
        let Ok(shards) = std::fs::read_dir(dir) else {
            return counts;
        };
        for shard in shards
            .flatten()
            .filter(|entry| entry.file_type().is_ok_and(|t| t.is_dir()))
        {
            let Ok(entries) = std::fs::read_dir(shard.path()) else {
                continue;
            };
            for entry in entries.flatten() {
                let name = format!(
                    "{}{}",
                    shard.file_name().to_string_lossy(),
                    entry.file_name().to_string_lossy()
                );
                if parse_key(&name).is_none_or(|key| !used.contains(&key)) {
                    let _ = std::fs::remove_file(entry.path())
                        .or_else(|_| std::fs::remove_dir_all(entry.path()));
                }
            }
        }
        counts
    }

    /// `dir/ab/cdef…`: 256 folders, so none grows too long.
    fn path(&self, key: Key) -> Option<PathBuf> {
        let hex = blake3::Hash::from(key.0).to_hex();
        Some(self.dir.as_ref()?.join(&hex[..2]).join(&hex[2..]))
    }

    fn read(&self, key: Key) -> Option<Vec<u8>> {
        let entry = std::fs::read(self.path(key)?).ok()?;
        let bytes = entry.strip_prefix(MAGIC)?;
        let (bytes, check) = bytes.split_at_checked(bytes.len().checked_sub(CHECK_LEN)?)?;
        if check != check_of(key, bytes) {
            return None;
        }
        self.mark_used(key);
        self.reused.fetch_add(1, Ordering::Relaxed);
        Some(bytes.to_vec())
    }

    /// Files `bytes` under `key`: a temporary file in the same folder,
    /// renamed into place. Failing to write only loses speed.
    fn write(&self, key: Key, bytes: &[u8]) {
        self.made.fetch_add(1, Ordering::Relaxed);
        let Some(path) = self.path(key) else { return };
        self.mark_used(key);
        let write = || -> std::io::Result<()> {
            let folder = path.parent().unwrap_or(Path::new("."));
            std::fs::create_dir_all(folder)?;
            static NEXT: AtomicUsize = AtomicUsize::new(0);
            // Not a key's name: `finish` removes it if this build dies first.
            let temp = folder.join(format!(
                "tmp-{}-{}",
                std::process::id(),
                NEXT.fetch_add(1, Ordering::Relaxed)
            ));
            let mut file = std::io::BufWriter::new(std::fs::File::create_new(&temp)?);
            let written = [MAGIC, bytes, &check_of(key, bytes)]
                .iter()
                .try_for_each(|part| file.write_all(part))
                .and_then(|()| file.flush());
            drop(file);
            // Something that is not an entry (a folder, say) may be in the way.
            let rename = || {
                std::fs::rename(&temp, &path).or_else(|_| {
                    std::fs::remove_dir_all(&path).and_then(|()| std::fs::rename(&temp, &path))
                })
            };
            written.and_then(|()| rename()).inspect_err(|_| {
                let _ = std::fs::remove_file(&temp);
            })
        };
        let _ = write();
    }

    fn mark_used(&self, key: Key) {
        if let Ok(mut used) = self.used.lock() {
            used.insert(key);
        }
    }
}

fn check_of(key: Key, bytes: &[u8]) -> [u8; CHECK_LEN] {
    *blake3::Hasher::new()
        .update(&key.0)
        .update(bytes)
        .finalize()
        .as_bytes()
}

fn parse_key(hex: &str) -> Option<Key> {
    blake3::Hash::from_hex(hex)
        .ok()
        .map(|hash| Key(*hash.as_bytes()))
}

/// The hash of udha's executable, `site.toml` and the files under
/// `inputs`, by path and bytes, in a fixed order; `None` when udha cannot
/// read itself.
fn fingerprint(root: &Path, inputs: &[&str]) -> Option<Key> {
    let executable = std::fs::read(std::env::current_exe().ok()?).ok()?;
    let mut key = KeyBuilder::new().bytes(MAGIC).bytes(&executable);
    for input in inputs {
        let mut files: Vec<PathBuf> = walkdir::WalkDir::new(root.join(input))
            .into_iter()
            .flatten()
            .filter(|e| e.file_type().is_file())
            .map(|e| e.into_path())
            .collect();
        files.sort();
        for file in files {
            // An unreadable file is an error for the loaders to report;
            // here it only has to change the key.
            let bytes = std::fs::read(&file).unwrap_or_default();
            key = key
                .bytes(
                    file.strip_prefix(root)
                        .unwrap_or(&file)
                        .to_string_lossy()
                        .as_bytes(),
                )
                .bytes(&bytes);
        }
    }
    Some(key.finish())
}

/// Named files as one entry: for each, the path's length and the path,
/// the length of the bytes and the bytes.
fn pack(files: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut packed = Vec::with_capacity(
        files
            .iter()
            .map(|(path, bytes)| 16 + path.len() + bytes.len())
            .sum(),
    );
    for (path, bytes) in files {
        for part in [path.as_bytes(), bytes] {
            packed.extend_from_slice(&(part.len() as u64).to_le_bytes());
            packed.extend_from_slice(part);
        }
    }
    packed
}

fn unpack(mut packed: &[u8]) -> Option<Vec<(String, Vec<u8>)>> {
    let mut part = || -> Option<Vec<u8>> {
        let (length, rest) = packed.split_first_chunk::<8>()?;
        let (part, rest) =
            rest.split_at_checked(usize::try_from(u64::from_le_bytes(*length)).ok()?)?;
        packed = rest;
        Some(part.to_vec())
    };
    let mut files = Vec::new();
    while let Some(path) = part() {
        files.push((String::from_utf8(path).ok()?, part()?));
    }
    Some(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cache_in(dir: &Path) -> Cache {
        Cache {
            dir: Some(dir.to_path_buf()),
            fingerprint: Key([7; 32]),
            ..Cache::disabled()
        }
    }

    #[test]
    fn keeps_what_it_made_and_gives_it_back() {
        let dir = tempfile::tempdir().unwrap();
        let cache = cache_in(dir.path());
        let key = cache.key("page").bytes(b"input").finish();
        assert_eq!(
            cache.bytes(key, || Ok::<_, ()>(b"made".to_vec())),
            Ok(b"made".to_vec())
        );
        let again = cache_in(dir.path());
        assert_eq!(
            again.bytes(key, || Err("must not be made again")),
            Ok(b"made".to_vec())
        );
        assert_eq!(again.finish(), CacheUse { reused: 1, made: 0 });
    }

    #[test]
    fn a_damaged_entry_counts_as_missing() {
        let dir = tempfile::tempdir().unwrap();
        let cache = cache_in(dir.path());
        let key = cache.key("page").bytes(b"input").finish();
        cache
            .bytes(key, || Ok::<_, ()>(b"made once".to_vec()))
            .unwrap();
        let path = cache.path(key).unwrap();
        let whole = std::fs::read(&path).unwrap();
        let mut flipped = whole.clone();
        flipped[MAGIC.len() + 2] ^= 1;
        for damaged in [
            flipped,
            whole[..whole.len() - 1].to_vec(),
            Vec::new(),
            whole[MAGIC.len()..].to_vec(),
        ] {
            std::fs::write(&path, &damaged).unwrap();
            let fresh = cache_in(dir.path());
            assert_eq!(
                fresh.bytes(key, || Ok::<_, ()>(b"made again".to_vec())),
                Ok(b"made again".to_vec())
            );
            std::fs::write(&path, &whole).unwrap();
        }
        // An entry copied under another key is not that key's.
        let other = cache.key("page").bytes(b"other input").finish();
        std::fs::create_dir_all(cache.path(other).unwrap().parent().unwrap()).unwrap();
        std::fs::copy(&path, cache.path(other).unwrap()).unwrap();
        assert_eq!(
            cache_in(dir.path()).bytes(other, || Ok::<_, ()>(b"its own".to_vec())),
            Ok(b"its own".to_vec())
        );
    }

    #[test]
    fn removes_what_a_build_did_not_use() {
        let dir = tempfile::tempdir().unwrap();
        let first = cache_in(dir.path());
        let (kept, dropped) = (first.key("a").finish(), first.key("b").finish());
        for key in [kept, dropped] {
            first.bytes(key, || Ok::<_, ()>(vec![1])).unwrap();
        }
        first.finish();
        let second = cache_in(dir.path());
        second.bytes(kept, || Ok::<_, ()>(vec![1])).unwrap();
        second.finish();
        assert!(second_path_exists(dir.path(), kept));
        assert!(!second_path_exists(dir.path(), dropped));
    }

    fn second_path_exists(dir: &Path, key: Key) -> bool {
        cache_in(dir).path(key).unwrap().exists()
    }

    #[test]
    fn packs_named_files() {
        let files = vec![
            ("a/b.json".to_string(), b"{}".to_vec()),
            ("empty".to_string(), Vec::new()),
        ];
        assert_eq!(unpack(&pack(&files)), Some(files));
        assert_eq!(unpack(&pack(&[("x".into(), vec![1, 2, 3])])[..12]), None);
    }

    #[test]
    fn keys_tell_their_parts_apart() {
        let cache = cache_in(Path::new("."));
        assert!(
            cache.key("k").bytes(b"ab").bytes(b"c").finish()
                != cache.key("k").bytes(b"a").bytes(b"bc").finish()
        );
        assert!(cache.key("k").json(&"x").finish() != cache.key("l").json(&"x").finish());
        let value = |json: &str| {
            cache
                .key("v")
                .value(&serde_json::from_str(json).unwrap())
                .finish()
        };
        assert!(value(r#"["ab","c"]"#) != value(r#"["a","bc"]"#));
        assert!(value(r#"{"a":"1"}"#) != value(r#"{"a":1}"#));
        assert!(value(r#"{"a":[]}"#) != value(r#"{"a":{}}"#));
        assert!(value(r#"[[1],2]"#) != value(r#"[[1,2]]"#));
        assert_eq!(
            value(r#"{"b":1,"a":2}"#),
            value(r#"{"a":2,"b":1}"#),
            "JSON objects have no order"
        );
        assert!(Cache::disabled().key("k").finish() != cache.key("k").finish());
    }
}
