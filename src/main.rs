//! The `udha` command line: parses arguments, runs a command, prints the
//! result, and turns it into an exit code (0 ok, 1 content or template
//! error, 2 usage error).

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(name = "udha", version, about = "Builds a fast, light, multilingual website from Markdown and Fluent files")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Build the site into the output folder.
    Build {
        /// The site's folder (the one with site.toml).
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Where to write the site; replaced only when the build succeeds.
        #[arg(long, default_value = "public")]
        out: PathBuf,
    },
    /// Check everything a build checks, without writing, and report missing
    /// translations, missing UI strings and stale pages.
    Check {
        /// The site's folder (the one with site.toml).
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Treat warnings as errors (exit code 1).
        #[arg(long)]
        strict: bool,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let started = Instant::now();
    match cli.command {
        Command::Build { root, out } => match udha::build(&root, &out) {
            Ok(summary) => {
                let per_language: Vec<String> = summary
                    .counts
                    .iter()
                    .map(|c| if c.fallbacks == 0 { format!("{} {}", c.code, c.pages) } else { format!("{} {} ({} untranslated)", c.code, c.pages, c.fallbacks) })
                    .collect();
                println!(
                    "Built {} pages in {} languages ({} files) into {} in {:.2} s",
                    summary.pages,
                    summary.counts.len(),
                    summary.files,
                    out.display(),
                    started.elapsed().as_secs_f64()
                );
                println!("  pages per language: {}", per_language.join(", "));
                ExitCode::SUCCESS
            }
            Err(errors) => fail(&errors, "build", &out),
        },
        Command::Check { root, strict } => {
            let today = time::OffsetDateTime::now_utc().date();
            match udha::check(&root, today) {
                Ok(warnings) => {
                    for warning in &warnings {
                        eprintln!("warning: {}: {}", warning.file, warning.message);
                    }
                    println!("Checked {} in {:.2} s: no errors, {} warnings", root.display(), started.elapsed().as_secs_f64(), warnings.len());
                    if strict && !warnings.is_empty() { ExitCode::from(1) } else { ExitCode::SUCCESS }
                }
                Err(errors) => fail(&errors, "check", &root),
            }
        }
    }
}

fn fail(errors: &udha::diagnostic::Diagnostics, command: &str, path: &std::path::Path) -> ExitCode {
    eprint!("{errors}");
    let n = errors.0.len();
    if command == "build" {
        eprintln!("{n} error{} — nothing was written; {} is unchanged", if n == 1 { "" } else { "s" }, path.display());
    } else {
        eprintln!("{n} error{}", if n == 1 { "" } else { "s" });
    }
    ExitCode::from(1)
}
