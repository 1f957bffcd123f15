//! `udha init [DIR]`: writes a new site that builds, checks and serves at
//! once: `site.toml` on the built-in theme `udha` with the languages asked
//! for (as the theme's `languages.toml` describes them), a home page and
//! one page in the source language, each language's site UI strings, a
//! README of what to edit next and a `.gitignore`.
//!
//! It writes only new files: when any of them exists, or a write fails,
//! nothing is left behind and it says so. It reads nothing of an existing
//! site.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::diagnostic::Diagnostic;
use crate::load::config::CONFIG_FILE;
use crate::load::theme;

/// The theme a new site starts from.
const THEME: &str = "udha";

/// The starter's texts, with `{title}`, `{code}`, `{source}` and
/// `{languages}` put in.
const HOME: &str = include_str!("starter/home.md");
const ABOUT: &str = include_str!("starter/about.md");
const SITE_STRINGS: &str = include_str!("starter/site.ftl");
const README: &str = include_str!("starter/README.md");

/// One language of the theme's `languages.toml`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct KnownLanguage {
    code: String,
    tag: String,
    name: String,
    direction: String,
    #[serde(default)]
    digits: Option<String>,
    #[serde(default)]
    calendar: Option<String>,
}

#[derive(Deserialize)]
struct KnownLanguages {
    languages: Vec<KnownLanguage>,
}

/// Writes a new site into `dir` in `languages` (the first is the source
/// language), named `title` (or after the folder); the files written.
pub fn init(dir: &Path, languages: &[String], title: Option<&str>) -> Result<Vec<PathBuf>, Diagnostic> {
    let known = known_languages()?;
    let chosen = choose(&known, languages)?;
    let title = match title {
        Some(title) => title.trim().to_string(),
        None => default_title(dir),
    };
    if title.is_empty() || title.contains(['{', '}', '\n', '"', '\\']) {
        return Err(Diagnostic::new(dir, format!("`{title}` cannot be the site's title"))
            .with_help("give a title without { } \" or \\ with --title \"My site\""));
    }
    if dir.join(CONFIG_FILE).exists() {
        return Err(Diagnostic::new(
            dir.join(CONFIG_FILE),
            "there is a site here already; udha init writes only new sites",
        )
        .with_help("choose an empty or new folder: udha init my-site"));
    }
    let files = starter_files(&chosen, &title);
    if let Some((existing, _)) = files.iter().find(|(path, _)| dir.join(path).exists()) {
        return Err(Diagnostic::new(
            dir.join(existing),
            "this file exists; udha init does not overwrite it, and wrote nothing",
        )
        .with_help("choose an empty or new folder: udha init my-site"));
    }
    write_all(dir, &files)
}

/// The built-in theme's languages.
fn known_languages() -> Result<Vec<KnownLanguage>, Diagnostic> {
    let path = format!("{THEME}/languages.toml");
    let text = theme::built_in_file(&path)
        .and_then(|bytes| std::str::from_utf8(bytes).ok())
        .ok_or_else(|| Diagnostic::new(&path, "udha was built without its theme's language list"))?;
    toml::from_str::<KnownLanguages>(text)
        .map(|list| list.languages)
        .map_err(|err| Diagnostic::new(&path, err.message().to_string()))
}

/// `languages` as the theme knows them, in the order given.
fn choose<'a>(known: &'a [KnownLanguage], languages: &[String]) -> Result<Vec<&'a KnownLanguage>, Diagnostic> {
    let codes = || known.iter().map(|l| l.code.as_str()).collect::<Vec<_>>().join(", ");
    let mut chosen: Vec<&KnownLanguage> = Vec::new();
    for code in languages.iter().map(|code| code.trim()) {
        let Some(language) = known.iter().find(|l| l.code == code) else {
            return Err(Diagnostic::new("--languages", format!("udha init does not know the language `{code}`"))
                .with_help(format!("choose from {}; another language can be added to site.toml by hand afterwards (docs/settings.md) with its UI strings in locales/<code>/", codes())));
        };
        if chosen.iter().any(|l| l.code == code) {
            return Err(Diagnostic::new("--languages", format!("`{code}` is listed twice"))
                .with_help("list each language once, the source language first"));
        }
        chosen.push(language);
    }
    if chosen.is_empty() {
        return Err(Diagnostic::new("--languages", "no language is given")
            .with_help(format!("list the languages, the source language first: --languages en,de (known: {})", codes())));
    }
    Ok(chosen)
}

/// The folder's name, as a title: `my-site` → `My site`.
fn default_title(dir: &Path) -> String {
    let name = std::path::absolute(dir)
        .ok()
        .and_then(|dir| dir.file_name().map(|n| n.to_string_lossy().into_owned()))
        .unwrap_or_default()
        .replace(['-', '_'], " ");
    let mut chars = name.trim().chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => "My site".to_string(),
    }
}

/// Every file of the new site, by its path under the site's folder.
fn starter_files(languages: &[&KnownLanguage], title: &str) -> Vec<(PathBuf, String)> {
    let source = &languages[0].code;
    let names: Vec<&str> = languages.iter().map(|l| l.name.as_str()).collect();
    let fill = |text: &str, code: &str| {
        text.replace("{title}", title)
            .replace("{code}", code)
            .replace("{source}", source)
            .replace("{languages}", &names.join(", "))
    };
    let mut files = vec![
        (PathBuf::from(CONFIG_FILE), site_settings(languages, title)),
        (PathBuf::from("content").join(format!("_index.{source}.md")), fill(HOME, source)),
        (PathBuf::from("content").join(format!("about.{source}.md")), fill(ABOUT, source)),
        (PathBuf::from("README.md"), fill(README, source)),
        (PathBuf::from(".gitignore"), "public/\n.udha-cache/\n".to_string()),
    ];
    files.extend(languages.iter().map(|language| {
        (
            PathBuf::from("locales").join(&language.code).join("site.ftl"),
            fill(SITE_STRINGS, &language.code),
        )
    }));
    files
}

/// `site.toml`: the languages, the theme, and the portal-sized features
/// off, each said what turning it on adds.
fn site_settings(languages: &[&KnownLanguage], title: &str) -> String {
    let source = &languages[0].code;
    // Readers of a language without a translation see English first, if
    // the site has it, then the source language.
    let via_english = source != "en" && languages.iter().any(|l| l.code == "en");
    let mut text = format!(
        "# This site's settings; docs/settings.md in udha explains every one.\n\
         title = \"{title}\"\n\
         # The address the site will be published at; under a path works too:\n\
         # \"https://example.org/info/\".\n\
         base_url = \"https://example.org\"\n\
         # The language pages are written in first.\n\
         source_language = \"{source}\"\n\
         # Templates, stylesheet, scripts and UI strings come from udha's built-in\n\
         # theme; a file of the same name in this site's templates/, static/ or\n\
         # locales/<language>/ takes the place of the theme's.\n\
         theme = \"{THEME}\"\n"
    );
    for language in languages {
        text.push_str(&format!(
            "\n[[languages]]\ncode = \"{}\"\ntag = \"{}\"\nname = \"{}\"\ndirection = \"{}\"\n",
            language.code, language.tag, language.name, language.direction
        ));
        if let Some(digits) = &language.digits {
            text.push_str(&format!("digits = \"{digits}\"\n"));
        }
        if let Some(calendar) = &language.calendar {
            text.push_str(&format!("calendar = \"{calendar}\"\n"));
        }
        if via_english && language.code != *source && language.code != "en" {
            text.push_str("fallback = [\"en\"]\n");
        }
    }
    text.push_str(
        "\n# Emergency numbers every page shows first, to tap, each named by a UI\n\
         # string of locales/<language>/site.ftl (`emergency-110 = Police`):\n\
         # [[emergency]]\n\
         # number = \"110\"\n\
         # label = \"emergency-110\"\n\
         \n\
         # What udha adds besides the pages; docs/settings.md says what each needs.\n\
         [features]\n\
         # A page number in every page (`code = 11`) and short links /11/.\n\
         short_codes = false\n\
         # A printable poster with a QR code for every page (needs short_codes).\n\
         posters = false\n\
         # A directory of every page for a helpline's staff (needs short_codes).\n\
         directory = false\n\
         # A public page of which translation is missing, outdated or checked.\n\
         status_page = false\n\
         # The whole site in one file per language, to pass on.\n\
         editions = false\n\
         # A search page per language, also offline.\n\
         search = true\n\
         # Every phone number and e-mail address checked against sources/.\n\
         register = false\n\
         # The translation review workbench in `udha serve`.\n\
         review = true\n",
    );
    text
}

/// Writes `files` under `dir`, each new; on a failure removes what it
/// wrote, so the folder is as it was.
fn write_all(dir: &Path, files: &[(PathBuf, String)]) -> Result<Vec<PathBuf>, Diagnostic> {
    let mut created_dirs: Vec<PathBuf> = Vec::new();
    let mut written: Vec<PathBuf> = Vec::new();
    let result = files.iter().try_for_each(|(relative, text)| {
        let path = dir.join(relative);
        if let Some(parent) = path.parent() {
            let mut missing: Vec<PathBuf> = parent
                .ancestors()
                .take_while(|ancestor| !ancestor.as_os_str().is_empty() && !ancestor.exists())
                .map(Path::to_path_buf)
                .collect();
            std::fs::create_dir_all(parent).map_err(|err| Diagnostic::io(parent, &err))?;
            missing.reverse();
            created_dirs.extend(missing);
        }
        use std::io::Write;
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
            .map_err(|err| Diagnostic::io(&path, &err))?;
        written.push(path.clone());
        file.write_all(text.as_bytes())
            .and_then(|()| file.sync_all())
            .map_err(|err| Diagnostic::io(&path, &err))
    });
    match result {
        Ok(()) => Ok(written),
        Err(problem) => {
            for path in &written {
                let _ = std::fs::remove_file(path);
            }
            for created in created_dirs.iter().rev() {
                let _ = std::fs::remove_dir(created);
            }
            Err(problem.with_help("nothing was written: fix this and run udha init again"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::config::Config;

    #[test]
    fn every_language_the_theme_lists_has_its_ui_strings_and_makes_valid_settings() {
        let known = known_languages().unwrap();
        assert!(known.len() >= 5);
        for language in &known {
            assert!(
                theme::built_in_file(&format!("{THEME}/locales/{}/theme.ftl", language.code)).is_some(),
                "{} has no theme.ftl",
                language.code
            );
        }
        let all: Vec<&KnownLanguage> = known.iter().collect();
        let text = site_settings(&all, "Test");
        let config = Config::parse(&text, Path::new("site.toml")).unwrap();
        assert_eq!(config.languages.len(), known.len());
        assert!(!config.features.short_codes && config.features.search);
    }

    #[test]
    fn languages_it_does_not_know_or_twice_are_refused() {
        let known = known_languages().unwrap();
        let err = choose(&known, &["en".into(), "xx".into()]).err().unwrap();
        assert!(err.message.contains("`xx`") && err.help.unwrap().contains("de"), "{}", err.message);
        assert!(choose(&known, &["en".into(), "en".into()]).is_err());
        assert!(choose(&known, &[]).is_err());
    }

    #[test]
    fn other_languages_fall_back_through_english_when_the_site_has_it() {
        let known = known_languages().unwrap();
        let chosen = choose(&known, &["de".into(), "uk".into(), "fa".into(), "en".into()]).unwrap();
        let config = Config::parse(&site_settings(&chosen, "T"), Path::new("site.toml")).unwrap();
        let uk = config.language("uk").unwrap();
        let chain: Vec<&str> = config.chain(uk).iter().map(|l| l.code.as_str()).collect();
        assert_eq!(chain, ["uk", "en", "de"]);
        assert_eq!(config.language("fa").unwrap().digits.write("12"), "۱۲");
    }

    #[test]
    fn the_title_comes_from_the_folder() {
        assert_eq!(default_title(Path::new("/tmp/newcomers-info")), "Newcomers info");
    }
}
