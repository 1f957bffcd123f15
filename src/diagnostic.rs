//! Errors a user can fix: every problem udha reports is a [`Diagnostic`]
//! naming the file, the line and column where known, what is wrong and what
//! to do; printed with the offending line and a marker under the fault
//! (annotate-snippets), like a compiler error.
//!
//! This module only describes and prints problems (it reads the file again
//! to show the line); it never decides whether a build goes on. The
//! pipeline collects diagnostics and stops before writing anything when
//! there is at least one error.

use std::fmt;
use std::path::{Path, PathBuf};

/// One problem in the site's sources, with where it is and how to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub file: PathBuf,
    /// 1-based line in `file`, when the problem has one place.
    pub line: Option<usize>,
    /// 1-based column (in characters) on that line, when known.
    pub column: Option<usize>,
    pub message: String,
    /// What the editor should do about it.
    pub help: Option<String>,
}

impl Diagnostic {
    pub fn new(file: impl AsRef<Path>, message: impl Into<String>) -> Self {
        Diagnostic {
            file: file.as_ref().to_path_buf(),
            line: None,
            column: None,
            message: message.into(),
            help: None,
        }
    }

    pub fn at_line(mut self, line: usize) -> Self {
        self.line = Some(line);
        self
    }

    pub fn at(mut self, line: usize, column: usize) -> Self {
        self.line = Some(line);
        self.column = Some(column);
        self
    }

    /// The place of byte `offset` in `text`, where `text` starts on line
    /// `first_line` of the file.
    pub fn at_offset(self, text: &str, offset: usize, first_line: usize) -> Self {
        let (line, column) = position(text, offset);
        self.at(first_line + line - 1, column)
    }

    /// The problem with the offending line shown and marked, as printed in
    /// the terminal. Reads the file again to show the line.
    pub fn render(&self) -> String {
        use annotate_snippets::{AnnotationKind, Level, Renderer, Snippet};
        let path = self.file.display().to_string();
        // Never through a link: the message about a link must not quote
        // the file it points to.
        let is_link =
            std::fs::symlink_metadata(&self.file).is_ok_and(|m| m.file_type().is_symlink());
        let source = if is_link {
            None
        } else {
            std::fs::read(&self.file)
                .map(|bytes| String::from_utf8_lossy(&bytes).replace("\r\n", "\n"))
                .ok()
        };
        let line_text = self
            .line
            .and_then(|line| source.as_deref()?.lines().nth(line - 1).map(str::to_string));
        let (Some(line), Some(text)) = (self.line, line_text) else {
            let mut out = format!("error: {}\n --> {path}", self.message);
            if let Some(line) = self.line {
                out.push_str(&format!(":{line}"));
            }
            if let Some(help) = &self.help {
                out.push_str(&format!("\nhelp: {help}"));
            }
            return out;
        };
        let span = marked_span(&text, self.column);
        let mut group = Level::ERROR.primary_title(self.message.as_str()).element(
            Snippet::source(text.as_str())
                .line_start(line)
                .path(path.as_str())
                .annotation(AnnotationKind::Primary.span(span)),
        );
        if let Some(help) = &self.help {
            group = group.element(Level::HELP.message(help.as_str()));
        }
        Renderer::plain().render(&[group])
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// An I/O failure on `file`, with its real cause and what to do about
    /// that cause (a full disk is not a missing file).
    pub fn io(file: impl AsRef<Path>, err: &std::io::Error) -> Self {
        use std::io::ErrorKind;
        let help = match err.kind() {
            ErrorKind::NotFound => {
                "check that it exists: the path may be mistyped, or the file moved"
            }
            ErrorKind::PermissionDenied | ErrorKind::ReadOnlyFilesystem => {
                "you may not read or write it here: check its permissions, or write the output somewhere else with --out"
            }
            ErrorKind::StorageFull | ErrorKind::QuotaExceeded => {
                "the disk is full: free some space (the previous output is still there) and run the command again"
            }
            ErrorKind::FileTooLarge => "the file is larger than this file system allows",
            ErrorKind::InvalidData => {
                "the file is damaged or not text: restore it from a backup or version control"
            }
            ErrorKind::AlreadyExists | ErrorKind::DirectoryNotEmpty => {
                "something is already at that path: move it away and run the command again"
            }
            _ => "check the file and the disk, then run the command again",
        };
        Diagnostic::new(file, format!("cannot access this file: {err}")).with_help(help)
    }
}

/// The byte range to mark on a line: the word starting at `column`, or the
/// whole line (without its indentation) when the column is not known.
fn marked_span(text: &str, column: Option<usize>) -> std::ops::Range<usize> {
    let start = match column {
        Some(column) => text
            .char_indices()
            .nth(column.saturating_sub(1))
            .map(|(i, _)| i)
            .unwrap_or(text.len()),
        None => text.len() - text.trim_start().len(),
    };
    let rest = &text[start..];
    let length = match column {
        Some(_) => rest.find(char::is_whitespace).unwrap_or(rest.len()).max(1),
        None => rest.trim_end().len(),
    };
    start..(start + length).min(text.len())
}

/// The 1-based line and column (in characters) of byte `offset` in `text`.
pub fn position(text: &str, offset: usize) -> (usize, usize) {
    let mut end = offset.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let before = &text[..end];
    let line_start = before.rfind('\n').map(|i| i + 1).unwrap_or(0);
    (line_of(text, end), before[line_start..].chars().count() + 1)
}

/// The candidate closest to `wanted` within a few typing mistakes, for
/// "did you mean" hints.
pub fn closest<'a>(wanted: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let limit = (wanted.chars().count() / 3).clamp(2, 3);
    candidates
        .into_iter()
        .map(|c| (edit_distance(c, wanted), c))
        .filter(|(d, _)| *d <= limit)
        .min()
        .map(|(_, c)| c)
}

/// Levenshtein distance.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let current = row[j + 1];
            row[j + 1] = (previous + usize::from(ca != cb))
                .min(row[j] + 1)
                .min(current + 1);
            previous = current;
        }
    }
    row[b.len()]
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file.display())?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        if let Some(column) = self.column {
            write!(f, ":{column}")?;
        }
        write!(f, ": {}", self.message)?;
        if let Some(help) = &self.help {
            write!(f, "\n  help: {help}")?;
        }
        Ok(())
    }
}

/// Every problem found in one pass, so an editor can fix them all at once.
#[derive(Debug, Default)]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl Diagnostics {
    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.0.push(diagnostic);
    }

    /// `Ok(value)` when nothing was reported, otherwise every diagnostic in a
    /// stable order (by file, then line), so output is the same on every run.
    pub fn into_result<T>(mut self, value: T) -> Result<T, Diagnostics> {
        if self.0.is_empty() {
            Ok(value)
        } else {
            self.0.sort_by(|a, b| {
                (&a.file, a.line, a.column, &a.message)
                    .cmp(&(&b.file, b.line, b.column, &b.message))
            });
            self.0.dedup();
            Err(self)
        }
    }
}

impl From<Diagnostic> for Diagnostics {
    fn from(diagnostic: Diagnostic) -> Self {
        Diagnostics(vec![diagnostic])
    }
}

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for diagnostic in &self.0 {
            writeln!(f, "{}\n", diagnostic.render())?;
        }
        Ok(())
    }
}

/// The 1-based line of byte `offset` in `text`.
pub fn line_of(text: &str, offset: usize) -> usize {
    let end = offset.min(text.len());
    text.as_bytes()[..end]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn io_errors_say_their_cause() {
        let full = Diagnostic::io(
            "public",
            &std::io::Error::from(std::io::ErrorKind::StorageFull),
        );
        assert!(
            full.help.as_deref().unwrap_or("").contains("disk is full"),
            "{full:?}"
        );
        let missing = Diagnostic::io(
            "site.toml",
            &std::io::Error::from(std::io::ErrorKind::NotFound),
        );
        assert!(
            missing.help.as_deref().unwrap_or("").contains("exists"),
            "{missing:?}"
        );
        let denied = Diagnostic::io(
            "public",
            &std::io::Error::from(std::io::ErrorKind::PermissionDenied),
        );
        assert!(
            denied.help.as_deref().unwrap_or("").contains("permissions"),
            "{denied:?}"
        );
    }

    #[test]
    fn line_of_counts_newlines_before_offset() {
        assert_eq!(line_of("a\nb\nc", 0), 1);
        assert_eq!(line_of("a\nb\nc", 2), 2);
        assert_eq!(line_of("a\nb\nc", 99), 3);
    }

    #[test]
    fn positions_count_characters_not_bytes() {
        assert_eq!(position("ab\nأبج x", 9), (2, 4));
        assert_eq!(position("ab\nأبج x", 10), (2, 5));
        assert_eq!(position("abc", 0), (1, 1));
    }

    #[test]
    fn closest_suggests_near_misses_only() {
        assert_eq!(closest("titel", ["title", "code", "weight"]), Some("title"));
        assert_eq!(
            closest("asylum/aply", ["asylum/apply", "asylum"]),
            Some("asylum/apply")
        );
        assert_eq!(closest("zzz", ["title", "code"]), None);
        assert_eq!(edit_distance("", "abc"), 3);
    }

    #[test]
    fn render_shows_the_line_with_a_marker_and_help() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.en.md");
        std::fs::write(&file, "+++\ntitel = \"x\"\n+++\n").unwrap();
        let text = Diagnostic::new(&file, "unknown key `titel`")
            .at(2, 1)
            .with_help("did you mean `title`?")
            .render();
        assert!(text.contains("error: unknown key `titel`"), "{text}");
        assert!(text.contains(&format!("{}:2:1", file.display())), "{text}");
        assert!(text.contains("2 | titel = \"x\""), "{text}");
        assert!(text.contains("  | ^^^^^"), "{text}");
        assert!(text.contains("help: did you mean `title`?"), "{text}");
    }

    #[test]
    fn display_names_file_line_and_help() {
        let d = Diagnostic::new("content/a.en.md", "unknown key `titel`")
            .at_line(3)
            .with_help("did you mean `title`?");
        assert_eq!(
            d.to_string(),
            "content/a.en.md:3: unknown key `titel`\n  help: did you mean `title`?"
        );
    }
}
