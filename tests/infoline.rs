//! End to end: the info-line's tools on the `mini` fixture: the directory,
//! the short-code pages, short links and the posters' QR codes.

mod common;

use common::*;

fn built() -> (tempfile::TempDir, std::path::PathBuf) {
    let out = tempfile::tempdir().expect("temp dir");
    let public = out.path().join("public");
    build_ok(&fixture("mini"), &public);
    (out, public)
}

#[test]
fn directory_lists_every_page_by_code_in_every_language() {
    let (_keep, out) = built();
    let html = read(&out, "directory/index.html");
    let codes: Vec<usize> = [">1<", ">10<", ">11<", ">12<"].iter().map(|c| html.find(c).unwrap_or_else(|| panic!("{c} in {html}"))).collect();
    assert!(codes.windows(2).all(|w| w[0] < w[1]), "sorted by code: {html}");
    assert!(html.contains("mini.example/11 guide/apply"), "short link and page id: {html}");
    for title in ["How to apply", "Како да поднесете захтев", "Kako da podnesete zahtev", "كيف تقدّم الطلب"] {
        assert!(html.contains(title), "{title}: {html}");
    }
    assert!(html.contains("Staying</a> missing"), "untranslated versions say so: {html}");
    assert!(html.contains("Како да поднесете захтев</a> reviewed 2026-11-02"), "status and reviewed date: {html}");
    assert!(html.contains("كيف تقدّم الطلب</a> machine"), "{html}");
    for (path, bytes) in snapshot(&out) {
        assert!(path == "directory/index.html" || !String::from_utf8_lossy(&bytes).contains("/directory/"), "{path} links the staff directory");
    }
}

#[test]
fn every_page_and_language_has_a_poster_whose_qr_code_opens_it() {
    let (_keep, out) = built();
    for (lang, page, title) in [("en", "guide/apply/", "How to apply"), ("ar", "guide/apply/", "كيف تقدّم الطلب"), ("sr-latn", "", "Dobrodošli"), ("ar", "guide/stay/", "Staying")] {
        let html = read(&out, &format!("{lang}/{page}poster/index.html"));
        assert!(html.contains(&format!("<h1>{title}</h1>")), "{html}");
        let url = format!("https://mini.example/{lang}/{page}");
        assert_eq!(decode_qr(&html), url, "{lang}/{page}poster/");
    }
    assert!(read(&out, "en/guide/apply/poster/index.html").contains("<p class=link>mini.example/11</p>"));
}

/// Reads the QR code in a poster's inline SVG back into text.
fn decode_qr(html: &str) -> String {
    let view = html.split("viewbox=\"0 0 ").nth(1).or_else(|| html.split("viewBox=\"0 0 ").nth(1)).expect("an SVG viewBox");
    let size: usize = view.split(' ').next().and_then(|n| n.parse().ok()).expect("size");
    let path = html.split(" d=\"").nth(1).and_then(|p| p.split('"').next()).expect("a path");
    let mut dark = vec![false; size * size];
    for run in path.split('M').filter(|r| !r.is_empty()) {
        let (x, rest) = run.split_once(' ').expect("x");
        let (y, rest) = rest.split_once('h').expect("y");
        let width = rest.split('v').next().expect("width");
        let (x, y, width): (usize, usize, usize) = (x.parse().expect("x"), y.parse().expect("y"), width.parse().expect("w"));
        for dx in 0..width {
            dark[y * size + x + dx] = true;
        }
    }
    let quiet = 4;
    let grid = rqrr::SimpleGrid::from_func(size - 2 * quiet, |x, y| dark[(y + quiet) * size + x + quiet]);
    let (_, text) = rqrr::Grid::new(grid).decode().expect("a readable QR code");
    text
}
