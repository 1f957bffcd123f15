//! End to end: `udha serve` on a copy of the `mini` fixture: an edit shows
//! up, a broken edit shows an error over the last good build while the
//! server stays up, and fixing it recovers.

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
        let line = lines.next().expect("serve printed its address").expect("read");
        if let Some(rest) = line.split("at http://").nth(1) {
            break rest.split('/').next().expect("address").to_string();
        }
    };
    std::thread::spawn(move || for _ in lines {});
    Server { child, address }
}

fn get(server: &Server, path: &str) -> (u16, String) {
    get_as(server, path, &server.address)
}

/// A GET with the `Host` header a browser would send for `host`.
fn get_as(server: &Server, path: &str, host: &str) -> (u16, String) {
    let mut stream = TcpStream::connect(&server.address).expect("connect");
    write!(stream, "GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n").expect("send");
    let mut response = Vec::new();
    stream.read_to_end(&mut response).expect("read");
    let text = String::from_utf8_lossy(&response).into_owned();
    let status = text.split(' ').nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
    let body = text.split_once("\r\n\r\n").map(|(_, b)| b.to_string()).unwrap_or_default();
    (status, body)
}

/// Polls `path` until `ready` holds for its body (or ten seconds pass).
fn wait_for(server: &Server, path: &str, ready: impl Fn(&str) -> bool) -> String {
    let started = Instant::now();
    loop {
        let (_, body) = get(server, path);
        if ready(&body) {
            return body;
        }
        assert!(started.elapsed() < Duration::from_secs(10), "{path} never changed:\n{body}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn edits_show_errors_show_over_the_last_good_build_and_fixes_recover() {
    let site = copy_fixture("mini");
    let server = start(site.path());
    let (status, page) = get(&server, "/en/guide/apply/");
    assert_eq!(status, 200);
    assert!(page.contains("<h1>How to apply</h1>") && page.contains("/__udha/reload.js"), "{page}");
    assert!(server.address.starts_with("127.0.0.1:"), "binds loopback only: {}", server.address);
    assert_eq!(get(&server, "/en/nowhere/").0, 404);
    assert_eq!(get(&server, "/en/guide").0, 301, "folders without the slash redirect");
    assert_eq!(get_as(&server, "/en/guide/", "evil.example").0, 403, "only loopback host names are answered");

    let source = site.path().join("content/guide/apply.en.md");
    let text = std::fs::read_to_string(&source).expect("read");
    std::fs::write(&source, text.replace("title = \"How to apply\"", "title = \"How to ask\"")).expect("write");
    wait_for(&server, "/en/guide/apply/", |b| b.contains("<h1>How to ask</h1>"));
    let section = wait_for(&server, "/en/guide/", |b| b.contains("How to ask"));
    assert!(section.contains("href=/en/guide/apply/"), "the section lists the new title");
    wait_for(&server, "/ar/guide/apply/", |b| b.contains("/ar/guide/"));

    std::fs::write(&source, text.replace("weight = 1", "wieght = 1")).expect("write");
    let broken = wait_for(&server, "/en/guide/apply/", |b| b.contains("udha-error"));
    assert!(broken.contains("apply.en.md:5:1") && broken.contains("did you mean `weight`?"), "the error names file, line and fix:\n{broken}");
    assert!(broken.contains("<h1>How to ask</h1>"), "the last good build is still served");

    std::fs::write(&source, text.replace("Call [112]", "Phone [112]")).expect("write");
    let fixed = wait_for(&server, "/en/guide/apply/", |b| !b.contains("udha-error") && b.contains("Phone"));
    assert!(fixed.contains("<h1>How to apply</h1>"), "{fixed}");

    std::fs::write(site.path().join("templates/page.html"), "{% extends \"base.html\" %}{% block main %}<h1 class=changed>{{ page.title }}</h1>{% endblock main %}").expect("write");
    wait_for(&server, "/sr-latn/guide/apply/", |b| b.contains("<h1 class=changed>Kako da podnesete zahtev</h1>"));
}

/// A POST of `form` (already URL-encoded) with the given `Origin`.
fn post(server: &Server, path: &str, origin: Option<&str>, form: &str) -> (u16, String, String) {
    let mut stream = TcpStream::connect(&server.address).expect("connect");
    let origin = origin.map(|o| format!("Origin: {o}\r\n")).unwrap_or_default();
    write!(stream, "POST {path} HTTP/1.1\r\nHost: {}\r\n{origin}Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{form}", server.address, form.len()).expect("send");
    let mut response = Vec::new();
    stream.read_to_end(&mut response).expect("read");
    let text = String::from_utf8_lossy(&response).into_owned();
    let status = text.split(' ').nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
    let (head, body) = text.split_once("\r\n\r\n").map(|(h, b)| (h.to_string(), b.to_string())).unwrap_or_default();
    (status, head, body)
}

fn encode(text: &str) -> String {
    text.bytes().map(|b| if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) { (b as char).to_string() } else { format!("%{b:02X}") }).collect()
}

/// The value of hidden field `name` in a workbench page.
fn hidden(page: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    page.split(&marker).nth(1).and_then(|rest| rest.split('"').next()).unwrap_or_else(|| panic!("no {name} in:\n{page}")).to_string()
}

#[test]
fn the_review_workbench_saves_checked_edits_marks_reviews_and_refuses_the_rest() {
    let site = copy_fixture("mini");
    let file = site.path().join("content/guide/apply.ar.md");
    // Windows line endings, to see they are kept.
    let original = std::fs::read_to_string(&file).expect("read").replace('\n', "\r\n");
    std::fs::write(&file, &original).expect("write");
    let server = start(site.path());
    let (_, page) = get(&server, "/ar/guide/apply/");
    assert!(page.contains("href=\"/__udha/review/ar/guide/apply/\""), "translations link to the workbench");
    assert!(!get(&server, "/en/guide/apply/").1.contains("/__udha/review/"), "the original does not");

    let path = "/__udha/review/ar/guide/apply/";
    let (status, workbench) = get(&server, path);
    assert_eq!(status, 200, "{workbench}");
    assert!(workbench.contains("<html lang=\"ar\" dir=\"rtl\">") && workbench.contains("lang=\"en\" dir=\"ltr\""), "each side in its own direction");
    let (token, fingerprint) = (hidden(&workbench, "token"), hidden(&workbench, "fingerprint"));
    let form = |body: &str, token: &str| format!("token={token}&action=save&fingerprint={fingerprint}&title={}&description=&body={}", encode("كيف تقدّم الطلب"), encode(body));
    let origin = format!("http://{}", server.address);

    // Another site's page cannot make the server write, token or not.
    let good = "## أين تسأل {#where}\n\nاتصل بالرقم [112](tel:112).\n\nفقرة جديدة.\n";
    assert_eq!(post(&server, path, Some("http://evil.example"), &form(good, &token)).0, 403);
    assert_eq!(post(&server, path, None, &form(good, &token)).0, 403);
    assert_eq!(post(&server, path, Some(&origin), &form(good, "0123")).0, 403, "a wrong token is refused");
    assert_eq!(std::fs::read_to_string(&file).expect("read"), original, "nothing was written");

    // An edit that would break the build: refused with the build's message.
    let (status, _, refused) = post(&server, path, Some(&origin), &form("[x](@/nowhere)\n", &token));
    assert_eq!(status, 422);
    assert!(refused.contains("there is no page @/nowhere"), "{refused}");
    assert_eq!(std::fs::read_to_string(&file).expect("read"), original, "nothing was written");

    // A good edit is saved, keeping the file's line endings.
    let (status, head, _) = post(&server, path, Some(&origin), &form(good, &token));
    assert_eq!(status, 303, "{head}");
    let saved = std::fs::read_to_string(&file).expect("read");
    assert!(saved.contains("فقرة جديدة.\r\n") && !saved.replace("\r\n", "").contains('\n'), "{saved:?}");
    wait_for(&server, "/ar/guide/apply/", |b| b.contains("فقرة جديدة."));

    // Saving again with the old fingerprint: the file changed since.
    let (status, _, conflict) = post(&server, path, Some(&origin), &form("نص آخر.\n", &token));
    assert_eq!(status, 409);
    assert!(conflict.contains("فقرة جديدة.") && conflict.contains("نص آخر."), "shows both versions");

    // Marking it reviewed.
    let (status, _, _) = post(&server, path, Some(&origin), &format!("token={token}&action=mark&reviewer={}", encode("A. B.")));
    assert_eq!(status, 303);
    let marked = std::fs::read_to_string(&file).expect("read");
    assert!(marked.contains("translation = \"reviewed\"") && marked.contains("translation_reviewer = \"A. B.\""), "{marked}");
    let status = udha(&["status", "--json", "--root", &site.path().to_string_lossy()]);
    let matrix: serde_json::Value = serde_json::from_str(&status.stdout).expect("json");
    let row = matrix["rows"].as_array().expect("rows").iter().find(|r| r["id"] == "guide/apply").expect("the page");
    let ar = matrix["languages"].as_array().expect("languages").iter().position(|l| l == "ar").expect("ar");
    assert_eq!(row["cells"][ar], "reviewed");
}
