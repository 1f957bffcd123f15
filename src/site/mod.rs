//! Stage 2, the site model: every page with its files, code, place in the
//! tree and URL in every language, checked as a whole.
//!
//! It receives what `load` read (config, content files, the source
//! register) and hands `render` a `Site` that answers the questions
//! rendering asks: which file shows page P in language L, what is P's URL,
//! where does `@/x` point. Here too: the outline of each page's Markdown
//! (heading ids, link targets), the facts pages state against the register
//! (`facts`), translation status (`status`) and the names udha keeps for
//! itself (`reserved`). It must not read files or render anything.

use std::collections::{BTreeMap, HashMap, HashSet};

use crate::diagnostic::{Diagnostic, Diagnostics, closest};
use crate::load::config::{Config, Language};
use crate::load::content::{Dates, PageFiles, PageKind, SortBy, SourceFile};
use crate::load::contacts::Contacts;
use crate::load::images::Images;
use crate::load::sources::Register;
use crate::load::terms::Terms;
use crate::script::transliterate::Script;

pub mod facts;
pub mod ledger;
pub mod notices;
pub mod outline;
pub mod reserved;
pub mod status;

use outline::{InternalLink, Outline};

/// One page, in all the languages it is written in.
#[derive(Debug)]
pub struct Page {
    pub id: String,
    pub kind: PageKind,
    pub code: u32,
    pub weight: i64,
    /// `date`, `updated` and `expires` of the source file.
    pub dates: Dates,
    /// The notices section (`[notices]` in site.toml) or one of its pages.
    pub notice: bool,
    /// A notice shown on every page while it is current.
    pub urgent: bool,
    /// Written files by language code; always has the source language.
    pub files: BTreeMap<String, SourceFile>,
    /// Heading ids and link targets per language code.
    outlines: HashMap<String, Outline>,
    /// Index of the section (or home) this page is in; `None` for home.
    pub parent: Option<usize>,
    /// Indexes of the pages in this section, in display order.
    pub children: Vec<usize>,
}

/// What an edit to one page changes in the rendered site.
#[derive(Debug, PartialEq, Eq)]
pub struct Affected {
    /// Pages to render again (in every language): the page, pages that
    /// link to it, its section and the section's pages when what they list
    /// of it changed, and its children when its title changed.
    pub pages: Vec<usize>,
    /// A title in the navigation changed: every page shows it.
    pub everything: bool,
    /// Something the staff pages show changed (title, description, code,
    /// translation status, review date): render them again too.
    pub lists: bool,
}

/// Which file shows a page in a language, and whether it is a stand-in.
pub struct Version<'a> {
    pub file: &'a SourceFile,
    /// True when the language has no translation and another is shown.
    pub fallback: bool,
    /// The language the file is in: the reader's, or the fallback shown.
    pub language: &'a Language,
}

pub struct Site {
    pub config: Config,
    /// The documents pages cite, and the facts taken from them.
    pub register: Register,
    /// Every page number ever given (`codes.toml`), and what became of the
    /// pages that no longer have theirs.
    pub numbers: ledger::Numbers,
    /// Sorted by page id; the home page is first.
    pub pages: Vec<Page>,
    by_id: HashMap<String, usize>,
    /// The day of the build: notices whose `expires` is before it are
    /// archived.
    pub today: time::Date,
    /// The images pages may show (set with what rendering needs).
    pub images: Images,
    /// The contacts of `data/contacts.toml`, which contact cards name.
    pub contacts: Contacts,
    /// The term register (`terms/`).
    pub terms: Terms,
}

impl Site {
    /// Checks the loaded pages as a whole: source files, codes, sections.
    pub fn new(
        config: Config,
        register: Register,
        ledger: crate::load::ledger::Ledger,
        loaded: Vec<PageFiles>,
        contacts: Contacts,
        terms: Terms,
        today: time::Date,
    ) -> Result<Site, Diagnostics> {
        let mut diagnostics = Diagnostics::default();
        let source = config.source_language.clone();
        let mut pages = Vec::new();
        let mut codes: HashMap<u32, std::path::PathBuf> = HashMap::new();
        // Pages already reported: problems that follow from theirs (a
        // section "missing" because its page has an error) are not
        // reported again.
        let mut failed: HashSet<String> = HashSet::new();
        for language in &config.languages {
            if let Some((message, help)) = reserved::language_code_problem(&language.code) {
                diagnostics.push(
                    Diagnostic::new(&config.file, message)
                        .at_line(language.line)
                        .with_help(help),
                );
            }
        }

        for loaded in loaded {
            let id = loaded.id.clone();
            if let Some((message, help)) = reserved::page_id_problem(&id) {
                loaded.files.values().for_each(|file| {
                    diagnostics
                        .push(Diagnostic::new(&file.path, message.clone()).with_help(help.clone()))
                });
                failed.insert(id);
                continue;
            }
            let page = match build_page(loaded, &source, config.features.short_codes) {
                Ok(Some(page)) => page,
                Ok(None) => continue,
                Err(errors) => {
                    errors.into_iter().for_each(|d| diagnostics.push(d));
                    failed.insert(id);
                    continue;
                }
            };
            unknown_citations(&register, &page)
                .into_iter()
                .for_each(|d| diagnostics.push(d));
            let path = &page.files[&source].path;
            if config.features.short_codes {
                match codes.get(&page.code) {
                    Some(first) => diagnostics.push(duplicate_code(path, page.code, first)),
                    None => {
                        codes.insert(page.code, path.clone());
                    }
                }
            }
            pages.push(page);
        }

        let by_id: HashMap<String, usize> = pages
            .iter()
            .enumerate()
            .map(|(i, p)| (p.id.clone(), i))
            .collect();
        if !by_id.contains_key("") && !failed.contains("") && !pages.is_empty() {
            diagnostics.push(
                Diagnostic::new(
                    expected_path("", PageKind::Home, &source),
                    "the site has no home page",
                )
                .with_help("create this file: it is the home page of every language"),
            );
        }
        for index in 0..pages.len() {
            if pages[index].kind == PageKind::Home {
                continue;
            }
            let parent_id = pages[index]
                .id
                .rsplit_once('/')
                .map(|(parent, _)| parent)
                .unwrap_or("");
            match by_id.get(parent_id) {
                Some(&parent) if pages[parent].kind == PageKind::Leaf => {
                    if let Some(file) = pages[parent].files.get(&source) {
                        diagnostics.push(Diagnostic::new(&file.path, format!("the page `{parent_id}` has pages under it, so it must be a section"))
                            .with_help(format!("move it to {}", expected_path(parent_id, PageKind::Section, &source))));
                    }
                }
                Some(&parent) => pages[index].parent = Some(parent),
                None if failed.contains(parent_id) => {}
                None => {
                    if let Some(file) = pages[index].files.get(&source) {
                        diagnostics.push(
                            Diagnostic::new(
                                &file.path,
                                format!("the section `{parent_id}` has no section page"),
                            )
                            .with_help(format!(
                                "create {} with the section's title and code",
                                expected_path(parent_id, PageKind::Section, &source)
                            )),
                        );
                    }
                }
            }
        }
        for index in 0..pages.len() {
            if let Some(parent) = pages[index].parent {
                pages[parent].children.push(index);
            }
        }
        let numbered: Vec<ledger::Numbered> = pages
            .iter()
            .enumerate()
            .filter_map(|(index, page)| {
                page.files.get(&source).map(|file| ledger::Numbered {
                    index,
                    id: &page.id,
                    code: page.code,
                    file: &file.path,
                    aliases: &file.front.aliases,
                })
            })
            .collect();
        let (numbers, problems) = ledger::check(&numbered, ledger, config.features.short_codes);
        problems.into_iter().for_each(|d| diagnostics.push(d));
        for (id, term) in &terms.0 {
            for source in term.sources.iter().filter(|s| !register.sources.contains_key(s.as_str())) {
                let help = register.closest_id(source).map_or_else(
                    || "cite the id of a file in sources/ that shows the official name".to_string(),
                    |known| format!("did you mean \"{known}\"?"),
                );
                diagnostics.push(
                    Diagnostic::new(&term.path, format!("the term `{id}` cites the source \"{source}\", which is not in the source register"))
                        .with_help(help),
                );
            }
        }
        // A section that is not there yet has no notices; `check` says so.
        let notice_section = config
            .notices
            .as_ref()
            .and_then(|notices| by_id.get(&notices.section).copied())
            .filter(|&index| pages[index].kind == PageKind::Section);
        for (index, page) in pages.iter_mut().enumerate() {
            page.notice = notice_section.is_some_and(|section| index == section || page.parent == Some(section));
            let notice = page.notice && page.kind == PageKind::Leaf;
            notices::check(&config, notice, &page.files)
                .into_iter()
                .for_each(|d| diagnostics.push(d));
        }
        let mut site = Site {
            config,
            register,
            numbers,
            pages,
            by_id,
            today,
            images: Images::default(),
            contacts,
            terms,
        };
        for page in 0..site.pages.len() {
            site.sort_children(page);
        }
        diagnostics.into_result(site)
    }

    fn sort_children(&mut self, page: usize) {
        let source = &self.config.source_language;
        let pages = &self.pages;
        let by_date = pages[page].notice
            || pages[page].files[source].front.sort_by == SortBy::Date;
        let mut children = pages[page].children.clone();
        children.sort_by(|&a, &b| {
            let key = |i: usize| {
                (
                    pages[i].weight,
                    &pages[i].files[source].front.title,
                    &pages[i].id,
                )
            };
            // Newest first; undated pages after the dated ones.
            let newest = |i: usize| std::cmp::Reverse(pages[i].dates.date);
            let dated = by_date.then(|| (pages[a].dates.date.is_none(), newest(a)).cmp(&(pages[b].dates.date.is_none(), newest(b))));
            dated.unwrap_or(std::cmp::Ordering::Equal).then_with(|| key(a).cmp(&key(b)))
        });
        self.pages[page].children = children;
    }

    /// Puts edited files of an existing page in place, for the live
    /// preview, and says which pages must be rendered again. `Ok(None)`
    /// when the edit changes the site's shape (a new, removed or moved
    /// page): then the whole site is loaded again.
    pub fn replace_page(&mut self, loaded: PageFiles) -> Result<Option<Affected>, Diagnostics> {
        let source = self.config.source_language.clone();
        let Some(&index) = self.by_id.get(&loaded.id) else {
            return Ok(None);
        };
        if self.pages[index].kind != loaded.kind {
            return Ok(None);
        }
        let short_codes = self.config.features.short_codes;
        let Some(mut page) = build_page(loaded, &source, short_codes).map_err(Diagnostics)? else {
            return Ok(None);
        };
        let unknown = unknown_citations(&self.register, &page);
        if !unknown.is_empty() {
            return Err(Diagnostics(unknown));
        }
        if let Some(other) = self
            .pages
            .iter()
            .enumerate()
            .find(|(i, p)| short_codes && *i != index && p.code == page.code)
        {
            return Err(duplicate_code(
                &page.files[&source].path,
                page.code,
                &other.1.files[&source].path,
            )
            .into());
        }
        let old = &self.pages[index];
        // What lists and navigation show of a page, in every language.
        let listed = |p: &Page| {
            p.files
                .iter()
                .map(|(lang, f)| {
                    (
                        lang.clone(),
                        f.front.title.clone(),
                        f.front.description.clone(),
                    )
                })
                .collect::<Vec<_>>()
        };
        // What the staff pages (directory, status, code page) show.
        let staff = |p: &Page| {
            p.files
                .iter()
                .map(|(lang, f)| {
                    (
                        lang.clone(),
                        f.front.translation,
                        f.reviewed,
                        f.front.source_hash.clone(),
                    )
                })
                .collect::<Vec<_>>()
        };
        let retitled = listed(old) != listed(&page);
        let reordered = old.weight != page.weight;
        let recoded = old.code != page.code;
        let staff_changed = retitled || recoded || staff(old) != staff(&page);
        // A notice shows on other pages, and dates order lists: the whole
        // site is made again.
        if old.notice || old.dates != page.dates || old.urgent != page.urgent {
            return Ok(None);
        }
        page.parent = old.parent;
        page.children = std::mem::take(&mut self.pages[index].children);
        self.pages[index] = page;
        if let Some(parent) = self.pages[index].parent.filter(|_| retitled || reordered) {
            self.sort_children(parent);
        }
        let page = &self.pages[index];
        let in_navigation = page.kind == PageKind::Home
            || (page.kind == PageKind::Section
                && page
                    .parent
                    .is_some_and(|p| self.pages[p].kind == PageKind::Home));
        // The page, and the pages that link to it (an anchor may be gone).
        // Its section lists its title, description and code, and the
        // section's other pages its title, in order: them too when those
        // changed.
        let mut pages: Vec<usize> = vec![index];
        if let Some(parent) = page.parent.filter(|_| retitled || reordered || recoded) {
            pages.push(parent);
            pages.extend(&self.pages[parent].children);
        }
        if retitled {
            // Breadcrumbs below it show its title.
            let mut below = page.children.clone();
            while let Some(child) = below.pop() {
                pages.push(child);
                below.extend(&self.pages[child].children);
            }
        }
        let id = &page.id;
        pages.extend(
            self.pages
                .iter()
                .enumerate()
                .filter(|(_, p)| p.outlines.values().any(|o| o.links.contains(id)))
                .map(|(i, _)| i),
        );
        pages.sort_unstable();
        pages.dedup();
        Ok(Some(Affected {
            pages,
            everything: (retitled || reordered) && in_navigation,
            lists: staff_changed,
        }))
    }

    /// The notices, newest first (empty without a notices section).
    pub fn notices(&self) -> &[usize] {
        self.notice_section().map_or(&[], |section| &section.children)
    }

    /// The section `[notices]` names, when the site has it.
    pub fn notice_section(&self) -> Option<&Page> {
        let notices = self.config.notices.as_ref()?;
        self.page(&notices.section).filter(|page| page.kind == PageKind::Section)
    }

    /// When `page` last changed for readers of `language`: its `updated`,
    /// else its `date`, else the day its file for them was reviewed.
    pub fn changed(&self, page: &Page, language: &Language) -> Option<time::Date> {
        page.dates.updated.or(page.dates.date).or(self.version(page, language).file.reviewed)
    }

    /// A notice not yet past its `expires` date on the day of the build.
    pub fn is_current(&self, page: &Page) -> bool {
        page.notice
            && page.kind == PageKind::Leaf
            && page.dates.expires.is_none_or(|last| last >= self.today)
    }

    /// A notice past its `expires` date: only in the section's archive.
    pub fn is_archived(&self, page: &Page) -> bool {
        page.notice && page.kind == PageKind::Leaf && !self.is_current(page)
    }

    /// The page with id `id`, if there is one.
    pub fn page(&self, id: &str) -> Option<&Page> {
        self.by_id.get(id).map(|&index| &self.pages[index])
    }

    pub fn home(&self) -> Option<&Page> {
        self.page("")
    }

    /// The file that shows `page` in `language`: its own translation, or
    /// the first of its fallback languages that has one (the source file
    /// last).
    pub fn version<'a>(&'a self, page: &'a Page, language: &'a Language) -> Version<'a> {
        let chain = self.config.chain(language);
        let found = chain.iter().find_map(|candidate| {
            page.files
                .get(&candidate.code)
                .map(|file| (file, *candidate))
        });
        match found {
            Some((file, shown)) => Version {
                file,
                fallback: shown.code != language.content_code(),
                language: shown,
            },
            None => Version {
                file: &page.files[&self.config.source_language],
                fallback: true,
                language: self.config.source(),
            },
        }
    }

    /// The page's title in `language` (transliterated for Serbian Latin).
    pub fn title(&self, page: &Page, language: &Language) -> String {
        script_of(language).apply(&self.version(page, language).file.front.title)
    }

    /// `/ar/guide/apply/`: the page's folder in the output, and its URL
    /// at the root of a host.
    pub fn path(&self, page: &Page, language: &Language) -> String {
        if page.id.is_empty() {
            format!("/{}/", language.code)
        } else {
            format!("/{}/{}/", language.code, page.id)
        }
    }

    /// `/ar/guide/apply/`, or `/info/ar/guide/apply/` for a site under
    /// `/info`: what links to the page say.
    pub fn url(&self, page: &Page, language: &Language) -> String {
        self.config.path(&self.path(page, language))
    }

    /// Where `@/page#anchor` points for a reader of `language`.
    pub fn resolve(&self, language: &Language, link: &InternalLink) -> Result<String, String> {
        let Some(&index) = self.by_id.get(link.page) else {
            let hint = self
                .closest_id(link.page)
                .map(|id| format!(" (did you mean @/{id}?)"))
                .unwrap_or_default();
            return Err(format!("there is no page @/{}{hint}", link.page));
        };
        let page = &self.pages[index];
        if let Some(anchor) = link.anchor {
            let version = self.version(page, language);
            let has = page
                .outlines
                .get(&version.file.lang)
                .is_some_and(|o| o.heading_ids.iter().any(|id| id == anchor));
            if !has {
                return Err(format!(
                    "the page @/{} has no heading with the id `{anchor}` in {}",
                    link.page,
                    version.file.path.display()
                ));
            }
        }
        Ok(self.url(page, language))
    }

    fn closest_id(&self, wanted: &str) -> Option<&str> {
        closest(wanted, self.pages.iter().map(|p| p.id.as_str()))
    }
}

/// One page from its loaded files, checked on its own: it has a source
/// file, a code (when `codes_required`: `[features] short_codes`), and no
/// translation claiming another code. `Ok(None)` when
/// every file is a draft.
fn build_page(
    mut loaded: PageFiles,
    source: &str,
    codes_required: bool,
) -> Result<Option<Page>, Vec<Diagnostic>> {
    loaded.files.retain(|_, file| !file.front.draft);
    if loaded.files.is_empty() {
        return Ok(None);
    }
    let Some(source_file) = loaded.files.get(source) else {
        return Err(loaded
            .files
            .values()
            .map(|file| {
                Diagnostic::new(
                    &file.path,
                    format!(
                        "the page `{}` has no {source} file, so there is nothing to translate from",
                        display_id(&loaded.id)
                    ),
                )
                .with_help(format!(
                    "write the source page {} first",
                    expected_path(&loaded.id, loaded.kind, source)
                ))
            })
            .collect());
    };
    // Without short codes a page needs none (0: shown nowhere).
    let Some(code) = source_file.front.code.or((!codes_required).then_some(0)) else {
        return Err(vec![Diagnostic::new(&source_file.path, "this page has no code")
            .at_line(1)
            .with_help("add a line `code = N` to the front matter, with a number no other page uses; `udha check` lists the codes in use")]);
    };
    let mismatched: Vec<Diagnostic> = loaded
        .files
        .values()
        .filter_map(|file| {
            file.front
                .code
                .filter(|&c| c != code)
                .map(|other| (file, other))
        })
        .map(|(file, other)| {
            Diagnostic::new(
                &file.path,
                format!("code = {other} here, but the {source} file says code = {code}"),
            )
            .with_help(format!(
                "a page has one code in every language: write code = {code} or remove the line"
            ))
        })
        .collect();
    if !mismatched.is_empty() {
        return Err(mismatched);
    }
    let weight = source_file.front.weight;
    let dates = source_file.dates;
    let urgent = source_file.front.urgent;
    let outlines = loaded
        .files
        .iter()
        .map(|(lang, file)| (lang.clone(), outline::outline(&file.body)))
        .collect();
    Ok(Some(Page {
        id: loaded.id,
        kind: loaded.kind,
        code,
        weight,
        dates,
        notice: false,
        urgent,
        files: loaded.files,
        outlines,
        parent: None,
        children: Vec::new(),
    }))
}

/// A citation of a source the register does not have, in any file of `page`.
fn unknown_citations(register: &Register, page: &Page) -> Vec<Diagnostic> {
    page.files
        .values()
        .flat_map(|file| unknown_sources(register, file))
        .collect()
}

/// A citation in `file` of a source the register does not have, with the
/// id it probably meant.
pub fn unknown_sources(register: &Register, file: &SourceFile) -> Vec<Diagnostic> {
    file.front
        .sources
        .iter()
        .filter(|id| !register.sources.contains_key(id.as_str()))
        .map(|id| {
            let help = match register.closest_id(id) {
                Some(known) => format!("did you mean \"{known}\"? Sources are the ids of the files in sources/ (sources/{known}.toml)"),
                None if crate::load::content::is_valid_slug(id) => format!("cite the id of a file in sources/, or add sources/{id}.toml for this document (see docs/editing.md)"),
                None => "cite sources by their id: the name of their file in sources/ without `.toml`, e.g. \"agency-report-2022\" (see docs/editing.md)".to_string(),
            };
            Diagnostic::new(&file.path, format!("the source \"{id}\" is not in the source register")).at_line(file.line_of("sources")).with_help(help)
        })
        .collect()
}

fn duplicate_code(path: &std::path::Path, code: u32, first: &std::path::Path) -> Diagnostic {
    Diagnostic::new(
        path,
        format!("code {code} is already the code of {}", first.display()),
    )
    .with_help("every page needs its own code: choose a number no other page uses")
}

pub fn script_of(language: &Language) -> Script {
    if language.is_transliterated() {
        Script::SerbianLatin
    } else {
        Script::AsWritten
    }
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
