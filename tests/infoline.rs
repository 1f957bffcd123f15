//! End to end: the info-line's tools on the `mini` fixture: the directory,
//! the short-code pages, per-language short links, ready messages and the
//! posters' QR codes.

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
    let codes: Vec<usize> = [">1<", ">10<", ">11<", ">12<"]
        .iter()
        .map(|c| html.find(c).unwrap_or_else(|| panic!("{c} in {html}")))
        .collect();
    assert!(
        codes.windows(2).all(|w| w[0] < w[1]),
        "sorted by code: {html}"
    );
    assert!(
        html.contains("mini.example/11 guide/apply"),
        "short link and page id: {html}"
    );
    for title in [
        "How to apply",
        "Како да поднесете захтев",
        "Kako da podnesete zahtev",
        "كيف تقدّم الطلب",
    ] {
        assert!(html.contains(title), "{title}: {html}");
    }
    assert!(
        html.contains("Staying</a> missing"),
        "untranslated versions say so: {html}"
    );
    assert!(
        html.contains("Како да поднесете захтев</a> reviewed 2026-11-02"),
        "status and reviewed date: {html}"
    );
    assert!(html.contains("كيف تقدّم الطلب</a> machine"), "{html}");
    for (path, bytes) in snapshot(&out) {
        let staff = path.starts_with("directory/") || path.contains("/directory/");
        assert!(
            staff || !String::from_utf8_lossy(&bytes).contains("/directory/"),
            "{path} links the staff directory"
        );
    }
}

#[test]
fn every_page_and_language_has_a_poster_whose_qr_code_opens_it() {
    let (_keep, out) = built();
    for (lang, page, code, title) in [
        ("en", "guide/apply/", 11, "How to apply"),
        ("ar", "guide/apply/", 11, "كيف تقدّم الطلب"),
        ("sr-latn", "", 1, "Dobrodošli"),
        ("ar", "guide/stay/", 12, "Staying"),
    ] {
        let html = read(&out, &format!("{lang}/{page}poster/index.html"));
        assert!(html.contains(&format!("<h1>{title}</h1>")), "{html}");
        // The QR code holds the short link, which opens the page.
        assert_eq!(
            decode_qr(&html),
            format!("https://mini.example/{lang}/{code}"),
            "{lang}/{page}poster/"
        );
        assert_eq!(
            redirect_target(&read(&out, &format!("{lang}/{code}/index.html"))),
            format!("/{lang}/{page}")
        );
    }
    assert!(
        read(&out, "en/guide/apply/poster/index.html")
            .contains("<p class=link>mini.example/en/11</p>")
    );
}

/// Where a short-link page sends the reader (its meta refresh).
fn redirect_target(html: &str) -> String {
    let after = html.split("url=").nth(1).expect("a meta refresh");
    after
        .chars()
        .take_while(|&c| c != '"' && c != '>')
        .collect()
}

#[test]
fn every_page_has_a_short_link_in_every_language_that_opens_it_there() {
    let (_keep, out) = built();
    let site = udha::commands::load_site(&fixture("mini")).expect("valid");
    for language in &site.config.languages {
        for page in &site.pages {
            let target = redirect_target(&read(
                &out,
                &format!("{}/{}/index.html", language.code, page.code),
            ));
            assert_eq!(target, site.url(page, language));
            assert!(
                out.join(target.trim_start_matches('/'))
                    .join("index.html")
                    .is_file(),
                "{target} exists"
            );
            // Readers of a right-to-left language type the number on
            // their keyboard: Persian or Arabic-Indic digits.
            for digits in [udha::script::digits::Digits::Persian, udha::script::digits::Digits::ArabicIndic] {
                let typed = format!("{}/{}/index.html", language.code, digits.write(&page.code.to_string()));
                assert_eq!(
                    out.join(&typed).is_file(),
                    language.writing().rtl,
                    "{typed}: only right-to-left languages get it"
                );
            }
        }
    }
}

#[test]
fn code_pages_and_short_links_are_kept_for_reading_offline() {
    let (_keep, out) = built();
    let manifest: serde_json::Value =
        serde_json::from_str(&read(&out, "ar/offline.json")).expect("json");
    let urls: Vec<&str> = manifest["urls"]
        .as_array()
        .expect("urls")
        .iter()
        .filter_map(|u| u.as_str())
        .collect();
    for url in ["/11/", "/ar/11/", "/ar/guide/apply/"] {
        assert!(
            urls.contains(&url),
            "{url} is not in ar/offline.json: {urls:?}"
        );
    }
    assert!(
        !urls.iter().any(|u| u.contains("directory")),
        "the staff directory is not a reader page"
    );
}

#[test]
fn every_ready_message_fits_two_sms_parts_or_check_names_it() {
    for root in [
        fixture("mini"),
        std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")),
    ] {
        let site = udha::commands::load_site(&root).expect("valid");
        let config = udha::load::config::Config::load(&root).expect("config");
        let localizer = udha::load::locales::Localizer::load(&root, &config).expect("locales");
        let warnings =
            udha::commands::check::warnings(&site, &localizer, time::macros::date!(2026 - 12 - 07));
        for page in &site.pages {
            for language in &site.config.languages {
                let message = udha::render::message::compose(&site, &localizer, page, language)
                    .expect("a message");
                let link = udha::render::message::short_link(&site, page, language);
                assert!(message.text.ends_with(&link), "{}", message.text);
                if message.segments > udha::render::message::MAX_SEGMENTS {
                    let named = format!(
                        "the ready message of page {} takes more than 2 SMS parts in ",
                        page.code
                    );
                    let warning = warnings
                        .iter()
                        .find(|w| w.message.starts_with(&named))
                        .unwrap_or_else(|| {
                            panic!(
                                "{link}: {} parts and no warning: {}",
                                message.segments, message.text
                            )
                        });
                    assert!(
                        warning
                            .message
                            .contains(&format!("{} {}", language.code, message.segments)),
                        "{warning:?}"
                    );
                    assert!(
                        !message.has_description
                            && message.contacts > 0
                            && warning.message.contains("phone numbers the page gives"),
                        "only the page's numbers may make it long: {link}: {}",
                        message.text
                    );
                }
            }
        }
    }
}

#[test]
fn ready_messages_give_the_pages_numbers_by_name_and_the_emergency_line_where_it_belongs() {
    let root = fixture("mini");
    let site = udha::commands::load_site(&root).expect("valid");
    let config = udha::load::config::Config::load(&root).expect("config");
    let localizer = udha::load::locales::Localizer::load(&root, &config).expect("locales");
    let message = |id: &str, lang: &str| {
        let page = site.pages.iter().find(|p| p.id == id).expect("page");
        udha::render::message::compose(
            &site,
            &localizer,
            page,
            config.language(lang).expect("language"),
        )
        .expect("a message")
        .text
    };
    assert_eq!(
        message("guide/stay", "en"),
        "Staying\nHelp line: 0800 10 000\nmini.example/en/12",
        "the page's number, named as the register names it; no emergency line"
    );
    let arabic = message("guide/stay", "ar");
    assert!(
        arabic.contains("خط المساعدة: \u{2066}0800 10 000\u{2069}"),
        "named in Arabic, the number kept in order: {arabic:?}"
    );
    assert!(
        message("guide/stay", "sr").contains("Help line: 0800 10 000"),
        "no Serbian name: the source language's"
    );
    let apply = message("guide/apply", "en");
    assert!(
        apply.contains("\nEmergency: call 112.\n"),
        "it links 112: {apply}"
    );
    assert_eq!(
        apply.matches("112").count(),
        1,
        "an emergency number is not repeated as a contact: {apply}"
    );
}

#[test]
fn a_ready_message_that_would_state_a_number_the_register_lacks_fails_check() {
    let site = copy_fixture("mini");
    edit(site.path(), "locales/en/main.ftl", |text| {
        text.replace(
            "message-emergency = Emergency: call 112.",
            "message-emergency = Emergency: call 112 or 911.",
        )
    });
    edit(site.path(), "site.toml", |text| {
        text.replace("emergency = [\"112\"]", "emergency = [\"112\", \"113\"]")
    });
    let run = udha(&["check", "--root", &site.path().to_string_lossy()]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("the ready messages' `message-emergency` line states 911, which is not in the source register\n --> locales/en/"), "{}", run.stderr);
    assert!(
        run.stderr
            .contains("the emergency number 113 in [messages] is not in the source register"),
        "{}",
        run.stderr
    );
}

/// Reads the QR code in a poster's inline SVG back into text.
fn decode_qr(html: &str) -> String {
    let view = html
        .split("viewbox=\"0 0 ")
        .nth(1)
        .or_else(|| html.split("viewBox=\"0 0 ").nth(1))
        .expect("an SVG viewBox");
    let size: usize = view
        .split(' ')
        .next()
        .and_then(|n| n.parse().ok())
        .expect("size");
    let path = html
        .split(" d=\"")
        .nth(1)
        .and_then(|p| p.split('"').next())
        .expect("a path");
    let mut dark = vec![false; size * size];
    for run in path.split('M').filter(|r| !r.is_empty()) {
        let (x, rest) = run.split_once(' ').expect("x");
        let (y, rest) = rest.split_once('h').expect("y");
        let width = rest.split('v').next().expect("width");
        let (x, y, width): (usize, usize, usize) = (
            x.parse().expect("x"),
            y.parse().expect("y"),
            width.parse().expect("w"),
        );
        for dx in 0..width {
            dark[y * size + x + dx] = true;
        }
    }
    let quiet = 4;
    let grid = rqrr::SimpleGrid::from_func(size - 2 * quiet, |x, y| {
        dark[(y + quiet) * size + x + quiet]
    });
    let (_, text) = rqrr::Grid::new(grid).decode().expect("a readable QR code");
    text
}
