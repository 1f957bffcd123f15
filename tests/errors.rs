//! End to end: every kind of bad input stops the build with exit code 1, a
//! message naming the file (and line) with help on how to fix it, and the
//! previous output left exactly as it was.

mod common;

use std::path::Path;

use common::*;

/// Builds the fixture, breaks it with `damage`, builds again, and returns
/// the second build's stderr after checking the old output is untouched.
fn break_and_build(damage: impl FnOnce(&Path)) -> String {
    break_and_build_with(&[], damage)
}

/// `break_and_build`, with more arguments for the second build.
fn break_and_build_with(args: &[&str], damage: impl FnOnce(&Path)) -> String {
    let site = copy_fixture("mini");
    let out_dir = tempfile::tempdir().expect("temp dir");
    let out = out_dir.path().join("public");
    build_ok(site.path(), &out);
    let before = snapshot(&out);
    damage(site.path());
    let (root, out_arg) = (site.path().to_string_lossy(), out.to_string_lossy());
    let run = udha(&[&["build", "--root", &root, "--out", &out_arg], args].concat());
    assert_eq!(
        run.code, 1,
        "expected a content error:\n{}{}",
        run.stdout, run.stderr
    );
    assert!(
        run.stderr.contains("help: "),
        "every error says how to fix it:\n{}",
        run.stderr
    );
    assert!(run.stderr.contains("nothing was written"), "{}", run.stderr);
    assert!(snapshot(&out) == before, "the previous output changed");
    let leftovers: Vec<_> = std::fs::read_dir(out_dir.path())
        .expect("list")
        .map(|e| e.expect("entry").file_name())
        .collect();
    assert_eq!(
        leftovers.len(),
        1,
        "temporary folders left behind: {leftovers:?}"
    );
    run.stderr
}

/// The error's message and the ` --> file:line:column` line under it.
fn assert_at(err: &str, message: &str, place: &str) {
    let at = err
        .find(message)
        .unwrap_or_else(|| panic!("no `{message}` in:\n{err}"));
    let next = err[at..].lines().nth(1).unwrap_or_default();
    assert!(
        next.trim_start().starts_with("-->") && next.contains(place),
        "expected --> …{place} under `{message}`:\n{err}"
    );
}

#[test]
fn malformed_front_matter() {
    let err = break_and_build(|root| {
        edit(root, "content/guide/stay.en.md", |t| {
            t.replace("title = \"Staying\"", "title = \"Staying")
        })
    });
    assert_at(
        &err,
        "error: front matter: invalid basic string",
        "content/guide/stay.en.md:2:17",
    );
}

#[test]
fn unknown_front_matter_key() {
    let err = break_and_build(|root| {
        edit(root, "content/guide/stay.en.md", |t| {
            t.replace("weight = 2", "wieght = 2")
        })
    });
    assert_at(
        &err,
        "error: front matter: unknown field `wieght`",
        "content/guide/stay.en.md:4:1",
    );
    assert!(
        err.contains("4 | wieght = 2\n  | ^^^^^^"),
        "shows the line and marks the key: {err}"
    );
    assert!(err.contains("help: did you mean `weight`?"), "{err}");
}

#[test]
fn missing_title() {
    let err = break_and_build(|root| {
        edit(root, "content/guide/stay.en.md", |t| {
            t.replace("title = \"Staying\"\n", "")
        })
    });
    assert_at(
        &err,
        "error: front matter: missing field `title`",
        "content/guide/stay.en.md:2:1",
    );
}

#[test]
fn duplicate_code() {
    let err = break_and_build(|root| {
        edit(root, "content/guide/stay.en.md", |t| {
            t.replace("code = 12", "code = 11")
        })
    });
    assert!(err.contains("code 11 is already the code of"), "{err}");
    assert!(
        err.contains("guide/apply.en.md") && err.contains("guide/stay.en.md"),
        "names both files: {err}"
    );
}

#[test]
fn broken_internal_link() {
    let err = break_and_build(|root| {
        edit(root, "content/guide/stay.en.md", |t| {
            t + "\nSee [the guide](@/guide/aply).\n"
        })
    });
    assert_at(
        &err,
        "error: there is no page @/guide/aply (did you mean @/guide/apply?)",
        "content/guide/stay.en.md:12:17",
    );
    assert!(
        err.contains("^^^^^^^^^^^^^^"),
        "marks the link target: {err}"
    );
}

#[test]
fn broken_anchor() {
    let err = break_and_build(|root| {
        edit(root, "content/guide/stay.en.md", |t| {
            t.replace("@/guide/apply#where", "@/guide/apply#nowhere")
        })
    });
    assert_at(
        &err,
        "error: the page @/guide/apply has no heading with the id `nowhere`",
        "content/guide/stay.en.md:8:27",
    );
}

#[test]
fn fluent_syntax_error() {
    let err = break_and_build(|root| edit(root, "locales/sr/main.ftl", |t| t + "broken = { $x\n"));
    assert_at(
        &err,
        "error: Fluent syntax error",
        "locales/sr/main.ftl:13:14",
    );
}

#[test]
fn tera_syntax_error() {
    let err = break_and_build(|root| {
        edit(root, "templates/page.html", |t| {
            t.replace("{% if page.fallback %}", "{% if page.fallback %")
        })
    });
    assert_at(&err, "error: template error", "templates/page.html:4:");
}

#[test]
fn language_suffix_not_in_site_toml() {
    let err = break_and_build(|root| {
        std::fs::copy(
            root.join("content/guide/stay.en.md"),
            root.join("content/guide/stay.de.md"),
        )
        .expect("copy");
    });
    assert_at(
        &err,
        "error: the language suffix `de` is not one of the site's languages",
        "content/guide/stay.de.md",
    );
    assert!(err.contains("use one of en, sr, ar"), "{err}");
}

#[test]
fn non_utf8_file() {
    let err = break_and_build(|root| {
        std::fs::write(
            root.join("content/guide/stay.en.md"),
            b"+++\ntitle = \"Staying\"\ncode = 12\n+++\nCaf\xe9\n",
        )
        .expect("write");
    });
    assert_at(
        &err,
        "error: this file is not UTF-8 text",
        "content/guide/stay.en.md:5:4",
    );
}

#[test]
fn two_files_claim_the_same_url() {
    let err = break_and_build(|root| {
        std::fs::create_dir_all(root.join("content/guide/stay")).expect("mkdir");
        std::fs::copy(
            root.join("content/guide/stay.en.md"),
            root.join("content/guide/stay/_index.en.md"),
        )
        .expect("copy");
    });
    assert!(
        err.contains("are both the page `guide/stay`, one as a page and one as a section"),
        "{err}"
    );
}

#[test]
fn bad_site_toml() {
    let err = break_and_build(|root| {
        edit(root, "site.toml", |t| {
            t.replace("direction = \"rtl\"", "direction = \"right\"")
        })
    });
    assert_at(&err, "error: unknown variant `right`", "site.toml:28:13");
}

#[test]
fn a_page_with_pages_under_it_must_be_a_section() {
    let err = break_and_build(|root| {
        std::fs::create_dir_all(root.join("content/guide/apply")).expect("mkdir");
        std::fs::write(
            root.join("content/guide/apply/steps.en.md"),
            "+++\ntitle = \"Steps\"\ncode = 99\n+++\nText.\n",
        )
        .expect("write");
    });
    assert!(
        err.contains("the page `guide/apply` has pages under it, so it must be a section"),
        "{err}"
    );
}

#[test]
fn reserved_names_are_refused() {
    let err = break_and_build(|root| {
        std::fs::create_dir_all(root.join("content/poster")).expect("mkdir");
        std::fs::write(
            root.join("content/poster/_index.en.md"),
            "+++\ntitle = \"P\"\ncode = 98\n+++\n",
        )
        .expect("write");
    });
    assert!(err.contains("`poster` is a name udha uses itself"), "{err}");
}

#[test]
fn anything_that_would_load_from_another_host_or_run_code_is_refused() {
    for (bad, message) in [
        (
            "![map](https://maps.example/tile.png)",
            "is not a file of this site",
        ),
        (
            "<script src=\"/x.js\"></script>",
            "raw HTML with <script> is not allowed",
        ),
        (
            "<iframe src=\"https://video.example/\"></iframe>",
            "raw HTML with <iframe> is not allowed",
        ),
        ("<p onmouseover=\"x()\">hi</p>", "event handler"),
        (
            "[click](javascript:alert(1))",
            "is not a link udha publishes",
        ),
        (
            "<img src=\"https://tracker.example/p.gif\" alt=\"\">",
            "which a browser would fetch from another host",
        ),
        // However the address is spelt: entities, a backslash, a tab, a
        // tag cut across lines.
        (
            "<img src=\"&#104;ttps://tracker.example/x.gif\">",
            "points to `https://tracker.example/x.gif`",
        ),
        (
            "<img src=\"/\\tracker.example/x\">",
            "points to `/\\tracker.example/x`",
        ),
        (
            "<img src=\"\thttps://tracker.example/x\">",
            "which a browser would fetch from another host",
        ),
        (
            "<img\nsrc=\"&#x2F;&#x2F;tracker.example/x\">",
            "points to `//tracker.example/x`",
        ),
        (
            "![x](/\\tracker.example/p.png)",
            "is not a file of this site",
        ),
    ] {
        let err = break_and_build(|root| {
            edit(root, "content/guide/stay.en.md", |t| {
                format!("{t}\n{bad}\n")
            })
        });
        assert_at(&err, message, "content/guide/stay.en.md:12:");
    }
}

#[test]
fn citing_a_source_the_register_does_not_have() {
    let err = break_and_build(|root| {
        edit(root, "content/guide/apply.en.md", |t| {
            t.replace("\"emergency-numbers\"", "\"emergency-number\"")
        })
    });
    assert_at(
        &err,
        "error: the source \"emergency-number\" is not in the source register",
        "content/guide/apply.en.md:7",
    );
    assert!(err.contains("did you mean \"emergency-numbers\"?"), "{err}");
}

#[test]
fn a_mistake_in_the_source_register() {
    let err = break_and_build(|root| {
        edit(root, "sources/emergency-numbers.toml", |t| {
            t.replace("published = 2025", "published = \"2025\"")
        })
    });
    assert_at(
        &err,
        "error: `published` must be a date, a year, or \"undated\"",
        "sources/emergency-numbers.toml:5:",
    );
}

#[test]
fn strict_build_stops_on_a_phone_number_the_register_does_not_list() {
    let unlisted = |t: String| {
        t.replace(
            "Call [112](tel:112)",
            "Call [112](tel:112) or +383 44 000 000",
        )
    };
    let err = break_and_build_with(&["--strict"], |root| {
        edit(root, "content/guide/apply.en.md", unlisted)
    });
    assert_at(
        &err,
        "error: the phone number +383 44 000 000 is not in the source register",
        "content/guide/apply.en.md:11",
    );

    // Without --strict the site builds, and the number is a warning.
    let site = copy_fixture("mini");
    edit(site.path(), "content/guide/apply.en.md", unlisted);
    let out = tempfile::tempdir().expect("temp dir");
    let run = build_ok(site.path(), &out.path().join("public"));
    assert!(
        run.stderr
            .contains("warning: the phone number +383 44 000 000 is not in the source register"),
        "{}",
        run.stderr
    );
}

#[test]
fn one_root_cause_gives_one_error() {
    // A section page without its code: one error, not one per page in it.
    let err = break_and_build(|root| {
        edit(root, "content/guide/_index.en.md", |t| {
            t.replace("code = 10\n", "")
        })
    });
    assert_at(
        &err,
        "error: this page has no code",
        "content/guide/_index.en.md:1",
    );
    assert!(
        err.contains("1 error — nothing was written"),
        "one error only:\n{err}"
    );
    assert!(!err.contains("has no section page"), "{err}");
}

#[test]
fn a_language_code_udha_uses_itself() {
    let err = break_and_build(|root| {
        edit(root, "site.toml", |t| {
            t + "\n[[languages]]\ncode = \"status\"\ntag = \"de\"\nname = \"Deutsch\"\ndirection = \"ltr\"\n"
        })
    });
    assert_at(
        &err,
        "error: `status` is a folder udha generates itself",
        "site.toml:34",
    );
}
