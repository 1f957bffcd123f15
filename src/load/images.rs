//! Images pages show: photos and pictures next to their page in
//! `content/` (`content/centres/hall.jpg`, written `![…](hall.jpg)` on a
//! page of `centres/`) and in `static/` (`/images/map.png`). Each is read
//! once, with its size in pixels, so a damaged file is an error naming it.
//!
//! It reads; resizing and compressing them is `render::images`'s.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::load::content::CONTENT_DIR;
use crate::load::site_files;
use crate::load::static_files::StaticFile;

/// What udha can do with an image.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImageKind {
    /// JPEG, PNG or WebP: resized to a few widths and compressed.
    Photo,
    /// GIF (it may move) and SVG (it has no pixels): published as they are.
    AsItIs,
}

/// One image file.
#[derive(Debug, Clone)]
pub struct ImageFile {
    /// The file, for messages.
    pub path: PathBuf,
    pub bytes: Arc<Vec<u8>>,
    pub kind: ImageKind,
    /// In pixels; `None` for an SVG.
    pub size: Option<(u32, u32)>,
    /// Whether any pixel is see-through (the small copies are then PNG,
    /// not JPEG, beside the WebP).
    pub transparent: bool,
}

/// Every image of the site by the name a page writes: `centres/hall.jpg`
/// for one in content/, `/images/map.png` for one in static/.
#[derive(Debug, Clone, Default)]
pub struct Images(pub BTreeMap<String, ImageFile>);

const EXTENSIONS: [&str; 6] = ["jpg", "jpeg", "png", "webp", "gif", "svg"];

/// `name`'s extension, lower-cased, if it is an image's.
pub fn image_extension(name: &str) -> Option<String> {
    let extension = name.rsplit_once('.')?.1.to_ascii_lowercase();
    EXTENSIONS.contains(&extension.as_str()).then_some(extension)
}

impl Images {
    /// The images in `root/content` and among `statics`.
    pub fn load(root: &Path, statics: &[StaticFile]) -> Result<Images, Diagnostics> {
        let content = root.join(CONTENT_DIR);
        let mut found = Vec::new();
        for entry in site_files::walk(root, &content)? {
            let name = entry.file_name().to_string_lossy().into_owned();
            if entry.file_type().is_file() && !name.starts_with('.') && image_extension(&name).is_some() {
                let relative = entry.path().strip_prefix(&content).unwrap_or(entry.path());
                let key = relative.to_string_lossy().replace('\\', "/");
                let bytes = site_files::read(root, entry.path())?;
                found.push((key, entry.into_path(), bytes));
            }
        }
        for file in statics.iter().filter(|f| image_extension(&f.name).is_some()) {
            found.push((format!("/{}", file.name), file.source.clone(), file.bytes.clone()));
        }
        let mut images = BTreeMap::new();
        let mut diagnostics = Diagnostics::default();
        for (key, path, bytes) in found {
            match read_image(&path, bytes) {
                Ok(image) => {
                    images.insert(key, image);
                }
                Err(problem) => diagnostics.push(problem),
            }
        }
        diagnostics.into_result(Images(images))
    }
}

fn read_image(path: &Path, bytes: Vec<u8>) -> Result<ImageFile, Diagnostic> {
    let name = path.to_string_lossy();
    let extension = image_extension(&name).unwrap_or_default();
    let kind = match extension.as_str() {
        "gif" | "svg" => ImageKind::AsItIs,
        _ => ImageKind::Photo,
    };
    let unreadable = |err: image::ImageError| {
        Diagnostic::new(path, format!("this image cannot be read: {err}"))
            .with_help("open it in an image editor and save it again as JPEG or PNG")
    };
    let (size, transparent) = match extension.as_str() {
        "svg" => (None, true),
        // A JPEG has no see-through pixels: its header says its size, and
        // how the camera was turned.
        "jpg" | "jpeg" => {
            use image::ImageDecoder;
            let mut decoder = image::ImageReader::with_format(std::io::Cursor::new(&bytes), image::ImageFormat::Jpeg)
                .into_decoder()
                .map_err(unreadable)?;
            let (width, height) = decoder.dimensions();
            let turned = matches!(
                decoder.orientation().map_err(unreadable)?,
                image::metadata::Orientation::Rotate90
                    | image::metadata::Orientation::Rotate270
                    | image::metadata::Orientation::Rotate90FlipH
                    | image::metadata::Orientation::Rotate270FlipH
            );
            (Some(if turned { (height, width) } else { (width, height) }), false)
        }
        _ => {
            let decoded = image::load_from_memory(&bytes).map_err(unreadable)?;
            let transparent = decoded.color().has_alpha()
                && decoded.to_rgba8().pixels().any(|pixel| pixel.0[3] < 255);
            (Some((decoded.width(), decoded.height())), transparent)
        }
    };
    Ok(ImageFile {
        path: path.to_path_buf(),
        bytes: Arc::new(bytes),
        kind,
        size,
        transparent,
    })
}
