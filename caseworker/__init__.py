"""Caseworker: casework, aid, grants, meetings and donor stewardship for small nonprofits."""

__version__ = "0.1.0"
