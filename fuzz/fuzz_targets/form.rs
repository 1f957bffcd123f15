//! The review workbench's form parser: any bytes as a POST body (see
//! `udha::fuzzing::form`).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| udha::fuzzing::form(data));
