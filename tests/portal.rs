//! The bundled portal itself: it builds, `check` passes, every internal
//! link resolves, every page exists in every written language in the right
//! script, and every phone number on it comes from the verified facts.

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use common::*;

const WRITTEN: [&str; 5] = ["en", "sq", "sr", "ar", "fa"];

fn portal() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn source_files() -> Vec<PathBuf> {
    walkdir::WalkDir::new(portal().join("content"))
        .into_iter()
        .filter_map(Result::ok)
        .map(|e| e.into_path())
        .filter(|p| p.to_string_lossy().ends_with(".en.md"))
        .collect()
}

fn translation_of(source: &Path, lang: &str) -> PathBuf {
    PathBuf::from(
        source
            .to_string_lossy()
            .replace(".en.md", &format!(".{lang}.md")),
    )
}

/// The text a reader sees: the body without front matter, code, link
/// targets and contact-card keys.
fn prose(path: &Path) -> String {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let body = text.splitn(3, "+++").nth(2).unwrap_or_default();
    let mut out = String::new();
    let mut rest = body;
    while let Some(start) = rest.find("](") {
        out.push_str(&rest[..start]);
        rest = &rest[start..];
        rest = &rest[rest.find(')').map(|i| i + 1).unwrap_or(rest.len())..];
    }
    out.push_str(rest);
    out.lines()
        .filter(|l| !l.contains(" = \"") && !l.contains("{#"))
        .collect::<Vec<_>>()
        .join("\n")
}

fn share(text: &str, in_script: impl Fn(char) -> bool) -> f64 {
    let letters: Vec<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
    letters.iter().filter(|&&c| in_script(c)).count() as f64 / letters.len().max(1) as f64
}

#[test]
fn builds_checks_and_every_internal_link_resolves() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("public");
    let run = build_ok(&portal(), &out);
    assert!(run.stdout.contains("in 6 languages"), "{}", run.stdout);
    let mut html_files = 0;
    for (path, bytes) in snapshot(&out) {
        if path.ends_with(".html") {
            html_files += 1;
            for href in internal_hrefs(&String::from_utf8_lossy(&bytes)) {
                assert!(
                    resolves(&out, &href),
                    "{path} links to {href}, which does not exist"
                );
            }
        }
    }
    assert!(html_files > 200, "{html_files} pages");
    let check = udha(&["check", "--root", &portal().to_string_lossy()]);
    assert_eq!(check.code, 0, "{}", check.stderr);
    assert!(
        !check.stderr.contains("UI messages are missing"),
        "every locale has every UI string: {}",
        check.stderr
    );
}

#[test]
fn every_page_exists_in_every_written_language() {
    let sources = source_files();
    assert!(
        sources.len() >= 20,
        "at least 20 pages, found {}",
        sources.len()
    );
    let mut missing = Vec::new();
    for source in &sources {
        for lang in &WRITTEN[1..] {
            let path = translation_of(source, lang);
            if !path.is_file() {
                missing.push(path.display().to_string());
            }
        }
    }
    assert!(
        missing.is_empty(),
        "missing translations:\n{}",
        missing.join("\n")
    );
}

#[test]
fn translations_are_in_their_own_script() {
    let arabic_block =
        |c: char| ('\u{0600}'..='\u{06FF}').contains(&c) || ('\u{FB50}'..='\u{FDFF}').contains(&c);
    let cyrillic = |c: char| ('\u{0400}'..='\u{04FF}').contains(&c);
    for source in source_files() {
        for (lang, in_script, at_least) in [
            ("ar", &arabic_block as &dyn Fn(char) -> bool, 0.8),
            ("fa", &arabic_block, 0.8),
            ("sr", &cyrillic, 0.75),
        ] {
            let path = translation_of(&source, lang);
            let text = prose(&path);
            let ratio = share(&text, in_script);
            assert!(
                ratio >= at_least,
                "{}: only {:.0}% of letters are in the {lang} script",
                path.display(),
                ratio * 100.0
            );
        }
        let farsi = prose(&translation_of(&source, "fa"));
        assert!(
            !farsi.contains(['\u{064A}', '\u{0643}']),
            "{}: Persian uses ی and ک, not Arabic ي and ك",
            source.display()
        );
        assert!(
            farsi.chars().any(|c| "پچژگی".contains(c)),
            "{}: no Persian letters",
            source.display()
        );
        let arabic = prose(&translation_of(&source, "ar"));
        assert!(
            !arabic.chars().any(|c| "پچژگ".contains(c)),
            "{}: Persian letters in Arabic text",
            source.display()
        );
    }
}

#[test]
fn translations_say_honestly_how_far_they_are_checked() {
    for source in source_files() {
        for lang in &WRITTEN[1..] {
            let path = translation_of(&source, lang);
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            assert!(
                ["machine", "draft", "reviewed"]
                    .iter()
                    .any(|s| text.contains(&format!("translation = \"{s}\""))),
                "{}: say translation = \"machine\", \"draft\" or \"reviewed\"",
                path.display()
            );
        }
    }
}

#[test]
fn no_placeholder_text() {
    for entry in walkdir::WalkDir::new(portal().join("content"))
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
    {
        let text = std::fs::read_to_string(entry.path())
            .expect("read")
            .to_lowercase();
        for marker in [
            "todo",
            "tbd",
            "lorem",
            "xxx",
            "fixme",
            "[translate",
            "placeholder",
        ] {
            assert!(
                !text.contains(marker),
                "{}: contains `{marker}`",
                entry.path().display()
            );
        }
    }
}

/// What readers see of sources: real, dated documents from the project's
/// own register, and every number they can tap listed there. Nothing here
/// reads outside the repository.
#[test]
fn every_tapped_number_and_cited_source_is_in_the_register() {
    let register = udha::load::sources::Register::load(
        &portal(),
        udha::load::config::Config::load(&portal())
            .expect("site.toml")
            .phones
            .country_code
            .as_deref(),
    )
    .expect("the source register loads");
    assert!(
        register.sources.len() >= 5,
        "the portal's register has {} sources",
        register.sources.len()
    );
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("public");
    build_ok(&portal(), &out);
    let mut numbers = BTreeSet::new();
    for (path, bytes) in snapshot(&out) {
        let html = String::from_utf8_lossy(&bytes);
        for piece in html
            .split("href=tel:")
            .skip(1)
            .chain(html.split("href=\"tel:").skip(1))
        {
            let number: String = piece
                .chars()
                .take_while(|c| c.is_ascii_digit() || *c == '+')
                .collect();
            numbers.insert((number, path.clone()));
        }
        if path.ends_with(".html") {
            for leak in ["facts.md", "seeds/", ".txt"] {
                assert!(
                    !html.contains(leak),
                    "{path} shows an internal file name ({leak}) to readers"
                );
            }
        }
    }
    assert!(!numbers.is_empty());
    for (number, path) in numbers {
        assert!(
            register
                .contact(udha::load::sources::FactKind::Phone, &number)
                .is_some(),
            "{path}: tel:{number} is not in sources/"
        );
    }
    let emergency = read(&out, "en/contacts/emergency/index.html");
    assert!(
        emergency.contains("<cite>"),
        "the emergency page lists its sources by title"
    );
}

fn gzip_size(bytes: &[u8]) -> usize {
    use std::io::Write;
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes).expect("gzip");
    encoder.finish().expect("gzip").len()
}

#[test]
fn every_reader_page_fits_one_round_trip() {
    const BUDGET: usize = 14 * 1024;
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("public");
    build_ok(&portal(), &out);
    let files = snapshot(&out);
    let stylesheet = files
        .keys()
        .find(|p| p.starts_with("style.") && p.ends_with(".css"))
        .expect("a fingerprinted stylesheet");
    let css = gzip_size(&files[stylesheet]);
    let mut weights: Vec<(usize, String)> = files
        .iter()
        // Reader pages: not the staff directories, the one-file editions
        // or the short links (/ar/11/, /fa/۱۱/: a redirect with no stylesheet).
        .filter(|(path, _)| {
            path.ends_with(".html")
                && !path.contains("directory/")
                && !path.contains("/udha-")
                && !path
                    .split('/')
                    .nth(1)
                    .is_some_and(|part| part.chars().all(|c| c.is_numeric()))
        })
        .map(|(path, bytes)| {
            let html = String::from_utf8_lossy(bytes);
            for external in [
                "src=http",
                "src=\"http",
                "src=//",
                "src=\"//",
                "url(http",
                "url(//",
                "@import",
            ] {
                assert!(
                    !html.contains(external),
                    "{path} loads something from another host ({external})"
                );
            }
            let stylesheets = html.matches("rel=stylesheet").count();
            assert_eq!(
                stylesheets, 1,
                "{path} should load exactly the one stylesheet"
            );
            assert!(
                html.contains(&format!("href=/{stylesheet}")),
                "{path} loads another stylesheet than {stylesheet}"
            );
            (gzip_size(bytes) + css, path.clone())
        })
        .collect();
    weights.sort();
    let (median, largest) = (&weights[weights.len() / 2], &weights[weights.len() - 1]);
    eprintln!(
        "page weight (HTML + CSS, gzip): median {} B ({}), largest {} B ({}), {} pages",
        median.0,
        median.1,
        largest.0,
        largest.1,
        weights.len()
    );
    for (weight, path) in &weights {
        assert!(
            *weight <= BUDGET,
            "{path}: {weight} bytes gzip with its stylesheet, over the {BUDGET}-byte budget"
        );
    }
}

#[test]
fn two_builds_of_the_portal_are_byte_identical() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (a, b) = (dir.path().join("a"), dir.path().join("b"));
    build_ok(&portal(), &a);
    build_ok(&portal(), &b);
    let (first, second) = (snapshot(&a), snapshot(&b));
    assert_eq!(
        first.keys().collect::<Vec<_>>(),
        second.keys().collect::<Vec<_>>()
    );
    for (path, bytes) in &first {
        assert!(second[path] == *bytes, "{path} differs between two builds");
    }
}
