//! End to end: images for phones. A photo next to its page is published
//! in a few widths as WebP with a JPEG (or, when see-through, PNG)
//! fallback, and the page gets `srcset`, `sizes`, `width`, `height` and
//! `loading="lazy"`; the original is not published. A misspelt image is an
//! error naming the file and line; `check` names a page whose first screen
//! is over the budget of site.toml.

mod common;

use common::{build_ok, edit, read, udha, with_portal_settings};

/// A camera-sized JPEG: a gradient with grain, so it compresses like a
/// photo, not like a flat colour.
fn photo(width: u32, height: u32) -> Vec<u8> {
    let mut seed = 7u32;
    let image = image::RgbImage::from_fn(width, height, |x, y| {
        seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
        let grain = (seed >> 24) as u8 / 8;
        image::Rgb([(x * 255 / width) as u8 / 2 + grain, (y * 255 / height) as u8 / 2 + grain, 90 + grain])
    });
    let mut bytes = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut bytes, 95)
        .encode_image(&image)
        .expect("encode");
    bytes
}

/// The rtl fixture with a photo and a see-through logo next to its
/// section page, shown on it.
fn site_with_images() -> tempfile::TempDir {
    let site = with_portal_settings("rtl");
    std::fs::write(site.path().join("content/numbers/hall.jpg"), photo(2400, 1600)).expect("write photo");
    let logo = image::RgbaImage::from_fn(300, 100, |x, _| image::Rgba([0, 0, 200, if x < 150 { 0 } else { 255 }]));
    logo.save(site.path().join("content/numbers/logo.png")).expect("write logo");
    edit(site.path(), "content/numbers/_index.en.md", |t| {
        t + "\n![The hall of the centre](hall.jpg)\n\n## More {#more}\n\n![Our logo](logo.png)\n"
    });
    site
}

#[test]
fn a_photo_is_published_in_small_copies_with_srcset_and_lazy_loading() {
    let site = site_with_images();
    let out = site.path().join("public");
    build_ok(site.path(), &out);
    let html = read(&out, "en/numbers/index.html");
    let picture = html.split("<picture>").nth(1).expect("a picture").split("</picture>").next().unwrap_or_default();
    for expected in [
        "type=image/webp",
        "-360.webp 360w",
        "-720.webp 720w",
        "-1080.webp 1080w",
        "sizes=\"(min-width: 42rem) 40rem, 100vw\"",
        "width=1080 height=720",
        "alt=\"The hall of the centre\"",
        "loading=lazy",
    ] {
        assert!(picture.contains(expected), "{expected} not in {picture}");
    }
    let copies: Vec<(String, u64)> = std::fs::read_dir(out.join("img"))
        .expect("img/")
        .filter_map(Result::ok)
        .map(|e| (e.file_name().to_string_lossy().into_owned(), e.metadata().map(|m| m.len()).unwrap_or(0)))
        .collect();
    let original = std::fs::metadata(site.path().join("content/numbers/hall.jpg")).expect("photo").len();
    let hall: Vec<&(String, u64)> = copies.iter().filter(|(name, _)| name.starts_with("hall-")).collect();
    assert_eq!(hall.len(), 6, "three widths, WebP and JPEG: {copies:?}");
    let phone = hall.iter().find(|(name, _)| name.ends_with("-720.webp")).expect("the copy a phone fetches").1;
    assert!(phone * 10 < original, "720 px WebP {phone} bytes, original {original}");
    // The see-through logo keeps its transparency, in PNG beside WebP,
    // and is not made wider than it is.
    let logo: Vec<&String> = copies.iter().map(|(name, _)| name).filter(|name| name.starts_with("logo-")).collect();
    assert!(logo.iter().any(|n| n.ends_with("-300.png")) && logo.iter().any(|n| n.ends_with("-300.webp")) && logo.len() == 2, "{logo:?}");
    assert!(!out.join("en/numbers/hall.jpg").exists() && !copies.iter().any(|(n, _)| n == "hall.jpg"));
}

#[test]
fn a_misspelt_image_is_an_error_with_the_file_line_and_the_name_it_may_be() {
    let site = site_with_images();
    edit(site.path(), "content/numbers/_index.en.md", |t| t.replace("(hall.jpg)", "(hal.jpg)"));
    let run = udha(&["build", "--root", &site.path().to_string_lossy()]);
    assert_eq!(run.code, 1);
    for expected in ["_index.en.md:8", "the image `hal.jpg` is not there", "did you mean `hall.jpg`?"] {
        assert!(run.stderr.contains(expected), "missing {expected:?} in:\n{}", run.stderr);
    }
    assert!(!site.path().join("public").exists(), "nothing was written");
}

#[test]
fn check_names_a_page_whose_first_screen_is_over_the_budget() {
    let site = site_with_images();
    edit(site.path(), "site.toml", |t| t.replace("first_screen_kb = 50", "first_screen_kb = 1"));
    let run = udha(&["check", "--root", &site.path().to_string_lossy()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let warning = |page: &str| {
        run.stderr
            .lines()
            .find(|line| line.contains(&format!("the top of {page} weighs")))
            .unwrap_or_else(|| panic!("no warning for {page}:\n{}", run.stderr))
            .to_string()
    };
    let numbers = warning("/en/numbers/");
    assert!(numbers.contains("numbers/_index.en.md:") || numbers.contains("numbers/_index.en.md: "), "{numbers}");
    assert!(numbers.contains("more than the 1 KB of [budget] in site.toml") && !numbers.contains("images 0 KB"), "{numbers}");
    // A page with no image before its first heading.
    let cases = warning("/en/numbers/cases/");
    assert!(cases.contains("images 0 KB"), "{cases}");
}
