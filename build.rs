// The built-in themes (themes/) are compiled into udha: build again when
// one of their files changes.
fn main() {
    println!("cargo:rerun-if-changed=themes");
}
