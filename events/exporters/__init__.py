"""Downloads for partners: the programme as PDF, iCalendar, JSON and CSV, and calendar feeds (base.py: their shape)."""
