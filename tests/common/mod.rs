//! Shared by the end-to-end tests: run the `udha` binary, copy a fixture
//! site into a temporary folder, and snapshot an output tree.

#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

pub fn udha(args: &[&str]) -> Run {
    udha_with(args, &[])
}

/// `udha` with environment variables set: `[("UDHA_TODAY", "2026-12-09")]`.
pub fn udha_with(args: &[&str], env: &[(&str, &str)]) -> Run {
    let output = Command::new(env!("CARGO_BIN_EXE_udha"))
        .args(args)
        .envs(env.iter().copied())
        .output()
        .expect("run udha");
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// A fresh copy of a fixture site in a temporary folder, to change freely.
pub fn copy_fixture(name: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    copy_tree(&fixture(name), dir.path());
    dir
}

/// Copies a site, without a build cache that a build in place left.
pub fn copy_tree(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from)
        .into_iter()
        .filter_entry(|entry| entry.file_name() != ".udha-cache")
    {
        let entry = entry.expect("walk fixture");
        let target = to.join(entry.path().strip_prefix(from).expect("inside fixture"));
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).expect("mkdir");
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

/// A fixture's `content/` and `sources/` with the portal's `site.toml`,
/// UI strings and theme, so what is tested is what readers of the portal
/// get.
pub fn with_portal_settings(name: &str) -> tempfile::TempDir {
    let site = tempfile::tempdir().expect("temp dir");
    let portal = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    for dir in ["locales", "themes"] {
        copy_tree(&portal.join(dir), &site.path().join(dir));
    }
    std::fs::copy(portal.join("site.toml"), site.path().join("site.toml")).expect("copy site.toml");
    for dir in ["content", "sources"] {
        copy_tree(&fixture(name).join(dir), &site.path().join(dir));
    }
    site
}

/// Rewrites `file` under `root` with `change`.
pub fn edit(root: &Path, file: &str, change: impl FnOnce(String) -> String) {
    let path = root.join(file);
    let text = std::fs::read_to_string(&path).expect("read");
    std::fs::write(&path, change(text)).expect("write");
}

/// Every file under `dir` with its bytes.
pub fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let path = e
                .path()
                .strip_prefix(dir)
                .expect("inside")
                .to_string_lossy()
                .into_owned();
            (path, std::fs::read(e.path()).expect("read output"))
        })
        .collect()
}

pub fn read(dir: &Path, path: &str) -> String {
    std::fs::read_to_string(dir.join(path)).unwrap_or_else(|err| panic!("{path}: {err}"))
}

/// Builds `root` into `out` and asserts success. The build cache goes to
/// a temporary folder, so a fixture's folder gets none and every build
/// starts clean (tests/build_cache.rs tests the cache).
pub fn build_ok(root: &Path, out: &Path) -> Run {
    let cache = tempfile::tempdir().expect("temp dir");
    let run = udha(&[
        "build",
        "--root",
        &root.to_string_lossy(),
        "--out",
        &out.to_string_lossy(),
        "--cache",
        &cache.path().to_string_lossy(),
    ]);
    assert_eq!(run.code, 0, "build failed:\n{}", run.stderr);
    run
}

/// All `href="/..."` targets in an HTML file (minified output may drop quotes).
pub fn internal_hrefs(html: &str) -> Vec<String> {
    let mut hrefs = Vec::new();
    for piece in html.split("href=").skip(1) {
        let value: String = match piece.chars().next() {
            Some(q @ ('"' | '\'')) => piece[1..].chars().take_while(|&c| c != q).collect(),
            _ => piece
                .chars()
                .take_while(|&c| !c.is_whitespace() && c != '>')
                .collect(),
        };
        if value.starts_with('/') {
            hrefs.push(value);
        }
    }
    hrefs
}

/// Whether an internal URL path (maybe with #anchor) names a file in `out`.
pub fn resolves(out: &Path, href: &str) -> bool {
    let path = href
        .split('#')
        .next()
        .unwrap_or(href)
        .trim_start_matches('/');
    let file = if path.is_empty() || path.ends_with('/') {
        format!("{path}index.html")
    } else {
        path.to_string()
    };
    out.join(file).is_file()
}
