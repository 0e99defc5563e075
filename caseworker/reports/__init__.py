"""PDF reports: prepared documents drawn with ReportLab.

A service gathers the frozen dataclasses of :mod:`caseworker.domain.documents` (which import nothing
heavy) and a renderer in :mod:`caseworker.reports.documents` draws them. Nothing here reads the
database, and ReportLab is imported only by the modules that draw, so importing this package or
its ``data`` module costs no start-up time.
"""
