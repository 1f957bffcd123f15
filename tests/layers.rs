//! The source tree shows the pipeline: each folder of `src/` is a stage,
//! and a stage imports only from the stages before it. This test reads
//! every `crate::` path in `src/` and fails when a module reaches forward
//! (a loader importing the renderer, say) or when modules import each other
//! in a circle.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The stages in pipeline order; a module may import from its own stage
/// and from earlier ones. `diagnostic`, `cache` and `script` sit under all
/// of them.
const STAGES: [&str; 8] = [
    "diagnostic",
    "cache",
    "script",
    "load",
    "site",
    "render",
    "publish",
    "commands",
];

/// Entry points that run the whole pipeline, outside the stages.
const ENTRY_POINTS: [&str; 3] = ["lib.rs", "main.rs", "fuzzing.rs"];

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// `src/render/pages.rs` → `render::pages`; `src/render/mod.rs` → `render`.
fn module_of(path: &Path) -> String {
    let relative = path
        .strip_prefix(src())
        .expect("under src")
        .with_extension("");
    let parts: Vec<String> = relative
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .filter(|p| p != "mod")
        .collect();
    parts.join("::")
}

fn stage_rank(module: &str) -> usize {
    let stage = module.split("::").next().unwrap_or("");
    let rank = STAGES
        .iter()
        .position(|s| *s == stage)
        .unwrap_or_else(|| panic!("src/{module}: not in a stage folder ({STAGES:?})"));
    // diagnostic, cache and script are all the base.
    rank.saturating_sub(2)
}

/// Every module path a file names with `crate::`, braces expanded one level
/// (`crate::render::{html, view::X}` → `render::html`, `render::view`).
fn imports(text: &str, known: &BTreeSet<String>) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let code: String = text
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n");
    for (at, _) in code.match_indices("crate::") {
        let rest = &code[at + "crate::".len()..];
        let path: String = rest
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
            .collect();
        let segments: Vec<&str> = path.split("::").filter(|s| !s.is_empty()).collect();
        let after = &rest[path.len()..];
        let mut candidates = Vec::new();
        if after.starts_with('{') {
            let inside = &after[1..after.find('}').unwrap_or(after.len())];
            for item in inside.split(',') {
                let first = item.trim().split("::").next().unwrap_or("").trim();
                let mut with = segments.clone();
                if first != "self" {
                    with.push(first);
                }
                candidates.push(with.join("::"));
            }
        } else {
            candidates.push(segments.join("::"));
        }
        // The longest prefix of each candidate that is a module.
        for candidate in candidates {
            let mut parts: Vec<&str> = candidate.split("::").collect();
            while !parts.is_empty() {
                let module = parts.join("::");
                if known.contains(&module) {
                    found.insert(module);
                    break;
                }
                parts.pop();
            }
        }
    }
    found
}

#[test]
fn stages_import_only_from_earlier_stages_and_modules_form_no_cycle() {
    let files: Vec<PathBuf> = walkdir::WalkDir::new(src())
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "rs"))
        .map(|e| e.into_path())
        .collect();
    let known: BTreeSet<String> = files.iter().map(|f| module_of(f)).collect();
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut forward = Vec::new();
    for file in &files {
        if ENTRY_POINTS.contains(
            &file
                .strip_prefix(src())
                .expect("under src")
                .to_string_lossy()
                .as_ref(),
        ) {
            continue;
        }
        let module = module_of(file);
        let text = std::fs::read_to_string(file).expect("read source");
        let mut used: BTreeSet<String> = imports(&text, &known)
            .into_iter()
            .filter(|m| *m != module)
            .collect();
        // A folder's mod.rs uses its own modules by their short names.
        for child in known.iter().filter(|k| {
            k.strip_prefix(&format!("{module}::"))
                .is_some_and(|rest| !rest.contains("::"))
        }) {
            let name = child.rsplit("::").next().unwrap_or(child);
            if text.match_indices(&format!("{name}::")).any(|(at, _)| {
                !text[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_' || c == ':')
            }) {
                used.insert(child.clone());
            }
        }
        for target in &used {
            if stage_rank(target) > stage_rank(&module) {
                forward.push(format!("src/{module} imports {target}, a later stage"));
            }
        }
        graph.insert(module, used);
    }
    assert!(graph.len() > 20, "found only {} modules", graph.len());
    assert!(forward.is_empty(), "{}", forward.join("\n"));

    // No cycle: remove modules that import nothing left, until none remain.
    let mut remaining = graph.clone();
    loop {
        let leaves: Vec<String> = remaining
            .iter()
            .filter(|(_, deps)| deps.iter().all(|d| !remaining.contains_key(d)))
            .map(|(m, _)| m.clone())
            .collect();
        if leaves.is_empty() {
            break;
        }
        leaves.iter().for_each(|m| {
            remaining.remove(m);
        });
    }
    assert!(
        remaining.is_empty(),
        "modules that import each other in a circle: {:?}",
        remaining.keys().collect::<Vec<_>>()
    );
}

#[test]
fn the_check_sees_a_forward_import() {
    let known: BTreeSet<String> = ["render", "render::html", "load", "load::config", "site"]
        .map(String::from)
        .into();
    let found = imports(
        "use crate::render::html::escape;\nuse crate::load::{config, content::X};\n// use crate::site;",
        &known,
    );
    assert_eq!(
        found,
        ["load", "load::config", "render::html"]
            .map(String::from)
            .into(),
        "the module each path names; comments do not count"
    );
    assert!(stage_rank("render::html") > stage_rank("load::config"));
    assert_eq!(stage_rank("diagnostic"), stage_rank("script::digits"));
}
