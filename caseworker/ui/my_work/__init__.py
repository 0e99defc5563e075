"""Panels of the My work page. Each module here defines :class:`MyWorkPanel` subclasses; the
window's list of parts (``caseworker/ui/parts.py``) names them in the order the page shows them,
and each is shown only to users who may read what it lists."""
