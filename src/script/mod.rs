//! How each language writes: Serbian Latin made from Cyrillic
//! (`transliterate`), and numbers, digits and left-to-right runs
//! (`digits`), and which invisible characters text may hold (`invisible`). Every stage of the pipeline uses these rules; they read no
//! files and import nothing from the pipeline.

pub mod digits;
pub mod invisible;
pub mod transliterate;
