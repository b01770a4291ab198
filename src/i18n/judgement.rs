//! The judgement in words, in Dutch and English: the gaps between the self-assessment and a
//! stage, the consistency findings with what to do about them, the risk register (title,
//! the facts behind it, the measures) and the caveats of a regulated sector.

use super::{Label, Lang};
use crate::domain::{
    Advice, Caveat, Confirm, ConsentGroup, Finding, Gap, Level, Risk, RiskKind, Severity, Why,
};

/// "Beleid en spelregels: nu 1 (traditioneel), nodig 3 (operationaliseren)".
#[must_use]
pub fn gap(g: &Gap, lang: Lang) -> String {
    let stage = |s: crate::domain::Stage| {
        format!("{} ({})", s.number(), s.label(lang).to_ascii_lowercase())
    };
    match lang {
        Lang::Nl => format!(
            "{}: nu {}, nodig {}",
            g.dimension.label(lang),
            stage(g.at),
            stage(g.needs)
        ),
        Lang::En => format!(
            "{}: now {}, needs {}",
            g.dimension.label(lang),
            stage(g.at),
            stage(g.needs)
        ),
    }
}

/// A growth action, with the gap it closes when there is one.
#[must_use]
pub fn advice(a: &Advice, lang: Lang) -> String {
    let action = super::growth_action(a.action, lang);
    match &a.closes {
        Some(g) => match lang {
            Lang::Nl => format!("{action} (Dit dicht het gat in {})", gap(g, lang)),
            Lang::En => format!("{action} (This closes the gap in {})", gap(g, lang)),
        },
        None => action.to_string(),
    }
}

#[must_use]
pub fn severity(s: Severity, lang: Lang) -> &'static str {
    match s {
        Severity::High => lang.pick("Blokkerend", "Blocking"),
        Severity::Medium => lang.pick("Belangrijk", "Important"),
        Severity::Low => lang.pick("Aandachtspunt", "Worth a look"),
    }
}

/// A finding as a board reads it: what does not hold together, and what to do.
#[must_use]
pub fn finding(f: &Finding, lang: Lang) -> String {
    let hours = |tenths: u32| {
        let h = crate::domain::Hours::from_tenths(tenths);
        match lang {
            Lang::Nl => format!(
                "{} uur per week ({} fte)",
                h.format(true),
                fte(tenths, lang)
            ),
            Lang::En => format!(
                "{} hours a week ({} FTE)",
                h.format(false),
                fte(tenths, lang)
            ),
        }
    };
    match f {
        Finding::CentralisedWithoutCapacity => lang.pick(
            "U kiest een centraal model, maar niemand doet nu communicatie als taak. Centraal betekent dat één team voor iedereen publiceert en reageert: wijs dat team aan en geef het uren, of kies een model dat past bij wat er is.",
            "You choose a centralised model, but nobody does communication as a task now. Centralised means one team publishes and responds for everyone: name that team and give it hours, or choose a model that fits what there is.",
        ).to_string(),
        Finding::CentralisedButEveryoneSpeaks => lang.pick(
            "U kiest een centraal model, maar iedere medewerker mag namens de organisatie spreken. Dat spreekt elkaar tegen: beperk wie spreekt tot getrainde medewerkers, of kies hub-and-spoke.",
            "You choose a centralised model, but every employee may speak for the organisation. The two contradict each other: limit who speaks to trained staff, or choose hub-and-spoke.",
        ).to_string(),
        Finding::CentralisedCheckedAfterwards => lang.pick(
            "U kiest een centraal model, maar berichten worden alleen achteraf gecontroleerd. Centraal is dan alleen een naam: spreek af welke berichten vooraf langs het centrale team gaan.",
            "You choose a centralised model, but posts are only checked afterwards. Centralised is then only a name: agree which posts go past the central team first.",
        ).to_string(),
        Finding::SeveralHubsOneBrand => lang.pick(
            "Meerdere hubs (paardenbloem) is bedoeld voor ‘bedrijven binnen het bedrijf’ met eigen merken. Met één merk volstaat één hub: kies hub-and-spoke.",
            "Several hubs (dandelion) is meant for ‘companies within the company’ with brands of their own. With one brand, one hub will do: choose hub-and-spoke.",
        ).to_string(),
        Finding::SeveralHubsTooSmall(size) => match lang {
            Lang::Nl => format!("Meerdere hubs vraagt per hub eigen mensen en uren; dat past bij organisaties van meer dan 250 medewerkers, niet bij {}. Eén hub met een redacteur per merk is haalbaarder.", size.label(lang).to_ascii_lowercase()),
            Lang::En => format!("Several hubs need people and hours in each hub; that fits organisations of more than 250 staff, not {}. One hub with an editor per brand is more realistic.", size.label(lang).to_ascii_lowercase()),
        },
        Finding::HoneycombWithoutTraining(at) => match lang {
            Lang::Nl => format!("Het honingraatmodel laat iedere medewerker spreken en vraagt een vast trainingsprogramma per rol. Uw zelfscan zet training op {} ({}). Train eerst, of kies hub-and-spoke.", at.number(), at.label(lang).to_ascii_lowercase()),
            Lang::En => format!("The honeycomb model lets every employee speak and needs a structured training programme per role. Your self-assessment puts training at {} ({}). Train first, or choose hub-and-spoke.", at.number(), at.label(lang).to_ascii_lowercase()),
        },
        Finding::EveryoneSpeaksUntrained(at) => match lang {
            Lang::Nl => format!("Iedere medewerker mag namens de organisatie spreken, maar er is geen training (zelfscan: {}) en het plan kiest nauwelijks trainingsmodules. Zonder training over beroepsgeheim en AVG is dat een risico voor cliënten: beperk wie spreekt of plan de training vóór de pilot.", at.label(lang).to_ascii_lowercase()),
            Lang::En => format!("Every employee may speak for the organisation, but there is no training (self-assessment: {}) and the plan chooses hardly any training modules. Without training in professional secrecy and the GDPR that is a risk to clients: limit who speaks, or plan the training before the pilot.", at.label(lang).to_ascii_lowercase()),
        },
        Finding::NoIndicators => lang.pick(
            "Er zijn doelen maar geen indicatoren: het meetplan heeft niets te meten. Geef elk doel minstens één indicator met een nulmeting, een streefwaarde en een eigenaar.",
            "There are goals but no indicators: the measurement plan has nothing to measure. Give every goal at least one indicator with a baseline, a target and an owner.",
        ).to_string(),
        Finding::IndicatorWithoutOwner(name) => match lang {
            Lang::Nl => format!("De indicator ‘{name}’ heeft geen eigenaar: niemand rapporteert hem."),
            Lang::En => format!("The indicator ‘{name}’ has no owner: nobody reports it."),
        },
        Finding::ChannelNotPlanned(c, u) => match lang {
            Lang::Nl => format!("{} wordt nu {} gebruikt, maar komt in het kanaalplan niet voor. Besluit: houden (voor welke doelgroep?), overdragen of sluiten, en wie het account beheert.", c.label(lang), u.label(lang).to_ascii_lowercase()),
            Lang::En => format!("{} is used {} today, but the channel plan does not include it. Decide: keep it (for which audience?), hand it over or close it, and who manages the account.", c.label(lang), u.label(lang).to_ascii_lowercase()),
        },
        Finding::NewChannel(c) => match lang {
            Lang::Nl => format!("{} staat in het kanaalplan maar wordt nu niet gebruikt: een nieuw account heeft een eigenaar, uren en twee beheerders nodig.", c.label(lang)),
            Lang::En => format!("{} is in the channel plan but not used today: a new account needs an owner, hours and two administrators.", c.label(lang)),
        },
        Finding::CapacityJump { now, planned } => match lang {
            Lang::Nl => format!("Het plan vraagt {} van het team; nu gaat er {} naar communicatie. Die uren moeten ergens vandaan komen: leg de keuze voor aan het bestuur.", hours(*planned), hours(*now)),
            Lang::En => format!("The plan asks {} of the team; communication gets {} today. Those hours have to come from somewhere: put the choice to the board.", hours(*planned), hours(*now)),
        },
        Finding::FastResponseWithoutResponder(r) => match lang {
            Lang::Nl => format!("U belooft te reageren: {}. Maar niemand in het team voert ‘reageren’ uit. Wijs iemand aan, ook voor avonden en weekenden.", r.label(lang).to_ascii_lowercase()),
            Lang::En => format!("You promise to respond: {}. But nobody in the team carries out ‘respond’. Name someone, evenings and weekends included.", r.label(lang).to_ascii_lowercase()),
        },
        Finding::SupportWithoutSponsor(at) => match lang {
            Lang::Nl => format!("De zelfscan zet de steun van het bestuur op {} ({}), maar er is geen sponsor in het team. Maak die steun zichtbaar: een bestuurder als opdrachtgever.", at.number(), at.label(lang).to_ascii_lowercase()),
            Lang::En => format!("The self-assessment puts executive support at {} ({}), but there is no sponsor in the team. Make that support visible: a board member as sponsor.", at.number(), at.label(lang).to_ascii_lowercase()),
        },
        Finding::PrivacyOfficerInDailyWork(a) => match lang {
            Lang::Nl => format!("De functionaris gegevensbescherming (FG) doet of draagt ‘{}’. De FG moet onafhankelijk toezicht houden (AVG art. 38 en 39): laat de FG meedenken over spelregels en toestemming (C), niet het dagelijkse werk doen.", a.label(lang).to_ascii_lowercase()),
            Lang::En => format!("The data protection officer (DPO) does or answers for ‘{}’. The DPO must oversee independently (GDPR art. 38 and 39): consult the DPO on rules and consent (C), but leave the daily work to others.", a.label(lang).to_ascii_lowercase()),
        },
        Finding::SponsorAccountableForDailyWork(a) => match lang {
            Lang::Nl => format!("De sponsor uit het bestuur is eindverantwoordelijk voor ‘{}’. Een bestuurder staat achter het plan, maar kan niet voor elk bericht instaan: leg de dagelijkse eindverantwoordelijkheid bij het hoofd communicatie of de coördinator, en de sponsor bij escaleren en rapporteren.", a.label(lang).to_ascii_lowercase()),
            Lang::En => format!("The board sponsor is accountable for ‘{}’. A board member backs the plan but cannot vouch for every post: make the head of communication or the coordinator accountable for the daily work, and the sponsor for escalation and reporting.", a.label(lang).to_ascii_lowercase()),
        },
        Finding::ListeningWithoutChannels(at) => match lang {
            Lang::Nl => format!("De zelfscan zet luisteren en webcare op {} ({}), maar er wordt nu geen kanaal gebruikt. Klopt die score? Een te hoge score maakt het plan te licht.", at.number(), at.label(lang).to_ascii_lowercase()),
            Lang::En => format!("The self-assessment puts listening and webcare at {} ({}), but no channel is used today. Is that score right? A score that is too high makes the plan too light.", at.number(), at.label(lang).to_ascii_lowercase()),
        },
        Finding::ToConfirm(Confirm::Size) => lang.pick(
            "Uw eerdere antwoord ‘meer dan 50 medewerkers’ staat nu op ‘51 tot en met 250’. Koers kent nu ook ‘meer dan 250’: kijk het antwoord na.",
            "Your earlier answer ‘more than 50 staff’ now reads ‘51 to 250’. Koers now also knows ‘more than 250’: check the answer.",
        ).to_string(),
        Finding::ToConfirm(Confirm::Tasks) => lang.pick(
            "Uw eerdere takenverdeling had bij een taak meer dan één eindverantwoordelijke. Er is er nu één; de anderen voeren de taak uit. Kijk de verdeling na.",
            "Your earlier task split had more than one accountable role for a task. There is one now; the others carry the task out. Check the split.",
        ).to_string(),
    }
}

/// Hours per week (in tenths) as full-time equivalents of 36 hours, the week of the Dutch care
/// collective agreements, to one decimal: integer arithmetic, so no float formatting is linked.
#[must_use]
pub fn fte(tenths: u32, lang: Lang) -> String {
    // tenths / 10 / 36 FTE, in tenths of an FTE, rounded half up.
    let fte_tenths = (u64::from(tenths) + 18) / 36;
    let sep = if lang.decimal_comma() { ',' } else { '.' };
    format!("{}{sep}{}", fte_tenths / 10, fte_tenths % 10)
}

#[must_use]
pub fn level(l: Level, lang: Lang) -> &'static str {
    match l {
        Level::Low => lang.pick("Laag", "Low"),
        Level::Medium => lang.pick("Middel", "Medium"),
        Level::High => lang.pick("Hoog", "High"),
    }
}

#[must_use]
pub fn risk_title(k: RiskKind, lang: Lang) -> &'static str {
    match k {
        RiskKind::ClientImages => lang.pick(
            "Foto's en video's van cliënten zonder geldige toestemming",
            "Photos and videos of clients without valid consent",
        ),
        RiskKind::TreatmentRelationship => lang.pick(
            "Een reactie die een zorgrelatie bevestigt (beroepsgeheim)",
            "A reply that confirms a care relationship (professional secrecy)",
        ),
        RiskKind::NegativeReviews => lang.pick(
            "Negatieve recensies en publiciteit (o.a. ZorgkaartNederland)",
            "Negative reviews and publicity (ZorgkaartNederland and others)",
        ),
        RiskKind::PrivateCapacity => lang.pick(
            "Medewerkers die op persoonlijke titel over het werk posten",
            "Staff posting about work in a private capacity",
        ),
        RiskKind::SingleAdministrator => lang.pick(
            "Accounts en wachtwoorden bij één persoon",
            "Accounts and passwords with one person",
        ),
        RiskKind::CrisisOutOfHours => lang.pick(
            "Een crisis buiten kantoortijd",
            "A crisis outside office hours",
        ),
    }
}

/// A fact that set a risk, in a few words.
#[must_use]
pub fn why(w: &Why, lang: Lang) -> String {
    match w {
        Why::Sector(s) => s.label(lang).to_string(),
        Why::Consent(None) => lang
            .pick("toestemming: niet beantwoord", "consent: not answered")
            .to_string(),
        Why::Consent(Some(c)) => match lang {
            Lang::Nl => format!("toestemming: {}", c.label(lang).to_ascii_lowercase()),
            Lang::En => format!("consent: {}", c.label(lang).to_ascii_lowercase()),
        },
        Why::Group(g) => g.label(lang).to_ascii_lowercase(),
        Why::Spokespeople(s) => match lang {
            Lang::Nl => format!("woordvoering: {}", s.label(lang).to_ascii_lowercase()),
            Lang::En => format!("who speaks: {}", s.label(lang).to_ascii_lowercase()),
        },
        Why::Ambassadors(n) => match lang {
            Lang::Nl => format!("{n} ambassadeurs"),
            Lang::En => format!("{n} ambassadors"),
        },
        Why::DialogueChannels => lang
            .pick(
                "kanalen voor vragen en dialoog",
                "channels for questions and dialogue",
            )
            .to_string(),
        Why::Response(r) => r.label(lang).to_ascii_lowercase(),
        Why::Size(s) => s.label(lang).to_ascii_lowercase(),
        Why::NoDisclaimer => lang
            .pick(
                "geen afspraak over posten op persoonlijke titel",
                "no rule on posting in a private capacity",
            )
            .to_string(),
        Why::ThinCommunication(c) => c.label(lang).to_ascii_lowercase(),
        Why::CrisisNotInPlan => lang
            .pick(
                "webcare niet in het crisisplan",
                "webcare not in the crisis plan",
            )
            .to_string(),
    }
}

/// Who consents for a group of clients.
fn consent_by(g: ConsentGroup, lang: Lang) -> &'static str {
    match g {
        ConsentGroup::Adults => lang.pick("volwassenen geven zelf toestemming", "adults consent themselves"),
        ConsentGroup::Represented => lang.pick(
            "voor wie dat niet zelf kan, geeft de wettelijk vertegenwoordiger (curator, mentor of schriftelijk gemachtigde) toestemming",
            "for those who cannot, the legal representative (curator, mentor or person authorised in writing) consents",
        ),
        ConsentGroup::Under16 => lang.pick(
            "voor kinderen onder de 16 geeft een ouder of voogd toestemming (UAVG art. 5); laat kinderen van 12 tot 16 ook zelf meebeslissen, zoals de WGBO voor zorg vraagt",
            "for children under 16 a parent or guardian consents (Dutch GDPR act, art. 5); let children of 12 to 16 take part in the decision too, as the WGBO asks for care",
        ),
        ConsentGroup::From16To17 => lang.pick("jongeren vanaf 16 geven zelf toestemming", "young people from 16 consent themselves"),
    }
}

/// The measures that lower a risk.
#[must_use]
pub fn mitigation(r: &Risk, lang: Lang) -> String {
    match r.kind {
        RiskKind::ClientImages => {
            let who: Vec<&str> = r.consent_groups.iter().map(|g| consent_by(*g, lang)).collect();
            let base = lang.pick(
                "Geen herkenbare cliënt zonder uitdrukkelijke toestemming vooraf, schriftelijk en per publicatie en kanaal, bijgehouden in een toestemmingsregister dat cliënten kunnen intrekken. Tot dat geregeld is: alleen medewerkers, gebouwen en onherkenbare beelden.",
                "No recognisable client without explicit prior consent, in writing, per publication and channel, kept in a consent register that clients can withdraw from. Until that is arranged: only staff, buildings and unrecognisable images.",
            );
            if who.is_empty() {
                base.to_string()
            } else {
                format!("{base} {}.", capitalise(&who.join("; ")))
            }
        }
        RiskKind::TreatmentRelationship => lang.pick(
            "Bevestig nooit dat iemand cliënt is, ook niet als die het zelf zegt. Reageer procesmatig, nodig uit voor een persoonlijk gesprek via een besloten kanaal en verwijs naar de klachtenfunctionaris. Leg standaardreacties vast.",
            "Never confirm that someone is a client, not even when they say so themselves. Respond about the process, invite a private conversation through a closed channel and refer to the complaints officer. Write down standard replies.",
        ).to_string(),
        RiskKind::NegativeReviews => lang.pick(
            "Volg ZorgkaartNederland en de eigen kanalen dagelijks. Reageer binnen de afgesproken tijd, procesmatig en zonder zorginhoud, en bied een gesprek aan. Gebruik de procedure van de site voor onterechte recensies. Leg vast wie een reactie goedkeurt.",
            "Follow ZorgkaartNederland and your own channels daily. Respond within the agreed time, about the process and without care details, and offer a conversation. Use the site's procedure for unfounded reviews. Record who approves a reply.",
        ).to_string(),
        RiskKind::PrivateCapacity => lang.pick(
            "Neem in de spelregels op dat wie op persoonlijke titel over het werk post, dat vermeldt, nooit over cliënten schrijft en geen vriendschap aangaat met cliënten (KNMG, V&VN). Train dat vóór de pilot.",
            "Put in the rules that whoever posts about work in a private capacity says so, never writes about clients and does not befriend clients (KNMG, V&VN). Train it before the pilot.",
        ).to_string(),
        RiskKind::SingleAdministrator => lang.pick(
            "Zet elk account op naam van de organisatie, met minstens twee beheerders en de wachtwoorden in een gedeelde kluis. Wijs een vervanger aan voor afwezigheid en vertrek.",
            "Register every account in the organisation's name, with at least two administrators and the passwords in a shared vault. Name a stand-in for absence and departure.",
        ).to_string(),
        RiskKind::CrisisOutOfHours => lang.pick(
            "Neem webcare op in het algemene crisisplan, met een bereikbaarheidsdienst voor avond en weekend, vooraf goedgekeurde eerste reacties (holding statements) en een evaluatie na elk incident.",
            "Make webcare part of the general crisis plan, with an on-call rota for evenings and weekends, holding statements approved in advance and a review after every incident.",
        ).to_string(),
    }
}

/// The first letter in capitals (the texts start with ASCII letters; no Unicode case tables).
fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(first) => std::iter::once(first.to_ascii_uppercase())
            .chain(c)
            .collect(),
        None => String::new(),
    }
}

#[must_use]
pub fn caveat(c: &Caveat, lang: Lang) -> String {
    match c {
        Caveat::RegulatedCore(r) => match lang {
            Lang::Nl => format!("Uw sector is gereguleerd (regelgeving {}): welk model u ook kiest, de spelregels, de functionaris gegevensbescherming (FG) en het crisisprotocol blijven centraal belegd.", r.label(lang)),
            Lang::En => format!("Your sector is regulated (regulation {}): whatever model you choose, the rules, the data protection officer (DPO) and the crisis protocol stay central.", r.label(lang)),
        },
    }
}
