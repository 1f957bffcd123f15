//! The API of `intl_pluralrules` 7.0.2, which Fluent calls to choose a
//! plural variant, answered by ICU4X's `icu_plurals` and its CLDR data
//! (see README.md for why). Only what Fluent uses is here.

pub mod operands;

use icu_plurals::{PluralRules as CldrRules, PluralRulesPreferences};
use unic_langid::LanguageIdentifier;

use crate::operands::PluralOperands;

/// A CLDR plural category.
#[derive(Debug, Clone, Copy, Eq, PartialEq)]
pub enum PluralCategory {
    ZERO,
    ONE,
    TWO,
    FEW,
    MANY,
    OTHER,
}

/// Counting (1 page, 2 pages) or ranking (1st, 2nd).
#[derive(Copy, Clone, Hash, PartialEq, Eq)]
pub enum PluralRuleType {
    ORDINAL,
    CARDINAL,
}

/// The plural rules of one language.
pub struct PluralRules {
    locale: LanguageIdentifier,
    rules: CldrRules,
}

/// Language subtags Fluent may negotiate to: ISO 639-1, and the
/// three-letter languages CLDR has plural rules for. A language not
/// listed is counted as English is (Fluent's default).
const LANGUAGES: &str = "aa ab af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu \
    ast bal blo bho brx ceb chr ckb csw doi fil gsw haw kab kcg kde kea kok lij lkt lld mas mni nqo osa pcm prg sah saq scn sgs shi smn sat ses syr vec yue";

impl PluralRules {
    /// The rules of `lang` (its language subtag; script and region as
    /// CLDR distinguishes them, e.g. `pt-PT`).
    pub fn create<L: Into<LanguageIdentifier>>(lang: L, prt: PluralRuleType) -> Result<Self, &'static str> {
        let locale: LanguageIdentifier = lang.into();
        let cldr: icu_locale_core::Locale = locale.to_string().parse().map_err(|_| "not a language tag ICU4X reads")?;
        let prefs = PluralRulesPreferences::from(&cldr);
        let rules = match prt {
            PluralRuleType::CARDINAL => CldrRules::try_new_cardinal(prefs),
            PluralRuleType::ORDINAL => CldrRules::try_new_ordinal(prefs),
        }
        .map_err(|_| "no plural rules for this language")?;
        Ok(PluralRules { locale, rules })
    }

    /// The category of `number` (an integer, a float or a decimal string
    /// such as "1.50", whose written fraction digits count).
    pub fn select<N: TryInto<PluralOperands>>(&self, number: N) -> Result<PluralCategory, &'static str> {
        let operands: PluralOperands = number.try_into().map_err(|_| "not a number")?;
        let decimal: fixed_decimal::Decimal = operands.to_string().parse().map_err(|_| "not a number")?;
        Ok(match self.rules.category_for(&decimal) {
            icu_plurals::PluralCategory::Zero => PluralCategory::ZERO,
            icu_plurals::PluralCategory::One => PluralCategory::ONE,
            icu_plurals::PluralCategory::Two => PluralCategory::TWO,
            icu_plurals::PluralCategory::Few => PluralCategory::FEW,
            icu_plurals::PluralCategory::Many => PluralCategory::MANY,
            icu_plurals::PluralCategory::Other => PluralCategory::OTHER,
        })
    }

    /// The languages `create` knows.
    pub fn get_locales(_prt: PluralRuleType) -> Vec<LanguageIdentifier> {
        LANGUAGES.split_whitespace().filter_map(|code| code.parse().ok()).collect()
    }

    pub fn get_locale(&self) -> &LanguageIdentifier {
        &self.locale
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn categories(lang: &str, numbers: &[i64]) -> Vec<PluralCategory> {
        let rules = PluralRules::create(lang.parse::<LanguageIdentifier>().expect("tag"), PluralRuleType::CARDINAL).expect("rules");
        numbers.iter().map(|&n| rules.select(n).expect("a category")).collect()
    }

    #[test]
    fn arabic_takes_the_hundreds_off_as_cldr_says() {
        use PluralCategory::*;
        assert_eq!(categories("ar", &[0, 1, 2, 3, 10, 11, 99, 100, 102, 103, 105, 110, 111, 199, 200, 1005]), [ZERO, ONE, TWO, FEW, FEW, MANY, MANY, OTHER, OTHER, FEW, FEW, FEW, MANY, MANY, OTHER, FEW]);
    }

    #[test]
    fn serbian_english_persian_and_albanian() {
        use PluralCategory::*;
        assert_eq!(categories("sr-Cyrl", &[1, 2, 5, 11, 21, 102, 112, 121]), [ONE, FEW, OTHER, OTHER, ONE, FEW, OTHER, ONE]);
        assert_eq!(categories("en", &[0, 1, 2]), [OTHER, ONE, OTHER]);
        assert_eq!(categories("fa", &[0, 1, 2]), [ONE, ONE, OTHER]);
        assert_eq!(categories("sq", &[1, 2]), [ONE, OTHER]);
    }

    #[test]
    fn written_fraction_digits_count() {
        let rules = PluralRules::create("en".parse::<LanguageIdentifier>().expect("tag"), PluralRuleType::CARDINAL).expect("rules");
        assert_eq!(rules.select("1"), Ok(PluralCategory::ONE));
        assert_eq!(rules.select("1.0"), Ok(PluralCategory::OTHER), "CLDR: one is `i = 1 and v = 0`");
        assert!(PluralRules::get_locales(PluralRuleType::CARDINAL).iter().any(|l| l.to_string() == "ckb"));
    }
}
