"""The window's sections. Each module here defines one :class:`Section` subclass; the window's list
of parts (``caseworker/ui/parts.py``) names them in the order the side bar shows them, and each is
shown only to users whose roles allow its ``required`` action."""
