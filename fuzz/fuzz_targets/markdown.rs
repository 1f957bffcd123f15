//! Front matter and Markdown: any bytes as a content file, parsed, then
//! rendered in both scripts with links resolving or not. Must never panic.
#![no_main]

use std::path::Path;
use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use udha::config::Config;
use udha::markdown::{outline, render, InternalLink, Script};

static CONFIG: LazyLock<Config> = LazyLock::new(|| {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/fixtures/mini/site.toml")).expect("fixture site.toml");
    Config::parse(&text, Path::new("site.toml")).expect("valid fixture config")
});

fuzz_target!(|data: &[u8]| {
    let Ok(file) = udha::content::parse_file(Path::new("fuzz.en.md"), data.to_vec(), "en", &CONFIG) else { return };
    let resolve = |link: &InternalLink| if link.page.len() % 2 == 0 { Ok(format!("/en/{}/", link.page)) } else { Err(format!("no page @/{}", link.page)) };
    for script in [Script::AsWritten, Script::SerbianLatin] {
        let _ = render(&file.body, script, &resolve);
    }
    let _ = outline(&file.body);
});
