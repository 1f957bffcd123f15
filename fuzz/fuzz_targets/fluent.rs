//! Fluent loading: any text as an English `.ftl` file, then every message
//! it defines formatted in English, Serbian Latin and Arabic with numbers
//! and strings as arguments. Must never panic.
#![no_main]

use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use fluent_bundle::FluentArgs;
use libfuzzer_sys::fuzz_target;
use udha::config::Config;
use udha::i18n::Localizer;

static CONFIG: LazyLock<Config> = LazyLock::new(|| {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/fixtures/mini/site.toml")).expect("fixture site.toml");
    Config::parse(&text, Path::new("site.toml")).expect("valid fixture config")
});

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let files = vec![("en".to_string(), PathBuf::from("fuzz.ftl"), text.to_string())];
    let Ok(localizer) = Localizer::from_sources(&CONFIG, files) else { return };
    // With no Serbian messages, every English one is "missing" in Serbian.
    for key in localizer.missing_keys("sr") {
        for (code, count) in [("en", 1), ("sr-latn", 3), ("ar", 11)] {
            let Some(language) = CONFIG.language(code) else { continue };
            let mut args = FluentArgs::new();
            args.set("count", count);
            args.set("name", "<Ана>");
            let _ = localizer.format(language, &key, Some(&args));
            let _ = localizer.format(language, &key, None);
        }
    }
    if let Some(language) = CONFIG.language("ar") {
        let _ = localizer.format_date(language, time::macros::date!(2026 - 11 - 22));
    }
});
