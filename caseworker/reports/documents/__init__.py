"""One module per kind of document; each renders its dataclass from :mod:`caseworker.domain.documents`.

Every renderer has the same shape::

    render_x(doc, out, *, made_by: str, made_at: datetime, translate=None) -> RenderResult

``out`` is a path (written atomically) or a binary stream; ``made_at`` must be aware.
"""
