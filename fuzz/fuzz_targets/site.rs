//! A whole-site build of a generated tree: any bytes cut into the content
//! files of the `mini` fixture site (see `udha::fuzzing::whole_site`).
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| udha::fuzzing::whole_site(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/fixtures/mini")), data));
