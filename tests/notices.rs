//! End to end: dated pages and notices. A notice is listed on every
//! language's home page, in the info-line directory and in the language's
//! Atom feed while it is current, an urgent one at the top of every page;
//! the build after its `expires` date leaves it only in the section's
//! archive, and `check` warns a week before. Dates are written in each
//! language's own calendar (Persian in the Solar Hijri calendar with the
//! Gregorian date beside it). A long list is split over pages.

mod common;

use std::path::Path;

use common::{Run, edit, read, udha_with, with_portal_settings};

/// The rtl fixture (en, ar, fa) on the portal's settings, with a notices
/// section of one urgent notice that expires and one that does not.
fn site_with_notices() -> tempfile::TempDir {
    let site = with_portal_settings("rtl");
    std::fs::write(
        site.path().join("codes.toml"),
        "[codes]\n1 = \"\"\n11 = \"numbers\"\n12 = \"numbers/cases\"\n41 = \"news\"\n42 = \"news/office-closed\"\n43 = \"news/new-line\"\n",
    )
    .expect("write codes.toml");
    let news = site.path().join("content/news");
    std::fs::create_dir_all(&news).expect("mkdir");
    for (file, front) in [
        ("_index.en.md", "title = \"What changed\"\ncode = 41"),
        ("office-closed.en.md", "title = \"The office is closed this week\"\ndescription = \"Go to the other office.\"\ncode = 42\ndate = 2026-12-08\nexpires = 2026-12-12\nurgent = true"),
        ("new-line.en.md", "title = \"A new phone line\"\ncode = 43\ndate = 2026-11-20\nupdated = 2026-11-25"),
    ] {
        std::fs::write(news.join(file), format!("+++\n{front}\n+++\nText.\n")).expect("write notice");
    }
    site
}

/// `udha` as if today were `day`.
fn udha_on(day: &str, args: &[&str]) -> Run {
    udha_with(args, &[("UDHA_TODAY", day)])
}

fn build_on(day: &str, site: &Path) -> std::path::PathBuf {
    let out = site.join("public");
    let run = udha_on(day, &["build", "--root", &site.to_string_lossy(), "--out", &out.to_string_lossy()]);
    assert_eq!(run.code, 0, "build failed:\n{}", run.stderr);
    out
}

/// The info-line directory's list of current notices.
fn notices_in_directory(out: &Path) -> String {
    let directory = read(out, "directory/index.html");
    let list = directory.split("class=notices").nth(1).unwrap_or_default();
    list.split("</section>").next().unwrap_or_default().to_string()
}

#[test]
fn a_current_notice_is_on_the_home_pages_and_an_urgent_one_on_every_page() {
    let site = site_with_notices();
    let out = build_on("2026-12-09", site.path());
    let home = read(&out, "en/index.html");
    let listed = home.split_once("notices-label").expect("a list of notices on the home page").1;
    assert!(listed.find("A new phone line") > listed.find("The office is closed"), "newest first: {listed}");
    for page in ["en/numbers/cases/index.html", "ar/numbers/index.html", "fa/index.html"] {
        let html = read(&out, page);
        let banner = html.split("class=urgent").nth(1).expect("the urgent banner");
        assert!(banner.contains("The office is closed this week"), "{page}: {banner}");
    }
    // Not yet translated: the English title, marked as English.
    assert!(read(&out, "fa/index.html").contains("lang=en><bdi dir=ltr>The office is closed this week"));
    assert!(notices_in_directory(&out).contains("The office is closed this week"));
    assert!(notices_in_directory(&out).contains("A new phone line"));
}

#[test]
fn after_its_expires_date_a_notice_is_only_in_the_archive_and_check_warned_a_week_before() {
    let site = site_with_notices();
    let root = site.path().to_string_lossy().into_owned();
    let warned = udha_on("2026-12-06", &["check", "--root", &root]);
    assert!(
        warned.stderr.contains("office-closed.en.md:6: this notice expires on 2026-12-12, in 6 days"),
        "{}",
        warned.stderr
    );
    let out = build_on("2026-12-13", site.path());
    for page in ["en/index.html", "en/numbers/cases/index.html"] {
        assert!(!read(&out, page).contains("The office is closed this week"), "{page} still shows the expired notice");
    }
    assert!(!notices_in_directory(&out).contains("The office is closed this week"));
    let section = read(&out, "en/news/index.html");
    let archive = section.split("Older notices").nth(1).expect("an archive in the section");
    assert!(archive.contains("The office is closed this week") && !archive.contains("A new phone line"), "{archive}");
    assert!(read(&out, "en/news/office-closed/index.html").contains("This notice is no longer current. It was valid until 12 December 2026."));
}

#[test]
fn dates_are_written_in_each_languages_calendar() {
    let site = site_with_notices();
    let out = build_on("2026-12-09", site.path());
    let english = read(&out, "en/news/office-closed/index.html");
    assert!(english.contains("Published: 8 December 2026") && english.contains("datetime=2026-12-08"), "{english}");
    // 8 December 2026 is 17 Azar (Qaws) 1405; Persian digits.
    assert!(read(&out, "fa/index.html").contains("۱۷ آذر/قوس ۱۴۰۵ (۲۰۲۶/۱۲/۸)"));
    assert!(read(&out, "en/news/new-line/index.html").contains("Updated: 25 November 2026"));
}

#[test]
fn each_language_has_an_atom_feed_a_parser_reads_with_the_pages_dates() {
    let site = site_with_notices();
    let out = build_on("2026-12-09", site.path());
    assert!(read(&out, "en/index.html").contains("rel=alternate type=application/atom+xml href=/en/atom.xml"));
    for lang in ["en", "ar", "fa"] {
        let xml = std::fs::read(out.join(format!("{lang}/atom.xml"))).expect("a feed");
        let feed = feed_rs::parser::parse(&xml[..]).unwrap_or_else(|err| panic!("{lang}/atom.xml: {err}"));
        assert_eq!(feed.feed_type, feed_rs::model::FeedType::Atom);
        let first = &feed.entries[0];
        assert_eq!(first.title.as_ref().map(|t| t.content.as_str()), Some("The office is closed this week"));
        assert_eq!(first.links[0].href, format!("https://udha-site.org/{lang}/news/office-closed/"));
        assert_eq!(first.updated.map(|d| d.date_naive().to_string()).as_deref(), Some("2026-12-08"));
        let changed = feed.entries.iter().find(|e| e.id.ends_with("/news/new-line/")).expect("the changed page");
        assert_eq!(changed.published.map(|d| d.date_naive().to_string()).as_deref(), Some("2026-11-20"));
        assert_eq!(changed.updated.map(|d| d.date_naive().to_string()).as_deref(), Some("2026-11-25"));
    }
}

#[test]
fn a_long_list_is_split_over_pages_that_link_each_other() {
    let site = site_with_notices();
    edit(site.path(), "content/news/_index.en.md", |t| t.replace("code = 41", "code = 41\npaginate = 1"));
    let out = build_on("2026-12-09", site.path());
    let first = read(&out, "en/news/index.html");
    let second = read(&out, "en/news/page/2/index.html");
    assert!(first.contains("The office is closed") && !first.contains("A new phone line"));
    assert!(first.contains("rel=next href=/en/news/page/2/") && first.contains("Page 1 of 2"));
    assert!(second.contains("A new phone line") && second.contains("rel=prev href=/en/news/"));
    // Only the first list page is in the search index.
    assert!(!second.contains("data-pagefind-body"));
}

#[test]
fn a_notice_without_a_date_and_notice_settings_elsewhere_are_errors_that_say_what_to_do() {
    let site = site_with_notices();
    edit(site.path(), "content/news/new-line.en.md", |t| t.replace("date = 2026-11-20\n", ""));
    edit(site.path(), "content/numbers/cases.en.md", |t| t.replacen("+++\n", "+++\nurgent = true\n", 1));
    edit(site.path(), "content/_index.fa.md", |t| t.replacen("+++\n", "+++\ndate = 2026-12-01\n", 1));
    let before = std::fs::read_dir(site.path()).expect("list").count();
    let run = udha_on("2026-12-09", &["build", "--root", &site.path().to_string_lossy()]);
    assert_eq!(run.code, 1);
    for expected in [
        "news/new-line.en.md",
        "a notice needs the day it was published",
        "numbers/cases.en.md:2",
        "`urgent` is for notices, and this page is not one",
        "move the page into content/news/",
        "_index.fa.md:2",
        "`date` is set on a translation",
    ] {
        assert!(run.stderr.contains(expected), "missing {expected:?} in:\n{}", run.stderr);
    }
    assert_eq!(std::fs::read_dir(site.path()).expect("list").count(), before, "nothing was written");
}

#[test]
fn a_section_sorted_by_date_lists_the_newest_first() {
    let site = site_with_notices();
    let numbers = site.path().join("content/numbers");
    edit(site.path(), "content/numbers/_index.en.md", |t| t.replace("code = 11", "code = 11\nsort_by = \"date\""));
    std::fs::write(numbers.join("later.en.md"), "+++\ntitle = \"Later\"\ncode = 44\ndate = 2026-10-01\n+++\nText.\n").expect("write");
    std::fs::write(numbers.join("earlier.en.md"), "+++\ntitle = \"Earlier\"\ncode = 45\ndate = 2026-09-01\n+++\nText.\n").expect("write");
    edit(site.path(), "codes.toml", |t| t + "44 = \"numbers/later\"\n45 = \"numbers/earlier\"\n");
    let out = build_on("2026-12-09", site.path());
    let list = read(&out, "en/numbers/index.html");
    let at = |title: &str| list.find(title).unwrap_or_else(|| panic!("{title} not listed"));
    assert!(at("Later") < at("Earlier"), "newest first");
    assert!(at("Earlier") < at("Every case"), "undated pages after the dated ones");
}

#[test]
fn a_translation_started_with_udha_new_leaves_the_dates_to_the_source() {
    let site = site_with_notices();
    let root = site.path().to_string_lossy().into_owned();
    let run = udha_on("2026-12-09", &["new", "news/office-closed", "--lang", "fa", "--root", &root]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text = read(site.path(), "content/news/office-closed.fa.md");
    assert!(!text.contains("date =") && !text.contains("expires =") && !text.contains("urgent ="), "{text}");
    assert!(text.contains("code = 42"), "{text}");
    assert_eq!(udha_on("2026-12-09", &["check", "--root", &root]).code, 0);
}

#[test]
fn a_home_page_without_notices_still_links_its_feed() {
    let site = with_portal_settings("rtl");
    let out = build_on("2026-12-09", site.path());
    let home = read(&out, "ar/index.html");
    assert!(!home.contains("notices-label"), "no list of notices without notices");
    assert!(home.contains("<a href=/ar/atom.xml type=application/atom+xml>"), "a visible link to the feed");
    assert!(std::fs::read_to_string(out.join("ar/atom.xml")).expect("a feed").contains("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"ar\">"));
}
