//! Characters a reader cannot see but that change what they read: bidi
//! controls (which can show `999 99 0080` as `0800 99 999`), zero-width
//! spaces and joiners between digits, and control characters such as NUL.
//! Editors never need them: udha isolates numbers and Latin runs in
//! right-to-left text itself. So they are refused in everything a reader
//! may see (content, UI strings, sources, `site.toml`); docs/editing.md
//! lists them and why.
//!
//! Two invisible characters are allowed because scripts need them: the
//! zero-width non-joiner (U+200C, Persian writes `می‌خواهم` with it) and
//! the zero-width joiner (U+200D, emoji and several Indic scripts), as
//! well as the soft hyphen (U+00AD, a hyphenation hint in long words).
//! `as_read` removes those three, so a check sees the text as a reader
//! does.

/// The first forbidden character in `text`: its byte offset, the
/// character, and its name for the message.
pub fn first_forbidden(text: &str) -> Option<(usize, char, &'static str)> {
    text.char_indices()
        .find_map(|(at, c)| name_if_forbidden(c).map(|name| (at, c, name)))
}

/// `text` without the invisible characters a script may use, which a
/// reader does not see: what a check of numbers and addresses must read.
pub fn as_read(text: &str) -> std::borrow::Cow<'_, str> {
    if text.contains(ALLOWED_INVISIBLE) {
        text.replace(ALLOWED_INVISIBLE, "").into()
    } else {
        text.into()
    }
}

const ALLOWED_INVISIBLE: [char; 3] = ['\u{200C}', '\u{200D}', '\u{00AD}'];

/// The message for a forbidden character, naming it and what to do.
pub fn problem(c: char, name: &str) -> (String, &'static str) {
    (
        format!(
            "the invisible character U+{:04X} ({name}) is not allowed here",
            c as u32
        ),
        "delete it (in most editors: move the cursor across it and press Delete, or search for it): it can make readers see other text or numbers than the ones written; udha keeps numbers and Latin text in order in right-to-left pages itself",
    )
}

fn name_if_forbidden(c: char) -> Option<&'static str> {
    Some(match c {
        '\t' | '\n' | '\r' => return None,
        '\0' => "NUL",
        '\u{0001}'..='\u{001F}' | '\u{007F}' => "a control character",
        '\u{0080}'..='\u{009F}' => "a C1 control character",
        '\u{061C}' => "Arabic letter mark",
        '\u{200E}' => "left-to-right mark",
        '\u{200F}' => "right-to-left mark",
        '\u{202A}' => "left-to-right embedding",
        '\u{202B}' => "right-to-left embedding",
        '\u{202C}' => "pop directional formatting",
        '\u{202D}' => "left-to-right override",
        '\u{202E}' => "right-to-left override",
        '\u{2066}' => "left-to-right isolate",
        '\u{2067}' => "right-to-left isolate",
        '\u{2068}' => "first strong isolate",
        '\u{2069}' => "pop directional isolate",
        '\u{200B}' => "zero-width space",
        '\u{2060}' => "word joiner",
        '\u{2061}'..='\u{2064}' => "an invisible operator",
        '\u{FEFF}' => "zero-width no-break space (a byte-order mark inside the text)",
        '\u{180E}' => "Mongolian vowel separator",
        '\u{2028}' => "line separator",
        '\u{2029}' => "paragraph separator",
        '\u{FFF9}'..='\u{FFFB}' => "an interlinear annotation character",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bidi_controls_zero_width_spaces_and_nul_are_found_where_they_are() {
        let reversed = "Call \u{202E}999 99 0080\u{202C} now";
        assert_eq!(
            first_forbidden(reversed),
            Some((5, '\u{202E}', "right-to-left override"))
        );
        for c in [
            '\u{200B}', '\u{2066}', '\u{2069}', '\u{200F}', '\u{061C}', '\0', '\u{7}', '\u{85}',
            '\u{FEFF}',
        ] {
            let text = format!("0800{c}11 112");
            assert_eq!(
                first_forbidden(&text).map(|(at, found, _)| (at, found)),
                Some((4, c)),
                "{:04X}",
                c as u32
            );
        }
    }

    #[test]
    fn what_scripts_need_is_allowed_and_read_as_invisible() {
        let persian = "می\u{200C}خواهم پناهندگی";
        assert_eq!(first_forbidden(persian), None);
        assert_eq!(first_forbidden("👩\u{200D}👧 line one\r\nline\ttwo"), None);
        assert_eq!(as_read("0800\u{200C}11\u{00AD} 112"), "080011 112");
        assert!(matches!(as_read("plain"), std::borrow::Cow::Borrowed(_)));
    }
}
