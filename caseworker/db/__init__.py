"""Storage: the only package that imports SQLAlchemy.

``engine`` makes every connection, ``types`` keeps instants and money identical on SQLite and
PostgreSQL, ``models`` holds the typed tables, ``database`` the labelled unit of work, and
``migrate`` decides at start-up whether Alembic needs to run at all.
"""
