//! What a reader's phone fetches to show the top of a page: its HTML, its
//! stylesheets and the images before the first heading of its text (each
//! image in the copy a phone 360 pixels wide, at two dots a pixel,
//! chooses), in bytes as published. `check` compares it with `[budget]`
//! in site.toml.
//!
//! It only weighs finished files; it changes none.

use std::collections::HashMap;

use crate::load::static_files::StaticFile;
use crate::render::OutputFile;
use crate::site::Site;

/// The width, in image pixels, a 360 px phone screen at 2× fills.
const PHONE_PIXELS: u32 = 720;

/// The first screen of one page in one language.
#[derive(Debug, PartialEq, Eq)]
pub struct FirstScreen {
    /// The page's output file, `en/guide/apply/index.html`.
    pub path: String,
    /// The content file it shows.
    pub file: std::path::PathBuf,
    pub html: u64,
    pub css: u64,
    pub images: u64,
}

impl FirstScreen {
    pub fn total(&self) -> u64 {
        self.html + self.css + self.images
    }
}

/// The first screen of every reader page of `site`.
pub fn first_screens(site: &Site, files: &[OutputFile], statics: &[StaticFile]) -> Vec<FirstScreen> {
    let base = site.config.path("/");
    let mut sizes: HashMap<&str, u64> = files.iter().map(|f| (f.path.as_str(), f.bytes.len() as u64)).collect();
    sizes.extend(statics.iter().map(|f| (f.path.as_str(), f.bytes.len() as u64)));
    let size_of = |url: &str| sizes.get(url.strip_prefix(base.as_str()).unwrap_or(url)).copied().unwrap_or(0);
    let pages: HashMap<String, &std::path::Path> = site
        .pages
        .iter()
        .flat_map(|page| site.config.languages.iter().map(move |language| (page, language)))
        .map(|(page, language)| {
            let path = format!("{}index.html", site.path(page, language).trim_start_matches('/'));
            (path, site.version(page, language).file.path.as_path())
        })
        .collect();
    files
        .iter()
        .filter_map(|file| pages.get(&file.path).map(|source| (file, source)))
        .map(|(file, source)| {
            let html = String::from_utf8_lossy(&file.bytes);
            let css = values(&html, "href").into_iter().filter(|href| href.ends_with(".css")).map(size_of).sum();
            let article = html.find("<article").unwrap_or(0);
            let top = &html[..html[article..].find("<h2").map_or(html.len(), |at| article + at)];
            // In a <picture>, the WebP copy the phone chooses; elsewhere,
            // each <img>.
            let mut images = 0;
            for (n, part) in top.split("<picture>").enumerate() {
                let (inside, outside) = match n {
                    0 => ("", part),
                    _ => part.split_once("</picture>").unwrap_or((part, "")),
                };
                images += values(inside, "srcset").first().map_or(0, |srcset| size_of(chosen(srcset)));
                images += image_sources(outside).into_iter().map(size_of).sum::<u64>();
            }
            FirstScreen {
                path: file.path.clone(),
                file: source.to_path_buf(),
                html: file.bytes.len() as u64,
                css,
                images,
            }
        })
        .collect()
}

/// The `src` of every `<img>` in `html`.
fn image_sources(html: &str) -> Vec<&str> {
    html.split("<img").skip(1).filter_map(|tag| values(tag.split('>').next().unwrap_or(""), "src").into_iter().next()).collect()
}

/// The candidate of a `srcset` a 360 px phone at 2× fetches: the first as
/// wide as its screen, or the widest.
fn chosen(srcset: &str) -> &str {
    let candidates: Vec<(&str, u32)> = srcset
        .split(',')
        .filter_map(|candidate| {
            let mut parts = candidate.split_whitespace();
            let url = parts.next()?;
            let width = parts.next().and_then(|w| w.strip_suffix('w')).and_then(|w| w.parse().ok()).unwrap_or(0);
            Some((url, width))
        })
        .collect();
    candidates
        .iter()
        .find(|(_, width)| *width >= PHONE_PIXELS)
        .or(candidates.last())
        .map_or("", |(url, _)| url)
}

/// Every value of attribute `name` in `html`, quoted or not (as the
/// minifier leaves them).
fn values<'a>(html: &'a str, name: &str) -> Vec<&'a str> {
    let needle = format!(" {name}=");
    html.match_indices(&needle)
        .map(|(at, _)| &html[at + needle.len()..])
        .map(|rest| match rest.chars().next() {
            Some(quote @ ('"' | '\'')) => rest[1..].split(quote).next().unwrap_or(""),
            _ => rest.split([' ', '>']).next().unwrap_or(""),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_phone_fetches_the_copy_as_wide_as_its_screen() {
        assert_eq!(chosen("/a-360.webp 360w, /a-720.webp 720w, /a-1080.webp 1080w"), "/a-720.webp");
        assert_eq!(chosen("/b-300.webp 300w"), "/b-300.webp");
        assert_eq!(values("<link rel=stylesheet href=/s.css><a href=\"/x y\">", "href"), ["/s.css", "/x y"]);
        assert_eq!(image_sources("<p><img src=/i.svg alt=x><img alt=y src=\"/j.gif\">"), ["/i.svg", "/j.gif"]);
    }
}
