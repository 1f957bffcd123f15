//! Images for phones: each photo a page shows is published in a few
//! widths (`WIDTHS`, never wider than the photo), as WebP and, for the
//! browsers that lack it, as JPEG (PNG when it has see-through pixels),
//! under `img/`; the page gets a `<picture>` with `srcset`, `sizes`,
//! `width`, `height` and `loading="lazy"`, so a phone fetches the smallest
//! copy that fills its screen, and only when the reader scrolls to it.
//! Re-encoding also drops what the camera wrote in the file (the place a
//! photo was taken, the phone's make). GIF and SVG images are published as
//! they are. What earlier builds encoded comes from the build cache.
//!
//! It resolves and encodes; which images the site has is `load::images`'s.

use rayon::prelude::*;

use crate::cache::Cache;
use crate::diagnostic::{Diagnostic, Diagnostics, closest};
use crate::load::images::{ImageFile, ImageKind};
use crate::render::html::escape;
use crate::render::markdown::Refusal;
use crate::render::view::OutputFile;
use crate::load::content::PageKind;
use crate::site::{Page, Site};
use crate::site::reserved::IMAGE_DIR;

/// The widths, in pixels, a photo is published in: a small phone, a large
/// phone or a tablet, a laptop.
pub const WIDTHS: [u32; 3] = [360, 720, 1080];

/// How hard copies are compressed (0–100): photos stay clear on a phone.
const QUALITY: u8 = 75;

/// How wide an image is shown: the whole screen on a phone, at most the
/// width of the text column on a larger screen.
const SIZES: &str = "(min-width: 42rem) 40rem, 100vw";

/// The files an image is published as, and how big it is shown.
struct Plan {
    /// `img/hall-3f2a1b2c`: the copies add `-360.webp` and so on.
    stem: String,
    /// Widths with their heights, smallest first.
    sizes: Vec<(u32, u32)>,
    /// `jpg` or `png`: the copies beside the WebP ones.
    fallback: &'static str,
}

fn plan(key: &str, image: &ImageFile) -> Plan {
    let name = key.rsplit('/').next().unwrap_or(key);
    let stem = name.rsplit_once('.').map_or(name, |(stem, _)| stem);
    let stem: String = stem
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() || c == '-' || c == '_' { c.to_ascii_lowercase() } else { '-' })
        .collect();
    let hash = blake3::hash(&image.bytes).to_hex();
    let (width, height) = image.size.unwrap_or((0, 0));
    let mut widths: Vec<u32> = WIDTHS.iter().copied().filter(|&w| w < width).collect();
    if width <= WIDTHS[WIDTHS.len() - 1] {
        widths.push(width);
    }
    let sizes = widths
        .into_iter()
        .map(|w| (w, (u64::from(height) * u64::from(w) / u64::from(width.max(1))).max(1) as u32))
        .collect();
    Plan {
        stem: format!("{IMAGE_DIR}/{stem}-{}", &hash[..8]),
        sizes,
        fallback: if image.transparent { "png" } else { "jpg" },
    }
}

/// The published name of a GIF or SVG: its own, with a fingerprint.
fn as_it_is_path(key: &str, image: &ImageFile) -> String {
    let plan = plan(key, image);
    let extension = key.rsplit_once('.').map_or("", |(_, e)| e).to_ascii_lowercase();
    format!("{}.{extension}", plan.stem)
}

/// The folder under `content/` that `page`'s files are in: its own for a
/// section, its section's for a page.
pub(crate) fn folder_of(page: &Page) -> &str {
    match page.kind {
        PageKind::Leaf => page.id.rsplit_once('/').map_or("", |(folder, _)| folder),
        _ => &page.id,
    }
}

/// The image `src` of a page whose files are in `content/<folder>`: a
/// name relative to that folder (`hall.jpg`, `../maps/map.png`) or, from
/// `/`, one in `static/` (`/images/map.png`).
fn find<'a>(site: &'a Site, folder: &str, src: &str) -> Result<(&'a str, &'a ImageFile), Refusal> {
    let src = src.split(['?', '#']).next().unwrap_or(src);
    let key = if src.starts_with('/') {
        src.to_string()
    } else {
        let mut parts: Vec<&str> = folder.split('/').filter(|p| !p.is_empty()).collect();
        for part in src.split('/') {
            match part {
                "" | "." => {}
                ".." => {
                    parts.pop();
                }
                part => parts.push(part),
            }
        }
        parts.join("/")
    };
    match site.images.0.get_key_value(&key) {
        Some((key, image)) => Ok((key.as_str(), image)),
        None => {
            let near = closest(&key, site.images.0.keys().map(String::as_str))
                .map(|name| format!("did you mean `{}`? ", name.trim_start_matches(&format!("{folder}/"))))
                .unwrap_or_default();
            let looked = if key.starts_with('/') { format!("static{key}") } else { format!("content/{key}") };
            let here = if folder.is_empty() { "content/".to_string() } else { format!("content/{folder}/") };
            Err((
                format!("the image `{src}` is not there: there is no file {looked}"),
                format!("{near}put the image next to the page (in {here}) and write its name, ![what it shows](photo.jpg), or put it in static/ and write ![what it shows](/images/photo.jpg)"),
            ))
        }
    }
}

/// The HTML that shows the image `src` of a page in `content/<folder>`
/// (see `find`) with the text `alt`, or what is wrong (message, help).
pub(crate) fn html(site: &Site, folder: &str, src: &str, alt: &str) -> Result<String, Refusal> {
    find(site, folder, src).map(|(key, image)| picture(site, key, image, alt))
}

/// The HTML that shows the image `key` with the text `alt`.
fn picture(site: &Site, key: &str, image: &ImageFile, alt: &str) -> String {
    let url = |path: &str| escape(&site.config.path(&format!("/{path}")));
    let alt = escape(alt);
    if image.kind == ImageKind::AsItIs {
        // One in static/ is published there already.
        let path = if key.starts_with('/') { key.trim_start_matches('/').to_string() } else { as_it_is_path(key, image) };
        let size = image
            .size
            .map(|(w, h)| format!(" width=\"{w}\" height=\"{h}\""))
            .unwrap_or_default();
        return format!("<img src=\"{}\" alt=\"{alt}\"{size} loading=\"lazy\" decoding=\"async\">", url(&path));
    }
    let plan = plan(key, image);
    let srcset = |extension: &str| {
        plan.sizes
            .iter()
            .map(|(w, _)| format!("{} {w}w", url(&format!("{}-{w}.{extension}", plan.stem))))
            .collect::<Vec<_>>()
            .join(", ")
    };
    // The middle copy where a browser reads no srcset; the largest sets the
    // shape, so the page does not jump when it arrives.
    let (middle, _) = plan.sizes[plan.sizes.len() / 2];
    let (width, height) = plan.sizes[plan.sizes.len() - 1];
    format!(
        "<picture><source type=\"image/webp\" srcset=\"{}\" sizes=\"{SIZES}\"><img src=\"{}\" srcset=\"{}\" sizes=\"{SIZES}\" width=\"{width}\" height=\"{height}\" alt=\"{alt}\" loading=\"lazy\" decoding=\"async\"></picture>",
        srcset("webp"),
        url(&format!("{}-{middle}.{}", plan.stem, plan.fallback)),
        srcset(plan.fallback),
    )
}

/// Every image of the site, in the files `picture` links to: encoded in
/// parallel, or taken from `cache`.
pub(crate) fn files(site: &Site, cache: &Cache) -> Result<Vec<OutputFile>, Diagnostics> {
    let made: Vec<Result<Vec<OutputFile>, Diagnostic>> = site
        .images
        .0
        .par_iter()
        .map(|(key, image)| {
            let files = match image.kind {
                ImageKind::AsItIs if key.starts_with('/') => Vec::new(),
                ImageKind::AsItIs => vec![(as_it_is_path(key, image), image.bytes.to_vec())],
                ImageKind::Photo => {
                    let plan = plan(key, image);
                    let cache_key = cache.key("image").bytes(&image.bytes).bytes(plan.stem.as_bytes()).finish();
                    cache.files(cache_key, || encode(image, &plan))?
                }
            };
            Ok(files.into_iter().map(|(path, bytes)| OutputFile { path, bytes }).collect())
        })
        .collect();
    let mut diagnostics = Diagnostics::default();
    let mut files = Vec::new();
    for result in made {
        match result {
            Ok(made) => files.extend(made),
            Err(problem) => diagnostics.push(problem),
        }
    }
    diagnostics.into_result(files)
}

/// The copies of one photo, as `plan` names them.
fn encode(image: &ImageFile, plan: &Plan) -> Result<Vec<(String, Vec<u8>)>, Diagnostic> {
    use image::ImageDecoder;
    let unreadable = |err: image::ImageError| {
        Diagnostic::new(&image.path, format!("this image cannot be read: {err}"))
            .with_help("open it in an image editor and save it again as JPEG or PNG")
    };
    let mut decoder = image::ImageReader::new(std::io::Cursor::new(image.bytes.as_slice()))
        .with_guessed_format()
        .map_err(|err| unreadable(err.into()))?
        .into_decoder()
        .map_err(unreadable)?;
    let orientation = decoder.orientation().map_err(unreadable)?;
    let mut full = image::DynamicImage::from_decoder(decoder).map_err(unreadable)?;
    full.apply_orientation(orientation);
    let mut files = Vec::with_capacity(plan.sizes.len() * 2);
    for &(width, height) in &plan.sizes {
        let copy = full.resize_exact(width, height, image::imageops::FilterType::CatmullRom);
        let webp = if image.transparent {
            webp::Encoder::from_rgba(copy.to_rgba8().as_raw(), width, height).encode(f32::from(QUALITY))
        } else {
            webp::Encoder::from_rgb(copy.to_rgb8().as_raw(), width, height).encode(f32::from(QUALITY))
        };
        files.push((format!("{}-{width}.webp", plan.stem), webp.to_vec()));
        let mut fallback = Vec::new();
        if image.transparent {
            copy.write_to(&mut std::io::Cursor::new(&mut fallback), image::ImageFormat::Png)
                .map_err(unreadable)?;
        } else {
            image::codecs::jpeg::JpegEncoder::new_with_quality(&mut fallback, QUALITY)
                .encode_image(&copy.to_rgb8())
                .map_err(unreadable)?;
        }
        files.push((format!("{}-{width}.{}", plan.stem, plan.fallback), fallback));
    }
    Ok(files)
}
