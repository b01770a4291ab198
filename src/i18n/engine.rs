//! The engine's words: reasons, advice, warnings and problems rendered in either language.
//! Every function here takes engine data and a `Lang`; none holds state.

use super::{number, Label, Lang, Lower};
use crate::domain::{
    Capacity, Dimension, Factor, FallbackRisk, GrowthAction, MaturityReason, MilestoneKind,
    OrgModel, PhaseKind, ProblemKind, ScheduleFlag, Staffing, StaffingWarning, Stage,
};

/// What a stage looks like, in one sentence.
#[must_use]
pub fn stage_description(stage: Stage, lang: Lang) -> &'static str {
    match stage {
        Stage::Traditional => lang.pick(
            "Communicatie gaat één kant op en afdelingen werken los van elkaar; social media wordt nauwelijks gebruikt.",
            "Communication is one-way and departments work separately; social media is hardly used.",
        ),
        Stage::Experimental => lang.pick(
            "Een paar enthousiastelingen proberen dingen uit, los van elkaar en soms buiten de regels om.",
            "A few enthusiasts try things out, separately and sometimes outside the rules.",
        ),
        Stage::Operational => lang.pick(
            "Er is een team met rollen, beleid, training en een manier van meten.",
            "There is a team with roles, policy, training and a way of measuring.",
        ),
        Stage::Measurable => lang.pick(
            "Social media levert aantoonbaar resultaat op, het bestuur steunt het breed en luisteren is vanzelfsprekend.",
            "Social media delivers measurable results, the board supports it broadly and listening is the norm.",
        ),
        Stage::FullyEngaged => lang.pick(
            "Contact met cliënten via social media zit in het DNA van de organisatie.",
            "Engaging with clients on social media is part of the organisation's DNA.",
        ),
    }
}

/// The self-assessment grid: what each dimension looks like at each stage, one row per
/// dimension and one column per stage, in the order the enums declare them. A table rather
/// than a `match` of string loads: it is on the first screen's path, where every byte counts.
const GRID: [(&str, &str); 35] = [
    // StrategyGoals
    (
        "Geen doelen voor social media.",
        "No goals for social media.",
    ),
    (
        "Losse ideeën per persoon of afdeling.",
        "Loose ideas per person or department.",
    ),
    (
        "Een social media-plan met doelen.",
        "A social media plan with goals.",
    ),
    (
        "Doelen hangen aan de organisatiedoelen en het jaarplan.",
        "Goals are tied to organisational goals and the annual plan.",
    ),
    (
        "Social is onderdeel van elke strategische keuze.",
        "Social is part of every strategic choice.",
    ),
    // OrganisationRoles
    (
        "Niemand is ervoor verantwoordelijk.",
        "Nobody is responsible for it.",
    ),
    (
        "Eén of twee pioniers doen het erbij.",
        "One or two pioneers do it on the side.",
    ),
    ("Een team met benoemde rollen.", "A team with named roles."),
    (
        "Een kernteam ondersteunt afdelingen die zelf actief zijn.",
        "A core team supports departments that act themselves.",
    ),
    (
        "Iedere medewerker kan en mag meedoen.",
        "Every employee can and may take part.",
    ),
    // PolicyRules
    ("Geen afspraken.", "No agreements."),
    (
        "Ongeschreven regels, ieder doet het op zijn manier.",
        "Unwritten rules; everyone does it their own way.",
    ),
    (
        "Vastgelegde spelregels, ook voor privacy.",
        "Written rules, privacy included.",
    ),
    (
        "Spelregels zijn bekend, worden nageleefd en herzien.",
        "Rules are known, followed and reviewed.",
    ),
    (
        "Spelregels zijn cultuur geworden.",
        "The rules have become culture.",
    ),
    // SkillsTraining
    ("Geen kennis in huis.", "No know-how in house."),
    ("Enkelen leren het zichzelf aan.", "A few teach themselves."),
    (
        "Trainingen voor wie ermee werkt.",
        "Training for those who use it.",
    ),
    (
        "Een vast trainingsprogramma per rol.",
        "A structured programme per role.",
    ),
    (
        "Iedereen is geschoold; kennis wordt gedeeld.",
        "Everyone is trained; knowledge is shared.",
    ),
    // ListeningWebcare
    (
        "We weten niet wat er over ons gezegd wordt.",
        "We don't know what is said about us.",
    ),
    (
        "We reageren soms, als iemand het ziet.",
        "We sometimes respond, if someone notices.",
    ),
    (
        "We monitoren en hebben een webcareprotocol.",
        "We monitor and have a webcare protocol.",
    ),
    (
        "Luisteren is vast werk en stuurt beslissingen.",
        "Listening is routine and informs decisions.",
    ),
    (
        "Signalen van cliënten sturen de dienstverlening.",
        "Clients' signals steer the service.",
    ),
    // Measurement
    ("We meten niets.", "We measure nothing."),
    (
        "We kijken naar likes en volgers.",
        "We look at likes and followers.",
    ),
    (
        "Een dashboard met vaste indicatoren.",
        "A dashboard with set indicators.",
    ),
    (
        "We meten effect op organisatiedoelen.",
        "We measure impact on organisational goals.",
    ),
    (
        "Meten is continu en voorspellend.",
        "Measurement is continuous and predictive.",
    ),
    // ExecutiveSupport
    (
        "Het bestuur ziet er geen waarde in.",
        "The board sees no value in it.",
    ),
    (
        "Het bestuur laat het gebeuren.",
        "The board lets it happen.",
    ),
    (
        "Er is budget en een opdracht.",
        "There is a budget and a mandate.",
    ),
    (
        "Een bestuurder is sponsor en spreekt zich uit.",
        "A board member is sponsor and speaks up.",
    ),
    (
        "Bestuurders doen zelf actief mee.",
        "Executives take part themselves.",
    ),
];

#[must_use]
pub fn grid_cell(dim: Dimension, stage: Stage, lang: Lang) -> &'static str {
    GRID.get(dim as usize * 5 + stage as usize)
        .map_or("", |(nl, en)| lang.pick(nl, en))
}

/// Why the assessment came out as it did.
#[must_use]
pub fn maturity_reason(r: &MaturityReason, lang: Lang) -> String {
    match r {
        // At the first stage "or higher" says nothing: every organisation is there or higher.
        MaturityReason::Typical(s) if *s == Stage::Traditional => lang.pick(
            "De meeste onderdelen staan nog in de eerste fase, ‘Traditioneel’: hier begint het plan.",
            "Most dimensions are still at the first stage, ‘Traditional’: this is where the plan starts.",
        ).to_string(),
        MaturityReason::Typical(s) => match lang {
            Lang::Nl => format!("De meeste onderdelen passen bij de fase ‘{}’ of hoger.", s.label(lang)),
            Lang::En => format!("Most dimensions fit the ‘{}’ stage or higher.", s.label(lang)),
        },
        MaturityReason::HeldBackBy { dimension, at, needs, blocks } => match lang {
            Lang::Nl => format!(
                "Wat u nu tegenhoudt: ‘{}’ staat op {} ({}); de fase ‘{}’ bouwt op minstens {} ({}).",
                dimension.label(lang), at.number(), at.label(lang).lower(),
                blocks.label(lang), needs.number(), needs.label(lang).lower()
            ),
            Lang::En => format!(
                "What holds you back: ‘{}’ is at {} ({}); the ‘{}’ stage builds on at least {} ({}).",
                dimension.label(lang), at.number(), at.label(lang).lower(),
                blocks.label(lang), needs.number(), needs.label(lang).lower()
            ),
        },
        MaturityReason::Uneven { strong, strong_at, weak, weak_at } => match lang {
            Lang::Nl => format!(
                "Ongelijk profiel: sterk in ‘{}’ ({}), zwak in ‘{}’ ({}). Het zwakste onderdeel bepaalt wat u eerst aanpakt.",
                strong.label(lang), strong_at.label(lang), weak.label(lang), weak_at.label(lang)
            ),
            Lang::En => format!(
                "Uneven profile: strong in ‘{}’ ({}), weak in ‘{}’ ({}). The weakest dimension is what to work on first.",
                strong.label(lang), strong_at.label(lang), weak.label(lang), weak_at.label(lang)
            ),
        },
    }
}

#[must_use]
pub fn growth_action(a: GrowthAction, lang: Lang) -> &'static str {
    use GrowthAction as G;
    match a {
        G::StartListening => lang.pick(
            "Begin met luisteren: wat zeggen cliënten, familie en media al over u?",
            "Start listening: what do clients, families and the media already say about you?",
        ),
        G::AllowPilotAccounts => lang.pick(
            "Geef pioniers ruimte voor een afgebakende pilot, binnen de spelregels en de controle die het plan afspreekt.",
            "Give pioneers room for a bounded pilot, within the rules and the checks the plan agrees.",
        ),
        G::ConnectPioneers => lang.pick(
            "Breng de pioniers met elkaar in contact.",
            "Connect the pioneers with each other.",
        ),
        G::FormCoreTeam => lang.pick(
            "Stel een multidisciplinair kernteam samen.",
            "Form a multidisciplinary core team.",
        ),
        G::WritePolicy => lang.pick(
            "Leg spelregels vast, met privacy en beroepsgeheim.",
            "Write down the rules, privacy and the duty of confidentiality included.",
        ),
        G::TrainStaff => lang.pick(
            "Train wie namens de organisatie gaat posten.",
            "Train everyone who will post for the organisation.",
        ),
        G::MeasurementFramework => lang.pick(
            "Kies indicatoren en doe een nulmeting.",
            "Choose indicators and take a baseline.",
        ),
        G::InventoryAccounts => lang.pick(
            "Breng alle bestaande accounts in kaart; sluit wat niemand beheert.",
            "Inventory all existing accounts; close what nobody manages.",
        ),
        G::SecureSponsor => lang.pick(
            "Maak een bestuurder sponsor, zichtbaar en met mandaat.",
            "Make a board member sponsor, visible and with a mandate.",
        ),
        G::LinkBusinessGoals => lang.pick(
            "Verbind social media-doelen met het jaarplan.",
            "Link social media goals to the annual plan.",
        ),
        G::ListeningAsNorm => lang.pick(
            "Maak luisteren een vast onderdeel van het werk, en gebruik wat u hoort bij beslissingen.",
            "Make listening routine work that feeds decisions.",
        ),
        G::EmpowerUnits => lang.pick(
            "Laat afdelingen zelf posten, ondersteund door de hub.",
            "Let departments post themselves, supported by the hub.",
        ),
        G::AmbassadorProgramme => lang.pick(
            "Bouw een ambassadeursprogramma op voor de hele organisatie.",
            "Build an ambassador programme for the whole organisation.",
        ),
        G::EmbedInCulture => lang.pick(
            "Veranker social media in functieprofielen en gesprekscycli.",
            "Embed social media in job profiles and appraisal cycles.",
        ),
        G::ClientExperienceFirst => lang.pick(
            "Laat de ervaring van cliënten het vertrekpunt zijn.",
            "Make the client experience the starting point.",
        ),
        G::UseIndicators => lang.pick(
            "Bespreek de indicatoren van dit plan vanaf de nulmeting elk kwartaal met het bestuur en stuur het plan bij op de uitkomsten.",
            "Discuss this plan's indicators with the board every quarter from the baseline on, and adjust the plan to what they show.",
        ),
        G::UnitsSupplyStories => lang.pick(
            "Laat afdelingen verhalen en vragen aanleveren; het centrale team plaatst en reageert.",
            "Let departments supply stories and questions; the central team posts and responds.",
        ),
        G::KeepSponsor => lang.pick(
            "Blijf doen: houd de sponsor uit het bestuur zichtbaar betrokken, met een vast moment per kwartaal.",
            "Keep doing: keep the executive sponsor visibly involved, with a set moment every quarter.",
        ),
        G::KeepAmbassadors => lang.pick(
            "Blijf doen: geef de ambassadeurs die er al zijn ruimte, training en een vast aanspreekpunt.",
            "Keep doing: give the ambassadors you already have room, training and a fixed contact.",
        ),
        G::KeepCoreTeam => lang.pick(
            "Blijf doen: het kernteam staat in het plan, met uren. Leg die uren vast en geef het team een mandaat.",
            "Keep doing: the core team is in the plan, with hours. Fix those hours and give the team a mandate.",
        ),
    }
}

#[must_use]
pub fn fallback_risk(r: FallbackRisk, lang: Lang) -> &'static str {
    use FallbackRisk as F;
    match r {
        F::SkippingStages => lang.pick("Fasen overslaan: gemengde boodschappen, misstappen, dubbel werk en een verkeerd budget.", "Skipping stages: mixed messages, blunders, duplicated effort and a wrong budget."),
        F::LosingSponsor => lang.pick("De bestuurlijke sponsor valt weg; zonder steun van boven zakt het terug.", "The executive sponsor leaves; without support from the top it falls back."),
        F::OverwhelmedCentralTeam => lang.pick("Het centrale team verdrinkt in verzoeken en wordt een helpdesk.", "The central team drowns in requests and becomes a help desk."),
        F::AccountSprawl => lang.pick("Wildgroei van accounts die niemand beheert.", "A sprawl of accounts that nobody manages."),
        F::AdoptionPlateau => lang.pick("Na de enthousiastelingen stokt de deelname.", "Participation stalls after the enthusiasts."),
        F::HubBottleneck => lang.pick("De hub wordt een flessenhals in plaats van een aanjager.", "The hub becomes a bottleneck instead of an enabler."),
    }
}

/// The ranking in two or three sentences: what carries the first model, what speaks for the
/// second, and whether the difference settles it.
#[must_use]
pub fn model_contrast(c: &crate::domain::Contrast, lang: Lang) -> String {
    let reason =
        |w: &crate::domain::Weighted| format!("{} ({:+})", factor(w.factor, lang), w.delta);
    let carried: Vec<String> = c.carried_by.iter().map(reason).collect();
    let and = lang.pick(" en ", " and ");
    let top = c.top.label(lang);
    let points = |n: i32| match (n.abs() == 1, lang) {
        (true, Lang::Nl) => format!("{n} punt"),
        (false, Lang::Nl) => format!("{n} punten"),
        (true, Lang::En) => format!("{n} point"),
        (false, Lang::En) => format!("{n} points"),
    };
    let score = points(c.top_score);
    let mut out = match (carried.is_empty(), lang) {
        (true, Lang::Nl) => format!("{top} komt het hoogst uit, met {score}."),
        (true, Lang::En) => format!("{top} comes out highest, with {score}."),
        (false, Lang::Nl) => format!(
            "{top} komt het hoogst uit, met {score}, vooral door {}.",
            carried.join(and)
        ),
        (false, Lang::En) => format!(
            "{top} comes out highest, with {score}, mostly because of {}.",
            carried.join(and)
        ),
    };
    if let Some(next) = &c.runner_up {
        let model = next.model.label(lang);
        let points = points(next.score);
        out.push(' ');
        out.push_str(&match (next.for_it.as_ref().map(reason), lang) {
            (Some(r), Lang::Nl) => {
                format!("{model} volgt met {points}; daarvoor telt vooral {r}.")
            }
            (Some(r), Lang::En) => {
                format!("{model} follows with {points}; what counts most for it is {r}.")
            }
            (None, Lang::Nl) => format!("{model} volgt met {points}."),
            (None, Lang::En) => format!("{model} follows with {points}."),
        });
        out.push(' ');
        out.push_str(if next.close {
            lang.pick(
                "Het verschil is klein: beide modellen zijn te verdedigen. Leg de reden van de keuze vast.",
                "The difference is small: either model can be argued for. Record the reason for the choice.",
            )
        } else {
            lang.pick(
                "Het verschil is duidelijk.",
                "The difference is clear.",
            )
        });
    }
    out
}

/// A recommender factor, phrased as the fact it is.
#[must_use]
pub fn factor(f: Factor, lang: Lang) -> String {
    match (f, lang) {
        (Factor::Regulation(r), Lang::Nl) => format!("Regelgeving in uw sector: {}", r.label(lang)),
        (Factor::Regulation(r), Lang::En) => {
            format!("Regulation in your sector: {}", r.label(lang))
        }
        (Factor::SeveralBrands(n), Lang::Nl) => format!("{n} merken of labels"),
        (Factor::SeveralBrands(n), Lang::En) => format!("{n} brands or labels"),
        (Factor::LargeMultiBrand(n), Lang::Nl) => {
            format!("{n} merken of labels in een organisatie van meer dan 250 medewerkers")
        }
        (Factor::LargeMultiBrand(n), Lang::En) => {
            format!("{n} brands or labels in an organisation of more than 250 staff")
        }
        (Factor::SingleBrand, _) => lang.pick("Eén merk", "One brand").to_string(),
        (Factor::ManyLocations(n), Lang::Nl) => format!("{n} locaties"),
        (Factor::ManyLocations(n), Lang::En) => format!("{n} locations"),
        (Factor::Size(s), _) => s.label(lang).to_string(),
        (Factor::Trust(t), Lang::Nl) => {
            format!("Vertrouwen van het bestuur ({})", t.label(lang).lower())
        }
        (Factor::Trust(t), Lang::En) => format!("Board's trust ({})", t.label(lang).lower()),
        (Factor::Training(t), Lang::Nl) => format!("Vaardigheden en training: {}", t.label(lang)),
        (Factor::Training(t), Lang::En) => format!("Skills and training: {}", t.label(lang)),
        (Factor::Capacity(c), _) => match c {
            Capacity::None => lang.pick(
                "Niemand doet nu communicatie als taak (of minder dan 4 uur per week)",
                "Nobody does communication as a task now (or under 4 hours a week)",
            ),
            Capacity::PartTime => lang.pick(
                "Eén of twee mensen doen communicatie naast ander werk",
                "One or two people do communication besides other work",
            ),
            Capacity::Team => lang.pick(
                "Er is een communicatieafdeling",
                "There is a communication department",
            ),
        }
        .to_string(),
        (Factor::OrganicActivity(n), Lang::Nl) => {
            format!("{n} kanalen worden al regelmatig gebruikt")
        }
        (Factor::OrganicActivity(n), Lang::En) => {
            format!("{n} channels are already used regularly")
        }
        (Factor::OrganicUncontrolled(n), Lang::Nl) => {
            format!("{n} kanalen worden al regelmatig gebruikt, nog zonder vaste afspraken")
        }
        (Factor::OrganicUncontrolled(n), Lang::En) => {
            format!("{n} channels are already used regularly, without set rules yet")
        }
        (Factor::Stage(s), Lang::Nl) => format!("Volwassenheid: {}", s.label(lang)),
        (Factor::Stage(s), Lang::En) => format!("Maturity: {}", s.label(lang)),
    }
}

#[must_use]
pub fn model_summary(m: OrgModel, lang: Lang) -> &'static str {
    match m {
        OrgModel::Centralised => lang.pick(
            "Eén afdeling, meestal communicatie, beheert en plaatst alles.",
            "One department, usually communication, manages and posts everything.",
        ),
        OrgModel::Decentralised => lang.pick(
            "Initiatieven ontstaan overal in de organisatie; niemand coördineert.",
            "Initiatives arise throughout the organisation; nobody coordinates.",
        ),
        OrgModel::HubAndSpoke => lang.pick(
            "Een centraal team (hub) traint en ondersteunt afdelingen en locaties (spaken).",
            "A central team (hub) trains and supports departments and locations (spokes).",
        ),
        OrgModel::Dandelion => lang.pick(
            "Elk merk of onderdeel heeft een eigen hub, onder één gedeelde koepel.",
            "Each brand or unit has its own hub, under one shared umbrella.",
        ),
        OrgModel::Honeycomb => lang.pick(
            "Iedere medewerker is toegerust en mag meedoen, georganiseerd en getraind.",
            "Every employee is equipped and may take part, organised and trained.",
        ),
    }
}

#[must_use]
pub fn model_pros(m: OrgModel, lang: Lang) -> &'static str {
    match m {
        OrgModel::Centralised => lang.pick(
            "Eenduidige boodschap, goede controle, efficiënt met weinig mensen.",
            "Consistent message, good control, efficient with few people.",
        ),
        OrgModel::Decentralised => lang.pick(
            "Voelt echt en dichtbij; snel en goedkoop om te beginnen.",
            "Feels authentic and close; quick and cheap to start.",
        ),
        OrgModel::HubAndSpoke => lang.pick(
            "Overzicht voor de hub, ruimte voor afdelingen, één ervaring voor cliënten.",
            "Overview for the hub, room for departments, one experience for clients.",
        ),
        OrgModel::Dandelion => lang.pick(
            "Merken houden eigen gezicht en tempo, met gedeelde kennis.",
            "Brands keep their own face and pace, with shared know-how.",
        ),
        OrgModel::Honeycomb => lang.pick(
            "Benut de hele organisatie; het grootste en meest geloofwaardige bereik.",
            "Uses the whole organisation; the widest and most credible reach.",
        ),
    }
}

#[must_use]
pub fn model_cons(m: OrgModel, lang: Lang) -> &'static str {
    match m {
        OrgModel::Centralised => lang.pick(
            "Minder persoonlijk; het team raakt overvraagd als het groeit.",
            "Less personal; the team gets overwhelmed as it grows.",
        ),
        OrgModel::Decentralised => lang.pick(
            "Wisselende kwaliteit, geen overzicht, risico voor privacy en reputatie.",
            "Uneven quality, no overview, risk to privacy and reputation.",
        ),
        OrgModel::HubAndSpoke => lang.pick(
            "Kost tijd en geld; vraagt steun van het bestuur en afstemming.",
            "Costs time and money; needs board support and coordination.",
        ),
        OrgModel::Dandelion => lang.pick(
            "Veel afstemming en interne ruis; vraagt vaste mensen per hub.",
            "Much coordination and internal noise; needs dedicated staff per hub.",
        ),
        OrgModel::Honeycomb => lang.pick(
            "Vraagt volwassen beleid, training en een bestuur dat durft los te laten.",
            "Needs mature policy, training and a board willing to let go.",
        ),
    }
}

#[must_use]
pub fn model_tip(m: OrgModel, lang: Lang) -> &'static str {
    match m {
        OrgModel::Centralised => lang.pick(
            "Laat ook medewerkers zien, niet alleen het logo.",
            "Show your people too, not only the logo.",
        ),
        OrgModel::Decentralised => lang.pick(
            "Gebruik het als startpunt, niet als eindpunt: formaliseer op tijd.",
            "Use it as a starting point, not an end point: formalise in time.",
        ),
        OrgModel::HubAndSpoke => lang.pick(
            "De hub is een aanjager, geen social media-politie.",
            "The hub is an enabler, not the social media police.",
        ),
        OrgModel::Dandelion => lang.pick(
            "Zorg dat de hubs elkaar ook onderling vinden.",
            "Make sure the hubs connect with each other too.",
        ),
        OrgModel::Honeycomb => lang.pick(
            "Begin met ambassadeurs en groei naar iedereen.",
            "Start with ambassadors and grow towards everyone.",
        ),
    }
}

#[must_use]
pub fn staffing_warning(w: StaffingWarning, staffing: &Staffing, lang: Lang) -> String {
    match w {
        StaffingWarning::NoSponsor => lang.pick(
            "Er is geen bestuurlijk opdrachtgever: zonder sponsor uit het bestuur verliest de uitrol draagvlak.",
            "There is no executive sponsor: without a board member behind it the rollout loses support.",
        ).to_string(),
        StaffingWarning::OneDiscipline(d) => match lang {
            Lang::Nl => format!("Het team komt alleen uit {}: voeg zorg, HR of privacy toe voor een multidisciplinair team.", d.label(lang)),
            Lang::En => format!("The team comes from {} only: add care, HR or privacy for a multidisciplinary team.", d.label(lang)),
        },
        StaffingWarning::ZeroHours(id) => {
            let name = staffing.role(id).map_or("?", |r| r.kind.label(lang));
            match lang {
                Lang::Nl => format!("‘{name}’ heeft taken maar geen uren of mensen."),
                Lang::En => format!("‘{name}’ has tasks but no hours or people."),
            }
        }
        StaffingWarning::NoAccountable(a) => match lang {
            Lang::Nl => format!("Niemand is eindverantwoordelijk (A) voor ‘{}’.", a.label(lang)),
            Lang::En => format!("Nobody is accountable (A) for ‘{}’.", a.label(lang)),
        },
        StaffingWarning::NoResponsible(a) => match lang {
            Lang::Nl => format!("Niemand voert ‘{}’ uit.", a.label(lang)),
            Lang::En => format!("Nobody carries out ‘{}’.", a.label(lang)),
        },
    }
}

/// Staffing warnings in words, with the per-activity RACI gaps grouped into one sentence
/// each, so an empty grid reads as two points instead of twelve.
#[must_use]
pub fn staffing_warnings(list: &[StaffingWarning], staffing: &Staffing, lang: Lang) -> Vec<String> {
    let mut out = Vec::new();
    let mut no_a = Vec::new();
    let mut no_r = Vec::new();
    for w in list {
        match w {
            StaffingWarning::NoAccountable(a) => no_a.push(a.label(lang)),
            StaffingWarning::NoResponsible(a) => no_r.push(a.label(lang)),
            other => out.push(staffing_warning(*other, staffing, lang)),
        }
    }
    if !no_a.is_empty() {
        out.push(match lang {
            Lang::Nl => format!(
                "Nog niemand is eindverantwoordelijk (A) voor: {}.",
                no_a.join(", ").lower()
            ),
            Lang::En => format!(
                "Nobody is accountable (A) yet for: {}.",
                no_a.join(", ").lower()
            ),
        });
    }
    if !no_r.is_empty() {
        out.push(match lang {
            Lang::Nl => format!("Nog niemand voert uit (R): {}.", no_r.join(", ").lower()),
            Lang::En => format!(
                "Nobody is responsible (R) yet for: {}.",
                no_r.join(", ").lower()
            ),
        });
    }
    out
}

#[must_use]
pub fn schedule_flag(f: ScheduleFlag, lang: Lang) -> String {
    match f {
        ScheduleFlag::NoListeningBaseline => lang.pick(
            "Er is geen monitorfase: zonder nulmeting kunt u later niet laten zien wat de uitrol heeft opgeleverd.",
            "There is no monitoring phase: without a baseline you cannot show later what the rollout achieved.",
        ).to_string(),
        ScheduleFlag::ImplementBeforeBaseline => lang.pick(
            "De pilot begint voordat de nulmeting klaar is.",
            "The pilot starts before the listening baseline is finished.",
        ).to_string(),
        ScheduleFlag::NoEvaluation => lang.pick(
            "Er is geen evaluatiemoment gepland.",
            "No evaluation moment is planned.",
        ).to_string(),
        ScheduleFlag::LateFirstEvaluation(w) => match lang {
            Lang::Nl => format!("De eerste evaluatie valt {} weken na de start van de pilot; plan die binnen een halfjaar.", w.0),
            Lang::En => format!("The first evaluation falls {} weeks after go-live; plan it within six months.", w.0),
        },
        ScheduleFlag::ForbiddenOverlap(k) => match lang {
            Lang::Nl => format!("‘{}’ overlapt met de fase ervoor, maar moet daarop wachten.", k.label(lang)),
            Lang::En => format!("‘{}’ overlaps the phase before it, but must wait for it.", k.label(lang)),
        },
        ScheduleFlag::ZeroDuration(k) => match lang {
            Lang::Nl => format!("‘{}’ duurt nul weken.", k.label(lang)),
            Lang::En => format!("‘{}’ lasts zero weeks.", k.label(lang)),
        },
        ScheduleFlag::AbsurdDuration(k) => match lang {
            Lang::Nl => format!("‘{}’ duurt langer dan twee jaar.", k.label(lang)),
            Lang::En => format!("‘{}’ lasts longer than two years.", k.label(lang)),
        },
        ScheduleFlag::SummerHolidays(PhaseKind::Monitor) => lang.pick(
            "De nulmeting valt (deels) in de zomervakantie, juli en augustus. Er zijn dan minder collega's en minder berichten, dus de cijfers zeggen weinig. Verschuif de monitorfase of meet langer. De drie schoolregio's hebben elk zes weken vakantie; de precieze weken worden per schooljaar bekendgemaakt.",
            "The listening baseline falls (partly) in the summer holidays, July and August. Fewer colleagues are at work and less is posted, so the figures say little. Move the monitoring phase or measure for longer. The three school regions each have six weeks off; the exact weeks are published per school year.",
        ).to_string(),
        ScheduleFlag::SummerHolidays(k) => match lang {
            Lang::Nl => format!("‘{}’ valt (deels) in de zomervakantie, juli en augustus. Er zijn dan minder collega's om mee te doen en te reageren. De drie schoolregio's hebben elk zes weken vakantie; de precieze weken worden per schooljaar bekendgemaakt.", k.label(lang)),
            Lang::En => format!("‘{}’ falls (partly) in the summer holidays, July and August. Fewer colleagues are there to take part and respond. The three school regions each have six weeks off; the exact weeks are published per school year.", k.label(lang)),
        },
        ScheduleFlag::ChristmasGoLive(k) => match lang {
            Lang::Nl => format!("‘{}’ begint in de kerstweken (ongeveer 20 december tot 3 januari). Dan zijn teams op hun kleinst en valt een start weinig op. Kies een begindatum in januari.", k.label(lang)),
            Lang::En => format!("‘{}’ starts in the Christmas weeks (roughly 20 December to 3 January). Teams are at their smallest then and a launch goes unnoticed. Choose a start date in January.", k.label(lang)),
        },
        ScheduleFlag::ChristmasTraining => lang.pick(
            "De training van de pilotgroep valt in de kerstweken, als veel mensen vrij zijn. Begin de training eerder of schuif de livegang naar eind januari.",
            "The pilot group's training falls in the Christmas weeks, when many people are off. Start the training earlier or move go-live to late January.",
        ).to_string(),
        ScheduleFlag::EvaluationBesideGoNoGo(n) => match lang {
            Lang::Nl => format!("Evaluatiemoment {n} valt binnen twee weken van het go/no-go-besluit over de uitrol. Maak er één overleg van, of verschuif dit evaluatiemoment."),
            Lang::En => format!("Evaluation moment {n} falls within two weeks of the go/no-go decision on the rollout. Hold them as one meeting, or move this evaluation moment."),
        },
        ScheduleFlag::BoardMomentInHolidays { moment, date, christmas } => {
            use crate::domain::BoardMoment as B;
            let what = match (moment, lang) {
                (B::Approval, Lang::Nl) => "Het besluit over het plan".to_string(),
                (B::Approval, Lang::En) => "The decision on the plan".to_string(),
                (B::GoNoGo, Lang::Nl) => "Het go/no-go-besluit".to_string(),
                (B::GoNoGo, Lang::En) => "The go/no-go decision".to_string(),
                (B::Evaluation(n), Lang::Nl) => format!("Evaluatiemoment {n}"),
                (B::Evaluation(n), Lang::En) => format!("Evaluation moment {n}"),
            };
            let when = crate::i18n::date(date, lang);
            match (christmas, lang) {
                (false, Lang::Nl) => format!("{what} valt op {when}, midden in de zomervakantie: dan vergadert een bestuur zelden en is een team half weg. Plan het ervoor of erna."),
                (true, Lang::Nl) => format!("{what} valt op {when}, in de kerstweken: dan vergadert een bestuur zelden en is een team half weg. Plan het ervoor of erna."),
                (false, Lang::En) => format!("{what} falls on {when}, in the middle of the summer holidays: a board rarely meets then and teams are half away. Plan it before or after."),
                (true, Lang::En) => format!("{what} falls on {when}, in the Christmas weeks: a board rarely meets then and teams are half away. Plan it before or after."),
            }
        }
        ScheduleFlag::StageJump { current, target, months } => match lang {
            Lang::Nl => format!("Het plan wil van fase {} ({}) naar fase {} ({}), maar van livegang tot het einde van de evaluatie zit maar {} maanden. Reken op ongeveer een jaar per fase: kies een doel één fase hoger of plan langer.", current.number(), current.label(lang).lower(), target.number(), target.label(lang).lower(), months),
            Lang::En => format!("The plan aims to go from stage {} ({}) to stage {} ({}), but there are only {} months from go-live to the end of the evaluation. Allow about a year per stage: aim one stage higher or plan for longer.", current.number(), current.label(lang).lower(), target.number(), target.label(lang).lower(), months),
        },
    }
}

#[must_use]
pub fn milestone(m: &MilestoneKind, lang: Lang) -> String {
    match m {
        MilestoneKind::Kickoff => lang
            .pick("Start: aftrap van het project", "Start: project kick-off")
            .into(),
        MilestoneKind::BaselineReady => lang
            .pick("Nulmeting klaar", "Listening baseline ready")
            .into(),
        MilestoneKind::PlanApproved => lang
            .pick(
                "Plan goedgekeurd door het bestuur",
                "Plan approved by the board",
            )
            .into(),
        MilestoneKind::TrainingStart => lang
            .pick("Start training pilotgroep", "Pilot group training starts")
            .into(),
        MilestoneKind::GoLive => lang.pick("Livegang pilot", "Pilot goes live").into(),
        MilestoneKind::RolloutComplete => lang.pick("Uitrol afgerond", "Rollout complete").into(),
        MilestoneKind::GoNoGo => lang
            .pick(
                "Go/no-go: besluit over de uitrol",
                "Go/no-go: decision on the rollout",
            )
            .into(),
        MilestoneKind::Evaluation(n) => match lang {
            Lang::Nl => format!("Evaluatiemoment {n}"),
            Lang::En => format!("Evaluation {n}"),
        },
        MilestoneKind::PhaseEvaluation => lang
            .pick("Evaluatie van de uitrol", "Rollout evaluation")
            .into(),
        MilestoneKind::Custom(_, title) => title.clone(),
    }
}

/// A problem's message, as the error summary and the field show it.
#[must_use]
pub fn problem(kind: ProblemKind, lang: Lang) -> String {
    match kind {
        ProblemKind::Required => lang.pick("Vul dit in.", "Please fill this in.").into(),
        ProblemKind::BeforePlanStart => lang.pick("Deze datum ligt vóór de start van het plan. Kies de datum waarop u evalueert.", "This date is before the plan starts. Choose the date you evaluate on.").into(),
        ProblemKind::BeforePreviousEvaluation => lang.pick("Deze datum ligt vóór het vorige evaluatiemoment. Kies een latere datum.", "This date is before the previous evaluation moment. Choose a later date.").into(),
        ProblemKind::ChooseOne => lang.pick("Kies een antwoord.", "Choose an answer.").into(),
        ProblemKind::ChooseAtLeastOne => lang.pick("Kies er minstens één.", "Choose at least one.").into(),
        ProblemKind::TooLong { max } => match lang {
            Lang::Nl => format!("Dit is te lang: maximaal {} tekens.", number(max as u64, lang)),
            Lang::En => format!("This is too long: at most {} characters.", number(max as u64, lang)),
        },
        ProblemKind::WholeNumber { min, max } => match lang {
            Lang::Nl => format!("Vul een heel getal in van {} tot en met {}.", number(min.into(), lang), number(max.into(), lang)),
            Lang::En => format!("Enter a whole number from {} to {}.", number(min.into(), lang), number(max.into(), lang)),
        },
        ProblemKind::AmountNumber => lang.pick(
            "Vul een getal in, bijvoorbeeld 1200, 1.200 of 2,5 (hoogstens twee cijfers achter de komma).",
            "Enter a number, for example 1200, 1,200 or 2.5 (at most two decimals).",
        )
        .to_string(),
        ProblemKind::HoursNumber => lang.pick(
            "Vul uren per week in, bijvoorbeeld 4 of 4,5 (hoogstens 168).",
            "Enter hours per week, for example 4 or 4.5 (at most 168).",
        ).into(),
        ProblemKind::InvalidDate => lang.pick(
            "Vul een bestaande datum in, bijvoorbeeld 2026-03-02.",
            "Enter a real date, for example 2026-03-02.",
        ).into(),
        ProblemKind::ReasonRequired => lang.pick(
            "U kiest een ander model dan het advies: schrijf kort op waarom, zodat het bestuur het kan volgen.",
            "You chose another model than the recommended one: note briefly why, so the board can follow it.",
        ).into(),
    }
}

/// Why an answers file or link did not load, and what to do about it.
#[must_use]
pub fn import_error(e: &crate::domain::ImportError, lang: Lang) -> String {
    use crate::domain::ImportError as E;
    match e {
        E::Empty => lang.pick("Het bestand is leeg. Kies het .json-bestand dat Koers voor u heeft gemaakt.", "The file is empty. Choose the .json file Koers made for you.").into(),
        E::TooLarge { bytes } => match lang {
            Lang::Nl => format!("Het bestand is te groot ({} bytes). Een antwoordenbestand van Koers is veel kleiner; kies het juiste bestand.", number(*bytes as u64, lang)),
            Lang::En => format!("The file is too large ({} bytes). A Koers answers file is much smaller; choose the right file.", number(*bytes as u64, lang)),
        },
        E::NotText => lang.pick("Dit is geen tekstbestand (misschien een afbeelding of Word-bestand). Kies het .json-bestand van Koers.", "This is not a text file (perhaps a picture or a Word file). Choose the Koers .json file.").into(),
        E::NotJson { line, column } => match lang {
            Lang::Nl => format!("Het bestand is beschadigd: het is geen geldige JSON (regel {line}, kolom {column}). Download het antwoordenbestand opnieuw."),
            Lang::En => format!("The file is damaged: it is not valid JSON (line {line}, column {column}). Download the answers file again."),
        },
        E::TooDeep => lang.pick("Het bestand is te diep genest om veilig te lezen. Het is geen antwoordenbestand van Koers.", "The file is nested too deeply to read safely. It is not a Koers answers file.").into(),
        E::NotKoers => lang.pick("Dit is geen antwoordenbestand van Koers.", "This is not a Koers answers file.").into(),
        E::FutureVersion(v) => match lang {
            Lang::Nl => format!("Dit bestand is gemaakt met een nieuwere versie van Koers (schema {v}; deze site leest tot en met schema {}). Open het op de site waar u het maakte. Uw antwoorden hier zijn niet veranderd.", crate::domain::SCHEMA_VERSION),
            Lang::En => format!("This file was made with a newer version of Koers (schema {v}; this site reads up to schema {}). Open it on the site where you made it. Your answers here have not changed.", crate::domain::SCHEMA_VERSION),
        },
        E::OtherApp(app) => match lang {
            Lang::Nl => format!("Dit bestand komt van een andere uitgave van Koers (‘{app}’), waarvan de antwoorden hier iets anders kunnen betekenen. Open het op de site waar u het maakte. Uw antwoorden hier zijn niet veranderd."),
            Lang::En => format!("This file comes from another edition of Koers (‘{app}’), whose answers may mean something else here. Open it on the site where you made it. Your answers here have not changed."),
        },
        E::Invalid { line, column } => match lang {
            Lang::Nl => format!("Het bestand bevat een waarde die niet klopt (bijvoorbeeld een datum die niet bestaat), op regel {line}, positie {column}. Er is niets geladen."),
            Lang::En => format!("The file holds a value that is not valid (a date that does not exist, for example), on line {line}, position {column}. Nothing was loaded."),
        },
        E::TooManyItems { max } => match lang {
            Lang::Nl => format!("Het bestand bevat meer dan {max} rollen, indicatoren of mijlpalen; dat past niet in een plan."),
            Lang::En => format!("The file holds more than {max} roles, indicators or milestones; that does not fit a plan."),
        },
    }
}

/// Why a share link did not open.
#[must_use]
pub fn share_error(e: &crate::domain::ShareError, lang: Lang) -> String {
    use crate::domain::ShareError as E;
    match e {
        E::NotALink => lang.pick("Deze link is geen deellink van deze versie van Koers.", "This link is not a share link of this version of Koers.").into(),
        E::Damaged => lang.pick("De deellink is beschadigd of onvolledig (misschien afgebroken in een e-mail). Vraag de afzender om de link opnieuw te sturen. Uw eigen antwoorden zijn niet veranderd.", "The share link is damaged or incomplete (perhaps cut off in an e-mail). Ask the sender to send it again. Your own answers have not changed.").into(),
        E::TooLarge => lang.pick("De deellink is te groot om veilig te openen. Uw eigen antwoorden zijn niet veranderd.", "The share link is too large to open safely. Your own answers have not changed.").into(),
        E::Answers(inner) => import_error(inner, lang),
    }
}

/// Why a participant's code was refused, in words the facilitator can act on.
#[must_use]
pub fn code_error(e: crate::domain::group::CodeError, lang: Lang) -> &'static str {
    use crate::domain::group::CodeError;
    match e {
        CodeError::Malformed => lang.pick(
            "dit is geen code van Koers: die ziet eruit als K7Q2-3342412-XKD-M (de workshopcode, zeven cijfers van 1 tot 5, drie tekens en een controleteken)",
            "this is not a Koers code: it looks like K7Q2-3342412-XKD-M (the workshop code, seven digits from 1 to 5, three characters and a check character)",
        ),
        CodeError::OtherWorkshop => lang.pick(
            "deze code hoort bij een andere workshop",
            "this code belongs to another workshop",
        ),
        CodeError::Checksum => lang.pick(
            "er zit een typefout in deze code; vraag hem nog eens",
            "this code has a typo; ask for it again",
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Activity, RoleId, Weeks};

    /// Checks that a rendered string exists in both languages and is not the same text twice
    /// (a sign of a forgotten translation).
    fn both(render: impl Fn(Lang) -> String) {
        let nl = render(Lang::Nl);
        let en = render(Lang::En);
        assert!(!nl.trim().is_empty() && !en.trim().is_empty());
        assert_ne!(nl, en, "same text in both languages: {nl}");
    }

    #[test]
    fn the_grid_table_is_in_the_enums_order() {
        // Corners and a middle cell of the table, against the enums it is indexed by.
        let cell = |d, s| grid_cell(d, s, Lang::Nl);
        assert_eq!(
            cell(Dimension::StrategyGoals, Stage::Traditional),
            "Geen doelen voor social media."
        );
        assert_eq!(
            cell(Dimension::PolicyRules, Stage::Traditional),
            "Geen afspraken."
        );
        assert_eq!(
            cell(Dimension::OrganisationRoles, Stage::Operational),
            "Een team met benoemde rollen."
        );
        assert_eq!(Dimension::ALL.len() * Stage::ALL.len(), GRID.len());
        let mut seen = std::collections::BTreeSet::new();
        for d in Dimension::ALL {
            for s in Stage::ALL {
                assert!(seen.insert(cell(*d, *s)), "{d:?} {s:?} repeats a cell");
            }
        }
    }

    #[test]
    fn labels_lowered_as_unicode_would() {
        // `Lower` keeps Unicode's case tables out of the wasm; it must agree with them on the
        // labels it lowers ("Eén of twee mensen" once came out as "eén").
        for lang in [Lang::Nl, Lang::En] {
            let mut texts: Vec<&str> = Activity::ALL.iter().map(|a| a.label(lang)).collect();
            texts.extend(crate::domain::Usage::ALL.iter().map(|u| u.label(lang)));
            texts.extend(crate::domain::CommsTeam::ALL.iter().map(|u| u.label(lang)));
            texts.extend(crate::domain::ScopeLevel::ALL.iter().map(|u| u.label(lang)));
            texts.extend(crate::domain::SizeBand::ALL.iter().map(|u| u.label(lang)));
            texts.extend(crate::domain::Stage::ALL.iter().map(|u| u.label(lang)));
            texts.push(crate::i18n::T::Recommended.get(lang));
            texts.push("Één ÉÉN Ærø");
            for t in texts {
                assert_eq!(t.lower(), t.to_lowercase(), "{t}");
            }
        }
    }

    #[test]
    fn every_engine_string_exists_in_both_languages() {
        for s in Stage::ALL {
            both(|l| stage_description(*s, l).into());
            for d in Dimension::ALL {
                both(|l| grid_cell(*d, *s, l).into());
                both(|l| {
                    maturity_reason(
                        &MaturityReason::HeldBackBy {
                            dimension: *d,
                            at: *s,
                            needs: *s,
                            blocks: *s,
                        },
                        l,
                    )
                });
            }
            both(|l| maturity_reason(&MaturityReason::Typical(*s), l));
            both(|l| factor(Factor::Stage(*s), l));
        }
        both(|l| {
            maturity_reason(
                &MaturityReason::Uneven {
                    strong: Dimension::Measurement,
                    strong_at: Stage::Measurable,
                    weak: Dimension::PolicyRules,
                    weak_at: Stage::Traditional,
                },
                l,
            )
        });
        let actions = [
            GrowthAction::StartListening,
            GrowthAction::AllowPilotAccounts,
            GrowthAction::ConnectPioneers,
            GrowthAction::FormCoreTeam,
            GrowthAction::WritePolicy,
            GrowthAction::TrainStaff,
            GrowthAction::MeasurementFramework,
            GrowthAction::InventoryAccounts,
            GrowthAction::SecureSponsor,
            GrowthAction::LinkBusinessGoals,
            GrowthAction::ListeningAsNorm,
            GrowthAction::EmpowerUnits,
            GrowthAction::AmbassadorProgramme,
            GrowthAction::EmbedInCulture,
            GrowthAction::ClientExperienceFirst,
            GrowthAction::UseIndicators,
            GrowthAction::UnitsSupplyStories,
        ];
        for a in actions {
            both(|l| growth_action(a, l).into());
        }
        for r in [
            FallbackRisk::SkippingStages,
            FallbackRisk::LosingSponsor,
            FallbackRisk::OverwhelmedCentralTeam,
            FallbackRisk::AccountSprawl,
            FallbackRisk::AdoptionPlateau,
            FallbackRisk::HubBottleneck,
        ] {
            both(|l| fallback_risk(r, l).into());
        }
        for m in OrgModel::ALL {
            both(|l| model_summary(*m, l).into());
            both(|l| model_pros(*m, l).into());
            both(|l| model_cons(*m, l).into());
            both(|l| model_tip(*m, l).into());
            both(|l| m.label(l).into());
        }
        for f in [
            Factor::SeveralBrands(3),
            Factor::SingleBrand,
            Factor::ManyLocations(9),
        ] {
            both(|l| factor(f, l));
        }
        let staffing = Staffing::default();
        for w in [
            StaffingWarning::NoSponsor,
            StaffingWarning::OneDiscipline(crate::domain::Discipline::Care),
            StaffingWarning::ZeroHours(RoleId(1)),
            StaffingWarning::NoAccountable(Activity::Publish),
            StaffingWarning::NoResponsible(Activity::Report),
        ] {
            both(|l| staffing_warning(w, &staffing, l));
        }
        for k in PhaseKind::ALL {
            for f in [
                ScheduleFlag::ForbiddenOverlap(*k),
                ScheduleFlag::ZeroDuration(*k),
                ScheduleFlag::AbsurdDuration(*k),
            ] {
                both(|l| schedule_flag(f, l));
            }
        }
        for f in [
            ScheduleFlag::NoListeningBaseline,
            ScheduleFlag::ImplementBeforeBaseline,
            ScheduleFlag::NoEvaluation,
            ScheduleFlag::LateFirstEvaluation(Weeks(30)),
            ScheduleFlag::SummerHolidays(PhaseKind::Monitor),
            ScheduleFlag::SummerHolidays(PhaseKind::Pilot),
            ScheduleFlag::ChristmasGoLive(PhaseKind::Rollout),
            ScheduleFlag::ChristmasTraining,
            ScheduleFlag::EvaluationBesideGoNoGo(1),
            ScheduleFlag::SummerHolidays(PhaseKind::Rollout),
            ScheduleFlag::BoardMomentInHolidays {
                moment: crate::domain::BoardMoment::Evaluation(2),
                date: crate::domain::Date::EPOCH,
                christmas: true,
            },
            ScheduleFlag::StageJump {
                current: Stage::Traditional,
                target: Stage::Operational,
                months: 7,
            },
        ] {
            both(|l| schedule_flag(f, l));
        }
        for m in [
            MilestoneKind::Kickoff,
            MilestoneKind::BaselineReady,
            MilestoneKind::PlanApproved,
            MilestoneKind::TrainingStart,
            MilestoneKind::GoLive,
            MilestoneKind::RolloutComplete,
            MilestoneKind::GoNoGo,
            MilestoneKind::Evaluation(2),
            MilestoneKind::PhaseEvaluation,
        ] {
            both(|l| milestone(&m, l));
        }
        for kind in [
            ProblemKind::Required,
            ProblemKind::ChooseOne,
            ProblemKind::ChooseAtLeastOne,
            ProblemKind::TooLong { max: 10 },
            ProblemKind::WholeNumber { min: 1, max: 9 },
            ProblemKind::HoursNumber,
            ProblemKind::AmountNumber,
            ProblemKind::InvalidDate,
            ProblemKind::ReasonRequired,
        ] {
            both(|l| problem(kind, l));
        }
        use crate::domain::ShareError as S;
        for e in [S::NotALink, S::Damaged, S::TooLarge] {
            both(|l| share_error(&e, l));
        }
        use crate::domain::ImportError as E;
        for e in [
            E::Empty,
            E::TooLarge { bytes: 9 },
            E::NotText,
            E::NotJson { line: 1, column: 2 },
            E::TooDeep,
            E::NotKoers,
            E::FutureVersion(9),
            E::Invalid {
                line: 3,
                column: 14,
            },
            E::TooManyItems { max: 9 },
        ] {
            both(|l| import_error(&e, l));
        }
    }
}
