"""The domain: records, rules and errors. Pure Python: no SQLAlchemy, no Qt."""
