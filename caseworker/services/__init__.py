"""Use cases. Each public method is one user action: one transaction, its role checked, its
changes written to the audit log, frozen records returned (never ORM objects)."""
