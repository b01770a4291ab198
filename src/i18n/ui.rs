//! Interface copy: headings, questions, help text, buttons and notices, in Dutch and English.

use super::Lang;

/// Declares a table of texts: an enum of keys, with both languages' text for each.
macro_rules! texts {
    // The interface copy: its English may come from a file (see `later`).
    (later $(#[$doc:meta])* $name:ident { $($key:ident => $nl:literal, $en:literal;)+ }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum $name { $($key),+ }

        impl $name {
            /// Every key, for the completeness test.
            pub const ALL: &'static [$name] = &[$($name::$key),+];

            // Tables indexed by the key (the enum and the tables come from one list, so their
            // orders agree), not a `match`: as data rather than a jump table of string loads,
            // the interface copy costs 0.6 KB brotli less of the first load.
            super::later::later_table!($name, [$($nl),+], [$($en),+]);

            #[must_use]
            pub fn get(self, lang: Lang) -> &'static str {
                Self::row_in(self as usize, lang)
            }
        }
    };
    ($(#[$doc:meta])* $name:ident { $($key:ident => $nl:literal, $en:literal;)+ }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum $name { $($key),+ }

        impl $name {
            /// Every key, for the completeness test.
            pub const ALL: &'static [$name] = &[$($name::$key),+];

            // A table indexed by the key (the enum and the table come from one list, so their
            // orders agree), not a `match`: as data rather than a jump table of string loads,
            // the interface copy costs 0.6 KB brotli less of the first load.
            const TEXTS: &'static [(&'static str, &'static str)] = &[$(($nl, $en)),+];

            #[must_use]
            pub fn get(self, lang: Lang) -> &'static str {
                Self::TEXTS
                    .get(self as usize)
                    .map_or("", |(nl, en)| lang.pick(nl, en))
            }
        }
    };
}

texts! {
    later
    /// A piece of interface copy.
    T {
    AppName => "Koers", "Koers";
    Tagline => "Uw plan voor social media in de zorg, stap voor stap", "Your plan for social media in care, step by step";
    SwitchToOther => "English", "Nederlands";
    SwitchToOtherLabel => "Switch to English", "Schakel naar Nederlands";
    SkipToContent => "Naar de inhoud", "Skip to content";
    TasksHeading => "Uw social media-plan", "Your social media plan";
    TasksIntro => "Werk de onderdelen door in de volgorde die u wilt. Uw antwoorden worden in deze browser bewaard; er gaat niets naar een server.", "Work through the sections in any order you like. Your answers are kept in this browser; nothing is sent to a server.";
    TasksHowLong => "Reken op 15 tot 20 minuten. U kunt altijd stoppen en later verdergaan.", "Allow 15 to 20 minutes. You can stop at any time and continue later.";
    StatusNotStarted => "Nog niet begonnen", "Not started";
    StatusInProgress => "Bezig", "In progress";
    StatusDone => "Klaar", "Done";
    StatusNeedsAttention => "Vraagt aandacht", "Needs attention";
    StartButton => "Beginnen", "Start now";
    ContinueButton => "Verder waar u was", "Continue where you were";
    ResumeHeading => "Verder met een opgeslagen plan", "Continue with a saved plan";
    ResumeHint => "Heeft u eerder een antwoordenbestand (.json) van Koers gedownload? Open het hier om verder te gaan waar u was. Koers vraagt eerst of het uw huidige antwoorden mag vervangen.", "Did you download a Koers answers file (.json) before? Open it here to continue where you were. Koers asks first whether it may replace your current answers.";
    CheckAnswersLink => "Antwoorden controleren", "Check your answers";
    PlanLink => "Naar uw plan", "Go to your plan";
    Next => "Volgende", "Continue";
    Back => "Terug", "Back";
    BackToReview => "Terug naar ‘Controleer uw antwoorden’", "Back to ‘Check your answers’";
    Overview => "Overzicht", "Overview";
    StepOf => "Stap", "Step";
    Of => "van", "of";
    Saved => "Opgeslagen in deze browser", "Saved in this browser";
    SavedSession => "Bewaard in dit tabblad; weg zodra u het sluit", "Kept in this tab; gone once you close it";
    KeepNotYet => "Nog niet bewaard: kies bovenaan of u uw antwoorden wilt bewaren", "Not kept yet: choose at the top whether to keep your answers";
    KeepQuestion => "Uw antwoorden op deze computer bewaren?", "Keep your answers on this computer?";
    KeepExplain => "Dan kunt u later verder. Ze blijven in deze browser en gaan nergens heen. Op een gedeelde computer: kies alleen dit tabblad.", "Then you can carry on later. They stay in this browser and go nowhere. On a shared computer: choose this tab only.";
    KeepLocal => "Ja, op deze computer bewaren", "Yes, keep them on this computer";
    KeepSession => "Alleen in dit tabblad", "In this tab only";
    ForgottenAfterDownload => "Uw antwoorden zijn uit deze browser gewist; wat op het scherm staat, verdwijnt als u de pagina sluit.", "Your answers have been removed from this browser; what is on screen goes once you close the page.";
    ForgetAfterDownload => "Wis mijn antwoorden uit deze browser zodra ik het plan heb gedownload", "Remove my answers from this browser once I have downloaded the plan";
    NotSaved => "Niet opgeslagen: deze browser bewaart niets", "Not saved: this browser keeps nothing";
    Forget => "Mijn antwoorden wissen", "Forget my answers";
    ForgetConfirm => "Weet u het zeker? Alle antwoorden in deze browser worden gewist. Dit kan niet ongedaan worden gemaakt.", "Are you sure? All answers in this browser will be deleted. This cannot be undone.";
    ForgetYes => "Ja, wissen", "Yes, delete";
    Cancel => "Annuleren", "Cancel";
    Forgotten => "Uw antwoorden zijn gewist.", "Your answers have been deleted.";
    ErrorSummaryTitle => "Er is een probleem", "There is a problem";
    Yes => "Ja", "Yes";
    No => "Nee", "No";
    Remove => "Verwijderen", "Remove";
    Change => "Wijzigen", "Change";
    NotAnswered => "Niet ingevuld", "Not answered";
    PrivacyNote => "Privacy: Koers bewaart uw antwoorden alleen in de opslag van deze browser (localStorage), onder één sleutel. Er worden geen cookies gebruikt en niets wordt verstuurd. Op een gedeelde computer kunt u uw antwoorden onderaan wissen.", "Privacy: Koers keeps your answers only in this browser's storage (localStorage), under one key. No cookies are used and nothing is sent. On a shared computer you can delete your answers at the bottom.";
    // Organisation
    OrgBasicsHeading => "Over uw organisatie", "About your organisation";
    OrgBasicsHelp => "De sector en de omvang bepalen hoe streng de spelregels moeten zijn en welk organisatiemodel past.", "The sector and size decide how strict the rules must be and which organisational model fits.";
    OrgName => "Naam van de organisatie", "Name of the organisation";
    Sector => "Sector", "Sector";
    SectorHelp => "In de medische sectoren geldt het beroepsgeheim streng: een bericht mag nooit een behandelrelatie verraden.", "In the medical sectors professional secrecy is strict: a post must never reveal a treatment relationship.";
    Size => "Aantal medewerkers", "Number of staff";
    OrgChannelsHeading => "Locaties, kanalen en communicatie", "Locations, channels and communication";
    OrgChannelsHelp => "Meerdere merken of veel locaties vragen om een andere aanpak dan één team op één plek.", "Several brands or many locations call for another approach than one team in one place.";
    Locations => "Aantal locaties", "Number of locations";
    Brands => "Aantal merken of labels", "Number of brands or labels";
    ChannelsLegend => "Welke kanalen gebruikt u nu, en hoe vaak?", "Which channels do you use now, and how often?";
    CommsTeam => "Is er iemand die communicatie als taak heeft?", "Does anyone have communication as a task?";
    CommsHours => "Uren per week voor communicatie nu", "Hours per week for communication now";
    HoursHint => "Bijvoorbeeld 4 of 4,5", "For example 4 or 4.5";
    // Maturity
    MaturityGridHeading => "Waar staat uw organisatie nu?", "Where does your organisation stand now?";
    MaturityGridHelp => "Kies per onderdeel de beschrijving die het best past. Wees eerlijk: het plan begint waar u nu staat, niet waar u graag zou staan.", "For each dimension, choose the description that fits best. Be honest: the plan starts where you are, not where you would like to be.";
    MaturityResultHeading => "Uw fase en uw doel", "Your stage and your target";
    MaturityResultHelp => "Dit is uw plek op de vijf fasen van de social engagement journey, met de redenen. Kies daarna waar dit plan naartoe werkt.", "This is where you stand on the five stages of the social engagement journey, with the reasons. Then choose what this plan works towards.";
    MaturityIncomplete => "Vul eerst alle onderdelen van de zelfscan in; dan ziet u hier uw fase.", "Complete every dimension of the self-assessment first; then your stage appears here.";
    TargetQuestion => "Naar welke fase werkt dit plan toe?", "Which stage does this plan work towards?";
    TargetHelp => "Standaard is dat de volgende fase. Een fase overslaan kan, maar is riskant.", "By default this is the next stage. Skipping a stage is possible but risky.";
    TargetNext => "De volgende fase (aanbevolen)", "The next stage (recommended)";
    // Goals
    GoalsHeading => "Wat moet social media opleveren?", "What should social media achieve?";
    GoalsHelp => "Kies de doelen en schrijf bij elk op welk organisatiedoel het dient. Slechts een derde van de organisaties koppelt social media aan organisatiedoelen; dat maakt het verschil.", "Choose the goals and note for each which organisational goal it serves. Only a third of organisations link social media to business goals; that is what makes the difference.";
    BusinessGoal => "Welk organisatiedoel dient dit?", "Which organisational goal does this serve?";
    KpisHeading => "Hoe meet u het?", "How will you measure it?";
    KpisHelp => "Meet op de ladder bereik → betrokkenheid → invloed → actie, en daarnaast de dienstverlening: hoe snel en goed vragen en klachten worden beantwoord. Noteer de nulmeting, het doel en wie het meet.", "Measure along the ladder exposure → engagement → influence → action, and beside it service: how quickly and well questions and complaints are answered. Note the baseline, the target and who measures it.";
    KpiName => "Naam van de indicator", "Indicator";
    KpiItem => "Indicator", "Indicator";
    KpiLevel => "Niveau", "Level";
    KpiBaseline => "Nulmeting", "Baseline";
    KpiBaselineHint => "Een getal, te meten aan het eind van de luisterfase. Leeg laten mag tot dan.", "A number, measured at the end of the listening phase. It may stay empty until then.";
    KpiTarget => "Streefwaarde", "Target";
    KpiOwner => "Eigenaar", "Owner";
    KpiGoal => "Bij welk doel hoort deze indicator?", "Which goal does this indicator measure?";
    KpiUnit => "Eenheid", "Unit";
    KpiUnitHint => "Bijvoorbeeld sollicitaties, volgers of %.", "For example applications, followers or %.";
    KpiDirection => "Beter is", "Better is";
    KpiSource => "Bron van de cijfers", "Source of the figures";
    KpiSourceHint => "Waar het getal vandaan komt, bijvoorbeeld de statistieken van het kanaal of het sollicitatiesysteem.", "Where the figure comes from, for example the channel's statistics or the applicant system.";
    KpiFrequency => "Hoe vaak gemeten", "Measured";
    AddKpi => "Indicator toevoegen", "Add an indicator";
    NoKpis => "Nog geen indicatoren. Voeg er minstens één toe per doel.", "No indicators yet. Add at least one per goal.";
    ScopeHeading => "Voor wie en waar?", "For whom and where?";
    ScopeHelp => "Begin klein als u twijfelt: een pilotteam leert sneller dan de hele organisatie tegelijk.", "Start small when in doubt: a pilot team learns faster than the whole organisation at once.";
    ScopeLevel => "Wat valt onder dit plan?", "What does this plan cover?";
    AudiencesLegend => "Doelgroepen", "Audiences";
    ChannelsFor => "Kanalen voor deze doelgroep", "Channels for this audience";
    ChannelRole => "Rol", "Role";
    Rhythm => "Ritme", "Rhythm";
    // Governance
    GovInputsHeading => "Vertrouwen en training", "Trust and training";
    TrainingFromGrid => "Training: uit uw zelfscan", "Training: from your self-assessment";
    TrainingFromGridHint => "Training vraagt Koers één keer, in de zelfscan. Pas het daar aan.", "Koers asks about training once, in the self-assessment. To change it, change it there.";
    TasksAccountable => "Eindverantwoordelijk (A)", "Accountable (A)";
    TasksResponsible => "Voert uit (R)", "Carries it out (R)";
    TasksConsulted => "Geraadpleegd (C)", "Consulted (C)";
    TasksInformed => "Geïnformeerd (I)", "Informed (I)";
    TasksNobody => "Nog niemand", "Nobody yet";
    TasksShowConsulted => "Ook vastleggen wie geraadpleegd en geïnformeerd wordt", "Also record who is consulted and informed";
    TasksHideConsulted => "Geraadpleegd en geïnformeerd verbergen", "Hide consulted and informed";
    GovInputsHelp => "Hoeveel ruimte medewerkers krijgen, hangt af van vertrouwen én training. Zonder training is vertrouwen een risico.", "How much room staff get depends on trust and training. Without training, trust is a risk.";
    Trust => "Hoeveel vertrouwt het bestuur medewerkers om namens de organisatie te spreken?", "How far does the board trust staff to speak for the organisation?";
    Training => "Welke social media-training is er nu?", "What social media training exists now?";
    GovModelHeading => "Welk organisatiemodel past?", "Which organisational model fits?";
    GovModelHelp => "Het advies volgt uit uw antwoorden. U mag een ander model kiezen; schrijf dan op waarom.", "The recommendation follows from your answers. You may choose another model; if so, note why.";
    Recommended => "Advies", "Recommended";
    ModelsCompared => "De vijf modellen naast elkaar", "The five models side by side";
    ChooseModelLegend => "Uw keuze", "Your choice";
    ChoiceReason => "Waarom kiest u een ander model?", "Why do you choose another model?";
    GovRulesHeading => "Spelregels", "Rules";
    GovRulesHelp => "Wat offline geldt, geldt online: beroepsgeheim, AVG en het klachtrecht. Leg vast wie mag spreken en wat er gebeurt bij negatieve publiciteit.", "What applies offline applies online: professional secrecy, GDPR and complaint rights. Record who may speak and what happens with negative publicity.";
    Spokespeople => "Wie mag namens de organisatie spreken?", "Who may speak for the organisation?";
    Approval => "Wanneer wordt een bericht gecontroleerd?", "When is a post checked?";
    ResponseTime => "Hoe snel reageert u op vragen en reacties?", "How fast do you respond to questions and comments?";
    Escalation => "Wie wordt gebeld bij negatieve publiciteit?", "Who is called when negative publicity escalates?";
    EscalationHint => "Een functie of naam, bijvoorbeeld ‘bestuurssecretaris’", "A role or a name, for example ‘board secretary’";
    DocSpokespeople => "Wie namens de organisatie post", "Who posts for the organisation";
    DocApproval => "Controle van berichten", "Checking posts";
    DocResponseTime => "Reactietermijn", "Response time";
    DocEscalation => "Escalatie bij negatieve publiciteit naar", "Negative publicity escalates to";
    DocConsent => "Toestemming voor beelden van cliënten, nu", "Consent for images of clients, now";
    DocConsentGroups => "Cliënten die in berichten kunnen voorkomen", "Clients who may appear in posts";
    RulesChecks => "Afspraken", "Agreements";
    ConsentRequirement => "Wat de wet vraagt: een herkenbare cliënt op een foto of video is een gezondheidsgegeven (bijzonder persoonsgegeven, AVG art. 9). Publiceren mag alleen met uitdrukkelijke toestemming vooraf, schriftelijk vastgelegd en in te trekken. Voor wie dat niet zelf kan, geeft de wettelijk vertegenwoordiger toestemming; voor kinderen onder de 16 een ouder of voogd.", "What the law asks: a recognisable client in a photo or video is health data (special-category personal data, GDPR art. 9). Publishing it is allowed only with explicit prior consent, recorded in writing and open to withdrawal. For someone who cannot consent, their legal representative does; for children under 16, a parent or guardian.";
    ConsentQuestion => "Hoe legt u die toestemming nu vast?", "How do you record that consent now?";
    ConsentHint => "Het plan rekent met uw antwoord: wat niet aan de wet voldoet, staat bovenaan het plan als hoog risico.", "The plan works with your answer: what does not meet the law goes to the top of the plan as a high risk.";
    ConsentGroupsQuestion => "Welke cliënten kunnen in uw berichten voorkomen?", "Which clients may appear in your posts?";
    ConsentGroupsHint => "Daarvan hangt af wie toestemming geeft. Laat u dit leeg, dan gaat het plan uit van wat in uw sector gebruikelijk is.", "That decides who gives consent. If you leave this empty, the plan assumes what is usual in your sector.";
    PrivateDisclaimer => "Medewerkers die op persoonlijke titel posten, vermelden dat", "Staff posting in a private capacity say so";
    CrisisInPlan => "Het webcare- en crisisprotocol is deel van het algemene crisisplan", "The webcare and crisis protocol is part of the general crisis plan";
    WebcareNote => "Zorgverleners mogen een behandelrelatie niet bevestigen. Reageer procesmatig, nodig uit voor een persoonlijk gesprek en verwijs naar de klachtenregeling.", "Care providers may not confirm a treatment relationship. Respond about the process, invite a private conversation and point to the complaints procedure.";
    // Staffing
    TeamHeading => "Wie doet wat?", "Who does what?";
    TeamHelp => "Een multidisciplinair team met een sponsor uit het bestuur houdt een uitrol overeind.", "A multidisciplinary team with a board sponsor keeps a rollout going.";
    RolesLegend => "Welke rollen heeft het team?", "Which roles does the team have?";
    RolesHint => "Kies elke rol die iemand vervult; vul daarna per rol in wie het zijn en hoeveel tijd ze hebben.", "Choose every role someone fills; then note for each role who they are and how much time they have.";
    People => "Wie (namen of omschrijving)", "Who (names or description)";
    Headcount => "Aantal mensen", "Number of people";
    HoursPerWeek => "Uren per week per persoon", "Hours per week per person";
    RoleDiscipline => "Uit welke discipline komen zij?", "Which discipline do they come from?";
    TotalHours => "Totaal uren per week", "Total hours per week";
    RaciHeading => "Taken verdelen (RACI)", "Sharing the tasks (RACI)";
    RaciHelp => "Per taak één eindverantwoordelijke (A) en wie de taak uitvoert (R). In een klein team mag dat dezelfde rol zijn; wie eindverantwoordelijk is en niemand aanwijst, voert de taak zelf uit.", "Per task one accountable role (A), and who carries it out (R). In a small team that may be the same role; whoever is accountable and names nobody else carries the task out.";
    RaciNeedsRoles => "Voeg eerst rollen toe aan het team.", "Add roles to the team first.";
    TrainingHeading => "Training en ambassadeurs", "Training and ambassadors";
    TrainingHelp => "Ambassadeurs vergroten het bereik, maar alleen met training en spelregels.", "Ambassadors widen the reach, but only with training and rules.";
    TrainingLegend => "Het trainingstraject", "The training path";
    Ambassadors => "Aantal ambassadeurs", "Number of ambassadors";
    NetworkSize => "Gemiddeld aantal contacten per ambassadeur", "Average contacts per ambassador";
    PotentialReach => "Potentieel bereik", "Potential reach";
    PotentialReachNote => "Dit is het grootst mogelijke bereik als iedere ambassadeur een bericht deelt; het werkelijke bereik is lager.", "This is the largest possible reach if every ambassador shares a post; the actual reach is lower.";
    Warnings => "Aandachtspunten", "Other issues to note";
    // Phasing
    DatesHeading => "Fasering en planning", "Phasing and time planning";
    DatesHelp => "Luister eerst: een nulmeting laat later zien wat de uitrol heeft opgeleverd. Plan de eerste evaluatie binnen een halfjaar na de livegang.", "Listen first: a baseline shows later what the rollout achieved. Plan the first evaluation within six months of going live.";
    StartDate => "Startdatum", "Start date";
    DateHint => "Bijvoorbeeld 2 maart 2026", "For example 2 March 2026";
    Phase => "Fase", "Phase";
    Weeks => "Weken", "Weeks";
    Overlap => "Overlap met vorige fase (weken)", "Overlap with previous phase (weeks)";
    EvaluationPlanned => "Er is een evaluatiemoment gepland", "An evaluation moment is planned";
    FirstEvaluation => "Eerste evaluatie: weken na de livegang", "First evaluation: weeks after go-live";
    Cadence => "Daarna evalueren", "Evaluate after that";
    MilestonesLegend => "Eigen mijlpalen", "Own milestones";
    MilestoneTitle => "Mijlpaal", "Milestone";
    MilestoneDate => "Datum", "Date";
    AddMilestone => "Mijlpaal toevoegen", "Add a milestone";
    TimelineHeading => "Uw tijdlijn", "Your timeline";
    PilotGroup => "Wie draait de pilot?", "Who runs the pilot?";
    PilotGroupHint => "Eén team, afdeling of locatie, bijvoorbeeld ‘de afdeling Cardiologie’ of ‘woonlocatie De Linde’. Kies een groep met een leidinggevende die het wil en collega's die al online actief zijn.", "One team, department or location, for example ‘the cardiology ward’ or ‘the De Linde residence’. Choose a group whose manager wants it and whose colleagues are already active online.";
    TimelineNeedsStart => "Vul een startdatum in om de tijdlijn te zien.", "Enter a start date to see the timeline.";
    TimelineText => "De tijdlijn als tekst", "The timeline as text";
    Milestones => "Mijlpalen", "Milestones";
    GoLive => "Livegang", "Go-live";
    // Review and plan
    ReviewHeading => "Controleer uw antwoorden", "Check your answers";
    ReviewIntro => "Klopt alles? Met ‘Wijzigen’ past u een antwoord aan en komt u hier terug.", "Is everything right? ‘Change’ lets you edit an answer and brings you back here.";
    ReviewHasProblems => "Sommige onderdelen zijn nog niet compleet. U kunt het plan toch bekijken; lege onderdelen staan er als open punt in.", "Some sections are not complete yet. You can still view the plan; empty parts appear as open points.";
    ToPlan => "Naar uw plan", "Go to your plan";
    PlanHeading => "Uw plan", "Your plan";
    PlanIntro => "Dit is uw plan. Download het om te delen met uw bestuur of verder te bewerken.", "This is your plan. Download it to share with your board or to edit further.";
    Downloads => "Downloads", "Downloads";
    DownloadMarkdown => "Markdown (.md)", "Markdown (.md)";
    DownloadHtml => "Afdrukbaar document (.html)", "Printable document (.html)";
    DownloadJson => "Antwoordenbestand (.json)", "Answers file (.json)";
    DownloadIcs => "Agenda (.ics)", "Calendar (.ics)";
    DownloadDocx => "Word (.docx)", "Word document (.docx)";
    ShareHeading => "Delen via een link", "Share with a link";
    ShareButton => "Deellink maken", "Create a share link";
    ShareWarning => "Let op: iedereen die deze link heeft, kan al uw antwoorden lezen. De antwoorden staan in de link zelf (na het #-teken) en worden nergens opgeslagen.", "Note: anyone who has this link can read all your answers. The answers are inside the link itself (after the # sign) and are not stored anywhere.";
    ShareLinkLabel => "Uw deellink", "Your share link";
    CopyLink => "Link kopiëren", "Copy link";
    LinkCopied => "Gekopieerd. Plak de link waar u hem bewaart.", "Copied. Paste the link where you keep it.";
    LinkNotCopied => "Kopiëren lukte niet in deze browser. Tik in het veld, selecteer alles en kopieer de link zelf.", "Copying did not work in this browser. Tap the field, select all and copy the link yourself.";
    ShareOpened => "Deze link bevat een plan. Wilt u het openen? Het vervangt uw huidige antwoorden:", "This link holds a plan. Do you want to open it? It replaces your current answers:";
    PrintHint => "Kies in het afdrukvenster ‘Opslaan als pdf’ voor een pdf.", "Choose ‘Save as PDF’ in the print dialog for a PDF.";
    Print => "Afdrukken / opslaan als pdf", "Print / save as PDF";
    AnswersFileNote => "Met het antwoordenbestand gaat u later verder, ook in een andere browser. U bent zelf verantwoordelijk voor het veilig bewaren ervan.", "The answers file lets you continue later, in another browser too. You are responsible for keeping it safe.";
    LoadAnswers => "Antwoordenbestand laden", "Load an answers file";
    LoadReplaceWarning => "Dit bestand vervangt uw huidige antwoorden:", "This file replaces your current answers:";
    WhatIsReplaced => "Wat wordt vervangen", "What is replaced";
    LoadConfirm => "Ja, vervangen", "Yes, replace";
    Loaded => "Het antwoordenbestand is geladen.", "The answers file has been loaded.";
    LinkOpened => "Het plan uit de link is geopend.", "The plan from the link has been opened.";
    ShareOpenedFresh => "Deze link bevat een plan. Wilt u het openen?", "This link holds a plan. Do you want to open it?";
    LoadFresh => "Wilt u dit antwoordenbestand openen?", "Do you want to open this answers file?";
    ExampleOpenFresh => "Wilt u met dit voorbeeld beginnen? Alle antwoorden blijven te wijzigen.", "Do you want to start from this example? Every answer can still be changed.";
    OpenIt => "Ja, openen", "Yes, open it";
    DocumentsUnavailable => "Dit onderdeel van Koers kon niet laden, misschien omdat de verbinding wegviel. Uw antwoorden zijn bewaard. Laad de pagina opnieuw en probeer het nog eens.", "This part of Koers could not load, perhaps because the connection dropped. Your answers are kept. Reload the page and try again.";
    PageBuilding => "Een moment: deze pagina wordt opgesteld…", "One moment: this page is being put together…";
    PageUnavailable => "Deze pagina kon niet worden opgesteld, misschien omdat de verbinding wegviel. Uw antwoorden zijn bewaard.", "This page could not be put together, perhaps because the connection dropped. Your answers are kept.";
    TryAgain => "Opnieuw proberen", "Try again";
    // Plan document
    Organisation => "Organisatie", "Organisation";
    CurrentStage => "Huidige fase", "Current stage";
    RecommendedModel => "Geadviseerd model", "Recommended model";
    Start => "Start", "Start";
    End => "Einde", "End";
    Errored => "Er ging iets mis in Koers. Uw opgeslagen antwoorden zijn bewaard. Laad de pagina opnieuw om verder te gaan.", "Something went wrong in Koers. Your saved answers are kept. Reload the page to continue.";
    StorageUnavailable => "Deze browser staat opslaan niet toe (bijvoorbeeld in een privévenster). U kunt Koers gewoon gebruiken, maar uw antwoorden verdwijnen als u de pagina sluit. Download tussendoor het antwoordenbestand.", "This browser does not allow saving (in a private window, for example). You can use Koers as normal, but your answers disappear when you close the page. Download the answers file now and then.";
    StorageCorrupt => "De opgeslagen antwoorden in deze browser konden niet worden gelezen. Ze zijn nog niet gewist: download ze hieronder voordat u verdergaat.", "The answers saved in this browser could not be read. They have not been deleted: download them below before you continue.";
    DownloadCorrupt => "Onleesbare gegevens downloaden", "Download the unreadable data";
    StorageFull => "De opslag van deze browser is vol; uw laatste wijzigingen zijn niet bewaard. Download het antwoordenbestand.", "This browser's storage is full; your latest changes were not saved. Download the answers file.";
    StorageLow => "De opslag van deze browser raakt vol. Uw plan is bewaard, maar er is weinig ruimte voor meer (zoals nieuwe evaluaties). Download het antwoordenbestand, zodat u niets kwijtraakt.", "This browser's storage is nearly full. Your plan is saved, but there is little room for more (such as new evaluations). Download the answers file so you lose nothing.";
    DownloadAnswersNow => "Antwoordenbestand downloaden", "Download the answers file";
    DownloadOffered => "Het bestand is aan uw browser gegeven. Geen download gezien? Sommige browsers en ingesloten pagina's houden downloads tegen. Open het dan in een nieuw tabblad, of bewaar uw antwoorden met een deellink.", "The file was handed to your browser. No download? Some browsers and embedded pages block downloads. Open it in a new tab instead, or keep your answers with a share link.";
    OpenInTab => "Openen in een nieuw tabblad", "Open in a new tab";
    TabBlocked => "Uw browser hield ook het nieuwe tabblad tegen. Maak een deellink: daarmee opent u uw antwoorden later weer, op elk apparaat.", "Your browser blocked the new tab as well. Create a share link: it opens your answers again later, on any device.";
    OtherTab => "Uw antwoorden zijn in een ander tabblad gewijzigd. Laad de pagina opnieuw om die versie te zien; wat u hier verder invult, overschrijft ze.", "Your answers were changed in another tab. Reload the page to see that version; what you enter here from now on overwrites it.";
    Dismiss => "Sluiten", "Dismiss";
    AutosaveOff => "Automatisch opslaan staat uit op deze pagina. Download het antwoordenbestand om verder te gaan.", "Autosave is off on this page. Download the answers file to continue later.";
    Workshop => "Presentatiemodus", "Workshop mode";
    ShortcutsHeading => "Sneltoetsen in presentatiemodus", "Shortcuts in workshop mode";
    ShortcutNext => "Volgende stap", "Next step";
    ShortcutBack => "Vorige stap", "Previous step";
    ShortcutOverview => "Overzicht", "Overview";
    ShortcutFullscreen => "Volledig scherm aan of uit", "Fullscreen on or off";
    ShortcutHelp => "Deze hulp tonen of verbergen", "Show or hide this help";
    ShortcutsHint => "Sneltoetsen werken als de focus niet in een invoerveld staat. Druk op ? voor hulp.", "Shortcuts work when the focus is not in a field. Press ? for help.";
    Close => "Sluiten", "Close";
    AccessibilityStatement => "Toegankelijkheidsverklaring (opent in een nieuw tabblad)", "Accessibility statement (opens in a new tab)";
    Question => "Vraag", "Question";
    BudgetHeading => "Wat kost het?", "What does it cost?";
    BudgetHelp => "Een schatting voor het bestuur: de uren van het team in geld, plus training en hulpmiddelen. Pas de aannames aan als u betere cijfers hebt.", "An estimate for the board: the team's hours in money, plus training and tools. Change the assumptions when you have better figures.";
    ExampleLabel => "Of begin met een voorbeeld", "Or start from an example";
    ExampleHint => "Voorbeeldantwoorden van een verzonnen organisatie in uw sector. U ziet eerst wat erin staat; daarna past u alles aan.", "Example answers of a made-up organisation in your sector. You see what is in them first; then you change whatever you like.";
    ChooseOne => "Kies…", "Choose…";
    GroupHeading => "Samen scoren", "Score together";
    GroupIntro => "Laat iedereen in de zaal de zelfscan op de eigen telefoon invullen. Niemand hoeft iets te installeren of in te loggen, en er gaat niets naar een server.", "Let everyone in the room fill in the self-assessment on their own phone. Nobody installs anything or logs in, and nothing goes to a server.";
    GroupOpen => "Samen scoren beginnen", "Start scoring together";
    GroupClose => "Samen scoren sluiten", "Close scoring together";
    GroupLinkIntro => "Open deze link of scan de code. Workshopcode:", "Open this link or scan the code. Workshop code:";
    GroupQrName => "QR-code van de link om mee te scoren", "QR code of the link to score along";
    GroupCodesLabel => "Codes van de deelnemers", "Participants' codes";
    GroupCodesHint => "Plak of typ de codes die terugkomen, één per regel; naam en tijd uit een chat mogen erbij staan. Een code van een andere workshop of met een typefout wordt geweigerd met de reden.", "Paste or type the codes that come back, one per line; a name and time from a chat may come with them. A code from another workshop or with a typo is refused with the reason.";
    GroupAdd => "Codes toevoegen", "Add the codes";
    GroupCodesRead => "Codes gelezen", "Codes read";
    GroupRepeated => "dubbel binnengekomen en één keer geteld", "came in twice and counted once";
    GroupTableCaption => "Stemmen per onderdeel en fase; met + en − telt u ook met de hand", "Votes per dimension and stage; + and − count by hand too";
    GroupDimension => "Onderdeel", "Dimension";
    GroupStage => "fase", "stage";
    GroupPlus => "Eén stem meer", "One vote more";
    GroupMinus => "Eén stem minder", "One vote less";
    GroupMedian => "Mediaan", "Median";
    GroupSpread => "Spreiding", "Spread";
    GroupDisagree => "bespreek het verschil", "talk about the difference";
    GroupAdopt => "Overnemen", "Adopt";
    GroupPlanNow => "Nu in het plan", "In the plan now";
    GroupCloseWarning => "Sluiten gooit de stemmen van deze sessie weg: wie al scoorde, moet dan opnieuw scoren.", "Closing throws this session's votes away: everyone who scored would have to score again.";
    GroupCloseYes => "Sluiten en stemmen weggooien", "Close and throw the votes away";
    GroupCloseNo => "Terug naar de sessie", "Back to the session";
    ScoreHeading => "Scoor mee", "Join the scoring";
    ScoreIntro => "Kies per onderdeel de beschrijving die het best past. U krijgt daarna een code om aan de begeleider te sturen. Workshop", "For each dimension, choose the description that fits best. You then get a code to send to the facilitator. Workshop";
    ScoreShowCode => "Toon mijn code", "Show my code";
    ScoreMissing => "Kies eerst nog een beschrijving bij", "First choose a description for";
    ScoreYourCode => "Uw code:", "Your code:";
    ScoreSendCode => "Stuur deze code naar de begeleider (chat of mail), of lees hem voor. Uw naam zit er niet in.", "Send this code to the facilitator (chat or mail), or read it out. Your name is not in it.";
    CopyCode => "Code kopiëren", "Copy the code";
    CodeCopied => "Gekopieerd. Plak de code in de chat of mail aan de begeleider.", "Copied. Paste the code into the chat or mail to the facilitator.";
    CodeNotCopied => "Kopiëren lukte niet in deze browser. Houd de code ingedrukt om hem te selecteren, of lees hem voor.", "Copying did not work in this browser. Press and hold the code to select it, or read it out.";
    EvaluateHeading => "Evaluatiemoment", "Evaluation moment";
    EvaluateCaption => "Na het plan · Evaluatie", "After the plan · Evaluation";
    EvaluateHelp => "Kijk terug op de afgelopen periode: scoor de zelfscan opnieuw, vul de gemeten waarden in en geef aan hoe de acties liepen. Koers zet het naast het plan en stelt de volgende stappen voor.", "Look back on the past period: score the self-assessment again, enter the measured values and say how the actions went. Koers holds it against the plan and proposes the next steps.";
    EvalScoresLegend => "Waar staat de organisatie nu?", "Where does the organisation stand now?";
    EvalActualsLegend => "Gemeten waarden", "Measured values";
    EvalActionsLegend => "Hoe liepen de acties uit het plan?", "How did the plan's actions go?";
    EvalIncidents => "Incidenten en webcarezaken sinds het vorige moment", "Incidents and webcare cases since the last moment";
    EvalDate => "Datum van dit evaluatiemoment", "Date of this evaluation moment";
    EvalDateHint => "Vandaag, tenzij u een eerder gehouden bijeenkomst invoert.", "Today, unless you are entering a meeting held earlier.";
    EvalClose => "Evaluatie afronden", "Finish the evaluation";
    ReportHeading => "Voortgangsrapportage voor het bestuur", "Progress report for the board";
    ReportHint => "Deze evaluatie naast het plan: fasen toen en nu, de indicatoren, de acties en de volgende stappen.", "This evaluation beside the plan: the stages then and now, the indicators, the actions and the next steps.";
    EvalCloseHint => "Afgerond telt deze evaluatie als het vertrekpunt voor de volgende. Haar voortgangsrapportage blijft daarna te downloaden, als Word-bestand of printbare webpagina, bij ‘Plan evalueren’ op het overzicht.", "Once finished, this evaluation is the starting point for the next one. Its progress report can still be downloaded afterwards, as a Word file or a printable web page, under ‘Evaluate the plan’ on the overview.";
    EvaluateStart => "Plan evalueren", "Evaluate the plan";
    EvaluationsDone => "Afgeronde evaluaties", "Finished evaluations";
    ReportOfMoment => "Voortgangsrapportage (Word)", "Progress report (Word)";
    ReportOfMomentHtml => "printbare webpagina (HTML)", "printable web page (HTML)";
    EvaluateStartHint => "Een half jaar verder, of bij een evaluatiemoment uit de planning? Scoor opnieuw en zie wat er veranderd is.", "Six months on, or at an evaluation moment from the timeline? Score again and see what has changed.";
    EvaluationClosed => "De evaluatie is afgerond en bewaard in dit plan.", "The evaluation is finished and kept in this plan.";
    NoOpenEvaluation => "Er is geen evaluatie open. Begin er een vanaf het overzicht.", "No evaluation is open. Start one from the overview.";
    ExampleReplaceWarning => "Dit voorbeeld komt in de plaats van de antwoorden hieronder. Uw eigen antwoorden kunt u eerst bewaren als bestand.", "This example takes the place of the answers below. You can save your own answers as a file first.";
    ExampleLoaded => "Het voorbeeld staat klaar. Pas de antwoorden aan aan uw eigen organisatie; alles blijft te wijzigen.", "The example is ready. Adapt the answers to your own organisation; everything can still be changed.";
    ExampleOpen => "Voorbeeld openen", "Open the example";
    EnglishUnavailable => "De Engelse teksten konden niet worden geladen, misschien omdat de verbinding wegviel. Koers blijft in het Nederlands; probeer het later opnieuw.", "The English texts could not be loaded, perhaps because the connection dropped. Koers stays in Dutch for now; try again later.";
    // While the English texts are on their way after the switch was pressed.
    LoadingEnglish => "Engelse teksten worden geladen…", "Loading the English texts…";
    // Shown beside the Dutch above, to a visitor who asked for English: English in both columns.
    EnglishUnavailableInEnglish => "The English texts could not be loaded, perhaps because the connection dropped. Koers stays in Dutch for now; try again later.", "The English texts could not be loaded, perhaps because the connection dropped. Koers stays in Dutch for now; try again later.";
    ExampleFailed => "Het voorbeeld kon niet worden geladen, misschien omdat er geen verbinding is. Er is niets veranderd; probeer het opnieuw.", "The example could not be loaded, perhaps because there is no connection. Nothing has changed; try again.";
    BudgetYearOne => "Geschatte kosten jaar 1", "Estimated cost, year 1";
    BudgetLater => "Geschatte kosten per jaar daarna", "Estimated cost per year after";
    InEvaluationPhase => "valt in de evaluatiefase", "falls in the evaluation phase";
    BudgetIntro => "De bedragen zijn aannames om mee te beginnen, geen offerte. Een leeg veld gebruikt weer de standaardwaarde.", "The amounts are assumptions to start from, not a quote. An emptied field goes back to the default.";
    RatesLegend => "Integrale kosten per uur, in euro (salaris plus werkgeverslasten en overhead)", "Fully loaded cost per hour, in euros (salary plus employer costs and overhead)";
    RateLabel => "Kosten per uur", "Cost per hour";
    CostsLegend => "Overige kosten, in euro", "Other costs, in euros";
    TrainingCost => "Training per persoon", "Training per person";
    MonitoringTool => "Monitoringtool per jaar (luisteren en webcare)", "Monitoring tool per year (listening and webcare)";
    SchedulingTool => "Planningstool per jaar (berichten plannen en goedkeuren)", "Scheduling tool per year (planning and approving posts)";
    Promotion => "Betaalde promotie van vacatures per jaar", "Paid promotion of vacancies per year";
    }
}

pub(crate) use texts;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::D;

    /// Brand names and a few cognates are the same in both languages; everything else must
    /// differ, or a translation was forgotten.
    const SAME_IN_BOTH: &[T] = &[
        T::AppName,
        T::DownloadMarkdown,
        T::Start,
        T::Sector,
        T::Downloads,
        T::Organisation,
        T::KpiItem,
        T::EnglishUnavailableInEnglish,
    ];

    #[test]
    fn every_ui_string_exists_in_both_languages() {
        for t in T::ALL {
            let (nl, en) = (t.get(Lang::Nl), t.get(Lang::En));
            assert!(!nl.trim().is_empty() && !en.trim().is_empty(), "{t:?}");
            if !SAME_IN_BOTH.contains(t) {
                assert_ne!(nl, en, "{t:?} is not translated");
            }
        }
        for d in D::ALL {
            let (nl, en) = (d.get(Lang::Nl), d.get(Lang::En));
            assert!(!nl.trim().is_empty() && !en.trim().is_empty(), "{d:?}");
            if !matches!(
                d,
                D::DocTraining
                    | D::DocImpact
                    | D::DocDiscipline
                    | D::Score
                    | D::Tip
                    | D::BudgetTraining
                    | D::ScrDates
            ) {
                assert_ne!(nl, en, "{d:?} is not translated");
            }
        }
    }
}
