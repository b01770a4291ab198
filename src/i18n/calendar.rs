//! Copy for the calendar parts of the plan document: the agendas of the evaluation moments and
//! the go/no-go decision, and the marks on the timeline. Its own table so it can change without
//! touching the other document copy.

use super::ui::texts;
use super::{Label, Lang};
use crate::domain::AgendaItem;

texts! {
    /// A piece of calendar copy.
    C {
        Agenda => "Agenda", "Agenda";
        AgendaHeading => "Agenda per evaluatiemoment", "Agenda for each evaluation moment";
        AgendaIntro => "Op elk evaluatiemoment bespreken het team en de sponsor deze punten. Voor het go/no-go-moment legt de sponsor het bestuur een voorstel voor; het bestuur besluit of de uitrol doorgaat.", "At every evaluation moment the team and the sponsor go through these points. For the go/no-go moment the sponsor puts a proposal to the board; the board decides whether the rollout goes ahead.";
        IncidentsAndWebcare => "Incidenten en webcarezaken sinds het vorige moment: wat ging er mis, wat is ervan geleerd?", "Incidents and webcare cases since the last moment: what went wrong, what was learned?";
        RulesKept => "Zijn de spelregels nageleefd (toestemming, privacy, huisregels)?", "Were the rules kept (consent, privacy, house rules)?";
        NoKpisYet => "Indicatoren tegen hun doel: het plan heeft nog geen indicatoren, stel ze vast", "Indicators against their targets: the plan has no indicators yet, set them";
        RolloutSoFar => "Tussenstand van de uitrol: welke afdelingen en locaties zijn aangesloten en getraind, en wat loopt vast? De streefwaarden gelden voor de organisatie na de uitrol: beoordeel nu of de cijfers de goede kant op gaan.", "The rollout so far: which departments and sites have joined and been trained, and what is stuck? The targets are for the organisation after the rollout: for now, judge whether the figures are moving the right way.";
        RolloutDone => "Balans van de uitrol: is iedereen aangesloten en getraind, wat wordt de vaste werkwijze, en welke streefwaarden gelden voor het komende jaar?", "The rollout's balance: has everyone joined and been trained, what becomes the standard way of working, and which targets hold for the year ahead?";
        AgendaExtra => "Daarnaast op de agenda", "Also on the agenda";
        AgendaCommonOnly => "–", "–";
        GoNoGoQuestion => "Go/no-go: door naar de uitrol, eerst bijstellen, of stoppen? Het bestuur besluit op voorstel van de sponsor.", "Go/no-go: proceed to the rollout, adjust first, or stop? The board decides on the sponsor's proposal.";
        GoNoGoCriterion => "Voorstel om vooraf vast te leggen: door als bij de pilotgroep elke indicator die in de pilot kan bewegen (gemeten per week of maand) minstens halverwege nulmeting en streefwaarde is, van de andere een eerste meting er is, de uren haalbaar bleken en er geen incident op niveau 3 openstaat. Leg het besluit en de reden vast.", "A criterion to agree beforehand: go when, in the pilot group, every indicator that can move during the pilot (measured weekly or monthly) is at least halfway from baseline to target, the others have a first measurement, the hours have proved realistic and no tier 3 incident is open. Record the decision and the reason.";
    }
}

/// The go/no-go: the question, the conditions first (the works council's consent where the
/// organisation has or may have one, and the plan's 'Resolve first' where it has one), and a
/// criterion to agree beforehand.
fn go_no_go(works_council: Option<bool>, resolve_first: bool, lang: Lang) -> String {
    let mut conditions = vec![match (works_council, lang) {
        (Some(true), Lang::Nl) => "de spelregels zijn vastgesteld, met instemming van de OR",
        (None, Lang::Nl) => "de spelregels zijn vastgesteld (met instemming van de OR, als uw organisatie er een heeft)",
        (Some(false), Lang::Nl) => "de spelregels zijn vastgesteld",
        (Some(true), Lang::En) => "the rules are adopted, with the works council's consent",
        (None, Lang::En) => "the rules are adopted (with the works council's consent, if your organisation has one)",
        (Some(false), Lang::En) => "the rules are adopted",
    }];
    conditions.push(lang.pick(
        "het toestemmingsregister werkt",
        "the consent register works",
    ));
    conditions.push(lang.pick("het advies van de FG ligt er", "the DPO's advice is in"));
    if resolve_first {
        conditions.push(lang.pick(
            "de punten onder ‘Eerst oplossen’ zijn opgelost",
            "the points under ‘Resolve first’ are resolved",
        ));
    }
    let last = conditions.pop().unwrap_or_default();
    let list = if conditions.is_empty() {
        last.to_string()
    } else {
        format!(
            "{} {} {last}",
            conditions.join(", "),
            lang.pick("en", "and")
        )
    };
    format!(
        "{} {} {list}. {}",
        C::GoNoGoQuestion.get(lang),
        lang.pick("Voorwaarden vooraf:", "Conditions first:"),
        C::GoNoGoCriterion.get(lang)
    )
}

/// One agenda point as a sentence.
#[must_use]
/// `resolve_first`: whether the plan has a 'Resolve first' section for the go/no-go's
/// conditions to point to.
pub fn agenda_item(item: &AgendaItem, resolve_first: bool, lang: Lang) -> String {
    match item {
        AgendaItem::KpisAgainstTargets(names) if names.is_empty() => C::NoKpisYet.get(lang).into(),
        AgendaItem::KpisAgainstTargets(lines) => {
            let value = |v: Option<crate::domain::Amount>, unit: &str| {
                v.is_some().then(|| super::with_unit(v, unit, lang))
            };
            let named: Vec<String> = lines
                .iter()
                .map(
                    |k| match (value(k.baseline, &k.unit), value(k.target, &k.unit)) {
                        (Some(b), Some(t)) => match lang {
                            Lang::Nl => format!("{} (nulmeting {b}, streefwaarde {t})", k.name),
                            Lang::En => format!("{} (baseline {b}, target {t})", k.name),
                        },
                        (None, Some(t)) => match lang {
                            Lang::Nl => format!("{} (streefwaarde {t})", k.name),
                            Lang::En => format!("{} (target {t})", k.name),
                        },
                        _ => k.name.clone(),
                    },
                )
                .collect();
            match lang {
                Lang::Nl => format!("Indicatoren tegen hun streefwaarde: {}", named.join("; ")),
                Lang::En => format!("Indicators against their targets: {}", named.join("; ")),
            }
        }
        AgendaItem::IncidentsAndWebcare => C::IncidentsAndWebcare.get(lang).into(),
        AgendaItem::RulesKept => C::RulesKept.get(lang).into(),
        AgendaItem::HoursRealistic(h) => match lang {
            Lang::Nl => format!(
                "Zijn de uren haalbaar? Gepland: {} uur per week voor het hele team.",
                h.format(true)
            ),
            Lang::En => format!(
                "Are the hours realistic? Planned: {} hours per week for the whole team.",
                h.format(false)
            ),
        },
        AgendaItem::ModelStillFits(m) => match lang {
            Lang::Nl => format!("Past het organisatiemodel ({}) nog?", m.label(lang)),
            Lang::En => format!(
                "Does the organisational model ({}) still fit?",
                m.label(lang)
            ),
        },
        AgendaItem::GoNoGo { works_council } => go_no_go(*works_council, resolve_first, lang),
        AgendaItem::RolloutSoFar => C::RolloutSoFar.get(lang).into(),
        AgendaItem::RolloutDone => C::RolloutDone.get(lang).into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Hours, OrgModel};

    #[test]
    fn every_calendar_string_exists_in_both_languages() {
        for c in C::ALL {
            let (nl, en) = (c.get(Lang::Nl), c.get(Lang::En));
            assert!(!nl.trim().is_empty() && !en.trim().is_empty(), "{c:?}");
            if !matches!(c, C::Agenda | C::AgendaCommonOnly) {
                assert_ne!(nl, en, "{c:?} is not translated");
            }
        }
        for item in [
            AgendaItem::KpisAgainstTargets(vec![]),
            AgendaItem::KpisAgainstTargets(vec![crate::domain::KpiLine {
                name: "Bereik".into(),
                ..crate::domain::KpiLine::default()
            }]),
            AgendaItem::IncidentsAndWebcare,
            AgendaItem::RulesKept,
            AgendaItem::HoursRealistic(Hours::from_tenths(45)),
            AgendaItem::ModelStillFits(OrgModel::Centralised),
            AgendaItem::GoNoGo {
                works_council: Some(true),
            },
        ] {
            assert_ne!(
                agenda_item(&item, true, Lang::Nl),
                agenda_item(&item, true, Lang::En)
            );
        }
        // The go/no-go's conditions follow the works council and the plan's 'Resolve first'.
        for (works_council, resolve_first, lang, has, lacks) in [
            (Some(true), true, Lang::Nl, "met instemming van de OR, het toestemmingsregister werkt, het advies van de FG ligt er en de punten onder ‘Eerst oplossen’ zijn opgelost.", "als uw organisatie"),
            (None, false, Lang::Nl, "als uw organisatie er een heeft), het toestemmingsregister werkt en het advies van de FG ligt er.", "Eerst oplossen"),
            (Some(false), false, Lang::En, "the rules are adopted, the consent register works and the DPO's advice is in.", "works council"),
        ] {
            let text = agenda_item(&AgendaItem::GoNoGo { works_council }, resolve_first, lang);
            assert!(text.contains(has), "{text}");
            assert!(!text.contains(lacks), "{text}");
        }
        assert!(agenda_item(
            &AgendaItem::HoursRealistic(Hours::from_tenths(45)),
            false,
            Lang::Nl
        )
        .contains("4,5 uur"));
    }
}
