//! Copy of the progress report (an evaluation held against the moment before it), in Dutch and
//! English. A table of its own so it is linked into the documents module only, never into the
//! first load.

use super::ui::texts;
use super::Lang;

texts! {
    /// A piece of the progress report's copy.
    V {
        Title => "Voortgangsrapportage", "Progress report";
        SecSummary => "Samenvatting", "Summary";
        SecMaturity => "Volwassenheid: toen en nu", "Maturity: then and now";
        SecKpis => "Indicatoren", "Indicators";
        SecActions => "Acties uit de vorige periode", "Actions from the last period";
        SecIncidents => "Incidenten en webcare", "Incidents and webcare";
        SecFallback => "Risico's nu de organisatie is teruggevallen", "Risks now that the organisation has fallen back";
        SecNext => "De volgende periode", "The next period";
        EvaluationDate => "Datum van de evaluatie", "Date of the evaluation";
        NotDated => "niet gedateerd", "not dated";
        HeldAgainst => "Vergeleken met", "Compared with";
        AgainstPlan => "de zelfbeoordeling in het plan", "the self-assessment in the plan";
        AgainstEvaluation => "de evaluatie van", "the evaluation of";
        Status => "Status", "Status";
        Closed => "afgerond", "closed";
        Draft => "concept (de evaluatie is nog niet afgerond)", "draft (the evaluation is not closed yet)";
        Stage => "Fase", "Stage";
        StageSameWhy => "De fase volgt niet één onderdeel: het is het niveau waarop minstens vier van de zeven onderdelen staan, en alleen als de onderdelen die daaronder horen op orde zijn. Daarom kunnen onderdelen stijgen of dalen terwijl de fase gelijk blijft.", "The stage does not follow one dimension: it is the level at least four of the seven dimensions are at, and only when the dimensions it builds on are in order. So dimensions can rise or fall while the stage stays the same.";
        StageUnknown => "niet te bepalen (de zelfbeoordeling is niet compleet)", "cannot be told (the self-assessment is not complete)";
        Unchanged => "gelijk gebleven", "unchanged";
        GrewBy => "gegroeid met", "grew by";
        FellBackBy => "teruggevallen met", "fell back by";
        OneStage => "fase", "stage";
        Stages => "fasen", "stages";
        OnTrack => "Indicatoren op koers (voortgang van 50% of meer)", "Indicators on track (progress of 50% or more)";
        Of => "van", "of";
        NoneMeasured => "nog geen gemeten", "none measured yet";
        Down => "Gedaald", "Dimensions that fell";
        Previous => "Vorige meting", "Previous measurement";
        ActionsDone => "Acties gedaan", "Actions completed";
        FellBackNote => "De organisatie is teruggevallen naar een eerdere fase. Hieronder staan de risico's die daarbij horen; bespreek wat nodig is om de fase terug te winnen.", "The organisation has fallen back to an earlier stage. The risks that go with it follow below; discuss what it takes to win the stage back.";
        Then => "Toen", "Then";
        Now => "Nu", "Now";
        Change => "Verschil", "Change";
        Same => "gelijk", "same";
        NotScored => "niet gescoord", "not scored";
        RadarThenPlan => "Toen, in het plan", "Then, in the plan";
        RadarThenEvaluation => "Toen, bij de evaluatie van", "Then, at the evaluation of";
        RadarNow => "Nu, bij deze evaluatie", "Now, at this evaluation";
        Indicator => "Indicator", "Indicator";
        Baseline => "Nulmeting", "Baseline";
        Target => "Streefwaarde", "Target";
        Actual => "Gemeten", "Actual";
        Progress => "Voortgang", "Progress";
        NotMeasured => "nog niet gemeten", "not measured yet";
        NoTarget => "geen streefwaarde", "no target";
        NoProgress => "niet te berekenen", "cannot be worked out";
        NoKpis => "Het plan heeft nog geen indicatoren.", "The plan has no indicators yet.";
        Action => "Actie", "Action";
        NoActions => "Er waren geen acties gepland.", "No actions were planned.";
        NoIncidents => "Geen incidenten vastgelegd.", "None recorded.";
        NextIntro => "Wat de nieuwe scores vragen, met het gat dat elke actie dicht:", "What the new scores ask for, with the gap each action closes:";
        NothingNext => "Geen nieuwe acties: houd vast wat werkt.", "No new actions: hold on to what works.";
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_report_string_exists_in_both_languages() {
        for v in V::ALL {
            let (nl, en) = (v.get(Lang::Nl), v.get(Lang::En));
            assert!(!nl.trim().is_empty() && !en.trim().is_empty(), "{v:?}");
            // "Status" and "Indicator" are the same word in both languages.
            assert!(
                nl != en || matches!(v, V::Status | V::Indicator),
                "{v:?} is not translated"
            );
        }
    }
}
