//! The words of the board plan's webcare and crisis protocol, training plan and content
//! starter, in Dutch and English. Document copy only: used from `src/export/`, so it is linked
//! into the documents module, never into the first load.

use super::ui::texts;
use super::{Label, Lang, Lower};
use crate::domain::{
    Approval, Deadline, Pillar, ProtocolRule, Refresher, ResponseTime, RoleKind, Supplier, Tier,
    Trigger, Who,
};

texts! {
    /// A piece of the board plan's copy.
    P {
        DocProtocol => "Webcare- en crisisprotocol", "Webcare and crisis protocol";
        DocContent => "Contentstarter: thema's en een eerste maand", "Content starter: themes and a first month";
        ProtocolIntro => "Dit protocol legt vast wie een bericht oppakt, hoe snel, en wanneer het hoger in de organisatie komt. Bij twijfel gaat een bericht een niveau omhoog.", "This protocol sets out who picks up a message, how fast, and when it goes higher in the organisation. When in doubt, a message goes up one tier.";
        Tiers => "Escalatieniveaus", "Escalation tiers";
        TierHead => "Niveau", "Tier";
        WhatHead => "Wat", "What";
        WhoHead => "Wie", "Who";
        PassOnHead => "Doorzetten binnen", "Passed on within";
        ReplyHead => "Eerste reactie binnen", "First reply within";
        TierTeam => "1. Het webcareteam zelf", "1. The webcare team itself";
        TierTeamSmall => "1. Wie de berichten beantwoordt", "1. Whoever answers the messages";
        LineManagerSmall => "De leidinggevende, directeur of praktijkhouder", "The line manager, director or practice owner";
        TierManager => "2. Teamleider of manager", "2. Team leader or manager";
        TierCrisis => "3. Bestuur of crisisteam", "3. Board or crisis team";
        TierCrisisSmall => "3. Directie of praktijkhouder", "3. Management or practice owner";
        WatchOpenSmall => "wie 's avonds en in het weekend de kanalen in de gaten houdt, is nog niet geregeld. Voorstel: de directeur of praktijkhouder krijgt de meldingen van de kanalen op de telefoon en pakt niveau 3 zelf op; zet in de profielen dat berichten buiten openingstijden later worden gelezen.", "who watches the channels in the evening and at weekends has not been arranged yet. Proposal: the director or practice owner gets the channels' notifications on their phone and takes tier 3 on personally; say in the profiles that messages outside opening hours are read later.";
        NotApplicable => "niet van toepassing", "not applicable";
        DayAndNight => "ook 's avonds, 's nachts en in het weekend", "evenings, nights and weekends too";
        NoResponseTime => "de beloofde reactietijd staat nog niet vast (Spelregels)", "the promised response time has not been chosen yet (Rules)";
        NoResponder => "nog niemand is uitvoerend voor Reageren (Taken)", "nobody is responsible for Respond yet (Tasks)";
        NoCrisisContact => "de contactpersoon voor escalatie is nog niet vastgelegd (Spelregels)", "the escalation contact has not been recorded yet (Rules)";
        LineManager => "De leidinggevende van het webcareteam", "The webcare team's line manager";
        OutOfHours => "Buiten kantoortijd", "Outside office hours";
        CareGoesOn => "Zorg gaat dag en nacht door, en berichten ook. De beloofde reactietijd geldt in kantoortijd; meldingen op niveau 3 worden altijd opgepakt.", "Care goes on day and night, and so do messages. The promised response time holds in office hours; tier 3 reports are always picked up.";
        WatchRota => "De bereikbaarheidsdienst uit het algemene crisisplan houdt 's avonds, 's nachts en in het weekend de meldingen van de kanalen in de gaten en belt bij niveau 3 het crisisteam. Controleer dat het crisisplan die taak echt zo beschrijft (zie de risico's).", "The on-call rota of the general crisis plan watches the channels' notifications in the evening, at night and at weekends, and calls the crisis team for tier 3. Check that the crisis plan really describes that task (see the risks).";
        WatchOpen => "wie 's avonds en in het weekend de kanalen in de gaten houdt, is nog niet geregeld. Voorstel: de manager van dienst (bereikbaarheidsdienst) of de coördinator zorg buiten kantoortijd krijgt de meldingen van de kanalen op de telefoon en belt bij niveau 3 het crisisteam.", "who watches the channels in the evening and at weekends has not been arranged yet. Proposal: the on-call manager or the out-of-hours care coordinator gets the channels' notifications on their phone and calls the crisis team for tier 3.";
        AutoReply => "Zet in de profielen en in een automatisch antwoord wanneer berichten worden beantwoord, en dat wie dringend zorg nodig heeft de eigen zorgverlener, de huisarts of de huisartsenpost belt, en bij levensgevaar 112.", "State in the profiles and in an automatic reply when messages are answered, and that anyone who needs care urgently should phone their own care provider or the GP (out-of-hours service), and 112 when a life is in danger.";
        AutoReplyGp => "Zet in de profielen en in een automatisch antwoord wanneer berichten worden beantwoord, en dat wie dringend zorg nodig heeft de praktijk belt, buiten openingstijden de huisartsenpost, en bij levensgevaar 112.", "State in the profiles and in an automatic reply when messages are answered, and that anyone who needs care urgently should phone the practice, the out-of-hours GP service when it is closed, and 112 when a life is in danger.";
        Holding => "Eerste reactie (holding statement)", "First reply (holding statement)";
        HoldingText => "Bij niveau 3 staat binnen een uur een korte eerste reactie online, terwijl de feiten worden nagegaan. Die zegt dat het bericht gezien is, dat de organisatie het uitzoekt en wanneer er meer komt: geen namen, geen zorginhoud, geen schuldvraag. Twee of drie van zulke teksten liggen vooraf klaar, zodat niemand ze 's nachts hoeft te schrijven.", "For tier 3 a short first reply is online within the hour, while the facts are checked. It says the message has been seen, that the organisation is looking into it and when more will follow: no names, no care details, no blame. Two or three such texts are ready in advance, so nobody has to write them at night.";
        HoldingExample => "Voorbeeld: „Dank voor uw bericht. We hebben het gelezen en zoeken het uit. Vóór [tijdstip] laten we hier meer weten. Gaat het over uw eigen zorg? Bel ons dan op [nummer], dan praten we persoonlijk verder.”", "Example: “Thank you for your message. We have read it and are looking into it. We will post more here before [time]. Is it about your own care? Please call us on [number] so we can talk in private.”";
        HoldingApprover => "Keurt een holding statement goed", "Approves a holding statement";
        NoApprover => "wie een holding statement goedkeurt, is nog niet vastgelegd; wijs in de taakverdeling een eindverantwoordelijke (A) voor Goedkeuren aan", "who approves a holding statement has not been recorded yet; name an accountable role (A) for Approve under Tasks";
        StandingRules => "Vaste regels", "Standing rules";
        RuleNeverConfirm => "Bevestig of ontken nooit in het openbaar dat iemand cliënt is, ook niet als die het zelf vertelt of een familielid het schrijft. Het beroepsgeheim en de WGBO gelden online net zo. Reageer over de werkwijze, niet over de persoon, en nodig uit voor een gesprek via de telefoon of een besloten kanaal.", "Never confirm or deny in public that someone is a client, not even when they say so themselves or a relative writes it. Professional secrecy and the WGBO apply online just the same. Respond about how things work, not about the person, and invite a conversation by phone or through a closed channel.";
        RuleComplaints => "Een klacht over de zorg hoort in de klachtenregeling, niet in een reactiedraad. Verwijs naar de klachtenfunctionaris: elke zorgaanbieder heeft er volgens de Wkkgz een, en diens hulp is kosteloos. Noem in de reactie hoe die te bereiken is.", "A complaint about care belongs in the complaints procedure, not in a comment thread. Refer to the complaints officer (klachtenfunctionaris): under the Wkkgz every care provider has one, free of charge. Say in the reply how to reach them.";
        RuleComplaintsYouth => "Een klacht over de hulp hoort in de klachtenregeling, niet in een reactiedraad. Elke jeugdhulpaanbieder heeft volgens de Jeugdwet (hoofdstuk 4) een klachtenregeling, en jongeren en ouders kunnen gratis hulp krijgen van een vertrouwenspersoon van het AKJ. Noem in de reactie hoe die te bereiken zijn.", "A complaint about the care belongs in the complaints procedure, not in a comment thread. Under the Jeugdwet (chapter 4) every youth care provider has a complaints procedure, and young people and parents can get free help from a confidential adviser of the AKJ. Say in the reply how to reach them.";
        RuleReviews => "Op ZorgkaartNederland en bij Google-recensies: bedank, reageer binnen de beloofde tijd, kort en over de werkwijze, zonder zorginhoud, en bied een gesprek of de klachtenfunctionaris aan. Vraag alleen verwijdering aan via de procedure van de site, voor een recensie die de regels van die site overtreedt.", "On ZorgkaartNederland and Google reviews: thank the writer, reply within the promised time, briefly and about how things work, without care details, and offer a conversation or the complaints officer. Ask for removal only through the site's own procedure, for a review that breaks that site's rules.";
        RuleBreachFg => "Een (mogelijk) datalek, zoals een bericht met gegevens of een foto van een cliënt, gaat direct naar de functionaris gegevensbescherming (FG) en wordt waar mogelijk verborgen of verwijderd. Een datalek met risico voor de betrokkenen meldt de organisatie binnen 72 uur bij de Autoriteit Persoonsgegevens (AVG art. 33).", "A (possible) data breach, such as a post with a client's details or photo, goes to the data protection officer (DPO) at once and is hidden or removed where possible. A breach that puts people at risk is reported to the Dutch Data Protection Authority (AP) within 72 hours (GDPR art. 33).";
        RuleBreachNoFg => "Een (mogelijk) datalek, zoals een bericht met gegevens of een foto van een cliënt, gaat direct naar wie in de organisatie over privacy gaat (de functionaris gegevensbescherming, als die er is) en wordt waar mogelijk verborgen of verwijderd. Een datalek met risico voor de betrokkenen meldt de organisatie binnen 72 uur bij de Autoriteit Persoonsgegevens (AVG art. 33).", "A (possible) data breach, such as a post with a client's details or photo, goes at once to whoever handles privacy in the organisation (the data protection officer, if there is one) and is hidden or removed where possible. A breach that puts people at risk is reported to the Dutch Data Protection Authority (AP) within 72 hours (GDPR art. 33).";
        Rule113 => "GGZ: schrijft iemand over zelfdoding of een acute crisis, dan reageert wie het bericht ziet meteen (in kantoortijd het team, daarbuiten wie de kanalen in de gaten houdt, zie ‘Buiten kantoortijd’): met aandacht, zonder behandelinhoud, en met de weg naar hulp: 113 Zelfmoordpreventie (bel 113 of gratis 0800-0113, of chat via 113.nl), bij acuut gevaar 112, en voor de crisisdienst de eigen behandelaar, de huisarts of de huisartsenpost. Daarna gaat het naar niveau 3, en gaat het om een eigen cliënt, ook naar de eigen crisisdienst. Bespreek nooit in het openbaar een behandeling, ook niet als iemand zelf zegt cliënt te zijn.", "Mental health: when someone writes about suicide or an acute crisis, whoever sees the message responds at once (the team in office hours, outside them whoever watches the channels, see ‘Outside office hours’): with care, without treatment details, and with the way to help: 113 Zelfmoordpreventie (call 113 or 0800-0113 free of charge, or chat at 113.nl), 112 in acute danger, and for the crisis service their own practitioner or the GP (out-of-hours service). Then it goes to tier 3, and if it concerns one of the organisation's own clients, to its own crisis service too. Never discuss a treatment in public, not even when someone says they are a client.";
        RuleMinors => "Jeugdzorg: veel volgers zijn minderjarig. Ga in het openbaar nooit in op een persoonlijke situatie; nodig uit voor een gesprek met de eigen jeugdhulpverlener. Wie wat te horen krijgt, volgt de leeftijdsgrenzen van Jeugdwet en WGBO: onder 12 beslissen de ouders of de voogd, van 12 tot 16 zij en de jongere samen, vanaf 16 de jongere zelf. Voor foto's en berichten geeft onder 16 een ouder of voogd toestemming (UAVG art. 5).", "Youth care: many followers are minors. Never go into a personal situation in public; invite a conversation with their own youth worker. Who is told what follows the age limits of the Jeugdwet and the WGBO: under 12 the parents or guardian decide, from 12 to 16 they and the young person together, from 16 the young person alone. For photos and posts a parent or guardian consents under 16 (UAVG art. 5).";
        RuleVeiligThuis => "Jeugdzorg: wijst een bericht erop dat een kind niet veilig is, dan volgt het team de meldcode huiselijk geweld en kindermishandeling: direct naar niveau 3, dat Veilig Thuis raadpleegt of een melding doet (0800-2000, gratis, dag en nacht). Bij acuut gevaar: 112. Reageer in het openbaar niet op de inhoud.", "Youth care: when a message suggests a child is not safe, the team follows the reporting code for domestic violence and child abuse (meldcode): straight to tier 3, which consults or reports to Veilig Thuis (0800-2000, free, day and night). In acute danger: 112. Do not reply on the substance in public.";
        RuleRelatives => "Familie en mantelzorgers schrijven soms over hun naaste, met lof of met zorgen. Bedank hen, maar ga in het openbaar niet in op de zorg voor die persoon: dat kan alleen met toestemming van de cliënt of diens wettelijk vertegenwoordiger. Nodig uit voor een gesprek met de vaste contactpersoon van het team.", "Family members and informal carers sometimes write about their relative, with praise or with worries. Thank them, but do not go into that person's care in public: that needs the consent of the client or their legal representative. Invite a conversation with the team's regular contact person.";
        AfterAction => "Evaluatie na een incident", "Review after an incident";
        NotInCrisisPlan => "dit protocol is nog geen onderdeel van het algemene crisisplan; neem het daarin op, zodat er één plan is", "this protocol is not part of the general crisis plan yet; make it part of it, so there is one plan";
        TrigQuestion => "vragen", "questions";
        TrigCompliment => "complimenten", "compliments";
        TrigSimpleComplaint => "eenvoudige klachten (een late afspraak, parkeren, openingstijden)", "simple complaints (a late appointment, parking, opening hours)";
        TrigSeriousComplaint => "klachten over de zorg voor een persoon, of klachten die terugkomen", "complaints about a person's care, or complaints that keep coming back";
        TrigNegativeReview => "negatieve recensies op ZorgkaartNederland of Google", "negative reviews on ZorgkaartNederland or Google";
        TrigStaffPost => "een bericht van een medewerker dat de spelregels overtreedt", "a post by a member of staff that breaks the rules";
        TrigMedia => "aandacht van pers of media, of een bericht dat snel rondgaat", "press or media attention, or a post that spreads fast";
        TrigThreat => "bedreigingen van medewerkers, cliënten of een locatie", "threats to staff, clients or a location";
        TrigClientRevealed => "een bericht dat kan onthullen wie cliënt is", "a post that may reveal who is a client";
        TrigDataBreach => "een (mogelijk) datalek", "a (possible) data breach";
        TrigSuicide => "signalen van zelfdoding of een acute crisis", "signs of suicide or an acute crisis";
        TrigChildUnsafe => "signalen dat een kind niet veilig is", "signs that a child is not safe";
        TrainingModuleHead => "Module", "Module";
        TrainingForHead => "Voor wie", "For whom";
        TrainingPeopleHead => "Aantal", "People";
        TrainingTrainerHead => "Wie traint", "Trainer";
        TrainingRefresherHead => "Opfrissen", "Refresher";
        Yearly => "Jaarlijks", "Yearly";
        HalfYearly => "Elk halfjaar", "Every six months";
        NoTrainees => "nog niemand in het team volgt deze module; kies de deelnemers", "nobody in the team takes this module yet; choose who does";
        NoPrivacyTrainer => "de functionaris gegevensbescherming (FG) geeft deze module, maar staat nog niet in het team", "the data protection officer (DPO) gives this module but is not in the team yet";
        NoTrainer => "nog geen trainer van buiten de deelnemers; wijs een coördinator of communicatieadviseur aan", "no trainer from outside the group yet; name a coordinator or communication adviser";
        TrainingPilot => "Training van de pilotgroep", "Training of the pilot group";
        TrainingRollout => "Training van wie bij de uitrol instroomt", "Training of those who join in the rollout";
        NoModules => "er zijn nog geen trainingsmodules gekozen (Training en ambassadeurs); zonder training geen pilot", "no training modules are chosen yet (Training and ambassadors); no pilot without training";
        TrainingNeedsStart => "de trainingsdata volgen uit de planning zodra die een startdatum heeft", "the training dates follow from the time plan once it has a start date";
        Newcomers => "Wie later instroomt, volgt de modules voordat die zelf berichten plaatst of beantwoordt.", "Anyone who joins later takes the modules before posting or replying themselves.";
        PillarsHeading => "Thema's per doel", "Themes per goal";
        PillarsHead => "Thema's", "Themes";
        NoGoals => "er zijn nog geen doelen gekozen; de thema's volgen uit de doelen", "no goals have been chosen yet; the themes follow from the goals";
        MonthHeading => "Een voorbeeldmaand per kanaal", "A sample month per channel";
        Week => "Week", "Week";
        Posts => "Berichten", "Posts";
        NoPost => "geen bericht", "no post";
        NoChannels => "er zijn nog geen kanalen per doelgroep gekozen; de voorbeeldmaand volgt uit hun ritme", "no channels per audience have been chosen yet; the sample month follows from their rhythm";
        MonthNote => "De thema's wisselen elkaar af; schuif gerust als er nieuws is.", "The themes take turns; move them when there is news.";
        DailyNote => "Dagelijks betekent hier elke werkdag.", "Daily means every working day here.";
        FlowHeading => "Wie levert, wie plaatst en wie keurt goed", "Who supplies, who posts and who approves";
        Stories => "Verhalen uit de teams", "Stories from the teams";
        Publishing => "Plaatsen", "Posting";
        NoPublisher => "nog niemand is uitvoerend voor Publiceren (Taken)", "nobody is responsible for Publish yet (Tasks)";
        OrdinaryPosts => "Gewone berichten", "Ordinary posts";
        ClientPosts => "Berichten met cliënten", "Posts with clients";
        NoApproval => "wanneer berichten worden gecontroleerd, staat nog niet vast (Spelregels)", "when posts are checked has not been chosen yet (Rules)";
        NoPostApprover => "wie berichten goedkeurt, is nog niet vastgelegd; wijs in de taakverdeling een eindverantwoordelijke (A) voor Goedkeuren aan", "who approves posts has not been recorded yet; name an accountable role (A) for Approve under Tasks";
        Approver => "Keurt berichten goed", "Approves posts";
        ClientPostsRule => "Altijd vooraf goedgekeurd, ongeacht de regel voor andere berichten, en alleen met schriftelijke toestemming van de cliënt of diens vertegenwoordiger", "Always approved beforehand, whatever the rule for other posts, and only with the written consent of the client or their representative";
        NoConsentYet => "Toestemming wordt nu niet schriftelijk vastgelegd: plaats geen berichten met herkenbare cliënten tot dat geregeld is.", "Consent is not recorded in writing yet: post nothing with recognisable clients until it is.";
        NoConsentAnswer => "hoe toestemming van cliënten wordt vastgelegd, staat nog niet vast (Spelregels); tot dan gaan er geen berichten met herkenbare cliënten online", "how clients' consent is recorded has not been settled yet (Rules); until it is, nothing with recognisable clients goes online";
        UnitsSupply => "de teams en locaties leveren verhalen en foto's aan", "the teams and locations supply stories and photos";
        UnitsToCentre => "de teams en locaties sturen verhalen en foto's naar het centrale team, dat ze plaatst", "the teams and locations send stories and photos to the central team, which posts them";
        HubCollects => "het kernteam (hub) verzamelt ze en helpt ze vorm te geven", "the core team (hub) collects them and helps shape them";
        PillarOurServices => "Wat wij doen en voor wie", "What we do and for whom";
        PillarBehindTheScenes => "Achter de schermen", "Behind the scenes";
        PillarNewsAndEvents => "Nieuws en activiteiten in de buurt", "News and local events";
        PillarQuestionsAnswered => "Vragen van cliënten beantwoord", "Clients' questions answered";
        PillarClientStories => "Cliënten vertellen", "Clients tell their story";
        PillarEverydayTips => "Tips voor het dagelijks leven", "Tips for daily life";
        PillarCarerTips => "Tips voor mantelzorgers", "Tips for informal carers";
        PillarWhatToExpect => "Wat u van ons kunt verwachten", "What to expect from us";
        PillarSupportNearby => "Steun en respijt in de buurt", "Support and respite nearby";
        PillarHealthTips => "Gezondheidstips", "Health tips";
        PillarCampaigns => "Landelijke campagnes en themaweken", "National campaigns and theme weeks";
        PillarMythsAndFacts => "Fabels en feiten", "Myths and facts";
        PillarDayAtWork => "Een dag aan het werk", "A day at work";
        PillarColleaguesTell => "Verhalen van collega's", "Colleagues' stories";
        PillarVacanciesOpenDays => "Vacatures en open dagen", "Vacancies and open days";
        PillarProudMoments => "Waar we trots op zijn", "What we are proud of";
        PillarTeamsInTheSpotlight => "Een team in de schijnwerpers", "A team in the spotlight";
        PillarQualityAndResults => "Kwaliteit en resultaten", "Quality and results";
        PillarProjects => "Wat uw gift mogelijk maakt", "What your gift makes possible";
        PillarDonors => "Donateurs en vrijwilligers", "Donors and volunteers";
        PillarAppeals => "Acties en oproepen", "Campaigns and appeals";
    }
}

/// The name of a content pillar.
#[must_use]
pub fn pillar(p: Pillar, lang: Lang) -> &'static str {
    match p {
        Pillar::OurServices => P::PillarOurServices,
        Pillar::BehindTheScenes => P::PillarBehindTheScenes,
        Pillar::NewsAndEvents => P::PillarNewsAndEvents,
        Pillar::QuestionsAnswered => P::PillarQuestionsAnswered,
        Pillar::ClientStories => P::PillarClientStories,
        Pillar::EverydayTips => P::PillarEverydayTips,
        Pillar::CarerTips => P::PillarCarerTips,
        Pillar::WhatToExpect => P::PillarWhatToExpect,
        Pillar::SupportNearby => P::PillarSupportNearby,
        Pillar::HealthTips => P::PillarHealthTips,
        Pillar::Campaigns => P::PillarCampaigns,
        Pillar::MythsAndFacts => P::PillarMythsAndFacts,
        Pillar::DayAtWork => P::PillarDayAtWork,
        Pillar::ColleaguesTell => P::PillarColleaguesTell,
        Pillar::VacanciesOpenDays => P::PillarVacanciesOpenDays,
        Pillar::ProudMoments => P::PillarProudMoments,
        Pillar::TeamsInTheSpotlight => P::PillarTeamsInTheSpotlight,
        Pillar::QualityAndResults => P::PillarQualityAndResults,
        Pillar::ProjectsYouMakePossible => P::PillarProjects,
        Pillar::DonorsAndVolunteers => P::PillarDonors,
        Pillar::Appeals => P::PillarAppeals,
    }
    .get(lang)
}

/// What lands in a tier, in words.
#[must_use]
pub fn trigger(t: Trigger, lang: Lang) -> &'static str {
    match t {
        Trigger::Question => P::TrigQuestion,
        Trigger::Compliment => P::TrigCompliment,
        Trigger::SimpleComplaint => P::TrigSimpleComplaint,
        Trigger::SeriousComplaint => P::TrigSeriousComplaint,
        Trigger::NegativeReview => P::TrigNegativeReview,
        Trigger::StaffPost => P::TrigStaffPost,
        Trigger::MediaAttention => P::TrigMedia,
        Trigger::Threat => P::TrigThreat,
        Trigger::ClientRevealed => P::TrigClientRevealed,
        Trigger::DataBreach => P::TrigDataBreach,
        Trigger::SuicideSignal => P::TrigSuicide,
        Trigger::ChildUnsafe => P::TrigChildUnsafe,
    }
    .get(lang)
}

/// The tier's name; a small organisation has no webcare team.
#[must_use]
pub fn tier(t: Tier, small: bool, lang: Lang) -> &'static str {
    match t {
        Tier::Team if small => P::TierTeamSmall,
        Tier::Team => P::TierTeam,
        Tier::Manager => P::TierManager,
        Tier::Crisis if small => P::TierCrisisSmall,
        Tier::Crisis => P::TierCrisis,
    }
    .get(lang)
}

/// A standing rule; the breach rule names the privacy officer only when the team has one.
#[must_use]
pub fn rule(r: ProtocolRule, has_privacy_officer: bool, lang: Lang) -> &'static str {
    match r {
        ProtocolRule::NeverConfirm => P::RuleNeverConfirm,
        ProtocolRule::ComplaintsOfficer => P::RuleComplaints,
        ProtocolRule::ComplaintsYouth => P::RuleComplaintsYouth,
        ProtocolRule::Reviews => P::RuleReviews,
        ProtocolRule::DataBreach72h if has_privacy_officer => P::RuleBreachFg,
        ProtocolRule::DataBreach72h => P::RuleBreachNoFg,
        ProtocolRule::Refer113 => P::Rule113,
        ProtocolRule::Minors => P::RuleMinors,
        ProtocolRule::VeiligThuis => P::RuleVeiligThuis,
        ProtocolRule::Relatives => P::RuleRelatives,
    }
    .get(lang)
}

/// "binnen 15 minuten", "dezelfde werkdag".
#[must_use]
pub fn deadline(d: Deadline, lang: Lang) -> String {
    match (d, lang) {
        (Deadline::Minutes(n), Lang::Nl) => format!("{n} minuten"),
        (Deadline::Minutes(n), Lang::En) => format!("{n} minutes"),
        (Deadline::Hours(1), Lang::Nl) => "1 uur".into(),
        (Deadline::Hours(1), Lang::En) => "1 hour".into(),
        (Deadline::Hours(n), Lang::Nl) => format!("{n} uur"),
        (Deadline::Hours(n), Lang::En) => format!("{n} hours"),
        (Deadline::SameDay, _) => lang.pick("dezelfde werkdag", "the same working day").into(),
        (Deadline::NextWorkday, _) => lang
            .pick("uiterlijk de volgende werkdag", "by the next working day")
            .into(),
    }
}

/// Roles as a reader names them: "Webcare, Communicatie".
#[must_use]
pub fn roles(kinds: &[RoleKind], lang: Lang) -> String {
    kinds
        .iter()
        .map(|k| k.label(lang))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Who acts in a tier; `None` when the plan names nobody (the caller writes the open point).
#[must_use]
pub fn who(w: &Who, small: bool, lang: Lang) -> Option<String> {
    match w {
        Who::Roles(k) => Some(roles(k, lang)),
        Who::Contact(c) => Some(c.clone()),
        Who::LineManager if small => Some(P::LineManagerSmall.get(lang).to_string()),
        Who::LineManager => Some(P::LineManager.get(lang).to_string()),
        Who::Open => None,
    }
}

/// The promise as the protocol states it: "Beloofde reactietijd: dezelfde werkdag."
#[must_use]
pub fn promise(r: ResponseTime, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("Beloofde reactietijd: {}.", r.label(lang).lower()),
        Lang::En => format!("Promised response time: {}.", r.label(lang).lower()),
    }
}

/// The review after an incident.
#[must_use]
pub fn after_action(weeks: u8, in_crisis_plan: bool, small: bool, lang: Lang) -> String {
    let team = match (small, lang) {
        (false, Lang::Nl) => "het webcareteam",
        (true, Lang::Nl) => "wie de berichten beantwoordt",
        (false, Lang::En) => "the webcare team",
        (true, Lang::En) => "whoever answers the messages",
    };
    let base = match lang {
        Lang::Nl => format!(
            "Binnen {weeks} weken na elk incident op niveau 2 of 3 bespreken {team}, de leidinggevende en de contactpersoon voor escalatie wat er gebeurde, wat werkte en wat anders moet. Wat verandert, komt in dit protocol"
        ),
        Lang::En => format!(
            "Within {weeks} weeks of every tier 2 or 3 incident, {team}, the line manager and the escalation contact review what happened, what worked and what must change. What changes goes into this protocol"
        ),
    };
    if in_crisis_plan {
        format!(
            "{base}{}",
            lang.pick(
                " en in het algemene crisisplan.",
                " and into the general crisis plan."
            )
        )
    } else {
        format!("{base}.")
    }
}

/// "Kernteam (hub) (4)".
#[must_use]
pub fn trainees(role: RoleKind, people: u32, lang: Lang) -> String {
    format!("{} ({people})", role.label(lang))
}

#[must_use]
pub fn refresher(r: Refresher, lang: Lang) -> &'static str {
    match r {
        Refresher::Yearly => P::Yearly,
        Refresher::HalfYearly => P::HalfYearly,
    }
    .get(lang)
}

/// "7 september 2026 tot en met 27 september 2026".
#[must_use]
pub fn span(from: crate::domain::Date, to: crate::domain::Date, lang: Lang) -> String {
    format!(
        "{} {} {}",
        super::date(from, lang),
        lang.pick("tot en met", "to"),
        super::date(to, lang)
    )
}

/// The pilot's training window, with go-live.
#[must_use]
pub fn pilot_window(
    from: crate::domain::Date,
    to: crate::domain::Date,
    go_live: crate::domain::Date,
    lang: Lang,
) -> String {
    match lang {
        Lang::Nl => format!(
            "{}, vóór de livegang op {}",
            span(from, to, lang),
            super::date(go_live, lang)
        ),
        Lang::En => format!(
            "{}, before go-live on {}",
            span(from, to, lang),
            super::date(go_live, lang)
        ),
    }
}

/// Training that starts before the planned approval, or on its day (`same_day`): the board
/// agrees to the dates with the plan.
#[must_use]
pub fn before_approval(approval: crate::domain::Date, same_day: bool, lang: Lang) -> String {
    let date = super::date(approval, lang);
    match (same_day, lang) {
        (false, Lang::Nl) => format!(
            "De training begint vóór het geplande goedkeuringsbesluit ({date}): met dit plan stemt het bestuur ook in met deze trainingsdata."
        ),
        (true, Lang::Nl) => format!(
            "De training begint op de dag van het geplande goedkeuringsbesluit ({date}): met dit plan stemt het bestuur ook in met deze trainingsdata."
        ),
        (false, Lang::En) => format!(
            "Training starts before the planned approval ({date}): by approving this plan the board also agrees to these training dates."
        ),
        (true, Lang::En) => format!(
            "Training starts on the day of the planned approval ({date}): by approving this plan the board also agrees to these training dates."
        ),
    }
}

/// Who supplies stories.
#[must_use]
pub fn supplier(s: Supplier, centralised: bool, lang: Lang) -> String {
    match s {
        Supplier::Role(RoleKind::HubTeam) => P::HubCollects.get(lang).to_string(),
        Supplier::Role(k) => k.label(lang).to_string(),
        Supplier::Ambassadors(n) => match lang {
            Lang::Nl => format!("{n} ambassadeurs tippen verhalen en schrijven mee"),
            Lang::En => format!("{n} ambassadors suggest stories and help write them"),
        },
        Supplier::Units if centralised => P::UnitsToCentre.get(lang).to_string(),
        Supplier::Units => P::UnitsSupply.get(lang).to_string(),
    }
}

/// The rule for ordinary posts under the plan's approval answer.
#[must_use]
pub fn ordinary_posts(a: Approval, lang: Lang) -> &'static str {
    match a {
        Approval::Always => lang.pick(
            "worden allemaal vooraf goedgekeurd",
            "are all approved beforehand",
        ),
        Approval::SensitiveOnly => lang.pick(
            "gaan direct online; gevoelige berichten (over cliënten, incidenten, zorginhoud of de pers) worden vooraf goedgekeurd",
            "go online directly; sensitive posts (about clients, incidents, care or the press) are approved beforehand",
        ),
        Approval::AfterwardsOnly => lang.pick(
            "gaan direct online en worden achteraf steekproefsgewijs gecontroleerd; gevoelige berichten worden toch vooraf goedgekeurd",
            "go online directly and are spot-checked afterwards; sensitive posts are still approved beforehand",
        ),
    }
}

/// The pillars that show clients, named.
#[must_use]
pub fn client_pillars(names: &[&str], lang: Lang) -> String {
    match lang {
        Lang::Nl => format!(
            "Thema's met cliënten in beeld ({}) vragen altijd schriftelijke toestemming.",
            names.join(", ")
        ),
        Lang::En => format!(
            "Themes with clients in view ({}) always need written consent.",
            names.join(", ")
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_protocol_string_exists_in_both_languages() {
        for p in P::ALL {
            let (nl, en) = (p.get(Lang::Nl), p.get(Lang::En));
            assert!(!nl.trim().is_empty() && !en.trim().is_empty(), "{p:?}");
            if !matches!(p, P::TrainingModuleHead | P::Week) {
                assert_ne!(nl, en, "{p:?} is not translated");
            }
        }
    }
}
