//! Stage 4, publishing: what happens to the rendered files. They are
//! written into a temporary folder beside `--out` and swapped in only when
//! everything succeeded (`staging`, with precompression), indexed for
//! search one language per core (`search`), and listed for offline reading
//! (`offline`), and weighed for readers on slow networks (`weight`).
//!
//! It receives finished files from `render` and static files from `load`;
//! it must not change what a page contains.

pub mod offline;
pub mod search;
pub mod staging;
pub mod weight;
