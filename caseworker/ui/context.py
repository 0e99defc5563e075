"""What every section needs, passed in rather than reached through a global."""

from __future__ import annotations

from dataclasses import dataclass

from caseworker.domain.org import OrgSettings
from caseworker.services.container import Services
from caseworker.settings import Settings
from caseworker.ui.runner import Runner


@dataclass
class UiContext:
    services: Services
    runner: Runner
    settings: Settings
    org: OrgSettings
