//! How each language writes numbers: its display digits (Western,
//! Persian or Arabic-Indic), and where the left-to-right runs are in a
//! text (a phone number with spaces, `06/L-026`, `2022–2025`, `07:00`,
//! `help.agency.example`, `UN/ECE`): the runs the Unicode bidi algorithm would
//! reorder in right-to-left text. Used by loading (UI strings), the site
//! model and rendering; it knows nothing about pages or HTML, and imports
//! nothing from the pipeline. `render::bidi` turns runs into HTML.
//!
//! Why only runs with a separator: a single number or word (`110`, `ABC`)
//! already displays as written; the algorithm reorders only the neutral
//! characters (spaces, `/`, `–`, `:`) between the pieces of a longer run.

use serde::Deserialize;

/// Which digits a language shows in running text, dates and counts.
/// Links (`tel:`), codes in URLs and search keep ASCII digits.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Digits {
    /// 0123456789
    #[default]
    Western,
    /// ٠١٢٣٤٥٦٧٨٩ (Arabic-Indic)
    ArabicIndic,
    /// ۰۱۲۳۴۵۶۷۸۹ (Persian)
    Persian,
}

impl Digits {
    /// `text` with every ASCII digit written in these digits.
    pub fn write(self, text: &str) -> String {
        text.chars()
            .map(|c| {
                if c.is_ascii_digit() {
                    char::from_u32(self.zero() + (c as u32 - '0' as u32)).unwrap_or(c)
                } else {
                    c
                }
            })
            .collect()
    }

    fn zero(self) -> u32 {
        match self {
            Digits::Western => '0' as u32,
            Digits::ArabicIndic => 0x0660,
            Digits::Persian => 0x06F0,
        }
    }
}

/// How a language writes text: its direction and its digits.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Writing {
    pub rtl: bool,
    pub digits: Digits,
}

impl Writing {
    /// True when `text` comes out as it went in (escaped): a left-to-right
    /// language with Western digits.
    pub fn is_plain(self) -> bool {
        !self.rtl && self.digits == Digits::Western
    }

    /// `text` with digits in this language's digits where they stand in a
    /// run without Latin letters, as plain text (UI strings: dates, counts).
    pub fn plain(self, text: &str) -> String {
        if self.digits == Digits::Western {
            return text.to_string();
        }
        pieces(text)
            .into_iter()
            .map(|(piece, is_run)| {
                if is_run {
                    self.run_digits(piece)
                } else {
                    piece.to_string()
                }
            })
            .collect()
    }

    /// `text` for a plain-text destination that has no markup (an SMS):
    /// in right-to-left text, every left-to-right run with a separator
    /// between Unicode isolates (U+2066 … U+2069), so the receiving phone
    /// shows `0800 10 000` as it is dialled. Digits are left as they are.
    pub fn isolated_plain(self, text: &str) -> String {
        if !self.rtl {
            return text.to_string();
        }
        pieces(text)
            .into_iter()
            .map(|(piece, is_run)| {
                if is_run && needs_isolation(piece) {
                    format!("\u{2066}{piece}\u{2069}")
                } else {
                    piece.to_string()
                }
            })
            .collect()
    }

    /// A run's digits in this language's digits, unless the run has Latin
    /// letters (`06/L-026`, a web address): identifiers keep their digits.
    /// With Persian or Arabic-Indic digits, a decimal point, a thousands
    /// comma and a percent sign between or after digits take the script's
    /// own signs (٫ ٬ ٪): 89.7% → ۸۹٫۷٪, 1,924 → ۱٬۹۲۴.
    pub(crate) fn run_digits(self, run: &str) -> String {
        if run.chars().any(|c| c.is_ascii_alphabetic()) {
            return run.to_string();
        }
        let written = self.digits.write(run);
        if self.digits == Digits::Western {
            return written;
        }
        let chars: Vec<char> = written.chars().collect();
        let digit = |i: usize| chars.get(i).is_some_and(|c| ascii_digit(*c).is_some());
        chars
            .iter()
            .enumerate()
            .map(|(i, &c)| match c {
                '.' if i > 0
                    && digit(i - 1)
                    && digit(i + 1)
                    && !run.contains(':')
                    && run.matches('.').count() == 1 =>
                {
                    '\u{066B}'
                }
                ',' if i > 0 && digit(i - 1) && digit(i + 1) => '\u{066C}',
                '%' if i > 0 && digit(i - 1) => '\u{066A}',
                other => other,
            })
            .collect()
    }
}

/// `c` as an ASCII digit, whatever the script it is written in.
pub fn ascii_digit(c: char) -> Option<char> {
    match c {
        '0'..='9' => Some(c),
        '\u{0660}'..='\u{0669}' => char::from_digit(c as u32 - 0x0660, 10),
        '\u{06F0}'..='\u{06F9}' => char::from_digit(c as u32 - 0x06F0, 10),
        '\u{FF10}'..='\u{FF19}' => char::from_digit(c as u32 - 0xFF10, 10),
        _ => None,
    }
}

/// `text` cut into the left-to-right runs (`true`) and what lies between.
pub(crate) fn pieces(text: &str) -> Vec<(&str, bool)> {
    let mut pieces = Vec::new();
    let mut rest = text;
    while let Some((start, end)) = next_run(rest) {
        pieces.push((&rest[..start], false));
        pieces.push((&rest[start..end], true));
        rest = &rest[end..];
    }
    pieces.push((rest, false));
    pieces
}

/// A left-to-right run the bidi algorithm would reorder in right-to-left
/// text: one with a separator between its pieces (`0800 10 000`, not `110`).
pub(crate) fn needs_isolation(run: &str) -> bool {
    run.chars().any(|c| !is_run_letter(c))
}

/// A letter or digit that can be part of a left-to-right run.
fn is_run_letter(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || ('\u{0660}'..='\u{0669}').contains(&c)
        || ('\u{06F0}'..='\u{06F9}').contains(&c)
        || ('\u{00C0}'..='\u{024F}').contains(&c)
}

/// Characters that may join two pieces of a run: `0800 10 000`,
/// `06/L-026`, `2022–2025`, `07:00`, `a@b.org`, `+49`.
fn is_joiner(c: char) -> bool {
    matches!(
        c,
        ' ' | '\u{00A0}' | '/' | '-' | '–' | '—' | '.' | ':' | ',' | '@' | '_' | '+' | '\'' | '&'
    )
}

/// The byte range of the next left-to-right run in `text`: letters and
/// digits joined by single separators, with a `+` before and a `%` after
/// where written. Runs end on a letter or digit, so trailing punctuation
/// stays with the sentence.
fn next_run(text: &str) -> Option<(usize, usize)> {
    let start = text.char_indices().find(|&(_, c)| is_run_letter(c))?.0;
    let start = if text[..start].ends_with('+') {
        start - 1
    } else {
        start
    };
    let mut end = start;
    let mut chars = text[start..]
        .char_indices()
        .map(|(i, c)| (start + i, c))
        .peekable();
    while let Some((at, c)) = chars.next() {
        if is_run_letter(c) || (c == '+' && at == start) {
            end = at + c.len_utf8();
        } else if c == '%' && at == end {
            end = at + 1;
        } else if !(is_joiner(c)
            && at == end
            && chars.peek().is_some_and(|&(_, next)| is_run_letter(next)))
        {
            break;
        }
    }
    Some((start, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    const ARABIC: Writing = Writing {
        rtl: true,
        digits: Digits::Western,
    };
    const PERSIAN: Writing = Writing {
        rtl: true,
        digits: Digits::Persian,
    };

    #[test]
    fn plain_text_for_messages_gets_unicode_isolates() {
        assert_eq!(
            ARABIC.isolated_plain("الخط 0800 11 112 مجاني"),
            "الخط \u{2066}0800 11 112\u{2069} مجاني"
        );
        assert_eq!(ARABIC.isolated_plain("اتصل بـ 112"), "اتصل بـ 112");
        assert_eq!(
            Writing::default().isolated_plain("Call 0800 11 112"),
            "Call 0800 11 112"
        );
    }

    #[test]
    fn persian_digits_in_numbers_but_not_in_identifiers() {
        assert_eq!(
            PERSIAN.plain("22 نوامبر 2026، کد udha-site.org/11"),
            "۲۲ نوامبر ۲۰۲۶، کد udha-site.org/11"
        );
        assert_eq!(PERSIAN.plain("89.7% از 1,924"), "۸۹٫۷٪ از ۱٬۹۲۴");
        assert_eq!(
            PERSIAN.plain("15.05.2018"),
            "۱۵.۰۵.۲۰۱۸",
            "a date keeps its dots"
        );
        assert_eq!(PERSIAN.plain("قانون 06/L-026"), "قانون 06/L-026");
    }

    #[test]
    fn any_digits_are_digits() {
        assert_eq!(
            ["7", "٧", "۷", "x"].map(|d| d.chars().next().and_then(ascii_digit)),
            [Some('7'), Some('7'), Some('7'), None]
        );
    }
}
