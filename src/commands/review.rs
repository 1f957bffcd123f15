//! The translator's workbench in `udha serve`, at
//! `/__udha/review/<lang>/<page id>/`: the source text beside the
//! translation, paragraph by paragraph, each in its own script and
//! direction, with the source paragraphs that changed since the
//! translation was made marked; a form to correct the translation's title,
//! description and text; a button to record that a native speaker reviewed
//! it; and the translation's preview below. Its interface speaks the
//! translation's language (Fluent, `review-*` messages).
//!
//! What changed in the source is found in git history: the version of the
//! source whose fingerprint is the one the translation recorded
//! (`source_hash`). No copy of old sources is kept in the repository; a
//! site without git history shows the source without marks, and says so.
//!
//! Safe by construction: the server listens on 127.0.0.1 only; a request
//! that writes must come from the workbench's own page (same origin) and
//! carry this session's token; an edit that would break the build is
//! refused with the build's own diagnostic and nothing is written; a file
//! changed on disk since the page was opened is never overwritten; and
//! every write goes through `commands::new`, which writes only in
//! `content/`.

use std::collections::HashSet;
use std::io::Read;
use std::path::{Path, PathBuf};

use crate::commands::{load_site, new};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::load::config::{Config, Language};
use crate::load::content::{self, SourceFile, body_of};
use crate::load::locales::Localizer;
use crate::render::html::escape;
use crate::render::{contacts, images, markdown};
use crate::site::reserved::{DIRECTORY_SLUG, POSTER_SLUG, SEARCH_SLUG};
use crate::site::status::{self, source_hash};
use crate::site::{Site, facts, script_of};

/// Where the workbench is served.
pub const PREFIX: &str = "/__udha/review/";

/// The largest form the workbench accepts: far above any page (a 2 MB
/// page of Arabic is about 6 MB form-encoded); a larger one is refused
/// whole with 413, never cut.
const MAX_FORM_BYTES: u64 = 16 * 1024 * 1024;

/// One serve session's workbench.
pub struct Workbench {
    root: PathBuf,
    /// Proves a write comes from a page this server made, this session.
    token: String,
}

/// What the workbench answers: status, HTML, and a redirect if any.
pub struct Answer {
    pub status: u16,
    pub body: String,
    pub location: Option<String>,
}

impl Workbench {
    pub fn new(root: &Path) -> Workbench {
        Workbench {
            root: root.to_path_buf(),
            token: session_token(),
        }
    }

    /// The link to the workbench for the page served at `key`
    /// (`ar/guide/apply/index.html`), if it is a translation.
    pub fn link_for(key: &str, translations: &[String]) -> Option<String> {
        let (lang, rest) = key.split_once('/')?;
        let id = rest.strip_suffix("index.html")?;
        let own = [SEARCH_SLUG, DIRECTORY_SLUG].map(|slug| format!("{slug}/"));
        let poster = format!("{POSTER_SLUG}/");
        (translations.iter().any(|t| t == lang)
            && !id.ends_with(&poster)
            && !own.iter().any(|o| o == id))
        .then(|| format!("{PREFIX}{lang}/{id}"))
    }

    /// Answers a request for `path` (under `PREFIX`).
    pub fn respond(&self, request: &mut tiny_http::Request, path: &str) -> Answer {
        let Some((lang, id)) = path
            .strip_prefix(PREFIX)
            .and_then(|rest| rest.split_once('/'))
        else {
            return Answer::text(404, "no such page");
        };
        let id = id.trim_end_matches('/').to_string();
        let lang = lang.to_string();
        if *request.method() == tiny_http::Method::Post {
            if let Err(why) = self.allowed(request) {
                return Answer::text(403, why);
            }
            let form = match read_form(request) {
                Ok(form) => form,
                Err((status, why)) => return Answer::text(status, &why),
            };
            if form.get("token") != Some(&self.token) {
                return Answer::text(
                    403,
                    "this form is not from this preview session: open the page again",
                );
            }
            return match form.get("action").map(String::as_str) {
                Some("save") => self.save(&lang, &id, &form),
                Some("mark") => self.mark(&lang, &id, &form),
                _ => Answer::text(400, "unknown action"),
            };
        }
        self.page(&lang, &id, Notice::None)
    }

    /// Writes need the same origin as the workbench (a browser says so in
    /// `Origin`, and `Sec-Fetch-Site` where it sends it).
    fn allowed(&self, request: &tiny_http::Request) -> Result<(), &'static str> {
        let header = |name: &'static str| {
            request
                .headers()
                .iter()
                .find(|h| h.field.equiv(name))
                .map(|h| h.value.as_str().to_string())
        };
        let host = header("Host").unwrap_or_default();
        match header("Origin") {
            Some(origin) if origin == format!("http://{host}") => {}
            _ => return Err("refused: a change must come from this preview's own page"),
        }
        if header("Sec-Fetch-Site").is_some_and(|site| site != "same-origin") {
            return Err("refused: a change must come from this preview's own page");
        }
        Ok(())
    }

    fn save(&self, lang: &str, id: &str, form: &Form) -> Answer {
        let Ok(site) = load_site(&self.root) else {
            return self.page(lang, id, Notice::None);
        };
        let Some((_, translation)) = files_of(&site, id, lang) else {
            return Answer::text(404, "no such translation");
        };
        let path = translation.path.clone();
        let on_disk = std::fs::read(&path).unwrap_or_default();
        let (title, description, body) = (
            form.field("title"),
            form.field("description"),
            form.field("body"),
        );
        if new::fingerprint(&on_disk) != form.field("fingerprint") {
            return self.page(
                lang,
                id,
                Notice::Conflict {
                    title,
                    description,
                    body,
                    on_disk: String::from_utf8_lossy(&on_disk).into_owned(),
                },
            );
        }
        if let Err(problems) = validate(&site, id, lang, &path, &title, &description, &body) {
            return self.page(
                lang,
                id,
                Notice::Refused {
                    title,
                    description,
                    body,
                    problems,
                },
            );
        }
        match new::save_text(
            &self.root,
            &path,
            &form.field("fingerprint"),
            &title,
            &description,
            &body,
        ) {
            Ok(()) => Answer::redirect(format!("{PREFIX}{lang}/{}?done=saved", with_slash(id))),
            Err(new::Refused::Changed { on_disk }) => self.page(
                lang,
                id,
                Notice::Conflict {
                    title,
                    description,
                    body,
                    on_disk,
                },
            ),
            Err(new::Refused::Problem(problem)) => self.page(
                lang,
                id,
                Notice::Refused {
                    title,
                    description,
                    body,
                    problems: Diagnostics(vec![problem]),
                },
            ),
        }
    }

    fn mark(&self, lang: &str, id: &str, form: &Form) -> Answer {
        let reviewer = form.field("reviewer");
        if reviewer.trim().is_empty() {
            return self.page(lang, id, Notice::None);
        }
        let today = time::OffsetDateTime::now_utc().date();
        let (translation, source) = (form.field("fingerprint"), form.field("source"));
        let seen = new::Seen {
            translation: &translation,
            source: &source,
        };
        let result =
            load_site(&self.root)
                .map_err(|errors| {
                    new::Refused::Problem(
                        errors.0.into_iter().next().unwrap_or_else(|| {
                            Diagnostic::new(&self.root, "the site does not load")
                        }),
                    )
                })
                .and_then(|site| new::mark_reviewed(&site, id, lang, &reviewer, today, &seen));
        let nothing = String::new;
        match result {
            Ok(_) => Answer::redirect(format!("{PREFIX}{lang}/{}?done=marked", with_slash(id))),
            Err(new::Refused::Changed { on_disk }) => self.page(
                lang,
                id,
                Notice::Conflict {
                    title: nothing(),
                    description: nothing(),
                    body: nothing(),
                    on_disk,
                },
            ),
            Err(new::Refused::Problem(problem)) => self.page(
                lang,
                id,
                Notice::Refused {
                    title: nothing(),
                    description: nothing(),
                    body: nothing(),
                    problems: Diagnostics(vec![problem]),
                },
            ),
        }
    }

    /// The workbench page for `id` in `lang`, with `notice` on top.
    fn page(&self, lang: &str, id: &str, notice: Notice) -> Answer {
        let site = match load_site(&self.root) {
            Ok(site) => site,
            Err(errors) => return Answer::text(500, &format!("the site does not load:\n{errors}")),
        };
        let Some(language) = site
            .config
            .language(lang)
            .filter(|l| !l.is_transliterated() && l.code != site.config.source_language)
            .cloned()
        else {
            return Answer::text(
                404,
                "the workbench reviews translations: open it from a page in a translated language",
            );
        };
        let Some((source, translation)) = files_of(&site, id, lang) else {
            return Answer::text(
                404,
                "this page has no translation in this language yet: start one with udha new <page> --lang <language>",
            );
        };
        let localizer = Localizer::load(&self.root, &site.config).ok();
        let say = |key: &str| {
            localizer
                .as_ref()
                .and_then(|l| l.format(&language, key, None).ok())
                .unwrap_or_else(|| key.to_string())
        };
        let source_language = site.config.source().clone();
        let old = translation
            .front
            .source_hash
            .as_deref()
            .filter(|hash| *hash != source_hash(source))
            .map(|hash| old_source(&self.root, &source.path, hash, &site.config));
        let changed: HashSet<String> = match &old {
            Some(Some(old_body)) => paragraphs(&source.body)
                .into_iter()
                .filter(|p| !paragraphs(old_body).contains(p))
                .collect(),
            _ => HashSet::new(),
        };
        let on_disk = std::fs::read(&translation.path).unwrap_or_default();
        let page = site.pages.iter().find(|p| p.id == id);
        let state = page
            .map(|page| status::cell(&site, page, lang).as_str())
            .unwrap_or("missing");
        let dir = |l: &Language| if l.writing().rtl { "rtl" } else { "ltr" };
        let status = match notice {
            Notice::None => 200,
            Notice::Refused { .. } => 422,
            Notice::Conflict { .. } => 409,
        };

        let mut html = format!(
            "<!doctype html><html lang=\"{tag}\" dir=\"{d}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><title>{t} · {title}</title><link rel=\"stylesheet\" href=\"/__udha/review.css\"></head><body><main class=\"review\"><h1>{t}</h1><p><strong lang=\"{tag}\">{title}</strong> · {name} · {st}</p>",
            tag = language.tag,
            d = dir(&language),
            t = escape(&say("review-title")),
            title = escape(&translation.front.title),
            name = escape(&language.name),
            st = escape(&say(&format!("status-{state}"))),
        );
        match &notice {
            Notice::None => {}
            Notice::Refused { problems, .. } => html.push_str(&format!("<div class=\"problem\" role=\"alert\"><p><strong>{}</strong></p><pre dir=\"ltr\">{}</pre></div>", escape(&say("review-refused")), escape(&problems.to_string()))),
            Notice::Conflict { on_disk, .. } => html.push_str(&format!(
                "<div class=\"problem\" role=\"alert\"><p><strong>{}</strong></p><p>{}</p><pre dir=\"auto\">{}</pre></div>",
                escape(&say("review-conflict")),
                escape(&say("review-conflict-disk")),
                escape(on_disk)
            )),
        }
        match old {
            Some(Some(_)) if !changed.is_empty() => html.push_str(&format!(
                "<p class=\"notice\">{}</p>",
                escape(&say("review-changed-intro"))
            )),
            Some(None) => html.push_str(&format!(
                "<p class=\"notice\">{}</p>",
                escape(&say("review-no-history"))
            )),
            _ => {}
        }
        // Side by side, paragraph by paragraph.
        html.push_str(&format!(
            "<table class=\"sides\"><thead><tr><th scope=\"col\">{} (<span lang=\"{}\">{}</span>)</th><th scope=\"col\">{} ({})</th></tr></thead><tbody>",
            escape(&say("review-source")),
            source_language.tag,
            escape(&source_language.name),
            escape(&say("review-translation")),
            escape(&language.name)
        ));
        let (left, right) = (paragraphs(&source.body), paragraphs(&translation.body));
        for row in 0..left.len().max(right.len()) {
            let source_paragraph = left.get(row).map(String::as_str).unwrap_or("");
            let mark = if changed.contains(source_paragraph) {
                format!(
                    " class=\"changed\"><strong class=\"changed-label\">{}</strong> ",
                    escape(&say("review-changed"))
                )
            } else {
                ">".to_string()
            };
            html.push_str(&format!(
                "<tr><td lang=\"{}\" dir=\"{}\"{mark}{}</td><td lang=\"{}\" dir=\"{}\">{}</td></tr>",
                source_language.tag,
                dir(&source_language),
                escape(source_paragraph),
                language.tag,
                dir(&language),
                escape(right.get(row).map(String::as_str).unwrap_or(""))
            ));
        }
        html.push_str("</tbody></table>");
        // The form: what the reviewer typed when a save was refused.
        let (title, description, body) = match notice {
            Notice::Refused {
                title,
                description,
                body,
                ..
            }
            | Notice::Conflict {
                title,
                description,
                body,
                ..
            } if !body.is_empty() => (title, description, body),
            _ => (
                translation.front.title.clone(),
                translation.front.description.clone().unwrap_or_default(),
                body_of(&String::from_utf8_lossy(&on_disk).replace("\r\n", "\n"))
                    .unwrap_or("")
                    .to_string(),
            ),
        };
        let hidden = format!(
            "<input type=\"hidden\" name=\"token\" value=\"{}\">",
            self.token
        );
        html.push_str(&format!(
            "<h2>{edit}</h2><form method=\"post\" class=\"edit\">{hidden}<input type=\"hidden\" name=\"action\" value=\"save\"><input type=\"hidden\" name=\"fingerprint\" value=\"{fp}\">\
             <label for=\"title\">{lt}</label><input id=\"title\" name=\"title\" lang=\"{tag}\" dir=\"{d}\" value=\"{title}\" required>\
             <label for=\"description\">{ld}</label><textarea id=\"description\" name=\"description\" rows=\"3\" lang=\"{tag}\" dir=\"{d}\">{description}</textarea>\
             <label for=\"body\">{lb}</label><textarea id=\"body\" name=\"body\" rows=\"24\" lang=\"{tag}\" dir=\"{d}\">{body}</textarea>\
             <button type=\"submit\">{save}</button></form>",
            edit = escape(&say("review-edit")),
            fp = new::fingerprint(&on_disk),
            lt = escape(&say("review-field-title")),
            ld = escape(&say("review-field-description")),
            lb = escape(&say("review-field-text")),
            tag = language.tag,
            d = dir(&language),
            title = escape(&title),
            description = escape(&description),
            body = escape(&body),
            save = escape(&say("review-save")),
        ));
        let reviewed = translation
            .front
            .translation_reviewer
            .as_deref()
            .map(|who| {
                format!(
                    "<p>{}: {}</p>",
                    escape(&say("status-reviewed")),
                    escape(who)
                )
            })
            .unwrap_or_default();
        html.push_str(&format!(
            "<h2>{mark}</h2>{reviewed}<p>{intro}</p><form method=\"post\" class=\"mark\">{hidden}<input type=\"hidden\" name=\"action\" value=\"mark\"><input type=\"hidden\" name=\"fingerprint\" value=\"{fp}\"><input type=\"hidden\" name=\"source\" value=\"{source}\"><label for=\"reviewer\">{who}</label><input id=\"reviewer\" name=\"reviewer\" autocomplete=\"name\" required><button type=\"submit\">{mark}</button></form>",
            mark = escape(&say("review-mark")),
            intro = escape(&say("review-mark-intro")),
            who = escape(&say("review-reviewer")),
            fp = new::fingerprint(&on_disk),
            source = source_hash(source),
        ));
        let url = page
            .map(|page| site.url(page, &language))
            .unwrap_or_default();
        // A link, not a frame: no page of the preview may be framed.
        html.push_str(&format!(
            "<h2>{}</h2><p><a href=\"{url}\" lang=\"{}\">{}</a></p></main></body></html>",
            escape(&say("review-preview")),
            language.tag,
            escape(&translation.front.title)
        ));
        Answer {
            status,
            body: html,
            location: None,
        }
    }
}

/// What the page says above the comparison.
enum Notice {
    None,
    /// The save would break the build: nothing was written.
    Refused {
        title: String,
        description: String,
        body: String,
        problems: Diagnostics,
    },
    /// The file changed on disk since the page was opened.
    Conflict {
        title: String,
        description: String,
        body: String,
        on_disk: String,
    },
}

impl Answer {
    fn text(status: u16, text: &str) -> Answer {
        Answer {
            status,
            body: format!(
                "<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>udha</title><p>{}</p></html>",
                escape(text)
            ),
            location: None,
        }
    }

    fn redirect(location: String) -> Answer {
        Answer {
            status: 303,
            body: String::new(),
            location: Some(location),
        }
    }
}

fn with_slash(id: &str) -> String {
    if id.is_empty() {
        String::new()
    } else {
        format!("{id}/")
    }
}

/// The source and `lang` files of page `id`.
fn files_of<'a>(site: &'a Site, id: &str, lang: &str) -> Option<(&'a SourceFile, &'a SourceFile)> {
    let page = site.pages.iter().find(|p| p.id == id)?;
    Some((
        page.files.get(&site.config.source_language)?,
        page.files.get(lang)?,
    ))
}

/// Would the build accept the translation with this title, description and
/// text? The same checks, the same diagnostics: front matter, citations and
/// codes with the whole site, links and anchors, phone numbers against the
/// register.
fn validate(
    site: &Site,
    id: &str,
    lang: &str,
    path: &Path,
    title: &str,
    description: &str,
    body: &str,
) -> Result<(), Diagnostics> {
    let current = std::fs::read_to_string(path)
        .map_err(|err| Diagnostics(vec![Diagnostic::io(path, &err)]))?
        .replace("\r\n", "\n");
    let text = new::edited_text(&current, title, description, body).unwrap_or_default();
    let file = content::parse_file(path, text.into_bytes(), lang, &site.config)
        .map_err(|d| Diagnostics(vec![d]))?;
    let language = site
        .config
        .language(lang)
        .cloned()
        .ok_or_else(|| Diagnostics(vec![Diagnostic::new(path, "no such language")]))?;
    let mut problems: Vec<Diagnostic> = Vec::new();
    // Links and anchors resolve against the site as it is.
    if let Err(errors) = markdown::render(
        &file.body,
        script_of(&language),
        language.writing(),
        &markdown::Targets {
            link: &|link| site.resolve(&language, link),
            image: &|src, alt| {
                let folder = site.page(id).map_or("", images::folder_of);
                images::html(site, folder, src, alt)
            },
            contact: &|id| contacts::lines(site, &language, id),
        },
    ) {
        problems.extend(errors.into_iter().map(|e| {
            Diagnostic::new(path, e.message)
                .at_offset(&file.body, e.offset, file.body_line)
                .with_help(e.help)
        }));
    }
    problems.extend(crate::site::unknown_sources(&site.register, &file));
    problems.extend(facts::unlisted_in(&site.register, &file));
    Diagnostics(problems).into_result(())
}

/// The text of the source file as it was when its fingerprint was `hash`,
/// from git history; `None` when git or that version is not there.
fn old_source(root: &Path, path: &Path, hash: &str, config: &Config) -> Option<String> {
    let relative = path
        .strip_prefix(root)
        .unwrap_or(path)
        .to_string_lossy()
        .replace('\\', "/");
    let log = std::process::Command::new("git")
        .arg("-C")
        .arg(root)
        .args(["log", "--format=%H", "-n", "200", "--"])
        .arg(&relative)
        .output()
        .ok()?;
    let top = std::process::Command::new("git")
        .arg("-C")
        .arg(root)
        .args(["rev-parse", "--show-prefix"])
        .output()
        .ok()?;
    let prefix = String::from_utf8_lossy(&top.stdout).trim().to_string();
    for revision in String::from_utf8_lossy(&log.stdout).lines() {
        let shown = std::process::Command::new("git")
            .arg("-C")
            .arg(root)
            .arg("show")
            .arg(format!("{revision}:{prefix}{relative}"))
            .output()
            .ok()?;
        let Ok(file) = content::parse_file(path, shown.stdout, &config.source_language, config)
        else {
            continue;
        };
        if source_hash(&file) == hash {
            return Some(file.body);
        }
    }
    None
}

/// Paragraphs of Markdown: blocks separated by blank lines, trimmed.
fn paragraphs(body: &str) -> Vec<String> {
    body.replace("\r\n", "\n")
        .split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(str::to_string)
        .collect()
}

/// 128 random bits from the operating system, as hex.
fn session_token() -> String {
    let mut bytes = [0u8; 16];
    if std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut bytes))
        .is_err()
    {
        // No /dev/urandom (Windows): the standard library's random hasher
        // keys, mixed with the time and process.
        use std::hash::{BuildHasher, Hasher};
        for chunk in bytes.chunks_mut(8) {
            let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
            hasher.write_u128(
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map(|d| d.as_nanos())
                    .unwrap_or(0),
            );
            hasher.write_u32(std::process::id());
            chunk.copy_from_slice(&hasher.finish().to_le_bytes()[..chunk.len()]);
        }
    }
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A submitted form's fields.
pub struct Form(pub(crate) Vec<(String, String)>);

impl Form {
    fn get(&self, name: &str) -> Option<&String> {
        self.0
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value)
    }

    fn field(&self, name: &str) -> String {
        self.get(name).cloned().unwrap_or_default()
    }
}

/// The submitted form, or the status and reason it is refused: over
/// `MAX_FORM_BYTES` (413: nothing of it is used), or not UTF-8 (400).
fn read_form(request: &mut tiny_http::Request) -> Result<Form, (u16, String)> {
    let too_large = || {
        (
            413,
            format!(
                "refused: the form is larger than {} MB, and nothing was saved; save the page in parts",
                MAX_FORM_BYTES / (1024 * 1024)
            ),
        )
    };
    if request
        .body_length()
        .is_some_and(|length| length as u64 > MAX_FORM_BYTES)
    {
        return Err(too_large());
    }
    let mut bytes = Vec::new();
    request
        .as_reader()
        .take(MAX_FORM_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|_| (400, "the form could not be read".to_string()))?;
    if bytes.len() as u64 > MAX_FORM_BYTES {
        return Err(too_large());
    }
    parse_form(&bytes).ok_or((400, "the form is not UTF-8 text".to_string()))
}

/// `a=1&b=x+y%21` as fields; `None` if it, or what an escape stands
/// for, is not UTF-8 text (never saved with a character replaced).
pub fn parse_form(bytes: &[u8]) -> Option<Form> {
    let body = std::str::from_utf8(bytes).ok()?;
    let decode = |text: &str| {
        String::from_utf8(super::serve::percent_decode_bytes(&text.replace('+', " "))).ok()
    };
    body.split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            Some((decode(key)?, decode(value)?))
        })
        .collect::<Option<Vec<_>>>()
        .map(Form)
}

/// The workbench's stylesheet, served at `/__udha/review.css`.
pub const STYLE: &str = "body{margin:0;font:1.0625rem/1.6 system-ui,sans-serif;color:#1a1a1a}main{max-inline-size:72rem;margin:auto;padding:1rem}\
table.sides{border-collapse:collapse;inline-size:100%}.sides td,.sides th{border:1px solid #d0d0d0;padding:.5rem;vertical-align:top;inline-size:50%;white-space:pre-wrap}\
.changed{background:#fff4e5}.changed-label{display:block;color:#8a3c00}.notice{background:#eef5fc;padding:.75rem}.problem{border:3px solid #b00020;padding:.75rem}\
.problem pre{white-space:pre-wrap}label{display:block;font-weight:700;margin-block-start:1rem}input,textarea{font:inherit;inline-size:100%;box-sizing:border-box;padding:.5rem;border:2px solid #555}\
button{font:inherit;min-block-size:2.75rem;padding-inline:1rem;margin-block:1rem;border:0;background:#0b5394;color:#fff}button:focus-visible,input:focus-visible,textarea:focus-visible,a:focus-visible{outline:3px solid #0b5394;outline-offset:2px}\
@media (max-width:40rem){.sides,.sides tbody,.sides tr,.sides td,.sides th{display:block;inline-size:auto}}";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_translations_get_a_review_link() {
        let translations = ["ar".to_string(), "fa".to_string()];
        assert_eq!(
            Workbench::link_for("ar/asylum/apply/index.html", &translations).as_deref(),
            Some("/__udha/review/ar/asylum/apply/")
        );
        assert_eq!(
            Workbench::link_for("ar/index.html", &translations).as_deref(),
            Some("/__udha/review/ar/")
        );
        assert_eq!(
            Workbench::link_for("en/asylum/apply/index.html", &translations),
            None
        );
        assert_eq!(
            Workbench::link_for("ar/asylum/apply/poster/index.html", &translations),
            None
        );
        assert_eq!(
            Workbench::link_for("ar/search/index.html", &translations),
            None
        );
    }

    #[test]
    fn paragraphs_are_blank_line_separated_blocks() {
        assert_eq!(
            paragraphs("One\nline.\n\n\nTwo.\r\n\r\n## Three\n"),
            ["One\nline.", "Two.", "## Three"]
        );
    }

    #[test]
    fn forms_decode_whole_or_not_at_all() {
        let form = parse_form("a=1&body=%D8%A7+b%21&empty=&flag".as_bytes()).unwrap();
        assert_eq!(
            (
                form.field("a"),
                form.field("body"),
                form.field("empty"),
                form.field("flag")
            ),
            ("1".into(), "ا b!".into(), String::new(), String::new())
        );
        assert!(
            parse_form(b"body=%FF%FE").is_none(),
            "an escape that is not UTF-8 is refused, not replaced"
        );
        assert!(parse_form(b"body=\xff").is_none());
        assert_eq!(parse_form(b"x=100%").unwrap().field("x"), "100%");
    }

    #[test]
    fn tokens_are_random_hex() {
        let (a, b) = (session_token(), session_token());
        assert_eq!(a.len(), 32);
        assert_ne!(a, b);
    }
}
