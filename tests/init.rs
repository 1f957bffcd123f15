//! End to end: `udha init` writes a new site that builds and checks at
//! once, in the languages asked for; it never writes over a site or a
//! file, and a refused init leaves the folder as it was.

mod common;

use common::{build_ok, read, snapshot, udha};

#[test]
fn init_writes_a_four_language_site_that_builds_and_checks() {
    let parent = tempfile::tempdir().expect("temp dir");
    let dir = parent.path().join("newcomers-info");
    let run = udha(&["init", &dir.to_string_lossy(), "--languages", "de,uk,fa,en"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("README.md"), "{}", run.stdout);
    let settings = read(&dir, "site.toml");
    assert!(settings.contains("title = \"Newcomers info\"") && settings.contains("source_language = \"de\""), "{settings}");
    let out = dir.join("public");
    build_ok(&dir, &out);
    let check = udha(&["check", "--root", &dir.to_string_lossy()]);
    assert_eq!(check.code, 0, "{}", check.stderr);
    // Ukrainian readers get the German page with the notice in Ukrainian,
    // Persian readers theirs right to left in Persian digits.
    let uk = read(&out, "uk/index.html");
    assert!(uk.contains("lang=uk") && uk.contains("Newcomers info"), "{uk}");
    let theme_uk = read(std::path::Path::new(env!("CARGO_MANIFEST_DIR")), "themes/udha/locales/uk/theme.ftl");
    let skip = theme_uk
        .lines()
        .find_map(|line| line.strip_prefix("skip-to-content = "))
        .expect("skip-to-content in Ukrainian");
    assert!(uk.contains(skip), "the theme's Ukrainian strings: {uk}");
    let fa = read(&out, "fa/about/index.html");
    assert!(fa.contains("dir=rtl"), "{fa}");
    assert!(snapshot(&out).keys().any(|path| path.starts_with("pagefind/")), "search is on");
}

#[test]
fn init_never_writes_over_a_site_or_a_file_and_a_refusal_writes_nothing() {
    let parent = tempfile::tempdir().expect("temp dir");
    let dir = parent.path().join("site");
    assert_eq!(udha(&["init", &dir.to_string_lossy()]).code, 0);
    let before = snapshot(&dir);
    let again = udha(&["init", &dir.to_string_lossy(), "--languages", "en,ar"]);
    assert_eq!(again.code, 1);
    assert!(again.stderr.contains("site.toml") && again.stderr.contains("there is a site here already"), "{}", again.stderr);
    assert_eq!(snapshot(&dir), before, "nothing changed");

    let other = parent.path().join("other");
    std::fs::create_dir_all(other.join("content")).expect("mkdir");
    std::fs::write(other.join("README.md"), "mine").expect("write");
    let refused = udha(&["init", &other.to_string_lossy()]);
    assert_eq!(refused.code, 1);
    assert!(refused.stderr.contains("README.md") && refused.stderr.contains("wrote nothing"), "{}", refused.stderr);
    assert_eq!(read(&other, "README.md"), "mine");
    assert!(!other.join("site.toml").exists());

    let unknown = udha(&["init", &parent.path().join("x").to_string_lossy(), "--languages", "en,xx"]);
    assert_eq!(unknown.code, 1);
    assert!(unknown.stderr.contains("`xx`") && unknown.stderr.contains("uk"), "{}", unknown.stderr);
    assert!(!parent.path().join("x").exists());
}

#[test]
fn three_files_make_a_two_language_site_that_builds_and_checks() {
    let site = tempfile::tempdir().expect("temp dir");
    let root = site.path();
    std::fs::create_dir_all(root.join("content")).expect("mkdir");
    std::fs::create_dir_all(root.join("locales/en")).expect("mkdir");
    std::fs::write(
        root.join("site.toml"),
        "title = \"Small\"\nbase_url = \"https://small.example\"\nsource_language = \"en\"\ntheme = \"udha\"\n\n[[languages]]\ncode = \"en\"\ntag = \"en\"\nname = \"English\"\ndirection = \"ltr\"\n\n[[languages]]\ncode = \"de\"\ntag = \"de\"\nname = \"Deutsch\"\ndirection = \"ltr\"\n",
    )
    .expect("write");
    std::fs::write(root.join("content/_index.en.md"), "+++\ntitle = \"Welcome\"\ncode = 1\n+++\nHello.\n").expect("write");
    // `{ site-name }` in the theme's German strings resolves to English.
    std::fs::write(root.join("locales/en/site.ftl"), "site-name = Small\nsite-tagline = A small site\nsite-about = A small site.\n").expect("write");
    let out = root.join("public");
    build_ok(root, &out);
    let check = udha(&["check", "--root", &root.to_string_lossy()]);
    assert_eq!(check.code, 0, "{}", check.stderr);
    let german = read(&out, "de/index.html");
    assert!(german.contains("lang=de") && german.contains("Hello."), "{german}");
    let edition = snapshot(&out).into_keys().find(|path| path.starts_with("de/") && path.ends_with("-de.html")).expect("a German edition");
    assert!(read(&out, &edition).contains("Small"), "the edition's title names the site");
}
