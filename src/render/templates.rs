//! Each language's copy of the templates: `t()` bound to that language's
//! UI strings, and the `text` filter that writes text the way the language
//! writes it (numbers isolated in right-to-left text, its digits).
//!
//! It owns what templates can call; loading them is `load::templates`, and
//! what goes into their context is decided by the rest of `render`.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

use fluent_bundle::{FluentArgs, FluentValue};

use crate::cache::Cache;
use crate::diagnostic::Diagnostic;
use crate::load::config::Language;
use crate::load::locales::Localizer;
use crate::load::templates::{Templates, template_diagnostic};
use crate::render::bidi;
use crate::render::html::minify;
use crate::script::digits::Writing;

/// A copy of the templates whose `t()` speaks `language` and whose
/// `text` filter writes as it does (`languages`: every language of the
/// site, for `text(lang="fa")` on another language's text).
pub fn for_language(
    templates: &Templates,
    language: &Language,
    languages: &[Language],
    localizer: &Arc<Localizer>,
    cache: &Arc<Cache>,
) -> LanguageTemplates {
    let mut tera = templates.tera.clone();
    // Escape & < > " only: Tera's default also turns / into &#x2F;, which
    // makes every URL a third longer before minifying.
    tera.set_escape_fn(crate::render::html::escape);
    tera.register_function(
        "t",
        TranslateFunction {
            localizer: Arc::clone(localizer),
            language: language.clone(),
        },
    );
    let writings = languages
        .iter()
        .map(|l| (l.code.clone(), l.writing()))
        .collect();
    tera.register_filter(
        "text",
        TextFilter {
            own: language.writing(),
            writings,
        },
    );
    LanguageTemplates {
        tera,
        dir: templates.dir.clone(),
        code: language.code.clone(),
        cache: Arc::clone(cache),
    }
}

/// The Tera filter `text`: `{{ page.title | text }}` writes text as HTML
/// the way the page's language writes it (`render::bidi`): numbers and
/// Latin runs isolated in right-to-left text, digits in the language's
/// digits. `text(lang="ar")` writes it as another language does.
struct TextFilter {
    own: Writing,
    writings: HashMap<String, Writing>,
}

impl tera::Filter for TextFilter {
    fn filter(
        &self,
        value: &tera::Value,
        args: &HashMap<String, tera::Value>,
    ) -> tera::Result<tera::Value> {
        let writing = match args.get("lang").and_then(tera::Value::as_str) {
            Some(code) => *self.writings.get(code).ok_or_else(|| {
                tera::Error::msg(format!(
                    "text(lang=\"{code}\"): no such language in site.toml"
                ))
            })?,
            None => self.own,
        };
        let text = match value {
            tera::Value::String(text) => bidi::html(writing, text),
            tera::Value::Number(number) => bidi::html(writing, &number.to_string()),
            tera::Value::Null => String::new(),
            other => {
                return Err(tera::Error::msg(format!(
                    "the text filter takes text, not {other}"
                )));
            }
        };
        Ok(tera::Value::String(text))
    }

    fn is_safe(&self) -> bool {
        true
    }
}

/// Templates ready to render for one language.
pub struct LanguageTemplates {
    tera: tera::Tera,
    dir: PathBuf,
    /// The language's code, which `t()` and `text` depend on.
    code: String,
    /// Pages rendered by earlier builds, by their inputs.
    cache: Arc<Cache>,
}

impl LanguageTemplates {
    /// Whether the site has the template `name`.
    pub fn has(&self, name: &str) -> bool {
        self.tera.get_template_names().any(|n| n == name)
    }

    pub fn render(&self, name: &str, context: &tera::Context) -> Result<String, Diagnostic> {
        self.tera
            .render(name, context)
            .map_err(|err| template_diagnostic(&self.dir.join(name), &err))
    }

    /// `render`, minified; from the build cache when an earlier build
    /// rendered this template with this context in this language. The
    /// cache's fingerprint covers the templates, UI strings and settings.
    pub fn render_minified(
        &self,
        name: &str,
        context: tera::Context,
    ) -> Result<Vec<u8>, Diagnostic> {
        self.render_minified_then(name, context, |_| Ok(()))
    }

    /// `render_minified`, where what the context gives is cheap to say but
    /// costly to draw (a QR code from its address): `complete` adds it
    /// only when the page is rendered. It may add only what follows from
    /// the context, which alone makes the key.
    pub fn render_minified_then(
        &self,
        name: &str,
        context: tera::Context,
        complete: impl FnOnce(&mut tera::Context) -> Result<(), Diagnostic>,
    ) -> Result<Vec<u8>, Diagnostic> {
        let context = context.into_json();
        let key = self
            .cache
            .key("template")
            .bytes(self.code.as_bytes())
            .bytes(name.as_bytes())
            .value(&context)
            .finish();
        self.cache.bytes(key, || {
            let mut context = tera::Context::from_value(context)
                .map_err(|err| template_diagnostic(&self.dir.join(name), &err))?;
            complete(&mut context)?;
            self.render(name, &context)
                .map(|html| minify(html.as_bytes()))
        })
    }
}

/// The Tera function `t(key="...", name=value, ...)` for one language: the
/// remaining arguments are passed to Fluent (numbers select plural forms).
struct TranslateFunction {
    localizer: Arc<Localizer>,
    language: Language,
}

impl tera::Function for TranslateFunction {
    fn call(&self, args: &HashMap<String, tera::Value>) -> tera::Result<tera::Value> {
        let key = args
            .get("key")
            .and_then(tera::Value::as_str)
            .ok_or_else(|| tera::Error::msg("t() needs key=\"message-id\""))?;
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args.iter().filter(|(name, _)| name.as_str() != "key") {
            let value: FluentValue = match value {
                tera::Value::Number(n) => match n.as_i64() {
                    Some(i) => i.into(),
                    None => n.as_f64().unwrap_or_default().into(),
                },
                tera::Value::String(s) => s.clone().into(),
                other => other.to_string().into(),
            };
            fluent_args.set(name.clone(), value);
        }
        let args = (args.len() > 1).then_some(&fluent_args);
        let text = self
            .localizer
            .format(&self.language, key, args)
            .map_err(tera::Error::msg)?;
        Ok(tera::Value::String(self.language.writing().plain(&text)))
    }
}
