//! Ready messages for the info-line: for every page and language, a plain
//! text a worker sends a caller by SMS or WhatsApp (title, description,
//! the phone numbers the page gives, named as the register names them in
//! that language, the emergency line where the page links an emergency
//! number, and the short link that opens the page in the caller's
//! language), with its length and how many SMS parts it takes.
//!
//! It composes text from the validated site and the UI strings; where the
//! messages are shown is `infoline`'s business, and `check` warns about
//! long ones.

use serde::Serialize;

use fluent_bundle::FluentArgs;

use crate::diagnostic::Diagnostic;
use crate::load::config::Language;
use crate::load::locales::{LOCALES_DIR, Localizer};
use crate::load::sources::FactKind;
use crate::script::digits::ascii_digit;
use crate::site::{Page, Site, facts, script_of};

/// A message should fit in this many SMS parts.
pub const MAX_SEGMENTS: usize = 2;

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Message {
    pub text: String,
    /// In the units SMS counts: GSM-7 septets or UTF-16 code units.
    pub length: usize,
    /// `GSM-7` or `UCS-2`.
    pub encoding: &'static str,
    pub segments: usize,
    /// How many of the page's own phone numbers it gives.
    pub contacts: usize,
    /// False when the description was left out to save parts.
    pub has_description: bool,
}

/// `example.org/ar/11`: opens the page in that language, what a worker
/// says or sends.
pub fn short_link(site: &Site, page: &Page, language: &Language) -> String {
    format!("{}/{}/{}", host(site), language.code, page.code)
}

/// `example.org`
pub fn host(site: &Site) -> &str {
    site.config
        .base_url
        .split_once("://")
        .map_or(site.config.base_url.as_str(), |(_, host)| host)
}

/// The message for `page` in `language`: the title, as much of the
/// description as fits in `MAX_SEGMENTS` parts (all of it, its first
/// sentence, or none), the page's own phone numbers, the emergency line
/// when the page links a number `[messages] emergency` lists, and the
/// short link. Digits stay ASCII so that phones make numbers and the link
/// something to tap; in right-to-left languages numbers and Latin runs
/// are isolated so they read in order on the receiving phone.
pub fn compose(
    site: &Site,
    localizer: &Localizer,
    page: &Page,
    language: &Language,
) -> Result<Message, String> {
    let version = site.version(page, language);
    let script = script_of(language);
    // No markup in an SMS: numbers in right-to-left text are kept in
    // order with Unicode isolates instead.
    let writing = language.writing();
    let title = writing.isolated_plain(&site.title(page, language));
    let emergency_keys: Vec<String> = site
        .config
        .messages
        .emergency
        .iter()
        .filter_map(|number| site.register.contact_key(FactKind::Phone, number))
        .collect();
    let mut contacts: Vec<String> = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    let mut links_emergency = false;
    for stated in facts::shown(version.file, &site.contacts)
        .into_iter()
        .filter(|stated| stated.kind == FactKind::Phone)
    {
        let Some(key) = site.register.contact_key(FactKind::Phone, &stated.text) else {
            continue;
        };
        if emergency_keys.contains(&key) {
            links_emergency = true;
        } else if !seen.contains(&key) {
            seen.push(key);
            if let Some((_, fact)) = site.register.contact(FactKind::Phone, &stated.text) {
                let name =
                    fact.name_in(site.config.chain(language).iter().map(|l| l.code.as_str()));
                let mut args = FluentArgs::new();
                args.set("name", name);
                args.set("number", fact.value.as_str());
                let line = localizer
                    .format_if_defined(language, "message-contact", Some(&args))
                    .unwrap_or_else(|| Ok(format!("{name}: {}", fact.value)))?;
                contacts.push(writing.isolated_plain(&script.apply(&line)));
            }
        }
    }
    let emergency = links_emergency
        .then(|| localizer.format(language, "message-emergency", None))
        .transpose()?
        .map(|line| writing.isolated_plain(&line));
    let link = short_link(site, page, language);
    let description = version
        .file
        .front
        .description
        .as_deref()
        .map(|d| writing.isolated_plain(&script.apply(d)))
        .unwrap_or_default();
    let first_sentence = description
        .split_inclusive(['.', '!', '?', '؟'])
        .next()
        .unwrap_or("")
        .trim()
        .to_string();
    let mut candidates = [description.clone(), first_sentence, String::new()]
        .into_iter()
        .map(|description| {
            let lines: Vec<&str> = [title.as_str(), description.as_str()]
                .into_iter()
                .chain(contacts.iter().map(String::as_str))
                .chain(emergency.as_deref())
                .chain([link.as_str()])
                .filter(|l| !l.is_empty())
                .collect();
            Message {
                contacts: contacts.len(),
                has_description: !description.is_empty(),
                ..measure(lines.join("\n"))
            }
        });
    let mut best = candidates.next().unwrap_or_else(|| measure(link.clone()));
    for shorter in candidates {
        if best.segments <= MAX_SEGMENTS {
            break;
        }
        best = shorter;
    }
    Ok(best)
}

/// Errors for every phone number the ready messages would state that the
/// source register lacks: the numbers `[messages] emergency` lists, and
/// the numbers in each language's `message-emergency` line (every run of
/// digits counts, however short).
pub fn unlisted_numbers(site: &Site, localizer: &Localizer) -> Vec<Diagnostic> {
    let unlisted = |number: &str| site.register.contact(FactKind::Phone, number).is_none();
    let help = "publish only numbers a source backs: add it as a fact to its source in sources/ (see docs/editing.md), or correct it";
    let mut problems: Vec<Diagnostic> = site
        .config
        .messages
        .emergency
        .iter()
        .filter(|number| unlisted(number))
        .map(|number| {
            Diagnostic::new(
                &site.config.file,
                format!(
                    "the emergency number {number} in [messages] is not in the source register"
                ),
            )
            .with_help(help)
        })
        .collect();
    for language in site.config.written_languages() {
        let Ok(line) = localizer.format(language, "message-emergency", None) else {
            continue;
        };
        let runs = line
            .split(|c: char| ascii_digit(c).is_none())
            .filter(|run| !run.is_empty());
        for number in runs.filter(|number| unlisted(number)) {
            problems.push(Diagnostic::new(format!("{LOCALES_DIR}/{}/", language.code), format!("the ready messages' `message-emergency` line states {number}, which is not in the source register")).with_help(help));
        }
    }
    problems
}

/// `text` with its SMS length, encoding and number of parts: GSM-7 when
/// every character is in the GSM 03.38 alphabet (160 per message, 153 per
/// part), else UCS-2 (70, 67 per part). Typographic dashes and quotes
/// become plain ones when that is all that keeps a text out of GSM-7.
pub fn measure(text: String) -> Message {
    let plain: String = text
        .chars()
        .map(|c| match c {
            '–' | '—' => '-',
            '‘' | '’' => '\'',
            '“' | '”' => '"',
            '\u{a0}' => ' ',
            other => other,
        })
        .collect();
    let text = if plain.chars().all(|c| gsm_septets(c).is_some()) {
        plain
    } else {
        text
    };
    let septets: Option<usize> = text.chars().map(gsm_septets).sum();
    let (length, encoding, single, part) = match septets {
        Some(septets) => (septets, "GSM-7", 160, 153),
        None => (text.encode_utf16().count(), "UCS-2", 70, 67),
    };
    let segments = if length <= single {
        1
    } else {
        length.div_ceil(part)
    };
    Message {
        text,
        length,
        encoding,
        segments,
        contacts: 0,
        has_description: false,
    }
}

/// How many septets `c` takes in GSM-7, or `None` if it has no place there.
fn gsm_septets(c: char) -> Option<usize> {
    const BASIC: &str = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    const EXTENDED: &str = "^{}\\[~]|€\u{c}";
    if BASIC.contains(c) {
        Some(1)
    } else if EXTENDED.contains(c) {
        Some(2)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_text_is_gsm7_and_counts_parts_of_153() {
        let short = measure("How to ask for asylum\nudha-site.org/en/11".to_string());
        assert_eq!(
            (short.encoding, short.length, short.segments),
            ("GSM-7", 41, 1)
        );
        assert_eq!(measure("a".repeat(160)).segments, 1);
        assert_eq!(measure("a".repeat(161)).segments, 2);
        assert_eq!(measure("a".repeat(306)).segments, 2);
        assert_eq!(measure("a".repeat(307)).segments, 3);
        assert_eq!(
            measure("[€]".to_string()).length,
            6,
            "the extension table takes two septets"
        );
        let dashed = measure("Vranidoll – the centre’s rules".to_string());
        assert_eq!(
            (dashed.encoding, dashed.text.as_str()),
            ("GSM-7", "Vranidoll - the centre's rules"),
            "a dash does not force UCS-2"
        );
    }

    #[test]
    fn other_scripts_are_ucs2_and_count_parts_of_67() {
        let arabic = measure("كيف تطلب اللجوء".to_string());
        assert_eq!(
            (arabic.encoding, arabic.length, arabic.segments),
            ("UCS-2", 15, 1)
        );
        assert_eq!(
            measure("ë".repeat(70)).segments,
            1,
            "Albanian ë is not in GSM-7"
        );
        assert_eq!(measure("ë".repeat(71)).segments, 2);
        assert_eq!(measure("ш".repeat(134)).segments, 2);
        assert_eq!(measure("ш".repeat(135)).segments, 3);
    }
}
