//! Serbian Cyrillic to Serbian Latin, letter by letter.
//!
//! The two Serbian alphabets map one to one (Љ→Lj, Њ→Nj, Џ→Dž, Ђ→Đ, ...),
//! so editors write Serbian once, in Cyrillic, and the Latin version is made
//! at build time. This module only converts text; callers decide what is
//! text (they leave URLs, code and markup alone).

/// Which script the rendered text is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Script {
    /// Leave the text as the editor wrote it.
    AsWritten,
    /// Transliterate Serbian Cyrillic text to Latin (not code, not URLs).
    SerbianLatin,
}

impl Script {
    pub fn apply(self, text: &str) -> String {
        match self {
            Script::AsWritten => text.to_string(),
            Script::SerbianLatin => serbian_to_latin(text),
        }
    }
}

/// Converts every Serbian Cyrillic letter in `text` to Latin; all other
/// characters pass through unchanged.
///
/// Capitals that become two letters follow the word: `Љубав` → `Ljubav`,
/// `ЉУБАВ` → `LJUBAV`.
pub fn serbian_to_latin(text: &str) -> String {
    if !text.chars().any(is_serbian_cyrillic) {
        return text.to_string();
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        let Some(latin) = latin_of(c) else {
            out.push(c);
            continue;
        };
        let mut letters = latin.chars();
        match (letters.next(), letters.next()) {
            (Some(first), Some(second)) if c.is_uppercase() => {
                out.push(first);
                if word_is_upper_case(&chars, i) {
                    out.extend(second.to_uppercase());
                } else {
                    out.push(second);
                }
            }
            _ => out.push_str(latin),
        }
    }
    out
}

fn is_serbian_cyrillic(c: char) -> bool {
    latin_of(c).is_some()
}

/// Whether the capital at `i` stands in an all-capitals word: the next letter
/// is a capital, or it is the last letter and the one before is a capital.
fn word_is_upper_case(chars: &[char], i: usize) -> bool {
    match chars.get(i + 1) {
        Some(next) if next.is_alphabetic() => next.is_uppercase(),
        _ => i > 0 && chars[i - 1].is_alphabetic() && chars[i - 1].is_uppercase(),
    }
}

fn latin_of(c: char) -> Option<&'static str> {
    Some(match c {
        'А' => "A",
        'Б' => "B",
        'В' => "V",
        'Г' => "G",
        'Д' => "D",
        'Ђ' => "Đ",
        'Е' => "E",
        'Ж' => "Ž",
        'З' => "Z",
        'И' => "I",
        'Ј' => "J",
        'К' => "K",
        'Л' => "L",
        'Љ' => "Lj",
        'М' => "M",
        'Н' => "N",
        'Њ' => "Nj",
        'О' => "O",
        'П' => "P",
        'Р' => "R",
        'С' => "S",
        'Т' => "T",
        'Ћ' => "Ć",
        'У' => "U",
        'Ф' => "F",
        'Х' => "H",
        'Ц' => "C",
        'Ч' => "Č",
        'Џ' => "Dž",
        'Ш' => "Š",
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' => "g",
        'д' => "d",
        'ђ' => "đ",
        'е' => "e",
        'ж' => "ž",
        'з' => "z",
        'и' => "i",
        'ј' => "j",
        'к' => "k",
        'л' => "l",
        'љ' => "lj",
        'м' => "m",
        'н' => "n",
        'њ' => "nj",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'ћ' => "ć",
        'у' => "u",
        'ф' => "f",
        'х' => "h",
        'ц' => "c",
        'ч' => "č",
        'џ' => "dž",
        'ш' => "š",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::serbian_to_latin;

    #[test]
    fn converts_every_letter() {
        assert_eq!(
            serbian_to_latin("абвгдђежзијклљмнњопрстћуфхцчџш"),
            "abvgdđežzijklljmnnjoprstćufhcčdžš"
        );
        assert_eq!(
            serbian_to_latin("АБВГДЂЕЖЗИЈКЛМНОПРСТЋУФХЦЧШ"),
            "ABVGDĐEŽZIJKLMNOPRSTĆUFHCČŠ"
        );
    }

    #[test]
    fn digraph_capitals_follow_the_word() {
        assert_eq!(
            serbian_to_latin("Љубав и Његош у Џепу"),
            "Ljubav i Njegoš u Džepu"
        );
        assert_eq!(serbian_to_latin("ЉУБАВ ЊЕГОШ ЏЕП"), "LJUBAV NJEGOŠ DŽEP");
        assert_eq!(serbian_to_latin("ТЕЉ Џ"), "TELJ Dž");
    }

    #[test]
    fn leaves_latin_digits_and_other_scripts_alone() {
        assert_eq!(
            serbian_to_latin("Позовите 192 (police) или مرحبا"),
            "Pozovite 192 (police) ili مرحبا"
        );
        assert_eq!(
            serbian_to_latin("https://example.org/sr/"),
            "https://example.org/sr/"
        );
    }
}
