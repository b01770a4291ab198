//! Markdown export: CommonMark with pipe tables, in a fixed section order, readable as plain
//! text. User text is escaped so it can never become a link, an image, HTML or a table break.

use super::{file_stem, Document};
use crate::i18n::{self, Label, T};
use crate::wizard::PlanSummary;
use std::fmt::Write;

/// Escapes user text for inline Markdown. Characters that start emphasis, links, images, code,
/// tables or strike-through are backslash-escaped everywhere; `<`, `>` and `&` become entities
/// (no raw HTML, no autolinks); line-start markers (`#`, `-`, `+`, `=`, `1.`) are escaped only
/// at the start, where they mean something; line breaks fold so one answer stays one line.
#[must_use]
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\r' => {}
            '\n' | '\t' => out.push(' '),
            '\\' | '`' | '*' | '_' | '[' | ']' | '(' | ')' | '!' | '|' | '~' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    let trimmed_len = out.len() - out.trim_start().len();
    let (lead, rest) = out.split_at(trimmed_len);
    let mut chars = rest.chars();
    let first = chars.next();
    let needs = match first {
        Some('#' | '-' | '+' | '=') => true,
        Some(d) if d.is_ascii_digit() => {
            let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
            matches!(
                rest.get(digits.len()..).and_then(|r| r.chars().next()),
                Some('.')
            )
        }
        _ => false,
    };
    if !needs {
        return out;
    }
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    if digits.is_empty() {
        format!("{lead}\\{rest}")
    } else {
        // "1. " would start an ordered list: escape the dot after the number.
        format!("{lead}{digits}\\{}", rest.get(digits.len()..).unwrap_or(""))
    }
}

fn table(out: &mut String, head: &[&str], rows: &[Vec<String>]) {
    let _ = writeln!(out, "| {} |", head.join(" | "));
    let _ = writeln!(out, "|{}", " --- |".repeat(head.len()));
    for row in rows {
        let cells: Vec<String> = row.iter().map(|c| escape(c)).collect();
        let _ = writeln!(out, "| {} |", cells.join(" | "));
    }
    out.push('\n');
}

/// Renders the plan. `today` is the date printed as "made on".
#[must_use]
pub fn render(s: &PlanSummary, today: crate::domain::Date) -> Document {
    let l = s.lang;
    let t = |k: T| k.get(l);
    let mut out = String::new();
    let title = if s.org_name.is_empty() {
        t(T::DocTitle).to_string()
    } else {
        format!(
            "{} {} {}",
            t(T::DocTitle),
            t(T::DocFor),
            escape(&s.org_name)
        )
    };
    let _ = writeln!(out, "# {title}\n");
    let _ = writeln!(out, "{} {}\n", t(T::DocMade), i18n::date(today, l));

    let _ = writeln!(out, "## {}\n", t(T::DocSummary));
    if !s.org_name.is_empty() {
        let _ = writeln!(out, "**{}:** {}\n", t(T::Organisation), escape(&s.org_name));
    }
    for (label, value) in &s.facts {
        let _ = writeln!(out, "- **{}:** {}", escape(label), escape(value));
    }
    out.push('\n');

    let _ = writeln!(out, "## {}\n", t(T::DocMaturity));
    match &s.maturity {
        Some(m) => {
            let _ = writeln!(
                out,
                "- **{}:** {} ({}/5)\n- **{}:** {} ({}/5)\n",
                t(T::CurrentStage),
                m.current.label(l),
                m.current.number(),
                t(T::TargetStage),
                m.target.label(l),
                m.target.number()
            );
            for r in &m.reasons {
                let _ = writeln!(out, "- {}", escape(r));
            }
            if m.skips_stages {
                let _ = writeln!(out, "\n> {}", t(T::SkipWarning));
            }
            let _ = writeln!(out, "\n### {}\n", t(T::GrowthActions));
            for a in &m.actions {
                let _ = writeln!(out, "- {}", escape(a));
            }
            let _ = writeln!(out, "\n### {}\n", t(T::FallbackRisks));
            for r in &m.risks {
                let _ = writeln!(out, "- {}", escape(r));
            }
            out.push('\n');
        }
        None => {
            let _ = writeln!(out, "*{}:* {}\n", t(T::OpenPoint), t(T::MaturityIncomplete));
        }
    }

    let _ = writeln!(out, "## {}\n", t(T::DocGoals));
    if s.goals.is_empty() {
        let _ = writeln!(out, "*{}*\n", t(T::OpenPoint));
    } else {
        let rows: Vec<Vec<String>> = s
            .goals
            .iter()
            .map(|(g, b)| vec![g.clone(), b.clone()])
            .collect();
        table(&mut out, &[t(T::Goal), t(T::BusinessGoal)], &rows);
    }
    if !s.kpis.is_empty() {
        let rows: Vec<Vec<String>> = s
            .kpis
            .iter()
            .map(|k| {
                vec![
                    k.name.clone(),
                    k.level.clone(),
                    k.baseline.clone(),
                    k.target.clone(),
                    k.owner.clone(),
                ]
            })
            .collect();
        table(
            &mut out,
            &[
                t(T::KpiName),
                t(T::KpiLevel),
                t(T::KpiBaseline),
                t(T::KpiTarget),
                t(T::KpiOwner),
            ],
            &rows,
        );
    }

    let _ = writeln!(out, "## {}\n", t(T::DocAudiences));
    if s.audiences.is_empty() {
        let _ = writeln!(out, "*{}*\n", t(T::OpenPoint));
    } else {
        let mut rows = Vec::new();
        for a in &s.audiences {
            if a.channels.is_empty() {
                rows.push(vec![
                    a.audience.clone(),
                    String::new(),
                    String::new(),
                    String::new(),
                ]);
            }
            for c in &a.channels {
                rows.push(vec![
                    a.audience.clone(),
                    c.channel.clone(),
                    c.role.clone(),
                    c.rhythm.clone(),
                ]);
            }
        }
        table(
            &mut out,
            &[
                t(T::Audience),
                t(T::Channel),
                t(T::ChannelRole),
                t(T::Rhythm),
            ],
            &rows,
        );
    }

    let g = &s.governance;
    let _ = writeln!(out, "## {}\n", t(T::DocGovernance));
    let _ = writeln!(out, "- **{}:** {}", t(T::ChosenModel), g.chosen.label(l));
    let _ = writeln!(
        out,
        "- **{}:** {}",
        t(T::RecommendedModel),
        g.recommended.label(l)
    );
    if g.deviates && !g.reason.is_empty() {
        let _ = writeln!(out, "- **{}:** {}", t(T::Reason), escape(&g.reason));
    }
    let _ = writeln!(out, "\n{}\n", i18n::model_summary(g.chosen, l));
    let _ = writeln!(
        out,
        "- **{}:** {}",
        t(T::Pros),
        i18n::model_pros(g.chosen, l)
    );
    let _ = writeln!(
        out,
        "- **{}:** {}",
        t(T::Cons),
        i18n::model_cons(g.chosen, l)
    );
    let _ = writeln!(
        out,
        "- **{}:** {}\n",
        t(T::Tip),
        i18n::model_tip(g.chosen, l)
    );

    let _ = writeln!(out, "## {}\n", t(T::DocRules));
    for (rule, value) in &g.rules {
        let _ = writeln!(out, "- **{}:** {}", escape(rule), escape(value));
    }
    let _ = writeln!(out, "\n{}\n", t(T::WebcareNote));

    let _ = writeln!(out, "## {}\n", t(T::DocTeam));
    if s.team.is_empty() {
        let _ = writeln!(out, "*{}*\n", t(T::OpenPoint));
    } else {
        let rows: Vec<Vec<String>> = s
            .team
            .iter()
            .map(|r| {
                vec![
                    r.role.clone(),
                    r.people.clone(),
                    r.headcount.to_string(),
                    r.hours.clone(),
                ]
            })
            .collect();
        table(
            &mut out,
            &[
                t(T::Role),
                t(T::People),
                t(T::Headcount),
                t(T::HoursPerWeek),
            ],
            &rows,
        );
        let _ = writeln!(out, "**{}:** {}\n", t(T::TotalHours), s.total_hours);
        let mut head = vec![t(T::Activity)];
        head.extend(s.raci_roles.iter().map(String::as_str));
        let rows: Vec<Vec<String>> = s
            .raci_rows
            .iter()
            .map(|(a, cells)| {
                let mut row = vec![a.clone()];
                row.extend(cells.iter().cloned());
                row
            })
            .collect();
        let head: Vec<String> = head.iter().map(|h| escape(h)).collect();
        let head: Vec<&str> = head.iter().map(String::as_str).collect();
        table(&mut out, &head, &rows);
    }

    let _ = writeln!(out, "## {}\n", t(T::DocTraining));
    for m in &s.training {
        let _ = writeln!(out, "- {}", escape(m));
    }
    if let Some(reach) = s.potential_reach {
        let _ = writeln!(
            out,
            "\n**{}:** {}. {}",
            t(T::PotentialReach),
            i18n::number(reach, l),
            t(T::PotentialReachNote)
        );
    }
    out.push('\n');

    let _ = writeln!(out, "## {}\n", t(T::DocTimeline));
    match &s.timeline {
        Some(tl) => {
            let rows: Vec<Vec<String>> = tl
                .phases
                .iter()
                .map(|p| {
                    vec![
                        p.kind.label(l).to_string(),
                        i18n::date(p.start, l),
                        i18n::date(p.end, l),
                        p.weeks.to_string(),
                    ]
                })
                .collect();
            table(
                &mut out,
                &[t(T::Phase), t(T::Start), t(T::End), t(T::Weeks)],
                &rows,
            );
            let _ = writeln!(out, "### {}\n", t(T::Milestones));
            let rows: Vec<Vec<String>> = tl
                .milestones
                .iter()
                .map(|m| vec![i18n::date(m.date, l), m.title.clone()])
                .collect();
            table(&mut out, &[t(T::Date), t(T::MilestoneTitle)], &rows);
        }
        None => {
            let _ = writeln!(out, "*{}:* {}\n", t(T::OpenPoint), t(T::TimelineNeedsStart));
        }
    }

    let _ = writeln!(
        out,
        "## {}\n\n{}\n",
        t(T::DocMeasurement),
        t(T::MeasurementText)
    );

    let _ = writeln!(out, "## {}\n", t(T::DocRisks));
    if s.warnings.is_empty() {
        let _ = writeln!(out, "{}", t(T::NoWarnings));
    }
    for w in &s.warnings {
        let _ = writeln!(out, "- {}", escape(w));
    }

    Document {
        filename: format!("{}.md", file_stem(&s.org_name)),
        mime: "text/markdown;charset=utf-8",
        body: out,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_neutralises_markdown_and_html() {
        assert_eq!(escape("[x](http://e.vil)"), "\\[x\\]\\(http://e.vil\\)");
        assert_eq!(escape("<script>"), "&lt;script&gt;");
        assert_eq!(escape("a|b\nc"), "a\\|b c");
        assert_eq!(escape("![i](x)"), "\\!\\[i\\]\\(x\\)");
        assert_eq!(escape("media-plan"), "media-plan");
        assert_eq!(escape("# kop"), "\\# kop");
        assert_eq!(escape("- item"), "\\- item");
        assert_eq!(escape("2026. Jaar"), "2026\\. Jaar");
        assert_eq!(escape("2026 jaar"), "2026 jaar");
    }
}
