//! Koers: a social media rollout plan wizard for care organisations. The pure layers
//! (`domain`, `wizard`, `export`, `i18n`) build and test natively; `ui` is the browser shell
//! and exists only for wasm32.

pub mod domain;
pub mod export;
pub mod i18n;
pub mod wizard;

#[cfg(target_arch = "wasm32")]
pub mod ui;
