"""Views: the detail halves of sections (a client's file, a case's timeline, ...)."""
