//! The plan: every answer of every section, as typed data. Closed choices are enums with an
//! `ALL` list; free text stays `String`; numbers are unit newtypes. No I/O, no language.

use super::collections::{VecMap, VecSet};
use super::json::{self, Json};
use super::units::{Amount, Count, Date, Hours, Weeks};
use serde::{Deserialize, Serialize};

/// A closed choice: what the wizard needs to offer it as options and read the answer back.
pub trait Closed: Copy + Eq + 'static {
    /// Every variant, in the order the wizard shows them.
    const ALL: &'static [Self];
    /// The variant's stable key (answers file, DOM ids, URLs).
    fn key(self) -> &'static str;
    /// The variant with this key.
    fn from_key(key: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|v| v.key() == key)
    }
}

/// Declares a closed choice: an enum with `ALL` (in display order) and a stable `key()` used
/// in the answers file, DOM ids and test selectors. The app reads and writes it through `Json`;
/// the serde derive (same names) is what the tests check that against.
macro_rules! closed_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident => $key:literal $(| $alias:literal)?),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        pub enum $name { $($(#[$vmeta])* #[serde(rename = $key $(, alias = $alias)?)] $variant),+ }

        impl Json for $name {
            fn read(v: &json::Value) -> Result<Self, json::At> {
                match &v.kind {
                    json::Kind::Str(key) => Self::from_key(key).ok_or(json::At(v.at)),
                    _ => Err(json::At(v.at)),
                }
            }
            fn write(&self, out: &mut String) {
                json::write_str(out, self.key());
            }
        }

        impl json::MapKey for $name {
            fn from_key_str(s: &str) -> Option<Self> {
                Self::from_key(s)
            }
            fn write_key(&self, out: &mut String) {
                json::write_str(out, self.key());
            }
        }

        impl Closed for $name {
            const ALL: &'static [$name] = $name::ALL;
            fn key(self) -> &'static str {
                $name::key(self)
            }
        }

        impl $name {
            /// Every variant, in the order the wizard shows them.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// A stable machine key: the name in the answers file, DOM ids and URLs alike.
            #[must_use]
            pub fn key(self) -> &'static str {
                match self { $($name::$variant => $key),+ }
            }

            /// The variant with this key (or the key an older file used for it).
            #[must_use]
            pub fn from_key(key: &str) -> Option<$name> {
                // A search of the key table, not a `match` on strings: one loop for every
                // enum instead of a comparison chain each (measured on the first load).
                $($(if key == $alias { return Some($name::$variant); })?)+
                $name::ALL.iter().copied().find(|v| v.key() == key)
            }
        }
    };
}

/// Writes a struct's fields as a JSON object, in the order given (the declaration order).
macro_rules! write_fields {
    // The separator is part of each key's literal, so a field costs one call and no state.
    ($self:ident, $out:ident; $key:literal => $field:ident $(, $rkey:literal => $rfield:ident)*) => {{
        json::put($out, concat!("{\"", $key, "\":"));
        Json::write(&$self.$field, $out);
        $(
        json::put($out, concat!(",\"", $rkey, "\":"));
        Json::write(&$self.$rfield, $out);
        )*
        $out.push('}');
    }};
}

/// Declares a section of the plan once: the struct, serde's derive (the oracle the tests hold
/// the app's reader against) and the app's own reader and writer for the answers file, so a
/// field cannot be written and never read. Reading starts from `Default`: unknown keys are
/// skipped, a missing key keeps the default, a listed alias reads an older file's name for the
/// field. `seq [...]` also accepts the section as a list in field order (version 1's phase
/// lengths).
macro_rules! section {
    (
        $(#[$meta:meta])*
        $ty:ident {
            $($(#[$fmeta:meta])* $key:literal $(| $alias:literal)? => $field:ident: $fty:ty),+ $(,)?
        }
        $(seq [$($seq_field:ident),+])?
    ) => {
        $(#[$meta])*
        #[derive(Serialize, Deserialize)]
        #[serde(default)]
        pub struct $ty {
            $($(#[$fmeta])* #[serde(rename = $key $(, alias = $alias)?)] pub $field: $fty,)+
        }

        impl Json for $ty {
            fn read(v: &json::Value) -> Result<Self, json::At> {
                let mut out = $ty::default();
                $(
                if let json::Kind::Array(items) = &v.kind {
                    let mut items = items.iter();
                    $(
                    if let Some(item) = items.next() {
                        out.$seq_field = Json::read(item)?;
                    }
                    )+
                    return Ok(out);
                }
                )?
                for (key, value) in json::members(v)? {
                    match key.as_str() {
                        $($key $(| $alias)? => out.$field = Json::read(value)?,)+
                        _ => {}
                    }
                }
                Ok(out)
            }

            fn write(&self, out: &mut String) {
                write_fields!(self, out; $($key => $field),+);
            }
        }
    };
}

/// The same for a record whose `required` fields must be present in a file (no `Default`).
macro_rules! record {
    (
        $(#[$meta:meta])*
        $ty:ident {
            required { $($(#[$rmeta:meta])* $rkey:literal => $rfield:ident: $rty:ty),+ $(,)? }
            $(optional { $($(#[$ometa:meta])* $okey:literal => $ofield:ident: $oty:ty),+ $(,)? })?
        }
    ) => {
        $(#[$meta])*
        #[derive(Serialize, Deserialize)]
        pub struct $ty {
            $($(#[$rmeta])* #[serde(rename = $rkey)] pub $rfield: $rty,)+
            $($($(#[$ometa])* #[serde(rename = $okey, default)] pub $ofield: $oty,)+)?
        }

        impl Json for $ty {
            fn read(v: &json::Value) -> Result<Self, json::At> {
                $(let mut $rfield = None;)+
                $($(let mut $ofield = Default::default();)+)?
                for (key, value) in json::members(v)? {
                    match key.as_str() {
                        $($rkey => $rfield = Some(Json::read(value)?),)+
                        $($($okey => $ofield = Json::read(value)?,)+)?
                        _ => {}
                    }
                }
                Ok($ty {
                    $($rfield: $rfield.ok_or(json::At(v.at))?,)+
                    $($($ofield,)+)?
                })
            }

            fn write(&self, out: &mut String) {
                write_fields!(self, out; $($rkey => $rfield),+ $($(, $okey => $ofield)+)?);
            }
        }
    };
}

closed_enum! {
    /// The part of Dutch care an organisation works in; it drives how strictly social media
    /// must be governed (special-category data, professional secrecy).
    Sector {
        ElderlyCare => "elderly_care",
        DisabilityCare => "disability_care",
        HomeCare => "home_care",
        Hospital => "hospital",
        MentalHealth => "mental_health",
        YouthCare => "youth_care",
        GpPractice => "gp_practice",
        Welfare => "welfare",
    }
}

closed_enum! {
    /// How strictly the sector's rules bind what staff may post.
    Regulation { Moderate => "moderate", High => "high", VeryHigh => "very_high" }
}

impl Sector {
    /// Medical-secrecy sectors (WGBO, Wet BIG, Jeugdwet) rank highest: a careless post can
    /// reveal a treatment relationship. Welfare handles less health data.
    #[must_use]
    pub fn regulation(self) -> Regulation {
        match self {
            Sector::Hospital | Sector::MentalHealth | Sector::YouthCare | Sector::GpPractice => {
                Regulation::VeryHigh
            }
            Sector::ElderlyCare | Sector::DisabilityCare | Sector::HomeCare => Regulation::High,
            Sector::Welfare => Regulation::Moderate,
        }
    }
}

closed_enum! {
    /// Staff size: the small bands of the Gezond Communiceren survey, and a band for the large
    /// organisations where several hubs become possible. Version 2's "more than 50" reads as
    /// 51 to 250, to be confirmed.
    SizeBand {
        UpTo20 => "up_to_20",
        From21To50 => "from_21_to_50",
        From51To250 => "from_51_to_250" | "over_50",
        Over250 => "over_250",
    }
}

closed_enum! {
    /// A social channel.
    Channel {
        Facebook => "facebook",
        Instagram => "instagram",
        LinkedIn => "linkedin",
        X => "x",
        YouTube => "youtube",
        TikTok => "tiktok",
        WhatsApp => "whatsapp",
    }
}

closed_enum! {
    /// How a channel is used today.
    Usage { NotUsed => "not_used", Occasional => "occasional", Regular => "regular", Daily => "daily" }
}

closed_enum! {
    /// Who does communication now.
    CommsTeam { Nobody => "nobody", PartTime => "part_time", Team => "team" }
}

section! {
    /// Section 1: the organisation.
    #[derive(Clone, Debug, Default, PartialEq, Eq)]
    Organisation {
        "name" => name: String,
        "sector" => sector: Option<Sector>,
        "size" => size: Option<SizeBand>,
        /// Version 1 files call this `locations_and_brands`.
        "locations" | "locations_and_brands" => locations: Count,
        "brands" => brands: Count,
        "channels" => channels: VecMap<Channel, Usage>,
        "comms_team" => comms_team: Option<CommsTeam>,
        /// Hours per week available for communication now.
        "comms_hours" => comms_hours: Hours,
    }
}

closed_enum! {
    /// A dimension of the maturity self-assessment.
    Dimension {
        StrategyGoals => "strategy_goals",
        OrganisationRoles => "organisation_roles",
        PolicyRules => "policy_rules",
        SkillsTraining => "skills_training",
        ListeningWebcare => "listening_webcare",
        Measurement => "measurement",
        ExecutiveSupport => "executive_support",
    }
}

closed_enum! {
    /// The five stages of the social engagement journey (Ant's Eye View, 2010).
    Stage {
        /// One-way, command-and-control communication.
        Traditional => "traditional",
        /// A few enthusiasts try things, unconnected and often outside the rules.
        Experimental => "experimental",
        /// A formal team with policy, training and measurement frameworks.
        Operational => "operational",
        /// Business results, broad executive support, listening is the norm.
        Measurable => "measurable",
        /// Engagement is part of the organisation's DNA.
        FullyEngaged => "fully_engaged",
    }
}

impl Stage {
    /// 1 to 5.
    #[must_use]
    pub fn number(self) -> u8 {
        match self {
            Stage::Traditional => 1,
            Stage::Experimental => 2,
            Stage::Operational => 3,
            Stage::Measurable => 4,
            Stage::FullyEngaged => 5,
        }
    }

    #[must_use]
    pub fn from_number(n: u8) -> Option<Stage> {
        Stage::ALL.iter().copied().find(|s| s.number() == n)
    }

    #[must_use]
    pub fn next(self) -> Option<Stage> {
        Stage::from_number(self.number() + 1)
    }
}

section! {
    /// Section 2: the self-assessment grid (which stage description fits each dimension) and the
    /// stage this plan aims for.
    #[derive(Clone, Debug, Default, PartialEq, Eq)]
    Maturity {
        "scores" => scores: VecMap<Dimension, Stage>,
        /// `None` means "the next stage", the default the wizard proposes.
        "target" => target: Option<Stage>,
    }
}

closed_enum! {
    /// What social media should do for the organisation.
    SocialGoal {
        Visibility => "visibility",
        ClientDialogue => "client_dialogue",
        InformalCarers => "informal_carers",
        Prevention => "prevention",
        Recruitment => "recruitment",
        EmployeeAdvocacy => "employee_advocacy",
        Reputation => "reputation",
        Fundraising => "fundraising",
    }
}

closed_enum! {
    /// The measurement ladder: exposure → engagement → influence → action; and beside it
    /// service, how well questions and complaints are handled (response times, webcare), which
    /// a care organisation measures as much as reach and which is no kind of engagement.
    KpiLevel { Exposure => "exposure", Engagement => "engagement", Influence => "influence", Action => "action", Service => "service" }
}

closed_enum! {
    /// Which way an indicator should move: more applications is better, fewer unanswered
    /// complaints is better. Most indicators count something to grow.
    #[derive(Default)]
    Direction { #[default] Higher => "higher", Lower => "lower" }
}

closed_enum! {
    /// How often an indicator is measured.
    Frequency { Weekly => "weekly", Monthly => "monthly", Quarterly => "quarterly" }
}

section! {
    /// One measurable indicator. Baseline and target are numbers in one unit, so progress can
    /// be computed; version 3 held them as free text (see `answers::upgrade_v3`).
    #[derive(Clone, Debug, Default, PartialEq, Eq)]
    Kpi {
        "id" => id: KpiId,
        "name" => name: String,
        /// The goal the indicator measures.
        "goal" => goal: Option<SocialGoal>,
        "level" => level: Option<KpiLevel>,
        /// What is counted ("sollicitaties", "%"), shown after baseline and target.
        "unit" => unit: String,
        "direction" => direction: Direction,
        /// Measured at the end of the listening phase.
        "baseline" => baseline: Option<Amount>,
        "target" => target: Option<Amount>,
        /// Where the figure comes from ("Meta Business Suite", "the applicant system").
        "source" => source: String,
        "frequency" => frequency: Option<Frequency>,
        "owner" => owner: String,
        /// What an older file said in words where a number is now asked.
        "note" => note: String,
    }
}

impl Kpi {
    /// How far an actual value has come from the baseline to the target, in whole percent
    /// (can pass 100 or fall below 0). `None` without a baseline and a target that differ.
    #[must_use]
    pub fn progress(&self, actual: Amount) -> Option<i64> {
        let base = i128::from(self.baseline?.hundredths());
        let target = i128::from(self.target?.hundredths());
        let actual = i128::from(actual.hundredths());
        let (span, done) = match self.direction {
            Direction::Higher => (target - base, actual - base),
            Direction::Lower => (base - target, base - actual),
        };
        if span <= 0 {
            return None;
        }
        i64::try_from(done * 100 / span).ok()
    }
}

section! {
    /// Section 3a: goals. Each chosen social goal carries the business goal it serves.
    #[derive(Clone, Debug, Default, PartialEq, Eq)]
    Goals {
        "goals" => goals: VecMap<SocialGoal, String>,
        "kpis" => kpis: Vec<Kpi>,
    }
}

closed_enum! {
    /// How much of the organisation this plan covers.
    ScopeLevel { Organisation => "organisation", Brand => "brand", Service => "service", PilotTeam => "pilot_team" }
}

closed_enum! {
    /// The people the organisation wants to reach.
    Audience {
        Clients => "clients",
        InformalCarers => "informal_carers",
        Professionals => "professionals",
        Candidates => "candidates",
        Employees => "employees",
        Volunteers => "volunteers",
        Community => "community",
    }
}

closed_enum! {
    /// What a channel does for an audience.
    ChannelRole { Inform => "inform", Dialogue => "dialogue", Recruit => "recruit", Service => "service", Community => "community" }
}

closed_enum! {
    /// How often the organisation posts.
    Rhythm { Daily => "daily", Weekly => "weekly", Fortnightly => "fortnightly", Monthly => "monthly" }
}

record! {
    /// One channel's role and rhythm for one audience.
    #[derive(Clone, Debug, PartialEq, Eq)]
    ChannelPlan {
        required {
            "channel" => channel: Channel,
            "role" => role: ChannelRole,
            "rhythm" => rhythm: Rhythm,
        }
    }
}

section! {
    /// Section 3b: scope, audiences and their channels.
    #[derive(Clone, Debug, Default, PartialEq, Eq)]
    Scope {
        "level" => level: Option<ScopeLevel>,
        "audiences" => audiences: VecMap<Audience, Vec<ChannelPlan>>,
    }
}

closed_enum! {
    /// The five Altimeter organisational models (Owyang, 2010).
    OrgModel {
        /// One department publishes for everyone.
        Centralised => "centralised",
        /// Efforts bubble up from the edges; nobody coordinates ("organic").
        Decentralised => "decentralised",
        /// A central hub enables and trains the units ("coordinated").
        HubAndSpoke => "hub_and_spoke",
        /// Several hubs for companies within the company ("multiple hub-and-spoke").
        Dandelion => "dandelion",
        /// Every employee is enabled and organised ("holistic").
        Honeycomb => "honeycomb",
    }
}

closed_enum! {
    /// How far the board trusts staff to speak for the organisation.
    Trust { Low => "low", Medium => "medium", High => "high" }
}

closed_enum! {
    /// How consent for photos and videos of clients is recorded today. The law asks for prior,
    /// explicit consent in writing that can be shown and withdrawn (AVG art. 9).
    ConsentPractice {
        /// Nothing is arranged.
        NoneYet => "none",
        /// Asked in passing, not recorded.
        Informal => "informal",
        /// A signed form per photo or video.
        Written => "written",
        /// A register of who consented to what, which can be withdrawn.
        Register => "register",
    }
}

impl ConsentPractice {
    /// Whether this practice meets the legal requirement: prior consent, recorded in writing.
    #[must_use]
    pub fn meets_requirement(self) -> bool {
        matches!(self, ConsentPractice::Written | ConsentPractice::Register)
    }
}

closed_enum! {
    /// Clients who may appear in posts, by who gives consent for them.
    ConsentGroup {
        /// Adults who consent themselves.
        Adults => "adults",
        /// Adults who cannot consent (advanced dementia, severe intellectual disability): their
        /// legal representative does.
        Represented => "represented",
        /// Children under 16: a parent or guardian consents (UAVG art. 5).
        Under16 => "under_16",
        /// Young people of 16 and 17, who consent themselves.
        From16To17 => "from_16_to_17",
    }
}

closed_enum! {
    /// An answer an older file gave in a form this version asks differently: shown until the
    /// user has looked at it again.
    Confirm {
        /// "More than 50 staff" became "51 to 250" or "more than 250".
        Size => "size",
        /// Several accountable roles for one task became one accountable role.
        Tasks => "tasks",
        /// Baselines and targets in words became numbers with a unit.
        Kpis => "kpis",
    }
}

closed_enum! {
    /// Who may speak for the organisation.
    Spokespeople { CommsOnly => "comms_only", TrainedStaff => "trained_staff", AllStaff => "all_staff" }
}

closed_enum! {
    /// When a post is checked.
    Approval { Always => "always", SensitiveOnly => "sensitive_only", AfterwardsOnly => "afterwards_only" }
}

closed_enum! {
    /// The promised response time to questions and comments.
    ResponseTime { OneHour => "one_hour", SameDay => "same_day", NextWorkday => "next_workday" }
}

section! {
    /// Section 4: governance. The recommender's inputs, the model chosen, and the rules.
    #[derive(Clone, Debug, Default, PartialEq, Eq)]
    Governance {
        "trust" => trust: Option<Trust>,
        /// Version 1 files call this `model`.
        "chosen" | "model" => chosen: Option<OrgModel>,
        /// Why the user chose another model than the recommended one.
        "choice_reason" => choice_reason: String,
        "spokespeople" => spokespeople: Option<Spokespeople>,
        "approval" => approval: Option<Approval>,
        "response_time" => response_time: Option<ResponseTime>,
        /// Who is called when negative publicity escalates.
        "escalation_contact" => escalation_contact: String,
        /// How consent for photos of clients is recorded (version 2: a yes/no for "in writing").
        "consent" => consent: Option<ConsentPractice>,
        /// Which clients may appear in posts.
        "consent_groups" => consent_groups: VecSet<ConsentGroup>,
        "private_disclaimer" => private_disclaimer: bool,
        "crisis_in_general_plan" => crisis_in_general_plan: bool,
    }
}

closed_enum! {
    /// A role in the rollout team.
    RoleKind {
        Sponsor => "sponsor",
        ProjectLead => "project_lead",
        Coordinator => "coordinator",
        HubTeam => "hub_team",
        Ambassador => "ambassador",
        Communication => "communication",
        Hr => "hr",
        PrivacyOfficer => "privacy_officer",
        Webcare => "webcare",
    }
}

closed_enum! {
    /// The discipline a role brings, for the "one-discipline team" check.
    Discipline { Board => "board", Management => "management", Communication => "communication", Care => "care", Hr => "hr", Legal => "legal" }
}

impl Role {
    /// The discipline the role brings: as chosen, or what the role suggests.
    #[must_use]
    pub fn discipline(&self) -> Discipline {
        self.discipline.unwrap_or_else(|| self.kind.discipline())
    }
}

impl RoleKind {
    /// The discipline a role usually brings, the default for a role in the team.
    #[must_use]
    pub fn discipline(self) -> Discipline {
        match self {
            RoleKind::Sponsor => Discipline::Board,
            RoleKind::ProjectLead => Discipline::Management,
            RoleKind::Coordinator | RoleKind::Communication | RoleKind::Webcare => {
                Discipline::Communication
            }
            RoleKind::HubTeam | RoleKind::Ambassador => Discipline::Care,
            RoleKind::Hr => Discipline::Hr,
            RoleKind::PrivacyOfficer => Discipline::Legal,
        }
    }
}

/// Declares the id of one kind of item in a list (a role, an indicator, a milestone): a number
/// that stays with the item while others are added, moved or removed, so answers, half-typed
/// drafts and calendar events keep pointing at the right one.
macro_rules! item_id {
    ($(#[$meta:meta])* $name:ident) => {
        $(#[$meta])*
        #[derive(
            Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
        )]
        #[serde(transparent)]
        pub struct $name(pub u32);

        impl Json for $name {
            fn read(v: &json::Value) -> Result<Self, json::At> {
                u32::read(v).map($name)
            }
            fn write(&self, out: &mut String) {
                self.0.write(out);
            }
        }
    };
}

item_id!(
    /// Identifies a role within one plan; RACI cells point at it so renaming a role keeps them.
    RoleId
);
item_id!(
    /// Identifies an indicator within one plan.
    KpiId
);
item_id!(
    /// Identifies a milestone within one plan; its calendar event is named after it.
    MilestoneId
);

/// The id a new item gets: one past the highest in use, so an id is never reused while
/// something might still point at it.
fn next_id(ids: impl Iterator<Item = u32>) -> u32 {
    ids.max().map_or(1, |m| m.saturating_add(1))
}

/// Gives every item without an id (files from before ids existed) or with one already taken
/// (a hand-edited file) a fresh one, keeping the ids that are fine.
fn renumber<T>(items: &mut [T], id: impl Fn(&mut T) -> &mut u32) {
    let mut seen: Vec<u32> = Vec::with_capacity(items.len());
    let mut next = next_id(items.iter_mut().map(|i| *id(i)));
    for item in items.iter_mut() {
        let current = id(item);
        if *current == 0 || seen.contains(current) {
            *current = next;
            next = next.saturating_add(1);
        }
        seen.push(*current);
    }
}

/// As an object key (an evaluation's actual values) an indicator id is written as a role id is.
impl json::MapKey for KpiId {
    fn from_key_str(s: &str) -> Option<Self> {
        RoleId::from_key_str(s).map(|r| KpiId(r.0))
    }
    fn write_key(&self, out: &mut String) {
        RoleId(self.0).write_key(out);
    }
}

/// As an object key (the RACI rows) a role id is written as its number in quotes.
impl json::MapKey for RoleId {
    /// A JSON number in quotes: digits only, no sign, no leading zero (as serde_json reads
    /// it; Rust's `parse` would also take "+1" and "01").
    fn from_key_str(s: &str) -> Option<Self> {
        let plain = !s.is_empty()
            && s.bytes().all(|b| b.is_ascii_digit())
            && (s.len() == 1 || !s.starts_with('0'));
        if plain {
            s.parse().ok().map(RoleId)
        } else {
            None
        }
    }
    fn write_key(&self, out: &mut String) {
        out.push('"');
        out.push_str(&self.0.to_string());
        out.push('"');
    }
}

record! {
    /// One role in the team.
    #[derive(Clone, Debug, PartialEq, Eq)]
    Role {
        required {
            "id" => id: RoleId,
            "kind" => kind: RoleKind,
        }
        optional {
            /// Names or a description of who fills it ("Anna de Vries", "2 wijkverpleegkundigen").
            "people" => people: String,
            "headcount" => headcount: Count,
            /// Hours per week per person.
            "hours" => hours: Hours,
            /// The discipline of the people who fill it, when it differs from what the role
            /// suggests (a district nurse acting as editor brings care, not communication).
            "discipline" => discipline: Option<Discipline>,
        }
    }
}

closed_enum! {
    /// A recurring activity in the RACI grid.
    Activity { Publish => "publish", Respond => "respond", Escalate => "escalate", Approve => "approve", Report => "report", Train => "train" }
}

closed_enum! {
    /// Responsible, Accountable, Consulted, Informed.
    Raci { R => "r", A => "a", C => "c", I => "i" }
}

closed_enum! {
    /// A module of the staff training path.
    TrainingModule {
        Basics => "basics",
        PolicyPrivacy => "policy_privacy",
        Webcare => "webcare",
        Content => "content",
        Measurement => "measurement",
        Ambassadors => "ambassadors",
    }
}

section! {
    /// Who does one recurring activity: one role is accountable (A); any roles are responsible
    /// (R), consulted (C) or informed (I). One role may be both A and R: in a small team the
    /// one who answers for it also does it.
    #[derive(Clone, Debug, Default, PartialEq, Eq)]
    Task {
        "accountable" => accountable: Option<RoleId>,
        "responsible" => responsible: VecSet<RoleId>,
        "consulted" => consulted: VecSet<RoleId>,
        "informed" => informed: VecSet<RoleId>,
    }
}

impl Task {
    /// Whether a role holds this letter for the task.
    #[must_use]
    pub fn has(&self, role: RoleId, letter: Raci) -> bool {
        match letter {
            Raci::A => self.accountable == Some(role),
            Raci::R => self.responsible.contains(&role),
            Raci::C => self.consulted.contains(&role),
            Raci::I => self.informed.contains(&role),
        }
    }

    /// The letters a role holds, in R, A, C, I order ("A/R").
    #[must_use]
    pub fn letters(&self, role: RoleId) -> Vec<Raci> {
        [Raci::R, Raci::A, Raci::C, Raci::I]
            .into_iter()
            .filter(|l| self.has(role, *l))
            .collect()
    }

    /// Who does it: the responsible roles, or the accountable one when nobody else is named
    /// (in a small team the one who answers for a task also does it).
    #[must_use]
    pub fn doers(&self) -> Vec<RoleId> {
        if self.responsible.is_empty() {
            self.accountable.into_iter().collect()
        } else {
            self.responsible.iter().copied().collect()
        }
    }

    /// Forgets a role that left the team.
    pub fn remove_role(&mut self, role: RoleId) {
        if self.accountable == Some(role) {
            self.accountable = None;
        }
        self.responsible.remove(&role);
        self.consulted.remove(&role);
        self.informed.remove(&role);
    }
}

section! {
    /// Section 5: staffing.
    #[derive(Clone, Debug, Default, PartialEq, Eq)]
    Staffing {
        "roles" => roles: Vec<Role>,
        /// Who does what, per recurring activity (version 2 kept one letter per role in `raci`).
        "tasks" => tasks: VecMap<Activity, Task>,
        "training" => training: VecSet<TrainingModule>,
        "ambassadors" => ambassadors: Count,
        /// The average number of contacts an ambassador has on social media.
        "network_size" => network_size: Count,
    }
}

impl Staffing {
    #[must_use]
    pub fn role(&self, id: RoleId) -> Option<&Role> {
        self.roles.iter().find(|r| r.id == id)
    }

    /// The id a newly added role gets: one past the highest in use, so ids are never reused
    /// while RACI cells might still point at them.
    #[must_use]
    pub fn next_role_id(&self) -> RoleId {
        RoleId(next_id(self.roles.iter().map(|r| r.id.0)))
    }
}

closed_enum! {
    /// The phases of the rollout, in order.
    PhaseKind {
        /// Inventory of accounts, stakeholders and goals.
        Identify => "identify",
        /// Listening: the baseline (nulmeting) of what is said and by whom.
        Monitor => "monitor",
        /// Strategy, model, rules and plan; board approval.
        Define => "define",
        /// A pilot team goes live.
        Pilot => "pilot",
        /// The rollout to the whole scope.
        Rollout => "rollout",
        /// Evaluate and adjust.
        Evaluate => "evaluate",
    }
}

/// A phase's length and how much it may start before the previous phase ends.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "PhaseSpecRepr")]
pub struct PhaseSpec {
    pub weeks: Weeks,
    /// Weeks of overlap with the previous phase (listening goes on while defining, say).
    pub overlap: Weeks,
}

/// A phase is `{"weeks": 4, "overlap": 0}`, or in a version 1 file a bare number of weeks
/// (serde's side of this; the app reads it in `Json for PhaseSpec`).
#[derive(Deserialize)]
#[serde(untagged)]
enum PhaseSpecRepr {
    Weeks(Weeks),
    Fields {
        #[serde(default)]
        weeks: Weeks,
        #[serde(default)]
        overlap: Weeks,
    },
}

impl From<PhaseSpecRepr> for PhaseSpec {
    fn from(repr: PhaseSpecRepr) -> Self {
        match repr {
            PhaseSpecRepr::Weeks(weeks) => PhaseSpec {
                weeks,
                overlap: Weeks(0),
            },
            PhaseSpecRepr::Fields { weeks, overlap } => PhaseSpec { weeks, overlap },
        }
    }
}

impl Json for PhaseSpec {
    fn read(v: &json::Value) -> Result<Self, json::At> {
        if let json::Kind::Number { .. } = v.kind {
            return Weeks::read(v).map(|weeks| PhaseSpec {
                weeks,
                overlap: Weeks(0),
            });
        }
        let mut out = PhaseSpec::default();
        for (key, value) in json::members(v)? {
            match key.as_str() {
                "weeks" => out.weeks = Weeks::read(value)?,
                "overlap" => out.overlap = Weeks::read(value)?,
                _ => {}
            }
        }
        Ok(out)
    }
    fn write(&self, out: &mut String) {
        out.push_str("{\"weeks\":");
        self.weeks.write(out);
        out.push_str(",\"overlap\":");
        self.overlap.write(out);
        out.push('}');
    }
}

section! {
    /// The length of every phase: one field per phase, so no phase can be missing or doubled.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    Phases {
        "identify" => identify: PhaseSpec,
        "monitor" => monitor: PhaseSpec,
        "define" => define: PhaseSpec,
        "pilot" => pilot: PhaseSpec,
        "rollout" => rollout: PhaseSpec,
        "evaluate" => evaluate: PhaseSpec,
    }
    seq [identify, monitor, define, pilot, rollout, evaluate]
}

impl Default for Phases {
    /// A realistic default: Dell listened for nine months, but four to eight weeks of
    /// listening is what a care organisation can afford before it defines its plan.
    fn default() -> Self {
        let spec = |w| PhaseSpec {
            weeks: Weeks(w),
            overlap: Weeks(0),
        };
        Phases {
            identify: spec(4),
            monitor: spec(6),
            define: spec(6),
            pilot: spec(8),
            rollout: spec(12),
            evaluate: spec(4),
        }
    }
}

impl Phases {
    #[must_use]
    pub fn get(&self, kind: PhaseKind) -> PhaseSpec {
        match kind {
            PhaseKind::Identify => self.identify,
            PhaseKind::Monitor => self.monitor,
            PhaseKind::Define => self.define,
            PhaseKind::Pilot => self.pilot,
            PhaseKind::Rollout => self.rollout,
            PhaseKind::Evaluate => self.evaluate,
        }
    }

    pub fn get_mut(&mut self, kind: PhaseKind) -> &mut PhaseSpec {
        match kind {
            PhaseKind::Identify => &mut self.identify,
            PhaseKind::Monitor => &mut self.monitor,
            PhaseKind::Define => &mut self.define,
            PhaseKind::Pilot => &mut self.pilot,
            PhaseKind::Rollout => &mut self.rollout,
            PhaseKind::Evaluate => &mut self.evaluate,
        }
    }
}

closed_enum! {
    /// How often the plan is evaluated after the first evaluation.
    Cadence { Monthly => "monthly", Quarterly => "quarterly", HalfYearly => "half_yearly", Yearly => "yearly" }
}

impl Cadence {
    #[must_use]
    pub fn months(self) -> u32 {
        match self {
            Cadence::Monthly => 1,
            Cadence::Quarterly => 3,
            Cadence::HalfYearly => 6,
            Cadence::Yearly => 12,
        }
    }
}

section! {
    /// A milestone the user adds to the computed ones. It has no date until one is entered.
    #[derive(Clone, Debug, Default, PartialEq, Eq)]
    Milestone {
        "id" => id: MilestoneId,
        "title" => title: String,
        "date" => date: Option<Date>,
    }
}

section! {
    /// Section 6: phasing and time planning.
    #[derive(Clone, Debug, PartialEq, Eq)]
    Phasing {
        "start" => start: Option<Date>,
        /// Version 1 files have `phase_weeks`: the six lengths as a list of numbers.
        "phases" | "phase_weeks" => phases: Phases,
        /// Who runs the pilot: a team, department or location, in the user's words.
        "pilot_group" => pilot_group: String,
        /// Weeks from go-live (the pilot's start) to the first evaluation; `None` = none planned.
        "first_evaluation" => first_evaluation: Option<Weeks>,
        "cadence" => cadence: Cadence,
        /// How many evaluation moments follow the first one.
        "follow_ups" => follow_ups: u8,
        "milestones" => milestones: Vec<Milestone>,
    }
}

impl Default for Phasing {
    fn default() -> Self {
        Phasing {
            start: None,
            phases: Phases::default(),
            pilot_group: String::new(),
            first_evaluation: Some(Weeks(12)),
            cadence: Cadence::Quarterly,
            follow_ups: 3,
            milestones: Vec::new(),
        }
    }
}

closed_enum! {
    /// How a planned action went by an evaluation moment.
    ActionStatus { Planned => "planned", InProgress => "in_progress", Done => "done", Dropped => "dropped" }
}

section! {
    /// One evaluation moment as recorded: the self-assessment scored again, the indicators'
    /// actual values, how each planned action went and what happened. The first evaluation is
    /// held against the plan's own self-assessment, each later one against the one before.
    #[derive(Clone, Debug, Default, PartialEq, Eq)]
    Evaluation {
        "date" => date: Option<Date>,
        "scores" => scores: VecMap<Dimension, Stage>,
        "actuals" => actuals: VecMap<KpiId, Amount>,
        "actions" => actions: VecMap<super::maturity::GrowthAction, ActionStatus>,
        /// Incidents and webcare cases since the moment before, in the team's words.
        "incidents" => incidents: String,
        /// Finished: it counts as the state the next evaluation is held against.
        "closed" => closed: bool,
    }
}

section! {
    /// The assumptions behind the cost estimate. A missing value uses the default the
    /// estimate shows (see `budget`); a value entered, zero included, replaces it.
    #[derive(Clone, Debug, Default, PartialEq, Eq)]
    Budget {
        /// Integral cost per hour in euros, per role kind.
        "rates" => rates: VecMap<RoleKind, Count>,
        /// Euros per person trained.
        "training_per_person" => training_per_person: Option<Count>,
        /// Euros per year.
        "monitoring_tool" => monitoring_tool: Option<Count>,
        /// Euros per year.
        "scheduling_tool" => scheduling_tool: Option<Count>,
        /// Euros per year of paid promotion (for recruitment).
        "promotion" => promotion: Option<Count>,
    }
}

section! {
    /// The whole plan.
    #[derive(Clone, Debug, Default, PartialEq, Eq)]
    Plan {
        /// A random id, given when the first answer is entered: calendar events are named
        /// after it, so two plans in one calendar never collide.
        "id" => id: String,
        /// Answers an older file gave that this version asks differently, to look at again.
        "to_confirm" => to_confirm: VecSet<Confirm>,
        "organisation" => organisation: Organisation,
        "maturity" => maturity: Maturity,
        "goals" => goals: Goals,
        "scope" => scope: Scope,
        "governance" => governance: Governance,
        "staffing" => staffing: Staffing,
        "phasing" => phasing: Phasing,
        "budget" => budget: Budget,
        /// The evaluation moments so far, oldest first; the last may still be open.
        "evaluations" => evaluations: Vec<Evaluation>,
    }
}

impl Goals {
    #[must_use]
    pub fn kpi(&self, id: KpiId) -> Option<&Kpi> {
        self.kpis.iter().find(|k| k.id == id)
    }

    pub fn kpi_mut(&mut self, id: KpiId) -> Option<&mut Kpi> {
        self.kpis.iter_mut().find(|k| k.id == id)
    }

    #[must_use]
    pub fn next_kpi_id(&self) -> KpiId {
        KpiId(next_id(self.kpis.iter().map(|k| k.id.0)))
    }
}

impl Phasing {
    #[must_use]
    pub fn milestone(&self, id: MilestoneId) -> Option<&Milestone> {
        self.milestones.iter().find(|m| m.id == id)
    }

    pub fn milestone_mut(&mut self, id: MilestoneId) -> Option<&mut Milestone> {
        self.milestones.iter_mut().find(|m| m.id == id)
    }

    #[must_use]
    pub fn next_milestone_id(&self) -> MilestoneId {
        MilestoneId(next_id(self.milestones.iter().map(|m| m.id.0)))
    }
}

impl Plan {
    /// Brings a plan read from a file into shape: every indicator and milestone gets an id of
    /// its own (files from before ids existed have none).
    pub fn normalise(&mut self) {
        renumber(&mut self.goals.kpis, |k| &mut k.id.0);
        renumber(&mut self.phasing.milestones, |m| &mut m.id.0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_runs_from_baseline_to_target_either_way() {
        let amount = |s: &str| s.parse::<Amount>().ok();
        let applications = Kpi {
            baseline: amount("4"),
            target: amount("12"),
            ..Kpi::default()
        };
        let progress = |k: &Kpi, actual: &str| amount(actual).and_then(|a| k.progress(a));
        assert_eq!(progress(&applications, "4"), Some(0));
        assert_eq!(progress(&applications, "8"), Some(50));
        assert_eq!(progress(&applications, "14"), Some(125));
        assert_eq!(progress(&applications, "2"), Some(-25));
        // Fewer unanswered complaints is better: from 20 % down to 5 %.
        let unanswered = Kpi {
            baseline: amount("20"),
            target: amount("5"),
            direction: Direction::Lower,
            ..Kpi::default()
        };
        assert_eq!(progress(&unanswered, "12,5"), Some(50));
        // Without a baseline, or a target the wrong way round, there is nothing to compute.
        let open = Kpi {
            target: amount("12"),
            ..Kpi::default()
        };
        assert_eq!(progress(&open, "8"), None);
        let backwards = Kpi {
            direction: Direction::Lower,
            ..applications
        };
        assert_eq!(progress(&backwards, "8"), None);
    }

    #[test]
    fn role_ids_as_keys_are_plain_numbers() {
        use json::MapKey;
        assert_eq!(RoleId::from_key_str("12"), Some(RoleId(12)));
        assert_eq!(RoleId::from_key_str("0"), Some(RoleId(0)));
        for bad in ["+1", "01", "-1", "", "1.0", " 1", "4294967296"] {
            assert_eq!(RoleId::from_key_str(bad), None, "{bad}");
        }
    }

    #[test]
    fn serde_names_are_the_keys() {
        for s in SizeBand::ALL {
            assert_eq!(
                serde_json::to_string(s).unwrap(),
                format!("\"{}\"", s.key())
            );
            assert_eq!(SizeBand::from_key(s.key()), Some(*s));
        }
        for r in RoleKind::ALL {
            assert_eq!(
                serde_json::to_string(r).unwrap(),
                format!("\"{}\"", r.key())
            );
        }
    }
}
