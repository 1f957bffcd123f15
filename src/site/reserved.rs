//! The names udha gives its own pages and folders, which no page, section
//! or language may take: every stage that writes or lists such a page takes
//! its name from here.
//!
//! It only names and checks; it reads and renders nothing.

/// Every page's printable poster is `<page URL>/poster/`.
pub const POSTER_SLUG: &str = "poster";
/// Each language's search page is `/<lang>/search/`.
pub const SEARCH_SLUG: &str = "search";
/// Each language's staff directory is `/<lang>/directory/` (and
/// `/directory/` in the source language).
pub const DIRECTORY_SLUG: &str = "directory";
/// The translation status report is `/status/`.
pub const STATUS_DIR: &str = "status";
/// What the service worker shows, offline, in place of a page that is not
/// saved: `/<lang>/not-saved.html` (a file, so no page can take it).
pub const NOT_SAVED_FILE: &str = "not-saved.html";
/// The search index is `/pagefind/`.
pub const INDEX_DIR: &str = "pagefind";
/// The copies of the images pages show are in `/img/`.
pub const IMAGE_DIR: &str = "img";

/// What is wrong with page id `id` (`guide/apply`), with the fix, if it
/// takes a name udha uses itself.
pub fn page_id_problem(id: &str) -> Option<(String, String)> {
    let parts: Vec<&str> = id.split('/').filter(|p| !p.is_empty()).collect();
    if let Some(part) = parts.iter().find(|&&p| p == POSTER_SLUG) {
        return Some((
            format!(
                "`{part}` is a name udha uses itself: every page has a printable poster at <page URL>/{part}/"
            ),
            "choose another name for this page or folder".to_string(),
        ));
    }
    let top = parts.first().copied().unwrap_or("");
    [SEARCH_SLUG, DIRECTORY_SLUG].contains(&top).then(|| {
        (
            format!("`{top}` is a name udha uses itself: each language's search page is /<lang>/{SEARCH_SLUG}/ and its staff directory /<lang>/{DIRECTORY_SLUG}/"),
            "choose another name for this section or page".to_string(),
        )
    })
}

/// What is wrong with language code `code`, if it is a folder udha
/// generates at the top of the site.
pub fn language_code_problem(code: &str) -> Option<(String, String)> {
    [DIRECTORY_SLUG, STATUS_DIR, INDEX_DIR, IMAGE_DIR]
        .contains(&code)
        .then(|| {
            (
                format!("`{code}` is a folder udha generates itself"),
                "use the language's own code, e.g. \"ar\"".to_string(),
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn udha_s_own_names_are_refused() {
        for reserved in [
            "poster",
            "asylum/poster",
            "asylum/poster/x",
            "search",
            "directory",
            "directory/x",
        ] {
            assert!(page_id_problem(reserved).is_some(), "{reserved}");
        }
        for fine in ["help/search", "asylum/apply", "", "help/directory"] {
            assert!(page_id_problem(fine).is_none(), "{fine}");
        }
        assert!(
            language_code_problem("pagefind").is_some()
                && language_code_problem("status").is_some()
                && language_code_problem("img").is_some()
        );
        assert!(language_code_problem("ar").is_none());
    }
}
