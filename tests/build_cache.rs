//! End to end: the build cache (`.udha-cache/` in the site) makes a rebuild
//! render only what an edit changed, and its output is the clean build's,
//! byte for byte; a cache that is missing, stale, foreign or damaged is
//! never trusted.

mod common;

use std::path::Path;

use common::*;

/// Builds `root` into `out` with the cache and returns (reused, made) from
/// the `--verbose` summary.
fn cached_build(root: &Path, out: &Path) -> (usize, usize) {
    let run = udha(&[
        "build",
        "--verbose",
        "--root",
        &root.to_string_lossy(),
        "--out",
        &out.to_string_lossy(),
    ]);
    assert_eq!(run.code, 0, "build failed:\n{}", run.stderr);
    let line = run
        .stdout
        .lines()
        .find(|line| line.contains("build cache"))
        .unwrap_or_else(|| panic!("no cache line in:\n{}", run.stdout));
    let numbers: Vec<usize> = line
        .rsplit(':')
        .next()
        .unwrap_or_default()
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|n| n.parse().ok())
        .collect();
    (numbers[0], numbers[1])
}

/// The clean build of `root`, ignoring any cache.
fn clean_build(root: &Path) -> std::collections::BTreeMap<String, Vec<u8>> {
    let out = tempfile::tempdir().expect("temp dir");
    let out = out.path().join("clean");
    let run = udha(&[
        "build",
        "--no-cache",
        "--root",
        &root.to_string_lossy(),
        "--out",
        &out.to_string_lossy(),
    ]);
    assert_eq!(run.code, 0, "clean build failed:\n{}", run.stderr);
    snapshot(&out)
}

fn assert_same(out: &Path, clean: &std::collections::BTreeMap<String, Vec<u8>>, case: &str) {
    let built = snapshot(out);
    let differ: Vec<&String> = clean
        .keys()
        .filter(|path| built.get(*path) != clean.get(*path))
        .chain(built.keys().filter(|path| !clean.contains_key(*path)))
        .collect();
    assert!(
        differ.is_empty(),
        "{case}: output differs from a clean build in {} files, e.g. {:?}",
        differ.len(),
        &differ[..differ.len().min(5)]
    );
}

fn edit(root: &Path, file: &str, from: &str, to: &str) {
    let path = root.join(file);
    let text = std::fs::read_to_string(&path).expect("read");
    assert!(text.contains(from), "{file} has no {from:?}");
    std::fs::write(&path, text.replace(from, to)).expect("write");
}

/// The file's identity on disk: its inode.
#[cfg(unix)]
fn file_id(path: &Path) -> u64 {
    std::os::unix::fs::MetadataExt::ino(&std::fs::metadata(path).expect("built file"))
}

fn entries(cache: &Path) -> Vec<std::path::PathBuf> {
    let mut found: Vec<_> = walkdir::WalkDir::new(cache)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file() && e.file_name() != "CACHEDIR.TAG")
        .map(|e| e.into_path())
        .collect();
    found.sort();
    found
}

#[test]
fn an_edit_rebuilds_only_what_it_changed_and_the_output_is_a_clean_builds() {
    let site = copy_fixture("mini");
    let out_dir = tempfile::tempdir().expect("temp dir");
    let out = out_dir.path().join("public");
    let (reused, made) = cached_build(site.path(), &out);
    assert_eq!(reused, 0, "a first build has nothing to reuse");
    assert!(made > 20, "the first build fills the cache ({made} made)");
    assert!(
        site.path().join(".udha-cache/CACHEDIR.TAG").is_file(),
        "the cache lives in the site's folder and says it is a cache"
    );

    let (reused, again) = cached_build(site.path(), &out);
    assert_eq!(
        (reused, again),
        (made, 0),
        "a build with nothing changed renders nothing"
    );
    assert_same(&out, &clean_build(site.path()), "unchanged");

    // One sentence of one page: that page, and its language's search index.
    #[cfg(unix)]
    let (unchanged, edited) = (
        out.join("en/guide/apply/index.html"),
        out.join("en/guide/stay/index.html"),
    );
    #[cfg(unix)]
    let before = (file_id(&unchanged), file_id(&edited));
    edit(
        site.path(),
        "content/guide/stay.en.md",
        "Go back to",
        "Go straight back to",
    );
    let (_, made) = cached_build(site.path(), &out);
    assert!(
        (1..=4).contains(&made),
        "one edited sentence re-renders its page, not the site ({made} made)"
    );
    assert_same(&out, &clean_build(site.path()), "after editing a sentence");
    #[cfg(unix)]
    {
        assert_eq!(
            file_id(&unchanged),
            before.0,
            "an unchanged page stays the same file, with its date"
        );
        assert_ne!(file_id(&edited), before.1, "the edited page is a new file");
    }

    // A title shows in navigation, breadcrumbs, code pages and directories.
    edit(
        site.path(),
        "content/guide/stay.en.md",
        "title = \"Staying\"",
        "title = \"Staying here\"",
    );
    let (_, made) = cached_build(site.path(), &out);
    assert!(
        made > 4,
        "a new title re-renders every page that shows it ({made} made)"
    );
    assert_same(&out, &clean_build(site.path()), "after editing a title");

    // A template is in every key: everything is made again.
    edit(
        site.path(),
        "templates/page.html",
        "</article>",
        "<p>new</p></article>",
    );
    let (reused, _) = cached_build(site.path(), &out);
    assert!(
        reused < made,
        "a changed template is not answered from the cache"
    );
    assert_same(&out, &clean_build(site.path()), "after editing a template");
}

#[test]
fn a_damaged_stale_or_foreign_cache_is_ignored() {
    let site = copy_fixture("mini");
    let out_dir = tempfile::tempdir().expect("temp dir");
    let out = out_dir.path().join("public");
    let cache = site.path().join(".udha-cache");
    cached_build(site.path(), &out);
    let clean = clean_build(site.path());
    let all = entries(&cache);
    assert!(all.len() > 20);

    type Damage = Box<dyn Fn(&[std::path::PathBuf])>;
    let damages: Vec<(&str, Damage)> = vec![
        (
            "entries cut short",
            Box::new(|all| {
                all.iter().step_by(3).for_each(|e| {
                    let bytes = std::fs::read(e).expect("read");
                    std::fs::write(e, &bytes[..bytes.len() / 2]).expect("write");
                })
            }),
        ),
        (
            "one byte changed in every entry",
            Box::new(|all| {
                all.iter().for_each(|e| {
                    let mut bytes = std::fs::read(e).expect("read");
                    let middle = bytes.len() / 2;
                    bytes[middle] ^= 0x20;
                    std::fs::write(e, bytes).expect("write");
                })
            }),
        ),
        (
            "entries swapped",
            Box::new(|all| {
                all.windows(2).step_by(2).for_each(|pair| {
                    let (a, b) = (
                        std::fs::read(&pair[0]).expect("read"),
                        std::fs::read(&pair[1]).expect("read"),
                    );
                    std::fs::write(&pair[0], b).expect("write");
                    std::fs::write(&pair[1], a).expect("write");
                })
            }),
        ),
        (
            "entries emptied",
            Box::new(|all| {
                all.iter()
                    .for_each(|e| std::fs::write(e, b"").expect("write"))
            }),
        ),
        (
            "half the entries missing",
            Box::new(|all| {
                all.iter()
                    .step_by(2)
                    .for_each(|e| std::fs::remove_file(e).expect("remove"))
            }),
        ),
        (
            "folders where entries were",
            Box::new(|all| {
                all.iter().step_by(4).for_each(|e| {
                    std::fs::remove_file(e).expect("remove");
                    std::fs::create_dir_all(e.join("x")).expect("mkdir");
                })
            }),
        ),
    ];
    for (case, damage) in damages {
        // Start each case from a good cache.
        std::fs::remove_dir_all(&cache).expect("remove cache");
        cached_build(site.path(), &out);
        damage(&entries(&cache));
        cached_build(site.path(), &out);
        assert_same(&out, &clean, case);
        // What was damaged has been made again: the next build reuses all.
        let (reused, made) = cached_build(site.path(), &out);
        assert_eq!(
            made, 0,
            "{case}: the damaged entries were replaced ({reused} reused)"
        );
    }

    // Another site's cache in this one's place: nothing of it is used.
    let other = copy_fixture("mini");
    edit(
        other.path(),
        "site.toml",
        "title = \"Mini\"",
        "title = \"Other\"",
    );
    let other_out = tempfile::tempdir().expect("temp dir");
    cached_build(other.path(), &other_out.path().join("public"));
    std::fs::remove_dir_all(&cache).expect("remove cache");
    std::fs::rename(other.path().join(".udha-cache"), &cache).expect("move the other cache in");
    assert!(
        entries(&cache).len() > 20,
        "the other site's cache is in place"
    );
    let (reused, _) = cached_build(site.path(), &out);
    assert_eq!(reused, 0, "a foreign cache answers nothing");
    assert_same(&out, &clean, "foreign cache");
    assert_eq!(
        entries(&cache)
            .iter()
            .filter(|e| !std::fs::read(e).unwrap_or_default().is_empty())
            .count(),
        entries(&cache).len()
    );
}

#[test]
fn the_output_cannot_go_into_the_cache() {
    let site = copy_fixture("mini");
    let root = site.path().to_string_lossy().into_owned();
    for out in [
        site.path().join(".udha-cache"),
        site.path().join(".udha-cache/ab"),
    ] {
        let run = udha(&["build", "--root", &root, "--out", &out.to_string_lossy()]);
        assert_eq!(run.code, 1, "{}", run.stderr);
        assert!(run.stderr.contains("help: "), "{}", run.stderr);
    }
    // --no-cache builds leave no cache behind.
    let out = tempfile::tempdir().expect("temp dir");
    let run = udha(&[
        "build",
        "--no-cache",
        "--root",
        &root,
        "--out",
        &out.path().join("p").to_string_lossy(),
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!site.path().join(".udha-cache").exists());
}
