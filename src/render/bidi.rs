//! Numbers and Latin text inside right-to-left pages, correct by
//! construction: every left-to-right run that the Unicode bidi algorithm
//! would reorder (found by `script::digits`) is written inside
//! `<bdi dir=ltr>`, so it reads in the order it is dialled or written,
//! whatever the editor typed; digits are shown in the language's digits.
//!
//! It turns plain text into HTML for `markdown` and the templates' `text`
//! filter; it knows nothing about pages.
//!
//! Why `<bdi dir=ltr>` and not Unicode isolate characters (U+2066..2069):
//! an element isolates the same way in every browser, and nothing invisible
//! ends up in what a reader copies into a phone's dialler or a search box.

use crate::render::html::escape;
use crate::script::digits::{Writing, needs_isolation, pieces};

/// `text` as HTML: escaped, digits in the language's digits where they
/// stand in a run without Latin letters (a phone number or a date, not
/// `06/L-026` or a web address), and, in right-to-left text, every
/// left-to-right run with a separator inside `<bdi dir=ltr>`.
pub fn html(writing: Writing, text: &str) -> String {
    if writing.is_plain() {
        return escape(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for (piece, is_run) in pieces(text) {
        let shown = escape(&if is_run {
            writing.run_digits(piece)
        } else {
            piece.to_string()
        });
        if is_run && writing.rtl && needs_isolation(piece) {
            out.push_str("<bdi dir=ltr>");
            out.push_str(&shown);
            out.push_str("</bdi>");
        } else {
            out.push_str(&shown);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::script::digits::Digits;

    const ARABIC: Writing = Writing {
        rtl: true,
        digits: Digits::Western,
    };
    const PERSIAN: Writing = Writing {
        rtl: true,
        digits: Digits::Persian,
    };

    #[test]
    fn runs_that_would_be_reordered_are_isolated() {
        assert_eq!(
            html(ARABIC, "الخط 0800 11 112 مجاني."),
            "الخط <bdi dir=ltr>0800 11 112</bdi> مجاني."
        );
        assert_eq!(
            html(ARABIC, "القانون رقم 06/L-026،"),
            "القانون رقم <bdi dir=ltr>06/L-026</bdi>،"
        );
        assert_eq!(
            html(ARABIC, "للفترة 2022–2025"),
            "للفترة <bdi dir=ltr>2022–2025</bdi>"
        );
        assert_eq!(
            html(ARABIC, "من 07:00 إلى 22:00."),
            "من <bdi dir=ltr>07:00</bdi> إلى <bdi dir=ltr>22:00</bdi>."
        );
        assert_eq!(
            html(ARABIC, "اكتب إلى iompristina@iom.int."),
            "اكتب إلى <bdi dir=ltr>iompristina@iom.int</bdi>."
        );
        assert_eq!(
            html(ARABIC, "الهاتف +383 38 600 521"),
            "الهاتف <bdi dir=ltr>+383 38 600 521</bdi>"
        );
        assert_eq!(
            html(ARABIC, "منظمة CRP/K تساعد"),
            "منظمة <bdi dir=ltr>CRP/K</bdi> تساعد"
        );
        assert_eq!(
            html(ARABIC, "في 15/05/2018 و 89.7%"),
            "في <bdi dir=ltr>15/05/2018</bdi> و <bdi dir=ltr>89.7%</bdi>"
        );
    }

    #[test]
    fn single_words_and_numbers_are_left_alone() {
        assert_eq!(html(ARABIC, "اتصل بـ 112 أو IOM."), "اتصل بـ 112 أو IOM.");
        assert_eq!(html(ARABIC, "<b> & \"x\""), "&lt;b&gt; &amp; &quot;x&quot;");
    }

    #[test]
    fn persian_digits_in_numbers_but_not_in_identifiers() {
        assert_eq!(
            html(PERSIAN, "شماره 0800 11 112 است"),
            "شماره <bdi dir=ltr>۰۸۰۰ ۱۱ ۱۱۲</bdi> است"
        );
        assert_eq!(html(PERSIAN, "صفحه 11"), "صفحه ۱۱");
        assert_eq!(
            html(PERSIAN, "قانون 06/L-026 و help.unhcr.org/x2"),
            "قانون <bdi dir=ltr>06/L-026</bdi> و <bdi dir=ltr>help.unhcr.org/x2</bdi>"
        );
    }

    #[test]
    fn left_to_right_languages_with_western_digits_are_only_escaped() {
        let english = Writing::default();
        assert!(english.is_plain());
        assert_eq!(
            html(english, "Call 0800 11 112 <now>"),
            "Call 0800 11 112 &lt;now&gt;"
        );
    }
}
