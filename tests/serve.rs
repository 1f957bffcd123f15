//! End to end: `udha serve` on a copy of the `mini` fixture: an edit shows
//! up, a broken edit shows an error over the last good build while the
//! server stays up, and fixing it recovers; the review workbench writes
//! only what its reader saw, whole, and every answer forbids framing and
//! loading from elsewhere.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::*;

struct Server {
    child: Child,
    address: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start(root: &std::path::Path) -> Server {
    let mut child = Command::new(env!("CARGO_BIN_EXE_udha"))
        .args(["serve", "--port", "0", "--root", &root.to_string_lossy()])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start udha serve");
    let stdout = child.stdout.take().expect("stdout");
    let mut lines = BufReader::new(stdout).lines();
    let address = loop {
        let line = lines
            .next()
            .expect("serve printed its address")
            .expect("read");
        if let Some(rest) = line.split("at http://").nth(1) {
            break rest.split('/').next().expect("address").to_string();
        }
    };
    std::thread::spawn(move || for _ in lines {});
    Server { child, address }
}

fn get(server: &Server, path: &str) -> (u16, String) {
    let (status, _, body) = get_as(server, path, &server.address);
    (status, body)
}

/// A GET with the `Host` header a browser would send for `host`.
fn get_as(server: &Server, path: &str, host: &str) -> (u16, String, String) {
    send(
        server,
        &format!("GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"),
    )
}

/// Sends `request` as it is; the status, head and body of the answer.
fn send(server: &Server, request: &str) -> (u16, String, String) {
    let mut stream = TcpStream::connect(&server.address).expect("connect");
    // The server may answer and close before reading all of a refused body.
    let _ = stream.write_all(request.as_bytes());
    let mut response = Vec::new();
    let _ = stream.read_to_end(&mut response);
    let text = String::from_utf8_lossy(&response).into_owned();
    let status = text
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let (head, body) = text
        .split_once("\r\n\r\n")
        .map(|(h, b)| (h.to_string(), b.to_string()))
        .unwrap_or_default();
    (status, head, body)
}

/// Polls `path` until `ready` holds for its body (or ten seconds pass).
fn wait_for(server: &Server, path: &str, ready: impl Fn(&str) -> bool) -> String {
    let started = Instant::now();
    loop {
        let (_, body) = get(server, path);
        if ready(&body) {
            return body;
        }
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "{path} never changed:\n{body}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn edits_show_errors_show_over_the_last_good_build_and_fixes_recover() {
    let site = copy_fixture("mini");
    let server = start(site.path());
    let (status, page) = get(&server, "/en/guide/apply/");
    assert_eq!(status, 200);
    assert!(
        page.contains("<h1>How to apply</h1>") && page.contains("/__udha/reload.js"),
        "{page}"
    );
    assert!(
        server.address.starts_with("127.0.0.1:"),
        "binds loopback only: {}",
        server.address
    );
    assert_eq!(get(&server, "/en/nowhere/").0, 404);
    assert_eq!(
        get(&server, "/en/guide").0,
        301,
        "folders without the slash redirect"
    );
    assert_eq!(
        get_as(&server, "/en/guide/", "evil.example").0,
        403,
        "only loopback host names are answered"
    );
    let (status, head, _) = get_as(&server, "//evil.example/en/guide", &server.address);
    assert!(
        status != 301 && !head.contains("Location"),
        "no redirect to another host:\n{head}"
    );

    let source = site.path().join("content/guide/apply.en.md");
    let text = std::fs::read_to_string(&source).expect("read");
    std::fs::write(
        &source,
        text.replace("title = \"How to apply\"", "title = \"How to ask\""),
    )
    .expect("write");
    wait_for(&server, "/en/guide/apply/", |b| {
        b.contains("<h1>How to ask</h1>")
    });
    let section = wait_for(&server, "/en/guide/", |b| b.contains("How to ask"));
    assert!(
        section.contains("href=/en/guide/apply/"),
        "the section lists the new title"
    );
    wait_for(&server, "/ar/guide/apply/", |b| b.contains("/ar/guide/"));

    std::fs::write(&source, text.replace("weight = 1", "wieght = 1")).expect("write");
    let broken = wait_for(&server, "/en/guide/apply/", |b| b.contains("udha-error"));
    assert!(
        broken.contains("apply.en.md:5:1") && broken.contains("did you mean `weight`?"),
        "the error names file, line and fix:\n{broken}"
    );
    assert!(
        broken.contains("<h1>How to ask</h1>"),
        "the last good build is still served"
    );

    std::fs::write(&source, text.replace("Call [112]", "Phone [112]")).expect("write");
    let fixed = wait_for(&server, "/en/guide/apply/", |b| {
        !b.contains("udha-error") && b.contains("Phone")
    });
    assert!(fixed.contains("<h1>How to apply</h1>"), "{fixed}");

    std::fs::write(site.path().join("templates/page.html"), "{% extends \"base.html\" %}{% block main %}<h1 class=changed>{{ page.title }}</h1>{% endblock main %}").expect("write");
    wait_for(&server, "/sr-latn/guide/apply/", |b| {
        b.contains("<h1 class=changed>Kako da podnesete zahtev</h1>")
    });
}

/// A POST of `form` (already URL-encoded) with the given `Origin`.
fn post(server: &Server, path: &str, origin: Option<&str>, form: &str) -> (u16, String, String) {
    let origin = origin
        .map(|o| format!("Origin: {o}\r\n"))
        .unwrap_or_default();
    send(
        server,
        &format!(
            "POST {path} HTTP/1.1\r\nHost: {}\r\n{origin}Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{form}",
            server.address,
            form.len()
        ),
    )
}

fn encode(text: &str) -> String {
    text.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

/// The value of hidden field `name` in the workbench's form of `class`
/// (`edit` or `mark`).
fn hidden(page: &str, class: &str, name: &str) -> String {
    let form = page
        .split(&format!("class=\"{class}\""))
        .nth(1)
        .unwrap_or_else(|| panic!("no {class} form in:\n{page}"));
    let marker = format!("name=\"{name}\" value=\"");
    form.split(&marker)
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap_or_else(|| panic!("no {name} in:\n{page}"))
        .to_string()
}

#[test]
fn the_review_workbench_saves_checked_edits_marks_reviews_and_refuses_the_rest() {
    let site = copy_fixture("mini");
    let file = site.path().join("content/guide/apply.ar.md");
    // Windows line endings, to see they are kept.
    let original = std::fs::read_to_string(&file)
        .expect("read")
        .replace('\n', "\r\n");
    std::fs::write(&file, &original).expect("write");
    let server = start(site.path());
    let (_, page) = get(&server, "/ar/guide/apply/");
    assert!(
        page.contains("href=\"/__udha/review/ar/guide/apply/\""),
        "translations link to the workbench"
    );
    assert!(
        !get(&server, "/en/guide/apply/")
            .1
            .contains("/__udha/review/"),
        "the original does not"
    );

    let path = "/__udha/review/ar/guide/apply/";
    let (status, workbench) = get(&server, path);
    assert_eq!(status, 200, "{workbench}");
    assert!(
        workbench.contains("<html lang=\"ar\" dir=\"rtl\">")
            && workbench.contains("lang=\"en\" dir=\"ltr\""),
        "each side in its own direction"
    );
    let (token, fingerprint) = (
        hidden(&workbench, "edit", "token"),
        hidden(&workbench, "edit", "fingerprint"),
    );
    let form = |body: &str, token: &str| {
        format!(
            "token={token}&action=save&fingerprint={fingerprint}&title={}&description=&body={}",
            encode("كيف تقدّم الطلب"),
            encode(body)
        )
    };
    let origin = format!("http://{}", server.address);

    // Another site's page cannot make the server write, token or not.
    let good = "## أين تسأل {#where}\n\nاتصل بالرقم [112](tel:112).\n\nفقرة جديدة.\n";
    assert_eq!(
        post(
            &server,
            path,
            Some("http://evil.example"),
            &form(good, &token)
        )
        .0,
        403
    );
    assert_eq!(post(&server, path, None, &form(good, &token)).0, 403);
    assert_eq!(
        post(&server, path, Some(&origin), &form(good, "0123")).0,
        403,
        "a wrong token is refused"
    );
    assert_eq!(
        std::fs::read_to_string(&file).expect("read"),
        original,
        "nothing was written"
    );

    // An edit that would break the build: refused with the build's message.
    let (status, _, refused) = post(
        &server,
        path,
        Some(&origin),
        &form("[x](@/nowhere)\n", &token),
    );
    assert_eq!(status, 422);
    assert!(refused.contains("there is no page @/nowhere"), "{refused}");
    assert_eq!(
        std::fs::read_to_string(&file).expect("read"),
        original,
        "nothing was written"
    );

    // A good edit is saved, keeping the file's line endings.
    let (status, head, _) = post(&server, path, Some(&origin), &form(good, &token));
    assert_eq!(status, 303, "{head}");
    let saved = std::fs::read_to_string(&file).expect("read");
    assert!(
        saved.contains("فقرة جديدة.\r\n") && !saved.replace("\r\n", "").contains('\n'),
        "{saved:?}"
    );
    wait_for(&server, "/ar/guide/apply/", |b| b.contains("فقرة جديدة."));

    // Saving again with the old fingerprint: the file changed since.
    let (status, _, conflict) = post(&server, path, Some(&origin), &form("نص آخر.\n", &token));
    assert_eq!(status, 409);
    assert!(
        conflict.contains("فقرة جديدة.") && conflict.contains("نص آخر."),
        "shows both versions"
    );

    // Marking it reviewed: refused for a text the reviewer did not see.
    let mark = |fingerprint: &str, source: &str| {
        format!(
            "token={token}&action=mark&fingerprint={fingerprint}&source={source}&reviewer={}",
            encode("A. B.")
        )
    };
    let (_, workbench) = get(&server, path);
    let source = hidden(&workbench, "mark", "source");
    assert_eq!(
        post(&server, path, Some(&origin), &mark(&fingerprint, &source)).0,
        409,
        "the translation changed after the reviewer read it"
    );
    assert!(
        !std::fs::read_to_string(&file)
            .expect("read")
            .contains("reviewed")
    );
    let (status, _, _) = post(
        &server,
        path,
        Some(&origin),
        &mark(&hidden(&workbench, "mark", "fingerprint"), &source),
    );
    assert_eq!(status, 303);
    let marked = std::fs::read_to_string(&file).expect("read");
    assert!(
        marked.contains("translation = \"reviewed\"")
            && marked.contains("translation_reviewer = \"A. B.\""),
        "{marked}"
    );
    let status = udha(&["status", "--json", "--root", &site.path().to_string_lossy()]);
    let matrix: serde_json::Value = serde_json::from_str(&status.stdout).expect("json");
    let row = matrix["rows"]
        .as_array()
        .expect("rows")
        .iter()
        .find(|r| r["id"] == "guide/apply")
        .expect("the page");
    let ar = matrix["languages"]
        .as_array()
        .expect("languages")
        .iter()
        .position(|l| l == "ar")
        .expect("ar");
    assert_eq!(row["cells"][ar], "reviewed");
}

#[test]
fn a_page_number_changed_while_serving_is_checked_against_the_ledger() {
    let site = copy_fixture("mini");
    std::fs::write(
        site.path().join("codes.toml"),
        "[codes]\n1 = \"\"\n10 = \"guide\"\n11 = \"guide/apply\"\n12 = \"guide/stay\"\n13 = \"guide/gone\"\n",
    )
    .expect("write codes.toml");
    let server = start(site.path());
    assert_eq!(get(&server, "/en/guide/stay/").0, 200);
    edit(site.path(), "content/guide/stay.en.md", |t| t.replace("code = 12", "code = 13"));
    let page = wait_for(&server, "/en/guide/stay/", |b| b.contains("udha-error"));
    assert!(page.contains("page number 13 was given to"), "{page}");
}

#[test]
fn a_site_under_a_path_is_previewed_under_it() {
    let site = copy_fixture("mini");
    edit(site.path(), "site.toml", |text| {
        text.replace("https://mini.example", "https://mini.example/info/")
    });
    let server = start(site.path());
    let (status, head, _) = get_as(&server, "/", &server.address);
    assert!(status == 302 && head.contains("Location: /info/"), "{status}\n{head}");
    let (status, head, _) = get_as(&server, "/info/en/guide", &server.address);
    assert!(status == 301 && head.contains("Location: /info/en/guide/"), "{status}\n{head}");
    let (status, page) = get(&server, "/info/en/guide/apply/");
    assert!(status == 200 && page.contains("href=/info/en/"), "{status}\n{page}");
    assert!(page.contains("/__udha/reload.js"), "{page}");
    assert_eq!(get(&server, "/__udha/reload.js").0, 200);
    assert_eq!(get(&server, "/en/guide/apply/").0, 404);
}

#[test]
fn every_answer_forbids_framing_sniffing_and_loading_from_elsewhere() {
    let site = copy_fixture("mini");
    let server = start(site.path());
    for path in [
        "/en/guide/apply/",
        "/en/nowhere/",
        "/__udha/reload.js",
        "/__udha/preview.css",
        "/__udha/review/ar/guide/apply/",
        "/__udha/review.css",
    ] {
        let (status, head, _) = get_as(&server, path, &server.address);
        assert!(status == 200 || status == 404, "{path}: {status}");
        for header in [
            "Content-Security-Policy: default-src '",
            "X-Frame-Options: DENY",
            "X-Content-Type-Options: nosniff",
            "Referrer-Policy: same-origin",
            "Cache-Control: no-store",
        ] {
            assert!(head.contains(header), "{path} lacks {header}:\n{head}");
        }
        let policy = head
            .lines()
            .find_map(|l| l.strip_prefix("Content-Security-Policy: "))
            .unwrap_or_default();
        assert!(
            policy.contains("frame-ancestors 'none'")
                && !policy.contains("http")
                && !policy.contains('*'),
            "{path} may load only from itself: {policy}"
        );
    }
    let (_, head, _) = get_as(&server, "/en/guide/", "evil.example");
    assert!(
        head.contains("X-Frame-Options: DENY"),
        "refusals too:\n{head}"
    );
}

#[test]
fn a_form_too_large_is_refused_whole_and_writes_nothing() {
    let site = copy_fixture("mini");
    let file = site.path().join("content/guide/apply.ar.md");
    let original = std::fs::read_to_string(&file).expect("read");
    let server = start(site.path());
    let path = "/__udha/review/ar/guide/apply/";
    let (_, workbench) = get(&server, path);
    let token = hidden(&workbench, "edit", "token");
    let body = format!(
        "token={token}&action=save&fingerprint={}&title=x&description=&body={}",
        hidden(&workbench, "edit", "fingerprint"),
        "a".repeat(17 * 1024 * 1024)
    );
    let (status, _, message) = post(
        &server,
        path,
        Some(&format!("http://{}", server.address)),
        &body,
    );
    assert_eq!(status, 413, "{message}");
    assert!(message.contains("nothing was saved"), "{message}");
    assert_eq!(std::fs::read_to_string(&file).expect("read"), original);
}

#[test]
fn saves_at_the_same_moment_keep_one_and_refuse_the_others() {
    let site = copy_fixture("mini");
    let file = site.path().join("content/guide/apply.ar.md");
    let server = std::sync::Arc::new(start(site.path()));
    let path = "/__udha/review/ar/guide/apply/";
    let (_, workbench) = get(&server, path);
    let (token, fingerprint) = (
        hidden(&workbench, "edit", "token"),
        hidden(&workbench, "edit", "fingerprint"),
    );
    let origin = format!("http://{}", server.address);
    let editors: Vec<_> = (0..6)
        .map(|n| {
            let (server, token, fingerprint, origin) = (server.clone(), token.clone(), fingerprint.clone(), origin.clone());
            std::thread::spawn(move || {
                let body = format!("## أين تسأل {{#where}}\n\nاتصل بالرقم [112](tel:112).\n\nنسخة المحرر {n}.\n");
                let form = format!("token={token}&action=save&fingerprint={fingerprint}&title={}&description=&body={}", encode("كيف تقدّم الطلب"), encode(&body));
                (n, post(&server, path, Some(&origin), &form).0)
            })
        })
        .collect();
    let answers: Vec<(usize, u16)> = editors
        .into_iter()
        .map(|e| e.join().expect("editor"))
        .collect();
    let saved: Vec<usize> = answers
        .iter()
        .filter(|(_, status)| *status == 303)
        .map(|(n, _)| *n)
        .collect();
    assert_eq!(saved.len(), 1, "exactly one save wins: {answers:?}");
    assert!(
        answers
            .iter()
            .all(|(_, status)| *status == 303 || *status == 409),
        "the others are told the file changed: {answers:?}"
    );
    let text = std::fs::read_to_string(&file).expect("read");
    assert!(
        text.contains(&format!("نسخة المحرر {}.", saved[0])),
        "the file holds the winner's edit whole:\n{text}"
    );
    let leftovers: Vec<_> = std::fs::read_dir(file.parent().expect("folder"))
        .expect("list")
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(
        leftovers.is_empty(),
        "no temporary files left: {leftovers:?}"
    );
}

#[cfg(unix)]
#[test]
fn a_link_put_into_the_site_while_serving_is_refused_without_showing_its_target() {
    let site = copy_fixture("mini");
    let secret = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        secret.path().join("key.md"),
        "+++\ntitle = \"SECRET-CONTENT\"\n+++\nSECRET-CONTENT\n",
    )
    .expect("write");
    let server = start(site.path());
    std::os::unix::fs::symlink(
        secret.path().join("key.md"),
        site.path().join("content/guide/leak.en.md"),
    )
    .expect("link");
    let page = wait_for(&server, "/en/guide/apply/", |b| b.contains("udha-error"));
    assert!(
        page.contains("leak.en.md") && page.contains("symbolic link"),
        "{page}"
    );
    assert!(
        !page.contains("SECRET-CONTENT") && !page.contains(&*secret.path().to_string_lossy()),
        "the target stays unseen:\n{page}"
    );
    assert_eq!(get(&server, "/en/guide/leak/").0, 404);
}
