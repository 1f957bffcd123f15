//! End to end: contacts written once, in `data/contacts.toml`, shown by
//! every page whose contact card names them, in each reader's language
//! (or marked as another language's text until translated), checked
//! against the source register like numbers on pages, and repeated in the
//! info-line's ready messages.

mod common;

use common::{build_ok, edit, read, udha, with_portal_settings};

const CONTACTS: &str = "[help-line]\nphone = \"+383 38 600 521\"\nemail = \"iompristina@iom.int\"\nname.en = \"The help line\"\nname.ar = \"خط المساعدة\"\nwhat.en = \"Answers questions.\"\naddress.en = \"1 Main Street\"\n";

/// The rtl fixture (en, ar, fa) with one contact, named on the cases page
/// in English and Arabic.
fn site_with_contact() -> tempfile::TempDir {
    let site = with_portal_settings("rtl");
    std::fs::create_dir_all(site.path().join("data")).expect("mkdir");
    std::fs::write(site.path().join("data/contacts.toml"), CONTACTS).expect("write contacts");
    for lang in ["en", "ar"] {
        edit(site.path(), &format!("content/numbers/cases.{lang}.md"), |t| t + "\n```contact\nid = \"help-line\"\n```\n");
    }
    site
}

#[test]
fn a_contact_written_once_shows_in_every_language_that_names_it() {
    let site = site_with_contact();
    let out = site.path().join("public");
    build_ok(site.path(), &out);
    let english = read(&out, "en/numbers/cases/index.html");
    for expected in ["The help line", "Answers questions.", "href=tel:+38338600521", "mailto:iompristina@iom.int", "1 Main Street"] {
        assert!(english.contains(expected), "{expected} not on the English page");
    }
    let arabic = read(&out, "ar/numbers/cases/index.html");
    assert!(arabic.contains("<p class=contact-name>خط المساعدة</p>"), "the Arabic name, in the page's language");
    // Not yet translated: the English text, marked as English.
    assert!(arabic.contains("<p class=contact-what lang=en>"), "{arabic}");
}

#[test]
fn an_unknown_id_or_a_contact_number_the_register_lacks_is_an_error_naming_the_file() {
    let site = site_with_contact();
    edit(site.path(), "content/numbers/cases.ar.md", |t| t.replace("id = \"help-line\"", "id = \"help-lien\""));
    let root = site.path().to_string_lossy().into_owned();
    let run = udha(&["build", "--root", &root]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("cases.ar.md") && run.stderr.contains("there is no contact `help-lien` in data/contacts.toml (did you mean `help-line`?)"), "{}", run.stderr);
    edit(site.path(), "content/numbers/cases.ar.md", |t| t.replace("help-lien", "help-line"));
    edit(site.path(), "data/contacts.toml", |t| t.replace("+383 38 600 521", "+383 38 999 999"));
    let run = udha(&["check", "--root", &root]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("data/contacts.toml:1") && run.stderr.contains("the phone number +383 38 999 999 of the contact `help-line` is not in the source register"),
        "{}",
        run.stderr
    );
}

#[test]
fn the_ready_message_of_a_page_gives_its_contacts_number() {
    let site = site_with_contact();
    // Only the contact's number on the page.
    edit(site.path(), "content/numbers/cases.en.md", |t| {
        let (front, _) = t.rsplit_once("+++\n").expect("front matter");
        format!("{front}+++\nAsk them.\n\n```contact\nid = \"help-line\"\n```\n")
    });
    edit(site.path(), "content/numbers/cases.en.md", |t| t.replace("title = \"Every case: 0800 11 112\"", "title = \"Every case\"").replace("description = \"The line 0800 11 112, law 06/L-026, 2022–2025.\"", "description = \"Cases.\""));
    let out = site.path().join("public");
    build_ok(site.path(), &out);
    let directory = read(&out, "directory/index.html");
    let message = directory.split("id=m12-en>").nth(1).expect("the message of page 12").split("</p>").next().unwrap_or_default();
    assert!(message.contains("+383 38 600 521"), "{message}");
}
