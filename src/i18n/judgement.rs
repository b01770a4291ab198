//! The judgement in words, in Dutch and English: the gaps between the self-assessment and a
//! stage, the consistency findings with what to do about them, the risk register (title,
//! the facts behind it, the measures) and the caveats of a regulated sector.

use super::{Label, Lang, Lower};
use crate::domain::{
    Activity, Advice, Caveat, CommsTeam, Confirm, ConsentGroup, Finding, Gap, Level, Risk,
    RiskKind, Severity, Why,
};

/// "Beleid en spelregels: nu 1 (traditioneel), nodig 3 (operationaliseren)".
#[must_use]
pub fn gap(g: &Gap, lang: Lang) -> String {
    let stage = |s: crate::domain::Stage| format!("{} ({})", s.number(), s.label(lang).lower());
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

/// An action of the next period; one carried over because it is still in progress says so.
#[must_use]
pub fn next_action(a: &Advice, carried: bool, lang: Lang) -> String {
    if carried {
        format!(
            "{} {}",
            lang.pick("Loopt door:", "Continues:"),
            advice(a, lang)
        )
    } else {
        advice(a, lang)
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
                "{} {} a week ({} FTE)",
                h.format(false),
                if tenths == 10 { "hour" } else { "hours" },
                fte(tenths, lang)
            ),
        }
    };
    match f {
        Finding::CentralisedWithoutCapacity => lang.pick(
            "Het model is centraal, maar niemand doet nu communicatie als taak en het team in dit plan geeft niemand daar uren voor. Centraal betekent dat één persoon of team voor iedereen publiceert en reageert: wijs die aan en geef uren, of kies een model dat past bij wat er is.",
            "The model is centralised, but nobody does communication as a task now and the team in this plan gives nobody hours for it. Centralised means one person or team publishes and responds for everyone: name them and give them hours, or choose a model that fits what there is.",
        ).to_string(),
        Finding::CentralisedButEveryoneSpeaks => lang.pick(
            "Het model is centraal, maar iedere medewerker mag namens de organisatie spreken. Dat spreekt elkaar tegen: beperk wie spreekt tot getrainde medewerkers, of kies hub-and-spoke.",
            "The model is centralised, but every employee may speak for the organisation. The two contradict each other: limit who speaks to trained staff, or choose hub-and-spoke.",
        ).to_string(),
        Finding::CentralisedCheckedAfterwards => lang.pick(
            "Het model is centraal, maar berichten worden alleen achteraf gecontroleerd. Centraal is dan alleen een naam: spreek af welke berichten vooraf langs het centrale team gaan.",
            "The model is centralised, but posts are only checked afterwards. Centralised is then only a name: agree which posts go past the central team first.",
        ).to_string(),
        Finding::SeveralHubsOneBrand => lang.pick(
            "Meerdere hubs (paardenbloem) is bedoeld voor ‘bedrijven binnen het bedrijf’ met eigen merken. Met één merk volstaat één hub: kies hub-and-spoke.",
            "Several hubs (dandelion) is meant for ‘companies within the company’ with brands of their own. With one brand, one hub will do: choose hub-and-spoke.",
        ).to_string(),
        Finding::SeveralHubsTooSmall(size) => match lang {
            Lang::Nl => format!("Meerdere hubs vraagt per hub eigen mensen en uren; dat past bij organisaties van meer dan 250 medewerkers, niet bij {}. Eén hub met een redacteur per merk is haalbaarder.", size.label(lang).lower()),
            Lang::En => format!("Several hubs need people and hours in each hub; that fits organisations of more than 250 staff, not {}. One hub with an editor per brand is more realistic.", size.label(lang).lower()),
        },
        Finding::HoneycombWithoutTraining(at) => match lang {
            Lang::Nl => format!("Het honingraatmodel laat iedere medewerker spreken en vraagt een vast trainingsprogramma per rol. Uw zelfscan zet training op {} ({}). Train eerst, of kies hub-and-spoke.", at.number(), at.label(lang).lower()),
            Lang::En => format!("The honeycomb model lets every employee speak and needs a structured training programme per role. Your self-assessment puts training at {} ({}). Train first, or choose hub-and-spoke.", at.number(), at.label(lang).lower()),
        },
        Finding::EveryoneSpeaksUntrained(at) => match lang {
            Lang::Nl => format!("Iedere medewerker mag namens de organisatie spreken, maar er is geen training (zelfscan: {}) en het plan kiest nauwelijks trainingsmodules. Zonder training over beroepsgeheim en AVG is dat een risico voor cliënten: beperk wie spreekt of plan de training vóór de pilot.", at.label(lang).lower()),
            Lang::En => format!("Every employee may speak for the organisation, but there is no training (self-assessment: {}) and the plan chooses hardly any training modules. Without training in professional secrecy and the GDPR that is a risk to clients: limit who speaks, or plan the training before the pilot.", at.label(lang).lower()),
        },
        Finding::NoIndicators => lang.pick(
            "Er zijn doelen maar geen indicatoren: het meetplan heeft niets te meten. Geef elk doel minstens één indicator met een nulmeting, een streefwaarde en een eigenaar.",
            "There are goals but no indicators: the measurement plan has nothing to measure. Give every goal at least one indicator with a baseline, a target and an owner.",
        ).to_string(),
        Finding::GoalWithoutIndicator(goal) => match lang {
            Lang::Nl => format!("Het doel ‘{}’ heeft geen indicator: niemand kan zeggen of het gehaald is. Geef het er een, of laat het doel vallen.", goal.label(lang)),
            Lang::En => format!("The goal ‘{}’ has no indicator: nobody can tell whether it was met. Give it one, or drop the goal.", goal.label(lang)),
        },
        Finding::IndicatorWithoutOwner(name) => match lang {
            Lang::Nl => format!("De indicator ‘{name}’ heeft geen eigenaar: niemand rapporteert hem."),
            Lang::En => format!("The indicator ‘{name}’ has no owner: nobody reports it."),
        },
        Finding::ChannelNotPlanned(c, u) => match lang {
            Lang::Nl => format!("{} wordt nu {} gebruikt, maar komt in het kanaalplan niet voor. Besluit: houden (voor welke doelgroep?), overdragen of sluiten, en wie het account beheert.", c.label(lang), u.label(lang).lower()),
            Lang::En => format!("{} is used {} today, but the channel plan does not include it. Decide: keep it (for which audience?), hand it over or close it, and who manages the account.", c.label(lang), u.label(lang).lower()),
        },
        Finding::NewChannel(c) => match lang {
            Lang::Nl => format!("{} staat in het kanaalplan maar wordt nu niet gebruikt: een nieuw account heeft een eigenaar, uren en twee beheerders nodig.", c.label(lang)),
            Lang::En => format!("{} is in the channel plan but not used today: a new account needs an owner, hours and two administrators.", c.label(lang)),
        },
        Finding::CapacityJump {
            now,
            planned,
            others,
            who,
        } => {
            let names: Vec<String> = who.iter().map(|k| lower_first(k.label(lang))).collect();
            let who = and_list(&names, lang);
            let besides = match (lang, *others) {
                (_, 0) => String::new(),
                (Lang::Nl, o) => format!(" Daarnaast vraagt het {} van anderen, bovenop hun eigen werk: {who}.", hours(o)),
                (Lang::En, o) => format!(" Besides, it asks {} of others, on top of their own work: {who}.", hours(o)),
            };
            match lang {
                Lang::Nl => format!("Het plan vraagt {} voor communicatiewerk (coördinatie, hub, webcare); nu gaat er {} naar communicatie.{besides} Die uren moeten ergens vandaan komen: leg de keuze voor aan het bestuur.", hours(*planned), hours(*now)),
                Lang::En => format!("The plan asks {} of communication work (coordination, hub, webcare); communication gets {} today.{besides} Those hours have to come from somewhere: put the choice to the board.", hours(*planned), hours(*now)),
            }
        }
        Finding::AmbassadorsWithoutPublishing => lang.pick(
            "Volgens de spelregels posten getrainde medewerkers en ambassadeurs, maar in de taakverdeling publiceert geen ambassadeur. Geef de ambassadeurs ‘publiceren’ (R), of pas aan wie namens de organisatie post.",
            "The rules let trained staff and ambassadors post, but in the tasks no ambassador publishes. Give the ambassadors ‘publish’ (R), or change who posts for the organisation.",
        ).to_string(),
        Finding::AmbassadorsRespondAgainstRules => lang.pick(
            "Volgens de spelregels spreekt alleen communicatie namens de organisatie, maar in de taakverdeling reageren de ambassadeurs op berichten. Ook een reactie is de organisatie die spreekt: laat ambassadeurs vragen doorzetten naar communicatie (‘geraadpleegd’), of pas de spelregels aan.",
            "The rules say only communication speaks for the organisation, but in the tasks the ambassadors respond to messages. A reply is the organisation speaking too: have ambassadors pass questions on to communication (‘consulted’), or change the rules.",
        ).to_string(),
        Finding::AmbassadorsPublishAgainstRules => lang.pick(
            "Volgens de spelregels post alleen communicatie, maar in de taakverdeling publiceren de ambassadeurs. Kies één van beide: pas de spelregels aan of haal ‘publiceren’ bij de ambassadeurs weg.",
            "The rules say only communication posts, but in the tasks the ambassadors publish. Choose one: change the rules or take ‘publish’ away from the ambassadors.",
        ).to_string(),
        Finding::NarrowScopeWithRollout { scope, weeks } => match lang {
            Lang::Nl => format!("De reikwijdte van dit plan is {}, maar de planning heeft een uitrol naar de rest van de organisatie van {weeks} weken. Verbreed de reikwijdte, of zet de uitrol op 0 weken en maak de verbreding een volgende stap na de evaluatie.", scope.label(lang).lower()),
            Lang::En => format!("This plan's scope is {}, yet the schedule has a rollout to the rest of the organisation of {weeks} weeks. Widen the scope, or set the rollout to 0 weeks and make the widening a next step after the evaluation.", scope.label(lang).lower()),
        },
        Finding::CentralisedButAmbassadorsPublish => lang.pick(
            "Het gekozen model is centraal: één afdeling plaatst alles. Maar in de taakverdeling publiceren de ambassadeurs per afdeling. Kies hub-and-spoke als afdelingen zelf posten, of laat alleen communicatie publiceren.",
            "The chosen model is centralised: one department posts everything. But in the task split the departments' ambassadors publish. Choose hub and spoke if departments post themselves, or let only communication publish.",
        ).to_string(),
        Finding::ProjectLeadHoldsLastingWork { tasks, alone } => {
            let gap = match (alone, lang) {
                (true, Lang::Nl) => " Voor een deel daarvan is niemand anders aangewezen: vanaf het tweede jaar doet niemand dat werk.",
                (true, Lang::En) => " For some of it nobody else is named: from the second year nobody does that work.",
                (false, _) => "",
            };
            match lang {
                Lang::Nl => format!("De projectleider heeft een rol bij {}, maar die rol eindigt na de uitrol (de begroting telt haar alleen in het eerste jaar).{gap} Draag dit werk vóór het einde van de uitrol over aan een vaste rol, zoals de coördinator of het hoofd communicatie.", quoted(tasks, lang)),
                Lang::En => format!("The project lead has a part in {}, but the role ends after the rollout (the budget counts it in the first year only).{gap} Hand this work to a permanent role, such as the coordinator or the head of communication, before the rollout ends.", quoted(tasks, lang)),
            }
        }
        Finding::FastResponseWithoutResponder(r) => match lang {
            Lang::Nl => format!("U belooft te reageren: {}. Maar niemand in het team voert ‘reageren’ uit. Wijs iemand aan, ook voor avonden en weekenden.", r.label(lang).lower()),
            Lang::En => format!("You promise to respond: {}. But nobody in the team carries out ‘respond’. Name someone, evenings and weekends included.", r.label(lang).lower()),
        },
        Finding::SupportWithoutSponsor(at) => match lang {
            Lang::Nl => format!("De zelfscan zet de steun van het bestuur op {} ({}), maar er is geen sponsor in het team. Maak die steun zichtbaar: een bestuurder als opdrachtgever.", at.number(), at.label(lang).lower()),
            Lang::En => format!("The self-assessment puts executive support at {} ({}), but there is no sponsor in the team. Make that support visible: a board member as sponsor.", at.number(), at.label(lang).lower()),
        },
        Finding::PrivacyOfficerInDailyWork(tasks) => match lang {
            Lang::Nl => format!("De taakverdeling geeft de functionaris gegevensbescherming (FG) een rol bij elk bericht, bij {}. De FG moet onafhankelijk toezicht houden (AVG art. 38 en 39): vraag de FG om advies over de spelregels en de toestemmingsprocedure, en laat het dagelijkse werk aan anderen.", quoted(tasks, lang)),
            Lang::En => format!("The task split gives the data protection officer (DPO) a part in every post, in {}. The DPO must oversee independently (GDPR art. 38 and 39): ask the DPO's advice on the rules and the consent procedure, and leave the daily work to others.", quoted(tasks, lang)),
        },
        Finding::SponsorAccountableForDailyWork(tasks) => match lang {
            Lang::Nl => format!("De sponsor uit het bestuur is eindverantwoordelijk voor {}. Een bestuurder staat achter het plan, maar kan niet voor elk bericht instaan: leg de dagelijkse eindverantwoordelijkheid bij het hoofd communicatie of de coördinator, en houd de sponsor op escaleren en rapporteren.", quoted(tasks, lang)),
            Lang::En => format!("The executive sponsor is accountable for {}. A board member backs the plan but cannot vouch for every post: make the head of communication or the coordinator accountable for the daily work, and keep the sponsor on escalation and reporting.", quoted(tasks, lang)),
        },
        Finding::ListeningWithoutChannels(at) => match lang {
            Lang::Nl => format!("De zelfscan zet luisteren en webcare op {} ({}), maar er wordt nu geen kanaal gebruikt. Klopt die score? Een te hoge score maakt het plan te licht.", at.number(), at.label(lang).lower()),
            Lang::En => format!("The self-assessment puts listening and webcare at {} ({}), but no channel is used today. Is that score right? A score that is too high makes the plan too light.", at.number(), at.label(lang).lower()),
        },
        Finding::ToConfirm(Confirm::Size) => lang.pick(
            "Uw eerdere antwoord ‘meer dan 50 medewerkers’ staat nu op ‘51 tot en met 250’. Koers kent nu ook ‘meer dan 250’: kijk het antwoord na.",
            "Your earlier answer ‘more than 50 staff’ now reads ‘51 to 250’. Koers now also knows ‘more than 250’: check the answer.",
        ).to_string(),
        Finding::ToConfirm(Confirm::Tasks) => lang.pick(
            "Uw eerdere takenverdeling had bij een taak meer dan één eindverantwoordelijke. Er is er nu één; de anderen voeren de taak uit. Kijk de verdeling na.",
            "Your earlier task split had more than one accountable role for a task. There is one now; the others carry the task out. Check the split.",
        ).to_string(),
        Finding::ToConfirm(Confirm::Kpis) => lang.pick(
            "Nulmeting en streefwaarde van uw indicatoren waren tekst en zijn nu getallen met een eenheid. Wat Koers niet als getal kon lezen staat bij de indicator als opmerking. Kijk de indicatoren na.",
            "The baselines and targets of your indicators were text and are now numbers with a unit. What Koers could not read as a number is kept with the indicator as a note. Check the indicators.",
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
pub fn risk_title(r: &Risk, lang: Lang) -> &'static str {
    match r.kind {
        RiskKind::ClientImages => lang.pick(
            "Foto's en video's van cliënten zonder geldige toestemming",
            "Photos and videos of clients without valid consent",
        ),
        RiskKind::TreatmentRelationship => lang.pick(
            "Een reactie die een zorgrelatie bevestigt (beroepsgeheim)",
            "A reply that confirms a care relationship (duty of confidentiality)",
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
        // Without a sponsor the risk is not losing one but having none.
        RiskKind::LosingSponsor if r.why.contains(&Why::Sponsors(0)) => lang.pick(
            "Er is geen bestuurlijke sponsor",
            "There is no executive sponsor",
        ),
        RiskKind::LosingSponsor => lang.pick(
            "De bestuurlijke sponsor valt weg",
            "The executive sponsor drops out",
        ),
        RiskKind::OverwhelmedHub => lang.pick(
            "Het centrale team raakt overbelast",
            "The central team is overwhelmed",
        ),
        RiskKind::AccountSprawl => {
            lang.pick("Wildgroei van accounts", "Accounts multiply out of sight")
        }
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
            Lang::Nl => format!("toestemming: {}", c.label(lang).lower()),
            Lang::En => format!("consent: {}", c.label(lang).lower()),
        },
        Why::Group(g) => g.label(lang).lower(),
        Why::Spokespeople(s) => match lang {
            Lang::Nl => format!("wie post: {}", s.label(lang).lower()),
            Lang::En => format!("who posts: {}", s.label(lang).lower()),
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
        Why::Response(r) => r.label(lang).lower(),
        Why::Size(s) => s.label(lang).lower(),
        Why::NoDisclaimer => lang
            .pick(
                "geen afspraak over posten op persoonlijke titel",
                "no rule on posting in a private capacity",
            )
            .to_string(),
        Why::ThinCommunication(CommsTeam::Nobody) => lang
            .pick(
                "niemand doet communicatie vast",
                "nobody does communication as a task",
            )
            .to_string(),
        Why::ThinCommunication(_) => lang
            .pick(
                "communicatie rust op één of twee mensen naast ander werk",
                "communication rests on one or two people besides other work",
            )
            .to_string(),
        Why::CrisisNotInPlan => lang
            .pick(
                "webcare niet in het crisisplan",
                "webcare not in the crisis plan",
            )
            .to_string(),
        Why::Sponsors(0) => lang
            .pick("geen sponsor in het team", "no sponsor in the team")
            .to_string(),
        Why::Sponsors(1) => lang.pick("één sponsor", "one sponsor").to_string(),
        Why::Sponsors(n) => match lang {
            Lang::Nl => format!("{n} sponsors"),
            Lang::En => format!("{n} sponsors"),
        },
        Why::Target(t) => match lang {
            Lang::Nl => format!("doelfase: {}", t.label(lang).lower()),
            Lang::En => format!("target stage: {}", t.label(lang).lower()),
        },
        Why::Model(m) => match lang {
            Lang::Nl => format!("model: {}", m.label(lang)),
            Lang::En => format!("model: {}", m.label(lang)),
        },
        Why::Approval(a) => a.label(lang).lower(),
        Why::Brands(n) => match lang {
            Lang::Nl => format!("{n} merken"),
            Lang::En => format!("{n} brands"),
        },
        Why::Locations(n) => match lang {
            Lang::Nl => format!("{n} locaties"),
            Lang::En => format!("{n} locations"),
        },
        Why::Accounts(n) => match lang {
            Lang::Nl => format!("{n} kanalen in gebruik"),
            Lang::En => format!("{n} channels in use"),
        },
    }
}

/// Who consents for a group of clients.
fn consent_by(g: ConsentGroup, lang: Lang) -> &'static str {
    match g {
        ConsentGroup::Adults => lang.pick("volwassenen geven zelf toestemming", "adults consent themselves"),
        ConsentGroup::Represented => lang.pick(
            "voor wie dat niet zelf kan, geeft de wettelijk vertegenwoordiger (curator, mentor of schriftelijk gemachtigde) toestemming, maar verzet van de cliënt zelf gaat voor: wie zich afwendt of laat merken het niet te willen, komt niet in beeld (in de geest van de WGBO en de Wet zorg en dwang)",
            "for those who cannot, the legal representative (curator, mentor or person authorised in writing) consents, but the client's own objection comes first: whoever turns away or shows they do not want it is not pictured (in the spirit of the WGBO and the Care and Coercion Act)",
        ),
        ConsentGroup::Under16 => lang.pick(
            "voor kinderen onder de 16 geeft een ouder met gezag of de voogd toestemming (UAVG art. 5), bij een pleegkind dus niet het pleeggezin maar de ouder met gezag of de gecertificeerde instelling; laat kinderen van 12 tot 16 ook zelf meebeslissen, zoals de WGBO voor zorg vraagt",
            "for children under 16 a parent with parental authority or the guardian consents (Dutch GDPR act, art. 5), so for a foster child not the foster family but the parent with authority or the certified youth protection institution; let children of 12 to 16 take part in the decision too, as the WGBO asks for care",
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
                "Geen herkenbare cliënt zonder uitdrukkelijke toestemming vooraf, schriftelijk en per publicatie en kanaal, bijgehouden in een toestemmingsregister dat cliënten kunnen intrekken. Tot dat geregeld is: alleen medewerkers, gebouwen en onherkenbare beelden. Laat de privacyverantwoordelijke (de functionaris gegevensbescherming, waar die er is) de procedure toetsen.",
                "No recognisable client without explicit prior consent, in writing, per publication and channel, kept in a consent register that clients can withdraw from. Until that is arranged: only staff, buildings and unrecognisable images. Have the person responsible for privacy (the data protection officer, where there is one) review the procedure.",
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
        RiskKind::CrisisOutOfHours if !r.why.contains(&Why::CrisisNotInPlan) => lang.pick(
            "Webcare staat al in het algemene crisisplan: controleer of daar een bereikbaarheidsdienst voor avond en weekend in staat, met vooraf goedgekeurde eerste reacties (holding statements), en evalueer na elk incident.",
            "Webcare is already part of the general crisis plan: check that it has an on-call rota for evenings and weekends with holding statements approved in advance, and review after every incident.",
        ).to_string(),
        RiskKind::CrisisOutOfHours => lang.pick(
            "Neem webcare op in het algemene crisisplan, met een bereikbaarheidsdienst voor avond en weekend, vooraf goedgekeurde eerste reacties (holding statements) en een evaluatie na elk incident.",
            "Make webcare part of the general crisis plan, with an on-call rota for evenings and weekends, holding statements approved in advance and a review after every incident.",
        ).to_string(),
        RiskKind::LosingSponsor if r.why.contains(&Why::Sponsors(0)) => lang.pick(
            "Vraag een bestuurder als sponsor, met het mandaat vastgelegd in een bestuursbesluit, en een tweede bestuurder of manager als vervanger. Rapporteer op elk evaluatiemoment aan het bestuur.",
            "Ask a board member to be sponsor, with the mandate recorded in a board decision, and a second board member or manager as stand-in. Report to the board at every evaluation moment.",
        ).to_string(),
        RiskKind::LosingSponsor => lang.pick(
            "Leg het mandaat van de sponsor vast in een bestuursbesluit, wijs een tweede bestuurder of manager als vervanger aan en rapporteer op elk evaluatiemoment aan het bestuur, zodat het plan niet op één persoon rust.",
            "Record the sponsor's mandate in a board decision, name a second board member or manager as stand-in and report to the board at every evaluation moment, so the plan does not rest on one person.",
        ).to_string(),
        RiskKind::OverwhelmedHub => lang.pick(
            "Reken uit hoeveel berichten, vragen en controles er per week bij het centrale team komen en zet daar uren tegenover. Controleer vooraf alleen gevoelige berichten, leg standaardreacties vast en spreek af wat blijft liggen als het druk is.",
            "Work out how many posts, questions and checks reach the central team each week and set hours against them. Check only sensitive posts beforehand, write down standard replies and agree what waits when it is busy.",
        ).to_string(),
        RiskKind::AccountSprawl => lang.pick(
            "Houd één register van alle accounts met eigenaar, doel en twee beheerders. Een nieuw account alleen na akkoord van communicatie; een account zonder eigenaar of doel wordt gesloten of samengevoegd.",
            "Keep one register of every account with its owner, purpose and two administrators. A new account only with communication's agreement; an account without owner or purpose is closed or merged.",
        ).to_string(),
    }
}

/// How regulated a sector is, as the end of "Your sector is …".
fn regulated(r: crate::domain::Regulation, lang: Lang) -> &'static str {
    use crate::domain::Regulation as R;
    match r {
        R::Moderate => lang.pick("gereguleerd", "regulated"),
        R::High => lang.pick("sterk gereguleerd", "highly regulated"),
        // The secrecy is medical in a hospital, mental health care and a GP practice, and the
        // Jeugdwet's in youth care: "professional" is true of all four.
        R::VeryHigh => lang.pick(
            "sterk gereguleerd (beroepsgeheim)",
            "highly regulated (professional secrecy)",
        ),
    }
}

/// Task names in quotes, joined as a sentence joins them: ‘a’, ‘b’ en ‘c’.
fn quoted(tasks: &[Activity], lang: Lang) -> String {
    let names: Vec<String> = tasks
        .iter()
        .map(|a| format!("‘{}’", a.label(lang).lower()))
        .collect();
    and_list(&names, lang)
}

/// A label inside a sentence: its first letter in lower case, unless it opens with an
/// abbreviation ("HR (werving via social)").
fn lower_first(label: &str) -> String {
    let mut chars = label.chars();
    match (chars.next(), chars.next()) {
        (Some(a), Some(b)) if a.is_ascii_uppercase() && b.is_ascii_uppercase() => label.to_string(),
        (Some(a), _) => format!(
            "{}{}",
            a.to_ascii_lowercase(),
            label.get(a.len_utf8()..).unwrap_or_default()
        ),
        (None, _) => String::new(),
    }
}

/// Joined as a sentence joins them: a, b en c.
fn and_list(names: &[String], lang: Lang) -> String {
    match names.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} {} {last}", rest.join(", "), lang.pick("en", "and")),
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
            Lang::Nl => format!("Uw sector is {}: welk model u ook kiest, de spelregels, de functionaris gegevensbescherming (FG) en het crisisprotocol blijven centraal belegd.", regulated(*r, lang)),
            Lang::En => format!("Your sector is {}: whatever model you choose, the rules, the data protection officer (DPO) and the crisis protocol stay central.", regulated(*r, lang)),
        },
    }
}
