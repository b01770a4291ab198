//! The pages that are not question screens: the task list (with "continue with a saved
//! plan"), check-your-answers built from the review rows, and the plan with its downloads.

use super::fields::Ctx;
use super::markup;
use super::view::{button, el, list, El, View};
use crate::domain::{Section, MAX_BYTES};
use crate::i18n::{Label, T};
use crate::wizard::{Action, Document, Format, Route, Screen, Status};
use std::rc::Rc;
use wasm_bindgen::JsCast;

/// The element an event came from, as an element.
fn target_element(e: &web_sys::Event) -> Option<web_sys::Element> {
    e.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
}

/// A status tag's text and colour class.
fn status_tag(ctx: &Ctx, status: Status) -> View {
    let (text, class) = match status {
        Status::NotStarted => (T::StatusNotStarted, "koers-tag--grey"),
        Status::InProgress => (T::StatusInProgress, "koers-tag--blue"),
        Status::Done => (T::StatusDone, "koers-tag--green"),
        Status::NeedsAttention => (T::StatusNeedsAttention, "koers-tag--red"),
    };
    el("span")
        .class("koers-tag")
        .class(class)
        .text(ctx.t(text))
        .into()
}

/// A link-styled button that goes somewhere in the wizard.
fn go_link(label: &str, action: Action, id: String) -> View {
    button("koers-link", action)
        .id(id)
        .text(label.to_string())
        .into()
}

pub fn tasks(ctx: &Ctx) -> View {
    let sections = Section::ALL.iter().enumerate().map(|(i, s)| {
        let first = Screen::of_section(*s)
            .first()
            .copied()
            .unwrap_or(Screen::OrgBasics);
        el("li")
            .class("koers-task")
            .attr("data-section", s.key())
            .child(
                el("span")
                    .class("koers-task-name")
                    .text(format!("{}. ", i + 1))
                    .child(go_link(
                        s.label(ctx.lang),
                        Action::Go(Route::Screen(first)),
                        format!("koers-task-{}", s.key()),
                    )),
            )
            .child(status_tag(ctx, ctx.m.status(*s)))
    });
    list([
        el("p")
            .class("koers-lead")
            .text(ctx.t(T::TasksIntro))
            .into(),
        el("p").text(ctx.t(T::TasksHowLong)).into(),
        el("ol")
            .class("koers-task-list")
            .children(sections)
            .child(
                el("li").class("koers-task").child(
                    el("span")
                        .class("koers-task-name")
                        .text("7. ")
                        .child(go_link(
                            ctx.t(T::CheckAnswersLink),
                            Action::Go(Route::Review),
                            "koers-task-review".into(),
                        )),
                ),
            )
            .child(
                el("li").class("koers-task").child(
                    el("span")
                        .class("koers-task-name")
                        .text("8. ")
                        .child(go_link(
                            ctx.t(T::PlanLink),
                            Action::Go(Route::Plan),
                            "koers-task-plan".into(),
                        )),
                ),
            )
            .into(),
        titled(
            "koers-resume",
            "koers-resume-title",
            ctx.t(T::ResumeHeading),
        )
        .child(el("p").class("koers-hint").text(ctx.t(T::ResumeHint)))
        .child(load_file(ctx, "koers-resume-file"))
        .child(load_example(ctx))
        .into(),
        evaluate(ctx),
    ])
}

/// Evaluate the plan, once its self-assessment is complete: an evaluation is held against it.
fn evaluate(ctx: &Ctx) -> View {
    if crate::domain::assess(&ctx.m.plan.maturity).is_none() {
        return View::Empty;
    }
    let count = ctx.m.plan.evaluations.iter().filter(|e| e.closed).count();
    let done = (count > 0).then(|| {
        let reports = ctx
            .m
            .plan
            .evaluations
            .iter()
            .enumerate()
            .filter(|(_, e)| e.closed)
            .map(|(i, e)| {
                let when = e
                    .date
                    .map(|d| crate::i18n::date(d, ctx.lang))
                    .unwrap_or_default();
                let docx = crate::wizard::Format::ReportDocx;
                let page = crate::wizard::Format::ReportHtml;
                el("li")
                    .text(format!("{when}: "))
                    .child(
                        button("koers-link", Action::DownloadReport(i, docx))
                            .id(format!("koers-report-{i}"))
                            .text(ctx.t(T::ReportOfMoment)),
                    )
                    .text(" · ")
                    .child(
                        button("koers-link", Action::DownloadReport(i, page))
                            .id(format!("koers-report-{i}-html"))
                            .text(ctx.t(T::ReportOfMomentHtml)),
                    )
            });
        list([
            el("p")
                .class("koers-hint")
                .id("koers-evaluations-done")
                .text(format!("{}: {count}", ctx.t(T::EvaluationsDone)))
                .into(),
            // Each finished moment keeps its own report, for a board that asks about an
            // earlier one.
            el("ul")
                .class("koers-list")
                .id("koers-evaluation-history")
                .children(reports)
                .into(),
            download_offer(ctx),
        ])
    });
    titled(
        "koers-resume",
        "koers-evaluate-title",
        ctx.t(T::EvaluateStart),
    )
    .child(
        el("p")
            .class("koers-hint")
            .text(ctx.t(T::EvaluateStartHint)),
    )
    .child(done)
    .child(
        el("button")
                .attr("type", "button")
                .class("koers-button koers-button--secondary")
                .id("koers-evaluate")
                // The date is the day of the click, not of the drawing.
                .on("click", |_| {
                    Some(Action::Evaluate(super::browser::today()))
                })
                .text(ctx.t(T::EvaluateStart)),
    )
    .into()
}

/// Start from a sector's example answers: a choice and a button, so nothing loads by accident.
fn load_example(ctx: &Ctx) -> View {
    let lang = ctx.lang;
    el("form")
        .class("koers-field koers-example")
        .on_submit(|e| {
            let sector = target_element(e)
                .and_then(|f| f.query_selector("select").ok().flatten())
                .and_then(|s| s.dyn_into::<web_sys::HtmlSelectElement>().ok())
                .and_then(|s| crate::domain::Sector::from_key(&s.value()));
            Some(match sector {
                Some(s) => Action::OpenExample(s),
                None => Action::Focus(crate::wizard::Focus::None),
            })
        })
        .child(
            el("label")
                .class("koers-label")
                .attr("for", "koers-example-sector")
                .text(ctx.t(T::ExampleLabel)),
        )
        .child(
            el("p")
                .class("koers-hint")
                .id("koers-example-hint")
                .text(ctx.t(T::ExampleHint)),
        )
        .child(
            el("select")
                .class("koers-select")
                .id("koers-example-sector")
                .attr("aria-describedby", "koers-example-hint")
                // The first is chosen in so many words: a select takes the first option
                // inserted, and a drawing may insert a list's children last first.
                .children(
                    crate::export::examples::SECTORS
                        .iter()
                        .enumerate()
                        .map(|(i, s)| {
                            el("option")
                                .attr("value", s.key())
                                // The attribute only: the visitor's choice is the page's, not
                                // the drawing's, until the form is sent.
                                .attr_opt("selected", (i == 0).then_some(""))
                                .text(s.label(lang))
                        }),
                ),
        )
        // The gap is the stylesheet's margin, not a space: the static copy of this screen
        // in index.html goes through an HTML minifier, which drops a space between tags.
        .child(
            el("button")
                .attr("type", "submit")
                .class("koers-button koers-button--secondary")
                .id("koers-example-open")
                .text(ctx.t(T::ExampleOpen)),
        )
        .into()
}

/// A file input for an answers file: read in the browser, then the wizard asks before it
/// replaces anything.
fn load_file(ctx: &Ctx, id: &'static str) -> View {
    let send = ctx.send.clone();
    let onchange = move |e: &web_sys::Event| {
        let input = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())?;
        let file = input.files().and_then(|f| f.get(0))?;
        input.set_value("");
        let size = file.size();
        if size > MAX_BYTES as f64 {
            send.send(Action::FileTooLarge(size as usize));
            return None;
        }
        let send = send.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let file = gloo_file::File::from(file);
            // An unreadable file is an empty one: the wizard says so in the user's language.
            let bytes = gloo_file::futures::read_as_bytes(&file)
                .await
                .unwrap_or_default();
            send.send(Action::Opened {
                bytes,
                from_link: false,
            });
        });
        None
    };
    el("div")
        .class("koers-field")
        .child(
            el("label")
                .class("koers-label")
                .attr("for", id)
                .text(ctx.t(T::LoadAnswers)),
        )
        .child(
            el("input")
                .attr("type", "file")
                .id(id)
                .class("koers-file")
                .attr("accept", ".json,application/json")
                .on("change", onchange),
        )
        .into()
}

/// Check-your-answers, drawn by the documents module (`export::asides::review`). One
/// listener here serves every Change button (each names its screen and its first question in
/// its `value`): the page has some sixty of them.
pub fn review_page(ctx: &Ctx) -> View {
    let content = match module_nodes(ctx, Route::Review) {
        Ok(nodes) => markup::view_all(&nodes),
        Err(placeholder) => placeholder,
    };
    el("div")
        .id("koers-review-page")
        .on("click", |e| {
            let change = target_element(e)
                .and_then(|t| t.closest("button[value]").ok().flatten())
                .and_then(|b| b.get_attribute("value"))
                .and_then(|v| crate::wizard::read_change_value(&v));
            Some(match change {
                Some((s, field)) => Action::Change(s, field),
                // A click between the buttons changes nothing.
                None => Action::Focus(crate::wizard::Focus::None),
            })
        })
        .child(content)
        .into()
}

/// What the documents module drew for this page, or in its place word that it is coming, or
/// why it is not.
fn module_nodes(ctx: &Ctx, route: Route) -> Result<Vec<crate::export::markup::Node>, View> {
    match &ctx.m.document {
        Document::Ready(r, _, _, encoded) if *r == route => {
            crate::export::markup::decode(encoded).map_err(|_| unavailable(ctx))
        }
        Document::Unavailable => Err(unavailable(ctx)),
        // Shown only if it takes a while (the CSS delays it): the usual two frames pass without
        // a flash of text, or a screen reader announcing it on every visit.
        _ => Err(el("p")
            .class("koers-hint koers-pending")
            .attr("role", "status")
            .text(ctx.t(T::PageBuilding))
            .into()),
    }
}

/// A section named by its heading (`h2`, with the id `title`).
pub fn titled(class: &'static str, title: &'static str, heading: &'static str) -> El {
    el("section")
        .class(class)
        .attr("aria-labelledby", title)
        .child(el("h2").class("koers-h2").id(title).text(heading))
}

/// A secondary button with its id and text.
fn secondary(id: &'static str, action: Action, text: &'static str) -> El {
    button("koers-button koers-button--secondary", action)
        .id(id)
        .text(text)
}

/// The plan: downloads, the share link, loading a file, the plan document (rendered by the
/// documents module from the same outline as the downloads) and the models compared.
pub fn plan_page(ctx: &Ctx) -> View {
    let decoded = module_nodes(ctx, Route::Plan);
    // The models compared arrive with the document, as its last part, for the disclosure.
    let is_models = |n: &&crate::export::markup::Node| {
        matches!(n, crate::export::markup::Node::Element(e)
            if e.attrs().iter().any(|(a, v)| *a == crate::export::markup::Attr::Id && v == "koers-aside-models"))
    };
    let models = match &decoded {
        Ok(nodes) => nodes.iter().find(is_models).map(markup::view),
        Err(_) => None,
    };
    let document = match decoded {
        Ok(nodes) => list(nodes.iter().filter(|n| !is_models(n)).map(markup::view)),
        Err(placeholder) => placeholder,
    };
    list([
        el("p").class("koers-lead").text(ctx.t(T::PlanIntro)).into(),
        titled(
            "koers-downloads",
            "koers-downloads-title",
            ctx.t(T::Downloads),
        )
        .child(
            el("div")
                .class("koers-download-buttons")
                .child(
                    button("koers-button", Action::Print)
                        .id("koers-print")
                        .text(ctx.t(T::Print)),
                )
                .children(
                    [
                        (
                            "koers-download-docx",
                            Action::Download(Format::Docx),
                            T::DownloadDocx,
                        ),
                        (
                            "koers-download-html",
                            Action::Download(Format::Html),
                            T::DownloadHtml,
                        ),
                        (
                            "koers-download-md",
                            Action::Download(Format::Markdown),
                            T::DownloadMarkdown,
                        ),
                        (
                            "koers-download-ics",
                            Action::Download(Format::Ics),
                            T::DownloadIcs,
                        ),
                        (
                            "koers-download-json",
                            Action::DownloadAnswers,
                            T::DownloadJson,
                        ),
                    ]
                    .map(|(id, action, text)| secondary(id, action, ctx.t(text))),
                ),
        )
        .child(ctx.m.config.autosave.then(|| {
            super::fields::checkbox(
                "koers-forget-after",
                ctx.t(T::ForgetAfterDownload),
                ctx.m.forget_after_download,
                Rc::new(Action::ForgetAfterDownload),
            )
        }))
        .child(download_offer(ctx))
        .child(el("p").class("koers-hint").text(ctx.t(T::PrintHint)))
        .child(el("p").class("koers-hint").text(ctx.t(T::AnswersFileNote)))
        .child(load_file(ctx, "koers-load-file"))
        .child(el("h2").class("koers-h2").text(ctx.t(T::ShareHeading)))
        .child(el("p").class("koers-warning").text(ctx.t(T::ShareWarning)))
        .child(secondary(
            "koers-share",
            Action::MakeShareLink,
            ctx.t(T::ShareButton),
        ))
        .child(share_field(ctx))
        .into(),
        el("article")
            .class("koers-document")
            .id("koers-plan-document")
            .child(document)
            .into(),
        // Built only once opened: a hundred elements most visitors leave closed.
        el("details")
            .class("koers-details")
            .id("koers-models-disclosure")
            .on_toggle(Action::ShowModels)
            .child(el("summary").text(ctx.t(T::ModelsCompared)))
            .child(ctx.m.models_open.then(|| models.unwrap_or_default()))
            .into(),
    ])
}

/// The share link once made, selected whole when focused so it can be copied at once.
fn share_field(ctx: &Ctx) -> View {
    let Some(link) = &ctx.m.share_link else {
        return View::Empty;
    };
    el("div")
        .class("koers-field")
        .child(
            el("label")
                .class("koers-label")
                .attr("for", "koers-share-link")
                .text(ctx.t(T::ShareLinkLabel)),
        )
        .child(
            el("input")
                .class("koers-input")
                .id("koers-share-link")
                .attr("type", "text")
                .attr("readonly", "")
                .value(link.clone())
                .on("focus", |e| {
                    if let Some(input) = e
                        .target()
                        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                    {
                        input.select();
                    }
                    None
                }),
        )
        .child(secondary(
            "koers-share-copy",
            Action::CopyShareLink,
            ctx.t(T::CopyLink),
        ))
        .child(ctx.m.share_copied.map(|ok| {
            el("p")
                .class("koers-hint")
                .id("koers-share-copied")
                .attr("role", "status")
                .text(ctx.t(if ok { T::LinkCopied } else { T::LinkNotCopied }))
        }))
        .into()
}

/// After a download, another way to get it: no browser says when it (or a host page's
/// sandbox) blocked one, so the offer stands until the visitor moves on.
pub fn download_offer(ctx: &Ctx) -> View {
    if ctx.m.downloaded.is_none() {
        return View::Empty;
    }
    let blocked = ctx.m.tab_blocked;
    el("div")
        .class("koers-download-offer")
        .id("koers-download-offer")
        .attr("role", "status")
        .child(el("p").text(ctx.t(if blocked {
            T::TabBlocked
        } else {
            T::DownloadOffered
        })))
        .child(
            (!blocked)
                .then(|| secondary("koers-open-tab", Action::OpenInTab, ctx.t(T::OpenInTab))),
        )
        .child(secondary(
            "koers-share-instead",
            Action::MakeShareLink,
            ctx.t(T::ShareButton),
        ))
        // The plan page shows the link with its own button; elsewhere it appears here.
        .child((ctx.m.route != Route::Plan).then(|| share_field(ctx)))
        .into()
}

fn unavailable(ctx: &Ctx) -> View {
    list([
        el("p")
            .class("koers-notice")
            .text(ctx.t(T::PageUnavailable))
            .into(),
        secondary("koers-doc-retry", Action::RetryDocument, ctx.t(T::TryAgain)).into(),
    ])
}

/// Scoring together, for the facilitator on the projector: the link and its QR code for the
/// phones, the codes that come back, and per dimension the votes, the median and the spread.
/// Every control is a button or a field, so it works from the keyboard alone.
pub fn group_panel(ctx: &Ctx) -> View {
    let lang = ctx.lang;
    let Some(g) = &ctx.m.group else {
        return titled("koers-resume", "koers-group-title", ctx.t(T::GroupHeading))
            .child(el("p").class("koers-hint").text(ctx.t(T::GroupIntro)))
            .child(secondary(
                "koers-group-open",
                Action::GroupOpen,
                ctx.t(T::GroupOpen),
            ))
            .into();
    };
    let link = format!("{}#scoren-{}", super::browser::page_address(), g.id.text());
    let onsubmit = |e: &web_sys::Event| {
        let text = target_element(e)
            .and_then(|f| f.query_selector("textarea").ok().flatten())
            .and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
            .map(|t| {
                let v = t.value();
                t.set_value("");
                v
            })
            .unwrap_or_default();
        Some(Action::GroupCodes(text))
    };
    let rows = crate::domain::Dimension::ALL.iter().map(|d| {
        let d = *d;
        let votes = &g.votes;
        let cells = crate::domain::Stage::ALL.iter().map(|s| {
            let s = *s;
            let n = votes.count(d, s);
            let name = format!("{}, {} {}", d.label(lang), ctx.t(T::GroupStage), s.number());
            el("td")
                .class("koers-tally")
                .child(el("span").attr("aria-hidden", "true").text(n.to_string()))
                .child(
                    button("koers-tally-button", Action::GroupBump(d, s, false))
                        .attr(
                            "aria-label",
                            format!("{} – {}: {n}", ctx.t(T::GroupMinus), name),
                        )
                        .text("−"),
                )
                .child(
                    button("koers-tally-button", Action::GroupBump(d, s, true))
                        .attr(
                            "aria-label",
                            format!("{} – {}: {n}", ctx.t(T::GroupPlus), name),
                        )
                        .text("+"),
                )
        });
        let median = votes.median(d);
        let spread = votes
            .spread(d)
            .map(|(lo, hi)| format!("{}–{}", lo.number(), hi.number()))
            .unwrap_or_default();
        // What the plan holds now, beside the group's median: adopting shows there.
        let in_plan = ctx
            .m
            .plan
            .maturity
            .scores
            .get(&d)
            .map(|s| s.number().to_string())
            .unwrap_or_default();
        el("tr")
            .id(format!("koers-group-{}", d.key()))
            .child(el("th").attr("scope", "row").text(d.label(lang)))
            .children(cells)
            .child(el("td").text(median.map(|m| m.number().to_string()).unwrap_or_default()))
            .child(el("td").text(spread).text(if votes.disagree(d) {
                format!(" ({})", ctx.t(T::GroupDisagree))
            } else {
                String::new()
            }))
            .child(
                el("td")
                    .id(format!("koers-group-plan-{}", d.key()))
                    .text(in_plan),
            )
            .child(el("td").child(median.map(|m| {
                button(
                    "koers-button koers-button--secondary",
                    Action::GroupAdopt(d),
                )
                .id(format!("koers-group-adopt-{}", d.key()))
                .text(format!("{} ({})", ctx.t(T::GroupAdopt), m.number()))
            })))
    });
    let qr =
        g.qr.as_deref()
            .and_then(|q| crate::export::markup::decode(q).ok())
            .map(|n| markup::view_all(&n))
            .unwrap_or_default();
    let refused = (!g.refused.is_empty()).then(|| {
        el("div")
            .class("koers-warning")
            .attr("role", "alert")
            .id("koers-group-refused")
            .attr("tabindex", "-1")
            .child(
                el("ul")
                    .class("koers-list")
                    .children(g.refused.iter().map(|(code, e)| {
                        el("li").text(format!("{code}: {}", crate::i18n::code_error(*e, lang)))
                    })),
            )
    });
    let close = if g.closing {
        el("div")
            .class("koers-warning")
            .id("koers-group-closing")
            .attr("tabindex", "-1")
            .child(el("p").text(ctx.t(T::GroupCloseWarning)))
            .child(secondary(
                "koers-group-close-no",
                Action::GroupCloseConfirm(false),
                ctx.t(T::GroupCloseNo),
            ))
            .child(secondary(
                "koers-group-close-yes",
                Action::GroupCloseConfirm(true),
                ctx.t(T::GroupCloseYes),
            ))
    } else {
        button("koers-link", Action::GroupClose)
            .id("koers-group-close")
            .text(ctx.t(T::GroupClose))
    };
    titled("koers-resume", "koers-group-title", ctx.t(T::GroupHeading))
        .id("koers-group")
        // On a projector the link and the codes sit side by side, so what adding codes
        // did shows beside the box, not below the screen.
        .child(
            el("div")
                .class("koers-group-top")
                .child(
                    el("div")
                        .class("koers-group-join")
                        .child(
                            el("p")
                                .text(ctx.t(T::GroupLinkIntro))
                                .text(" ")
                                .child(el("strong").id("koers-group-id").text(g.id.text())),
                        )
                        .child(
                            el("p")
                                .class("koers-group-link")
                                .id("koers-group-link")
                                .text(link),
                        )
                        .child(el("div").id("koers-group-qr").child(qr)),
                )
                .child(
                    el("div")
                        .class("koers-group-codes")
                        .child(
                            el("form")
                                .class("koers-field")
                                .on_submit(onsubmit)
                                .child(
                                    el("label")
                                        .class("koers-label")
                                        .attr("for", "koers-group-codes")
                                        .text(ctx.t(T::GroupCodesLabel)),
                                )
                                .child(
                                    el("p")
                                        .class("koers-hint")
                                        .id("koers-group-codes-hint")
                                        .text(ctx.t(T::GroupCodesHint)),
                                )
                                .child(
                                    el("textarea")
                                        .class("koers-textarea")
                                        .id("koers-group-codes")
                                        .attr("rows", "3")
                                        .attr("aria-describedby", "koers-group-codes-hint"),
                                )
                                .child(
                                    el("button")
                                        .attr("type", "submit")
                                        .class("koers-button koers-button--secondary")
                                        .id("koers-group-add")
                                        .text(ctx.t(T::GroupAdd)),
                                ),
                        )
                        .child(
                            el("p")
                                .attr("role", "status")
                                .id("koers-group-count")
                                .text(format!(
                                    "{}: {}",
                                    ctx.t(T::GroupCodesRead),
                                    g.accepted.len()
                                ))
                                .child((g.repeated > 0).then(|| {
                                    format!(" ({}: {})", ctx.t(T::GroupRepeated), g.repeated)
                                })),
                        )
                        .child(refused),
                ),
        )
        .child(
            el("div")
                .class("koers-table-wrap")
                .attr("tabindex", "0")
                .attr("role", "region")
                .attr("aria-label", ctx.t(T::GroupTableCaption))
                .child(
                    el("table")
                        .class("koers-table")
                        .id("koers-group-table")
                        .child(
                            el("caption")
                                .class("koers-caption")
                                .text(ctx.t(T::GroupTableCaption)),
                        )
                        .child(
                            el("thead").child(
                                el("tr")
                                    .child(
                                        el("th")
                                            .attr("scope", "col")
                                            .text(ctx.t(T::GroupDimension)),
                                    )
                                    .children(crate::domain::Stage::ALL.iter().map(|s| {
                                        el("th").attr("scope", "col").text(s.number().to_string())
                                    }))
                                    .child(
                                        el("th").attr("scope", "col").text(ctx.t(T::GroupMedian)),
                                    )
                                    .child(
                                        el("th").attr("scope", "col").text(ctx.t(T::GroupSpread)),
                                    )
                                    .child(
                                        el("th")
                                            .attr("scope", "col")
                                            .text(ctx.t(T::GroupPlanNow)),
                                    )
                                    .child(
                                        el("th").attr("scope", "col").child(
                                            el("span")
                                                .class("koers-visually-hidden")
                                                .text(ctx.t(T::GroupAdopt)),
                                        ),
                                    ),
                            ),
                        )
                        .child(el("tbody").children(rows)),
                ),
        )
        .child(close)
        .into()
}

/// A participant's score-only page: the seven dimensions, then a code to send back. Nothing
/// scored here touches any answers; the code carries the scores.
pub fn score_page(ctx: &Ctx, id: crate::domain::group::WorkshopId) -> View {
    let lang = ctx.lang;
    let fields = crate::domain::Dimension::ALL
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let d = *d;
            let options: Vec<(&'static str, String)> = crate::domain::Stage::ALL
                .iter()
                .map(|s| {
                    (
                        s.key(),
                        format!("{}. {}", s.number(), crate::i18n::grid_cell(d, *s, lang)),
                    )
                })
                .collect();
            let selected = ctx.m.own.get(i).copied().flatten().map(|s| s.key());
            super::fields::select(
                &format!("koers-own-{}", d.key()),
                d.label(lang),
                options,
                selected,
                ctx.t(T::ChooseOne),
                Rc::new(move |k: String| Action::OwnScore(d, crate::domain::Stage::from_key(&k))),
            )
        });
    let complete = crate::wizard::own_scores(&ctx.m.own).is_some();
    list([
        el("p")
            .class("koers-lead")
            .text(format!("{} {}", ctx.t(T::ScoreIntro), id.text()))
            .into(),
        list(fields),
        (ctx.m.own_asked && !complete)
            .then(|| {
                el("p")
                    .class("koers-error-message")
                    .id("koers-own-missing")
                    .attr("role", "alert")
                    .text(crate::i18n::labelled(
                        ctx.t(T::ScoreMissing),
                        &crate::domain::Dimension::ALL
                            .iter()
                            .zip(&ctx.m.own)
                            .filter(|(_, s)| s.is_none())
                            .map(|(d, _)| d.label(lang))
                            .collect::<Vec<_>>()
                            .join(", "),
                    ))
            })
            .into(),
        button("koers-button", Action::OwnCode)
            .id("koers-own-code-button")
            .text(ctx.t(T::ScoreShowCode))
            .into(),
        ctx.m
            .own_code
            .as_ref()
            .map(|code| {
                el("div")
                    .class("koers-own-code")
                    .attr("role", "status")
                    .child(el("p").text(ctx.t(T::ScoreYourCode)))
                    .child(
                        el("p")
                            .class("koers-code")
                            .id("koers-own-code")
                            .text(code.clone()),
                    )
                    .child(el("p").class("koers-hint").text(ctx.t(T::ScoreSendCode)))
                    .child(secondary(
                        "koers-own-copy",
                        Action::CopyOwnCode,
                        ctx.t(T::CopyCode),
                    ))
                    .child(ctx.m.own_copied.map(|ok| {
                        el("p")
                            .class("koers-hint")
                            .id("koers-own-copied")
                            .text(ctx.t(if ok { T::CodeCopied } else { T::CodeNotCopied }))
                    }))
            })
            .into(),
    ])
}
