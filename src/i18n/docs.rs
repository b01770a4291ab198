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
        OpenPoint => "Open punt", "Open issue";
        SectionsIncomplete => "Nog niet volledig ingevuld (de open punten staan in het plan waar ze horen)", "Not complete yet (the open points stand in the plan where they belong)";
        DocContents => "Inhoud", "Contents";
        DocSummary => "Samenvatting en reikwijdte", "Summary and scope";
        DecisionHeading => "Gevraagd besluit", "Decision requested";
        WorksCouncil => "Ondernemingsraad: spelregels die medewerkers binden, en het volgen van wat medewerkers online zeggen, vallen onder het instemmingsrecht van de OR (art. 27 WOR). Leg de spelregels ter instemming voor voordat ze worden vastgesteld, en plan dat vóór de training van de pilot.", "Works council: rules that bind staff, and monitoring what staff say online, fall under the works council's right of consent (art. 27 of the Dutch Works Councils Act, WOR). Put the rules to the works council for consent before they are adopted, and plan that before the pilot's training.";
        WorksCouncilIfAny => "Heeft uw organisatie een ondernemingsraad (verplicht vanaf 50 medewerkers), dan vallen spelregels die medewerkers binden, en het volgen van wat medewerkers online zeggen, onder haar instemmingsrecht (art. 27 WOR). Leg de spelregels dan ter instemming voor voordat ze worden vastgesteld.", "If your organisation has a works council (required from 50 staff), rules that bind staff, and monitoring what staff say online, fall under its right of consent (art. 27 of the Dutch Works Councils Act, WOR). Then put the rules to it for consent before they are adopted.";
        DecisionIntro => "Het bestuur wordt gevraagd in te stemmen met dit plan, met de kosten, de tijd en het besluitmoment hieronder.", "The board is asked to approve this plan, with the cost, the time and the decision point below.";
        DecisionPlan => "Het plan", "The plan";
        DecisionCost => "Kosten", "Cost";
        DecisionTime => "Tijd van het team", "The team's time";
        DecisionGoNoGo => "Besluit over de uitrol", "Decision on the rollout";
        DecisionFirst => "Eerst op te lossen", "To resolve first";
        DecisionModelAdvised => "geadviseerd, nog niet gekozen", "advised, not chosen yet";
        DecisionNoStart => "de startdatum is nog een open punt", "the start date is still an open issue";
        DecisionGoNoGoOpen => "valt na de pilot; de datum volgt uit de startdatum", "follows the pilot; its date follows from the start date";
        DocMaturity => "Volwassenheid: huidige en beoogde fase", "Maturity: current and target stage";
        DocGoals => "Doelen en indicatoren", "Goals and indicators";
        DocAudiences => "Doelgroepen en kanalen", "Audiences and channels";
        DocGovernance => "Organisatiemodel", "Organisational model";
        DocRules => "Spelregels en webcare", "Rules and webcare";
        DocTeam => "Team, uren en taken", "Team, hours and tasks";
        DocTimeline => "Tijdlijn", "Timeline";
        PilotRunBy => "De pilot draait bij", "The pilot is run by";
        PilotGroupOpen => "Nog niet gekozen wie de pilot draait. Kies één team, afdeling of locatie met een leidinggevende die het wil; de evaluatie van de pilot beslist over de uitrol naar de rest van de organisatie.", "Who runs the pilot is not chosen yet. Choose one team, department or location whose manager wants it; the pilot's evaluation decides the rollout to the rest of the organisation.";
        DocMeasurement => "Meetplan", "Measurement plan";
        DocRisks => "Risico's en aandachtspunten", "Risks and other issues";
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
        DocNeedsMet => "Voldoende voor het doel", "Enough for the target";
        KeepDoing => "Wat al goed gaat: blijf het doen", "What already works: keep doing it";
        AdviceNotConfirmed => "het advies; nog niet bevestigd", "the advice; not confirmed yet";
        TargetProposed => "de volgende fase, zoals aanbevolen", "the next stage, as recommended";
        MeasurementNoKpis => "Er zijn nog geen indicatoren. Kies per doel minstens één indicator met een nulmeting, een streefwaarde en een eigenaar.", "There are no indicators yet. Choose at least one indicator per goal, with a baseline, a target and an owner.";
        MeasurementTextNoSponsor => "De indicatoren hierboven worden gemeten vanaf de nulmeting. Op elk evaluatiemoment bespreekt het team de cijfers en stelt het plan zo nodig bij. Wijs een bestuurder aan die de cijfers ontvangt.", "The indicators above are measured from the baseline. At every evaluation moment the team reviews the figures and adjusts the plan where needed. Name a board member who receives the figures.";
        RisksNeedSector => "Vul de sector in om de risico's te wegen.", "Enter the sector to weigh the risks.";
        DocRisk => "Risico", "Risk";
        DocLikelihood => "Kans", "Likelihood";
        DocWhy => "Waarom", "Why";
        DocMeasures => "Maatregelen", "Measures";
        DocOwner => "Eigenaar", "Owner";
        NoOwnerYet => "wie wordt eigenaar?", "who will own it?";
        NoWarnings => "Geen aandachtspunten.", "No other issues.";
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
        BaselineAfterListening => "na de luisterfase te meten", "to be measured after the listening phase";
        KpiNotesIntro => "Uit een eerdere versie van dit plan, zoals het toen in woorden stond:", "From an earlier version of this plan, as it was then written in words:";
        NoKpiForGoal => "nog geen indicator voor het doel", "no indicator yet for the goal";
        ReportsToSponsor => "De sponsor, op elk evaluatiemoment", "The sponsor, at every evaluation moment";
        NoSponsorToReport => "er is geen sponsor die de cijfers ontvangt", "there is no sponsor to receive the figures";
        NoSource => "bron nog niet gekozen", "source not chosen yet";
        ReportedBy => "Meet en rapporteert", "Measures and reports";
        ReportedTo => "Aan", "To";
        DocBudget => "Begroting", "Budget";
        BudgetEstimateOnly => "Een schatting, geen offerte: de bedragen volgen uit de uren in dit plan en de aannames hieronder.", "An estimate, not a quote: the amounts follow from the hours in this plan and the assumptions below.";
        DocSources => "Bronnen", "Sources";
        SourcesIntro => "Waar de modellen en regels in dit plan op steunen, om na te lezen:", "What the models and rules in this plan rest on, to check:";
        ScrOrgBasics => "Organisatie", "Organisation";
        ScrOrgChannels => "Kanalen en communicatie nu", "Channels and communication today";
        ScrMaturityGrid => "Zelfscan", "Self-assessment";
        ScrMaturityResult => "Fase en doelfase", "Stage and target stage";
        ScrGoals => "Doelen", "Goals";
        ScrKpis => "Indicatoren", "Indicators";
        ScrScope => "Doelgroepen en kanalen", "Audiences and channels";
        ScrGovInputs => "Vertrouwen en training", "Trust and training";
        ScrGovModel => "Organisatiemodel", "Organisational model";
        ScrGovRules => "Spelregels", "Rules";
        ScrTeam => "Team en uren", "Team and hours";
        ScrRaci => "Taakverdeling", "Task split";
        ScrTraining => "Training en ambassadeurs", "Training and ambassadors";
        ScrBudget => "Begroting", "Budget";
        ScrDates => "Planning", "Planning";
        ScrTimeline => "Tijdlijn", "Timeline";
        ScrEvaluate => "Evaluatie", "Evaluation";
        HigherIsBetter => "hoger is beter", "higher is better";
        LowerIsBetter => "lager is beter", "lower is better";
        BudgetTime => "Waarvan tijd van medewerkers (bestaande of nieuwe uren)", "Of which staff time (existing or new hours)";
        PrivateAccounts => "Privéaccounts: medewerkers gaan via hun eigen accounts geen contact aan met cliënten of hun naasten: geen vriendschapsverzoeken, volgen of privéberichten. Wie zo een vraag over zorg krijgt, verwijst naar de kanalen van de organisatie. Dat houdt de professionele grens helder en het beroepsgeheim veilig, en het gesprek komt in het dossier waar het hoort.", "Private accounts: staff do not contact clients or their families from their own accounts: no friend requests, follows or private messages. Anyone asked about care that way refers to the organisation's channels. That keeps the professional boundary clear and professional secrecy safe, and the conversation ends up in the record where it belongs.";
        PrivateAccountsYouth => "In de jeugdzorg weegt dit zwaarder: jongeren zoeken de grens online vaker op, en de beroepscode voor jeugdprofessionals (SKJ) vraagt om een duidelijke scheiding tussen werk en privé. Spreek ook af wat een medewerker doet met een verzoek van een (oud-)jeugdige.", "In youth care this weighs more: young people test the boundary online more often, and the professional code for youth care workers (SKJ) asks for a clear line between work and private life. Agree too what staff do with a request from a current or former young client.";
        BudgetExistingLater => "In jaar 1 tellen ze mee bij de projectleider en de blijvende rollen samen; daarna, als de rol van projectleider is afgelopen, alleen bij de blijvende rollen. Daarom verschilt het bedrag per jaar.", "In year 1 they count towards the project lead and the lasting roles together; after it, once the project lead's role has ended, towards the lasting roles only. That is why the amount differs from year to year.";
        BudgetFreeTools => "Een kleine organisatie redt het met de gratis tools van de kanalen zelf: hun planners plannen berichten en laten ze goedkeuren, hun statistieken laten zien wat er speelt. Daarom telt deze begroting geen tools; vul een bedrag in als u er toch een wilt.", "A small organisation manages with the channels' own free tools: their planners schedule posts and have them approved, their statistics show what is going on. So this estimate counts no tools; enter an amount if you want one all the same.";
        BudgetExtraTime => "Waarvan tijd die erbij komt: nieuwe uren, of uren die elders vrij moeten komen", "Of which time on top of today's: new hours, or hours freed elsewhere";
        BudgetExistingPriced => "De uren die nu al naar communicatie gaan, zijn geprijsd tegen de tarieven van de communicatierollen in dit plan.", "The hours already spent on communication today are priced at the rates of this plan's communication roles.";
        BudgetSpend => "Waarvan uitgaven (training, tools, promotie)", "Of which spending (training, tools, promotion)";
        BudgetTable => "Geschatte kosten", "Estimated cost";
        BudgetItem => "Post", "Item";
        YearOne => "Jaar 1", "Year 1";
        LaterYears => "Volgende jaren, per jaar", "Following years, per year";
        BudgetTotal => "Totaal", "Total";
        BudgetTraining => "Training", "Training";
        BudgetRoleDetail => "uur per week", "hours a week";
        BudgetRoleDetailOne => "uur per week", "hour a week";
        BudgetPerYear => "uur per jaar", "hours a year";
        BudgetPerHour => "per uur", "per hour";
        BudgetPeople => "personen", "people";
        BudgetRefresher => "daarna een kwart per jaar: nieuwe collega's en opfrissen", "then a quarter a year: new colleagues and refreshers";
        BudgetFromGoLive => "jaar 1 vanaf de livegang van de pilot", "year 1 from the pilot's go-live";
        BudgetWeeksOf => "van de 52 weken", "of 52 weeks";
        BudgetProjectOnly => "alleen jaar 1: de rol eindigt na de uitrol", "year 1 only: the role ends after the rollout";
        BudgetAssumptions => "Dit is een schatting, geen offerte. Jaar 1 zijn de eerste twaalf maanden vanaf de start van het plan; ambassadeurs tellen pas vanaf de livegang van de pilot, want daarvoor zijn ze nog niet aan de slag. 1 fte is 36 uur per week (de cao's in de zorg); uren per jaar zijn uren per week maal 46 werkweken (na verlof en feestdagen). Uurtarieven zijn integrale kosten: salaris plus werkgeverslasten en overhead, ruwweg anderhalf keer het bruto uurloon. Tools en training zijn gangbare bedragen voor een zorgorganisatie; vraag offertes voordat het bestuur besluit. De tijd van medewerkers is geen extra geld als die uren er al zijn, maar wel werk dat ergens anders blijft liggen.", "This is an estimate, not a quote. Year 1 is the first twelve months from the plan's start; ambassadors count only from the pilot's go-live, as they are not at work before it. 1 FTE is 36 hours a week (the Dutch care collective agreements); hours a year are hours a week times 46 working weeks (after leave and public holidays). Hourly rates are fully loaded costs: salary plus employer costs and overhead, roughly one and a half times the gross hourly wage. Tools and training are typical amounts for a care organisation; ask for quotes before the board decides. Staff time costs nothing extra where the hours already exist, but it means work left undone elsewhere.";
        BudgetNoHours => "Nog zonder uren per week, en daarom niet in de begroting", "No hours a week yet, so not in the estimate";
    }
}

texts! {
    /// The sources a board can check, in the order the plan uses them.
    Source {
        Altimeter => "Owyang, J. (2010). Framework and Matrix: The Five Ways Companies Organize for Social Business. Altimeter Group, 15 april 2010 (de vijf organisatiemodellen).", "Owyang, J. (2010). Framework and Matrix: The Five Ways Companies Organize for Social Business. Altimeter Group, 15 April 2010 (the five organisational models).";
        AntsEyeView => "Ant's Eye View (2010). The Social Engagement Journey (de vijf fasen van volwassenheid).", "Ant's Eye View (2010). The Social Engagement Journey (the five stages of maturity).";
        GezondCommuniceren => "Transmissie en Room8 (2014). Gezond Communiceren 2014: onderzoek naar social media in de zorg.", "Transmissie and Room8 (2014). Gezond Communiceren 2014: a survey of social media in Dutch care.";
        Ladder => "Bartholomew, D. Meetladder bereik, betrokkenheid, invloed, actie (Exposure, Engagement, Influence, Action).", "Bartholomew, D. Measurement ladder Exposure, Engagement, Influence, Action.";
        Avg => "Algemene verordening gegevensbescherming (AVG), art. 9: gezondheidsgegevens zijn bijzondere persoonsgegevens; publiceren vraagt uitdrukkelijke toestemming.", "General Data Protection Regulation (GDPR), art. 9: health data are special-category data; publishing them needs explicit consent.";
        Uavg => "Uitvoeringswet AVG, art. 5: onder de 16 jaar geeft een ouder of voogd toestemming.", "Dutch GDPR Implementation Act (UAVG), art. 5: under 16, a parent or guardian consents.";
        Wgbo => "Wet op de geneeskundige behandelingsovereenkomst (WGBO, Burgerlijk Wetboek boek 7): beroepsgeheim, ook over het bestaan van een behandelrelatie.", "Medical Treatment Contracts Act (WGBO, Dutch Civil Code book 7): professional secrecy, including about whether a treatment relationship exists.";
        Knmg => "KNMG (2011). Artsen en social media; V&VN, Handreiking sociale media voor verpleegkundigen en verzorgenden.", "KNMG (2011). Doctors and social media; V&VN, guidance on social media for nurses and carers.";
        Cao => "Cao's in de zorg (VVT, Gehandicaptenzorg, Ziekenhuizen, GGZ): een voltijdse werkweek van 36 uur.", "Dutch care collective agreements (VVT, Disability care, Hospitals, Mental health): a full-time week of 36 hours.";
        Jeugdwet => "Jeugdwet: de geheimhoudingsplicht van de jeugdhulpverlener, ook over het bestaan van de hulp.", "Youth Act (Jeugdwet): the youth care worker's duty of confidentiality, also about whether help is given at all.";
        Meldcode => "Wet verplichte meldcode huiselijk geweld en kindermishandeling (2013): een signaal, ook online, volgt de meldcode van de organisatie.", "Mandatory Reporting Code for Domestic Violence and Child Abuse Act (2013): a signal, online too, follows the organisation's reporting code.";
        Skj => "SKJ, Beroepscode voor de jeugd- en gezinsprofessional: geen privécontact met jeugdigen via persoonlijke accounts.", "SKJ, Professional code for youth and family professionals: no private contact with young people through personal accounts.";
    }
}

/// The sources of a plan's last section: every one, and youth care's own law and codes only
/// for youth care (a consultant's review: its sources named medical law only).
#[must_use]
pub fn sources(sector: Option<crate::domain::Sector>) -> Vec<Source> {
    let youth = sector == Some(crate::domain::Sector::YouthCare);
    Source::ALL
        .iter()
        .copied()
        .filter(|s| youth || !matches!(s, Source::Jeugdwet | Source::Meldcode | Source::Skj))
        .collect()
}

/// The plan in one sentence for the decision a board is asked: its model, the pilot (and who
/// runs it) and when the rollout is complete.
#[must_use]
pub fn decision_plan(
    model: &str,
    pilot: Option<(&str, &str)>,
    group: &str,
    rollout_end: Option<&str>,
    lang: Lang,
) -> String {
    let by = match (group.is_empty(), lang) {
        (true, _) => String::new(),
        (false, Lang::Nl) => format!(" bij {group}"),
        (false, Lang::En) => format!(" run by {group}"),
    };
    match (pilot, rollout_end, lang) {
        (Some((from, to)), Some(end), Lang::Nl) => format!(
            "{model}: een pilot{by} van {from} tot en met {to}, daarna de uitrol, klaar op {end}."
        ),
        (Some((from, to)), Some(end), Lang::En) => format!(
            "{model}: a pilot{by} from {from} to {to}, then the rollout, complete on {end}."
        ),
        (Some((from, to)), None, Lang::Nl) => {
            format!("{model}: een pilot{by} van {from} tot en met {to}.")
        }
        (Some((from, to)), None, Lang::En) => format!("{model}: a pilot{by} from {from} to {to}."),
        (None, _, _) => format!("{model}; {}.", D::DecisionNoStart.get(lang)),
    }
}

/// The decision asked of a board whose plan starts preparing before it is approved: the
/// preparation now, the plan itself on the approval date.
#[must_use]
pub fn decision_two_steps(start: &str, approved: &str, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("Het bestuur wordt gevraagd om twee besluiten. Nu: in te stemmen met de voorbereiding vanaf {start} (inventarisatie, nulmeting en het uitwerken van de spelregels), met de tijd die het team daaraan besteedt. Op {approved}: het uitgewerkte plan vast te stellen, met de kosten, de tijd en het besluitmoment hieronder."),
        Lang::En => format!("The board is asked for two decisions. Now: to agree to the preparation from {start} (inventory, baseline and working out the rules), with the time the team spends on it. On {approved}: to adopt the worked-out plan, with the cost, the time and the decision point below."),
    }
}

/// When the rules go to the works council: six weeks before the pilot's training, which needs
/// them adopted.
#[must_use]
pub fn works_council_by(by: &str, training: &str, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("Leg ze uiterlijk {by} voor: de OR heeft doorgaans zo'n zes weken nodig, en de training van de pilot begint op {training}."),
        Lang::En => format!("Submit them by {by}: the works council usually needs some six weeks, and the pilot's training starts on {training}."),
    }
}

/// When the indicators' targets are due, under their table.
#[must_use]
pub fn targets_by(date: &str, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("De streefwaarden gelden op {date}, het eerste evaluatiemoment na de uitrol. Tot dan telt of de cijfers de goede kant op gaan. Een indicator die met het seizoen meebeweegt (de griepprik, de zomerdrukte), beoordeelt u na zijn seizoen en tegen dezelfde periode een jaar eerder."),
        Lang::En => format!("The targets are due on {date}, the first evaluation moment after the rollout. Until then, what counts is whether the figures are moving the right way. An indicator that moves with the seasons (the flu jab, the summer rush) is judged after its season, against the same period a year before."),
    }
}

/// The budget's row for the team's time that today's communication hours already pay for.
#[must_use]
pub fn budget_existing(hours: &str, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("Waarvan tijd die nu al naar communicatie gaat ({hours} uur per week)"),
        Lang::En => {
            format!("Of which time already spent on communication today ({hours} hours a week)")
        }
    }
}

/// The cost a board approves: the first year, what it is made of, and each year after.
/// `existing`: the team's time split into what today's communication hours already pay for
/// and what comes on top.
#[must_use]
pub fn decision_cost(
    year_one: &str,
    time: &str,
    existing: Option<(&str, &str)>,
    spend: &str,
    later: &str,
    lang: Lang,
) -> String {
    match (existing, lang) {
        (None, Lang::Nl) => format!(
            "{year_one} in het eerste jaar (tijd van het team {time}, uitgaven {spend}), daarna {later} per jaar."
        ),
        (None, Lang::En) => format!(
            "{year_one} in the first year (the team's time {time}, spending {spend}), then {later} a year."
        ),
        (Some((existing, extra)), Lang::Nl) => format!(
            "{year_one} in het eerste jaar: {existing} aan uren die nu al naar communicatie gaan, {extra} aan tijd die erbij komt en {spend} aan uitgaven. Daarna {later} per jaar."
        ),
        (Some((existing, extra)), Lang::En) => format!(
            "{year_one} in the first year: {existing} in hours already spent on communication today, {extra} in time on top of that and {spend} in spending. Then {later} a year."
        ),
    }
}

/// The go/no-go: its date, and that the board takes it on the sponsor's proposal.
#[must_use]
pub fn decision_go_no_go(date: Option<&str>, lang: Lang) -> String {
    match (date, lang) {
        (Some(date), Lang::Nl) => format!(
            "{date}: het bestuur besluit op voorstel van de sponsor of de uitrol doorgaat, met de criteria bij de agenda van het go/no-go-moment."
        ),
        (Some(date), Lang::En) => format!(
            "{date}: the board decides, on the sponsor's proposal, whether the rollout goes ahead, by the criteria on the go/no-go moment's agenda."
        ),
        (None, _) => {
            let open = D::DecisionGoNoGoOpen.get(lang);
            match lang {
                Lang::Nl => format!("Het bestuur besluit na de pilot of de uitrol doorgaat ({open})."),
                Lang::En => format!("The board decides after the pilot whether the rollout goes ahead ({open})."),
            }
        }
    }
}

/// How many points the plan asks to resolve before the start, and where they stand.
#[must_use]
pub fn decision_first(n: usize, lang: Lang) -> String {
    let heading = D::DocResolveFirst.get(lang);
    match (n, lang) {
        (1, Lang::Nl) => format!("1 punt, zie ‘{heading}’."),
        (_, Lang::Nl) => format!("{n} punten, zie ‘{heading}’."),
        (1, Lang::En) => format!("1 point, see ‘{heading}’."),
        (_, Lang::En) => format!("{n} points, see ‘{heading}’."),
    }
}

/// The team's hours a week, and the FTE they come to at the care sector's 36-hour week.
#[must_use]
pub fn decision_time(hours: &str, tenths: u64, lang: Lang) -> String {
    // FTE to one decimal: tenths of an hour over 36 hours, rounded.
    let fte_tenths = (tenths + 18) / 36;
    let fte = format!(
        "{}{}{}",
        fte_tenths / 10,
        if lang.decimal_comma() { ',' } else { '.' },
        fte_tenths % 10
    );
    match lang {
        Lang::Nl => format!("{hours} uur per week, samen zo'n {fte} fte (bij 36 uur per week)."),
        Lang::En => format!("{hours} hours a week, together about {fte} FTE (at 36 hours a week)."),
    }
}
