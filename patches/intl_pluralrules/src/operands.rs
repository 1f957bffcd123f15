//! A number as CLDR's plural rules see it: `n` its value, `i` its integer
//! digits, `v`/`w` how many fraction digits it is written with (with and
//! without trailing zeros), `f`/`t` those digits as an integer.

use std::fmt;

#[derive(Debug, PartialEq, Clone, Copy)]
pub struct PluralOperands {
    pub n: f64,
    pub i: u64,
    pub v: usize,
    pub w: usize,
    pub f: u64,
    pub t: u64,
}

impl fmt::Display for PluralOperands {
    /// The number as written: `105`, `1.50`.
    fn fmt(&self, out: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.v == 0 {
            write!(out, "{}", self.i)
        } else {
            write!(out, "{}.{:0width$}", self.i, self.f, width = self.v)
        }
    }
}

impl TryFrom<&str> for PluralOperands {
    type Error = &'static str;
    fn try_from(input: &str) -> Result<Self, Self::Error> {
        let absolute = input.trim().trim_start_matches('-');
        let (integer, fraction) = absolute.split_once('.').unwrap_or((absolute, ""));
        if integer.is_empty() || !integer.bytes().all(|b| b.is_ascii_digit()) || !fraction.bytes().all(|b| b.is_ascii_digit()) {
            return Err("not a decimal number");
        }
        let i: u64 = integer.parse().map_err(|_| "too big")?;
        let trimmed = fraction.trim_end_matches('0');
        let f: u64 = if fraction.is_empty() { 0 } else { fraction.parse().map_err(|_| "too many fraction digits")? };
        let t: u64 = if trimmed.is_empty() { 0 } else { trimmed.parse().map_err(|_| "too many fraction digits")? };
        let n: f64 = absolute.parse().map_err(|_| "not a number")?;
        Ok(PluralOperands { n, i, v: fraction.len(), w: trimmed.len(), f, t })
    }
}

impl TryFrom<String> for PluralOperands {
    type Error = &'static str;
    fn try_from(input: String) -> Result<Self, Self::Error> {
        PluralOperands::try_from(input.as_str())
    }
}

macro_rules! from_unsigned {
    ($($ty:ident)+) => {$(
        impl From<$ty> for PluralOperands {
            fn from(input: $ty) -> Self {
                PluralOperands { n: input as f64, i: input as u64, v: 0, w: 0, f: 0, t: 0 }
            }
        }
    )+};
}

macro_rules! from_signed {
    ($($ty:ident)+) => {$(
        impl TryFrom<$ty> for PluralOperands {
            type Error = &'static str;
            fn try_from(input: $ty) -> Result<Self, Self::Error> {
                Ok(PluralOperands::from(input.unsigned_abs()))
            }
        }
    )+};
}

macro_rules! from_float {
    ($($ty:ident)+) => {$(
        impl TryFrom<$ty> for PluralOperands {
            type Error = &'static str;
            fn try_from(input: $ty) -> Result<Self, Self::Error> {
                PluralOperands::try_from(input.to_string().as_str())
            }
        }
    )+};
}

from_unsigned!(u8 u16 u32 u64 usize);
from_signed!(i8 i16 i32 i64 isize);
from_float!(f32 f64);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_keep_their_written_fraction() {
        assert_eq!(PluralOperands::try_from("1.50"), Ok(PluralOperands { n: 1.5, i: 1, v: 2, w: 1, f: 50, t: 5 }));
        assert_eq!(PluralOperands::try_from(105_i64).map(|o| o.to_string()), Ok("105".to_string()));
        assert_eq!(PluralOperands::try_from("1.05").map(|o| o.to_string()), Ok("1.05".to_string()));
        assert!(PluralOperands::try_from("x").is_err());
    }
}
