//! The wizard's whole state and its one pure `update`: everything the user can see (answers,
//! place, drafts, problems shown, notices, dialogs, previews, workshop mode, language) is in the
//! `Model`, and `update` returns the effects the browser is to run (save, address, focus,
//! downloads). Typed text is kept as typed until it parses (a draft), so a half-typed number is
//! never lost and never silently becomes zero.

use super::layout::{self, Problem};
use super::questions::{Add, Item, Part};
use super::questions::{Answer, Kind, Q};
use super::route::{Route, Screen};
use crate::domain::{
    read_document, sort_small_by_key, to_compact_json, to_json, Activity, Audience, Channel,
    ChannelPlan, ChannelRole, Dimension, ImportError, Kpi, Milestone, Plan, Raci, Rhythm, RoleId,
    Section, Sector, ShareError, Stage, VecMap, VecSet, MAX_ITEMS,
};
use crate::i18n::Lang;

/// A change to the answers, named for what changes, not for the widget that fired it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Edit {
    /// Typed text: free text, a number, hours or a date (parsed by the question's kind).
    Type(Q, String),
    /// One option of a choice, by its key.
    Choose(Q, String),
    /// One option of a multiple choice, on or off.
    Check(Q, String, bool),
    /// A yes/no question.
    Flag(Q, bool),
    Add(Add),
    Remove(Item),
    AudienceChannel(Audience, Channel, bool),
    AudienceChannelRole(Audience, Channel, ChannelRole),
    AudienceChannelRhythm(Audience, Channel, Rhythm),
    /// The role accountable for an activity, or none.
    Accountable(Activity, Option<RoleId>),
    /// A role responsible for (doing), consulted on or informed of an activity, on or off.
    Task(Activity, Raci, RoleId, bool),
}

/// A document the documents module makes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Html,
    Docx,
    Markdown,
    Ics,
    /// The progress report of the last evaluation ("Voortgangsrapportage").
    ReportHtml,
    ReportDocx,
    ReportMarkdown,
}

impl Format {
    pub const ALL: [Format; 4] = [Format::Html, Format::Docx, Format::Markdown, Format::Ics];

    /// The name the documents module knows the format by.
    #[must_use]
    pub fn key(self) -> &'static str {
        match self {
            Format::Html => "html",
            Format::Docx => "docx",
            Format::Markdown => "markdown",
            Format::Ics => "ics",
            Format::ReportHtml => "report-html",
            Format::ReportDocx => "report-docx",
            Format::ReportMarkdown => "report-markdown",
        }
    }

    /// The same document in a form a browser tab shows rather than downloads.
    #[must_use]
    pub fn viewable(self) -> Format {
        match self {
            Format::Docx => Format::Html,
            Format::ReportDocx => Format::ReportHtml,
            other => other,
        }
    }

    /// The type a tab is told a viewable document has: a web page, or text to read or copy.
    #[must_use]
    pub fn shown_as(self) -> &'static str {
        match self.viewable() {
            Format::Html | Format::ReportHtml => "text/html;charset=utf-8",
            _ => "text/plain;charset=utf-8",
        }
    }
}

/// Everything the user can do, and what the browser reports back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Go to a place (task list link, overview).
    Go(Route),
    /// The browser moved back or forward to a place (it already shows it in the address).
    Popped(Route),
    /// Continue: refused, with the screen's problems shown, while the screen has problems.
    Next,
    /// The in-page back link.
    Back,
    /// "Change" on check-your-answers: edit, then return there. With the key of the row's first
    /// question, which gets the focus: on a long screen the answer may be far below the heading.
    Change(Screen, Option<String>),
    SetLang(Lang),
    Edit(Edit),
    /// An answers file or a share link's answers were read: ask before replacing anything.
    Opened {
        bytes: Vec<u8>,
        from_link: bool,
    },
    /// A share link in the address could not be opened.
    LinkFailed(ShareError),
    /// Move focus (the skip link, a link in the error summary).
    Focus(Focus),
    /// A file chosen to load is larger than any answers file.
    FileTooLarge(usize),
    /// Start from the example answers of a sector (loaded from the documents module, then
    /// offered like a file: with a preview and a question before anything is replaced).
    OpenExample(Sector),
    ConfirmLoad,
    CancelLoad,
    AskForget,
    CancelForget,
    /// Forget every answer (after the user confirmed).
    ConfirmForget,
    DismissNotice,
    ToggleWorkshop,
    ToggleHelp,
    CloseHelp,
    Fullscreen,
    /// The plan screen's comparison of the five models, opened or closed.
    ShowModels(bool),
    /// Ask the documents module for the plan screen's document again, after it failed.
    RetryDocument,
    /// Show or hide who is consulted and informed on the task screen.
    ShowConsulted(bool),
    Download(Format),
    /// The progress report of one finished evaluation, by its place in the history, as Word
    /// or as the printable web page (another format is refused).
    DownloadReport(usize, Format),
    DownloadAnswers,
    DownloadCorrupt,
    Print,
    MakeShareLink,
    /// The documents module answered: the rendered part of this page for this plan (the plan
    /// document, or a screen's judgement), or nothing if it could not load.
    Rendered {
        route: Route,
        plan: Box<Plan>,
        lang: Lang,
        markup: Option<String>,
    },
    /// The documents module made a share link (`None`: it could not load).
    ShareLinkMade(Option<String>),
    /// The documents module could not load, for a download or a link.
    DocumentsUnavailable,
    /// A sector's example could not load.
    ExampleFailed,
    /// The English copy could not load: the wizard stays in Dutch.
    EnglishUnavailable,
    /// The facilitator opens scoring together (a new workshop id), or closes it: with votes
    /// in, closing asks first (`GroupCloseConfirm`), as it throws them away.
    GroupOpen,
    GroupClose,
    GroupCloseConfirm(bool),
    /// Codes pasted or typed by the facilitator, one or more, separated by spaces or lines.
    GroupCodes(String),
    /// A vote counted by hand on the projector.
    GroupBump(Dimension, Stage, bool),
    /// Take the group's median as the organisation's score for a dimension.
    GroupAdopt(Dimension),
    /// The QR code came back from the documents module (`None`: it could not load).
    GroupQr(Option<String>),
    /// A participant's score on the score-only page.
    OwnScore(Dimension, Option<Stage>),
    /// A participant asks for their code.
    OwnCode,
    /// A participant copies their code, to paste it into a chat or a mail.
    CopyOwnCode,
    /// Copies the share link, which is too long to select by hand on a phone.
    CopyShareLink,
    /// The browser copied it (`true`) or refused (no clipboard, or no permission).
    Copied(bool),
    /// Start (or go on with) an evaluation moment, dated today.
    Evaluate(crate::domain::Date),
    /// Finish the open evaluation: it is what the next one is held against.
    CloseEvaluation,
    /// A sector's example arrived: offered like a file, with its own words.
    ExampleArrived(Vec<u8>),
    /// The autosave was written (`true`) or refused (`false`: storage full or forbidden).
    Saved(bool),
    /// The autosave was written, but storage has no room left for it to grow much (the
    /// evaluations add up): time to warn, while nothing is lost yet.
    StorageLow,
    /// Open the last download in a new tab instead: for a browser or host page that blocks
    /// downloads.
    OpenInTab,
    /// The browser refused the new tab as well.
    TabBlocked,
    /// Another tab wrote these answers under our key.
    OtherTab(String),
    /// The visitor chose where to keep the answers (asked by the page's `ask` mode).
    Keep(Keep),
    /// Forget the kept answers once the plan has been downloaded, or not.
    ForgetAfterDownload(bool),
    /// The page came back from the browser's back-forward cache, and this is what storage
    /// holds now: the latest answers saved in this browser, perhaps by another tab meanwhile.
    Restored(String),
}

/// What `update` asks the browser to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Effect {
    /// Write the autosave record (the answers document plus the interface language).
    Save(String),
    /// Remove the autosave record: nothing worth keeping.
    ClearSaved,
    /// Show this place in the address bar (a new history entry unless `replace`) and title.
    Address {
        route: Route,
        replace: bool,
    },
    Focus(Focus),
    /// Have the documents module render what this page shows of it: the plan screen's
    /// document, or a question screen's judgement (findings, advice, the profile).
    Render(Route, Box<Plan>, Lang),
    Download(Format, Box<Plan>, Lang),
    /// The progress report of the evaluation at this place in the history, in this format.
    DownloadReport(usize, Format, Box<Plan>, Lang),
    /// Show a download in a new tab, as something a browser displays (a Word file as the web
    /// page, the answers as text); `Action::TabBlocked` if the browser refuses.
    OpenInTab(Downloaded, Box<Plan>, Lang),
    /// A file whose contents the wizard made itself.
    SaveFile {
        name: String,
        mime: &'static str,
        body: String,
    },
    Print(Box<Plan>, Lang),
    MakeShareLink(Box<Plan>),
    /// Keep the workshop session for this tab (`Group::record`), or forget it (`None`), so a
    /// reload of the projector's page loses no votes.
    KeepGroup(Option<String>),
    /// Keep a participant's choices for this tab (`own_record`), so a phone that reloads the
    /// page (locked, or the tab put to sleep) loses none.
    KeepOwn(String),
    /// Put this text on the clipboard; `Action::Copied` says whether it worked.
    Copy(String),
    /// Have the documents module draw the QR code of a workshop's score-only link.
    MakeQr(crate::domain::group::WorkshopId),
    /// Fetch a sector's example answers; they come back as `Action::Opened`.
    LoadExample(Sector),
    /// Tell the host page (see `HostEvent`).
    Emit(HostEvent),
    /// Take the share link's answers out of the address bar: a link is no place to keep them.
    ClearShareLink,
    Fullscreen,
}

/// What the host page is told (as `koers:*` events on the wizard's element): where the visitor
/// is and what they did, never what they answered. Every field is a closed set or a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HostEvent {
    /// A question screen: its section, its key and its place in the journey (1-based).
    Step {
        section: Section,
        screen: Screen,
        position: u8,
        total: u8,
    },
    /// Check-your-answers.
    Review,
    /// The plan screen, with every section complete.
    Complete,
    /// A document was asked for: a format key, "answers" or "print".
    Download(&'static str),
    /// Something went wrong that the visitor was told about.
    Error(ErrorKind),
}

impl HostEvent {
    /// The event's name on the host page.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            HostEvent::Step { .. } => "koers:step",
            HostEvent::Review => "koers:review",
            HostEvent::Complete => "koers:complete",
            HostEvent::Download(_) => "koers:download",
            HostEvent::Error(_) => "koers:error",
        }
    }

    /// The event's detail as a JSON object. Every value is a key from a closed set or a
    /// number, so nothing needs escaping and nothing the visitor typed can be in it.
    #[must_use]
    pub fn detail(self) -> String {
        match self {
            HostEvent::Step {
                section,
                screen,
                position,
                total,
            } => [
                r#"{"section":""#,
                section.key(),
                r#"","screen":""#,
                screen.key(),
                r#"","position":"#,
                &position.to_string(),
                r#","total":"#,
                &total.to_string(),
                "}",
            ]
            .concat(),
            HostEvent::Review | HostEvent::Complete => "{}".to_string(),
            HostEvent::Download(format) => [r#"{"format":""#, format, r#""}"#].concat(),
            HostEvent::Error(kind) => [r#"{"kind":""#, kind.key(), r#""}"#].concat(),
        }
    }
}

/// The kinds of trouble a host may want to count, without the details.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// Storage forbidden or full.
    Storage,
    /// An answers file or a share link that could not be read.
    Import,
    /// The documents module did not load.
    Documents,
}

impl ErrorKind {
    #[must_use]
    pub fn key(self) -> &'static str {
        match self {
            ErrorKind::Storage => "storage",
            ErrorKind::Import => "import",
            ErrorKind::Documents => "documents",
        }
    }
}

/// Where focus goes after a render.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Focus {
    /// The step heading, after every change of place.
    Heading,
    ErrorSummary,
    /// The block workshop mode moved to.
    Part,
    /// A question's control, from the error summary.
    Question(Q),
    /// A field of a rich view (the RACI grid, an audience's channels): what a Change button on
    /// check-your-answers names for such a row.
    Field(super::RichField),
    /// The question before answers are replaced: it may open far from where the visitor is.
    LoadConfirm,
    /// The box for participants' codes, once scoring together is open.
    GroupCodes,
    /// After codes are added: the refused ones, if any; else the count, brought into view
    /// with the focus left in the codes box.
    GroupResult,
    /// The question whether to throw the votes away.
    GroupClosing,
    /// A participant's choice for a dimension, not made yet when the code was asked for.
    Own(Dimension),
    /// The share link, made as the way round a blocked download: on a phone it may be screens
    /// away from the button that asked for it, and focused it is selected, ready to copy.
    ShareLink,
    /// Back on check-your-answers after a change: that row's Change button
    /// (`Model::changed_row`).
    ChangedRow,
    /// A list's Add button, after one of its items was removed.
    AddButton(Add),
    /// Nowhere: focus stays where it is.
    None,
}

/// The facilitator's view of scoring together: the workshop's id, the votes so far, and the
/// codes that were read or refused (each refused one with its reason).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Group {
    pub id: crate::domain::group::WorkshopId,
    pub votes: crate::domain::group::Votes,
    pub accepted: Vec<String>,
    pub refused: Vec<(String, crate::domain::group::CodeError)>,
    /// Codes that came in again, counted once.
    pub repeated: usize,
    /// The QR code of the score-only link, as the documents module drew it (encoded markup).
    pub qr: Option<String>,
    /// Closing was asked for with votes in: the panel asks whether to throw them away.
    pub closing: bool,
}

impl Group {
    fn new(id: crate::domain::group::WorkshopId) -> Group {
        Group {
            id,
            votes: crate::domain::group::Votes::default(),
            accepted: Vec::new(),
            refused: Vec::new(),
            repeated: 0,
            qr: None,
            closing: false,
        }
    }

    /// The session as kept for a reload: the workshop's id, the votes, the codes read.
    #[must_use]
    pub fn record(&self) -> String {
        format!(
            "{}|{}|{}",
            self.id.text(),
            self.votes.to_text(),
            self.accepted.join(" ")
        )
    }

    /// A session kept by `record`; `None` for anything else, never half read.
    #[must_use]
    pub fn from_record(text: &str) -> Option<Group> {
        let mut parts = text.split('|');
        let id = crate::domain::group::WorkshopId::parse(parts.next()?)?;
        let votes = crate::domain::group::Votes::from_text(parts.next()?)?;
        let accepted = parts
            .next()?
            .split_whitespace()
            .map(str::to_string)
            .collect();
        if parts.next().is_some() {
            return None;
        }
        Some(Group {
            votes,
            accepted,
            ..Group::new(id)
        })
    }

    /// Whether closing would throw votes away.
    #[must_use]
    pub fn has_votes(&self) -> bool {
        !self.votes.is_empty() || !self.accepted.is_empty()
    }
}

/// A message above the page about storage or files.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    StorageUnavailable,
    /// The unreadable autosave, kept until the user has had the chance to download it.
    Corrupt(String),
    StorageFull,
    /// Saved, but storage is nearly full: download the answers before it is.
    StorageLow,
    OtherTab,
    Forgotten,
    Loaded,
    /// A share link's plan was opened.
    LinkOpened,
    /// A sector's example replaced the answers: adapt it.
    ExampleLoaded,
    /// An evaluation was finished and kept in the plan's history.
    EvaluationClosed,
    ImportFailed(ImportError),
    LinkFailed(ShareError),
    /// The documents module did not load (offline since the page opened, or blocked).
    DocumentsUnavailable,
    /// A sector's example did not load; nothing was replaced.
    ExampleFailed,
    /// English was asked for but its copy did not load; the wizard is in Dutch.
    EnglishUnavailable,
    /// The plan was downloaded and, as asked, the kept answers were forgotten.
    ForgottenAfterDownload,
}

/// The last file handed to the browser to download, kept in mind in case the browser (or a
/// host page's sandbox) blocked it: there is no event that says so.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Downloaded {
    Plan(Format),
    /// The report of an earlier evaluation, by its place in the history.
    Report(usize),
    Answers,
}

/// A file or link read, waiting for the user to say it may replace the answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pending {
    pub plan: Box<Plan>,
    pub from_link: bool,
    /// A sector's example rather than the visitor's own file: the question and the notice
    /// afterwards say so.
    pub example: bool,
}

/// What the documents module renders for a page (a typed tree, encoded): the plan screen's
/// document, or the judgement on a question screen. Its rules and texts stay out of the first
/// load; the module is there before anyone reaches those pages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Document {
    None,
    Waiting(Route, Box<Plan>, Lang),
    Ready(Route, Box<Plan>, Lang, String),
    Unavailable,
}

/// What the page asks for as it opens: the part the documents module draws for the page the
/// visitor lands on (a reload, a link to a screen or to the plan), which no action has asked
/// for yet. Without it that page waited for the visitor's first click.
#[must_use]
pub fn on_start(m: &mut Model) -> Vec<Effect> {
    let mut fx = Vec::new();
    // A workshop session taken up again after a reload draws its QR code again.
    if let Some(g) = &m.group {
        fx.push(Effect::MakeQr(g.id));
    }
    if renders_in_module(m.route, &m.plan) && m.document == Document::None {
        m.document = Document::Waiting(m.route, plan_box(m), m.lang);
        fx.push(Effect::Render(m.route, plan_box(m), m.lang));
    }
    fx
}

/// Whether a page shows something the documents module renders.
#[must_use]
pub fn renders_in_module(route: Route, plan: &Plan) -> bool {
    match route {
        Route::Plan | Route::Review => true,
        Route::Screen(s) => super::questions::layout(plan, s)
            .iter()
            .flatten()
            .any(|p| matches!(p, Part::Rich(r) if r.in_module())),
        Route::Tasks | Route::Score(_) => false,
    }
}

/// A section's state on the task list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    NotStarted,
    InProgress,
    Done,
    /// The user left the section with problems in it.
    NeedsAttention,
}

impl Status {
    /// One letter per status: how the app tells the documents module, which draws
    /// check-your-answers, where each section stands (the visitor's path is not in the plan).
    #[must_use]
    pub fn letter(self) -> char {
        match self {
            Status::NotStarted => 'n',
            Status::InProgress => 'p',
            Status::Done => 'd',
            Status::NeedsAttention => 'a',
        }
    }

    #[must_use]
    pub fn from_letter(c: char) -> Option<Status> {
        [
            Status::NotStarted,
            Status::InProgress,
            Status::Done,
            Status::NeedsAttention,
        ]
        .into_iter()
        .find(|s| s.letter() == c)
    }
}

/// What the autosave says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Saving {
    /// The host turned autosave off, or the browser forbids storage.
    Off,
    /// An unreadable autosave waits to be downloaded; saving would overwrite it unseen.
    Held,
    /// The host lets the visitor choose where answers are kept, and they have not chosen yet:
    /// nothing is written until they do.
    Asking,
    Saved,
    NotSaved,
}

/// Where kept answers live: on this computer (`localStorage`), or in this tab only
/// (`sessionStorage`, gone when the tab closes).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Keep {
    #[default]
    Local,
    Session,
}

/// What the page sets once: where the wizard lives and whether it may keep answers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Config {
    /// The wizard owns the page: it may set the title and the address.
    pub full_page: bool,
    pub autosave: bool,
    /// Where answers are kept unless the visitor chooses (see `ask`).
    pub keep: Keep,
    /// Ask the visitor once whether to keep the answers on this computer (the script embed's
    /// default: it keeps them in the host site's own storage).
    pub ask: bool,
}

/// What the autosave slot held when the wizard started.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Stored {
    Nothing,
    /// The browser forbids storage (private mode, blocked cookies).
    Unavailable,
    Raw(String),
}

/// The wizard.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Model {
    pub plan: Plan,
    pub route: Route,
    pub lang: Lang,
    /// The language the page opens in for a visitor with nothing saved: another one chosen is
    /// worth keeping before any answer is, or a reload would take it back.
    pub host_lang: Lang,
    /// Sections the user has moved on from; only they can "need attention".
    pub visited: VecSet<Section>,
    /// Typed numbers, hours and dates, shown back as typed; the plan holds what they parse to,
    /// and a draft that does not parse yet is a problem of its screen.
    pub drafts: VecMap<Q, String>,
    /// The reason for another model stays on its screen while the visitor is there, once it
    /// was shown with text (see `update`).
    pub reason_open: bool,
    /// Problems shown on the current screen after a refused Next.
    pub shown: Vec<Problem>,
    /// Set by a Change link: Next returns to check-your-answers.
    pub return_to_review: bool,
    /// The Change button that left check-your-answers (its `value`): back there, it has the
    /// focus again, so a keyboard or screen reader user goes on from the row just changed.
    pub changed_row: Option<String>,
    pub notice: Option<Notice>,
    pub confirm_forget: bool,
    pub pending: Option<Pending>,
    pub share_link: Option<String>,
    /// Whether copying the share link worked, once tried.
    pub share_copied: Option<bool>,
    pub workshop: bool,
    /// Which block of the current screen workshop mode shows.
    pub part: usize,
    pub help: bool,
    pub models_open: bool,
    /// Whether the task screen also asks who is consulted and informed.
    pub show_ci: bool,
    pub document: Document,
    pub saving: Saving,
    pub config: Config,
    /// Where the answers are written: the page's choice, the visitor's, or where saved answers
    /// were found.
    pub keep: Keep,
    /// Forget the kept answers once the plan has been downloaded.
    pub forget_after_download: bool,
    /// The visitor has given an answer or loaded a file this visit (prefill is not theirs):
    /// the moment to ask where to keep them.
    pub edited: bool,
    /// For the plan's random id; the browser seeds it, so `update` stays deterministic.
    pub seed: u64,
    /// Scoring together in a workshop, while the facilitator has it open.
    pub group: Option<Group>,
    /// A participant's own scores on the score-only page, and the code once asked for.
    pub own: [Option<Stage>; 7],
    pub own_code: Option<String>,
    /// The code was asked for before all seven were scored: the page says which are left.
    pub own_asked: bool,
    /// Whether copying the code worked, once tried.
    pub own_copied: Option<bool>,
    /// The last download on this page, with another way to get it (see `Downloaded`).
    pub downloaded: Option<Downloaded>,
    /// The new tab for it was refused too: only the share link is left to offer.
    pub tab_blocked: bool,
    /// The visitor has been warned that storage is nearly full (once a visit is enough).
    pub storage_low_told: bool,
}

impl Default for Model {
    fn default() -> Self {
        Model {
            group: None,
            own: [None; 7],
            own_code: None,
            own_asked: false,
            own_copied: None,
            downloaded: None,
            tab_blocked: false,
            storage_low_told: false,
            reason_open: false,
            plan: Plan::default(),
            route: Route::Tasks,
            lang: Lang::default(),
            host_lang: Lang::default(),
            visited: VecSet::new(),
            drafts: VecMap::new(),
            shown: Vec::new(),
            return_to_review: false,
            changed_row: None,
            notice: None,
            confirm_forget: false,
            pending: None,
            share_link: None,
            share_copied: None,
            workshop: false,
            part: 0,
            help: false,
            models_open: false,
            show_ci: false,
            document: Document::None,
            saving: Saving::NotSaved,
            config: Config {
                full_page: true,
                autosave: true,
                keep: Keep::Local,
                ask: false,
            },
            keep: Keep::Local,
            forget_after_download: false,
            edited: false,
            seed: 0,
        }
    }
}

/// How the wizard starts: what the page and the browser say.
#[derive(Clone, Debug, Default)]
pub struct Start {
    pub config: Config,
    /// What the host page fills in for a visitor with no saved answers.
    pub prefill: Prefill,
    /// The language when nothing was saved.
    pub lang: Lang,
    pub route: Route,
    /// Where an embedded wizard was in this tab before a reload (an embed has no address of
    /// its own to keep it). Taken only when the kept answers read back.
    pub resume: Option<Route>,
    pub stored: Option<Stored>,
    /// Where `stored` was found.
    pub stored_in: Keep,
    pub workshop: bool,
    /// The workshop session this tab kept (`Group::record`), taken up again in workshop mode.
    /// Taken on any page but a participant's.
    pub group: Option<String>,
    /// A participant's choices this tab kept (`own_record`), taken on that workshop's page.
    pub own: Option<String>,
    pub seed: u64,
}

/// What a host page fills in for a first visit (`data-org-name`, `data-sector`, `data-size`).
/// The visitor's own saved answers always win: prefill only fills an empty plan.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Prefill {
    pub name: Option<String>,
    pub sector: Option<crate::domain::Sector>,
    pub size: Option<crate::domain::SizeBand>,
}

impl Prefill {
    /// Reads the attributes as a host wrote them: keys from the closed sets (anything else is
    /// ignored), a name without control characters and at most 120 characters.
    #[must_use]
    pub fn read(name: Option<&str>, sector: Option<&str>, size: Option<&str>) -> Prefill {
        let name = name
            .map(|n| {
                n.chars()
                    .filter(|c| !c.is_control())
                    .take(120)
                    .collect::<String>()
            })
            .map(|n| n.trim().to_string())
            .filter(|n| !n.is_empty());
        Prefill {
            name,
            sector: sector.and_then(|k| crate::domain::Sector::from_key(k.trim())),
            size: size.and_then(|k| crate::domain::SizeBand::from_key(k.trim())),
        }
    }

    fn apply(&self, plan: &mut Plan) {
        let org = &mut plan.organisation;
        if let Some(name) = &self.name {
            org.name.clone_from(name);
        }
        org.sector = self.sector.or(org.sector);
        org.size = self.size.or(org.size);
    }
}

impl Model {
    /// A wizard on a plan, at the task list.
    #[must_use]
    pub fn new(plan: Plan, lang: Lang) -> Self {
        Model {
            plan,
            lang,
            ..Model::default()
        }
    }

    /// The wizard as the page opens it: the autosave read back, or why not.
    #[must_use]
    pub fn start(start: Start) -> Self {
        let mut m = Model {
            route: start.route,
            lang: start.lang,
            host_lang: start.lang,
            config: start.config,
            // The score-only link is made on the projector's page, `?workshop` and all; on a
            // participant's phone it is an ordinary page.
            workshop: start.workshop && !matches!(start.route, Route::Score(_)),
            seed: start.seed,
            keep: start.config.keep,
            ..Model::default()
        };
        m.saving = if start.config.autosave {
            Saving::NotSaved
        } else {
            Saving::Off
        };
        match start.stored.unwrap_or(Stored::Nothing) {
            // Nothing kept yet: where the page asks, the visitor chooses before anything is.
            Stored::Nothing => {
                if start.config.autosave && start.config.ask {
                    m.saving = Saving::Asking;
                }
            }
            Stored::Unavailable => {
                m.saving = Saving::Off;
                m.notice = Some(Notice::StorageUnavailable);
            }
            Stored::Raw(raw) => match read_document(raw.as_bytes()) {
                Ok(doc) => {
                    m.plan = doc.plan;
                    // A plan saved before plans had ids gets one now, before any download
                    // names calendar events after it.
                    if m.plan.id.is_empty() && m.plan != Plan::default() {
                        m.plan.id = new_id(&mut m.seed);
                    }
                    m.lang = doc
                        .lang
                        .as_deref()
                        .and_then(Lang::from_code)
                        .unwrap_or(m.lang);
                    m.saving = Saving::Saved;
                    // Answers already kept go on being kept where they are, whatever the mode.
                    m.keep = start.stored_in;
                    if let Some(route) = start.resume.filter(|r| !matches!(r, Route::Score(_))) {
                        m.route = route;
                    }
                }
                Err(_) => {
                    m.saving = Saving::Held;
                    m.keep = start.stored_in;
                    m.notice = Some(Notice::Corrupt(raw));
                }
            },
        }
        // A session this tab kept: the facilitator reloaded the projector's page, which
        // opens again in workshop mode with every vote (not on a participant's page).
        if !matches!(start.route, Route::Score(_)) {
            if let Some(g) = start.group.as_deref().and_then(Group::from_record) {
                m.group = Some(g);
                m.workshop = true;
            }
        }
        if let Route::Score(id) = start.route {
            if let Some((own, code)) = start.own.as_deref().and_then(|r| own_from_record(r, id)) {
                m.own = own;
                m.own_code = code;
            }
        }
        // Saved answers, even unreadable ones waiting to be downloaded, win over prefill.
        if m.plan == Plan::default() && m.saving != Saving::Held {
            start.prefill.apply(&mut m.plan);
        }
        m
    }

    /// Every problem of a section, with unparsed drafts among them.
    #[must_use]
    pub fn problems(&self, section: Section) -> Vec<Problem> {
        let mut out: Vec<Problem> = self
            .drafts
            .iter()
            .filter(|(q, _)| q.screen().section() == section)
            .filter_map(|(q, raw)| {
                q.parse(raw, self.lang)
                    .err()
                    .map(|kind| Problem { q: *q, kind })
            })
            .collect();
        for p in layout::validate(&self.plan, section) {
            if !out.iter().any(|o| o.q == p.q) {
                out.push(p);
            }
        }
        out
    }

    /// The problems of one screen, drafts first.
    #[must_use]
    pub fn screen_problems(&self, screen: Screen) -> Vec<Problem> {
        let mut out: Vec<Problem> = self
            .problems(screen.section())
            .into_iter()
            .filter(|p| p.q.screen() == screen)
            .collect();
        // The evaluation screen is outside the sections' journey: its layout is checked here.
        if screen == Screen::Evaluate {
            for p in layout::screen_problems(&self.plan, screen) {
                if !out.iter().any(|o| o.q == p.q) {
                    out.push(p);
                }
            }
        }
        out
    }

    /// Where the overview's button leads: the first screen of the first section not done,
    /// or the plan once every section is (it always led to the first question).
    #[must_use]
    pub fn resume_at(&self) -> Route {
        Section::ALL
            .iter()
            .find(|s| self.status(**s) != Status::Done)
            .map_or(Route::Plan, |s| {
                Route::Screen(
                    Screen::of_section(*s)
                        .first()
                        .copied()
                        .unwrap_or(Screen::OrgBasics),
                )
            })
    }

    /// Nothing answered yet: a file or link opened now replaces nothing, and is not asked
    /// about as if it did.
    #[must_use]
    pub fn nothing_answered(&self) -> bool {
        Section::ALL
            .iter()
            .all(|s| section_is_untouched(&self.plan, *s))
    }

    #[must_use]
    pub fn status(&self, section: Section) -> Status {
        if self.problems(section).is_empty() {
            Status::Done
        } else if self.visited.contains(&section) {
            Status::NeedsAttention
        } else if section_is_untouched(&self.plan, section) {
            Status::NotStarted
        } else {
            Status::InProgress
        }
    }

    /// The text a typed field shows: the draft, else the stored answer.
    #[must_use]
    pub fn raw(&self, q: Q) -> String {
        if let Some(d) = self.drafts.get(&q) {
            return d.clone();
        }
        match q.read(&self.plan) {
            Answer::Text(t) => t,
            Answer::Number(n) => n.map(|n| n.to_string()).unwrap_or_default(),
            Answer::Hours(h) if h.is_zero() => String::new(),
            Answer::Hours(h) => h.format(self.lang.decimal_comma()),
            Answer::Amount(v) => v
                .map(|v| v.format(self.lang.decimal_comma()))
                .unwrap_or_default(),
            Answer::Date(d) => d.map(|d| d.to_string()).unwrap_or_default(),
            Answer::Key(_) | Answer::Keys(_) | Answer::Flag(_) => String::new(),
        }
    }

    /// The problem shown at a question, if a refused Next showed one.
    #[must_use]
    pub fn shown_at(&self, q: Q) -> Option<Problem> {
        self.shown.iter().find(|p| p.q == q).copied()
    }

    /// Whether what a tab keeps beside the answers (a workshop's session, a participant's
    /// choices) may be kept: not while the visitor has not yet said where (the embed's
    /// question), nor where the host turned keeping off.
    #[must_use]
    pub fn may_keep(&self) -> bool {
        !matches!(self.saving, Saving::Off | Saving::Asking)
    }

    /// The blocks the current screen shows, and which of them workshop mode shows.
    #[must_use]
    pub fn blocks(&self) -> Vec<Vec<Part>> {
        let Route::Screen(s) = self.route else {
            return Vec::new();
        };
        let mut blocks = super::questions::layout(&self.plan, s);
        let asked = |p: &Part, q: Q| matches!(p, Part::Ask(a) if *a == q);
        if self.reason_open && !blocks.iter().flatten().any(|p| asked(p, Q::ChoiceReason)) {
            if let Some(b) = blocks
                .iter_mut()
                .find(|b| b.iter().any(|p| asked(p, Q::Model)))
            {
                b.push(Part::Ask(Q::ChoiceReason));
            }
        }
        blocks
    }

    /// Whether workshop mode shows the current screen one block at a time.
    #[must_use]
    pub fn stepping(&self) -> bool {
        self.stepping_through(&self.blocks())
    }

    /// The same, for a view that has the current screen's blocks at hand already.
    #[must_use]
    pub fn stepping_through(&self, blocks: &[Vec<Part>]) -> bool {
        self.workshop && self.shown.is_empty() && blocks.len() > 1
    }
}

fn section_is_untouched(plan: &Plan, section: Section) -> bool {
    let blank = Plan::default();
    match section {
        Section::Organisation => plan.organisation == blank.organisation,
        Section::Maturity => plan.maturity == blank.maturity,
        Section::GoalsScope => plan.goals == blank.goals && plan.scope == blank.scope,
        Section::Governance => plan.governance == blank.governance,
        Section::Staffing => plan.staffing == blank.staffing,
        Section::Phasing => plan.phasing == blank.phasing,
    }
}

/// The option of `q` with this key, as the declaration's own static key.
fn option_key(plan: &Plan, q: Q, key: &str) -> Option<&'static str> {
    (q.spec().options)(plan, Lang::Nl)
        .into_iter()
        .map(|(k, _)| k)
        .find(|k| *k == key)
}

fn default_role(a: Audience) -> ChannelRole {
    match a {
        Audience::Candidates => ChannelRole::Recruit,
        Audience::Clients | Audience::InformalCarers => ChannelRole::Service,
        Audience::Employees | Audience::Volunteers | Audience::Community => ChannelRole::Community,
        Audience::Professionals => ChannelRole::Inform,
    }
}

fn channel_plan(plan: &mut Plan, a: Audience, c: Channel) -> Option<&mut ChannelPlan> {
    plan.scope
        .audiences
        .get_mut(&a)
        .and_then(|l| l.iter_mut().find(|cp| cp.channel == c))
}

/// A fresh random-looking id from the seed (SplitMix64), advancing the seed.
fn new_id(seed: &mut u64) -> String {
    *seed = seed.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *seed;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^= z >> 31;
    format!("{z:016x}")
}

fn edit(m: &mut Model, e: Edit) {
    let e_kind = match &e {
        Edit::Type(q, _) | Edit::Choose(q, _) | Edit::Check(q, _, _) | Edit::Flag(q, _) => Some(*q),
        _ => None,
    };
    let touched_tasks = matches!(e, Edit::Accountable(..) | Edit::Task(..));
    let plan = &mut m.plan;
    match e {
        Edit::Type(q, raw) => {
            if let Ok(answer) = q.parse(&raw, m.lang) {
                q.write(plan, answer);
            }
            // What was typed is shown back as typed, also when it parses: "24," is on its way
            // to "24,5", and showing the stored 24 would take the comma from under the cursor.
            if matches!(q.spec().kind, Kind::Text | Kind::LongText) {
                m.drafts.remove(&q);
            } else {
                m.drafts.insert(q, raw);
            }
        }
        Edit::Choose(q, key) => {
            let key = option_key(plan, q, &key);
            q.write(plan, Answer::Key(key));
        }
        Edit::Check(q, key, on) => {
            if let (Some(key), Answer::Keys(mut keys)) = (option_key(plan, q, &key), q.read(plan)) {
                keys.retain(|k| *k != key);
                if on {
                    keys.push(key);
                }
                q.write(plan, Answer::Keys(keys));
            }
        }
        Edit::Flag(q, on) => q.write(plan, Answer::Flag(on)),
        Edit::Add(Add::Kpi) => {
            if plan.goals.kpis.len() < MAX_ITEMS {
                let id = plan.goals.next_kpi_id();
                // A new indicator measures the first goal that has none yet.
                let goal = plan
                    .goals
                    .goals
                    .keys()
                    .find(|g| !plan.goals.kpis.iter().any(|k| k.goal == Some(**g)))
                    .copied();
                plan.goals.kpis.push(Kpi {
                    id,
                    goal,
                    ..Kpi::default()
                });
            }
        }
        Edit::Add(Add::Milestone) => {
            // A new milestone has no date until one is entered: a made-up date would reach
            // the calendar as if it were an answer.
            if plan.phasing.milestones.len() < MAX_ITEMS {
                let id = plan.phasing.next_milestone_id();
                plan.phasing.milestones.push(Milestone {
                    id,
                    ..Milestone::default()
                });
            }
        }
        Edit::Remove(Item::Kpi(id)) => plan.goals.kpis.retain(|k| k.id != id),
        Edit::Remove(Item::Milestone(id)) => plan.phasing.milestones.retain(|x| x.id != id),
        Edit::AudienceChannel(a, c, on) => {
            plan.scope.audiences.with_default(a, |list| {
                list.retain(|cp| cp.channel != c);
                if on {
                    list.push(ChannelPlan {
                        channel: c,
                        role: default_role(a),
                        rhythm: Rhythm::Weekly,
                    });
                    sort_small_by_key(list, |cp| cp.channel);
                }
            });
        }
        Edit::AudienceChannelRole(a, c, r) => {
            if let Some(cp) = channel_plan(plan, a, c) {
                cp.role = r;
            }
        }
        Edit::AudienceChannelRhythm(a, c, r) => {
            if let Some(cp) = channel_plan(plan, a, c) {
                cp.rhythm = r;
            }
        }
        Edit::Accountable(a, id) => {
            if id.is_none_or(|id| plan.staffing.role(id).is_some()) {
                plan.staffing.tasks.with_default(a, |t| t.accountable = id);
            }
        }
        Edit::Task(a, letter, id, on) => {
            if plan.staffing.role(id).is_some() {
                plan.staffing.tasks.with_default(a, |t| {
                    let set = match letter {
                        Raci::A => {
                            t.accountable = if on { Some(id) } else { None };
                            return;
                        }
                        Raci::R => &mut t.responsible,
                        Raci::C => &mut t.consulted,
                        Raci::I => &mut t.informed,
                    };
                    if on {
                        set.insert(id);
                    } else {
                        set.remove(&id);
                    }
                });
            }
        }
    }
    // An older file's answer that is looked at again is confirmed.
    let confirmed = match &e_kind {
        Some(Q::Size) => Some(crate::domain::Confirm::Size),
        _ => None,
    };
    if let Some(c) = confirmed {
        m.plan.to_confirm.remove(&c);
    }
    if touched_tasks {
        m.plan.to_confirm.remove(&crate::domain::Confirm::Tasks);
    }
    // Drafts of questions that are no longer asked (a removed item) would wait forever.
    let plan = &m.plan;
    m.drafts.retain(|q, _| exists(plan, *q));
    if m.plan.id.is_empty() && m.plan != Plan::default() {
        m.plan.id = new_id(&mut m.seed);
    }
}

/// Whether a question still has something to be about: its item is still in the plan.
fn exists(plan: &Plan, q: Q) -> bool {
    match q {
        Q::KpiName(id)
        | Q::KpiLevel(id)
        | Q::KpiBaseline(id)
        | Q::KpiTarget(id)
        | Q::KpiOwner(id) => plan.goals.kpi(id).is_some(),
        Q::RolePeople(id) | Q::RoleHeadcount(id) | Q::RoleHours(id) => {
            plan.staffing.role(id).is_some()
        }
        Q::MilestoneTitle(id) | Q::MilestoneDate(id) => plan.phasing.milestone(id).is_some(),
        Q::GoalBusiness(g) => plan.goals.goals.contains_key(&g),
        Q::FirstEvaluation => plan.phasing.first_evaluation.is_some(),
        _ => true,
    }
}

fn go(m: &mut Model, route: Route, fx: &mut Vec<Effect>, address: bool) {
    if let Route::Screen(s) = m.route {
        // Leaving a section's screens marks it visited, so its problems show on the task list.
        let leaving_section = match route {
            Route::Screen(t) => t.section() != s.section(),
            _ => true,
        };
        if leaving_section {
            m.visited.insert(s.section());
        }
    }
    if matches!(route, Route::Tasks | Route::Plan) {
        m.return_to_review = false;
    }
    if route != m.route {
        m.shown.clear();
        m.part = 0;
        m.help = false;
        m.route = route;
        if address {
            fx.push(Effect::Address {
                route,
                replace: false,
            });
        }
        // Back from a change: the row that was changed, not the top of a long page.
        let back_to_row = route == Route::Review && m.return_to_review && m.changed_row.is_some();
        fx.push(Effect::Focus(if back_to_row {
            Focus::ChangedRow
        } else {
            Focus::Heading
        }));
    }
}

fn next(m: &mut Model, fx: &mut Vec<Effect>) {
    match m.route {
        Route::Tasks => {
            let to = m.resume_at();
            go(m, to, fx, true);
        }
        Route::Screen(s) => {
            if m.stepping() && m.part + 1 < m.blocks().len() {
                m.part += 1;
                fx.push(Effect::Focus(Focus::Part));
                return;
            }
            let problems = m.screen_problems(s);
            if !problems.is_empty() {
                m.shown = problems;
                fx.push(Effect::Focus(Focus::ErrorSummary));
                return;
            }
            let target = if s == Screen::Evaluate {
                Route::Tasks
            } else if m.return_to_review {
                Route::Review
            } else {
                s.next().map_or(Route::Review, Route::Screen)
            };
            go(m, target, fx, true);
        }
        Route::Review => go(m, Route::Plan, fx, true),
        Route::Plan | Route::Score(_) => {}
    }
}

fn back(m: &mut Model, fx: &mut Vec<Effect>) {
    if matches!(m.route, Route::Screen(_)) && m.stepping() && m.part > 0 {
        m.part -= 1;
        fx.push(Effect::Focus(if m.part > 0 {
            Focus::Part
        } else {
            Focus::Heading
        }));
        return;
    }
    let target = match m.route {
        Route::Tasks => Route::Tasks,
        Route::Screen(Screen::Evaluate) => Route::Tasks,
        Route::Screen(_) if m.return_to_review => Route::Review,
        Route::Screen(s) => s.prev().map_or(Route::Tasks, Route::Screen),
        Route::Review => Route::Screen(Screen::Timeline),
        Route::Plan => Route::Review,
        Route::Score(_) => return,
    };
    go(m, target, fx, true);
}

fn plan_box(m: &Model) -> Box<Plan> {
    Box::new(m.plan.clone())
}

/// After a download, forget the kept answers if the visitor asked for that: the record goes,
/// nothing more is written, and the screen keeps the plan until the page closes.
fn forget_if_asked(m: &mut Model, fx: &mut Vec<Effect>) {
    if m.forget_after_download && m.config.autosave && m.saving != Saving::Off {
        fx.push(Effect::ClearSaved);
        m.saving = Saving::Off;
        m.notice = Some(Notice::ForgottenAfterDownload);
    }
}

/// The kind of trouble a notice reports, if it reports any.
fn error_kind(notice: Option<&Notice>) -> Option<ErrorKind> {
    match notice? {
        Notice::StorageUnavailable | Notice::StorageFull | Notice::Corrupt(_) => {
            Some(ErrorKind::Storage)
        }
        Notice::ImportFailed(_) | Notice::LinkFailed(_) => Some(ErrorKind::Import),
        Notice::DocumentsUnavailable | Notice::ExampleFailed | Notice::EnglishUnavailable => {
            Some(ErrorKind::Documents)
        }
        Notice::OtherTab
        | Notice::Forgotten
        | Notice::Loaded
        | Notice::LinkOpened
        | Notice::ExampleLoaded
        | Notice::EvaluationClosed
        | Notice::StorageLow
        | Notice::ForgottenAfterDownload => None,
    }
}

/// The event for arriving on a question screen.
fn step_event(screen: Screen) -> HostEvent {
    let total = u8::try_from(Screen::ALL.len()).unwrap_or(u8::MAX);
    let position = Screen::ALL
        .iter()
        .position(|s| *s == screen)
        .and_then(|i| u8::try_from(i + 1).ok())
        .unwrap_or(0);
    HostEvent::Step {
        section: screen.section(),
        screen,
        position,
        total,
    }
}

/// Half-typed values belong to the evaluation they were typed in; the next starts empty.
fn clear_evaluation_drafts(m: &mut Model) {
    m.drafts.retain(|q, _| {
        !matches!(
            q,
            Q::EvalScore(_) | Q::EvalActual(_) | Q::EvalAction(_) | Q::EvalIncidents | Q::EvalDate
        )
    });
}

/// A participant's seven scores, once all are chosen.
#[must_use]
pub fn own_scores(own: &[Option<Stage>; 7]) -> Option<[Stage; 7]> {
    let mut out = [Stage::Traditional; 7];
    for (slot, s) in out.iter_mut().zip(own) {
        *slot = (*s)?;
    }
    Some(out)
}

/// A participant's choices as the tab keeps them over a reload: the workshop's id, a digit
/// (1 to 5) or `-` per dimension, and the code once shown.
#[must_use]
pub fn own_record(
    id: crate::domain::group::WorkshopId,
    own: &[Option<Stage>; 7],
    code: Option<&str>,
) -> String {
    let digits: String = own
        .iter()
        .map(|s| s.map_or('-', |s| char::from(b'0' + s.number())))
        .collect();
    format!("{}:{digits}:{}", id.text(), code.unwrap_or_default())
}

/// The choices (and the code shown) a tab kept for workshop `id`; nothing for another
/// workshop's page or a damaged record.
#[must_use]
pub fn own_from_record(
    record: &str,
    id: crate::domain::group::WorkshopId,
) -> Option<([Option<Stage>; 7], Option<String>)> {
    let mut parts = record.split(':');
    if parts.next()? != id.text() {
        return None;
    }
    let digits = parts.next()?;
    let mut own = [None; 7];
    let mut chars = digits.chars();
    for slot in &mut own {
        *slot = match chars.next()? {
            '-' => None,
            c => Some(Stage::from_number(u8::try_from(c.to_digit(10)?).ok()?)?),
        };
    }
    if chars.next().is_some() {
        return None;
    }
    // The code only if it is this workshop's and these choices' (its second group).
    let code = parts
        .next()
        .filter(|c| c.starts_with(&id.text()) && c.split('-').nth(1) == Some(digits))
        .map(str::to_string);
    Some((own, code))
}

/// Applies one action to the model and returns the effects to run. Pure: the same model and
/// action always give the same model and effects.
pub fn update(m: &mut Model, action: Action) -> Vec<Effect> {
    let mut fx = Vec::new();
    let before = (m.plan.clone(), m.lang);
    let before_route = m.route;
    let before_error = error_kind(m.notice.as_ref());
    match action {
        Action::Go(route) => go(m, route, &mut fx, true),
        Action::Popped(route) => go(m, route, &mut fx, false),
        Action::Next => next(m, &mut fx),
        Action::Back => back(m, &mut fx),
        Action::Change(screen, at) => {
            go(m, Route::Screen(screen), &mut fx, true);
            m.return_to_review = true;
            // A row without a field of its own (a total) has a button like its neighbours'.
            m.changed_row = at.as_deref().map(|k| super::change_value(screen, Some(k)));
            let target = at.and_then(|k| match super::block_asking(&m.plan, screen, &k) {
                Some((block, q)) => {
                    // Workshop mode shows one block at a time: the one that asks it.
                    if m.stepping() {
                        m.part = block;
                    }
                    Some(Focus::Question(q))
                }
                None => super::rich_field(&m.plan, screen, &k).map(Focus::Field),
            });
            if let Some(focus) = target {
                fx.retain(|e| !matches!(e, Effect::Focus(_)));
                fx.push(Effect::Focus(focus));
            }
        }
        Action::SetLang(l) => {
            m.lang = l;
            // English came after all: the notice that it did not is no longer true.
            if l == Lang::En && m.notice == Some(Notice::EnglishUnavailable) {
                m.notice = None;
            }
            // The window's title is in the language too.
            fx.push(Effect::Address {
                route: m.route,
                replace: true,
            });
        }
        Action::Edit(e) => {
            let added = matches!(e, Edit::Add(_));
            // The button of the item removed is drawn again for the next item, in its place: a
            // second press would remove that one too. Focus goes to the list's Add button.
            let removed = match e {
                Edit::Remove(Item::Kpi(_)) => Some(Add::Kpi),
                Edit::Remove(Item::Milestone(_)) => Some(Add::Milestone),
                _ => None,
            };
            if let Some(list) = removed {
                fx.push(Effect::Focus(Focus::AddButton(list)));
            }
            edit(m, e);
            m.edited = true;
            // A new indicator or milestone opens below the button, often off a phone's screen:
            // focus goes to its first field.
            if added {
                let new_field = match m.route {
                    Route::Screen(Screen::Kpis) => {
                        m.plan.goals.kpis.last().map(|k| Q::KpiName(k.id))
                    }
                    Route::Screen(Screen::Dates) => m
                        .plan
                        .phasing
                        .milestones
                        .last()
                        .map(|x| Q::MilestoneTitle(x.id)),
                    _ => None,
                };
                if let Some(q) = new_field {
                    fx.push(Effect::Focus(Focus::Question(q)));
                }
            }
            // Problems shown after a refused Next update as the user fixes them.
            if let Route::Screen(s) = m.route {
                if !m.shown.is_empty() {
                    m.shown = m.screen_problems(s);
                }
            }
        }
        Action::Opened { bytes, from_link } => match crate::domain::from_bytes(&bytes) {
            Ok(plan) => {
                m.pending = Some(Pending {
                    plan: Box::new(plan),
                    from_link,
                    example: false,
                });
                fx.push(Effect::Focus(Focus::LoadConfirm));
            }
            Err(e) => {
                m.notice = Some(if from_link {
                    Notice::LinkFailed(ShareError::Answers(e))
                } else {
                    Notice::ImportFailed(e)
                });
                if from_link {
                    fx.push(Effect::ClearShareLink);
                }
            }
        },
        Action::LinkFailed(e) => {
            m.notice = Some(Notice::LinkFailed(e));
            fx.push(Effect::ClearShareLink);
        }
        Action::Focus(Focus::None) => {}
        Action::Focus(f) => fx.push(Effect::Focus(f)),
        Action::OpenExample(sector) => fx.push(Effect::LoadExample(sector)),
        Action::GroupOpen => {
            let _ = new_id(&mut m.seed);
            let g = Group::new(crate::domain::group::WorkshopId::from_seed(m.seed));
            fx.push(Effect::MakeQr(g.id));
            fx.push(Effect::KeepGroup(Some(g.record())));
            m.group = Some(g);
            // The panel replaces the button that opened it: the codes box is where work starts.
            fx.push(Effect::Focus(Focus::GroupCodes));
        }
        Action::GroupQr(qr) => {
            if let Some(g) = m.group.as_mut() {
                g.qr = qr;
            }
        }
        Action::GroupClose => match m.group.as_mut() {
            Some(g) if g.has_votes() => {
                g.closing = true;
                fx.push(Effect::Focus(Focus::GroupClosing));
            }
            _ => {
                m.group = None;
                fx.push(Effect::KeepGroup(None));
            }
        },
        Action::GroupCloseConfirm(close) => {
            if close {
                m.group = None;
                fx.push(Effect::KeepGroup(None));
            } else if let Some(g) = m.group.as_mut() {
                g.closing = false;
                fx.push(Effect::Focus(Focus::GroupCodes));
            }
        }
        Action::GroupCodes(text) => {
            if let Some(g) = m.group.as_mut() {
                g.refused.clear();
                g.repeated = 0;
                // One code a line: codes may be pasted from chat, each with its sender.
                for code in text
                    .split(['\n', ',', ';'])
                    .map(|line| crate::domain::group::code_in(line.trim()))
                    .filter(|c| !c.is_empty())
                {
                    let tidy = crate::domain::group::tidy(code);
                    match crate::domain::group::read_code(code, g.id) {
                        // The same code twice (in any case or grouping) is one participant
                        // who sent it twice: one vote, and the facilitator is told.
                        Ok(_)
                            if g.accepted
                                .iter()
                                .any(|a| crate::domain::group::tidy(a) == tidy) =>
                        {
                            g.repeated += 1;
                        }
                        Ok(scores) => {
                            g.votes.add(&scores);
                            g.accepted.push(tidy);
                        }
                        Err(e) => g.refused.push((code.to_string(), e)),
                    }
                }
                fx.push(Effect::KeepGroup(Some(g.record())));
                fx.push(Effect::Focus(Focus::GroupResult));
            }
        }
        Action::GroupBump(d, s, up) => {
            if let Some(g) = m.group.as_mut() {
                g.votes.bump(d, s, up);
                fx.push(Effect::KeepGroup(Some(g.record())));
            }
        }
        Action::GroupAdopt(d) => {
            if let Some(stage) = m.group.as_ref().and_then(|g| g.votes.median(d)) {
                m.plan.maturity.scores.insert(d, stage);
                m.edited = true;
            }
        }
        Action::OwnScore(d, s) => {
            if let Some(i) = Dimension::ALL.iter().position(|x| *x == d) {
                if let Some(slot) = m.own.get_mut(i) {
                    *slot = s;
                }
            }
            m.own_code = None;
            m.own_copied = None;
            if let Route::Score(id) = m.route {
                fx.push(Effect::KeepOwn(own_record(id, &m.own, None)));
            }
        }
        Action::OwnCode => {
            if let (Route::Score(id), Some(scores)) = (m.route, own_scores(&m.own)) {
                let _ = new_id(&mut m.seed);
                let code = crate::domain::group::participant_code(id, &scores, m.seed);
                fx.push(Effect::KeepOwn(own_record(id, &m.own, Some(&code))));
                m.own_code = Some(code);
                m.own_copied = None;
                m.own_asked = false;
            } else if let Some(d) = Dimension::ALL
                .iter()
                .zip(&m.own)
                .find(|(_, s)| s.is_none())
                .map(|(d, _)| *d)
            {
                // Never a button that does nothing: it says what is left, at the first one.
                m.own_asked = true;
                fx.push(Effect::Focus(Focus::Own(d)));
            }
        }
        Action::CopyOwnCode => {
            if let Some(code) = &m.own_code {
                fx.push(Effect::Copy(code.clone()));
            }
        }
        Action::CopyShareLink => {
            if let Some(link) = &m.share_link {
                fx.push(Effect::Copy(link.clone()));
            }
        }
        // The score page has the only other copy button, and never the share link.
        Action::Copied(ok) if matches!(m.route, Route::Score(_)) => m.own_copied = Some(ok),
        Action::Copied(ok) => m.share_copied = Some(ok),
        Action::Evaluate(today) => {
            clear_evaluation_drafts(m);
            crate::domain::start_evaluation(&mut m.plan, today);
            m.edited = true;
            go(m, Route::Screen(Screen::Evaluate), &mut fx, true);
        }
        Action::CloseEvaluation => {
            // Closed, it becomes what the next is held against: only when it reads right.
            let problems = m.screen_problems(Screen::Evaluate);
            if !problems.is_empty() {
                m.shown = problems;
                fx.push(Effect::Focus(Focus::ErrorSummary));
                return fx;
            }
            if let Some(e) =
                crate::domain::open_evaluation(&m.plan).and_then(|i| m.plan.evaluations.get_mut(i))
            {
                e.closed = true;
                m.edited = true;
                clear_evaluation_drafts(m);
                m.notice = Some(Notice::EvaluationClosed);
                go(m, Route::Tasks, &mut fx, true);
            }
        }
        Action::ExampleArrived(bytes) => match crate::domain::from_bytes(&bytes) {
            Ok(plan) => {
                m.pending = Some(Pending {
                    plan: Box::new(plan),
                    from_link: false,
                    example: true,
                });
                fx.push(Effect::Focus(Focus::LoadConfirm));
            }
            // Our own file that does not read is a build gone wrong: say the example failed.
            Err(_) => m.notice = Some(Notice::ExampleFailed),
        },
        Action::FileTooLarge(bytes) => {
            m.notice = Some(Notice::ImportFailed(ImportError::TooLarge { bytes }));
        }
        Action::ConfirmLoad => {
            if let Some(p) = m.pending.take() {
                m.edited = true;
                m.plan = *p.plan;
                if m.plan.id.is_empty() {
                    m.plan.id = new_id(&mut m.seed);
                }
                m.drafts.clear();
                m.shown.clear();
                m.visited.clear();
                m.return_to_review = false;
                m.notice = Some(if p.example {
                    Notice::ExampleLoaded
                } else if p.from_link {
                    Notice::LinkOpened
                } else {
                    Notice::Loaded
                });
                if p.from_link {
                    fx.push(Effect::ClearShareLink);
                }
                go(m, Route::Review, &mut fx, true);
            }
        }
        Action::CancelLoad => {
            if let Some(p) = m.pending.take() {
                if p.from_link {
                    fx.push(Effect::ClearShareLink);
                }
                fx.push(Effect::Focus(Focus::Heading));
            }
        }
        Action::AskForget => m.confirm_forget = true,
        Action::CancelForget => m.confirm_forget = false,
        Action::ConfirmForget => {
            let keep = (m.lang, m.workshop, m.config, m.seed, m.route, m.keep);
            *m = Model {
                lang: keep.0,
                workshop: keep.1,
                config: keep.2,
                seed: keep.3,
                route: keep.4,
                keep: keep.5,
                saving: m.saving,
                notice: Some(Notice::Forgotten),
                ..Model::default()
            };
            if m.saving == Saving::Held {
                m.saving = Saving::NotSaved;
            }
            // Forgetting also forgets the unreadable autosave it was holding back.
            if m.config.autosave && m.saving != Saving::Off {
                fx.push(Effect::ClearSaved);
            }
            go(m, Route::Tasks, &mut fx, true);
        }
        Action::DismissNotice => {
            if matches!(m.notice, Some(Notice::Corrupt(_))) {
                // Dismissed: the user has seen it; from now on the answers are saved again.
                m.saving = Saving::NotSaved;
            }
            m.notice = None;
            // The notice stood above the heading: focus goes there, not to the page's body
            // (in an embed, the host's page).
            fx.push(Effect::Focus(Focus::Heading));
        }
        Action::ToggleWorkshop => {
            m.workshop = !m.workshop;
            m.part = 0;
            m.help = false;
        }
        Action::ToggleHelp => {
            if m.workshop {
                m.help = !m.help;
            }
        }
        Action::CloseHelp => m.help = false,
        Action::Fullscreen => fx.push(Effect::Fullscreen),
        Action::ShowModels(open) => m.models_open = open,
        Action::RetryDocument => m.document = Document::None,
        Action::ShowConsulted(on) => m.show_ci = on,
        Action::Download(format) => {
            fx.push(Effect::Emit(HostEvent::Download(format.key())));
            fx.push(Effect::Download(format, plan_box(m), m.lang));
            m.downloaded = Some(Downloaded::Plan(format));
            m.tab_blocked = false;
            forget_if_asked(m, &mut fx);
        }
        Action::DownloadReport(index, format) => {
            if m.plan.evaluations.get(index).is_some_and(|e| e.closed)
                && matches!(format, Format::ReportDocx | Format::ReportHtml)
            {
                fx.push(Effect::Emit(HostEvent::Download(format.key())));
                fx.push(Effect::DownloadReport(index, format, plan_box(m), m.lang));
                m.downloaded = Some(Downloaded::Report(index));
                m.tab_blocked = false;
                forget_if_asked(m, &mut fx);
            }
        }
        Action::OpenInTab => {
            if let Some(d) = m.downloaded {
                fx.push(Effect::OpenInTab(d, plan_box(m), m.lang));
            }
        }
        Action::TabBlocked => m.tab_blocked = true,
        Action::DownloadAnswers => {
            m.downloaded = Some(Downloaded::Answers);
            m.tab_blocked = false;
            fx.extend([
                Effect::Emit(HostEvent::Download("answers")),
                Effect::SaveFile {
                    name: format!(
                        "{}-antwoorden.json",
                        crate::domain::file_stem(&m.plan.organisation.name)
                    ),
                    mime: "application/json",
                    body: to_json(&m.plan),
                },
            ]);
            forget_if_asked(m, &mut fx);
        }
        Action::DownloadCorrupt => {
            if let Some(Notice::Corrupt(raw)) = &m.notice {
                fx.push(Effect::SaveFile {
                    name: "koers-onleesbaar.txt".into(),
                    mime: "text/plain;charset=utf-8",
                    body: raw.clone(),
                });
            }
        }
        Action::Print => {
            fx.push(Effect::Emit(HostEvent::Download("print")));
            fx.push(Effect::Print(plan_box(m), m.lang));
            forget_if_asked(m, &mut fx);
        }
        Action::MakeShareLink => fx.push(Effect::MakeShareLink(plan_box(m))),
        Action::Rendered {
            route,
            plan,
            lang,
            markup,
        } => {
            // Only what the page shows now; answers changed since it was asked for never show
            // in their old version.
            if matches!(&m.document, Document::Waiting(r, p, l) if *r == route && *p == plan && *l == lang)
            {
                m.document = match markup {
                    Some(markup) => Document::Ready(route, plan, lang, markup),
                    None => Document::Unavailable,
                };
            }
        }
        Action::ShareLinkMade(Some(link)) => {
            m.share_link = Some(link);
            m.share_copied = None;
            if m.downloaded.is_some() {
                fx.push(Effect::Focus(Focus::ShareLink));
            }
        }
        Action::ExampleFailed => m.notice = Some(Notice::ExampleFailed),
        Action::EnglishUnavailable => {
            m.lang = Lang::Nl;
            m.notice = Some(Notice::EnglishUnavailable);
        }
        Action::ShareLinkMade(None) | Action::DocumentsUnavailable => {
            m.notice = Some(Notice::DocumentsUnavailable);
        }
        Action::Saved(ok) => {
            m.saving = if ok { Saving::Saved } else { Saving::NotSaved };
            if !ok {
                m.notice = Some(Notice::StorageFull);
            }
        }
        // Once a visit, and never over a message that matters more.
        Action::StorageLow => {
            if !m.storage_low_told && m.notice.is_none() {
                m.notice = Some(Notice::StorageLow);
                m.storage_low_told = true;
            }
        }
        Action::Keep(keep) => {
            m.keep = keep;
            if m.saving == Saving::Asking {
                m.saving = Saving::NotSaved;
                // The question goes with the button that answered it: focus goes on to the
                // step's heading, not to the page's body.
                fx.push(Effect::Focus(Focus::Heading));
                if m.plan != Plan::default() {
                    fx.push(Effect::Save(to_compact_json(&m.plan, Some(m.lang.code()))));
                }
                // A workshop's votes wait for the same answer before they are kept.
                if let Some(g) = &m.group {
                    fx.push(Effect::KeepGroup(Some(g.record())));
                }
            }
        }
        Action::ForgetAfterDownload(on) => m.forget_after_download = on,
        Action::Restored(raw) => {
            // The autosave is what this page wrote last, or newer: take it as it is.
            if let Ok(doc) = read_document(raw.as_bytes()) {
                if doc.plan != m.plan && m.saving != Saving::Held {
                    m.plan = doc.plan;
                    m.drafts.clear();
                    m.shown.clear();
                    if m.notice == Some(Notice::OtherTab) {
                        m.notice = None;
                    }
                }
            }
        }
        Action::OtherTab(raw) => {
            let same = crate::domain::from_bytes(raw.as_bytes()).is_ok_and(|p| p == m.plan);
            if !same {
                m.notice = Some(Notice::OtherTab);
            }
        }
    }
    // The answers or the language changed: keep them, unless an unreadable autosave waits to
    // be downloaded (it would be overwritten unseen) or storage is off. A language of the
    // visitor's own choosing is kept even before any answer.
    if (&m.plan, m.lang) != (&before.0, before.1)
        && m.config.autosave
        && !matches!(m.saving, Saving::Off | Saving::Held | Saving::Asking)
    {
        if m.plan == Plan::default() && m.lang == m.host_lang {
            fx.push(Effect::ClearSaved);
        } else {
            fx.push(Effect::Save(to_compact_json(&m.plan, Some(m.lang.code()))));
        }
    }
    // The reason for another model, once on its screen with text, stays there while the
    // visitor is: shown only because it had text, it vanished under the caret as it was
    // emptied, and the next keystrokes were lost.
    let on_model = m.route == Route::Screen(Screen::GovModel);
    let had_reason = !before.0.governance.choice_reason.is_empty();
    m.reason_open = on_model
        && ((before_route == m.route && (m.reason_open || had_reason))
            || !m.plan.governance.choice_reason.is_empty());
    // The host hears where the visitor went and what went wrong, never what they answered.
    if before_route != m.route {
        // The offer of another way belongs to the download buttons just used.
        m.downloaded = None;
        m.tab_blocked = false;
        match m.route {
            Route::Screen(screen) => fx.push(Effect::Emit(step_event(screen))),
            Route::Review => fx.push(Effect::Emit(HostEvent::Review)),
            Route::Plan if Section::ALL.iter().all(|s| m.status(*s) == Status::Done) => {
                fx.push(Effect::Emit(HostEvent::Complete));
            }
            _ => {}
        }
    }
    let error = error_kind(m.notice.as_ref());
    if error != before_error {
        if let Some(kind) = error {
            fx.push(Effect::Emit(HostEvent::Error(kind)));
        }
    }
    // A page with a part the documents module renders shows it for the answers as they are.
    if renders_in_module(m.route, &m.plan) {
        let current = match &m.document {
            Document::Waiting(r, p, l) | Document::Ready(r, p, l, _) => {
                *r == m.route && **p == m.plan && *l == m.lang
            }
            Document::None | Document::Unavailable => false,
        };
        let moved = before_route != m.route;
        if !current && (moved || !matches!(m.document, Document::Unavailable)) {
            m.document = Document::Waiting(m.route, plan_box(m), m.lang);
            fx.push(Effect::Render(m.route, plan_box(m), m.lang));
        }
    }
    fx
}
