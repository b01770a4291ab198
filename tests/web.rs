//! Browser tests (wasm-bindgen-test in headless Chromium): what only a real DOM can show —
//! mounting, focus on step change, autosave to localStorage, and the error summary.
#![cfg(target_arch = "wasm32")]
// Test code may unwrap: a failure here is a failed test, not a crash for a user.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use koers::ui::dom::Dom;
use koers::ui::view::{el as tag, Sender, View};
use koers::ui::{mount_app, Props};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Mounts a fresh wizard in its own element, with clean storage and URL.
async fn mount() -> Element {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.clear().unwrap();
    web_sys::window()
        .unwrap()
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("#start"))
        .unwrap();
    let host = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    // Kept mounted until the test removes its element.
    std::mem::forget(mount_app(
        host.clone(),
        Props {
            full_page: true,
            ..Props::default()
        },
    ));
    host
}

/// Mounts a wizard as the embed script does: in a shadow root, through the embed API.
async fn mount_embedded() -> (Element, web_sys::ShadowRoot) {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.clear().unwrap();
    let host = document().create_element("div").unwrap();
    // Kept on this computer without asking, as a host may choose (the embed's default asks).
    host.set_attribute("data-autosave", "local").unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    let shadow = host
        .attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
        .unwrap();
    let container: HtmlElement = document()
        .create_element("div")
        .unwrap()
        .dyn_into()
        .unwrap();
    shadow.append_child(&container).unwrap();
    // Kept mounted for the rest of the test run: the handle only unmounts when asked.
    std::mem::forget(koers::ui::mount(container, host.clone()));
    (host, shadow)
}

fn click(host: &Element, selector: &str) {
    host.query_selector(selector)
        .unwrap()
        .unwrap()
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
}

/// Types into the organisation name field as a user would (value, then an input event).
async fn type_org_name(host: &Element, value: &str) {
    let input: HtmlInputElement = host
        .query_selector("#koers-f-org-name")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    input.set_value(value);
    input
        .dispatch_event(&web_sys::InputEvent::new("input").unwrap())
        .unwrap();
}

/// Waits until the tasks queued so far (a `setTimeout(0)`) have run.
async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

fn text(host: &Element, selector: &str) -> String {
    host.query_selector(selector)
        .unwrap()
        .map(|e| e.text_content().unwrap_or_default())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn next_moves_focus_to_the_step_heading() {
    let host = mount().await;
    assert_eq!(text(&host, "#koers-heading"), "Uw social media-plan");
    click(&host, "#koers-next");
    assert_eq!(text(&host, "#koers-heading"), "Over uw organisatie");
    let active = document().active_element().unwrap();
    assert_eq!(active.id(), "koers-heading");
    // The window title (and the history entry) follow in a task of their own, after the
    // paint, so the step change does not wait for them.
    next_task().await;
    assert!(document().title().starts_with("Stap 1 van 8"));
    host.remove();
}

#[wasm_bindgen_test]
async fn refused_next_shows_a_focused_error_summary_naming_each_field() {
    let host = mount().await;
    click(&host, "#koers-next");
    click(&host, "#koers-next");
    let summary = text(&host, "#koers-error-summary");
    assert!(
        summary.contains("Naam van de organisatie: Vul dit in."),
        "{summary}"
    );
    assert_eq!(
        document().active_element().unwrap().id(),
        "koers-error-summary"
    );
    let input = host.query_selector("#koers-f-org-name").unwrap().unwrap();
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    host.remove();
}

#[wasm_bindgen_test]
async fn typing_autosaves_to_local_storage_under_one_key() {
    let host = mount().await;
    click(&host, "#koers-next");
    type_org_name(&host, "Zorg & Co <b>").await;
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    assert_eq!(storage.length().unwrap(), 1);
    let saved = storage.get_item("koers.answers").unwrap().unwrap();
    assert!(saved.contains(r#""name":"Zorg & Co <b>""#), "{saved}");
    assert!(
        saved.contains(&format!(
            r#""schema_version":{}"#,
            koers::domain::SCHEMA_VERSION
        )),
        "{saved}"
    );
    host.remove();
}

#[wasm_bindgen_test]
async fn a_corrupt_autosave_is_kept_and_offered_for_download() {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.set_item("koers.answers", "{not json").unwrap();
    let host = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    std::mem::forget(mount_app(
        host.clone(),
        Props {
            full_page: false,
            ..Props::default()
        },
    ));
    assert!(text(&host, "#koers-notice").contains("konden niet worden gelezen"));
    assert!(host
        .query_selector("#koers-download-corrupt")
        .unwrap()
        .is_some());
    // Editing does not overwrite the unreadable data while the notice stands.
    click(&host, "#koers-next");
    assert_eq!(
        storage.get_item("koers.answers").unwrap().as_deref(),
        Some("{not json")
    );
    host.remove();
    storage.clear().unwrap();
}

#[wasm_bindgen_test]
async fn after_a_crash_an_embedded_widget_shows_the_message_too() {
    let (host, shadow) = mount_embedded().await;
    assert!(shadow.query_selector("#koers-heading").unwrap().is_some());
    koers::ui::show_crash_message();
    let message = shadow.query_selector("[role=alert]").unwrap().unwrap();
    assert!(message
        .text_content()
        .unwrap()
        .contains("antwoorden zijn bewaard"));
    assert!(shadow.query_selector("#koers-heading").unwrap().is_none());
    host.remove();
}

#[wasm_bindgen_test]
async fn after_a_crash_the_widget_shows_a_message_and_the_autosave_survives() {
    let (outer, shadow) = mount_embedded().await;
    let host = shadow.first_element_child().unwrap();
    click(&host, "#koers-next");
    type_org_name(&host, "Bewaard").await;
    koers::ui::show_crash_message();
    let message = host.query_selector("[role=alert]").unwrap().unwrap();
    assert!(message
        .text_content()
        .unwrap()
        .contains("antwoorden zijn bewaard"));
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    assert!(storage
        .get_item("koers.answers")
        .unwrap()
        .unwrap()
        .contains("Bewaard"));
    outer.remove();
}

/// A markup tree is built as elements, not parsed: text stays text, and SVG lands in its own
/// namespace (an `svg` made in the HTML namespace would draw nothing).
#[wasm_bindgen_test]
fn a_markup_tree_becomes_elements_with_svg_in_its_namespace() {
    use koers::export::markup::{el, Attr, Tag};
    let tree = el(Tag::Div).class("koers-probe").text("<b>x</b>").child(
        el(Tag::Svg)
            .attr(Attr::ViewBox, "0 0 10 10")
            .child(el(Tag::Rect).attr(Attr::Width, "3"))
            .child(el(Tag::Text).text("t")),
    );
    let host = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    let dom = Dom::new(document(), Sender::new(|_| {}));
    let _live = dom.create(&host, koers::ui::markup::view(&tree.into()), None, false);
    let div = host.query_selector("div.koers-probe").unwrap().unwrap();
    assert_eq!(div.text_content().unwrap(), "<b>x</b>t");
    assert!(host.query_selector("b").unwrap().is_none());
    let svg_ns = Some("http://www.w3.org/2000/svg".to_string());
    for selector in ["svg", "rect", "text"] {
        let e = host.query_selector(selector).unwrap().unwrap();
        assert_eq!(e.namespace_uri(), svg_ns, "{selector}");
    }
    let svg = host.query_selector("svg").unwrap().unwrap();
    assert_eq!(svg.get_attribute("viewBox").as_deref(), Some("0 0 10 10"));
    host.remove();
}

/// A drawing patched in place: a part that appears before a focused field (an error message)
/// leaves the field's node, its focus and what was typed alone; parts that go are removed;
/// a list that grows keeps its order; a changed tag is replaced.
#[wasm_bindgen_test]
fn a_patch_keeps_the_focused_field_and_the_order_of_parts() {
    let host = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    let draw = |error: bool, items: &[&'static str], closing: &'static str| -> View {
        tag("div")
            .child(error.then(|| tag("p").id("msg").text("Vul dit in.")))
            .child(tag("input").id("field").value("abc"))
            .children(items.iter().map(|i| tag("li").text(*i)))
            .child(tag(closing).id("closing"))
            .into()
    };
    let dom = Dom::new(document(), Sender::new(|_| {}));
    let mut live = dom.create(&host, draw(false, &["a"], "p"), None, false);
    let field: HtmlInputElement = host
        .query_selector("#field")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    field.focus().unwrap();
    field.set_value("abcd");
    dom.patch(
        &host,
        &mut live,
        draw(true, &["a", "b", "c"], "span"),
        None,
        false,
    );
    let same: HtmlInputElement = host
        .query_selector("#field")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    assert!(same.is_same_node(Some(&field)), "the field was redrawn");
    assert_eq!(document().active_element().unwrap().id(), "field");
    // The drawing says "abc", the visitor's "abcd" is on the page: the drawing wins, as the
    // wizard's model is what the visitor typed.
    assert_eq!(same.value(), "abc");
    let mut order = Vec::new();
    let mut next = host.first_element_child().unwrap().first_element_child();
    while let Some(e) = next {
        order.push(format!(
            "{}{}",
            e.tag_name().to_lowercase(),
            e.text_content().unwrap_or_default()
        ));
        next = e.next_element_sibling();
    }
    assert_eq!(
        order,
        ["pVul dit in.", "input", "lia", "lib", "lic", "span"]
    );
    dom.patch(&host, &mut live, draw(false, &["c"], "span"), None, false);
    assert!(host.query_selector("#msg").unwrap().is_none());
    assert_eq!(host.query_selector_all("li").unwrap().length(), 1);
    assert_eq!(text(&host, "li"), "c");
    assert!(host
        .query_selector("#field")
        .unwrap()
        .unwrap()
        .is_same_node(Some(&field)));
    host.remove();
}

/// A select the drawing does not hold (the example's sector, read when its form is sent) keeps
/// the visitor's choice through a redraw; one the drawing holds shows the drawing's choice.
#[wasm_bindgen_test]
fn a_patch_leaves_a_choice_the_drawing_does_not_hold() {
    let host = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    let draw = |held: Option<usize>| -> View {
        tag("select")
            .children((0..3).map(|i| {
                let option = tag("option")
                    .attr("value", format!("o{i}"))
                    .attr_opt("selected", (i == 0).then_some(""));
                match held {
                    Some(h) => option.selected(i == h),
                    None => option,
                }
            }))
            .into()
    };
    let dom = Dom::new(document(), Sender::new(|_| {}));
    let mut live = dom.create(&host, draw(None), None, false);
    let select: web_sys::HtmlSelectElement = host
        .query_selector("select")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    select.set_value("o2");
    dom.patch(&host, &mut live, draw(None), None, false);
    assert_eq!(select.value(), "o2");
    dom.patch(&host, &mut live, draw(Some(1)), None, false);
    assert_eq!(select.value(), "o1");
    host.remove();
}

/// A screen's radios drawn over another screen's, node for node: the radio that was chosen
/// before joins the new group unchosen, so the new group's choice stays (a browser unchecks
/// the rest of a group when a checked radio joins it).
#[wasm_bindgen_test]
fn a_patch_keeps_the_new_groups_choice_when_radios_change_group() {
    let host = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    let draw = |name: &'static str, chosen: usize| -> View {
        tag("div")
            .children((0..2).map(|i| {
                tag("input")
                    .attr("type", "radio")
                    .attr("name", name)
                    .id(format!("{name}{i}"))
                    .checked(i == chosen)
            }))
            .into()
    };
    let dom = Dom::new(document(), Sender::new(|_| {}));
    let mut live = dom.create(&host, draw("size", 0), None, false);
    dom.patch(&host, &mut live, draw("team", 1), None, false);
    let checked = |id: &str| {
        host.query_selector(&format!("#{id}"))
            .unwrap()
            .unwrap()
            .dyn_into::<HtmlInputElement>()
            .unwrap()
            .checked()
    };
    assert!(!checked("team0"));
    assert!(checked("team1"), "the new group's choice was unchecked");
    dom.patch(&host, &mut live, draw("size", 0), None, false);
    assert!(checked("size0"));
    assert!(!checked("size1"));
    host.remove();
}
