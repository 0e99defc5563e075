"""Meeting agenda (before) and minutes (after)."""

from __future__ import annotations

from datetime import datetime

from reportlab.platypus import Flowable, Spacer

from caseworker.domain.documents import ActionItem, Attendance, Attendee, Decision, MeetingData
from caseworker.domain.i18n import N_
from caseworker.reports import formatting
from caseworker.reports.base import (
    Column,
    Context,
    DocumentInfo,
    Output,
    Part,
    RenderResult,
    Section,
    Translate,
    data_table,
    facts,
    grid,
    keep,
    letterhead,
    render_parts,
)
from caseworker.reports.styles import INK

AGENDA_TITLE = N_("Agenda")
MINUTES_TITLE = N_("Minutes")


def render_agenda(
    doc: MeetingData,
    out: Output,
    *,
    made_by: str,
    made_at: datetime,
    translate: Translate | None = None,
) -> RenderResult:
    info = DocumentInfo(title=f"{(translate or str)(AGENDA_TITLE)}: {doc.title}", subject=doc.title,
                        keywords=("meeting", "agenda"))
    return render_parts(out, organisation=doc.organisation, made_by=made_by, made_at=made_at,
                        translate=translate, info=info, make_parts=lambda ctx: [agenda_part(ctx, doc)])


def render_minutes(
    doc: MeetingData,
    out: Output,
    *,
    made_by: str,
    made_at: datetime,
    translate: Translate | None = None,
) -> RenderResult:
    info = DocumentInfo(title=f"{(translate or str)(MINUTES_TITLE)}: {doc.title}", subject=doc.title,
                        keywords=("meeting", "minutes"))
    return render_parts(out, organisation=doc.organisation, made_by=made_by, made_at=made_at,
                        translate=translate, info=info, make_parts=lambda ctx: [minutes_part(ctx, doc)])


def when_line(ctx: Context, doc: MeetingData) -> str:
    """"12 Mar 2026, 18:00–19:30 GMT (Europe/London)": the meeting's own zone, named."""
    zone = doc.time_zone
    start = formatting.local(doc.starts_at, zone)
    end = formatting.local(doc.ends_at, zone)
    day = ctx.date(start.date())
    times = f"{start:%H:%M}–{end:%H:%M} {end.tzname()}"
    if end.date() != start.date():
        times = f"{start:%H:%M} – {ctx.date(end.date())} {end:%H:%M} {end.tzname()}"
    # The zone is named once: "UTC", not "UTC (UTC)".
    return f"{day}, {times}" if end.tzname() == zone else f"{day}, {times} ({zone})"


def moment_line(ctx: Context, moment: datetime, zone: str) -> str:
    """"14 Jul 2026, 18:00 BST (Europe/London)", in the meeting's own zone, named once."""
    local = formatting.local(moment, zone)
    text = f"{ctx.date(local.date())}, {local:%H:%M} {local.tzname()}"
    return text if local.tzname() == zone else f"{text} ({zone})"


def _header(ctx: Context, doc: MeetingData, title: str) -> list[Flowable]:
    story = letterhead(ctx, title, [doc.title, when_line(ctx, doc)])
    pairs = [(ctx.t(N_("Meeting")), doc.title), (ctx.t(N_("When")), when_line(ctx, doc))]
    if doc.place:
        pairs.append((ctx.t(N_("Place")), doc.place))
    if doc.channel:
        pairs.append((ctx.t(N_("Online")), doc.channel))
    if doc.chair:
        pairs.append((ctx.t(N_("Chair")), doc.chair))
    if doc.minute_taker:
        pairs.append((ctx.t(N_("Minutes by")), doc.minute_taker))
    if doc.series:
        pairs.append((ctx.t(N_("Series")), doc.series))
    story.append(facts(ctx, pairs, columns=1))
    return story


def _invited(ctx: Context, doc: MeetingData) -> list[Flowable]:
    if not doc.attendees:
        return []
    names = [f"{a.name} ({a.affiliation})" if a.affiliation else a.name for a in doc.attendees]
    return [ctx.heading(N_("Invited")), ctx.para(", ".join(names))]


def _attendance(ctx: Context, doc: MeetingData) -> list[Flowable]:
    if not any(a.attendance is not None for a in doc.attendees):
        if not doc.attendees:
            return []
        names = ", ".join(_name(a) for a in doc.attendees)
        return [ctx.heading(N_("Attendance")),
                keep([ctx.para(ctx.t(N_("Attendance not recorded")), "subheading"), ctx.para(names)])]
    present = [a for a in doc.attendees if a.attendance is Attendance.ATTENDED]
    story: list[Flowable] = [ctx.para(ctx.t(N_("{present} of {invited} invited were present."),
                                            present=len(present), invited=len(doc.attendees)))]
    if doc.quorum is not None:
        message = (N_("The quorum is {quorum}: the meeting was quorate.") if len(present) >= doc.quorum else
                   N_("The quorum is {quorum}: the meeting was not quorate, so its decisions need confirming."))
        story.append(ctx.para(ctx.t(message, quorum=doc.quorum), bold=len(present) < doc.quorum))
    for status, heading in (
        (Attendance.ATTENDED, N_("Present")),
        (Attendance.APOLOGIES, N_("Apologies")),
        (Attendance.ABSENT, N_("Absent")),
    ):
        people = [a for a in doc.attendees if a.attendance is status]
        names = ", ".join(_name(a) for a in people) if people else ctx.t(N_("None"))
        story.append(keep([ctx.para(ctx.t(heading), "subheading"), ctx.para(names)]))
    unknown = [a for a in doc.attendees if a.attendance is None]
    if unknown:
        story.append(keep([ctx.para(ctx.t(N_("Attendance not recorded")), "subheading"),
                           ctx.para(", ".join(_name(a) for a in unknown))]))
    return [ctx.heading(N_("Attendance")), *story]


def _name(a: Attendee) -> str:
    return f"{a.name} ({a.affiliation})" if a.affiliation else a.name


def agenda_part(ctx: Context, doc: MeetingData) -> Part:
    title = ctx.t(AGENDA_TITLE)
    story = _header(ctx, doc, title)
    story += _invited(ctx, doc)
    story.append(ctx.heading(N_("Agenda")))
    if doc.agenda:
        led = any(item.presenter for item in doc.agenda)
        timed = any(item.duration_minutes is not None for item in doc.agenda)
        # A column nobody filled in is left out rather than printed empty.
        columns = [Column("#", 0.06, numeric=True),
                   Column(ctx.t(N_("Item")), 0.94 - 0.24 * led - 0.14 * timed)]
        if led:
            columns.append(Column(ctx.t(N_("Led by")), 0.24))
        if timed:
            columns.append(Column(ctx.t(N_("Minutes")), 0.14, numeric=True))
        rows = []
        for number, item in enumerate(doc.agenda, start=1):
            text = item.title + (f"\n{item.description}" if item.description else "")
            row = [str(number), text]
            if led:
                row.append(item.presenter or "")
            if timed:
                row.append(str(item.duration_minutes) if item.duration_minutes is not None else "")
            rows.append(row)
        story.append(data_table(ctx, columns, rows))
    else:
        story.append(ctx.para(ctx.t(N_("No agenda items yet.")), "small"))
    story += _actions(ctx, doc.earlier_actions, heading=N_("Open actions from earlier meetings"), status=False)
    return Part(Section(title=f"{title}: {doc.title}"), story)


def minutes_part(ctx: Context, doc: MeetingData) -> Part:
    title = ctx.t(MINUTES_TITLE)
    story = _header(ctx, doc, title)
    story += _attendance(ctx, doc)
    if doc.agenda:
        story.append(ctx.heading(N_("Discussion")))
        for number, item in enumerate(doc.agenda, start=1):
            head = ctx.para(f"{number}. {item.title}", "subheading")
            body = ctx.text_block(item.discussion) or [ctx.para(ctx.t(N_("No discussion recorded.")), "small")]
            story += [head, *body]
    story.append(ctx.heading(N_("Decisions")))
    if doc.decisions:
        story += [ctx.para(f"{number}. {_decision(ctx, d)}") for number, d in enumerate(doc.decisions, start=1)]
    else:
        story.append(ctx.para(ctx.t(N_("No decisions were recorded.")), "small"))
    story += _actions(ctx, doc.actions, heading=N_("Action items"), status=True)
    story += _actions(ctx, doc.earlier_actions, heading=N_("Actions carried forward from earlier meetings"),
                      status=False)
    story.append(ctx.heading(N_("Next meeting")))
    story.append(ctx.para(moment_line(ctx, doc.next_meeting, doc.time_zone) if doc.next_meeting is not None
                          else ctx.t(N_("Not yet arranged."))))
    story += _chair_signature(ctx, doc)
    return Part(Section(title=f"{title}: {doc.title}"), story)


def _decision(ctx: Context, decision: str | Decision) -> str:
    if isinstance(decision, str):
        return decision
    parts = [decision.text]
    if decision.proposer and decision.seconder:
        parts.append(ctx.t(N_("Proposed by {proposer}, seconded by {seconder}."), proposer=decision.proposer,
                           seconder=decision.seconder))
    elif decision.proposer:
        parts.append(ctx.t(N_("Proposed by {proposer}."), proposer=decision.proposer))
    if decision.counted:
        outcome = N_("carried") if decision.carried else N_("not carried")
        parts.append(ctx.t(N_("For {yes}, against {no}, abstentions {abstained}: {outcome}."),
                           yes=decision.votes_for or 0, no=decision.votes_against or 0,
                           abstained=decision.abstentions or 0, outcome=ctx.t(outcome)))
    return " ".join(parts)


def _chair_signature(ctx: Context, doc: MeetingData) -> list[Flowable]:
    rows = [[ctx.para(ctx.t(N_("Chair")), "label"), ctx.para(doc.chair or "")],
            [ctx.para(ctx.t(N_("Signature")), "label"), ""],
            [ctx.para(ctx.t(N_("Date")), "label"), ""]]
    table = grid(rows, colWidths=[ctx.width * 0.2, ctx.width * 0.5], hAlign="LEFT")
    table.setStyle([("LINEBELOW", (1, 0), (1, -1), 0.6, INK), ("TOPPADDING", (0, 0), (-1, -1), 14),
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    statement = ctx.para(ctx.t(N_("Approved as a true record of the meeting.")))
    return [keep([ctx.heading(N_("Signed by the chair")), statement, Spacer(1, 4), table])]


def _actions(ctx: Context, actions: tuple[ActionItem, ...], *, heading: str, status: bool) -> list[Flowable]:
    if not actions:
        return []
    columns = [Column(ctx.t(N_("Action")), 0.5 if status else 0.64), Column(ctx.t(N_("Owner")), 0.2),
               Column(ctx.t(N_("Due")), 0.16)]
    if status:
        columns.append(Column(ctx.t(N_("Done")), 0.14))
    rows = []
    for a in actions:
        row = [a.text, a.owner, ctx.date(a.due)]
        if status:
            row.append(ctx.t(N_("Done")) if a.done else ctx.t(N_("Open")))
        rows.append(row)
    return [ctx.heading(heading), data_table(ctx, columns, rows)]
