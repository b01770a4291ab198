//! The browser entry point: starts Koers when the module loads. Everything else, including
//! the embed API (`mount`, `Mounted`), lives in the `koers` library and is exported from here.
#![cfg(target_arch = "wasm32")]

pub use koers::ui::{mount, Mounted};
use wasm_bindgen::prelude::wasm_bindgen;

#[wasm_bindgen(start)]
pub fn start() {
    koers::ui::start();
}
