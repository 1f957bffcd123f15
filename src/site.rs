//! The validated site: every page with its files, code, place in the tree
//! and URL in every language, checked as a whole.
//!
//! It takes what `content` loaded and answers the questions rendering asks
//! (which file shows page P in language L, what is P's URL, where does
//! `@/x` point). It reads no files and renders nothing.

use std::collections::{BTreeMap, HashMap, HashSet};

use crate::config::{Config, Language};
use crate::content::{PageFiles, PageKind, SourceFile};
use crate::diagnostic::{closest, Diagnostic, Diagnostics};
use crate::markdown::{self, InternalLink};

/// One page, in all the languages it is written in.
#[derive(Debug)]
pub struct Page {
    pub id: String,
    pub kind: PageKind,
    pub code: u32,
    pub weight: i64,
    /// Written files by language code; always has the source language.
    pub files: BTreeMap<String, SourceFile>,
    /// Heading ids per language code, for `#anchor` links.
    anchors: HashMap<String, HashSet<String>>,
    /// Index of the section (or home) this page is in; `None` for home.
    pub parent: Option<usize>,
    /// Indexes of the pages in this section, in display order.
    pub children: Vec<usize>,
}

/// Which file shows a page in a language, and whether it is a stand-in.
pub struct Version<'a> {
    pub file: &'a SourceFile,
    /// True when the language has no translation and the source is shown.
    pub fallback: bool,
}

pub struct Site {
    pub config: Config,
    /// Sorted by page id; the home page is first.
    pub pages: Vec<Page>,
    by_id: HashMap<String, usize>,
}

impl Site {
    /// Checks the loaded pages as a whole: source files, codes, sections.
    pub fn new(config: Config, loaded: Vec<PageFiles>) -> Result<Site, Diagnostics> {
        let mut diagnostics = Diagnostics::default();
        let source = config.source_language.clone();
        let mut pages = Vec::new();
        let mut codes: HashMap<u32, std::path::PathBuf> = HashMap::new();

        for mut loaded in loaded {
            loaded.files.retain(|_, file| !file.front.draft);
            let Some(source_file) = loaded.files.get(&source) else {
                for file in loaded.files.values() {
                    diagnostics.push(Diagnostic::new(&file.path, format!("the page `{}` has no {source} file, so there is nothing to translate from", display_id(&loaded.id)))
                        .with_help(format!("write the source page {} first", expected_path(&loaded.id, loaded.kind, &source))));
                }
                continue;
            };
            let Some(code) = source_file.front.code else {
                diagnostics.push(Diagnostic::new(&source_file.path, "this page has no code").at_line(1)
                    .with_help("add a line `code = N` to the front matter, with a number no other page uses; `udha check` lists the codes in use"));
                continue;
            };
            for file in loaded.files.values() {
                if let Some(other) = file.front.code.filter(|&c| c != code) {
                    diagnostics.push(Diagnostic::new(&file.path, format!("code = {other} here, but the {source} file says code = {code}"))
                        .with_help(format!("a page has one code in every language: write code = {code} or remove the line")));
                }
            }
            if let Some(first) = codes.get(&code) {
                diagnostics.push(Diagnostic::new(&source_file.path, format!("code {code} is already the code of {}", first.display()))
                    .with_help("every page needs its own code: choose a number no other page uses"));
            } else {
                codes.insert(code, source_file.path.clone());
            }
            let weight = source_file.front.weight;
            let anchors = loaded.files.iter().map(|(lang, file)| (lang.clone(), markdown::heading_ids(&file.body).into_iter().collect())).collect();
            pages.push(Page { id: loaded.id, kind: loaded.kind, code, weight, files: loaded.files, anchors, parent: None, children: Vec::new() });
        }

        let by_id: HashMap<String, usize> = pages.iter().enumerate().map(|(i, p)| (p.id.clone(), i)).collect();
        if !by_id.contains_key("") && !pages.is_empty() {
            diagnostics.push(Diagnostic::new(expected_path("", PageKind::Home, &source), "the site has no home page")
                .with_help("create this file: it is the home page of every language"));
        }
        for index in 0..pages.len() {
            if pages[index].kind == PageKind::Home {
                continue;
            }
            let parent_id = pages[index].id.rsplit_once('/').map(|(parent, _)| parent).unwrap_or("");
            match by_id.get(parent_id) {
                Some(&parent) => pages[index].parent = Some(parent),
                None => {
                    if let Some(file) = pages[index].files.get(&source) {
                        diagnostics.push(Diagnostic::new(&file.path, format!("the section `{parent_id}` has no section page"))
                            .with_help(format!("create {} with the section's title and code", expected_path(parent_id, PageKind::Section, &source))));
                    }
                }
            }
        }
        for index in 0..pages.len() {
            if let Some(parent) = pages[index].parent {
                pages[parent].children.push(index);
            }
        }
        for page in 0..pages.len() {
            let mut children = std::mem::take(&mut pages[page].children);
            children.sort_by(|&a, &b| {
                let key = |i: usize| (pages[i].weight, pages[i].files[&source].front.title.clone(), pages[i].id.clone());
                key(a).cmp(&key(b))
            });
            pages[page].children = children;
        }
        diagnostics.into_result(Site { config, pages, by_id })
    }

    pub fn home(&self) -> Option<&Page> {
        self.by_id.get("").map(|&i| &self.pages[i])
    }

    /// The file that shows `page` in `language`: its own translation, or
    /// the source file when there is none yet.
    pub fn version<'a>(&self, page: &'a Page, language: &Language) -> Version<'a> {
        match page.files.get(language.content_code()) {
            Some(file) => Version { file, fallback: false },
            None => Version { file: &page.files[&self.config.source_language], fallback: true },
        }
    }

    /// The page's title in `language` (transliterated for Serbian Latin).
    pub fn title(&self, page: &Page, language: &Language) -> String {
        script_of(language).apply(&self.version(page, language).file.front.title)
    }

    /// `/ar/asylum/apply/`
    pub fn url(&self, page: &Page, language: &Language) -> String {
        if page.id.is_empty() { format!("/{}/", language.code) } else { format!("/{}/{}/", language.code, page.id) }
    }

    /// Where `@/page#anchor` points for a reader of `language`.
    pub fn resolve(&self, language: &Language, link: &InternalLink) -> Result<String, String> {
        let Some(&index) = self.by_id.get(link.page) else {
            let hint = self.closest_id(link.page).map(|id| format!(" (did you mean @/{id}?)")).unwrap_or_default();
            return Err(format!("there is no page @/{}{hint}", link.page));
        };
        let page = &self.pages[index];
        if let Some(anchor) = link.anchor {
            let version = self.version(page, language);
            let has = page.anchors.get(&version.file.lang).is_some_and(|ids| ids.contains(anchor));
            if !has {
                return Err(format!("the page @/{} has no heading with the id `{anchor}` in {}", link.page, version.file.path.display()));
            }
        }
        Ok(self.url(page, language))
    }

    fn closest_id(&self, wanted: &str) -> Option<&str> {
        closest(wanted, self.pages.iter().map(|p| p.id.as_str()))
    }
}

pub fn script_of(language: &Language) -> markdown::Script {
    if language.is_transliterated() { markdown::Script::SerbianLatin } else { markdown::Script::AsWritten }
}

fn display_id(id: &str) -> &str {
    if id.is_empty() { "home" } else { id }
}

fn expected_path(id: &str, kind: PageKind, lang: &str) -> String {
    match kind {
        PageKind::Home => format!("content/_index.{lang}.md"),
        PageKind::Section => format!("content/{id}/_index.{lang}.md"),
        PageKind::Leaf => format!("content/{id}.{lang}.md"),
    }
}
