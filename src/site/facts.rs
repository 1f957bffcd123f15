//! Facts on pages against the source register: every phone number and
//! e-mail address a page states, in any language and any digits, must be
//! one the register lists; and a fact not confirmed for a year is named
//! with the pages that state it.
//!
//! It reads the validated site (text as editors wrote it, so messages can
//! name the line) and changes nothing. What counts as a phone number in
//! running text: a `tel:` link (in any case), or a run of at least 6
//! digits in any of the scripts' digits that starts with `+` or `0`, with
//! any spaces, dashes, dots, slashes or brackets between its groups
//! (`(0800) 99 999`, `0800.99.999`, `Tel:0800  99 999`). Text is read as a
//! reader sees it: bidi controls are refused on loading, and the invisible
//! characters scripts need are left out. Short numbers such as 110 are
//! checked where they are `tel:` links.

use std::collections::BTreeMap;

use crate::diagnostic::Diagnostic;
use crate::load::contacts::{Contacts, named_in};
use crate::load::content::SourceFile;
use crate::load::sources::{FactKind, Register};
use crate::script::digits::ascii_digit;
use crate::site::Site;

/// A fact is due for re-confirmation after this many days.
pub const CONFIRM_EVERY_DAYS: i64 = 365;

/// A phone number or e-mail address written in a content file.
#[derive(Debug, PartialEq, Eq)]
pub struct Stated {
    pub kind: FactKind,
    /// As written: `0800 10 000`, `tel:+15550100`.
    pub text: String,
    /// 1-based line in the file.
    pub line: usize,
}

/// Every phone number and e-mail address in `file`: its title,
/// description and text.
pub fn stated(file: &SourceFile) -> Vec<Stated> {
    let mut found = Vec::new();
    for key in ["title", "description"] {
        let value = if key == "title" {
            Some(&file.front.title)
        } else {
            file.front.description.as_ref()
        };
        if let Some(value) = value {
            scan(value, file.line_of(key), &mut found);
        }
    }
    scan(&file.body, file.body_line, &mut found);
    found
}

/// Every phone number and e-mail address `file` shows: those it writes
/// (`stated`) and those of the contacts of `data/contacts.toml` its cards
/// name (`id = "help-line"`), at the line of the id.
pub fn shown(file: &SourceFile, contacts: &Contacts) -> Vec<Stated> {
    let mut found = stated(file);
    for (id, n) in named_in(&file.body) {
        if let Some(contact) = contacts.by_id.get(id) {
            let line = file.body_line + n;
            found.extend(contact.phone.iter().map(|text| Stated { kind: FactKind::Phone, text: text.clone(), line }));
            found.extend(contact.email.iter().map(|text| Stated { kind: FactKind::Email, text: text.clone(), line }));
        }
    }
    found
}

/// Errors for every number or address on a page or in
/// `data/contacts.toml`, and every emergency number of site.toml, that
/// the register does not list.
pub fn unlisted(site: &Site) -> Vec<Diagnostic> {
    use rayon::prelude::*;
    let mut problems: Vec<Diagnostic> = site
        .pages
        .par_iter()
        .flat_map_iter(|page| page.files.values())
        .flat_map_iter(|file| unlisted_in(&site.register, file))
        .collect();
    for (id, contact) in &site.contacts.by_id {
        let written = [(FactKind::Phone, &contact.phone), (FactKind::Email, &contact.email)];
        for (kind, text) in written.into_iter().filter_map(|(kind, text)| text.as_ref().map(|t| (kind, t))) {
            if site.register.contact(kind, text).is_none() {
                problems.push(
                    Diagnostic::new(&site.contacts.file, format!("the {} {text} of the contact `{id}` is not in the source register", kind.as_str()))
                        .at_line(contact.line)
                        .with_help("publish only numbers and addresses a source backs: add it as a fact to its source in sources/ (see docs/editing.md), or correct it if it is mistyped"),
                );
            }
        }
    }
    for emergency in site
        .config
        .emergency
        .iter()
        .filter(|e| site.register.contact(FactKind::Phone, &e.number).is_none())
    {
        problems.push(
            Diagnostic::new(&site.config.file, format!("the emergency number {} in [[emergency]] is not in the source register", emergency.number))
                .with_help("publish only numbers a source backs: add it as a fact to its source in sources/ (see docs/editing.md), or correct it"),
        );
    }
    problems
}

/// Errors for every number or address in `file` that `register` does not
/// list.
pub fn unlisted_in(register: &Register, file: &SourceFile) -> Vec<Diagnostic> {
    stated(file)
        .into_iter()
        .filter(|fact| register.contact(fact.kind, &fact.text).is_none())
        .map(|fact| {
            Diagnostic::new(&file.path, format!("the {} {} is not in the source register", fact.kind.as_str(), fact.text.trim_start_matches("tel:").trim_start_matches("mailto:")))
                .at_line(fact.line)
                .with_help("publish only numbers and addresses a source backs: add it as a fact to its source in sources/ (see docs/editing.md), or correct it if it is mistyped")
        })
        .collect()
}

/// A fact whose confirmation is older than `CONFIRM_EVERY_DAYS`, with the
/// pages that state it.
pub struct Due<'a> {
    pub source: &'a crate::load::sources::Source,
    pub fact: &'a crate::load::sources::Fact,
    pub age_days: i64,
    /// Page ids (`contacts/emergency`, `(home)`), sorted.
    pub pages: Vec<String>,
}

/// Facts due for re-confirmation as of `today`. A phone number or e-mail
/// address is stated by the pages that write it; any other fact by the
/// pages that cite its source.
pub fn due(site: &Site, today: time::Date) -> Vec<Due<'_>> {
    let mut writers: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for page in &site.pages {
        for file in page.files.values() {
            for fact in shown(file, &site.contacts) {
                if let Some(key) = site.register.contact_key(fact.kind, &fact.text) {
                    writers.entry(key).or_default().push(display_id(&page.id));
                }
            }
        }
    }
    let mut due = Vec::new();
    for source in site.register.sources.values() {
        for fact in &source.facts {
            let age_days = (today - fact.confirmed).whole_days();
            if age_days <= CONFIRM_EVERY_DAYS {
                continue;
            }
            let mut pages = match site.register.contact_key(fact.kind, &fact.value) {
                Some(key) => writers.get(&key).cloned().unwrap_or_default(),
                None => site
                    .pages
                    .iter()
                    .filter(|p| {
                        p.files
                            .values()
                            .any(|f| f.front.sources.contains(&source.id))
                    })
                    .map(|p| display_id(&p.id))
                    .collect(),
            };
            pages.sort();
            pages.dedup();
            due.push(Due {
                source,
                fact,
                age_days,
                pages,
            });
        }
    }
    due
}

fn display_id(id: &str) -> String {
    if id.is_empty() {
        "(home)".to_string()
    } else {
        id.to_string()
    }
}

/// Finds phone numbers and e-mail addresses in `text`, whose first line is
/// line `first_line` of the file. Each line is read as a reader sees it:
/// without the invisible characters scripts may use (the others are
/// refused when the file is loaded).
fn scan(text: &str, first_line: usize, found: &mut Vec<Stated>) {
    for (index, line) in text.lines().enumerate() {
        let line_number = first_line + index;
        let line = crate::script::invisible::as_read(line);
        let line = line.as_ref();
        let chars: Vec<(usize, char)> = line.char_indices().collect();
        let mut i = 0;
        while i < chars.len() {
            let (at, c) = chars[i];
            let rest = &line[at..];
            let before = i.checked_sub(1).map(|j| chars[j].1);
            let end = if let Some(target) = strip_scheme(rest, "tel:") {
                let number = number_at(target);
                found.push(Stated {
                    kind: FactKind::Phone,
                    text: format!("tel:{number}"),
                    line: line_number,
                });
                at + 4 + number.len()
            } else if let Some(target) = strip_scheme(rest, "mailto:") {
                let address: String = target
                    .chars()
                    .take_while(|&c| !c.is_whitespace() && !")\"'<>?".contains(c))
                    .collect();
                found.push(Stated {
                    kind: FactKind::Email,
                    text: address.clone(),
                    line: line_number,
                });
                at + 7 + address.len()
            } else if starts_number(rest)
                && !before.is_some_and(|b| b.is_alphanumeric() || "/._-=#%&?@".contains(b))
            {
                let number = number_at(rest);
                let digits = number.chars().filter(|&c| ascii_digit(c).is_some()).count();
                if digits >= 6 && !is_date(number) {
                    found.push(Stated {
                        kind: FactKind::Phone,
                        text: number.to_string(),
                        line: line_number,
                    });
                }
                at + number.len().max(c.len_utf8())
            } else if c == '@' {
                if let Some(address) = email_around(line, at) {
                    found.push(Stated {
                        kind: FactKind::Email,
                        text: address.to_string(),
                        line: line_number,
                    });
                }
                at + 1
            } else {
                at + c.len_utf8()
            };
            while i < chars.len() && chars[i].0 < end {
                i += 1;
            }
        }
    }
}

/// `text` after `scheme` (`tel:`, `mailto:`) in any case: browsers read
/// `TEL:` as `tel:`.
fn strip_scheme<'a>(text: &'a str, scheme: &str) -> Option<&'a str> {
    let head = text.get(..scheme.len())?;
    head.eq_ignore_ascii_case(scheme)
        .then(|| &text[scheme.len()..])
}

/// Characters that may stand between the digit groups of a phone number
/// as people write it: spaces of every width, dashes, dots, slashes and
/// brackets.
fn is_separator(c: char) -> bool {
    matches!(
        c,
        ' ' | '\u{a0}' | '\u{202f}' | '\u{2007}' | '\u{2009}' | '-' | '\u{2010}'
            ..='\u{2015}' | '.' | '/' | '(' | ')'
    )
}

/// Does a phone number start here: `+`, or a 0 (the trunk or international
/// prefix every number dialled in the country starts with), possibly in
/// brackets, in any digits?
fn starts_number(text: &str) -> bool {
    let mut chars = text.chars();
    match chars.next() {
        Some('+') => chars
            .next()
            .is_some_and(|c| ascii_digit(c).is_some() || c == '('),
        Some('(') => chars
            .next()
            .is_some_and(|c| c == '+' || ascii_digit(c) == Some('0')),
        Some(c) => ascii_digit(c) == Some('0'),
        None => false,
    }
}

/// The number starting at the beginning of `text`: an optional `+` or
/// `(`, then digit groups separated by any run of separators.
fn number_at(text: &str) -> &str {
    let mut end = 0;
    for (at, c) in text.char_indices() {
        if ascii_digit(c).is_some() {
            end = at + c.len_utf8();
        } else if c == ')' && text[..at].contains('(') {
            end = at + 1;
        } else if !(is_separator(c) || (at == 0 && c == '+')) {
            break;
        }
    }
    &text[..end]
}

/// `01.02.2023`, `07/12/2026`: a date, not a phone number.
fn is_date(text: &str) -> bool {
    let groups: Vec<&str> = text.split(['.', '/', '-']).collect();
    let digits = |g: &str| g.chars().all(|c| ascii_digit(c).is_some());
    groups.len() == 3
        && groups.iter().all(|g| digits(g))
        && groups[0].chars().count() <= 2
        && groups[1].chars().count() <= 2
        && groups[2].chars().count() == 4
}

/// The e-mail address around the `@` at byte `at` of `line`, if it is one.
fn email_around(line: &str, at: usize) -> Option<&str> {
    let local = |c: char| c.is_ascii_alphanumeric() || "._%+-".contains(c);
    let start = line[..at]
        .char_indices()
        .rev()
        .take_while(|&(_, c)| local(c))
        .last()
        .map(|(i, _)| i)?;
    let domain_len = line[at + 1..]
        .chars()
        .take_while(|&c| c.is_ascii_alphanumeric() || c == '.' || c == '-')
        .map(char::len_utf8)
        .sum::<usize>();
    let domain = line[at + 1..at + 1 + domain_len].trim_end_matches('.');
    (domain.contains('.') && !domain.starts_with('.')).then(|| &line[start..at + 1 + domain.len()])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(FactKind, String, usize)> {
        let mut found = Vec::new();
        scan(text, 10, &mut found);
        found
            .into_iter()
            .map(|s| (s.kind, s.text, s.line))
            .collect()
    }

    #[test]
    fn finds_links_numbers_and_addresses_with_their_lines() {
        let text = "Call [0800 11 112](tel:080011112) now.\n\nWrite to iompristina@iom.int or [us](mailto:a@b.org).\nOffice: +383 38 600 521.";
        assert_eq!(
            found(text),
            vec![
                (FactKind::Phone, "0800 11 112".to_string(), 10),
                (FactKind::Phone, "tel:080011112".to_string(), 10),
                (FactKind::Email, "iompristina@iom.int".to_string(), 12),
                (FactKind::Email, "a@b.org".to_string(), 12),
                (FactKind::Phone, "+383 38 600 521".to_string(), 13),
            ]
        );
    }

    #[test]
    fn numbers_in_any_digits() {
        assert_eq!(
            found("رقم ۰۸۰۰ ۱۱ ۱۱۲ مجاني"),
            vec![(FactKind::Phone, "۰۸۰۰ ۱۱ ۱۱۲".to_string(), 10)]
        );
        assert_eq!(
            found("الرقم ٠٨٠٠ ١١ ١١٢"),
            vec![(FactKind::Phone, "٠٨٠٠ ١١ ١١٢".to_string(), 10)]
        );
    }

    #[test]
    fn a_number_is_found_however_it_is_written() {
        let written = [
            "(0800) 99 999",
            "0800.99.999",
            "Tel:0800 99 999",
            "tel.: 0800  99 999",
            "0800/99-999",
            "0800 \u{2013} 99 \u{2013} 999",
            "+383 (0)38 600 521",
            "\u{FF10}\u{FF18}\u{FF10}\u{FF10} 99 999",
            "0800\u{200C}99\u{00AD}999",
        ];
        for text in written {
            let numbers = found(&format!("Call {text}."));
            assert_eq!(numbers.len(), 1, "{text}: {numbers:?}");
            assert!(
                numbers[0]
                    .1
                    .chars()
                    .filter(|c| ascii_digit(*c).is_some())
                    .count()
                    >= 8,
                "{text}: {numbers:?}"
            );
        }
        assert_eq!(
            found("[x](TEL:0800-99-999)"),
            vec![(FactKind::Phone, "tel:0800-99-999".to_string(), 10)]
        );
        assert_eq!(
            found("Write to A@B.ORG or MAILTO:x@y.org"),
            vec![
                (FactKind::Email, "A@B.ORG".to_string(), 10),
                (FactKind::Email, "x@y.org".to_string(), 10)
            ]
        );
    }

    #[test]
    fn a_number_ends_where_its_digits_end() {
        assert_eq!(
            found("0800 11 112 (free), or 192."),
            vec![(FactKind::Phone, "0800 11 112".to_string(), 10)]
        );
        assert_eq!(found("On 07.12.2026 and 01/02/2023."), vec![]);
    }

    #[test]
    fn years_laws_times_and_links_are_not_phone_numbers() {
        let text = "Law No. 06/L-026 of 2018, 2022-2025, 07:00 to 22:00, 89.7%, 75 places, code 11.\n\
            [apply](@/asylum/apply) https://omik.osce.org/kosovo/83805 page/0123456 v0.2.1";
        assert_eq!(found(text), vec![]);
    }
}
