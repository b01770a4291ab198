//! One view function per screen. Each reads the wizard through `Ctx` and sends actions; none
//! holds logic of its own beyond layout (the rules live in `domain`, the numbers in `summary`).

use super::fields::{
    checkbox, checkbox_group, input, radios, radios_with_id, select, textarea, Ctx, Kind,
};
use super::markup;
use super::timeline::timeline;
use crate::domain::{
    assess, Activity, Approval, Audience, Cadence, Channel, ChannelRole, CommsTeam, Dimension,
    FieldId, KpiLevel, OrgModel, PhaseKind, Raci, ResponseTime, Rhythm, RoleKind, ScopeLevel,
    Sector, SizeBand, SocialGoal, Spokespeople, Stage, TrainingLevel, TrainingModule, Trust, Usage,
};
use crate::export::html::{self, Flavour};
use crate::i18n::{self, Label, T};
use crate::wizard::{Action, Edit, KpiText, RuleFlag, Screen};
use yew::prelude::*;

/// Options for a closed choice: (key, label) in display order.
fn opts<L: Label + Copy>(
    all: &[L],
    key: fn(L) -> &'static str,
    ctx: &Ctx,
) -> Vec<(&'static str, String)> {
    all.iter()
        .map(|v| (key(*v), v.label(ctx.lang).to_string()))
        .collect()
}

macro_rules! choice {
    ($ctx:expr, $ty:ty, $field:expr, $legend:expr, $hint:expr, $value:expr, $edit:path) => {
        radios(
            $ctx,
            $field,
            $legend,
            $hint,
            opts(<$ty>::ALL, <$ty>::key, $ctx),
            $value.map(<$ty>::key),
            $ctx.send
                .reform(|k: String| Action::Edit($edit(<$ty>::from_key(&k)))),
        )
    };
}

/// The heading and the help text of a question screen.
#[must_use]
pub fn heading(screen: Screen) -> (T, T) {
    match screen {
        Screen::OrgBasics => (T::OrgBasicsHeading, T::OrgBasicsHelp),
        Screen::OrgChannels => (T::OrgChannelsHeading, T::OrgChannelsHelp),
        Screen::MaturityGrid => (T::MaturityGridHeading, T::MaturityGridHelp),
        Screen::MaturityResult => (T::MaturityResultHeading, T::MaturityResultHelp),
        Screen::Goals => (T::GoalsHeading, T::GoalsHelp),
        Screen::Kpis => (T::KpisHeading, T::KpisHelp),
        Screen::Scope => (T::ScopeHeading, T::ScopeHelp),
        Screen::GovInputs => (T::GovInputsHeading, T::GovInputsHelp),
        Screen::GovModel => (T::GovModelHeading, T::GovModelHelp),
        Screen::GovRules => (T::GovRulesHeading, T::GovRulesHelp),
        Screen::Team => (T::TeamHeading, T::TeamHelp),
        Screen::Raci => (T::RaciHeading, T::RaciHelp),
        Screen::Training => (T::TrainingHeading, T::TrainingHelp),
        Screen::Dates => (T::DatesHeading, T::DatesHelp),
        Screen::Timeline => (T::TimelineHeading, T::DatesHelp),
    }
}

/// The body of a question screen, as its question blocks: shown together normally, one at a
/// time in workshop mode.
pub fn body(ctx: &Ctx, screen: Screen) -> Vec<Html> {
    match screen {
        Screen::OrgBasics => org_basics(ctx),
        Screen::OrgChannels => org_channels(ctx),
        Screen::MaturityGrid => maturity_grid(ctx),
        Screen::MaturityResult => maturity_result(ctx),
        Screen::Goals => vec![goals(ctx)],
        Screen::Kpis => vec![kpis(ctx)],
        Screen::Scope => scope(ctx),
        Screen::GovInputs => gov_inputs(ctx),
        Screen::GovModel => gov_model(ctx),
        Screen::GovRules => gov_rules(ctx),
        Screen::Team => vec![team(ctx)],
        Screen::Raci => vec![raci(ctx)],
        Screen::Training => training(ctx),
        Screen::Dates => dates(ctx),
        Screen::Timeline => vec![timeline_screen(ctx)],
    }
}

fn org_basics(ctx: &Ctx) -> Vec<Html> {
    let o = &ctx.w.plan.organisation;
    vec![
        input(
            ctx,
            FieldId::OrgName,
            ctx.t(T::OrgName),
            None,
            o.name.clone(),
            Kind::Text,
            ctx.on_text(Edit::OrgName),
        ),
        choice!(
            ctx,
            Sector,
            FieldId::Sector,
            ctx.t(T::Sector),
            Some(ctx.t(T::SectorHelp)),
            o.sector,
            Edit::Sector
        ),
        choice!(
            ctx,
            SizeBand,
            FieldId::Size,
            ctx.t(T::Size),
            None,
            o.size,
            Edit::Size
        ),
    ]
}

fn org_channels(ctx: &Ctx) -> Vec<Html> {
    let o = &ctx.w.plan.organisation;
    let rows = Channel::ALL.iter().map(|c| {
        let c = *c;
        let current = o.channels.get(&c).copied().unwrap_or(Usage::NotUsed);
        select(
            &format!("koers-f-channel-{}", c.key()),
            c.label(ctx.lang),
            opts(Usage::ALL, Usage::key, ctx),
            Some(current.key()),
            None,
            ctx.send.reform(move |k: String| {
                Action::Edit(Edit::ChannelUsage(
                    c,
                    Usage::from_key(&k).unwrap_or(Usage::NotUsed),
                ))
            }),
        )
    });
    vec![
        html! { <>
            { input(ctx, FieldId::Locations, ctx.t(T::Locations), None, ctx.w.raw(FieldId::Locations), Kind::Number, ctx.on_raw(FieldId::Locations)) }
            { input(ctx, FieldId::Brands, ctx.t(T::Brands), None, ctx.w.raw(FieldId::Brands), Kind::Number, ctx.on_raw(FieldId::Brands)) }
        </> },
        html! {
            <fieldset class="koers-fieldset koers-channel-grid">
                <legend class="koers-legend">{ ctx.t(T::ChannelsLegend) }</legend>
                { for rows }
            </fieldset>
        },
        html! { <>
            { choice!(ctx, CommsTeam, FieldId::CommsTeam, ctx.t(T::CommsTeam), None, o.comms_team, Edit::CommsTeam) }
            { input(ctx, FieldId::CommsHours, ctx.t(T::CommsHours), Some(ctx.t(T::HoursHint)), ctx.w.raw(FieldId::CommsHours), Kind::Decimal, ctx.on_raw(FieldId::CommsHours)) }
        </> },
    ]
}

fn maturity_grid(ctx: &Ctx) -> Vec<Html> {
    let m = &ctx.w.plan.maturity;
    Dimension::ALL
        .iter()
        .map(|d| {
            let d = *d;
            let options = Stage::ALL
                .iter()
                .map(|s| {
                    (
                        s.key(),
                        format!("{}. {}", s.number(), i18n::grid_cell(d, *s, ctx.lang)),
                    )
                })
                .collect();
            radios(
                ctx,
                FieldId::MaturityScore(d),
                d.label(ctx.lang),
                None,
                options,
                m.scores.get(&d).map(|s| s.key()),
                ctx.send.reform(move |k: String| match Stage::from_key(&k) {
                    Some(s) => Action::Edit(Edit::MaturityScore(d, s)),
                    None => Action::Edit(Edit::Target(None)),
                }),
            )
        })
        .collect()
}

/// The five stages as an ordered list, with the current and target stage marked in text, not
/// only in colour: the same list as in the plan document.
pub fn stages_visual(ctx: &Ctx, current: Stage, target: Stage) -> Html {
    markup::view(&html::stages(current, target, ctx.lang, Flavour::Screen))
}

fn maturity_result(ctx: &Ctx) -> Vec<Html> {
    let Some(a) = assess(&ctx.w.plan.maturity) else {
        return vec![html! { <p class="koers-notice">{ ctx.t(T::MaturityIncomplete) }</p> }];
    };
    let Some(m) = crate::wizard::maturity_view(&ctx.w.plan, ctx.lang) else {
        return Vec::new();
    };
    let mut options: Vec<(&'static str, String)> = vec![("next", ctx.t(T::TargetNext).to_string())];
    options.extend(
        Stage::ALL
            .iter()
            .map(|s| (s.key(), format!("{}. {}", s.number(), s.label(ctx.lang)))),
    );
    let selected = Some(ctx.w.plan.maturity.target.map_or("next", Stage::key));
    vec![
        html! { <>
            { stages_visual(ctx, a.stage, m.target) }
            <p class="koers-result" id="koers-stage-result">
                <strong>{ ctx.t(T::CurrentStage) }{ ": " }</strong>
                <span data-stage={a.stage.key()}>{ format!("{}. {}", a.stage.number(), a.stage.label(ctx.lang)) }</span>
            </p>
            <p>{ i18n::stage_description(a.stage, ctx.lang) }</p>
            <h2 class="koers-h2">{ ctx.t(T::WhyThisStage) }</h2>
            <ul class="koers-list">{ for m.reasons.iter().map(|r| html! { <li>{ r.clone() }</li> }) }</ul>
        </> },
        html! { <>
            { radios_with_id(ctx, "koers-f-target", None, ctx.t(T::TargetQuestion), Some(ctx.t(T::TargetHelp)), options, selected,
                ctx.send.reform(|k: String| Action::Edit(Edit::Target(Stage::from_key(&k))))) }
            if m.skips_stages { <p class="koers-warning" role="status">{ ctx.t(T::SkipWarning) }</p> }
            if m.consolidates { <p class="koers-notice">{ ctx.t(T::ConsolidateNote) }</p> }
            <h2 class="koers-h2">{ ctx.t(T::GrowthActions) }</h2>
            <ul class="koers-list">{ for m.actions.iter().map(|r| html! { <li>{ r.clone() }</li> }) }</ul>
            <h2 class="koers-h2">{ ctx.t(T::FallbackRisks) }</h2>
            <ul class="koers-list">{ for m.risks.iter().map(|r| html! { <li>{ r.clone() }</li> }) }</ul>
        </> },
    ]
}

fn goals(ctx: &Ctx) -> Html {
    let g = &ctx.w.plan.goals;
    let boxes = html! { <>{ for SocialGoal::ALL.iter().map(|goal| {
        let goal = *goal;
        let chosen = g.goals.get(&goal);
        html! { <div class="koers-goal">
            { checkbox(&format!("koers-f-goalbox-{}", goal.key()), goal.label(ctx.lang), chosen.is_some(),
                ctx.on_bool(move |on| Edit::Goal(goal, on))) }
            if let Some(business) = chosen {
                <div class="koers-conditional">
                    { input(ctx, FieldId::GoalBusiness(goal), ctx.t(T::BusinessGoal), None, business.clone(), Kind::Text,
                        ctx.on_text(move |s| Edit::GoalBusiness(goal, s))) }
                </div>
            }
        </div> }
    }) }</> };
    checkbox_group(ctx, FieldId::Goals, ctx.t(T::GoalsHeading), None, boxes)
}

fn kpis(ctx: &Ctx) -> Html {
    let list = &ctx.w.plan.goals.kpis;
    html! { <>
        if list.is_empty() { <p class="koers-notice">{ ctx.t(T::NoKpis) }</p> }
        { for list.iter().enumerate().map(|(i, k)| html! {
            <fieldset class="koers-fieldset koers-card">
                <legend class="koers-legend">{ format!("{} {}", ctx.t(T::KpiName), i + 1) }</legend>
                { input(ctx, FieldId::KpiName(i), ctx.t(T::KpiName), None, k.name.clone(), Kind::Text, ctx.on_text(move |s| Edit::KpiText(i, KpiText::Name, s))) }
                { radios(ctx, FieldId::KpiLevel(i), ctx.t(T::KpiLevel), None, opts(KpiLevel::ALL, KpiLevel::key, ctx), k.level.map(KpiLevel::key),
                    ctx.send.reform(move |key: String| Action::Edit(Edit::KpiLevel(i, KpiLevel::from_key(&key))))) }
                <div class="koers-row">
                    { plain_input(&format!("koers-f-kpi-{i}-baseline"), ctx.t(T::KpiBaseline), k.baseline.clone(), ctx.on_text(move |s| Edit::KpiText(i, KpiText::Baseline, s))) }
                    { plain_input(&format!("koers-f-kpi-{i}-target"), ctx.t(T::KpiTarget), k.target.clone(), ctx.on_text(move |s| Edit::KpiText(i, KpiText::Target, s))) }
                    { plain_input(&format!("koers-f-kpi-{i}-owner"), ctx.t(T::KpiOwner), k.owner.clone(), ctx.on_text(move |s| Edit::KpiText(i, KpiText::Owner, s))) }
                </div>
                <button type="button" class="koers-button koers-button--secondary"
                    onclick={ctx.send.reform(move |_| Action::Edit(Edit::RemoveKpi(i)))}>
                    { ctx.t(T::Remove) }<span class="koers-visually-hidden">{ format!(" {} {}", ctx.t(T::KpiName), i + 1) }</span>
                </button>
            </fieldset>
        }) }
        <button type="button" class="koers-button koers-button--secondary" id="koers-add-kpi"
            onclick={ctx.send.reform(|_| Action::Edit(Edit::AddKpi))}>{ ctx.t(T::AddKpi) }</button>
    </> }
}

/// An unvalidated labelled text input.
fn plain_input(id: &str, label: &str, value: String, on: Callback<String>) -> Html {
    let oninput = Callback::from(move |e: InputEvent| {
        on.emit(
            e.target_unchecked_into::<web_sys::HtmlInputElement>()
                .value(),
        );
    });
    html! {
        <div class="koers-field">
            <label class="koers-label" for={id.to_string()}>{ label.to_string() }</label>
            <input class="koers-input" id={id.to_string()} type="text" {value} {oninput} autocomplete="off" />
        </div>
    }
}

fn scope(ctx: &Ctx) -> Vec<Html> {
    let s = &ctx.w.plan.scope;
    let boxes = html! { <>{ for Audience::ALL.iter().map(|a| {
        let a = *a;
        let chans = s.audiences.get(&a);
        html! { <div class="koers-goal">
            { checkbox(&format!("koers-f-audience-{}", a.key()), a.label(ctx.lang), chans.is_some(), ctx.on_bool(move |on| Edit::Audience(a, on))) }
            if let Some(chans) = chans {
                <div class="koers-conditional">
                    <p class="koers-label">{ ctx.t(T::ChannelsFor) }</p>
                    { for Channel::ALL.iter().map(|c| {
                        let c = *c;
                        let plan = chans.iter().find(|cp| cp.channel == c);
                        html! { <div class="koers-channel-plan">
                            { checkbox(&format!("koers-f-ac-{}-{}", a.key(), c.key()), c.label(ctx.lang), plan.is_some(),
                                ctx.on_bool(move |on| Edit::AudienceChannel(a, c, on))) }
                            if let Some(p) = plan {
                                <div class="koers-row">
                                    { select(&format!("koers-f-ac-{}-{}-role", a.key(), c.key()), ctx.t(T::ChannelRole), opts(ChannelRole::ALL, ChannelRole::key, ctx), Some(p.role.key()), None,
                                        ctx.send.reform(move |k: String| Action::Edit(Edit::AudienceChannelRole(a, c, ChannelRole::from_key(&k).unwrap_or(ChannelRole::Inform))))) }
                                    { select(&format!("koers-f-ac-{}-{}-rhythm", a.key(), c.key()), ctx.t(T::Rhythm), opts(Rhythm::ALL, Rhythm::key, ctx), Some(p.rhythm.key()), None,
                                        ctx.send.reform(move |k: String| Action::Edit(Edit::AudienceChannelRhythm(a, c, Rhythm::from_key(&k).unwrap_or(Rhythm::Weekly))))) }
                                </div>
                            }
                        </div> }
                    }) }
                </div>
            }
        </div> }
    }) }</> };
    vec![
        choice!(
            ctx,
            ScopeLevel,
            FieldId::ScopeLevel,
            ctx.t(T::ScopeLevel),
            None,
            s.level,
            Edit::ScopeLevel
        ),
        checkbox_group(
            ctx,
            FieldId::Audiences,
            ctx.t(T::AudiencesLegend),
            None,
            boxes,
        ),
    ]
}

fn gov_inputs(ctx: &Ctx) -> Vec<Html> {
    let g = &ctx.w.plan.governance;
    vec![
        choice!(
            ctx,
            Trust,
            FieldId::Trust,
            ctx.t(T::Trust),
            None,
            g.trust,
            Edit::Trust
        ),
        choice!(
            ctx,
            TrainingLevel,
            FieldId::Training,
            ctx.t(T::Training),
            None,
            g.training,
            Edit::Training
        ),
    ]
}

/// The five models side by side: a table on a desk, stacked cards on a phone.
pub fn model_comparison(ctx: &Ctx) -> Html {
    let g = crate::wizard::governance_view(&ctx.w.plan, ctx.lang);
    markup::view(&html::model_comparison(&g, ctx.lang))
}

fn gov_model(ctx: &Ctx) -> Vec<Html> {
    let g = &ctx.w.plan.governance;
    let rec = crate::domain::recommend(&ctx.w.plan);
    let best = rec.recommended();
    let options: Vec<(&'static str, String)> = OrgModel::ALL
        .iter()
        .map(|m| {
            let label = if *m == rec.recommended() {
                format!(
                    "{} ({})",
                    m.label(ctx.lang),
                    ctx.t(T::Recommended).to_ascii_lowercase()
                )
            } else {
                m.label(ctx.lang).to_string()
            };
            (m.key(), label)
        })
        .collect();
    vec![
        html! { <>
            <p class="koers-result" id="koers-recommended">
                <strong>{ ctx.t(T::RecommendedModel) }{ ": " }</strong>
                <span data-model={rec.recommended().key()}>{ rec.recommended().label(ctx.lang) }</span>
            </p>
            <h2 class="koers-h2">{ ctx.t(T::ModelsCompared) }</h2>
            { model_comparison(ctx) }
        </> },
        html! { <>
            { radios_with_id(ctx, "koers-f-model", None, ctx.t(T::ChooseModelLegend), None, options, Some(rec.chosen.key()),
                ctx.send.reform(move |k: String| {
                    let m = OrgModel::from_key(&k);
                    // Choosing the recommended model stores nothing: the plan follows the advice.
                    Action::Edit(Edit::ChooseModel(m.filter(|m| *m != best)))
                })) }
            if rec.deviates || !g.choice_reason.is_empty() {
                { textarea(ctx, FieldId::ChoiceReason, ctx.t(T::ChoiceReason), None, g.choice_reason.clone(), ctx.on_text(Edit::ChoiceReason)) }
            }
        </> },
    ]
}

fn gov_rules(ctx: &Ctx) -> Vec<Html> {
    let g = &ctx.w.plan.governance;
    vec![
        choice!(
            ctx,
            Spokespeople,
            FieldId::Spokespeople,
            ctx.t(T::Spokespeople),
            None,
            g.spokespeople,
            Edit::Spokespeople
        ),
        choice!(
            ctx,
            Approval,
            FieldId::Approval,
            ctx.t(T::Approval),
            None,
            g.approval,
            Edit::Approval
        ),
        choice!(
            ctx,
            ResponseTime,
            FieldId::ResponseTime,
            ctx.t(T::ResponseTime),
            None,
            g.response_time,
            Edit::ResponseTime
        ),
        input(
            ctx,
            FieldId::EscalationContact,
            ctx.t(T::Escalation),
            Some(ctx.t(T::EscalationHint)),
            g.escalation_contact.clone(),
            Kind::Text,
            ctx.on_text(Edit::EscalationContact),
        ),
        html! { <>
        <fieldset class="koers-fieldset">
            <legend class="koers-legend">{ ctx.t(T::RulesChecks) }</legend>
            { checkbox("koers-f-photo-consent", ctx.t(T::PhotoConsent), g.photo_consent_in_writing, ctx.on_bool(|b| Edit::Rule(RuleFlag::PhotoConsent, b))) }
            { checkbox("koers-f-disclaimer", ctx.t(T::PrivateDisclaimer), g.private_disclaimer, ctx.on_bool(|b| Edit::Rule(RuleFlag::PrivateDisclaimer, b))) }
            { checkbox("koers-f-crisis", ctx.t(T::CrisisInPlan), g.crisis_in_general_plan, ctx.on_bool(|b| Edit::Rule(RuleFlag::CrisisInGeneralPlan, b))) }
        </fieldset>
        <p class="koers-notice">{ ctx.t(T::WebcareNote) }</p>
        </> },
    ]
}

fn warnings(ctx: &Ctx, list: &[String]) -> Html {
    if list.is_empty() {
        return Html::default();
    }
    html! {
        <div class="koers-warning" role="status">
            <h2 class="koers-h2">{ ctx.t(T::Warnings) }</h2>
            <ul class="koers-list">{ for list.iter().map(|w| html! { <li>{ w.clone() }</li> }) }</ul>
        </div>
    }
}

fn team(ctx: &Ctx) -> Html {
    let s = &ctx.w.plan.staffing;
    let staffing_warnings: Vec<String> = crate::domain::check(s)
        .into_iter()
        .filter(|w| {
            matches!(
                w,
                crate::domain::StaffingWarning::NoSponsor
                    | crate::domain::StaffingWarning::OneDiscipline(_)
            )
        })
        .map(|w| i18n::staffing_warning(w, s, ctx.lang))
        .collect();
    let add = {
        let send = ctx.send.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let kind = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id("koers-add-role-kind"))
                .and_then(|el| {
                    wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlSelectElement>(el).ok()
                })
                .and_then(|sel| RoleKind::from_key(&sel.value()));
            if let Some(kind) = kind {
                send.emit(Action::Edit(Edit::AddRole(kind)));
            }
        })
    };
    html! { <>
        { warnings(ctx, &staffing_warnings) }
        if s.roles.is_empty() { <p class="koers-notice" id={FieldId::Roles.dom_id()} tabindex="-1">{ ctx.t(T::NoRoles) }</p> }
        { for s.roles.iter().map(|r| {
            let id = r.id;
            html! {
                <fieldset class="koers-fieldset koers-card" data-role={r.kind.key()}>
                    <legend class="koers-legend">{ r.kind.label(ctx.lang) }</legend>
                    { plain_input(&format!("koers-f-role-{}-people", id.0), ctx.t(T::People), r.people.clone(), ctx.on_text(move |s| Edit::RolePeople(id, s))) }
                    <div class="koers-row">
                        { input(ctx, FieldId::RoleHeadcount(id), ctx.t(T::Headcount), None, ctx.w.raw(FieldId::RoleHeadcount(id)), Kind::Number, ctx.on_raw(FieldId::RoleHeadcount(id))) }
                        { input(ctx, FieldId::RoleHours(id), ctx.t(T::HoursPerWeek), Some(ctx.t(T::HoursHint)), ctx.w.raw(FieldId::RoleHours(id)), Kind::Decimal, ctx.on_raw(FieldId::RoleHours(id))) }
                    </div>
                    <button type="button" class="koers-button koers-button--secondary"
                        onclick={ctx.send.reform(move |_| Action::Edit(Edit::RemoveRole(id)))}>
                        { ctx.t(T::Remove) }<span class="koers-visually-hidden">{ format!(" {}", r.kind.label(ctx.lang)) }</span>
                    </button>
                </fieldset>
            }
        }) }
        <form class="koers-add-role" onsubmit={add}>
            { select("koers-add-role-kind", ctx.t(T::AddRoleLegend), opts(RoleKind::ALL, RoleKind::key, ctx), None, None, Callback::noop()) }
            <button type="submit" class="koers-button koers-button--secondary" id="koers-add-role">{ ctx.t(T::AddRole) }</button>
        </form>
        <p><strong>{ ctx.t(T::TotalHours) }{ ": " }</strong>{ crate::wizard::total_hours(&ctx.w.plan, ctx.lang) }</p>
    </> }
}

fn raci(ctx: &Ctx) -> Html {
    let s = &ctx.w.plan.staffing;
    if s.roles.is_empty() {
        return html! { <p class="koers-notice">{ ctx.t(T::RaciNeedsRoles) }</p> };
    }
    let raci_only: Vec<_> = crate::domain::check(s)
        .into_iter()
        .filter(|w| {
            !matches!(
                w,
                crate::domain::StaffingWarning::NoSponsor
                    | crate::domain::StaffingWarning::OneDiscipline(_)
            )
        })
        .collect();
    let raci_warnings = i18n::staffing_warnings(&raci_only, s, ctx.lang);
    let mut letters: Vec<(&'static str, &'static str)> = vec![("", "–")];
    letters.extend(Raci::ALL.iter().map(|l| (l.key(), l.label(ctx.lang))));
    // Each select's options as markup, one string per possible choice, shared by every cell:
    // the browser parses five options faster than Yew builds them one call at a time, and the
    // grid has 56 selects. The texts are the fixed labels, escaped all the same.
    let options: Vec<(&'static str, AttrValue)> = letters
        .iter()
        .map(|(chosen, _)| {
            let markup: String = letters
                .iter()
                .map(|(k, l)| {
                    let selected = if k == chosen { " selected" } else { "" };
                    format!(
                        r#"<option value="{k}"{selected}>{}</option>"#,
                        crate::export::html::escape(l)
                    )
                })
                .collect();
            (*chosen, AttrValue::from(markup))
        })
        .collect();
    // One listener for the whole grid (change events bubble): the select says which cell it
    // is. The grid is the largest screen; a callback per cell made it the slowest to open.
    let send = ctx.send.clone();
    let onchange = Callback::from(move |e: Event| {
        let cell = || {
            let select = e.target_dyn_into::<web_sys::HtmlSelectElement>()?;
            // The cell is in the select's id: koers-f-raci-<activity>-<role id>.
            let id = select.id();
            let (activity, role) = id.strip_prefix("koers-f-raci-")?.rsplit_once('-')?;
            let activity = Activity::from_key(activity)?;
            let role = crate::domain::RoleId(role.parse().ok()?);
            Some(Edit::RaciCell(
                activity,
                role,
                Raci::from_key(&select.value()),
            ))
        };
        if let Some(edit) = cell() {
            send.emit(Action::Edit(edit));
        }
    });
    html! { <>
        <div class="koers-table-wrap" tabindex="0" role="region" aria-label={ctx.t(T::RaciHeading)}>
            <table class="koers-table koers-raci" {onchange}>
                <caption class="koers-visually-hidden">{ ctx.t(T::RaciHeading) }</caption>
                <thead><tr>
                    <th scope="col">{ ctx.t(T::Activity) }</th>
                    { for s.roles.iter().map(|r| html! { <th scope="col">{ r.kind.label(ctx.lang) }</th> }) }
                </tr></thead>
                <tbody>
                { for Activity::ALL.iter().map(|a| {
                    let a = *a;
                    html! { <tr>
                        <th scope="row">{ a.label(ctx.lang) }</th>
                        { for s.roles.iter().map(|r| {
                            let id = r.id;
                            let current = s.raci.get(&a).and_then(|row| row.get(&id)).map_or("", |l| l.key());
                            let sel_id = format!("koers-f-raci-{}-{}", a.key(), id.0);
                            // Named by aria-label rather than a hidden <label>: two nodes fewer
                            // in each of the grid's cells.
                            let name = format!("{} – {}", a.label(ctx.lang), r.kind.label(ctx.lang));
                            html! { <td>
                                <select id={sel_id} aria-label={name}>
                                    { options.iter().find(|(k, _)| *k == current).map(|(_, markup)| Html::from_html_unchecked(markup.clone())) }
                                </select>
                            </td> }
                        }) }
                    </tr> }
                }) }
                </tbody>
            </table>
        </div>
        { warnings(ctx, &raci_warnings) }
    </> }
}

fn training(ctx: &Ctx) -> Vec<Html> {
    let s = &ctx.w.plan.staffing;
    let reach = crate::domain::potential_reach(s);
    vec![
        html! {
            <fieldset class="koers-fieldset">
                <legend class="koers-legend">{ ctx.t(T::TrainingLegend) }</legend>
                { for TrainingModule::ALL.iter().map(|m| {
                    let m = *m;
                    checkbox(&format!("koers-f-training-{}", m.key()), m.label(ctx.lang), s.training.contains(&m), ctx.on_bool(move |b| Edit::TrainingModule(m, b)))
                }) }
            </fieldset>
        },
        html! { <>
            <div class="koers-row">
                { input(ctx, FieldId::Ambassadors, ctx.t(T::Ambassadors), None, ctx.w.raw(FieldId::Ambassadors), Kind::Number, ctx.on_raw(FieldId::Ambassadors)) }
                { input(ctx, FieldId::NetworkSize, ctx.t(T::NetworkSize), None, ctx.w.raw(FieldId::NetworkSize), Kind::Number, ctx.on_raw(FieldId::NetworkSize)) }
            </div>
            <p class="koers-result" id="koers-reach" aria-live="polite">
                <strong>{ ctx.t(T::PotentialReach) }{ ": " }</strong>{ i18n::number(reach, ctx.lang) }
            </p>
            <p class="koers-hint">{ ctx.t(T::PotentialReachNote) }</p>
        </> },
    ]
}

fn dates(ctx: &Ctx) -> Vec<Html> {
    let p = &ctx.w.plan.phasing;
    let phase_rows = PhaseKind::ALL.iter().map(|k| {
        let k = *k;
        html! { <tr>
            <th scope="row">{ k.label(ctx.lang) }</th>
            <td>{ input(ctx, FieldId::PhaseWeeks(k), &format!("{} – {}", ctx.t(T::Weeks), k.label(ctx.lang)), None, ctx.w.raw(FieldId::PhaseWeeks(k)), Kind::Number, ctx.on_raw(FieldId::PhaseWeeks(k))) }</td>
            <td>if k != PhaseKind::Identify {
                { input(ctx, FieldId::PhaseOverlap(k), &format!("{} – {}", ctx.t(T::Overlap), k.label(ctx.lang)), None, ctx.w.raw(FieldId::PhaseOverlap(k)), Kind::Number, ctx.on_raw(FieldId::PhaseOverlap(k))) }
            }</td>
        </tr> }
    });
    vec![
        input(
            ctx,
            FieldId::StartDate,
            ctx.t(T::StartDate),
            Some(ctx.t(T::DateHint)),
            ctx.w.raw(FieldId::StartDate),
            Kind::Date,
            ctx.on_raw(FieldId::StartDate),
        ),
        html! {
        <div class="koers-table-wrap" tabindex="0" role="region" aria-label={ctx.t(T::Phase)}>
            <table class="koers-table koers-phase-table">
                <caption class="koers-caption">{ ctx.t(T::Phase) }</caption>
                <thead><tr><th scope="col">{ ctx.t(T::Phase) }</th><th scope="col">{ ctx.t(T::Weeks) }</th><th scope="col">{ ctx.t(T::Overlap) }</th></tr></thead>
                <tbody>{ for phase_rows }</tbody>
            </table>
        </div>
        },
        html! { <>
        { checkbox("koers-f-evaluation-planned", ctx.t(T::EvaluationPlanned), p.first_evaluation.is_some(), ctx.on_bool(Edit::EvaluationPlanned)) }
        if p.first_evaluation.is_some() {
            <div class="koers-conditional">
                { input(ctx, FieldId::FirstEvaluation, ctx.t(T::FirstEvaluation), None, ctx.w.raw(FieldId::FirstEvaluation), Kind::Number, ctx.on_raw(FieldId::FirstEvaluation)) }
                { select("koers-f-cadence", ctx.t(T::Cadence), opts(Cadence::ALL, Cadence::key, ctx), Some(p.cadence.key()), None,
                    ctx.send.reform(|k: String| Action::Edit(Edit::Cadence(Cadence::from_key(&k).unwrap_or(Cadence::Quarterly))))) }
            </div>
        }
        </> },
        html! {
        <fieldset class="koers-fieldset">
            <legend class="koers-legend">{ ctx.t(T::MilestonesLegend) }</legend>
            { for p.milestones.iter().enumerate().map(|(i, m)| html! {
                <div class="koers-row koers-card">
                    { input(ctx, FieldId::MilestoneTitle(i), ctx.t(T::MilestoneTitle), None, m.title.clone(), Kind::Text, ctx.on_text(move |s| Edit::MilestoneTitle(i, s))) }
                    { input(ctx, FieldId::MilestoneDate(i), ctx.t(T::MilestoneDate), None, ctx.w.raw(FieldId::MilestoneDate(i)), Kind::Date, ctx.on_raw(FieldId::MilestoneDate(i))) }
                    <button type="button" class="koers-button koers-button--secondary"
                        onclick={ctx.send.reform(move |_| Action::Edit(Edit::RemoveMilestone(i)))}>
                        { ctx.t(T::Remove) }<span class="koers-visually-hidden">{ format!(" {} {}", ctx.t(T::MilestoneTitle), i + 1) }</span>
                    </button>
                </div>
            }) }
            <button type="button" class="koers-button koers-button--secondary" id="koers-add-milestone"
                onclick={ctx.send.reform(|_| Action::Edit(Edit::AddMilestone))}>{ ctx.t(T::AddMilestone) }</button>
        </fieldset>
        },
    ]
}

fn timeline_screen(ctx: &Ctx) -> Html {
    let timeline_view = crate::wizard::timeline_view(&ctx.w.plan, ctx.lang);
    let flags: Vec<String> = crate::domain::flags(&ctx.w.plan.phasing)
        .into_iter()
        .map(|f| i18n::schedule_flag(f, ctx.lang))
        .collect();
    html! { <>
        { warnings(ctx, &flags) }
        { match &timeline_view {
            Some(tl) => timeline(ctx.lang, tl),
            None => html! { <p class="koers-notice">{ ctx.t(T::TimelineNeedsStart) }</p> },
        } }
    </> }
}
