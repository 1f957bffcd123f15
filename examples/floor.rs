//! The floor: the least work any static-site generator must do on a corpus.
//!
//! Reads every `content/**/*.md` file under SITE, drops its `+++` TOML front
//! matter, renders the Markdown body with pulldown-cmark (the options udha
//! uses) and writes the HTML to OUT, mirroring the content paths
//! (`content/s0/p1.ar.md` -> `OUT/s0/p1.ar.html`), on all cores with rayon.
//! No templates, no links resolved, no minifying, no sitemap, no search
//! index: `bench/run` reports udha's full build as a multiple of this.
//!
//! Usage: `cargo run --release --example floor -- SITE OUT`

use std::path::{Path, PathBuf};
use std::{env, fs, process};

use pulldown_cmark::{Parser, html};
use rayon::prelude::*;
use udha::site::outline::options;
use walkdir::WalkDir;

/// The body after a `+++` ... `+++` front matter block, or all of `text`.
fn body(text: &str) -> &str {
    let Some(rest) = text.strip_prefix("+++\n") else {
        return text;
    };
    match rest.find("\n+++\n") {
        Some(end) => &rest[end + 5..],
        None => text,
    }
}

fn render(source: &Path, target: &Path) -> std::io::Result<usize> {
    let text = fs::read_to_string(source)?;
    let markdown = body(&text);
    let mut out = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut out, Parser::new_ext(markdown, options()));
    if let Some(parent) = target.parent() {
        fs::create_dir_all(parent)?;
    }
    fs::write(target, &out)?;
    Ok(out.len())
}

fn main() {
    let args: Vec<String> = env::args().skip(1).collect();
    let [site, out] = args.as_slice() else {
        eprintln!("usage: floor SITE OUT");
        process::exit(2);
    };
    let content = Path::new(site).join("content");
    let out = PathBuf::from(out);
    let files: Vec<PathBuf> = WalkDir::new(&content)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|entry| {
            entry.file_type().is_file() && entry.path().extension().is_some_and(|ext| ext == "md")
        })
        .map(|entry| entry.into_path())
        .collect();
    let written: std::io::Result<Vec<usize>> = files
        .par_iter()
        .map(|source| {
            let relative = source
                .strip_prefix(&content)
                .expect("walked under content/");
            render(source, &out.join(relative).with_extension("html"))
        })
        .collect();
    match written {
        Ok(sizes) => println!(
            "{} files, {} bytes of HTML",
            sizes.len(),
            sizes.iter().sum::<usize>()
        ),
        Err(error) => {
            eprintln!("floor: {error}");
            process::exit(1);
        }
    }
}
