"""What the window is made of, listed in one place and in the order it shows them.

The sections down the side, the panels of My work and the tabs a capability adds to a client's or
a donor's file are each a :class:`~caseworker.domain.registry.Registry`, filled here and nowhere
else: a new capability adds its line to this module. The imports sit inside :func:`window_parts`
so that this module can be named by the views it assembles without an import cycle.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from caseworker.domain.registry import Registry

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from caseworker.ui.context import UiContext
    from caseworker.ui.my_work.base import MyWorkPanel
    from caseworker.ui.sections.base import Section


@dataclass(frozen=True)
class DetailTab:
    """A tab on a client's or a donor's file, after the file's own tabs.

    The factory is called once per file view with the window's context and a parent; the widget
    may define ``set_client(id)``/``set_donor(id)`` and ``on_changes(changes)``. *applies* says
    whether the tab belongs on this organisation's files at all (Gift Aid: in the UK only).
    """

    title: Callable[[], str]
    factory: Callable[[UiContext, QWidget], QWidget]
    applies: Callable[[UiContext], bool] | None = None

    def shown_in(self, ctx: UiContext) -> bool:
        return self.applies is None or self.applies(ctx)


@dataclass(frozen=True)
class WindowParts:
    sections: Registry[type[Section]]
    my_work_panels: Registry[type[MyWorkPanel]]
    client_tabs: Registry[DetailTab]
    donor_tabs: Registry[DetailTab]


@cache
def window_parts() -> WindowParts:
    from caseworker.ui.i18n import tr
    from caseworker.ui.my_work.action_items import ActionItemsPanel
    from caseworker.ui.my_work.cases import HandoffsPanel, MyCasesPanel
    from caseworker.ui.my_work.deadlines import GrantDeadlinesPanel
    from caseworker.ui.my_work.stewardship import StewardshipPanel
    from caseworker.ui.my_work.tasks import CheckInsPanel, MyTasksPanel
    from caseworker.ui.my_work.thank_yous import ThankYousPanel
    from caseworker.ui.sections.administration import AdministrationSection
    from caseworker.ui.sections.aid import AidSection, ClientAidTab
    from caseworker.ui.sections.calendar import CalendarSection
    from caseworker.ui.sections.cases import CasesSection
    from caseworker.ui.sections.clients import ClientsSection
    from caseworker.ui.sections.correspondence import CorrespondenceSection
    from caseworker.ui.sections.donors import DonorsSection
    from caseworker.ui.sections.grants import GrantsSection
    from caseworker.ui.sections.insight import InsightSection
    from caseworker.ui.sections.my_work import MyWorkSection
    from caseworker.ui.sections.planner import PlannerSection
    from caseworker.ui.views.case_detail import ClientCasesTab
    from caseworker.ui.views.client_care_tab import ClientCareTab
    from caseworker.ui.views.donor_timeline import DonorTimeline
    from caseworker.ui.views.gift_aid_tab import GiftAidTab
    from caseworker.ui.views.meeting_detail import ClientMeetingsTab
    from caseworker.ui.views.record_tasks import RecordTasksTab

    sections: Registry[type[Section]] = Registry("section", [
        ("my_work", MyWorkSection),
        ("clients", ClientsSection),
        ("cases", CasesSection),
        ("aid", AidSection),
        ("grants", GrantsSection),
        ("calendar", CalendarSection),
        ("donors", DonorsSection),
        ("planner", PlannerSection),
        ("letters", CorrespondenceSection),
        ("insight", InsightSection),
        ("settings", AdministrationSection),
    ])
    panels: Registry[type[MyWorkPanel]] = Registry("My work panel", [
        ("tasks", MyTasksPanel),
        ("check_ins", CheckInsPanel),
        ("cases", MyCasesPanel),
        ("handoffs", HandoffsPanel),
        ("deadlines", GrantDeadlinesPanel),
        ("action_items", ActionItemsPanel),
        ("stewardship", StewardshipPanel),
        ("thank_yous", ThankYousPanel),
    ])
    client_tabs: Registry[DetailTab] = Registry("client file tab", [
        ("cases", DetailTab(lambda: tr("Cases"), ClientCasesTab)),
        ("care", DetailTab(lambda: tr("Care"), ClientCareTab)),
        ("aid", DetailTab(lambda: tr("Aid"), ClientAidTab)),
        ("meetings", DetailTab(lambda: tr("Meetings"), ClientMeetingsTab)),
    ])
    donor_tabs: Registry[DetailTab] = Registry("donor file tab", [
        ("timeline", DetailTab(lambda: tr("Timeline"), DonorTimeline)),
        # Gift Aid is a UK relief: elsewhere a donor's file says nothing of it.
        ("gift_aid", DetailTab(lambda: tr("Gift Aid"), GiftAidTab, applies=lambda ctx: ctx.org.gift_aid_applies)),
        ("tasks", DetailTab(lambda: tr("Tasks"), lambda ctx, parent: RecordTasksTab(ctx, "donor", parent))),
    ])
    return WindowParts(sections, panels, client_tabs, donor_tabs)


__all__ = ["DetailTab", "WindowParts", "window_parts"]
