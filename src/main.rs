//! The `udha` command line: parses arguments, runs a command, prints the
//! result, and turns it into an exit code (0 ok, 1 content or template
//! error, 2 usage error).

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use clap::{Args, Parser, Subcommand};
use udha::commands;
use udha::diagnostic::Diagnostics;
use udha::site::status::matrix;

/// mimalloc instead of the system allocator: rendering, minifying and
/// indexing make millions of small strings on every thread, and glibc's
/// malloc spent a fifth of the build's time on them (and, at 2,000 pages
/// per language, needed more memory). `.cargo/config.toml` makes it commit
/// memory as it is used.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "udha",
    version,
    about = "Builds a fast, light, multilingual website from Markdown and Fluent files"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// Print nothing but errors.
    #[arg(long, short, global = true, conflicts_with = "verbose")]
    quiet: bool,
    /// Print how long each stage took.
    #[arg(long, short, global = true)]
    verbose: bool,
}

#[derive(Args)]
struct Site {
    /// The site's folder (the one with site.toml).
    #[arg(long, default_value = ".")]
    root: PathBuf,
}

#[derive(Subcommand)]
enum Command {
    /// Build the site into the output folder.
    Build {
        #[command(flatten)]
        site: Site,
        /// Where to write the site; replaced only when the build succeeds.
        #[arg(long, default_value = "public")]
        out: PathBuf,
        /// Also write .gz and .br copies of every text file, for web
        /// servers that send them as they are (see deploy/nginx.conf).
        #[arg(long)]
        precompress: bool,
        /// Stop on what is otherwise a warning: a phone number or e-mail
        /// address that the source register does not list.
        #[arg(long)]
        strict: bool,
        /// Where to keep what this build made, so the next one makes only
        /// what changed [default: .udha-cache in the site's folder].
        #[arg(long, value_name = "DIR", conflicts_with = "no_cache")]
        cache: Option<PathBuf>,
        /// Make everything and keep nothing: a clean build (the output is
        /// the same either way).
        #[arg(long)]
        no_cache: bool,
    },
    /// Check everything a build checks, without writing, and report missing
    /// translations, missing UI strings and stale pages.
    Check {
        #[command(flatten)]
        site: Site,
        /// Treat warnings as errors (exit code 1).
        #[arg(long)]
        strict: bool,
    },
    /// Preview the site on http://127.0.0.1:PORT/, rebuilding and reloading
    /// the browser on every saved change.
    Serve {
        #[command(flatten)]
        site: Site,
        /// The port to listen on (127.0.0.1 only); 0 picks a free one.
        #[arg(long, default_value_t = 1111)]
        port: u16,
    },
    /// Start a new site in DIR (default: this folder): settings, a home
    /// page, one page, UI strings and a README of what to edit next.
    Init {
        /// The folder to write the site into; made if it does not exist.
        #[arg(default_value = ".")]
        dir: PathBuf,
        /// The site's languages, the one pages are written in first:
        /// `--languages de,uk,fa,en`.
        #[arg(long, value_delimiter = ',', default_value = "en")]
        languages: Vec<String>,
        /// The site's name [default: the folder's name].
        #[arg(long)]
        title: Option<String>,
    },
    /// Start a page (`udha new guide/apply`) or a translation of one
    /// (`udha new guide/apply --lang ar`).
    New {
        #[command(flatten)]
        site: Site,
        /// The page id: <section>/<slug>, or <section>/_index for a section.
        id: String,
        /// Start a translation into this language instead of a new page.
        #[arg(long)]
        lang: Option<String>,
    },
    /// Show which page is missing, outdated, a draft, machine-translated or
    /// reviewed in which language.
    Status {
        #[command(flatten)]
        site: Site,
        /// Print the matrix as JSON, for tools.
        #[arg(long, conflicts_with = "mark")]
        json: bool,
        /// Record that PAGE's LANG translation matches the current source.
        #[arg(long, num_args = 2, value_names = ["PAGE", "LANG"])]
        mark: Option<Vec<String>>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let (quiet, verbose) = (cli.quiet, cli.verbose);
    let started = Instant::now();
    let today = match commands::today() {
        Ok(today) => today,
        Err(errors) => return fail(&errors),
    };
    let result = match cli.command {
        Command::Build {
            site,
            out,
            precompress,
            strict,
            cache,
            no_cache,
        } => {
            let cache = (!no_cache)
                .then(|| cache.unwrap_or_else(|| site.root.join(udha::cache::CACHE_DIR)));
            build(
                &site.root,
                &out,
                precompress,
                strict,
                cache.as_deref(),
                quiet,
                verbose,
                started,
            )
        }
        Command::Check { site, strict } => {
            commands::check::check(&site.root, today).map(|warnings| {
                for warning in &warnings {
                    eprintln!("warning: {}: {}", warning.file, warning.message);
                }
                if !quiet {
                    println!(
                        "Checked {} in {:.2} s: no errors, {} warnings",
                        site.root.display(),
                        started.elapsed().as_secs_f64(),
                        warnings.len()
                    );
                }
                if strict && !warnings.is_empty() {
                    ExitCode::from(1)
                } else {
                    ExitCode::SUCCESS
                }
            })
        }
        Command::Serve { site, port } => {
            commands::serve::serve(&site.root, port, quiet).map(|()| ExitCode::SUCCESS)
        }
        Command::Init { dir, languages, title } => {
            commands::init::init(&dir, &languages, title.as_deref())
                .map(|written| {
                    if !quiet {
                        println!("Wrote a new site of {} files in {}:", written.len(), dir.display());
                        for path in &written {
                            println!("  {}", path.display());
                        }
                        println!("Next: cd {} && udha serve, then see README.md there.", dir.display());
                    }
                    ExitCode::SUCCESS
                })
                .map_err(Diagnostics::from)
        }
        Command::New { site, id, lang } => commands::load_site(&site.root).and_then(|loaded| {
            let path = commands::new::new_page(&site.root, &loaded, &id, lang.as_deref(), today)?;
            if !quiet {
                println!("Created {}", path.display());
            }
            Ok(ExitCode::SUCCESS)
        }),
        Command::Status { site, json, mark } => {
            commands::load_site(&site.root).and_then(|loaded| {
                if let Some([page, lang]) = mark.as_deref() {
                    let path = commands::new::mark_current(&loaded, page, lang)?;
                    if !quiet {
                        println!("Marked {} as matching the current source", path.display());
                    }
                } else if json {
                    println!(
                        "{}",
                        serde_json::to_string_pretty(&matrix(&loaded)).unwrap_or_default()
                    );
                } else {
                    print!("{}", commands::status::table(&matrix(&loaded)));
                }
                Ok(ExitCode::SUCCESS)
            })
        }
    };
    result.unwrap_or_else(|errors| fail(&errors))
}

#[allow(clippy::too_many_arguments)]
fn build(
    root: &Path,
    out: &Path,
    precompress: bool,
    strict: bool,
    cache: Option<&Path>,
    quiet: bool,
    verbose: bool,
    started: Instant,
) -> Result<ExitCode, Diagnostics> {
    // A progress bar only for builds that take a while, only on a terminal.
    let bar = indicatif::ProgressBar::hidden();
    bar.set_style(
        indicatif::ProgressStyle::with_template("{bar:30} {pos}/{len} pages {elapsed}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    let show_bar = !quiet && std::io::stderr().is_terminal();
    let progress = |done: usize, total: usize| {
        if show_bar && bar.is_hidden() && started.elapsed() > Duration::from_secs(1) {
            bar.set_draw_target(indicatif::ProgressDrawTarget::stderr());
        }
        bar.set_length(total as u64);
        bar.set_position(done as u64);
    };
    let summary = commands::build::build(root, out, precompress, strict, cache, &progress);
    bar.finish_and_clear();
    let summary = summary?;
    for warning in &summary.warnings {
        eprintln!("{}\n", warning.render().replacen("error", "warning", 1));
    }
    if !quiet {
        let per_language: Vec<String> = summary
            .counts
            .iter()
            .map(|c| {
                if c.fallbacks == 0 {
                    format!("{} {}", c.code, c.pages)
                } else {
                    format!("{} {} ({} untranslated)", c.code, c.pages, c.fallbacks)
                }
            })
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
    }
    if verbose {
        for (stage, took) in &summary.timings {
            println!("  {stage}: {:.3} s", took.as_secs_f64());
        }
        if let Some(cache) = cache {
            println!(
                "  build cache ({}): {} reused, {} made",
                cache.display(),
                summary.cache.reused,
                summary.cache.made
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn fail(errors: &Diagnostics) -> ExitCode {
    eprint!("{errors}");
    let n = errors.0.len();
    eprintln!(
        "{n} error{} — nothing was written",
        if n == 1 { "" } else { "s" }
    );
    ExitCode::from(1)
}
