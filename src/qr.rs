//! QR codes as inline SVG, for the posters.
//!
//! The `qrcode` crate encodes the data; the mask is chosen here. A QR code
//! is drawn with each of eight masks and the one with the lowest penalty
//! (ISO/IEC 18004 §7.8.3) is kept; the crate scores a mask through a
//! lookup per module, which made choosing it most of the cost of a poster.
//! `penalty` scores a grid of booleans with the crate's exact rules, so the
//! chosen mask, and the drawn code, are the same.

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
    let (width, dark) = modules(url).map_err(|err| format!("cannot make a QR code for {url}: {err}"))?;
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
                for (prefix, number) in [("M", (start + QUIET) as u32), (" ", (y + QUIET) as u32), ("h", run)] {
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
    let dark = |canvas: Canvas| canvas.into_colors().into_iter().map(|c| c == Color::Dark).collect::<Vec<bool>>();
    let Version::Normal(_) = version else {
        // Micro QR codes are scored differently; the crate does it.
        let modules = dark(canvas.apply_best_mask());
        return Ok((version.width() as usize, modules));
    };
    let width = version.width() as usize;
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

/// The `qrcode` crate's penalty for a masked normal QR code, computed the
/// same way (in `u16`, wrapping), on rows of booleans.
fn penalty(dark: &[bool], width: usize) -> u16 {
    // Columns as rows, so both directions are scored along rows.
    let transposed: Vec<bool> = (0..width * width).map(|i| dark[(i % width) * width + i / width]).collect();
    let mut adjacent: u16 = 0;
    let mut finder: [u16; 2] = [0, 0];
    for (direction, grid) in [dark, &transposed].into_iter().enumerate() {
        for modules in grid.chunks_exact(width) {
            // Runs of five or more of one colour: 3 points, and 1 more for
            // each module past five.
            let mut run = 1u16;
            for j in 1..=width {
                if j < width && modules[j] == modules[j - 1] {
                    run += 1;
                } else {
                    if run >= 5 {
                        adjacent = adjacent.wrapping_add(run - 2);
                    }
                    run = 1;
                }
            }
            // `#.###.#` without four light modules on either side: 40
            // points (outside the code counts as light).
            const PATTERN: [bool; 7] = [true, false, true, true, true, false, true];
            for j in 0..width.saturating_sub(6) {
                if modules[j..j + 7] != PATTERN {
                    continue;
                }
                let dark_before = modules[j.saturating_sub(4)..j].iter().any(|&d| d);
                let dark_after = modules[(j + 7).min(width)..(j + 11).min(width)].iter().any(|&d| d);
                if !dark_before || !dark_after {
                    finder[direction] = finder[direction].wrapping_add(40);
                }
            }
        }
    }
    // 2×2 blocks of one colour: 3 points each.
    let mut blocks: u16 = 0;
    for y in 0..width - 1 {
        for x in 0..width - 1 {
            let here = dark[y * width + x];
            if dark[y * width + x + 1] == here && dark[(y + 1) * width + x] == here && dark[(y + 1) * width + x + 1] == here {
                blocks = blocks.wrapping_add(3);
            }
        }
    }
    // Distance from half dark, in half percent.
    let ratio = dark.iter().filter(|&&d| d).count() * 200 / dark.len();
    let balance = ratio.abs_diff(100) as u16;
    // The crate counts the three finder patterns too and takes them off.
    let finder = finder[0].wrapping_sub(360).wrapping_add(finder[1].wrapping_sub(360));
    adjacent.wrapping_add(blocks).wrapping_add(finder).wrapping_add(balance)
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
        for n in 0..300 {
            let url = format!("https://udha-site.org/{}/s{}/p{n}/{}", ["en", "sr-latn", "ar"][n % 3], n / 7, "x".repeat(n % 90));
            let expected = qrcode::QrCode::with_error_correction_level(url.as_bytes(), EcLevel::M).unwrap();
            let (width, dark) = modules(&url).unwrap();
            assert_eq!(width, expected.width(), "{url}");
            assert!(dark.iter().zip(expected.to_colors()).all(|(&d, c)| d == (c == Color::Dark)), "{url}");
        }
    }
}
