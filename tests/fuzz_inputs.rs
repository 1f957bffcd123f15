//! Replays the inputs kept under `tests/fuzz/<target>/` (hand-made tricky
//! cases and whatever the fuzzers in `fuzz/` found) through the same entry
//! points the fuzz targets use, so every fix stays fixed.

use std::path::Path;

fn inputs(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fuzz")
        .join(target);
    let mut inputs: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|err| panic!("{}: {err}", dir.display()))
        .map(|entry| {
            let path = entry.expect("entry").path();
            (
                path.display().to_string(),
                std::fs::read(&path).expect("read input"),
            )
        })
        .collect();
    inputs.sort();
    assert!(!inputs.is_empty(), "no inputs in {}", dir.display());
    inputs
}

#[test]
fn content_files() {
    let config = udha::fuzzing::config();
    for (_name, data) in inputs("markdown") {
        udha::fuzzing::content_file(&config, &data);
    }
}

#[test]
fn fluent_files() {
    let config = udha::fuzzing::config();
    for (_name, data) in inputs("fluent") {
        udha::fuzzing::fluent_file(&config, &data);
    }
}

#[test]
fn whole_sites() {
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mini");
    for (_name, data) in inputs("site") {
        udha::fuzzing::whole_site(&fixture, &data);
    }
}

#[test]
fn workbench_forms() {
    for (_name, data) in inputs("form") {
        udha::fuzzing::form(&data);
    }
}

#[test]
fn register_scans() {
    let config = udha::fuzzing::config();
    for (_name, data) in inputs("register") {
        udha::fuzzing::register_scan(&config, &data);
    }
}
