//! A site names a theme and gets its templates, static files and UI
//! strings; a file of its own with the same name takes the place of the
//! theme's, one file or one message at a time; a theme that does not
//! exist is an error at its line that leaves the last build alone.

mod common;

use common::{build_ok, edit, read, snapshot, udha, with_portal_settings};
use std::path::Path;

/// The rtl fixture with the portal's settings and UI strings, using the
/// built-in theme (no `themes/` folder of its own).
fn site_on_built_in_theme() -> tempfile::TempDir {
    let site = with_portal_settings("rtl");
    std::fs::remove_dir_all(site.path().join("themes")).expect("remove themes/");
    site
}

/// The stylesheet `page` links to, fingerprinted (`/style.<hash>.css`).
fn stylesheet(out: &Path, page: &str) -> String {
    let start = page.find("/style.").expect("a stylesheet link") + 1;
    let end = start + page[start..].find(".css").expect(".css") + 4;
    read(out, &page[start..end])
}

#[test]
fn the_built_in_theme_serves_a_site_with_no_templates() {
    let site = site_on_built_in_theme();
    let out = site.path().join("public");
    build_ok(site.path(), &out);
    let page = read(&out, "ar/numbers/cases/index.html");
    assert!(
        page.contains("dir=rtl") && page.contains("class=emergency"),
        "{page}"
    );
    let theme_css = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/udha/static/style.css"),
    )
    .expect("theme css");
    assert!(
        theme_css.contains(".emergency") && stylesheet(&out, &page).contains(".emergency"),
        "the theme's stylesheet"
    );
}

#[test]
fn a_site_file_or_message_takes_the_place_of_the_themes_one() {
    let site = site_on_built_in_theme();
    let out = site.path().join("public");
    std::fs::create_dir_all(site.path().join("templates/partials")).expect("mkdir");
    std::fs::write(
        site.path().join("templates/partials/page-footer.html"),
        "<aside class=\"own-footer\">{{ t(key=\"search-title\") }}</aside>",
    )
    .expect("write");
    std::fs::create_dir_all(site.path().join("static")).expect("mkdir");
    std::fs::write(site.path().join("static/style.css"), "body{color:#123}").expect("write");
    edit(site.path(), "locales/en/main.ftl", |text| {
        text + "\nsearch-title = Find a page\n"
    });
    build_ok(site.path(), &out);

    let page = read(&out, "en/numbers/cases/index.html");
    assert!(
        page.contains("<aside class=own-footer>Find a page</aside>"),
        "the site's partial and message: {page}"
    );
    assert!(
        page.contains("class=emergency"),
        "the rest of the theme's templates stay"
    );
    assert!(
        read(&out, "en/search/index.html").contains("Find a page"),
        "the site's message is used everywhere"
    );
    assert!(
        read(&out, "ar/numbers/cases/index.html").contains("own-footer"),
        "one template serves every language"
    );
    assert!(
        !read(&out, "ar/search/index.html").contains("Find a page"),
        "Arabic keeps the theme's Arabic message"
    );
    assert!(
        stylesheet(&out, &page).contains("#123"),
        "the site's stylesheet"
    );
    assert!(
        read(&out, "sw.js").len() > 100,
        "the theme's other static files stay"
    );
}

#[test]
fn a_theme_that_does_not_exist_is_an_error_at_its_line() {
    let site = site_on_built_in_theme();
    let out = site.path().join("public");
    build_ok(site.path(), &out);
    let before = snapshot(&out);
    edit(site.path(), "site.toml", |text| {
        text.replace("theme = \"udha\"", "theme = \"plain\"")
    });
    let line = read(site.path(), "site.toml")
        .lines()
        .position(|l| l.starts_with("theme ="))
        .expect("theme line")
        + 1;

    let run = udha(&[
        "build",
        "--root",
        &site.path().display().to_string(),
        "--out",
        &out.display().to_string(),
    ]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains(&format!("site.toml:{line}")),
        "names the line: {}",
        run.stderr
    );
    assert!(
        run.stderr.contains("there is no theme `plain`") && run.stderr.contains("udha"),
        "says which themes there are: {}",
        run.stderr
    );
    assert_eq!(snapshot(&out), before, "the last build is intact");
}
