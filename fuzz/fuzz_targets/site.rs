//! A whole-site build of a generated tree: the input is cut at 0xFF bytes
//! into content files (home, a section, pages in several languages) of the
//! `mini` fixture site, which is then built. Errors are fine; panics and
//! hangs are not, and a failed build must leave no output behind.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;

const NAMES: [&str; 8] = [
    "_index.en.md",
    "guide/_index.en.md",
    "guide/apply.en.md",
    "guide/apply.sr.md",
    "guide/apply.ar.md",
    "guide/stay.en.md",
    "guide/stay.sr.md",
    "_index.ar.md",
];

fn copy(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).expect("fixture folder") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            std::fs::create_dir_all(&target).expect("mkdir");
            copy(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let site = tempfile::tempdir().expect("temp dir");
    let fixture = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/fixtures/mini"));
    for dir in ["templates", "locales", "static"] {
        std::fs::create_dir_all(site.path().join(dir)).expect("mkdir");
        copy(&fixture.join(dir), &site.path().join(dir));
    }
    std::fs::copy(fixture.join("site.toml"), site.path().join("site.toml")).expect("copy");
    std::fs::create_dir_all(site.path().join("content/guide")).expect("mkdir");
    for (name, bytes) in NAMES.iter().zip(data.split(|&b| b == 0xFF)) {
        std::fs::write(site.path().join("content").join(name), bytes).expect("write");
    }
    let out = site.path().join("public");
    if udha::build(site.path(), &out, &|_, _| {}).is_err() {
        assert!(!out.exists(), "a failed build wrote output");
    }
});
