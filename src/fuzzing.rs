//! Entry points for the fuzz targets in `fuzz/` and for the regression
//! tests that replay their findings (`tests/fuzz_inputs.rs`): each takes any
//! bytes and must never panic or hang, whatever they are.
//!
//! Nothing in the build pipeline calls this module.

use std::path::{Path, PathBuf};

use crate::load::config::Config;
use crate::load::locales::Localizer;
use crate::render::markdown::{Targets, render};
use crate::script::digits::{Digits, Writing};
use crate::script::transliterate::Script;
use crate::site::outline::{InternalLink, outline};

/// A four-language configuration (English source, Serbian in both
/// scripts, Arabic) like the `mini` test fixture's.
pub fn config() -> Config {
    let text = "title = \"Fuzz\"\nbase_url = \"https://fuzz.example\"\nsource_language = \"en\"\n\
        [[languages]]\ncode = \"en\"\ntag = \"en\"\nname = \"English\"\ndirection = \"ltr\"\n\
        [[languages]]\ncode = \"sr\"\ntag = \"sr-Cyrl\"\nname = \"Српски\"\ndirection = \"ltr\"\n\
        [[languages]]\ncode = \"sr-latn\"\ntag = \"sr-Latn\"\nname = \"Srpski\"\ndirection = \"ltr\"\ntransliterated_from = \"sr\"\n\
        [[languages]]\ncode = \"ar\"\ntag = \"ar\"\nname = \"العربية\"\ndirection = \"rtl\"\n";
    match Config::parse(text, Path::new("site.toml")) {
        Ok(config) => config,
        Err(err) => panic!("the fuzzing configuration is valid: {err}"),
    }
}

/// Any bytes as a content file: parsed, then rendered in both scripts with
/// some links resolving and some not.
pub fn content_file(config: &Config, data: &[u8]) {
    let Ok(file) =
        crate::load::content::parse_file(Path::new("fuzz.en.md"), data.to_vec(), "en", config)
    else {
        return;
    };
    let resolve = |link: &InternalLink| {
        if link.page.len().is_multiple_of(2) {
            Ok(format!("/en/{}/", link.page))
        } else {
            Err(format!("no page @/{}", link.page))
        }
    };
    for script in [Script::AsWritten, Script::SerbianLatin] {
        let _ = render(
            &file.body,
            script,
            Writing {
                rtl: true,
                digits: Digits::Persian,
            },
            &Targets {
                link: &resolve,
                image: &|src, alt| match src.len() % 2 {
                    0 => Ok(format!("<img src=\"/img/{src}\" alt=\"{alt}\">")),
                    _ => Err(("no such image".into(), "fuzz".into())),
                },
                contact: &|id| match id.len() % 2 {
                    0 => Ok(crate::render::markdown::Contact { name: Some(id.to_string()), ..Default::default() }),
                    _ => Err("no such contact".into()),
                },
            },
        );
    }
    let _ = outline(&file.body);
}

/// Any text as an English `.ftl` file: every message it defines formatted
/// in English, Serbian Latin and Arabic, with and without arguments.
pub fn fluent_file(config: &Config, data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let files = vec![(
        "en".to_string(),
        PathBuf::from("fuzz.ftl"),
        text.to_string(),
    )];
    let Ok(localizer) = Localizer::from_sources(config, Vec::new(), files) else {
        return;
    };
    // With no Serbian messages, every English one is "missing" in Serbian.
    for key in localizer.missing_keys("sr") {
        for (code, count) in [("en", 1), ("sr-latn", 3), ("ar", 11)] {
            let Some(language) = config.language(code) else {
                continue;
            };
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("count", count);
            args.set("name", "<Ана>");
            let _ = localizer.format(language, &key, Some(&args));
            let _ = localizer.format(language, &key, None);
        }
    }
    if let Some(language) = config.language("ar") {
        let _ = localizer.format_date(language, time::macros::date!(2026 - 11 - 22));
    }
}

/// Any bytes as the body of a workbench form: parsed or refused whole,
/// and a parsed form encoded again parses to the same fields.
pub fn form(data: &[u8]) {
    use crate::commands::review::{Form, parse_form};
    let Some(Form(fields)) = parse_form(data) else {
        return;
    };
    let encode = |text: &str| {
        text.bytes()
            .map(|b| {
                if b.is_ascii_alphanumeric() {
                    (b as char).to_string()
                } else {
                    format!("%{b:02X}")
                }
            })
            .collect::<String>()
    };
    let again: Vec<String> = fields
        .iter()
        .map(|(key, value)| format!("{}={}", encode(key), encode(value)))
        .collect();
    let Some(Form(reparsed)) = parse_form(again.join("&").as_bytes()) else {
        panic!("a parsed form does not parse again")
    };
    assert_eq!(reparsed, fields, "fields changed");
}

/// Any bytes as an Arabic content file, scanned against a register that
/// lists only 110: whatever the file holds, a number the register lacks
/// put in a paragraph after it is still found.
pub fn register_scan(config: &Config, data: &[u8]) {
    use crate::site::facts::{stated, unlisted_in};
    let register = match crate::load::sources::Register::parse(
        vec![(PathBuf::from("sources/numbers.toml"), REGISTER.to_string())],
        None,
    ) {
        Ok(register) => register,
        Err(err) => panic!("the fuzzing register is valid: {err}"),
    };
    let Ok(file) =
        crate::load::content::parse_file(Path::new("fuzz.ar.md"), data.to_vec(), "ar", config)
    else {
        return;
    };
    let lines = file.body_line + file.body.lines().count();
    assert!(
        stated(&file).iter().all(|fact| fact.line <= lines),
        "a fact past the last line"
    );
    let before = unlisted_in(&register, &file).len();
    let mut with_number = data.to_vec();
    with_number.extend_from_slice("\n\n(۰۸۰۰) ۹۹.۹۹۹\n".as_bytes());
    let Ok(file) =
        crate::load::content::parse_file(Path::new("fuzz.ar.md"), with_number, "ar", config)
    else {
        return;
    };
    assert!(
        unlisted_in(&register, &file).len() > before,
        "an unlisted number went unseen"
    );
}

const REGISTER: &str = "title = \"Numbers\"\nlanguage = \"en\"\npublisher = \"Fuzz\"\npublished = 2025\nurl = \"https://agency.example/\"\nconfirmed = 2026-11-01\n\n[[facts]]\nkind = \"phone\"\nvalue = \"110\"\nwhat = \"emergency\"\nwhere = \"top\"\nnote = \"110\"\n";

/// The content files a whole-site input is cut into, at 0xFF bytes.
const SITE_FILES: [&str; 8] = [
    "_index.en.md",
    "guide/_index.en.md",
    "guide/apply.en.md",
    "guide/apply.sr.md",
    "guide/apply.ar.md",
    "guide/stay.en.md",
    "guide/stay.sr.md",
    "_index.ar.md",
];

/// Any bytes as the content of a small site (`fixture` gives its
/// site.toml, templates, locales and static files), built in a temporary
/// folder. A failed build must leave no output behind.
pub fn whole_site(fixture: &Path, data: &[u8]) {
    let Ok(site) = tempfile_dir() else { return };
    let result = (|| -> std::io::Result<()> {
        copy_tree(fixture, &site, &["content", "public"])?;
        std::fs::create_dir_all(site.join("content/guide"))?;
        for (name, bytes) in SITE_FILES.iter().zip(data.split(|&b| b == 0xFF)) {
            std::fs::write(site.join("content").join(name), bytes)?;
        }
        Ok(())
    })();
    if result.is_ok() {
        let out = site.join("public");
        if crate::commands::build::build(&site, &out, false, false, None, &|_, _| {}).is_err() {
            assert!(!out.exists(), "a failed build wrote output");
        }
    }
    let _ = std::fs::remove_dir_all(&site);
}

fn tempfile_dir() -> std::io::Result<PathBuf> {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "udha-fuzz-{}-{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    ));
    std::fs::create_dir_all(&dir)?;
    Ok(dir)
}

fn copy_tree(from: &Path, to: &Path, skip: &[&str]) -> std::io::Result<()> {
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        if skip.iter().any(|s| entry.file_name() == *s) {
            continue;
        }
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            std::fs::create_dir_all(&target)?;
            copy_tree(&entry.path(), &target, &[])?;
        } else {
            std::fs::copy(entry.path(), &target)?;
        }
    }
    Ok(())
}
