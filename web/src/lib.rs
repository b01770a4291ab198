//! The browser entry point: starts Koers when the module loads. Everything else, including
//! the embed API (`mount`, `Mounted`), lives in the `koers` library and is exported from here.
#![cfg(target_arch = "wasm32")]

pub use koers::ui::{mount, Mounted};
use wasm_bindgen::prelude::wasm_bindgen;

#[cfg(not(target_feature = "atomics"))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[wasm_bindgen(start)]
pub fn start() {
    koers::ui::start();
}
