//! Copy that only the plan documents use (section headings, table heads, the measurement
//! text), in Dutch and English. Kept apart from the interface copy so it is linked into the
//! documents module only, not into the first load.

use super::ui::texts;
use super::Lang;

texts! {
    /// A piece of document copy.
    D {
        YouAreHere => "U staat hier", "You are here";
        YourTarget => "Uw doel", "Your target";
        WhyThisStage => "Waarom deze fase", "Why this stage";
        SkipWarning => "Let op: dit doel slaat een fase over.", "Note: this target skips a stage.";
        ConsolidateNote => "Dit plan richt zich op het vasthouden van de huidige fase.", "This plan focuses on holding the current stage.";
        GrowthActions => "Wat nodig is om er te komen", "What it takes to get there";
        FallbackRisks => "Risico's om terug te vallen", "Risks of falling back";
        StagesVisual => "De vijf fasen", "The five stages";
        FindingsHeading => "Wat nog niet klopt", "What does not hold together yet";
        Pros => "Voordelen", "Advantages";
        Cons => "Nadelen", "Drawbacks";
        WhyScore => "Wat meeweegt", "What counts";
        NotFilledIn => "nog niet ingevuld", "not filled in yet";
        NoRoles => "Nog geen rollen. Begin met de sponsor en de coördinator.", "No roles yet. Start with the sponsor and the coordinator.";
        Activity => "Taak", "Task";
        FactBusinessGoal => "Organisatiedoel", "Organisational goal";
        OpenPoint => "Open punt", "Open point";
        DocContents => "Inhoud", "Contents";
        DocSummary => "Samenvatting en reikwijdte", "Summary and scope";
        DocMaturity => "Volwassenheid: huidige en beoogde fase", "Maturity: current and target stage";
        DocGoals => "Doelen en indicatoren", "Goals and indicators";
        DocAudiences => "Doelgroepen en kanalen", "Audiences and channels";
        DocGovernance => "Organisatiemodel", "Organisational model";
        DocRules => "Spelregels en webcare", "Rules and webcare";
        DocTeam => "Team, uren en taken", "Team, hours and tasks";
        DocTimeline => "Tijdlijn", "Timeline";
        DocMeasurement => "Meetplan", "Measurement plan";
        DocRisks => "Risico's en aandachtspunten", "Risks and points of attention";
        DocMade => "Gemaakt met Koers op", "Made with Koers on";
        TargetStage => "Beoogde fase", "Target stage";
        ChosenModel => "Gekozen model", "Chosen model";
        Reason => "Reden", "Reason";
        Role => "Rol", "Role";
        Goal => "Doel", "Goal";
        Audience => "Doelgroep", "Audience";
        Channel => "Kanaal", "Channel";
        Date => "Datum", "Date";
        Evaluations => "Evaluatiemomenten", "Evaluation moments";
        MeasurementText => "De indicatoren hierboven worden gemeten vanaf de nulmeting. Op elk evaluatiemoment bespreekt het team de cijfers met de sponsor en stelt het plan zo nodig bij.", "The indicators above are measured from the baseline. At every evaluation moment the team reviews the figures with the sponsor and adjusts the plan where needed.";
        DocResolveFirst => "Eerst oplossen", "Resolve first";
        DocBreaksLaw => "Deze antwoorden voldoen niet aan de wet. Los dit op voordat het plan wordt uitgevoerd.", "These answers do not meet the law. Resolve this before the plan is carried out.";
        DocWeight => "Gewicht", "Weight";
        DocFinding => "Wat niet klopt en wat te doen", "What does not hold together, and what to do";
        DocFixWhere => "Aan te passen bij", "Change it at";
        DocDimension => "Onderdeel", "Dimension";
        DocNow => "Nu", "Now";
        DocTargetNeeds => "Nodig voor de beoogde fase", "Needed for the target stage";
        DocNeedsMet => "In orde", "In place";
        KeepDoing => "Wat al goed gaat: blijf het doen", "What already works: keep doing it";
        AdviceNotConfirmed => "het advies; nog niet bevestigd", "the advice; not confirmed yet";
        TargetProposed => "voorgesteld; nog niet gekozen", "proposed; not chosen yet";
        MeasurementNoKpis => "Er zijn nog geen indicatoren. Kies per doel minstens één indicator met een nulmeting, een streefwaarde en een eigenaar.", "There are no indicators yet. Choose at least one indicator per goal, with a baseline, a target and an owner.";
        MeasurementTextNoSponsor => "De indicatoren hierboven worden gemeten vanaf de nulmeting. Op elk evaluatiemoment bespreekt het team de cijfers en stelt het plan zo nodig bij. Wijs een bestuurder aan die de cijfers ontvangt.", "The indicators above are measured from the baseline. At every evaluation moment the team reviews the figures and adjusts the plan where needed. Name a board member who receives the figures.";
        RisksNeedSector => "Vul de sector in om de risico's te wegen.", "Enter the sector to weigh the risks.";
        DocRisk => "Risico", "Risk";
        DocLikelihood => "Kans", "Likelihood";
        DocWhy => "Waarom", "Why";
        DocMeasures => "Maatregelen", "Measures";
        DocOwner => "Eigenaar", "Owner";
        NoOwnerYet => "wie wordt eigenaar?", "who will own it?";
        NoWarnings => "Geen aandachtspunten.", "No points of attention.";
        Score => "Score", "Score";
        Tip => "Tip", "Tip";
        Agreed => "Afgesproken", "Agreed";
        NotAgreedYet => "Nog niet afgesproken", "Not agreed yet";
        NotRecordedYet => "Nog niet vastgelegd", "Not recorded yet";
        FactComms => "Communicatie nu", "Communication now";
        FactCommsHours => "Uren per week voor communicatie nu", "Hours per week for communication now";
        FactChannels => "Huidige kanalen", "Current channels";
        FactScope => "Reikwijdte van dit plan", "Scope of this plan";
        DocTitle => "Social media-plan", "Social media plan";
        DocFor => "voor", "for";
        DocTraining => "Training", "Training";
        DocDiscipline => "Discipline", "Discipline";
        DocImpact => "Impact", "Impact";
    }
}
