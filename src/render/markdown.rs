//! Markdown to HTML with pulldown-cmark, plus udha's conventions for
//! editors: `@/section/slug` links, stable heading ids in every script,
//! `> [!WARNING]` callouts, ```` ```contact ```` cards and left-to-right
//! phone links.
//!
//! It turns one body of text into HTML. It does not know which pages exist:
//! the caller passes a resolver for `@/` links and turns the returned byte
//! offsets into file lines. Heading ids and link targets come from
//! `site::outline`, so a page's anchors are the ones links were checked
//! against.

use std::collections::BTreeMap;

use pulldown_cmark::{BlockQuoteKind, CodeBlockKind, CowStr, Event, Parser, Tag, TagEnd};
use serde::Deserialize;

use crate::render::bidi;
use crate::render::html::escape;
use crate::script::digits::Writing;
use crate::script::transliterate::Script;
use crate::site::outline::{INTERNAL_PREFIX, InternalLink, assign_heading_ids, options};

/// A problem at a byte offset of the Markdown body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MarkdownError {
    pub offset: usize,
    pub message: String,
    pub help: String,
}

/// Why a link or image cannot be shown: the message and what to do.
pub type Refusal = (String, String);

/// What a page's links and images lead to, as the page's renderer knows.
pub struct Targets<'a> {
    /// An internal link's URL path, or why there is none (the message
    /// names the missing page).
    pub link: &'a dyn Fn(&InternalLink) -> Result<String, String>,
    /// The HTML that shows the site's image `src` with the text `alt`, or
    /// what is wrong with it (message, help).
    pub image: &'a dyn Fn(&str, &str) -> Result<String, Refusal>,
    /// The lines of the contact `id` of `data/contacts.toml` in the page's
    /// language, or why there is none.
    pub contact: &'a dyn Fn(&str) -> Result<Contact, String>,
}

/// Where an image udha writes goes in the HTML until the allow-list for
/// raw HTML has run (which would strip `<picture>` and `srcset`): two
/// Unicode noncharacters around its number, which no text contains.
const IMAGE_MARK: (char, char) = ('\u{FDD0}', '\u{FDD1}');

/// Renders `markdown` to HTML, with links and images as `targets` says.
/// Text is written as `writing` says: in right-to-left pages numbers and
/// Latin runs are isolated, and digits shown in the language's digits.
pub fn render(
    markdown: &str,
    script: Script,
    writing: Writing,
    targets: &Targets,
) -> Result<String, Vec<MarkdownError>> {
    let resolve = targets.link;
    let parsed = merge_text(Parser::new_ext(markdown, options()).into_offset_iter());
    let events: Vec<Event> = parsed.iter().map(|(event, _)| event.clone()).collect();
    let ids = assign_heading_ids(&events);
    let mut ids = ids.into_iter();
    let mut errors = Vec::new();
    let mut out: Vec<Event> = Vec::with_capacity(events.len());
    let mut in_code = false;
    let mut contact: Option<(usize, String)> = None;
    let mut link_closers: Vec<bool> = Vec::new();
    let mut has_raw_html = false;
    let mut first_raw_html = None;
    // An image being read: its source (`None` once refused), where it
    // starts, its text so far.
    let mut image: Option<(Option<CowStr>, usize, String)> = None;
    let mut pictures: Vec<String> = Vec::new();

    for (event, range) in parsed {
        if let Some((_, _, alt)) = image.as_mut() {
            match event {
                Event::Text(text) | Event::Code(text) => alt.push_str(&text),
                Event::End(TagEnd::Image) => {
                    if let Some((Some(src), offset, alt)) = image.take() {
                        match (targets.image)(&src, &script.apply(&alt)) {
                            Ok(html) => {
                                let mark = format!("{}{}{}", IMAGE_MARK.0, pictures.len(), IMAGE_MARK.1);
                                out.push(Event::InlineHtml(mark.into()));
                                pictures.push(html);
                            }
                            Err((message, help)) => errors.push(MarkdownError { offset, message, help }),
                        }
                    }
                }
                _ => {}
            }
            continue;
        }
        if let Some((_, text)) = contact.as_mut() {
            match event {
                Event::Text(t) => text.push_str(&t),
                Event::End(TagEnd::CodeBlock) => {
                    let (offset, toml_text) = contact.take().unwrap_or_default();
                    match contact_card(&toml_text, script, writing, targets) {
                        Ok(html) => out.push(Event::Html(html.into())),
                        Err(message) => errors.push(MarkdownError {
                            offset,
                            message: format!("contact card: {message}"),
                            help: "a contact card holds TOML: name = \"...\" and optionally what, phone, email, address".into(),
                        }),
                    }
                }
                _ => {}
            }
            continue;
        }
        match event {
            Event::Start(Tag::Heading {
                level,
                classes,
                attrs,
                ..
            }) => {
                let id = script.apply(&ids.next().unwrap_or_default());
                out.push(Event::Start(Tag::Heading {
                    level,
                    id: Some(id.into()),
                    classes,
                    attrs,
                }));
            }
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info)))
                if info.as_ref() == "contact" =>
            {
                contact = Some((range.start, String::new()));
            }
            Event::Start(Tag::CodeBlock(kind)) => {
                in_code = true;
                out.push(Event::Start(Tag::CodeBlock(kind)));
            }
            Event::End(TagEnd::CodeBlock) => {
                in_code = false;
                out.push(Event::End(TagEnd::CodeBlock));
            }
            Event::Text(text) if !in_code && writing.is_plain() => {
                out.push(Event::Text(script.apply(&text).into()))
            }
            Event::Text(text) if !in_code => out.push(Event::InlineHtml(
                bidi::html(writing, &script.apply(&text)).into(),
            )),
            Event::Start(Tag::BlockQuote(Some(kind))) => {
                out.push(Event::Html(
                    format!(
                        "<div class=\"callout callout-{}\" role=\"note\">",
                        callout_name(kind)
                    )
                    .into(),
                ));
            }
            Event::End(TagEnd::BlockQuote(Some(_))) => out.push(Event::Html("</div>".into())),
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let (html, custom) = match link_open_tag(&dest_url, &title, script, resolve) {
                    Ok(Some(html)) => (Some(html), true),
                    Ok(None) => (None, false),
                    Err((message, help)) => {
                        // Point at the link's target, not its text.
                        let target = markdown[range.clone()].find(dest_url.as_ref()).unwrap_or(0);
                        errors.push(MarkdownError {
                            offset: range.start + target,
                            message,
                            help: help.into(),
                        });
                        (Some("<a>".to_string()), true)
                    }
                };
                link_closers.push(custom);
                match html {
                    Some(html) => out.push(Event::InlineHtml(html.into())),
                    None => out.push(Event::Start(Tag::Link {
                        link_type,
                        dest_url,
                        title,
                        id,
                    })),
                }
            }
            Event::End(TagEnd::Link) => {
                if link_closers.pop().unwrap_or(false) {
                    out.push(Event::InlineHtml("</a>".into()));
                } else {
                    out.push(Event::End(TagEnd::Link));
                }
            }
            Event::Start(Tag::Image { dest_url, .. }) => {
                let target = markdown[range.clone()].find(dest_url.as_ref()).unwrap_or(0);
                let refused = image_problem(&dest_url);
                if let Some((message, help)) = &refused {
                    errors.push(MarkdownError {
                        offset: range.start + target,
                        message: message.clone(),
                        help: (*help).into(),
                    });
                }
                image = Some((refused.is_none().then_some(dest_url), range.start + target, String::new()));
            }
            Event::Html(html) | Event::InlineHtml(html) => {
                if let Some((message, help)) = raw_html_problem(&html) {
                    errors.push(MarkdownError {
                        offset: range.start,
                        message,
                        help: help.into(),
                    });
                }
                has_raw_html = true;
                first_raw_html.get_or_insert(range.start);
                out.push(Event::InlineHtml(html));
            }
            other => out.push(other),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut html = String::with_capacity(markdown.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, out.into_iter());
    // What udha writes itself is safe by construction; raw HTML from the
    // editor also passes through the allow-list, which removes any URL
    // that would leave the site: one the checks above did not see (a tag
    // cut across lines, say) still stops the build.
    let with_pictures = |html: String| {
        pictures.iter().enumerate().fold(html, |html, (n, picture)| {
            html.replace(&format!("{}{n}{}", IMAGE_MARK.0, IMAGE_MARK.1), picture)
        })
    };
    if !has_raw_html {
        return Ok(with_pictures(html));
    }
    let (clean, removed) = sanitize(&html);
    match removed.first() {
        None => Ok(with_pictures(clean)),
        Some(url) => Err(vec![MarkdownError {
            offset: first_raw_html.unwrap_or(0),
            message: format!(
                "raw HTML on this page points to `{url}`, which a browser would fetch from another host"
            ),
            help: OFF_SITE_HELP.into(),
        }]),
    }
}

/// Events with each run of adjacent text joined into one, so a number or
/// name the parser split (at `&`, `_`, `[`) is isolated as a whole.
/// The words a reader sees in `markdown`: its text and code, without
/// markup or link targets, a space between pieces.
pub fn plain_text(markdown: &str) -> String {
    let mut text = String::with_capacity(markdown.len());
    for event in Parser::new_ext(markdown, options()) {
        if let Event::Text(piece) | Event::Code(piece) = event {
            text.push_str(&piece);
            text.push(' ');
        }
    }
    text
}

fn merge_text<'a>(
    events: impl Iterator<Item = (Event<'a>, std::ops::Range<usize>)>,
) -> Vec<(Event<'a>, std::ops::Range<usize>)> {
    let mut merged: Vec<(Event<'a>, std::ops::Range<usize>)> = Vec::new();
    for (event, range) in events {
        if let (Event::Text(text), Some((Event::Text(previous), previous_range))) =
            (&event, merged.last_mut())
        {
            *previous = CowStr::from(format!("{previous}{text}"));
            previous_range.end = range.end;
            continue;
        }
        merged.push((event, range));
    }
    merged
}

/// The opening `<a>` for links udha writes itself: internal `@/` links and
/// `tel:` links (kept left to right inside right-to-left text). `None` for
/// other links, which pulldown-cmark writes as they are.
fn link_open_tag(
    dest: &CowStr,
    title: &CowStr,
    script: Script,
    resolve: &dyn Fn(&InternalLink) -> Result<String, String>,
) -> Result<Option<String>, (String, &'static str)> {
    const PAGE_HELP: &str = "link to a page by its id, e.g. [how to apply](@/guide/apply); ids are file paths under content/ without the language suffix";
    let title_attr = if title.is_empty() {
        String::new()
    } else {
        format!(" title=\"{}\"", escape(&script.apply(title)))
    };
    if let Some(target) = dest.strip_prefix(INTERNAL_PREFIX) {
        let (page, anchor) = match target.split_once('#') {
            Some((page, anchor)) => (page, Some(anchor)),
            None => (target, None),
        };
        let link = InternalLink {
            page: page.trim_end_matches('/'),
            anchor,
        };
        let mut url = resolve(&link).map_err(|message| (message, PAGE_HELP))?;
        if let Some(anchor) = anchor {
            url.push('#');
            url.push_str(&script.apply(anchor));
        }
        return Ok(Some(format!("<a href=\"{}\"{title_attr}>", escape(&url))));
    }
    if let Some(number) = dest.strip_prefix("tel:") {
        let href = tel_href(number).ok_or_else(|| {
            (
                format!("`{dest}` is not a phone number"),
                "write the digits, e.g. [110](tel:110) or [+1 555 0100](tel:+15550100)",
            )
        })?;
        return Ok(Some(format!(
            "<a class=\"tel\" href=\"tel:{href}\" dir=\"ltr\"{title_attr}>"
        )));
    }
    if dest.starts_with("https://") || dest.starts_with("http://") {
        // A plain link to another site: it opens only when tapped, and
        // tells that site nothing about where the reader came from.
        return Ok(Some(format!(
            "<a href=\"{}\" rel=\"noopener noreferrer\"{title_attr}>",
            escape(dest)
        )));
    }
    match url_scheme(dest) {
        None if !leaves_the_site(dest) => Ok(None),
        Some("mailto") => Ok(None),
        _ => Err((
            format!("`{dest}` is not a link udha publishes"),
            "link with @/page-id, https://, mailto: or tel:; other kinds of links can run code or leak who reads the page",
        )),
    }
}

/// The scheme of a URL (`javascript` in `javascript:alert(1)`), if any.
fn url_scheme(url: &str) -> Option<&str> {
    let (scheme, _) = url.split_once(':')?;
    let valid = scheme
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    valid.then_some(scheme)
}

/// Why an image source is refused: only files of this site may be shown,
/// since an image from another host tells that host who reads the page.
fn image_problem(src: &str) -> Option<(String, &'static str)> {
    (url_scheme(src).is_some() || leaves_the_site(src)).then(|| {
        (format!("the image `{src}` is not a file of this site"), "put the image in static/ and write its path, e.g. ![map](/images/map.png): an image from another site tells that site who reads this page")
    })
}

/// Tags and attributes raw HTML may not use, with why.
const FORBIDDEN_TAGS: [&str; 12] = [
    "script", "iframe", "object", "embed", "style", "link", "meta", "base", "form", "frame", "svg",
    "math",
];

/// What is wrong with a piece of raw HTML in Markdown, if anything:
/// scripts, frames, event handlers, `javascript:` URLs, or anything that
/// would load from another host.
fn raw_html_problem(html: &str) -> Option<(String, &'static str)> {
    let lower = html.to_ascii_lowercase();
    if let Some(tag) = FORBIDDEN_TAGS
        .iter()
        .find(|tag| lower.contains(&format!("<{tag}")))
    {
        return Some((
            format!("raw HTML with <{tag}> is not allowed"),
            "write Markdown instead; raw HTML may only use the tags listed in docs/editing.md",
        ));
    }
    let handler = lower
        .match_indices(" on")
        .chain(lower.match_indices("\ton"))
        .chain(lower.match_indices("\non"))
        .any(|(i, _)| {
            let name: String = lower[i + 1..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect();
            name.len() > 2 && lower[i + 1 + name.len()..].trim_start().starts_with('=')
        });
    if handler {
        return Some((
            "raw HTML with an event handler (on...=) is not allowed".into(),
            "remove the attribute: pages run no scripts of their own",
        ));
    }
    if lower.contains("javascript:") || lower.contains("vbscript:") {
        return Some((
            "raw HTML with a javascript: URL is not allowed".into(),
            "link with @/page-id, https://, mailto: or tel:",
        ));
    }
    if let Some(url) = sanitize(html).1.into_iter().next() {
        return Some((
            format!("raw HTML points to `{url}`, which a browser would fetch from another host"),
            OFF_SITE_HELP,
        ));
    }
    let sizing = ["<picture", "<source", "srcset", "sizes=", "loading="];
    if let Some(found) = sizing.iter().find(|word| lower.contains(*word)) {
        return Some((
            format!("raw HTML with `{}` is not needed: udha writes it for every image", found.trim_end_matches('=').trim_start_matches('<')),
            "write the image in Markdown, ![what it shows](photo.jpg): udha publishes it in a few widths with srcset, sizes, width, height and loading=\"lazy\"",
        ));
    }
    if lower.contains("url(") || lower.contains("style=") {
        return Some((
            "raw HTML with style is not allowed".into(),
            "styles live in static/style.css; use Markdown or the classes listed in docs/editing.md",
        ));
    }
    None
}

/// The digits of a phone number for a `tel:` URL: `+1 555 0100` →
/// `+15550100`. Digits are never converted to another numeral system.
fn tel_href(number: &str) -> Option<String> {
    let allowed = |c: char| c.is_ascii_digit() || matches!(c, '+' | ' ' | '-' | '(' | ')' | '.');
    if number.is_empty() || !number.chars().all(allowed) {
        return None;
    }
    let href: String = number
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '+')
        .collect();
    (href.trim_start_matches('+').len() >= 3).then_some(href)
}

/// The allow-list for pages with raw HTML (documented in docs/editing.md):
/// the tags Markdown makes, `details`/`summary`, `abbr`, `mark`, `small`,
/// `sub`, `sup`, `br`, `span` and `div`, with `class`, `id`, `dir`, `lang`,
/// `title`, `role` and `aria-hidden` on any of them; links keep `href` and
/// `rel`, images `src`, `alt`, `width` and `height`. Everything else is
/// removed.
///
/// Every URL in what remains is read as a browser reads it (the WHATWG URL
/// rules, after entities are decoded: `&#104;ttps:`, `/\\host`, a tab
/// before `https:`): a link (`href`) may go to another site only when it is
/// written as a plain `http(s)://` address, and nothing else may point
/// off the site at all. Such URLs are removed and returned, as written.
fn sanitize(html: &str) -> (String, Vec<String>) {
    let removed = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let found = std::sync::Arc::clone(&removed);
    let clean = ammonia::Builder::default()
        .add_generic_attributes(["class", "id", "dir", "role", "aria-hidden"])
        .add_tag_attributes("a", ["rel"])
        .link_rel(None)
        .url_relative(ammonia::UrlRelative::PassThrough)
        // Let `data:` reach the filter below, to be named, not dropped silently.
        .add_url_schemes(["data"])
        .attribute_filter(move |_element, attribute, value| {
            let allowed = match attribute {
                "href" => {
                    !leaves_the_site(value)
                        || ["https://", "http://", "mailto:", "tel:"]
                            .iter()
                            .any(|plain| value.starts_with(plain))
                }
                "src" | "srcset" | "poster" | "data" | "background" | "action" | "formaction"
                | "longdesc" | "cite" | "xlink:href" => !leaves_the_site(value),
                _ => true,
            };
            if !allowed && let Ok(mut found) = found.lock() {
                found.push(value.to_string());
            }
            allowed.then(|| value.into())
        })
        .clean(html)
        .to_string();
    let removed = removed
        .lock()
        .map(|found| found.clone())
        .unwrap_or_default();
    (clean, removed)
}

const OFF_SITE_HELP: &str = "put the file in static/ and use its path (a link to another site: write it as [text](https://…)): anything a page loads from another host tells that host who reads it";

/// Would a browser, on a page of this site, resolve `url` to another host
/// (or to no host it can fetch from this site, like `data:`)? Decided by
/// the WHATWG URL rules, as browsers do, not by how the text starts.
fn leaves_the_site(url: &str) -> bool {
    const HOST: &str = "udha.invalid";
    let Ok(base) = url::Url::parse(&format!("https://{HOST}/a/page/")) else {
        return true;
    };
    match base.join(url) {
        Ok(resolved) => resolved.scheme() != "https" || resolved.host_str() != Some(HOST),
        Err(_) => true,
    }
}

fn callout_name(kind: BlockQuoteKind) -> &'static str {
    match kind {
        BlockQuoteKind::Note => "note",
        BlockQuoteKind::Tip => "tip",
        BlockQuoteKind::Important => "important",
        BlockQuoteKind::Warning => "warning",
        BlockQuoteKind::Caution => "caution",
    }
}

/// A contact card's lines: as a page's card writes them, or as
/// `data/contacts.toml` gives them for its `id`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// A contact of `data/contacts.toml`; the card's other lines take the
    /// place of its own.
    #[serde(default)]
    pub id: Option<String>,
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub what: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub address: Option<String>,
    /// The language tags of lines (`"name"`, `"what"`, `"address"`) not
    /// in the page's language (the contact has no text in it yet).
    #[serde(skip)]
    pub langs: BTreeMap<&'static str, String>,
}

/// A contact card: the organisation, what it does, and tap-to-call,
/// e-mail and address lines.
fn contact_card(toml_text: &str, script: Script, writing: Writing, targets: &Targets) -> Result<String, String> {
    let written: Contact =
        toml::from_str(toml_text).map_err(|err| err.message().trim_end().to_string())?;
    let mut contact = match &written.id {
        Some(id) => (targets.contact)(id)?,
        None => Contact::default(),
    };
    // The page's own lines are in the page's language.
    for (line, written) in [("name", &written.name), ("what", &written.what), ("address", &written.address)] {
        if written.is_some() {
            contact.langs.remove(line);
        }
    }
    contact.name = written.name.or(contact.name);
    contact.what = written.what.or(contact.what);
    contact.phone = written.phone.or(contact.phone);
    contact.email = written.email.or(contact.email);
    contact.address = written.address.or(contact.address);
    let Some(name) = &contact.name else {
        return Err("a contact card needs a name = \"...\" or the id = \"...\" of a contact in data/contacts.toml".into());
    };
    let text = |s: &str| bidi::html(writing, &script.apply(s));
    let lang = |line: &str| contact.langs.get(line).map(|tag| format!(" lang=\"{}\"", escape(tag))).unwrap_or_default();
    let mut html = format!(
        "<div class=\"contact\"><p class=\"contact-name\"{}>{}</p>",
        lang("name"),
        text(name)
    );
    if let Some(what) = &contact.what {
        html.push_str(&format!("<p class=\"contact-what\"{}>{}</p>", lang("what"), text(what)));
    }
    if let Some(phone) = &contact.phone {
        let href =
            tel_href(phone).ok_or_else(|| format!("phone = \"{phone}\" is not a phone number"))?;
        html.push_str(&format!("<p class=\"contact-phone\"><a class=\"tel\" href=\"tel:{href}\" dir=\"ltr\">{}</a></p>", bidi::html(writing, phone)));
    }
    if let Some(email) = &contact.email {
        if !email.contains('@') || email.contains(char::is_whitespace) {
            return Err(format!("email = \"{email}\" is not an e-mail address"));
        }
        html.push_str(&format!(
            "<p class=\"contact-email\"><a href=\"mailto:{0}\" dir=\"ltr\">{0}</a></p>",
            escape(email)
        ));
    }
    if let Some(address) = &contact.address {
        html.push_str(&format!(
            "<p class=\"contact-address\" dir=\"auto\"{}>{}</p>",
            lang("address"),
            text(address)
        ));
    }
    html.push_str("</div>\n");
    Ok(html)
}

#[cfg(test)]
mod tests {

    #[test]
    fn plain_text_keeps_words_and_drops_markup_and_targets() {
        let text = plain_text(
            "## Ask {#ask}\n\nCall [the line](tel:080011112) or read **[the rules](@/guide/stay#rules)**. `code`\n",
        );
        assert_eq!(
            text.split_whitespace().collect::<Vec<_>>(),
            [
                "Ask", "Call", "the", "line", "or", "read", "the", "rules", ".", "code"
            ]
        );
    }

    use super::*;

    fn resolve_link(link: &InternalLink) -> Result<String, String> {
        match link.page {
            "asylum/apply" => Ok("/ar/asylum/apply/".to_string()),
            "" => Ok("/ar/".to_string()),
            other => Err(format!("no page @/{other}")),
        }
    }

    /// The site's one image is `/images/map.png`.
    fn picture(src: &str, alt: &str) -> Result<String, Refusal> {
        match src {
            "/images/map.png" => Ok(format!("<picture><img src=\"/img/map-720.png\" alt=\"{alt}\" loading=\"lazy\"></picture>")),
            other => Err((format!("no image {other}"), "put it there".to_string())),
        }
    }

    /// The site's one contact is `iom`.
    fn contact(id: &str) -> Result<Contact, String> {
        match id {
            "iom" => Ok(Contact { name: Some("IOM".into()), phone: Some("+383 38 600 521".into()), ..Contact::default() }),
            other => Err(format!("no contact `{other}`")),
        }
    }

    fn resolve() -> Targets<'static> {
        Targets { link: &resolve_link, image: &picture, contact: &contact }
    }

    #[test]
    fn images_are_written_by_the_site_and_a_missing_one_is_an_error_at_its_name() {
        let html = render("See ![the **map** & key](/images/map.png).", Script::AsWritten, Writing::default(), &resolve()).unwrap();
        assert!(html.contains("<picture><img src=\"/img/map-720.png\" alt=\"the map & key\" loading=\"lazy\"></picture>"), "{html}");
        let errors = render("Text.\n\n![a map](/images/mpa.png)", Script::AsWritten, Writing::default(), &resolve()).unwrap_err();
        assert_eq!((errors.len(), errors[0].offset), (1, 16), "at the image's name: {errors:?}");
        assert!(errors[0].message.contains("no image /images/mpa.png"));
        // Raw HTML elsewhere on the page: the allow-list does not strip it.
        let html = render("<abbr title=\"x\">X</abbr>\n\n![map](/images/map.png)", Script::AsWritten, Writing::default(), &resolve()).unwrap();
        assert!(html.contains("<picture><img src=\"/img/map-720.png\""), "{html}");
    }

    #[test]
    fn image_sizing_written_by_hand_is_refused_with_the_markdown_to_write() {
        for raw in ["<img src=\"/a.png\" srcset=\"/a.png 1x\">", "<picture><img src=\"/a.png\"></picture>", "<img src=\"/a.png\" loading=\"lazy\">"] {
            let errors = render(raw, Script::AsWritten, Writing::default(), &resolve()).unwrap_err();
            assert!(errors[0].message.contains("udha writes it for every image") && errors[0].help.contains("![what it shows](photo.jpg)"), "{raw}: {errors:?}");
        }
    }

    #[test]
    fn internal_links_resolve_and_keep_anchor() {
        let html = render(
            "[a](@/asylum/apply#where) [h](@/)",
            Script::AsWritten,
            Writing::default(),
            &resolve(),
        )
        .unwrap();
        assert!(
            html.contains("<a href=\"/ar/asylum/apply/#where\">a</a>"),
            "{html}"
        );
        assert!(html.contains("<a href=\"/ar/\">h</a>"), "{html}");
    }

    #[test]
    fn broken_link_reports_its_offset() {
        let errors = render(
            "text\n\n[x](@/asylum/aply)",
            Script::AsWritten,
            Writing::default(),
            &resolve(),
        )
        .unwrap_err();
        assert_eq!(errors[0].offset, 10, "points at the target");
        assert!(errors[0].message.contains("@/asylum/aply"));
    }

    #[test]
    fn phone_links_are_left_to_right_digits() {
        let html = render(
            "[+383 38 600 521](tel:+383 38 600 521)",
            Script::AsWritten,
            Writing::default(),
            &resolve(),
        );
        // A space in a Markdown link target ends it; editors write tel:+38338600521.
        assert!(html.is_ok());
        let html = render(
            "[112](tel:112)",
            Script::AsWritten,
            Writing::default(),
            &resolve(),
        )
        .unwrap();
        assert!(
            html.contains("<a class=\"tel\" href=\"tel:112\" dir=\"ltr\">112</a>"),
            "{html}"
        );
        assert!(
            render(
                "[x](tel:abc)",
                Script::AsWritten,
                Writing::default(),
                &resolve()
            )
            .is_err()
        );
    }

    #[test]
    fn callouts_and_contact_cards() {
        let html = render(
            "> [!WARNING]\n> Keep your passport.\n",
            Script::AsWritten,
            Writing::default(),
            &resolve(),
        )
        .unwrap();
        assert!(
            html.contains("<div class=\"callout callout-warning\" role=\"note\">"),
            "{html}"
        );
        let html = render(
            "```contact\nname = \"IOM\"\nphone = \"+383 38 600 521\"\nemail = \"a@b.org\"\n```\n",
            Script::AsWritten,
            Writing::default(),
            &resolve(),
        )
        .unwrap();
        assert!(
            html.contains("href=\"tel:+38338600521\" dir=\"ltr\">+383 38 600 521</a>"),
            "{html}"
        );
        assert!(html.contains("mailto:a@b.org"), "{html}");
        let errors = render(
            "x\n\n```contact\nnam = 1\n```\n",
            Script::AsWritten,
            Writing::default(),
            &resolve(),
        )
        .unwrap_err();
        assert_eq!(errors[0].offset, 3);
    }

    #[test]
    fn external_links_get_no_referrer_and_unsafe_links_are_refused() {
        let html = render(
            "[UNHCR](https://help.unhcr.org/)",
            Script::AsWritten,
            Writing::default(),
            &resolve(),
        )
        .unwrap();
        assert!(
            html.contains(
                "<a href=\"https://help.unhcr.org/\" rel=\"noopener noreferrer\">UNHCR</a>"
            ),
            "{html}"
        );
        for bad in [
            "[x](javascript:alert(1))",
            "[x](data:text/html,hi)",
            "[x](//evil.example/)",
            "[x](/\\evil.example/)",
            "![x](/\\tracker.example/p.png)",
            "![x](https://tracker.example/p.png)",
            "![x](//cdn.example/p.png)",
        ] {
            assert!(
                render(bad, Script::AsWritten, Writing::default(), &resolve()).is_err(),
                "{bad}"
            );
        }
        assert!(
            render(
                "![map](/images/map.png) [mail](mailto:a@b.org) [top](#where) [rel](other/)",
                Script::AsWritten,
                Writing::default(),
                &resolve()
            )
            .is_ok()
        );
    }

    #[test]
    fn raw_html_is_checked_and_sanitized() {
        for bad in [
            "<script>alert(1)</script>",
            "<iframe src=\"https://x.example\"></iframe>",
            "<p onclick=\"x()\">hi</p>",
            "<a href=\"javascript:x()\">x</a>",
            "<img src=\"https://tracker.example/p.gif\">",
            "<video poster=\"//cdn.example/p.jpg\"></video>",
            "<p style=\"background:url(https://x.example/a)\">x</p>",
            "<link rel=stylesheet href=\"https://fonts.example/css\">",
            "<img src=\"&#104;ttps://tracker.example/x.gif\">",
            "<img src=\"&#x68;ttps&colon;//tracker.example/x.gif\">",
            "<img src=\"/\\tracker.example/x\">",
            "<img src=\"\\\\tracker.example/x\">",
            "<img src=\"\thttps://tracker.example/x\">",
            "<img src=\" //tracker.example/x\">",
            "<img src=\"HTTPS://tracker.example/x\">",
            "<img src=\"data:image/png;base64,AAAA\">",
            "<a href=\"/\\evil.example/\">x</a>",
            "<a href=\"&#x2F;&#x2F;evil.example/\">x</a>",
            "<img\nsrc=\"&#104;ttps://tracker.example/x.gif\">",
        ] {
            let errors = render(
                &format!("text\n\n{bad}\n"),
                Script::AsWritten,
                Writing::default(),
                &resolve(),
            )
            .unwrap_err();
            assert_eq!(errors[0].offset, 6, "{bad}: {errors:?}");
        }
        let html = render("<details><summary>More</summary><p class=\"x\">Hidden <abbr title=\"Department\">DCAM</abbr></p></details>\n\nThe <mark>one</mark> online.", Script::AsWritten, Writing::default(), &resolve()).unwrap();
        assert!(html.contains("<details><summary>More</summary><p class=\"x\">Hidden <abbr title=\"Department\">DCAM</abbr></p></details>"), "{html}");
        assert!(html.contains("<mark>one</mark>"), "{html}");
        assert!(
            render(
                "<p data-x=\"1\">ok</p>",
                Script::AsWritten,
                Writing::default(),
                &resolve()
            )
            .unwrap()
            .contains("<p>ok</p>"),
            "unknown attributes are dropped"
        );
        let own = render("<img src=\"&#47;images/map.png\" alt=\"map\"> <a href=\"https://help.unhcr.org/\">UNHCR</a> <a href=\"../other/\">o</a>", Script::AsWritten, Writing::default(), &resolve()).unwrap();
        assert!(
            own.contains("src=\"/images/map.png\"")
                && own.contains("href=\"https://help.unhcr.org/\"")
                && own.contains("href=\"../other/\""),
            "{own}"
        );
    }

    #[test]
    fn the_allow_list_removes_every_url_that_leaves_the_site_on_its_own() {
        let (clean, removed) = sanitize(
            "<p><img src=\"&#104;ttps://t.example/x\"><img src=\"/\\t.example/y\"><img src=\"/ok.png\"></p>",
        );
        assert_eq!(removed, ["https://t.example/x", "/\\t.example/y"]);
        assert!(
            !clean.contains("t.example") && clean.contains("/ok.png"),
            "{clean}"
        );
    }

    #[test]
    fn serbian_latin_leaves_code_and_urls_alone() {
        let html = render(
            "## Где {#gde}\n\nЗдраво `код` [веза](https://пример.срб/)\n",
            Script::SerbianLatin,
            Writing::default(),
            &resolve(),
        )
        .unwrap();
        assert!(html.contains("<h2 id=\"gde\">Gde</h2>"), "{html}");
        assert!(html.contains("Zdravo <code>код</code>"), "{html}");
        assert!(
            html.contains("href=\"https://пример.срб/\" rel=\"noopener noreferrer\">veza</a>"),
            "the URL keeps its Cyrillic: {html}"
        );
    }
}
