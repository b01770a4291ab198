//! The pages that are not question screens: the task list (with "continue with a saved
//! plan"), check-your-answers built from the review rows, and the plan with its downloads.

use super::fields::Ctx;
use super::markup;
use crate::domain::{Section, MAX_BYTES};
use crate::i18n::{Label, T};
use crate::wizard::{Action, Document, Format, Route, Screen, Status};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// A status tag's text and colour class.
fn status_tag(ctx: &Ctx, status: Status) -> Html {
    let (text, class) = match status {
        Status::NotStarted => (T::StatusNotStarted, "koers-tag--grey"),
        Status::InProgress => (T::StatusInProgress, "koers-tag--blue"),
        Status::Done => (T::StatusDone, "koers-tag--green"),
        Status::NeedsAttention => (T::StatusNeedsAttention, "koers-tag--red"),
    };
    html! { <span class={classes!("koers-tag", class)}>{ ctx.t(text) }</span> }
}

/// A link-styled button that goes somewhere in the wizard.
fn go_link(ctx: &Ctx, label: &str, action: Action, id: String) -> Html {
    let onclick = ctx.send.reform(move |_| action.clone());
    html! { <button type="button" class="koers-link" {id} {onclick}>{ label.to_string() }</button> }
}

pub fn tasks(ctx: &Ctx) -> Html {
    html! { <>
        <p class="koers-lead">{ ctx.t(T::TasksIntro) }</p>
        <p>{ ctx.t(T::TasksHowLong) }</p>
        <ol class="koers-task-list">
            { for Section::ALL.iter().enumerate().map(|(i, s)| {
                let first = Screen::of_section(*s).first().copied().unwrap_or(Screen::OrgBasics);
                html! {
                    <li class="koers-task" data-section={s.key()}>
                        <span class="koers-task-name">
                            { format!("{}. ", i + 1) }
                            { go_link(ctx, s.label(ctx.lang), Action::Go(Route::Screen(first)), format!("koers-task-{}", s.key())) }
                        </span>
                        { status_tag(ctx, ctx.m.status(*s)) }
                    </li>
                }
            }) }
            <li class="koers-task">
                <span class="koers-task-name">{ "7. " }{ go_link(ctx, ctx.t(T::CheckAnswersLink), Action::Go(Route::Review), "koers-task-review".into()) }</span>
            </li>
            <li class="koers-task">
                <span class="koers-task-name">{ "8. " }{ go_link(ctx, ctx.t(T::PlanLink), Action::Go(Route::Plan), "koers-task-plan".into()) }</span>
            </li>
        </ol>
        <section class="koers-resume" aria-labelledby="koers-resume-title">
            <h2 class="koers-h2" id="koers-resume-title">{ ctx.t(T::ResumeHeading) }</h2>
            <p class="koers-hint">{ ctx.t(T::ResumeHint) }</p>
            { load_file(ctx, "koers-resume-file") }
            { load_example(ctx) }
        </section>
        { evaluate(ctx) }
    </> }
}

/// Evaluate the plan, once its self-assessment is complete: an evaluation is held against it.
fn evaluate(ctx: &Ctx) -> Html {
    if crate::domain::assess(&ctx.m.plan.maturity).is_none() {
        return Html::default();
    }
    let onclick = ctx
        .send
        .reform(|_| Action::Evaluate(super::browser::today()));
    let count = ctx.m.plan.evaluations.iter().filter(|e| e.closed).count();
    html! {
        <section class="koers-resume" aria-labelledby="koers-evaluate-title">
            <h2 class="koers-h2" id="koers-evaluate-title">{ ctx.t(T::EvaluateStart) }</h2>
            <p class="koers-hint">{ ctx.t(T::EvaluateStartHint) }</p>
            if count > 0 {
                <p class="koers-hint" id="koers-evaluations-done">{ format!("{}: {count}", ctx.t(T::EvaluationsDone)) }</p>
                // Each finished moment keeps its own report, for a board that asks about an
                // earlier one.
                <ul class="koers-list" id="koers-evaluation-history">
                    { for ctx.m.plan.evaluations.iter().enumerate().filter(|(_, e)| e.closed).map(|(i, e)| {
                        let when = e.date.map(|d| crate::i18n::date(d, ctx.lang)).unwrap_or_default();
                        let docx = crate::wizard::Format::ReportDocx;
                        let page = crate::wizard::Format::ReportHtml;
                        html! { <li>
                            { format!("{when}: ") }
                            <button type="button" class="koers-link" id={format!("koers-report-{i}")}
                                onclick={ctx.send.reform(move |_| Action::DownloadReport(i, docx))}>{ ctx.t(T::ReportOfMoment) }</button>
                            { " · " }
                            <button type="button" class="koers-link" id={format!("koers-report-{i}-html")}
                                onclick={ctx.send.reform(move |_| Action::DownloadReport(i, page))}>{ ctx.t(T::ReportOfMomentHtml) }</button>
                        </li> }
                    }) }
                </ul>
                { download_offer(ctx) }
            }
            <button type="button" class="koers-button koers-button--secondary" id="koers-evaluate" {onclick}>{ ctx.t(T::EvaluateStart) }</button>
        </section>
    }
}

/// Start from a sector's example answers: a choice and a button, so nothing loads by accident.
fn load_example(ctx: &Ctx) -> Html {
    let lang = ctx.lang;
    let onsubmit = ctx.send.reform(|e: SubmitEvent| {
        e.prevent_default();
        let sector = e
            .target_dyn_into::<web_sys::Element>()
            .and_then(|f| f.query_selector("select").ok().flatten())
            .and_then(|s| s.dyn_into::<web_sys::HtmlSelectElement>().ok())
            .and_then(|s| crate::domain::Sector::from_key(&s.value()));
        match sector {
            Some(s) => Action::OpenExample(s),
            None => Action::Focus(crate::wizard::Focus::None),
        }
    });
    html! {
        <form class="koers-field koers-example" {onsubmit}>
            <label class="koers-label" for="koers-example-sector">{ ctx.t(T::ExampleLabel) }</label>
            <p class="koers-hint" id="koers-example-hint">{ ctx.t(T::ExampleHint) }</p>
            <select class="koers-select" id="koers-example-sector" aria-describedby="koers-example-hint">
                // The first is chosen in so many words: Yew inserts a list's children last
                // first, and a select takes the first option inserted, which was the last.
                { for crate::export::examples::SECTORS.iter().enumerate().map(|(i, s)| html! {
                    <option value={s.key()} selected={i == 0}>{ s.label(lang) }</option>
                }) }
            </select>
            // The gap is the stylesheet's margin, not a space: the static copy of this screen
            // in index.html goes through an HTML minifier, which drops a space between tags.
            <button type="submit" class="koers-button koers-button--secondary" id="koers-example-open">{ ctx.t(T::ExampleOpen) }</button>
        </form>
    }
}

/// A file input for an answers file: read in the browser, then the wizard asks before it
/// replaces anything.
fn load_file(ctx: &Ctx, id: &'static str) -> Html {
    let send = ctx.send.clone();
    let onchange = Callback::from(move |e: Event| {
        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        input.set_value("");
        let size = file.size();
        if size > MAX_BYTES as f64 {
            send.emit(Action::FileTooLarge(size as usize));
            return;
        }
        let send = send.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let file = gloo_file::File::from(file);
            // An unreadable file is an empty one: the wizard says so in the user's language.
            let bytes = gloo_file::futures::read_as_bytes(&file)
                .await
                .unwrap_or_default();
            send.emit(Action::Opened {
                bytes,
                from_link: false,
            });
        });
    });
    html! {
        <div class="koers-field">
            <label class="koers-label" for={id}>{ ctx.t(T::LoadAnswers) }</label>
            <input type="file" {id} class="koers-file" accept=".json,application/json" {onchange} />
        </div>
    }
}

/// Check-your-answers, drawn by the documents module (`export::asides::review`). One
/// listener here serves every Change button (each names its screen and its first question in
/// its `value`): the page has some sixty of them.
pub fn review_page(ctx: &Ctx) -> Html {
    let onclick = ctx.send.reform(|e: MouseEvent| {
        let change = e
            .target_dyn_into::<web_sys::Element>()
            .and_then(|t| t.closest("button[value]").ok().flatten())
            .and_then(|b| b.get_attribute("value"))
            .and_then(|v| crate::wizard::read_change_value(&v));
        match change {
            Some((s, field)) => Action::Change(s, field),
            // A click between the buttons changes nothing.
            None => Action::Focus(crate::wizard::Focus::None),
        }
    });
    let content = match module_nodes(ctx, Route::Review) {
        Ok(nodes) => markup::view_all(&nodes),
        Err(placeholder) => placeholder,
    };
    html! { <div id="koers-review-page" {onclick}>{ content }</div> }
}

/// What the documents module drew for this page, or in its place word that it is coming, or
/// why it is not.
fn module_nodes(ctx: &Ctx, route: Route) -> Result<Vec<crate::export::markup::Node>, Html> {
    match &ctx.m.document {
        Document::Ready(r, _, _, encoded) if *r == route => {
            crate::export::markup::decode(encoded).map_err(|_| unavailable(ctx))
        }
        Document::Unavailable => Err(unavailable(ctx)),
        // Shown only if it takes a while (the CSS delays it): the usual two frames pass without
        // a flash of text, or a screen reader announcing it on every visit.
        _ => Err(
            html! { <p class="koers-hint koers-pending" role="status">{ ctx.t(T::PageBuilding) }</p> },
        ),
    }
}

/// The plan: downloads, the share link, loading a file, the plan document (rendered by the
/// documents module from the same outline as the downloads) and the models compared.
pub fn plan_page(ctx: &Ctx) -> Html {
    let send = &ctx.send;
    let download = |f: Format| send.reform(move |_| Action::Download(f));
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
        Ok(nodes) => {
            html! { <>{ for nodes.iter().filter(|n| !is_models(n)).map(markup::view) }</> }
        }
        Err(placeholder) => placeholder,
    };
    let ontoggle = send.reform(|e: Event| {
        Action::ShowModels(
            e.target_unchecked_into::<web_sys::Element>()
                .has_attribute("open"),
        )
    });
    html! { <>
        <p class="koers-lead">{ ctx.t(T::PlanIntro) }</p>
        <section class="koers-downloads" aria-labelledby="koers-downloads-title">
            <h2 class="koers-h2" id="koers-downloads-title">{ ctx.t(T::Downloads) }</h2>
            <div class="koers-download-buttons">
                <button type="button" class="koers-button" id="koers-print" onclick={send.reform(|_| Action::Print)}>{ ctx.t(T::Print) }</button>
                <button type="button" class="koers-button koers-button--secondary" id="koers-download-docx" onclick={download(Format::Docx)}>{ ctx.t(T::DownloadDocx) }</button>
                <button type="button" class="koers-button koers-button--secondary" id="koers-download-html" onclick={download(Format::Html)}>{ ctx.t(T::DownloadHtml) }</button>
                <button type="button" class="koers-button koers-button--secondary" id="koers-download-md" onclick={download(Format::Markdown)}>{ ctx.t(T::DownloadMarkdown) }</button>
                <button type="button" class="koers-button koers-button--secondary" id="koers-download-ics" onclick={download(Format::Ics)}>{ ctx.t(T::DownloadIcs) }</button>
                <button type="button" class="koers-button koers-button--secondary" id="koers-download-json" onclick={send.reform(|_| Action::DownloadAnswers)}>{ ctx.t(T::DownloadJson) }</button>
            </div>
            if ctx.m.config.autosave {
                { super::fields::checkbox("koers-forget-after", ctx.t(T::ForgetAfterDownload), ctx.m.forget_after_download,
                    send.reform(Action::ForgetAfterDownload)) }
            }
            { download_offer(ctx) }
            <p class="koers-hint">{ ctx.t(T::PrintHint) }</p>
            <p class="koers-hint">{ ctx.t(T::AnswersFileNote) }</p>
            { load_file(ctx, "koers-load-file") }
            <h2 class="koers-h2">{ ctx.t(T::ShareHeading) }</h2>
            <p class="koers-warning">{ ctx.t(T::ShareWarning) }</p>
            <button type="button" class="koers-button koers-button--secondary" id="koers-share" onclick={send.reform(|_| Action::MakeShareLink)}>{ ctx.t(T::ShareButton) }</button>
            { share_field(ctx) }
        </section>
        <article class="koers-document" id="koers-plan-document">{ document }</article>
        // Built only once opened: a hundred elements most visitors leave closed.
        <details class="koers-details" id="koers-models-disclosure" {ontoggle}>
            <summary>{ ctx.t(T::ModelsCompared) }</summary>
            if ctx.m.models_open {
                { models.unwrap_or_default() }
            }
        </details>
    </> }
}

/// The share link once made, selected whole when focused so it can be copied at once.
fn share_field(ctx: &Ctx) -> Html {
    let Some(link) = &ctx.m.share_link else {
        return Html::default();
    };
    html! {
        <div class="koers-field">
            <label class="koers-label" for="koers-share-link">{ ctx.t(T::ShareLinkLabel) }</label>
            <input class="koers-input" id="koers-share-link" type="text" readonly=true value={link.clone()}
                onfocus={Callback::from(|e: FocusEvent| e.target_unchecked_into::<web_sys::HtmlInputElement>().select())} />
            <button type="button" class="koers-button koers-button--secondary" id="koers-share-copy"
                onclick={ctx.send.reform(|_| Action::CopyShareLink)}>{ ctx.t(T::CopyLink) }</button>
            if let Some(ok) = ctx.m.share_copied {
                <p class="koers-hint" id="koers-share-copied" role="status">{ ctx.t(if ok { T::LinkCopied } else { T::LinkNotCopied }) }</p>
            }
        </div>
    }
}

/// After a download, another way to get it: no browser says when it (or a host page's
/// sandbox) blocked one, so the offer stands until the visitor moves on.
pub fn download_offer(ctx: &Ctx) -> Html {
    if ctx.m.downloaded.is_none() {
        return Html::default();
    }
    let blocked = ctx.m.tab_blocked;
    html! {
        <div class="koers-download-offer" id="koers-download-offer" role="status">
            <p>{ ctx.t(if blocked { T::TabBlocked } else { T::DownloadOffered }) }</p>
            if !blocked {
                <button type="button" class="koers-button koers-button--secondary" id="koers-open-tab"
                    onclick={ctx.send.reform(|_| Action::OpenInTab)}>{ ctx.t(T::OpenInTab) }</button>
            }
            <button type="button" class="koers-button koers-button--secondary" id="koers-share-instead"
                onclick={ctx.send.reform(|_| Action::MakeShareLink)}>{ ctx.t(T::ShareButton) }</button>
            // The plan page shows the link with its own button; elsewhere it appears here.
            if ctx.m.route != Route::Plan { { share_field(ctx) } }
        </div>
    }
}

fn unavailable(ctx: &Ctx) -> Html {
    html! { <>
        <p class="koers-notice">{ ctx.t(T::PageUnavailable) }</p>
        <button type="button" class="koers-button koers-button--secondary" id="koers-doc-retry"
            onclick={ctx.send.reform(|_| Action::RetryDocument)}>{ ctx.t(T::TryAgain) }</button>
    </> }
}

/// Scoring together, for the facilitator on the projector: the link and its QR code for the
/// phones, the codes that come back, and per dimension the votes, the median and the spread.
/// Every control is a button or a field, so it works from the keyboard alone.
pub fn group_panel(ctx: &Ctx) -> Html {
    let lang = ctx.lang;
    let Some(g) = &ctx.m.group else {
        return html! {
            <section class="koers-resume" aria-labelledby="koers-group-title">
                <h2 class="koers-h2" id="koers-group-title">{ ctx.t(T::GroupHeading) }</h2>
                <p class="koers-hint">{ ctx.t(T::GroupIntro) }</p>
                <button type="button" class="koers-button koers-button--secondary" id="koers-group-open"
                    onclick={ctx.send.reform(|_| Action::GroupOpen)}>{ ctx.t(T::GroupOpen) }</button>
            </section>
        };
    };
    let link = format!("{}#scoren-{}", super::browser::page_address(), g.id.text());
    let onsubmit = ctx.send.reform(|e: SubmitEvent| {
        e.prevent_default();
        let text = e
            .target_dyn_into::<web_sys::Element>()
            .and_then(|f| f.query_selector("textarea").ok().flatten())
            .and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
            .map(|t| {
                let v = t.value();
                t.set_value("");
                v
            })
            .unwrap_or_default();
        Action::GroupCodes(text)
    });
    let rows = crate::domain::Dimension::ALL.iter().map(|d| {
        let d = *d;
        let votes = &g.votes;
        let cells = crate::domain::Stage::ALL.iter().map(|s| {
            let s = *s;
            let n = votes.count(d, s);
            let name = format!("{}, {} {}", d.label(lang), ctx.t(T::GroupStage), s.number());
            html! {
                <td class="koers-tally">
                    <span aria-hidden="true">{ n }</span>
                    <button type="button" class="koers-tally-button" aria-label={format!("{} – {}: {n}", ctx.t(T::GroupMinus), name)}
                        onclick={ctx.send.reform(move |_| Action::GroupBump(d, s, false))}>{ "−" }</button>
                    <button type="button" class="koers-tally-button" aria-label={format!("{} – {}: {n}", ctx.t(T::GroupPlus), name)}
                        onclick={ctx.send.reform(move |_| Action::GroupBump(d, s, true))}>{ "+" }</button>
                </td>
            }
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
        html! {
            <tr id={format!("koers-group-{}", d.key())}>
                <th scope="row">{ d.label(lang) }</th>
                { for cells }
                <td>{ median.map(|m| m.number().to_string()).unwrap_or_default() }</td>
                <td>{ spread }{ if votes.disagree(d) { format!(" ({})", ctx.t(T::GroupDisagree)) } else { String::new() } }</td>
                <td id={format!("koers-group-plan-{}", d.key())}>{ in_plan }</td>
                <td>if let Some(m) = median {
                    <button type="button" class="koers-button koers-button--secondary" id={format!("koers-group-adopt-{}", d.key())}
                        onclick={ctx.send.reform(move |_| Action::GroupAdopt(d))}>{ format!("{} ({})", ctx.t(T::GroupAdopt), m.number()) }</button>
                }</td>
            </tr>
        }
    });
    html! {
        <section class="koers-resume" aria-labelledby="koers-group-title" id="koers-group">
            <h2 class="koers-h2" id="koers-group-title">{ ctx.t(T::GroupHeading) }</h2>
            // On a projector the link and the codes sit side by side, so what adding codes
            // did shows beside the box, not below the screen.
            <div class="koers-group-top">
                <div class="koers-group-join">
                    <p>{ ctx.t(T::GroupLinkIntro) }{ " " }<strong id="koers-group-id">{ g.id.text() }</strong></p>
                    <p class="koers-group-link" id="koers-group-link">{ link }</p>
                    <div id="koers-group-qr">{ g.qr.as_deref().and_then(|q| crate::export::markup::decode(q).ok()).map(|n| markup::view_all(&n)).unwrap_or_default() }</div>
                </div>
                <div class="koers-group-codes">
                    <form class="koers-field" {onsubmit}>
                        <label class="koers-label" for="koers-group-codes">{ ctx.t(T::GroupCodesLabel) }</label>
                        <p class="koers-hint" id="koers-group-codes-hint">{ ctx.t(T::GroupCodesHint) }</p>
                        <textarea class="koers-textarea" id="koers-group-codes" rows="3" aria-describedby="koers-group-codes-hint" />
                        <button type="submit" class="koers-button koers-button--secondary" id="koers-group-add">{ ctx.t(T::GroupAdd) }</button>
                    </form>
                    <p role="status" id="koers-group-count">
                        { format!("{}: {}", ctx.t(T::GroupCodesRead), g.accepted.len()) }
                        if g.repeated > 0 { { format!(" ({}: {})", ctx.t(T::GroupRepeated), g.repeated) } }
                    </p>
                    if !g.refused.is_empty() {
                        <div class="koers-warning" role="alert" id="koers-group-refused" tabindex="-1">
                            <ul class="koers-list">{ for g.refused.iter().map(|(code, e)| html! {
                                <li>{ format!("{code}: {}", crate::i18n::code_error(*e, lang)) }</li>
                            }) }</ul>
                        </div>
                    }
                </div>
            </div>
            <div class="koers-table-wrap" tabindex="0" role="region" aria-label={ctx.t(T::GroupTableCaption)}>
                <table class="koers-table" id="koers-group-table">
                    <caption class="koers-caption">{ ctx.t(T::GroupTableCaption) }</caption>
                    <thead><tr>
                        <th scope="col">{ ctx.t(T::GroupDimension) }</th>
                        { for crate::domain::Stage::ALL.iter().map(|s| html! { <th scope="col">{ s.number() }</th> }) }
                        <th scope="col">{ ctx.t(T::GroupMedian) }</th>
                        <th scope="col">{ ctx.t(T::GroupSpread) }</th>
                        <th scope="col">{ ctx.t(T::GroupPlanNow) }</th>
                        <th scope="col"><span class="koers-visually-hidden">{ ctx.t(T::GroupAdopt) }</span></th>
                    </tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
            if g.closing {
                <div class="koers-warning" id="koers-group-closing" tabindex="-1">
                    <p>{ ctx.t(T::GroupCloseWarning) }</p>
                    <button type="button" class="koers-button koers-button--secondary" id="koers-group-close-no"
                        onclick={ctx.send.reform(|_| Action::GroupCloseConfirm(false))}>{ ctx.t(T::GroupCloseNo) }</button>
                    <button type="button" class="koers-button koers-button--secondary" id="koers-group-close-yes"
                        onclick={ctx.send.reform(|_| Action::GroupCloseConfirm(true))}>{ ctx.t(T::GroupCloseYes) }</button>
                </div>
            } else {
                <button type="button" class="koers-link" id="koers-group-close"
                    onclick={ctx.send.reform(|_| Action::GroupClose)}>{ ctx.t(T::GroupClose) }</button>
            }
        </section>
    }
}

/// A participant's score-only page: the seven dimensions, then a code to send back. Nothing
/// scored here touches any answers; the code carries the scores.
pub fn score_page(ctx: &Ctx, id: crate::domain::group::WorkshopId) -> Html {
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
            let on = ctx
                .send
                .reform(move |k: String| Action::OwnScore(d, crate::domain::Stage::from_key(&k)));
            super::fields::select(
                &format!("koers-own-{}", d.key()),
                d.label(lang),
                options,
                selected,
                ctx.t(T::ChooseOne),
                on,
            )
        });
    let complete = crate::wizard::own_scores(&ctx.m.own).is_some();
    html! { <>
        <p class="koers-lead">{ format!("{} {}", ctx.t(T::ScoreIntro), id.text()) }</p>
        { for fields }
        if ctx.m.own_asked && !complete {
            <p class="koers-error-message" id="koers-own-missing" role="alert">{
                crate::i18n::labelled(
                    ctx.t(T::ScoreMissing),
                    &crate::domain::Dimension::ALL
                        .iter()
                        .zip(&ctx.m.own)
                        .filter(|(_, s)| s.is_none())
                        .map(|(d, _)| d.label(lang))
                        .collect::<Vec<_>>()
                        .join(", "),
                )
            }</p>
        }
        <button type="button" class="koers-button" id="koers-own-code-button"
            onclick={ctx.send.reform(|_| Action::OwnCode)}>{ ctx.t(T::ScoreShowCode) }</button>
        if let Some(code) = &ctx.m.own_code {
            <div class="koers-own-code" role="status">
                <p>{ ctx.t(T::ScoreYourCode) }</p>
                <p class="koers-code" id="koers-own-code">{ code.clone() }</p>
                <p class="koers-hint">{ ctx.t(T::ScoreSendCode) }</p>
                <button type="button" class="koers-button koers-button--secondary" id="koers-own-copy"
                    onclick={ctx.send.reform(|_| Action::CopyOwnCode)}>{ ctx.t(T::CopyCode) }</button>
                if let Some(ok) = ctx.m.own_copied {
                    <p class="koers-hint" id="koers-own-copied">{ ctx.t(if ok { T::CodeCopied } else { T::CodeNotCopied }) }</p>
                }
            </div>
        }
    </> }
}
