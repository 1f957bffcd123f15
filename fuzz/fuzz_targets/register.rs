//! The source register's scan of a page for phone numbers and e-mail
//! addresses: any bytes as an Arabic page (see `udha::fuzzing::register_scan`).
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;

static CONFIG: LazyLock<udha::load::config::Config> = LazyLock::new(udha::fuzzing::config);

fuzz_target!(|data: &[u8]| udha::fuzzing::register_scan(&CONFIG, data));
