//! A contact of `data/contacts.toml` as a page in one language shows it:
//! its name, what it does and its address in the first language of the
//! reader's chain that has them (marked with that language when it is not
//! the reader's), its phone number and e-mail address as they are.
//!
//! It looks up; the card's HTML is `markdown`'s.

use crate::diagnostic::closest;
use crate::load::config::Language;
use crate::load::contacts::Contact as Written;
use crate::render::markdown::Contact;
use crate::site::Site;

/// The lines of contact `id` for readers of `language`.
pub(crate) fn lines(site: &Site, language: &Language, id: &str) -> Result<Contact, String> {
    let Some(contact) = site.contacts.by_id.get(id) else {
        let near = closest(id, site.contacts.by_id.keys().map(String::as_str))
            .map(|near| format!(" (did you mean `{near}`?)"))
            .unwrap_or_default();
        return Err(format!("there is no contact `{id}` in data/contacts.toml{near}"));
    };
    let chain: Vec<&str> = site.config.chain(language).iter().map(|l| l.code.as_str()).collect();
    let mut langs = std::collections::BTreeMap::new();
    let mut text = |line: &'static str, field| {
        let (text, code) = Written::text_in(field, chain.iter().copied())?;
        if let Some(other) = site.config.language(code).filter(|_| code != language.content_code()) {
            langs.insert(line, other.tag.clone());
        }
        Some(text.to_string())
    };
    let name = text("name", &contact.name);
    let what = text("what", &contact.what);
    let address = text("address", &contact.address);
    Ok(Contact {
        id: Some(id.to_string()),
        name,
        what,
        phone: contact.phone.clone(),
        email: contact.email.clone(),
        address,
        langs,
    })
}
