//! Names of every closed choice in both languages.

use super::Lang;
use crate::domain::{
    ActionStatus, Activity, Approval, Audience, Cadence, Channel, ChannelRole, CommsTeam,
    ConsentGroup, ConsentPractice, Dimension, Direction, Discipline, Frequency, KpiLevel, OrgModel,
    PhaseKind, Raci, Regulation, ResponseTime, Rhythm, RoleKind, ScopeLevel, Section, Sector,
    SizeBand, SocialGoal, Spokespeople, Stage, TrainingModule, Trust, Usage,
};

/// A closed choice's name in a language.
pub trait Label: Copy {
    fn label(self, lang: Lang) -> &'static str;
}

// Each type's names are a table, and a `match` only maps the variant to its row: a jump table
// of small numbers costs far less wasm than one of string loads (measured on the first load).
macro_rules! labels {
    ($ty:ident { $($variant:ident => $nl:literal, $en:literal;)+ }) => {
        impl $ty {
            super::later::later_table!($ty, [$($nl),+], [$($en),+]);
        }

        impl Label for $ty {
            fn label(self, lang: Lang) -> &'static str {
                // The rows in the order the names are listed here.
                #[allow(non_camel_case_types, clippy::enum_variant_names)]
                enum Row { $($variant),+ }
                let row = match self { $($ty::$variant => Row::$variant as usize),+ };
                Self::row_in(row, lang)
            }
        }
    };
}

labels!(Sector {
    ElderlyCare => "Ouderenzorg", "Elderly care";
    DisabilityCare => "Gehandicaptenzorg", "Disability care";
    HomeCare => "Thuiszorg / wijkverpleging", "Home care / district nursing";
    Hospital => "Ziekenhuis", "Hospital";
    MentalHealth => "GGZ", "Mental health care";
    YouthCare => "Jeugdzorg", "Youth care";
    GpPractice => "Huisartsenpraktijk", "GP practice";
    Welfare => "Welzijn", "Welfare";
});

labels!(Regulation {
    Moderate => "gemiddeld", "moderate";
    High => "hoog", "high";
    VeryHigh => "zeer hoog (beroepsgeheim)", "very high (professional secrecy)";
});

labels!(SizeBand {
    UpTo20 => "Tot en met 20 medewerkers", "Up to 20 staff";
    From21To50 => "21 tot en met 50 medewerkers", "21 to 50 staff";
    From51To250 => "51 tot en met 250 medewerkers", "51 to 250 staff";
    Over250 => "Meer dan 250 medewerkers", "More than 250 staff";
});

labels!(Channel {
    Facebook => "Facebook", "Facebook";
    Instagram => "Instagram", "Instagram";
    LinkedIn => "LinkedIn", "LinkedIn";
    X => "X (Twitter)", "X (Twitter)";
    YouTube => "YouTube", "YouTube";
    TikTok => "TikTok", "TikTok";
    WhatsApp => "WhatsApp-kanaal", "WhatsApp channel";
});

labels!(Usage {
    NotUsed => "Niet", "Not used";
    Occasional => "Af en toe", "Occasionally";
    Regular => "Regelmatig", "Regularly";
    Daily => "Dagelijks", "Daily";
});

labels!(CommsTeam {
    Nobody => "Nee, niemand doet dit vast", "No, nobody does this as a task";
    PartTime => "Eén of twee mensen, naast ander werk", "One or two people, besides other work";
    Team => "Ja, een communicatieafdeling", "Yes, a communication department";
});

labels!(Dimension {
    StrategyGoals => "Strategie en doelen", "Strategy and goals";
    OrganisationRoles => "Organisatie en rollen", "Organisation and roles";
    PolicyRules => "Beleid en spelregels", "Policy and rules";
    SkillsTraining => "Vaardigheden en training", "Skills and training";
    ListeningWebcare => "Luisteren en webcare", "Listening and webcare";
    Measurement => "Meten", "Measurement";
    ExecutiveSupport => "Steun van bestuur en directie", "Executive support";
});

labels!(Stage {
    Traditional => "Traditioneel", "Traditional";
    Experimental => "Experimenteren", "Experimental";
    Operational => "Operationaliseren", "Operational";
    Measurable => "Resultaten zien", "Measurable";
    FullyEngaged => "Volledig betrokken", "Fully engaged";
});

labels!(SocialGoal {
    Visibility => "Zichtbaarheid en vindbaarheid", "Visibility and findability";
    ClientDialogue => "In gesprek met cliënten", "Dialogue with clients";
    InformalCarers => "Mantelzorgers informeren", "Informing informal carers";
    Prevention => "Preventie en voorlichting", "Prevention and health education";
    Recruitment => "Werving van personeel", "Recruitment";
    EmployeeAdvocacy => "Medewerkers als ambassadeurs", "Employee advocacy";
    Reputation => "Reputatie en webcare", "Reputation and webcare";
    Fundraising => "Fondsenwerving", "Fundraising";
});

labels!(ActionStatus {
    Planned => "Nog niet begonnen", "Not started";
    InProgress => "Bezig", "In progress";
    Done => "Gedaan", "Done";
    Dropped => "Vervallen", "Dropped";
});

labels!(Direction {
    Higher => "Hoger", "Higher";
    Lower => "Lager", "Lower";
});

labels!(Frequency {
    Weekly => "Wekelijks", "Weekly";
    Monthly => "Maandelijks", "Monthly";
    Quarterly => "Per kwartaal", "Quarterly";
});

labels!(KpiLevel {
    Exposure => "Bereik", "Exposure";
    Engagement => "Betrokkenheid", "Engagement";
    Influence => "Invloed", "Influence";
    Action => "Actie", "Action";
    Service => "Dienstverlening (webcare)", "Service (webcare)";
});

labels!(ScopeLevel {
    Organisation => "De hele organisatie", "The whole organisation";
    Brand => "Eén merk of label", "One brand or label";
    Service => "Eén dienst of product", "One service or product";
    PilotTeam => "Een pilotteam", "A pilot team";
});

labels!(Audience {
    Clients => "Cliënten en patiënten", "Clients and patients";
    InformalCarers => "Mantelzorgers en familie", "Informal carers and family";
    Professionals => "Verwijzers en vakgenoten", "Referrers and peers";
    Candidates => "Sollicitanten", "Job candidates";
    Employees => "Eigen medewerkers", "Own staff";
    Volunteers => "Vrijwilligers", "Volunteers";
    Community => "Buurt en gemeente", "Neighbourhood and municipality";
});

labels!(ChannelRole {
    Inform => "Informeren", "Inform";
    Dialogue => "Gesprek", "Dialogue";
    Recruit => "Werven", "Recruit";
    Service => "Vragen beantwoorden", "Answer questions";
    Community => "Gemeenschap", "Community";
});

labels!(Rhythm {
    Daily => "Dagelijks", "Daily";
    Weekly => "Wekelijks", "Weekly";
    Fortnightly => "Om de week", "Fortnightly";
    Monthly => "Maandelijks", "Monthly";
});

labels!(OrgModel {
    Centralised => "Centraal", "Centralised";
    Decentralised => "Decentraal (organisch)", "Decentralised (organic)";
    HubAndSpoke => "Hub-and-spoke", "Hub and spoke";
    Dandelion => "Meerdere hubs (paardenbloem)", "Multiple hubs (dandelion)";
    Honeycomb => "Honingraat (holistisch)", "Honeycomb (holistic)";
});

labels!(Trust {
    Low => "Laag: liever alles via communicatie", "Low: everything through communication";
    Medium => "Gemiddeld: getrainde medewerkers mogen posten", "Medium: trained staff may post";
    High => "Hoog: medewerkers mogen namens ons spreken", "High: staff may speak for us";
});

labels!(ConsentPractice {
    NoneYet => "Nog niet geregeld", "Not arranged yet";
    Informal => "Mondeling gevraagd, niet vastgelegd", "Asked in passing, not recorded";
    Written => "Schriftelijk, per foto of video", "In writing, per photo or video";
    Register => "In een toestemmingsregister dat cliënten kunnen intrekken", "In a consent register that clients can withdraw from";
});

labels!(ConsentGroup {
    Adults => "Volwassenen die zelf toestemming geven", "Adults who consent themselves";
    Represented => "Volwassenen die dat niet zelf kunnen (bijvoorbeeld bij dementie of een ernstige verstandelijke beperking)", "Adults who cannot consent themselves (with dementia or a severe intellectual disability, for example)";
    Under16 => "Kinderen onder de 16", "Children under 16";
    From16To17 => "Jongeren van 16 en 17", "Young people aged 16 and 17";
});

labels!(Spokespeople {
    CommsOnly => "Alleen communicatie", "Communication staff only";
    TrainedStaff => "Getrainde medewerkers en ambassadeurs", "Trained staff and ambassadors";
    AllStaff => "Iedere medewerker, binnen de spelregels", "Every employee, within the rules";
});

labels!(Approval {
    Always => "Elk bericht vooraf", "Every post beforehand";
    SensitiveOnly => "Alleen gevoelige berichten vooraf", "Only sensitive posts beforehand";
    AfterwardsOnly => "Achteraf steekproefsgewijs", "Spot checks afterwards";
});

labels!(ResponseTime {
    OneHour => "Binnen een uur (kantoortijd)", "Within an hour (office hours)";
    SameDay => "Dezelfde werkdag", "The same working day";
    NextWorkday => "Uiterlijk de volgende werkdag", "By the next working day";
});

labels!(RoleKind {
    Sponsor => "Bestuurlijk opdrachtgever (sponsor)", "Executive sponsor";
    ProjectLead => "Projectleider", "Project lead";
    Coordinator => "Social media-coördinator / redacteur", "Social media coordinator / editor";
    HubTeam => "Kernteam (hub)", "Core team (hub)";
    Ambassador => "Ambassadeurs per afdeling", "Ambassadors per department";
    Communication => "Communicatie", "Communication";
    Hr => "HR (werving via social)", "HR (social recruitment)";
    PrivacyOfficer => "Functionaris gegevensbescherming (FG)", "Data protection officer (DPO)";
    Webcare => "Webcare", "Webcare";
});

labels!(Discipline {
    Board => "bestuur", "board";
    Management => "management", "management";
    Communication => "communicatie", "communication";
    Care => "zorg", "care";
    Hr => "HR", "HR";
    Legal => "privacy en juridisch", "privacy and legal";
});

labels!(Activity {
    Publish => "Publiceren", "Publish";
    Respond => "Reageren", "Respond";
    Escalate => "Escaleren", "Escalate";
    Approve => "Goedkeuren", "Approve";
    Report => "Rapporteren", "Report";
    Train => "Trainen", "Train";
});

labels!(Raci {
    R => "R (uitvoerend)", "R (responsible)";
    A => "A (eindverantwoordelijk)", "A (accountable)";
    C => "C (geraadpleegd)", "C (consulted)";
    I => "I (geïnformeerd)", "I (informed)";
});

labels!(TrainingModule {
    Basics => "Basis: kanalen, toon en veiligheid", "Basics: channels, tone and safety";
    PolicyPrivacy => "Spelregels, AVG en beroepsgeheim", "Rules, GDPR and the duty of confidentiality";
    Webcare => "Webcare en escalatie", "Webcare and escalation";
    Content => "Content maken: foto, video, verhaal", "Creating content: photo, video, story";
    Measurement => "Meten en rapporteren", "Measuring and reporting";
    Ambassadors => "Ambassadeursprogramma", "Ambassador programme";
});

labels!(PhaseKind {
    Identify => "Identificeren", "Identify";
    Monitor => "Monitoren (nulmeting)", "Monitor (baseline)";
    Define => "Definiëren", "Define";
    Pilot => "Implementeren: pilot", "Implement: pilot";
    Rollout => "Implementeren: uitrol", "Implement: rollout";
    Evaluate => "Evalueren en bijstellen", "Evaluate and adjust";
});

labels!(Cadence {
    Monthly => "Maandelijks", "Monthly";
    Quarterly => "Per kwartaal", "Quarterly";
    HalfYearly => "Per halfjaar", "Every six months";
    Yearly => "Jaarlijks", "Yearly";
});

labels!(Section {
    Organisation => "Organisatie", "Organisation";
    Maturity => "Waar staan we nu?", "Where are we now?";
    GoalsScope => "Doelen en reikwijdte", "Goals and scope";
    Governance => "Sturing", "Governance";
    Staffing => "Bemensing", "Staffing";
    Phasing => "Fasering en planning", "Phasing and time planning";
});
