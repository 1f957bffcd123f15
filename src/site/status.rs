//! Translation status: for every page and written language, whether the
//! translation is missing, outdated, a draft, a machine translation or
//! reviewed by a native speaker.
//!
//! "Outdated" is exact, not guessed from dates: a translation records the
//! fingerprint of the source text it was made from (`source_hash`), and is
//! outdated as soon as the source's title, description or text changes.
//! This module computes the matrix; printing it is the CLI's job and the
//! HTML report at /status/ is rendered with the staff pages (`infoline`).

use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::load::content::{SourceFile, Translation};
use crate::site::{Page, Site};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Cell {
    Source,
    Missing,
    Outdated,
    Draft,
    Machine,
    Reviewed,
}

impl Cell {
    pub fn as_str(self) -> &'static str {
        match self {
            Cell::Source => "source",
            Cell::Missing => "missing",
            Cell::Outdated => "outdated",
            Cell::Draft => "draft",
            Cell::Machine => "machine",
            Cell::Reviewed => "reviewed",
        }
    }
}

#[derive(Debug, Serialize)]
pub struct Row {
    pub id: String,
    pub code: u32,
    pub title: String,
    /// One cell per written language, in `Matrix::languages` order.
    pub cells: Vec<Cell>,
}

#[derive(Debug, Serialize)]
pub struct Matrix {
    pub languages: Vec<String>,
    /// Sorted by code.
    pub rows: Vec<Row>,
}

impl Matrix {
    /// How many pages of `language` are in state `cell`.
    pub fn count(&self, language: usize, cell: Cell) -> usize {
        self.rows
            .iter()
            .filter(|row| row.cells[language] == cell)
            .count()
    }
}

/// The fingerprint of what a translator translates: title, description
/// and text. Dates, codes and sources may change without making a
/// translation outdated.
pub fn source_hash(source: &SourceFile) -> String {
    let mut hasher = Sha256::new();
    for part in [
        source.front.title.as_str(),
        source.front.description.as_deref().unwrap_or(""),
        source.body.as_str(),
    ] {
        hasher.update(part.as_bytes());
        hasher.update([0]);
    }
    hasher
        .finalize()
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The state of `page` in the written language `lang`.
pub fn cell(site: &Site, page: &Page, lang: &str) -> Cell {
    let source = &site.config.source_language;
    match page.files.get(lang) {
        None => Cell::Missing,
        Some(_) if lang == source => Cell::Source,
        Some(file)
            if file
                .front
                .source_hash
                .as_ref()
                .is_some_and(|h| *h != source_hash(&page.files[source])) =>
        {
            Cell::Outdated
        }
        Some(file) => match file.translation(source) {
            Translation::Source | Translation::Draft => Cell::Draft,
            Translation::Machine => Cell::Machine,
            Translation::Reviewed => Cell::Reviewed,
        },
    }
}

pub fn matrix(site: &Site) -> Matrix {
    let source = &site.config.source_language;
    let languages: Vec<String> = site
        .config
        .written_languages()
        .map(|l| l.code.clone())
        .collect();
    let mut rows: Vec<Row> = site
        .pages
        .iter()
        .map(|page| Row {
            id: page.id.clone(),
            code: page.code,
            title: page.files[source].front.title.clone(),
            cells: languages
                .iter()
                .map(|lang| cell(site, page, lang))
                .collect(),
        })
        .collect();
    rows.sort_by_key(|row| row.code);
    Matrix { languages, rows }
}
