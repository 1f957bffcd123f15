//! QR codes as inline SVG, for the posters.
//!
//! The `qrcode` crate encodes the data; the mask is chosen here. A QR code
//! is drawn with each of eight masks and the one with the lowest penalty
//! (ISO/IEC 18004 §7.8.3) is kept; the crate scores a mask through a
//! lookup per module, which made choosing it most of the cost of a poster.
//! `penalty` scores rows and columns held as bits, with the crate's exact
//! rules, so the chosen mask, and the drawn code, are the same.

use qrcode::canvas::{Canvas, MaskPattern};
use qrcode::{Color, EcLevel, Version};

/// The masks in the order the `qrcode` crate tries them: on a tie, the
/// first wins.
const MASKS: [MaskPattern; 8] = [
    MaskPattern::Checkerboard,
    MaskPattern::HorizontalLines,
    MaskPattern::VerticalLines,
    MaskPattern::DiagonalLines,
    MaskPattern::LargeCheckerboard,
    MaskPattern::Fields,
    MaskPattern::Diamonds,
    MaskPattern::Meadow,
];

/// A QR code for `url` as inline SVG: one unit per module, a quiet zone of
/// four, dark modules drawn as one path of horizontal runs (small to send,
/// sharp at any size); the stylesheet sets its printed size.
pub fn svg(url: &str) -> Result<String, String> {
    const QUIET: usize = 4;
    let (width, dark) =
        modules(url).map_err(|err| format!("cannot make a QR code for {url}: {err}"))?;
    let mut path = String::with_capacity(width * width);
    for (y, row) in dark.chunks(width).enumerate() {
        let mut x = 0;
        while x < width {
            if row[x] {
                let start = x;
                while x < width && row[x] {
                    x += 1;
                }
                // By hand: `write!` costs more than the rest of the poster.
                let run = (x - start) as u32;
                for (prefix, number) in [
                    ("M", (start + QUIET) as u32),
                    (" ", (y + QUIET) as u32),
                    ("h", run),
                ] {
                    path.push_str(prefix);
                    push_number(&mut path, number);
                }
                path.push_str("v1h-");
                push_number(&mut path, run);
                path.push('z');
            } else {
                x += 1;
            }
        }
    }
    let size = width + 2 * QUIET;
    Ok(format!(
        "<svg class=\"qr\" aria-hidden=\"true\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {size} {size}\" shape-rendering=\"crispEdges\"><rect width=\"{size}\" height=\"{size}\" fill=\"#fff\"/><path fill=\"#000\" d=\"{path}\"/></svg>"
    ))
}

/// Appends `number` in decimal.
fn push_number(text: &mut String, number: u32) {
    let mut digits = [0u8; 10];
    let mut at = digits.len();
    let mut rest = number;
    loop {
        at -= 1;
        digits[at] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    digits[at..].iter().for_each(|&d| text.push(char::from(d)));
}

/// The width of the code for `data` (error correction level M) and its
/// modules, row by row, `true` for dark.
fn modules(data: &str) -> qrcode::QrResult<(usize, Vec<bool>)> {
    let bits = qrcode::bits::encode_auto(data.as_bytes(), EcLevel::M)?;
    let version = bits.version();
    let (data, ec) = qrcode::ec::construct_codewords(&bits.into_bytes(), version, EcLevel::M)?;
    let mut canvas = Canvas::new(version, EcLevel::M);
    canvas.draw_all_functional_patterns();
    canvas.draw_data(&data, &ec);
    let width = version.width() as usize;
    let dark = |canvas: Canvas| {
        canvas
            .into_colors()
            .into_iter()
            .map(|c| c == Color::Dark)
            .collect::<Vec<bool>>()
    };
    if !matches!(version, Version::Normal(_)) || width > 64 {
        // Micro QR codes are scored differently, and codes wider than 64
        // modules do not fit the bit rows below: the crate chooses.
        return Ok((width, dark(canvas.apply_best_mask())));
    }
    let mut best: Option<(u16, Vec<bool>)> = None;
    for mask in MASKS {
        let mut masked = canvas.clone();
        masked.apply_mask(mask);
        let modules = dark(masked);
        let score = penalty(&modules, width);
        if best.as_ref().is_none_or(|(lowest, _)| score < *lowest) {
            best = Some((score, modules));
        }
    }
    Ok((width, best.map(|(_, modules)| modules).unwrap_or_default()))
}

/// The `qrcode` crate's penalty for a masked normal QR code at most 64
/// modules wide, with its exact rules and its `u16` wrapping sums, scored
/// on rows and columns held as bits (bit `x` of a row is module `x`).
fn penalty(dark: &[bool], width: usize) -> u16 {
    let rows: Vec<u64> = dark
        .chunks_exact(width)
        .map(|row| {
            row.iter()
                .rev()
                .fold(0, |bits, &d| bits << 1 | u64::from(d))
        })
        .collect();
    let columns: Vec<u64> = (0..width)
        .map(|x| {
            (0..width)
                .rev()
                .fold(0, |bits, y| bits << 1 | u64::from(dark[y * width + x]))
        })
        .collect();
    let all = if width == 64 {
        u64::MAX
    } else {
        (1 << width) - 1
    };
    // Bit `x` set where module `x` has the colour of module `x + 1`.
    let same_as_next = |line: u64| !(line ^ (line >> 1)) & (all >> 1);
    let mut total: u32 = 0;
    for line in rows.iter().chain(&columns).copied() {
        // Runs of five or more of one colour: 3 points, and 1 more for
        // each module past five. A run of n is n - 1 bits of `same`; of
        // those, n - 4 start four in a row, and each run adds 2.
        let same = same_as_next(line);
        let four = same & (same >> 1) & (same >> 2) & (same >> 3);
        total += four.count_ones() + 2 * (four & !(four << 1)).count_ones();
        // `#.###.#` without four light modules on either side: 40 points
        // (outside the code counts as light).
        let pattern = line
            & !(line >> 1)
            & (line >> 2)
            & (line >> 3)
            & (line >> 4)
            & !(line >> 5)
            & (line >> 6)
            & (all >> 6);
        let dark_before = (line << 1) | (line << 2) | (line << 3) | (line << 4);
        let dark_after = (line >> 7) | (line >> 8) | (line >> 9) | (line >> 10);
        total += 40 * (pattern & !(dark_before & dark_after)).count_ones();
    }
    // 2×2 blocks of one colour: 3 points each.
    for pair in rows.windows(2) {
        let vertical = !(pair[0] ^ pair[1]) & all;
        total += 3 * (same_as_next(pair[0]) & vertical & (vertical >> 1)).count_ones();
    }
    // Distance from half dark, in half percent.
    let dark_count: u32 = rows.iter().map(|row| row.count_ones()).sum();
    total += (dark_count as usize * 200 / (width * width)).abs_diff(100) as u32;
    // The crate counts the three finder patterns too and takes them off
    // (360 in each direction); in `u16`, wrapping, as it does.
    (total as u16).wrapping_sub(720)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn svg_is_inline_and_unit_sized() {
        let svg = svg("https://example.org/ar/asylum/apply/").unwrap();
        assert!(svg.starts_with("<svg class=\"qr\""), "{svg}");
        assert!(svg.contains("viewBox=\"0 0 37 37\""), "{svg}");
        assert!(svg.contains("<path"), "{svg}");
    }

    #[test]
    fn writes_numbers_in_decimal() {
        let mut text = String::new();
        for number in [0, 7, 10, 4096, u32::MAX] {
            push_number(&mut text, number);
            text.push(' ');
        }
        assert_eq!(text, "0 7 10 4096 4294967295 ");
    }

    #[test]
    fn chooses_the_mask_the_qrcode_crate_chooses() {
        // Up to 400 characters: codes wider than 64 modules too.
        for n in 0..400 {
            let url = format!(
                "https://udha-site.org/{}/s{}/p{n}/{}",
                ["en", "sr-latn", "ar"][n % 3],
                n / 7,
                "x".repeat(if n < 300 { n % 90 } else { n - 50 })
            );
            let expected =
                qrcode::QrCode::with_error_correction_level(url.as_bytes(), EcLevel::M).unwrap();
            let (width, dark) = modules(&url).unwrap();
            assert_eq!(width, expected.width(), "{url}");
            assert!(
                dark.iter()
                    .zip(expected.to_colors())
                    .all(|(&d, c)| d == (c == Color::Dark)),
                "{url}"
            );
        }
    }
}
