//! What the site model needs to know of a page's Markdown without
//! rendering it: the ids its headings get (what `#anchor` in a link may
//! name) and the pages its `@/` links point to, so every link is checked
//! before anything renders. Rendering (`render::markdown`) gives headings
//! the same ids from here.
//!
//! It reads Markdown with pulldown-cmark and knows nothing about HTML,
//! templates or languages.

use std::collections::HashSet;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// An internal link as written: `@/guide/apply#where`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InternalLink<'a> {
    /// The page id: `guide/apply`, `guide`, or empty for the home page.
    pub page: &'a str,
    pub anchor: Option<&'a str>,
}

pub(crate) const INTERNAL_PREFIX: &str = "@/";

/// The Markdown extensions udha enables (the benchmark's floor uses the same).
pub fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_GFM
}

/// What other pages need to know about a body without rendering it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Outline {
    /// The ids its headings get: what `#anchor` in a link to it may name.
    pub heading_ids: Vec<String>,
    /// The page ids its `@/` links point to.
    pub links: Vec<String>,
}

pub fn outline(markdown: &str) -> Outline {
    let events: Vec<Event> = Parser::new_ext(markdown, options()).collect();
    let links = events
        .iter()
        .filter_map(|event| match event {
            Event::Start(Tag::Link { dest_url, .. }) => {
                dest_url.strip_prefix(INTERNAL_PREFIX).map(|target| {
                    target
                        .split('#')
                        .next()
                        .unwrap_or("")
                        .trim_end_matches('/')
                        .to_string()
                })
            }
            _ => None,
        })
        .collect();
    Outline {
        heading_ids: assign_heading_ids(&events),
        links,
    }
}

/// Gives every heading an id: its `{#id}` if the editor wrote one, or one
/// made from its text. Ids are unique within the page (`-2`, `-3`, ...).
pub(crate) fn assign_heading_ids(events: &[Event]) -> Vec<String> {
    let mut ids = Vec::new();
    let mut used = HashSet::new();
    let mut current: Option<(Option<String>, String)> = None;
    for event in events {
        match event {
            Event::Start(Tag::Heading { id, .. }) => {
                current = Some((id.as_ref().map(|s| s.to_string()), String::new()))
            }
            Event::Text(text) | Event::Code(text) => {
                if let Some((_, heading_text)) = current.as_mut() {
                    heading_text.push_str(text);
                }
            }
            Event::End(TagEnd::Heading(_)) => {
                if let Some((explicit, text)) = current.take() {
                    let base = explicit.unwrap_or_else(|| slug_of_heading(&text));
                    let mut id = base.clone();
                    let mut n = 2;
                    while !used.insert(id.clone()) {
                        id = format!("{base}-{n}");
                        n += 1;
                    }
                    ids.push(id);
                }
            }
            _ => {}
        }
    }
    ids
}

/// An id from heading text in any script: letters and digits kept (lower
/// case), everything else a single `-`. Arabic vowel marks are dropped so
/// the same word always gives the same id.
fn slug_of_heading(text: &str) -> String {
    let mut slug = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            slug.push(c);
        } else if (c.is_whitespace()
            || c.is_ascii_punctuation()
            || c == '\u{060C}'
            || c == '\u{061F}')
            && !slug.ends_with('-')
            && !slug.is_empty()
        {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-');
    if slug.is_empty() {
        "section".to_string()
    } else {
        slug.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heading_ids_are_unique_and_work_in_every_script() {
        let heading_ids = |text: &str| outline(text).heading_ids;
        assert_eq!(
            heading_ids(
                "# Hello, World!\n# Hello World\n## Где да питате?\n## كيف تطلب اللجوء\n## x {#where}"
            ),
            [
                "hello-world",
                "hello-world-2",
                "где-да-питате",
                "كيف-تطلب-اللجوء",
                "where"
            ]
        );
        assert_eq!(heading_ids("# ???"), ["section"]);
    }

    #[test]
    fn outline_lists_internal_link_targets() {
        assert_eq!(
            outline("[a](@/asylum/apply#where) [b](https://x.org) [h](@/)").links,
            ["asylum/apply", ""]
        );
    }
}
