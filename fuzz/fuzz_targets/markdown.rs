//! Front matter and Markdown: any bytes as a content file (see
//! `udha::fuzzing::content_file`).
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;

static CONFIG: LazyLock<udha::load::config::Config> = LazyLock::new(udha::fuzzing::config);

fuzz_target!(|data: &[u8]| udha::fuzzing::content_file(&CONFIG, data));
