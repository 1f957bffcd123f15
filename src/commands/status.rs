//! `udha status`: the translation matrix of a site (missing, outdated,
//! draft, machine or reviewed, per page and language) as a table for the
//! terminal; `--json` and `--mark` are handled by the command line with
//! `site::status` and `commands::new::mark_current`.
//!
//! It formats; it changes nothing.

use std::fmt::Write;

use crate::site::status::{Cell, Matrix};

/// The matrix as a table, one page a row, with counts per language below.
pub fn table(matrix: &Matrix) -> String {
    let mut out = String::new();
    let width = matrix
        .rows
        .iter()
        .map(|r| r.id.len())
        .max()
        .unwrap_or(4)
        .max(6);
    let _ = write!(out, "{:>5}  {:width$}", "code", "page");
    for lang in &matrix.languages {
        let _ = write!(out, "  {lang:9}");
    }
    out.push('\n');
    for row in &matrix.rows {
        let id = if row.id.is_empty() {
            "(home)"
        } else {
            row.id.as_str()
        };
        let _ = write!(out, "{:>5}  {id:width$}", row.code);
        for cell in &row.cells {
            let _ = write!(out, "  {:9}", cell.as_str());
        }
        out.push('\n');
    }
    out.push('\n');
    for (index, lang) in matrix.languages.iter().enumerate() {
        let counts: Vec<String> = [
            Cell::Reviewed,
            Cell::Machine,
            Cell::Draft,
            Cell::Outdated,
            Cell::Missing,
        ]
        .iter()
        .map(|&cell| (cell, matrix.count(index, cell)))
        .filter(|(_, n)| *n > 0)
        .map(|(cell, n)| format!("{n} {}", cell.as_str()))
        .collect();
        if !counts.is_empty() {
            let _ = writeln!(out, "{lang}: {}", counts.join(", "));
        }
    }
    out
}
