//! End to end: hostile and broken input. Links that loop or leave the
//! site, odd names and sizes, odd encodings, dangerous output folders, a
//! build killed halfway, and thread counts: each has a clear outcome and
//! nothing is lost; and a fixture as close as udha allows to reaching
//! another host builds with only links to it.

mod common;

use std::os::unix::fs::symlink;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use common::*;

/// Builds a copy of `mini` changed by `damage`; returns (exit code, stderr).
fn build_damaged(damage: impl FnOnce(&Path)) -> (i32, String, tempfile::TempDir) {
    let site = copy_fixture("mini");
    damage(site.path());
    let run = udha(&[
        "build",
        "--root",
        &site.path().to_string_lossy(),
        "--out",
        &site.path().join("public").to_string_lossy(),
    ]);
    (run.code, run.stderr, site)
}

/// Changes a copy of a site before it is built.
type Damage = fn(&Path);

/// A file outside the site with a secret in it, to link to.
fn outside(name: &str, text: &str) -> std::path::PathBuf {
    let path = std::env::temp_dir().join(format!("udha-outside-{}-{name}", std::process::id()));
    std::fs::write(&path, text).expect("write");
    path
}

#[test]
fn symbolic_links_are_refused_not_followed() {
    let cases: [(&str, Damage); 8] = [
        ("content/guide/loop", |root| {
            symlink(root.join("content"), root.join("content/guide/loop")).expect("symlink")
        }),
        ("content/guide/secret.en.md", |root| {
            symlink("/etc/hostname", root.join("content/guide/secret.en.md")).expect("symlink")
        }),
        ("static/leak.txt", |root| {
            symlink("/etc/hostname", root.join("static/leak.txt")).expect("symlink")
        }),
        ("locales/en/leak.ftl", |root| {
            symlink(
                outside("leak.ftl", "leak = SECRET-FTL\n"),
                root.join("locales/en/leak.ftl"),
            )
            .expect("symlink")
        }),
        ("locales/ar", |root| {
            let elsewhere = tempfile::tempdir().expect("tempdir").keep();
            std::fs::rename(root.join("locales/ar"), elsewhere.join("ar")).expect("move");
            symlink(elsewhere.join("ar"), root.join("locales/ar")).expect("symlink");
        }),
        ("templates/page.html", |root| {
            std::fs::remove_file(root.join("templates/page.html")).expect("remove");
            symlink(
                outside("page.html", "SECRET-TEMPLATE"),
                root.join("templates/page.html"),
            )
            .expect("symlink");
        }),
        ("sources/leak.toml", |root| {
            symlink(
                outside("leak.toml", "# SECRET-SOURCE\n"),
                root.join("sources/leak.toml"),
            )
            .expect("symlink")
        }),
        ("site.toml", |root| {
            let copy = outside(
                "site.toml",
                &std::fs::read_to_string(root.join("site.toml")).expect("read"),
            );
            std::fs::remove_file(root.join("site.toml")).expect("remove");
            symlink(copy, root.join("site.toml")).expect("symlink");
        }),
    ];
    for (name, damage) in cases {
        let (code, err, site) = build_damaged(damage);
        assert_eq!(code, 1, "{name}: {err}");
        assert!(
            err.contains(name) && err.contains("symbolic link"),
            "{name}: {err}"
        );
        assert!(
            !err.contains("SECRET") && !err.contains("udha-outside"),
            "{name}: the target is not shown: {err}"
        );
        assert!(!site.path().join("public").exists());
    }
}

#[test]
fn templates_cannot_read_the_environment() {
    let (code, err, site) = build_damaged(|root| {
        std::fs::write(root.join("templates/page.html"), "{% extends \"base.html\" %}{% block main %}{{ get_env(name=\"HOME\") }}{% endblock main %}").expect("write");
    });
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("page.html") && err.contains("get_env"),
        "{err}"
    );
    assert!(
        !err.contains(&std::env::var("HOME").unwrap_or_else(|_| "/root".into())),
        "{err}"
    );
    assert!(!site.path().join("public").exists());
}

#[test]
fn invisible_characters_are_refused_with_file_line_column_and_name() {
    let cases: [(&str, Damage, &str); 6] = [
        (
            "right-to-left override in a page",
            |root| {
                edit(root, "content/guide/apply.ar.md", |t| {
                    t.replace("[112](tel:112)", "\u{202E}999 99 0080\u{202C}")
                })
            },
            "content/guide/apply.ar.md:7:",
        ),
        (
            "zero-width space in a title",
            |root| {
                edit(root, "content/guide/apply.en.md", |t| {
                    t.replace("How to apply", "How to\u{200B} apply")
                })
            },
            "content/guide/apply.en.md:2:",
        ),
        (
            "NUL in a page",
            |root| edit(root, "content/guide/stay.en.md", |t| format!("{t}\nA\0B\n")),
            "content/guide/stay.en.md:",
        ),
        (
            "isolate in a UI string",
            |root| {
                edit(root, "locales/ar/main.ftl", |t| {
                    format!("{t}extra = \u{2067}نص\u{2069}\n")
                })
            },
            "locales/ar/main.ftl:",
        ),
        (
            "override in a source",
            |root| {
                edit(root, "sources/emergency-numbers.toml", |t| {
                    t.replace("unified emergency", "unified \u{202D}emergency")
                })
            },
            "sources/emergency-numbers.toml:12:",
        ),
        (
            "left-to-right mark in site.toml",
            |root| {
                edit(root, "site.toml", |t| {
                    t.replacen("title = \"", "title = \"\u{200E}", 1)
                })
            },
            "site.toml:",
        ),
    ];
    for (what, damage, place) in cases {
        let (code, err, site) = build_damaged(damage);
        assert_eq!(code, 1, "{what}: {err}");
        assert!(
            err.contains(place) && err.contains("U+"),
            "{what}: names file, line, column and character:\n{err}"
        );
        assert!(!site.path().join("public").exists(), "{what}");
    }
    let (code, err, _site) = build_damaged(|root| {
        edit(root, "content/guide/apply.ar.md", |t| {
            t.replace("أين", "می\u{200C}خواهم")
        })
    });
    assert_eq!(
        code, 0,
        "the zero-width non-joiner Persian needs is allowed: {err}"
    );
}

#[test]
fn a_number_the_register_lacks_fails_however_it_is_written() {
    for written in [
        "(0800) 99 999",
        "0800.99.999",
        "0800/99-999",
        "Tel:0800 99 999",
        "TEL:0800  99 999",
        "0800  99 999",
        "+383 (0) 38 123 456",
        "０８００ ９９ ９９９",
        "۰۸۰۰-۹۹-۹۹۹",
    ] {
        let site = copy_fixture("mini");
        edit(site.path(), "content/guide/apply.ar.md", |t| {
            format!("{t}\nاتصل: {written}\n")
        });
        let run = udha(&["check", "--root", &site.path().to_string_lossy()]);
        assert_eq!(run.code, 1, "{written}: {}", run.stderr);
        assert!(
            run.stderr.contains("is not in the source register")
                && run.stderr.contains("apply.ar.md:9"),
            "{written}:\n{}",
            run.stderr
        );
    }
}

#[test]
fn names_that_differ_only_by_case_cannot_exist() {
    let (code, err, _site) = build_damaged(|root| {
        std::fs::copy(
            root.join("content/guide/apply.en.md"),
            root.join("content/guide/Apply.en.md"),
        )
        .expect("copy");
    });
    assert_eq!(code, 1);
    assert!(
        err.contains("`Apply` cannot be part of a URL") && err.contains("apply"),
        "{err}"
    );
}

#[test]
fn empty_and_huge_files_are_refused_with_their_names() {
    let (code, err, _site) = build_damaged(|root| {
        std::fs::write(root.join("content/guide/empty.en.md"), "").expect("write")
    });
    assert_eq!(code, 1);
    assert!(
        err.contains("content/guide/empty.en.md:1")
            && err.contains("does not start with front matter"),
        "{err}"
    );

    let (code, err, _site) = build_damaged(|root| {
        let file = std::fs::File::create(root.join("content/guide/huge.en.md")).expect("create");
        file.set_len(100 * 1024 * 1024).expect("100 MB");
    });
    assert_eq!(code, 1);
    assert!(
        err.contains("content/guide/huge.en.md") && err.contains("at most 10 MB"),
        "{err}"
    );
}

#[test]
fn byte_order_marks_and_windows_line_endings_just_work() {
    let (code, err, site) = build_damaged(|root| {
        let path = root.join("content/guide/stay.en.md");
        let text = std::fs::read_to_string(&path)
            .expect("read")
            .replace('\n', "\r\n");
        std::fs::write(&path, format!("\u{feff}{text}")).expect("write");
    });
    assert_eq!(code, 0, "{err}");
    let html = read(&site.path().join("public"), "en/guide/stay/index.html");
    assert!(
        html.contains("<h1>Staying</h1>") && html.contains("<h2 id=rules>Rules</h2>"),
        "{html}"
    );
}

#[test]
fn dangerous_output_folders_are_refused() {
    let site = copy_fixture("mini");
    let root = site.path().to_string_lossy().into_owned();
    for out in [
        "/".to_string(),
        root.clone(),
        format!("{root}/.."),
        format!("{root}/templates"),
    ] {
        let run = udha(&["build", "--root", &root, "--out", &out]);
        assert_eq!(run.code, 1, "--out {out}");
        assert!(
            run.stderr.contains("holds the site's own files"),
            "{out}: {}",
            run.stderr
        );
    }
    let file = tempfile::NamedTempFile::new().expect("temp file");
    let run = udha(&[
        "build",
        "--root",
        &root,
        "--out",
        &file.path().to_string_lossy(),
    ]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("--out names a file, not a folder"),
        "{}",
        run.stderr
    );
    assert!(file.path().is_file());
    let home_like = tempfile::tempdir().expect("temp dir");
    std::fs::write(home_like.path().join(".bashrc"), "keep me").expect("write");
    let run = udha(&[
        "build",
        "--root",
        &root,
        "--out",
        &home_like.path().to_string_lossy(),
    ]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("files that udha did not write"),
        "{}",
        run.stderr
    );
    assert_eq!(
        std::fs::read_to_string(home_like.path().join(".bashrc")).expect("kept"),
        "keep me"
    );
}

#[test]
fn same_output_with_one_or_two_threads() {
    let dir = tempfile::tempdir().expect("temp dir");
    let portal = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut outputs = Vec::new();
    for threads in ["1", "2"] {
        let out = dir.path().join(format!("threads-{threads}"));
        let status = Command::new(env!("CARGO_BIN_EXE_udha"))
            .args([
                "build",
                "--quiet",
                "--root",
                &portal.to_string_lossy(),
                "--out",
                &out.to_string_lossy(),
            ])
            .env("RAYON_NUM_THREADS", threads)
            .status()
            .expect("run");
        assert!(status.success());
        outputs.push(snapshot(&out));
    }
    assert!(
        outputs[0] == outputs[1],
        "output depends on the number of threads"
    );
}

#[test]
fn a_build_killed_while_writing_leaves_the_old_output_and_the_next_build_cleans_up() {
    // A site big enough that writing takes a moment: the mini fixture with
    // many pages.
    let site = copy_fixture("mini");
    for i in 0..400 {
        std::fs::write(
            site.path().join(format!("content/guide/p{i}.en.md")),
            format!(
                "+++\ntitle = \"Page {i}\"\ncode = {}\n+++\n{}\n",
                100 + i,
                "Some text. ".repeat(200)
            ),
        )
        .expect("write");
    }
    let parent = tempfile::tempdir().expect("temp dir");
    let out = parent.path().join("public");
    build_ok(site.path(), &out);
    let before = snapshot(&out);
    std::fs::write(
        site.path().join("content/guide/p0.en.md"),
        "+++\ntitle = \"Changed\"\ncode = 100\n+++\nNew.\n",
    )
    .expect("write");

    let mut killed = false;
    for _attempt in 0..20 {
        let mut child = Command::new(env!("CARGO_BIN_EXE_udha"))
            .args([
                "build",
                "--quiet",
                "--root",
                &site.path().to_string_lossy(),
                "--out",
                &out.to_string_lossy(),
            ])
            .spawn()
            .expect("start build");
        let started = Instant::now();
        let temp_prefix = format!(".public.udha-tmp-{}", child.id());
        // Kill as soon as the temporary folder has files in it.
        while started.elapsed() < Duration::from_secs(30) {
            let writing = std::fs::read_dir(parent.path().join(&temp_prefix))
                .map(|mut d| d.next().is_some())
                .unwrap_or(false);
            if writing {
                child.kill().expect("kill");
                killed = true;
                break;
            }
            if child.try_wait().expect("wait").is_some() {
                break;
            }
            std::thread::sleep(Duration::from_micros(200));
        }
        let _ = child.wait();
        if killed {
            break;
        }
        build_ok(site.path(), &parent.path().join("elsewhere"));
    }
    assert!(killed, "never caught a build while it was writing");
    assert!(snapshot(&out) == before, "the old output changed");
    let stray: Vec<_> = std::fs::read_dir(parent.path())
        .expect("list")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("udha-tmp"))
        .collect();
    assert!(
        !stray.is_empty(),
        "the killed build left its temporary folder"
    );
    build_ok(site.path(), &out);
    let left: Vec<_> = std::fs::read_dir(parent.path())
        .expect("list")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("udha-"))
        .collect();
    assert!(left.is_empty(), "a later build cleans up: {left:?}");
    assert!(read(&out, "en/guide/p0/index.html").contains("Changed"));
}

#[test]
fn the_hostile_fixture_builds_and_only_links_to_other_hosts() {
    let site = with_portal_settings("hostile");
    let out = site.path().join("public");
    build_ok(site.path(), &out);
    let check = udha(&["check", "--root", &site.path().to_string_lossy()]);
    assert_eq!(check.code, 0, "{}", check.stderr);
    let html = read(&out, "en/edge/cases/index.html");
    assert!(
        html.contains("tracker.example/block.gif")
            && html.contains("href=https://agency.example/raw"),
        "the addresses are on the page as text and links"
    );
    for tag in html.split('<').skip(1) {
        let name = tag
            .split(|c: char| c.is_whitespace() || c == '>')
            .next()
            .unwrap_or("");
        if ["a", "meta", "abbr"].contains(&name) {
            continue;
        }
        assert!(
            !tag.split('>').next().unwrap_or("").contains("example/"),
            "<{name}> carries an off-site address: <{tag}"
        );
    }
}
