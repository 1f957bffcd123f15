//! `udha serve`: a live preview for editors. Builds the site into memory,
//! serves it on 127.0.0.1 only, watches the sources and re-renders only
//! what an edit affects, and reloads the open browser tab.
//!
//! An edit to one page re-renders that page in every language (served as
//! soon as it is ready), then the pages that link to it, and its section,
//! the section's pages, the pages below it and the staff pages when what
//! they show of it changes; a template, locale, static file or `site.toml`
//! change rebuilds everything. A broken edit is shown in the terminal and
//! on top of every page in the browser, while the last good build stays
//! served.
//! The search index is only rebuilt with everything. Nothing is written to
//! disk.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, channel};
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use notify::Watcher;

use crate::cache::Cache;
use crate::commands::review::{self, Workbench};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::load::locales::Localizer;
use crate::load::templates::Templates;
use crate::load::{config, content};
use crate::render::html::escape;
use crate::render::{self, LanguageRun, OutputFile};
use crate::site::Site;

/// Where the reload script, the preview's stylesheet and the build
/// version are served from.
const INTERNAL: &str = "/__udha/";
/// What the preview adds to a page: the error box and the link to the
/// review workbench, styled from a file so the page's policy holds.
const PREVIEW_STYLE: &str = "#udha-error{position:fixed;inset:0 0 auto 0;max-block-size:70vh;overflow:auto;z-index:9999;background:#fff;color:#000;border-block-end:4px solid #b00020;padding:1rem;direction:ltr;text-align:left}#udha-error pre{white-space:pre-wrap}\
.udha-review-link{position:fixed;inset:auto 0 0 auto;margin:.5rem;z-index:9998}.udha-review-link a{display:inline-block;padding:.6rem 1rem;background:#0b5394;color:#fff}";

/// The published site's Content-Security-Policy (as deploy/nginx.conf
/// sends it): nothing from another host, no inline script or style, no
/// framing. 'wasm-unsafe-eval' is for the search engine's WebAssembly.
const SITE_POLICY: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
/// A one-file edition carries its stylesheet inside and loads nothing.
const EDITION_POLICY: &str = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
/// The review workbench: its own stylesheet and forms, nothing else.
const WORKBENCH_POLICY: &str = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
const RELOAD_SCRIPT: &str = "(function(){var seen=null;function poll(){fetch('/__udha/version',{cache:'no-store'}).then(function(r){return r.text()}).then(function(v){if(seen===null){seen=v}else if(v!==seen){location.reload()}}).catch(function(){}).then(function(){setTimeout(poll,300)})}poll()})();";

/// What the server hands out: the last good build, and the current error.
#[derive(Default)]
struct Served {
    files: HashMap<String, Arc<Vec<u8>>>,
    version: u64,
    error: Option<String>,
    /// The translated languages, whose pages link to the review workbench
    /// (none when `[features] review` is off: the workbench is not served).
    translations: Vec<String>,
    /// That link's text in each of them.
    review_labels: HashMap<String, String>,
    /// The one-file editions' paths (`ar/udha-ar.html`), served under
    /// their own policy and without the reload script.
    editions: Vec<String>,
    /// `Config::base_path`: a site under `/info` is previewed under
    /// `http://127.0.0.1:PORT/info/`, as it will be published.
    base_path: String,
}

/// The loaded site kept between edits.
struct Preview {
    site: Site,
    localizer: Arc<Localizer>,
    templates: Templates,
    runs: Vec<LanguageRun>,
}

/// Builds, serves on `127.0.0.1:port` (0 picks a free port) and rebuilds
/// on every change until the process is stopped.
pub fn serve(root: &Path, port: u16, quiet: bool) -> Result<(), Diagnostics> {
    let server = tiny_http::Server::http(("127.0.0.1", port)).map_err(|err| {
        Diagnostic::new(root, format!("cannot listen on 127.0.0.1:{port}: {err}"))
            .with_help("choose another port with --port, or stop the program that uses it")
    })?;
    let address = server
        .server_addr()
        .to_ip()
        .map(|a| a.to_string())
        .unwrap_or_default();
    // Watched paths come back absolute; compare them with an absolute root.
    let root = &std::fs::canonicalize(root).map_err(|err| Diagnostic::io(root, &err))?;
    let served = Arc::new(RwLock::new(Served::default()));
    let mut preview = full_build(root, &served, quiet);

    let (sender, events) = channel();
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        // Reads (access events) are ours: only changes count.
        if let Some(event) = event
            .ok()
            .filter(|e| e.kind.is_create() || e.kind.is_modify() || e.kind.is_remove())
        {
            let _ = sender.send(event.paths);
        }
    })
    .map_err(|err| {
        Diagnostic::new(root, format!("cannot watch the site for changes: {err}"))
            .with_help("check the folder exists and is readable")
    })?;
    for dir in [
        content::CONTENT_DIR,
        crate::load::sources::SOURCES_DIR,
        crate::load::templates::TEMPLATES_DIR,
        crate::load::locales::LOCALES_DIR,
        crate::load::static_files::STATIC_DIR,
        crate::load::theme::THEMES_DIR,
    ] {
        let _ = watcher.watch(&root.join(dir), notify::RecursiveMode::Recursive);
    }
    // The root itself, not site.toml: editors that save by renaming would
    // end a watch on the file.
    let _ = watcher.watch(root, notify::RecursiveMode::NonRecursive);

    // Announce the address only once changes are being watched.
    let base_path = served
        .read()
        .map(|state| state.base_path.clone())
        .unwrap_or_default();
    println!(
        "Serving {} at http://{address}{base_path}/ (Ctrl-C to stop)",
        root.display()
    );
    let handler_state = Arc::clone(&served);
    let workbench = Arc::new(Workbench::new(root));
    std::thread::spawn(move || {
        for request in server.incoming_requests() {
            let state = Arc::clone(&handler_state);
            let workbench = Arc::clone(&workbench);
            std::thread::spawn(move || respond(request, &state, &workbench));
        }
    });

    loop {
        let changed = next_changes(&events);
        if changed.is_empty() {
            return Ok(());
        }
        let started = Instant::now();
        preview = apply(root, preview, &changed, &served, quiet);
        if !quiet && served.read().map(|s| s.error.is_none()).unwrap_or(false) {
            println!("Rebuilt in {} ms", started.elapsed().as_millis());
        }
    }
}

/// Waits for a change, then gathers the paths of every change that comes
/// within a moment of it (editors save in several steps).
fn next_changes(events: &Receiver<Vec<PathBuf>>) -> Vec<PathBuf> {
    let Ok(mut paths) = events.recv() else {
        return Vec::new();
    };
    while let Ok(more) = events.recv_timeout(Duration::from_millis(15)) {
        paths.extend(more);
    }
    paths.sort();
    paths.dedup();
    paths
}

fn apply(
    root: &Path,
    preview: Option<Preview>,
    changed: &[PathBuf],
    served: &RwLock<Served>,
    quiet: bool,
) -> Option<Preview> {
    let content_dir = root.join(content::CONTENT_DIR);
    let static_dir = root.join(crate::load::static_files::STATIC_DIR);
    // Of the files at the root, only site.toml and the code ledger matter.
    let changed: Vec<PathBuf> = changed
        .iter()
        .filter(|p| {
            p.parent() != Some(root)
                || p.ends_with(config::CONFIG_FILE)
                || p.ends_with(crate::load::ledger::LEDGER_FILE)
        })
        .cloned()
        .collect();
    if changed.is_empty() {
        return preview;
    }
    let changed = &changed;
    let only_content = changed
        .iter()
        .all(|p| p.starts_with(&content_dir) || p.starts_with(&static_dir));
    match preview {
        Some(mut preview) if only_content => match update(root, &mut preview, changed, served) {
            Ok(true) => Some(preview),
            Ok(false) => full_build(root, served, quiet),
            Err(errors) => {
                // The loaded site may be half updated: start afresh on the
                // next save, serving the last good build meanwhile.
                report(served, &errors, quiet);
                None
            }
        },
        _ => full_build(root, served, quiet),
    }
}

/// Renders again what the edited files affect. `Ok(false)` when the edit
/// changes the site's shape and needs a full build.
fn update(
    root: &Path,
    preview: &mut Preview,
    changed: &[PathBuf],
    served: &RwLock<Served>,
) -> Result<bool, Diagnostics> {
    let static_dir = root.join(crate::load::static_files::STATIC_DIR);
    let mut pages = Vec::new();
    let mut edited = Vec::new();
    let (mut everything, mut lists) = (false, false);
    for path in changed {
        if path.starts_with(&static_dir) {
            // Stylesheets and scripts are published under a fingerprint of
            // their content, which every page names: build everything.
            return Ok(false);
        }
        // An image's copies and the pages that show it: build everything.
        if crate::load::images::image_extension(&path.to_string_lossy()).is_some() {
            return Ok(false);
        }
        if !path.to_string_lossy().ends_with(".md") {
            continue;
        }
        if !path.exists() {
            return Ok(false);
        }
        let (id, kind, file) = content::load_one(root, &preview.site.config, path)?;
        let Some(index) = preview.site.pages.iter().position(|p| p.id == id) else {
            return Ok(false);
        };
        // A new number or old id is checked against the code ledger, and
        // changes redirects: a full build does both.
        if let Some(before) = preview.site.pages[index].files.get(&file.lang)
            && (before.front.code != file.front.code || before.front.aliases != file.front.aliases)
        {
            return Ok(false);
        }
        let mut files = content::PageFiles {
            id,
            kind,
            files: preview.site.pages[index].files.clone(),
        };
        files.files.insert(file.lang.clone(), file);
        let Some(affected) = preview.site.replace_page(files)? else {
            return Ok(false);
        };
        edited.push(index);
        everything |= affected.everything;
        lists |= affected.lists;
        pages.extend(affected.pages);
    }
    if everything {
        preview.runs = render::language_runs(
            &preview.site,
            &preview.localizer,
            &preview.templates,
            &Arc::new(Cache::disabled()),
        )?;
        pages = (0..preview.site.pages.len()).collect();
    }
    edited.sort_unstable();
    edited.dedup();
    pages.sort_unstable();
    pages.dedup();
    pages.retain(|page| edited.binary_search(page).is_err());
    // The edited pages first, so the one on screen shows without waiting
    // for its section and the pages that link to it.
    for batch in [edited, pages] {
        let files = render::render_pages(
            &preview.site,
            &preview.localizer,
            &preview.runs,
            &batch,
            &|_, _| {},
        )?;
        publish(served, files, None);
    }
    if lists || everything {
        // Lists of every page (directory, status, code pages, sitemap) come
        // second, so the edited page shows without waiting for them.
        publish(
            served,
            render::site_files(&preview.site, &preview.localizer, &preview.runs)?,
            None,
        );
    }
    Ok(true)
}

fn full_build(root: &Path, served: &RwLock<Served>, quiet: bool) -> Option<Preview> {
    let started = Instant::now();
    match crate::commands::build::prepare(root, &|_, _| {}) {
        Ok(prepared) => {
            let mut files = prepared.rendered.files;
            files.extend(prepared.statics.into_iter().map(|file| OutputFile {
                path: file.path,
                bytes: file.bytes,
            }));
            // Swap the whole set at once, so no request sees it half built.
            if let Ok(mut state) = served.write() {
                state.files = files
                    .into_iter()
                    .map(|f| (f.path, Arc::new(f.bytes)))
                    .collect();
                state.error = None;
                state.version += 1;
                let config = &prepared.site.config;
                state.base_path = config.base_path.clone();
                // With the workbench off (`review = false`), no page links to it.
                let translations: Vec<&crate::load::config::Language> = config
                    .written_languages()
                    .filter(|l| l.code != config.source_language && config.features.review)
                    .collect();
                state.review_labels = translations
                    .iter()
                    .map(|l| {
                        (
                            l.code.clone(),
                            prepared
                                .localizer
                                .format(l, "review-link", None)
                                .unwrap_or_default(),
                        )
                    })
                    .collect();
                state.translations = translations.iter().map(|l| l.code.clone()).collect();
                state.editions = config
                    .languages
                    .iter()
                    .map(|l| {
                        format!(
                            "{}/{}",
                            l.code,
                            render::edition::file_name(&prepared.site, l)
                        )
                    })
                    .collect();
            }
            if !quiet {
                println!(
                    "Built {} pages in {} ms",
                    prepared.site.pages.len() * prepared.site.config.languages.len(),
                    started.elapsed().as_millis()
                );
            }
            let runs = match render::language_runs(
                &prepared.site,
                &prepared.localizer,
                &prepared.templates,
                &Arc::new(Cache::disabled()),
            ) {
                Ok(runs) => runs,
                Err(errors) => {
                    report(served, &errors, quiet);
                    return None;
                }
            };
            Some(Preview {
                site: prepared.site,
                localizer: prepared.localizer,
                templates: prepared.templates,
                runs,
            })
        }
        Err(errors) => {
            report(served, &errors, quiet);
            None
        }
    }
}

fn report(served: &RwLock<Served>, errors: &Diagnostics, quiet: bool) {
    let text = errors.to_string();
    if !quiet {
        eprint!("{text}");
        eprintln!("The last good build is still served; fix the error and save again.");
    }
    publish(served, Vec::new(), Some(text));
}

/// Puts new files in place and bumps the version the browser watches.
fn publish(served: &RwLock<Served>, files: Vec<OutputFile>, error: Option<String>) {
    if let Ok(mut state) = served.write() {
        for file in files {
            state.files.insert(file.path, Arc::new(file.bytes));
        }
        state.error = error;
        state.version += 1;
    }
}

/// One answer of the server, with the headers every answer carries.
struct Reply {
    status: u16,
    body: Vec<u8>,
    content_type: &'static str,
    policy: &'static str,
    location: Option<String>,
}

impl Reply {
    fn text(status: u16, text: &str) -> Reply {
        Reply {
            status,
            body: text.as_bytes().to_vec(),
            content_type: "text/plain; charset=utf-8",
            policy: SITE_POLICY,
            location: None,
        }
    }

    /// Sends it with a strict policy, no sniffing, no framing by anyone,
    /// no referrer for other sites (`same-origin`: with `no-referrer` a
    /// browser sends `Origin: null` with the workbench's own forms, which
    /// are then refused), and nothing kept in a cache.
    fn send(self, request: tiny_http::Request) {
        let headers = [
            ("Content-Type", self.content_type.to_string()),
            ("Content-Security-Policy", self.policy.to_string()),
            ("X-Content-Type-Options", "nosniff".to_string()),
            ("X-Frame-Options", "DENY".to_string()),
            ("Referrer-Policy", "same-origin".to_string()),
            ("Cross-Origin-Opener-Policy", "same-origin".to_string()),
            ("Cross-Origin-Resource-Policy", "same-origin".to_string()),
            ("Cache-Control", "no-store".to_string()),
        ];
        let mut response = tiny_http::Response::from_data(self.body).with_status_code(self.status);
        for (name, value) in headers
            .into_iter()
            .chain(self.location.map(|l| ("Location", l)))
        {
            if let Ok(header) = tiny_http::Header::from_bytes(name.as_bytes(), value.as_bytes()) {
                response = response.with_header(header);
            }
        }
        let _ = request.respond(response);
    }
}

fn respond(mut request: tiny_http::Request, served: &RwLock<Served>, workbench: &Workbench) {
    // Only pages opened as 127.0.0.1 or localhost: another site in the same
    // browser must not read the preview through a look-alike host name.
    let host = request
        .headers()
        .iter()
        .find(|h| h.field.equiv("Host"))
        .map(|h| h.value.as_str().to_string())
        .unwrap_or_default();
    let hostname = host.rsplit_once(':').map(|(name, _)| name).unwrap_or(&host);
    if !matches!(hostname, "127.0.0.1" | "localhost" | "[::1]") {
        Reply::text(403, "udha serve answers only to 127.0.0.1 and localhost").send(request);
        return;
    }
    let url = request
        .url()
        .split(['?', '#'])
        .next()
        .unwrap_or("/")
        .to_string();
    let path = percent_decode(&url);
    let reviewing = served
        .read()
        .is_ok_and(|state| !state.translations.is_empty());
    if path.starts_with(review::PREFIX) && reviewing {
        let answer = workbench.respond(&mut request, &path);
        let reply = Reply {
            status: answer.status,
            body: answer.body.into_bytes(),
            content_type: "text/html; charset=utf-8",
            policy: WORKBENCH_POLICY,
            location: answer.location,
        };
        reply.send(request);
        return;
    }
    let reply = answer(served, &url, &path);
    reply.send(request);
}

/// What the server answers for `url` (as requested) and `path` (decoded):
/// for a site under a path, `/` sends the browser there and what lies
/// outside it is not found.
fn answer(served: &RwLock<Served>, url: &str, path: &str) -> Reply {
    let base_path = served
        .read()
        .map(|state| state.base_path.clone())
        .unwrap_or_default();
    // The preview's own files (/__udha/…) are at the root either way.
    if base_path.is_empty() || path.starts_with(INTERNAL) {
        return answer_in_site(served, url, path, "");
    }
    match (url.strip_prefix(&base_path), path.strip_prefix(&base_path)) {
        (Some(url), Some(path)) if url.starts_with('/') && path.starts_with('/') => {
            answer_in_site(served, url, path, &base_path)
        }
        _ if url == "/" || url == base_path => Reply {
            status: 302,
            body: Vec::new(),
            content_type: "text/plain; charset=utf-8",
            policy: SITE_POLICY,
            location: Some(format!("{base_path}/")),
        },
        _ => Reply::text(404, &format!("the site is previewed under {base_path}/")),
    }
}

/// `answer` for `url` and `path` inside the site, with `base_path` taken
/// off (and put back on a redirect).
fn answer_in_site(served: &RwLock<Served>, url: &str, path: &str, base_path: &str) -> Reply {
    // `//host/x` or `/\host/x` in a Location header is another host to a
    // browser: such paths are never redirected, only not found.
    let looks_like_a_host = |p: &str| p.starts_with("//") || p.contains('\\');
    let wants_folder = !path.ends_with('/')
        && !path.rsplit('/').next().unwrap_or("").contains('.')
        && !looks_like_a_host(url)
        && !looks_like_a_host(path);
    if wants_folder
        && served.read().is_ok_and(|s| {
            s.files
                .contains_key(&format!("{}/index.html", path.trim_start_matches('/')))
        })
    {
        // /en/guide → /en/guide/, so the page's relative links work too.
        return Reply {
            status: 301,
            body: Vec::new(),
            content_type: "text/plain; charset=utf-8",
            policy: SITE_POLICY,
            location: Some(format!("{base_path}{url}/")),
        };
    }
    let state = match served.read() {
        Err(_) => return Reply::text(500, "the preview stopped"),
        Ok(state) => state,
    };
    let internal = |body: &str, content_type: &'static str| Reply {
        status: 200,
        body: body.as_bytes().to_vec(),
        content_type,
        policy: SITE_POLICY,
        location: None,
    };
    match path.strip_prefix(INTERNAL) {
        Some("version") => {
            return internal(&state.version.to_string(), "text/plain; charset=utf-8");
        }
        Some("reload.js") => return internal(RELOAD_SCRIPT, "text/javascript; charset=utf-8"),
        Some("preview.css") => return internal(PREVIEW_STYLE, "text/css; charset=utf-8"),
        Some("review.css") => return internal(review::STYLE, "text/css; charset=utf-8"),
        _ => {}
    }
    let key = path.trim_start_matches('/');
    let key = if key.is_empty() || key.ends_with('/') {
        format!("{key}index.html")
    } else {
        key.to_string()
    };
    let (status, bytes, key) = match state.files.get(&key) {
        Some(bytes) => (200, bytes.as_slice(), key),
        None => {
            let lang = key.split('/').next().unwrap_or_default();
            let page = state
                .files
                .get(&format!("{lang}/404.html"))
                .or_else(|| state.files.get("404.html"));
            (
                404,
                page.map(|b| b.as_slice()).unwrap_or(b"not found"),
                "404.html".to_string(),
            )
        }
    };
    let content_type = content_type_of(&key);
    if state.editions.contains(&key) {
        return Reply {
            status,
            body: bytes.to_vec(),
            content_type,
            policy: EDITION_POLICY,
            location: None,
        };
    }
    let review = Workbench::link_for(&key, &state.translations).map(|url| {
        let label = key
            .split('/')
            .next()
            .and_then(|lang| state.review_labels.get(lang))
            .cloned()
            .unwrap_or_default();
        (url, label)
    });
    let body = if content_type.starts_with("text/html") {
        inject(
            bytes,
            state.error.as_deref(),
            review.as_ref().map(|(u, l)| (u.as_str(), l.as_str())),
        )
    } else {
        bytes.to_vec()
    };
    Reply {
        status,
        body,
        content_type,
        policy: SITE_POLICY,
        location: None,
    }
}

/// Adds the reload script, the link to the review workbench on a
/// translation, and the current error on top of the page.
fn inject(html: &[u8], error: Option<&str>, review: Option<(&str, &str)>) -> Vec<u8> {
    let html = String::from_utf8_lossy(html);
    let mut extra = format!(
        "<link rel=\"stylesheet\" href=\"{INTERNAL}preview.css\"><script src=\"{INTERNAL}reload.js\"></script>"
    );
    if let Some((url, label)) = review {
        // The preview's own tool, outside the site's templates.
        extra = format!(
            "<p class=\"udha-review-link\"><a href=\"{url}\">{}</a></p>{extra}",
            escape(label)
        );
    }
    if let Some(error) = error {
        extra = format!(
            "<div id=\"udha-error\" role=\"alert\"><p><strong>udha: the last edit did not build. This is the last good version.</strong></p><pre>{}</pre></div>{extra}",
            escape(error)
        );
    }
    match html.rfind("</body>") {
        Some(at) => format!("{}{extra}{}", &html[..at], &html[at..]).into_bytes(),
        None => format!("{html}{extra}").into_bytes(),
    }
}

fn content_type_of(path: &str) -> &'static str {
    match path.rsplit('.').next().unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "xml" => "application/xml",
        "txt" => "text/plain; charset=utf-8",
        "svg" => "image/svg+xml",
        "wasm" => "application/wasm",
        _ => "application/octet-stream",
    }
}

/// `%D8%A7` → the text they stand for; invalid escapes are kept as
/// written, bytes that are not UTF-8 become U+FFFD.
pub(crate) fn percent_decode(text: &str) -> String {
    String::from_utf8_lossy(&percent_decode_bytes(text)).into_owned()
}

/// `%D8%A7` → the bytes they stand for; invalid escapes are kept as written.
pub(crate) fn percent_decode_bytes(text: &str) -> Vec<u8> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn injects_reload_script_and_error_before_body_end() {
        let html = inject(
            b"<html><body><p>x</p></body></html>",
            Some("a.md:3: <bad>"),
            None,
        );
        let html = String::from_utf8(html).unwrap();
        assert!(
            html.contains("<script src=\"/__udha/reload.js\"></script></body>"),
            "{html}"
        );
        assert!(html.contains("a.md:3: &lt;bad&gt;"), "{html}");
    }

    #[test]
    fn decodes_percent_escapes() {
        assert_eq!(percent_decode("/ar/%D8%A7/"), "/ar/ا/");
        assert_eq!(percent_decode("/100%"), "/100%");
    }
}
