//! Numbers and Latin text inside right-to-left pages, correct by
//! construction: every left-to-right run that the Unicode bidi algorithm
//! would reorder (a phone number with spaces, `06/L-026`, `2022–2025`,
//! `07:00`, `help.unhcr.org`, `CRP/K`) is isolated, so it reads in the
//! order it is dialled or written, whatever the editor typed. And each
//! language's display digits (Persian ۰–۹, Arabic-Indic ٠–٩ or Western).
//!
//! It works on plain text and returns HTML (escaped), for `markdown` and
//! the templates' `text` filter; it knows nothing about pages.
//!
//! Why `<bdi dir=ltr>` and not Unicode isolate characters (U+2066..2069):
//! an element isolates the same way in every browser, and nothing invisible
//! ends up in what a reader copies into a phone's dialler or a search box.
//! Why only runs with a separator: a single number or word (`112`, `IOM`)
//! already displays as written; the algorithm reorders only the neutral
//! characters (spaces, `/`, `–`, `:`) between the pieces of a longer run.

use serde::Deserialize;

use crate::html::escape;

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
        text.chars().map(|c| if c.is_ascii_digit() { char::from_u32(self.zero() + (c as u32 - '0' as u32)).unwrap_or(c) } else { c }).collect()
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

    /// `text` as HTML: escaped, digits in this language's digits where they
    /// stand in a run without Latin letters (a phone number or a date, not
    /// `06/L-026` or a web address), and, in right-to-left text, every
    /// left-to-right run with a separator inside `<bdi dir=ltr>`.
    pub fn html(self, text: &str) -> String {
        if self.is_plain() {
            return escape(text);
        }
        let mut out = String::with_capacity(text.len() + 16);
        for (piece, is_run) in pieces(text) {
            let shown = escape(&if is_run { self.run_digits(piece) } else { piece.to_string() });
            if is_run && self.rtl && piece.chars().any(|c| !is_run_letter(c)) {
                out.push_str("<bdi dir=ltr>");
                out.push_str(&shown);
                out.push_str("</bdi>");
            } else {
                out.push_str(&shown);
            }
        }
        out
    }

    /// `text` with digits in this language's digits where they stand in a
    /// run without Latin letters, as plain text (UI strings: dates, counts).
    pub fn plain(self, text: &str) -> String {
        if self.digits == Digits::Western {
            return text.to_string();
        }
        pieces(text).into_iter().map(|(piece, is_run)| if is_run { self.run_digits(piece) } else { piece.to_string() }).collect()
    }

    /// `text` for a plain-text destination that has no markup (an SMS):
    /// in right-to-left text, every left-to-right run with a separator
    /// between Unicode isolates (U+2066 … U+2069), so the receiving phone
    /// shows `0800 11 112` as it is dialled. Digits are left as they are.
    pub fn isolated_plain(self, text: &str) -> String {
        if !self.rtl {
            return text.to_string();
        }
        pieces(text)
            .into_iter()
            .map(|(piece, is_run)| if is_run && piece.chars().any(|c| !is_run_letter(c)) { format!("\u{2066}{piece}\u{2069}") } else { piece.to_string() })
            .collect()
    }

    /// A run's digits in this language's digits, unless the run has Latin
    /// letters (`06/L-026`, a web address): identifiers keep their digits.
    /// With Persian or Arabic-Indic digits, a decimal point, a thousands
    /// comma and a percent sign between or after digits take the script's
    /// own signs (٫ ٬ ٪): 89.7% → ۸۹٫۷٪, 1,924 → ۱٬۹۲۴.
    fn run_digits(self, run: &str) -> String {
        if run.chars().any(|c| c.is_ascii_alphabetic()) {
            return run.to_string();
        }
        let written = self.digits.write(run);
        if self.digits == Digits::Western {
            return written;
        }
        let chars: Vec<char> = written.chars().collect();
        let digit = |i: usize| chars.get(i).is_some_and(|c| crate::sources::ascii_digit(*c).is_some());
        chars
            .iter()
            .enumerate()
            .map(|(i, &c)| match c {
                '.' if i > 0 && digit(i - 1) && digit(i + 1) && !run.contains(':') && run.matches('.').count() == 1 => '\u{066B}',
                ',' if i > 0 && digit(i - 1) && digit(i + 1) => '\u{066C}',
                '%' if i > 0 && digit(i - 1) => '\u{066A}',
                other => other,
            })
            .collect()
    }
}

/// `text` cut into the left-to-right runs (`true`) and what lies between.
fn pieces(text: &str) -> Vec<(&str, bool)> {
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

/// A letter or digit that can be part of a left-to-right run.
fn is_run_letter(c: char) -> bool {
    c.is_ascii_alphanumeric() || ('\u{0660}'..='\u{0669}').contains(&c) || ('\u{06F0}'..='\u{06F9}').contains(&c) || ('\u{00C0}'..='\u{024F}').contains(&c)
}

/// Characters that may join two pieces of a run: `0800 11 112`,
/// `06/L-026`, `2022–2025`, `07:00`, `a@b.org`, `+383`.
fn is_joiner(c: char) -> bool {
    matches!(c, ' ' | '\u{00A0}' | '/' | '-' | '–' | '—' | '.' | ':' | ',' | '@' | '_' | '+' | '\'' | '&')
}

/// The byte range of the next left-to-right run in `text`: letters and
/// digits joined by single separators, with a `+` before and a `%` after
/// where written. Runs end on a letter or digit, so trailing punctuation
/// stays with the sentence.
fn next_run(text: &str) -> Option<(usize, usize)> {
    let start = text.char_indices().find(|&(_, c)| is_run_letter(c))?.0;
    let start = if text[..start].ends_with('+') { start - 1 } else { start };
    let mut end = start;
    let mut chars = text[start..].char_indices().map(|(i, c)| (start + i, c)).peekable();
    while let Some((at, c)) = chars.next() {
        if is_run_letter(c) || (c == '+' && at == start) {
            end = at + c.len_utf8();
        } else if c == '%' && at == end {
            end = at + 1;
        } else if !(is_joiner(c) && at == end && chars.peek().is_some_and(|&(_, next)| is_run_letter(next))) {
            break;
        }
    }
    Some((start, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    const ARABIC: Writing = Writing { rtl: true, digits: Digits::Western };
    const PERSIAN: Writing = Writing { rtl: true, digits: Digits::Persian };

    #[test]
    fn runs_that_would_be_reordered_are_isolated() {
        assert_eq!(ARABIC.html("الخط 0800 11 112 مجاني."), "الخط <bdi dir=ltr>0800 11 112</bdi> مجاني.");
        assert_eq!(ARABIC.html("القانون رقم 06/L-026،"), "القانون رقم <bdi dir=ltr>06/L-026</bdi>،");
        assert_eq!(ARABIC.html("للفترة 2022–2025"), "للفترة <bdi dir=ltr>2022–2025</bdi>");
        assert_eq!(ARABIC.html("من 07:00 إلى 22:00."), "من <bdi dir=ltr>07:00</bdi> إلى <bdi dir=ltr>22:00</bdi>.");
        assert_eq!(ARABIC.html("اكتب إلى iompristina@iom.int."), "اكتب إلى <bdi dir=ltr>iompristina@iom.int</bdi>.");
        assert_eq!(ARABIC.html("الهاتف +383 38 600 521"), "الهاتف <bdi dir=ltr>+383 38 600 521</bdi>");
        assert_eq!(ARABIC.html("منظمة CRP/K تساعد"), "منظمة <bdi dir=ltr>CRP/K</bdi> تساعد");
        assert_eq!(ARABIC.html("في 15/05/2018 و 89.7%"), "في <bdi dir=ltr>15/05/2018</bdi> و <bdi dir=ltr>89.7%</bdi>");
    }

    #[test]
    fn plain_text_for_messages_gets_unicode_isolates() {
        assert_eq!(ARABIC.isolated_plain("الخط 0800 11 112 مجاني"), "الخط \u{2066}0800 11 112\u{2069} مجاني");
        assert_eq!(ARABIC.isolated_plain("اتصل بـ 112"), "اتصل بـ 112");
        assert_eq!(Writing::default().isolated_plain("Call 0800 11 112"), "Call 0800 11 112");
    }

    #[test]
    fn single_words_and_numbers_are_left_alone() {
        assert_eq!(ARABIC.html("اتصل بـ 112 أو IOM."), "اتصل بـ 112 أو IOM.");
        assert_eq!(ARABIC.html("<b> & \"x\""), "&lt;b&gt; &amp; &quot;x&quot;");
    }

    #[test]
    fn persian_digits_in_numbers_but_not_in_identifiers() {
        assert_eq!(PERSIAN.html("شماره 0800 11 112 است"), "شماره <bdi dir=ltr>۰۸۰۰ ۱۱ ۱۱۲</bdi> است");
        assert_eq!(PERSIAN.html("صفحه 11"), "صفحه ۱۱");
        assert_eq!(PERSIAN.html("قانون 06/L-026 و help.unhcr.org/x2"), "قانون <bdi dir=ltr>06/L-026</bdi> و <bdi dir=ltr>help.unhcr.org/x2</bdi>");
        assert_eq!(PERSIAN.plain("22 نوامبر 2026، کد udha-site.org/11"), "۲۲ نوامبر ۲۰۲۶، کد udha-site.org/11");
        assert_eq!(PERSIAN.plain("89.7% از 1,924"), "۸۹٫۷٪ از ۱٬۹۲۴");
        assert_eq!(PERSIAN.plain("15.05.2018"), "۱۵.۰۵.۲۰۱۸", "a date keeps its dots");
    }

    #[test]
    fn left_to_right_languages_with_western_digits_are_only_escaped() {
        let english = Writing::default();
        assert!(english.is_plain());
        assert_eq!(english.html("Call 0800 11 112 <now>"), "Call 0800 11 112 &lt;now&gt;");
    }
}
