//! Koers: a social media rollout plan wizard for care organisations. The pure layers
//! (`domain`, `wizard`, `export`, `i18n`) build and test natively; `ui` is the browser shell
//! and exists only for wasm32 with the `ui` feature (the documents module builds without it).

pub mod domain;
pub mod export;
pub mod i18n;
pub mod wizard;

#[cfg(all(target_arch = "wasm32", feature = "ui"))]
pub mod ui;
