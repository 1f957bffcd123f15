//! Fluent loading and formatting: any text as an `.ftl` file (see
//! `udha::fuzzing::fluent_file`).
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;

static CONFIG: LazyLock<udha::load::config::Config> = LazyLock::new(udha::fuzzing::config);

fuzz_target!(|data: &[u8]| udha::fuzzing::fluent_file(&CONFIG, data));
