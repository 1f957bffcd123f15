//! What the stages of rendering hand each other: a rendered file, a
//! language's templates and shared context (`LanguageRun`), and the view
//! of a language that templates see.
//!
//! It only defines these; it renders nothing.

use serde::Serialize;

use crate::load::config::{Direction, Language};
use crate::render::templates::LanguageTemplates;

/// One file of the built site.
pub struct OutputFile {
    /// Relative to the output folder, `/`-separated: `en/guide/apply/index.html`.
    pub path: String,
    pub bytes: Vec<u8>,
}

impl OutputFile {
    pub fn is_html(&self) -> bool {
        self.path.ends_with(".html")
    }
}

/// How many pages one language got, and how many of them show the source
/// text because the translation is missing.
pub struct LanguageCount {
    pub code: String,
    pub pages: usize,
    pub fallbacks: usize,
}

#[derive(Serialize, Clone)]
pub(crate) struct LangView<'a> {
    code: &'a str,
    tag: &'a str,
    name: &'a str,
    dir: &'static str,
}

impl<'a> From<&'a Language> for LangView<'a> {
    fn from(language: &'a Language) -> Self {
        LangView {
            code: &language.code,
            tag: &language.tag,
            name: &language.name,
            dir: match language.direction {
                Direction::Ltr => "ltr",
                Direction::Rtl => "rtl",
            },
        }
    }
}

/// Per-language data shared by every page of that language.
pub(crate) struct LanguageRun {
    pub(crate) language: Language,
    pub(crate) templates: LanguageTemplates,
    /// What every template of this language sees (site, lang, navigation,
    /// the one-file edition's link), made once and copied into each
    /// page's context.
    pub(crate) context: tera::Context,
    /// The one-file edition, written with the site's other files.
    pub(crate) edition: Option<OutputFile>,
}
