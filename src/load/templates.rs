//! Tera templates: reads and parses `templates/**/*.html` once (on top of
//! the theme's, `load::theme`), checks the
//! required ones are there, and gives templates the published names and
//! text of static files (`asset()`, `asset_text()`).
//!
//! It owns template loading and template errors. Each language's copy with
//! `t()` and `text` is made by `render::templates`; what goes into a
//! template's context is decided by `render`.

use std::path::{Path, PathBuf};

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::load::config::{Config, Features};
use crate::load::{site_files, theme};

pub const TEMPLATES_DIR: &str = "templates";

/// The templates a site with `features` must have, and what each renders.
pub fn required(features: &Features) -> Vec<(&'static str, &'static str)> {
    let mut required = vec![
        (
            "chooser.html",
            "the language chooser at / and the site-wide /404.html",
        ),
        ("home.html", "each language's home page"),
        ("section.html", "a section page that lists its pages"),
        ("page.html", "a content page"),
        ("404.html", "each language's page-not-found page"),
    ];
    for (on, template) in [
        (
            features.short_codes,
            ("code.html", "the short-code page /<code>/"),
        ),
        (
            features.directory,
            (
                "directory.html",
                "the info-line's directory of every page at /directory/",
            ),
        ),
        (
            features.posters,
            ("poster.html", "the printable poster at <page URL>/poster/"),
        ),
        (
            features.status_page,
            (
                "status.html",
                "the editors' translation status report at /status/",
            ),
        ),
        (
            features.search,
            ("search.html", "each language's search page /<lang>/search/"),
        ),
    ] {
        if on {
            required.push(template);
        }
    }
    required
}

pub struct Templates {
    pub(crate) tera: tera::Tera,
    pub(crate) dir: PathBuf,
}

impl Templates {
    /// The site's `templates/`, each in the place of the theme's template
    /// of the same name.
    pub fn load(root: &Path, config: &Config) -> Result<Templates, Diagnostics> {
        let dir = root.join(TEMPLATES_DIR);
        let mut diagnostics = Diagnostics::default();
        // (name, where it is, text), the site's own after the theme's.
        let mut sources: Vec<(String, PathBuf, String)> = Vec::new();
        for file in theme::files(root, config, TEMPLATES_DIR)?
            .into_iter()
            .filter(|f| f.name.ends_with(".html"))
        {
            match theme::text(file) {
                Ok(source) => sources.push(source),
                Err(diagnostic) => diagnostics.push(diagnostic),
            }
        }
        for entry in site_files::walk(root, &dir)? {
            let path = entry.path();
            if entry.path_is_symlink() {
                diagnostics.push(site_files::symlink_refused(path));
                continue;
            }
            if !entry.file_type().is_file() || path.extension().is_none_or(|x| x != "html") {
                continue;
            }
            let name = path
                .strip_prefix(&dir)
                .unwrap_or(path)
                .to_string_lossy()
                .replace('\\', "/");
            match site_files::read_text(root, path) {
                Ok(text) => {
                    sources.retain(|(theirs, _, _)| theirs != &name);
                    sources.push((name, path.to_path_buf(), text));
                }
                Err(diagnostic) => diagnostics.push(diagnostic),
            }
        }
        let mut tera = tera::Tera::default();
        tera.autoescape_on(vec![".html", ".xml"]);
        // Tera's own get_env() would publish the build machine's
        // environment (a CI secret, say): templates see only the site.
        tera.register_function("get_env", |_: &std::collections::HashMap<String, tera::Value>| {
            Err(tera::Error::msg("templates cannot read the environment: put the value in site.toml or the UI strings"))
        });
        if let Err(err) = tera.add_raw_templates(
            sources
                .iter()
                .map(|(name, _, text)| (name.as_str(), text.as_str())),
        ) {
            // Tera names the template at fault in quotes; point at its file.
            let chain = error_chain(&err);
            let culprit = sources
                .iter()
                .find(|(name, _, _)| chain.contains(&format!("'{name}'")));
            let path = culprit
                .map(|(_, path, _)| path.clone())
                .unwrap_or_else(|| dir.clone());
            diagnostics.push(template_diagnostic(&path, &err));
        }
        for (name, what) in required(&config.features) {
            if !sources.iter().any(|(n, _, _)| n == name) {
                diagnostics.push(Diagnostic::new(dir.join(name), format!("this template is missing; it renders {what}")).with_help("add it to templates/, or start from a theme: theme = \"udha\" in site.toml"));
            }
        }
        diagnostics.into_result(Templates { tera, dir })
    }

    /// Makes `asset(path="style.css")` give the published URL of a static
    /// file (`/style.3f2a….css`, under the site's path), and `asset_text(path="style.css")` its
    /// text, to inline in a file that must stand alone (the one-file
    /// edition); `published` maps names to their URLs, `texts` the
    /// stylesheets' names to their text.
    pub fn set_assets(
        &mut self,
        published: std::collections::HashMap<String, String>,
        texts: std::collections::HashMap<String, String>,
    ) {
        self.tera.register_function(
            "asset_text",
            move |args: &std::collections::HashMap<String, tera::Value>| {
                let name = args
                    .get("path")
                    .and_then(tera::Value::as_str)
                    .ok_or_else(|| {
                        tera::Error::msg("asset_text() needs path=\"stylesheet under static/\"")
                    })?;
                texts
                    .get(name.trim_start_matches('/'))
                    .map(|text| tera::Value::String(text.clone()))
                    .ok_or_else(|| {
                        tera::Error::msg(format!(
                            "asset_text(path=\"{name}\"): there is no stylesheet static/{name}"
                        ))
                    })
            },
        );
        self.tera.register_function(
            "asset",
            move |args: &std::collections::HashMap<String, tera::Value>| {
                let name = args
                    .get("path")
                    .and_then(tera::Value::as_str)
                    .ok_or_else(|| tera::Error::msg("asset() needs path=\"file under static/\""))?;
                published
                    .get(name.trim_start_matches('/'))
                    .map(|url| tera::Value::String(url.clone()))
                    .ok_or_else(|| {
                        tera::Error::msg(format!(
                            "asset(path=\"{name}\"): there is no static/{name}"
                        ))
                    })
            },
        );
    }
}

/// A Tera error as a diagnostic, with the line Tera's parser reports.
pub(crate) fn template_diagnostic(path: &Path, err: &tera::Error) -> Diagnostic {
    let chain = error_chain(err);
    // Tera's parse errors come as a multi-line picture of their own; keep
    // its first line and what it expected, and let udha show the line.
    let summary = match chain.split_once(" --> ") {
        Some((head, rest)) => {
            let expected = rest
                .lines()
                .map(str::trim)
                .find_map(|l| l.strip_prefix("= "))
                .unwrap_or_default();
            format!("{} {expected}", head.trim_end().trim_end_matches(':'))
                .trim_end()
                .to_string()
        }
        None => chain.clone(),
    };
    let mut diagnostic = Diagnostic::new(path, format!("template error: {summary}"))
        .with_help("fix the template; a missing message means adding it to locales/<lang>/*.ftl");
    if let Some((line, column)) = parser_position(&chain) {
        diagnostic = diagnostic.at(line, column);
    }
    diagnostic
}

fn error_chain(err: &tera::Error) -> String {
    let mut text = err.to_string();
    let mut source = std::error::Error::source(err);
    while let Some(inner) = source {
        text.push_str(": ");
        text.push_str(&inner.to_string());
        source = inner.source();
    }
    text
}

/// Tera's parser writes positions as ` --> 3:14`.
fn parser_position(message: &str) -> Option<(usize, usize)> {
    let after = &message[message.find("--> ")? + 4..];
    let (line, rest) = after.split_once(':')?;
    let column: String = rest.chars().take_while(char::is_ascii_digit).collect();
    Some((line.trim().parse().ok()?, column.parse().ok()?))
}

#[cfg(test)]
mod tests {
    use super::parser_position;

    #[test]
    fn finds_the_position_in_tera_parse_errors() {
        assert_eq!(
            parser_position("Failed to parse\n --> 3:14\n  |"),
            Some((3, 14))
        );
        assert_eq!(parser_position("no position"), None);
    }
}
