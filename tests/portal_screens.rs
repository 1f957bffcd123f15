//! The portal's UI strings and first screens as readers and the info-line
//! see them: counts in each language's plural forms (one test per
//! language, every CLDR category), `/` and the number pages with the
//! emergency numbers and a line per language on what the site is, posters
//! that say what to do, and the machine-translation notice that says
//! where to read the original.

mod common;

use std::path::PathBuf;
use std::sync::OnceLock;

use common::*;
use fluent_bundle::FluentArgs;
use udha::load::config::Config;
use udha::load::locales::Localizer;

fn portal() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn strings() -> &'static (Config, Localizer) {
    static STRINGS: OnceLock<(Config, Localizer)> = OnceLock::new();
    STRINGS.get_or_init(|| {
        let config = Config::load(&portal()).expect("site.toml");
        let localizer = Localizer::load(&portal(), &config).expect("UI strings");
        (config, localizer)
    })
}

/// `directory-message-size` for a message of `length` characters in one
/// part, and `section-pages` for `length` pages.
fn counts(lang: &str, n: i64) -> (String, String) {
    let (config, localizer) = strings();
    let language = config.language(lang).expect("language");
    let mut args = FluentArgs::new();
    args.set("length", n);
    args.set("encoding", "UCS-2");
    args.set("segments", n);
    let size = localizer
        .format(language, "directory-message-size", Some(&args))
        .expect("directory-message-size");
    let mut args = FluentArgs::new();
    args.set("count", n);
    (
        size,
        localizer
            .format(language, "section-pages", Some(&args))
            .expect("section-pages"),
    )
}

/// Checks each (number, characters, SMS parts, pages) against the UI strings.
fn assert_counts(lang: &str, cases: &[(i64, &str, &str, &str)]) {
    for &(n, characters, parts, pages) in cases {
        let (size, section) = counts(lang, n);
        assert!(
            size.starts_with(characters),
            "{lang} {n}: `{size}` should start with `{characters}`"
        );
        assert!(
            size.ends_with(parts),
            "{lang} {n}: `{size}` should end with `{parts}`"
        );
        assert_eq!(section, pages, "{lang} {n}");
    }
}

#[test]
fn english_counts_one_and_other() {
    assert_counts(
        "en",
        &[
            (1, "1 character (", "1 SMS", "1 page in this topic"),
            (0, "0 characters", "0 SMS parts", "0 pages in this topic"),
            (
                105,
                "105 characters",
                "105 SMS parts",
                "105 pages in this topic",
            ),
        ],
    );
}

#[test]
fn albanian_counts_one_and_other() {
    assert_counts(
        "sq",
        &[
            (1, "1 shenjë (", "1 SMS", "1 faqe në këtë temë"),
            (2, "2 shenja", "2 pjesë SMS", "2 faqe në këtë temë"),
            (105, "105 shenja", "105 pjesë SMS", "105 faqe në këtë temë"),
        ],
    );
}

#[test]
fn serbian_counts_one_few_and_other_in_both_scripts() {
    assert_counts(
        "sr",
        &[
            (1, "1 знак (", "1 SMS", "1 страница у овој теми"),
            (21, "21 знак (", "21 SMS", "21 страница у овој теми"),
            (121, "121 знак (", "121 SMS", "121 страница у овој теми"),
            (2, "2 знака", "2 дела SMS-а", "2 странице у овој теми"),
            (
                102,
                "102 знака",
                "102 дела SMS-а",
                "102 странице у овој теми",
            ),
            (5, "5 знакова", "5 делова SMS-а", "5 страница у овој теми"),
            (
                11,
                "11 знакова",
                "11 делова SMS-а",
                "11 страница у овој теми",
            ),
            (
                112,
                "112 знакова",
                "112 делова SMS-а",
                "112 страница у овој теми",
            ),
        ],
    );
    assert_counts(
        "sr-latn",
        &[
            (
                102,
                "102 znaka",
                "102 dela SMS-a",
                "102 stranice u ovoj temi",
            ),
            (121, "121 znak (", "121 SMS", "121 stranica u ovoj temi"),
        ],
    );
}

#[test]
fn arabic_counts_zero_one_two_few_many_and_other() {
    assert_counts(
        "ar",
        &[
            (0, "0 حرف", "0 جزء SMS", "لا توجد صفحات في هذا الموضوع"),
            (
                1,
                "حرف واحد",
                "رسالة SMS واحدة",
                "صفحة واحدة في هذا الموضوع",
            ),
            (2, "حرفان", "جزءان من SMS", "صفحتان في هذا الموضوع"),
            (3, "3 أحرف", "3 أجزاء SMS", "3 صفحات في هذا الموضوع"),
            (105, "105 أحرف", "105 أجزاء SMS", "105 صفحات في هذا الموضوع"),
            (11, "11 حرفًا", "11 جزءًا من SMS", "11 صفحةً في هذا الموضوع"),
            (
                134,
                "134 حرفًا",
                "134 جزءًا من SMS",
                "134 صفحةً في هذا الموضوع",
            ),
            (100, "100 حرف", "100 جزء SMS", "100 صفحة في هذا الموضوع"),
            (102, "102 حرف", "102 جزء SMS", "102 صفحة في هذا الموضوع"),
        ],
    );
}

#[test]
fn persian_counts_one_and_other_with_the_noun_in_the_singular() {
    assert_counts(
        "fa",
        &[
            (1, "1 نویسه", "1 پیامک", "1 صفحه در این موضوع"),
            (0, "0 نویسه", "0 پیامک", "0 صفحه در این موضوع"),
            (105, "105 نویسه", "105 بخش پیامک", "105 صفحه در این موضوع"),
        ],
    );
}

fn built() -> &'static PathBuf {
    static OUT: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    &OUT.get_or_init(|| {
        let dir = tempfile::tempdir().expect("temp dir");
        let out = dir.path().join("public");
        build_ok(&portal(), &out);
        (dir, out)
    })
    .1
}

#[test]
fn the_chooser_and_every_number_page_give_the_emergency_numbers_and_say_what_the_site_is_in_every_language()
 {
    let (config, localizer) = strings();
    let about: Vec<String> = config
        .languages
        .iter()
        .map(|language| {
            udha::render::html::escape(
                &localizer
                    .format(language, "site-about", None)
                    .expect("site-about"),
            )
        })
        .collect();
    for page in [
        "index.html",
        "11/index.html",
        "۱۱/index.html",
        "70/index.html",
    ] {
        let html = read(built(), page);
        for number in ["112", "192", "194"] {
            assert!(
                html.contains(&format!("href=tel:{number}")),
                "{page}: {number} to tap"
            );
        }
        assert!(
            html.find("href=tel:112") < html.find("<h1"),
            "{page}: the numbers come first"
        );
        for line in &about {
            assert!(html.contains(line.as_str()), "{page}: {line}");
        }
    }
}

#[test]
fn posters_say_what_to_type_and_what_to_say_on_the_phone() {
    for (lang, address, code) in [
        (
            "en",
            "Scan the code or type this address:",
            "On the phone, ask for page number 11.",
        ),
        (
            "ar",
            "امسح الرمز أو اكتب هذا العنوان:",
            "عبر الهاتف، اطلب الصفحة رقم 11.",
        ),
        (
            "fa",
            "کد را اسکن کنید یا این نشانی را بنویسید:",
            "پشت تلفن، شمارهٔ صفحه را بگویید: ۱۱.",
        ),
    ] {
        let html = read(built(), &format!("{lang}/asylum/apply/poster/index.html"));
        let address_at = html
            .find(address)
            .unwrap_or_else(|| panic!("{lang}: {address}"));
        let link_at = html
            .find(&format!("udha-site.org/{lang}/11<"))
            .expect("the short link");
        assert!(address_at < link_at, "{lang}: what to do, then the address");
        assert!(html.contains(code), "{lang}: {code}");
        assert!(
            !html.contains("again") && !html.contains("مرة أخرى") && !html.contains("دوبارهٔ"),
            "{lang}: a poster is seen for the first time"
        );
    }
}

#[test]
fn a_machine_translation_says_so_and_links_the_original() {
    let html = read(built(), "ar/asylum/apply/index.html");
    assert!(html.contains("ترجمة آلية لم يراجعها إنسان بعد. <a href=/en/asylum/apply/ hreflang=en>غير واضح؟ اقرأ النص الأصلي: English</a>"), "{}", &html[..html.len().min(3000)]);
    let english = read(built(), "en/asylum/apply/index.html");
    assert!(!english.contains("Unclear?"), "the original has no notice");
}

#[test]
fn source_lists_speak_the_readers_language_and_keep_each_documents_own_title() {
    // Names that are the publisher's own in every language.
    const OWN_NAMES: [&str; 5] = [
        "lajmi.net",
        "kosova.info",
        "Global Detention Project",
        "Vota ime (votaime.org)",
        "Prizren Press",
    ];
    let register = udha::load::sources::Register::load(&portal(), Some("383")).expect("register");
    for source in register.sources.values() {
        if !OWN_NAMES.contains(&source.publisher.as_str()) {
            for lang in ["sq", "sr", "ar", "fa"] {
                assert!(
                    source.publisher_names.contains_key(lang),
                    "{}: no publisher name in {lang}",
                    source.path.display()
                );
            }
        }
    }
    let html = read(built(), "ar/contacts/emergency/index.html");
    let sources = &html[html
        .find("<summary>المصادر</summary>")
        .expect("the source list")..];
    assert!(sources.contains("<bdi lang=en><cite>Kosovo Police conducts a one-month campaign against trafficking in human beings</cite></bdi>، شرطة كوسوفو، نُشر عام 2018"), "the document's own title, then the publisher and the year in Arabic: {sources}");
    for (lang, page, publisher) in [
        (
            "sq",
            "sq/contacts/emergency/index.html",
            ", Policia e Kosovës, botuar",
        ),
        (
            "sr",
            "sr/contacts/emergency/index.html",
            ", Косовска полиција, објављено",
        ),
        (
            "fa",
            "fa/contacts/emergency/index.html",
            "، پلیس کوزوو، منتشرشده",
        ),
    ] {
        let html = read(built(), page);
        let list = html.split("<details>").nth(1).unwrap_or_default();
        assert!(list.contains(publisher), "{lang}: {publisher} in {list}");
        for english in [
            "</bdi>, Kosovo Police",
            "consulted",
            "published",
            "e konsultuar",
            "консултована",
        ] {
            assert!(
                !list.contains(english),
                "{lang}: `{english}` in the source list"
            );
        }
    }
}
