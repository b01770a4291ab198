//! Entry point: in the browser, mounts the wizard; natively there is nothing to run.

#[cfg(target_arch = "wasm32")]
fn main() {
    koers::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Koers runs in the browser: build it with `trunk build` (see README.md).");
}
