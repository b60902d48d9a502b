"""Who changed what and when: django-simple-history's records of the organisers' data.

Models are registered from their apps' ready(), after django-modeltranslation has added
the per-language columns, so that the history keeps every language. Registrants' history
is scrubbed with the registration when it is anonymised (registrations/services.py).
"""

import simple_history


def record_history(*models):
    """Keep a historical row of every save and delete of these models (once per process)."""
    for model in models:
        if not hasattr(model, "history"):
            simple_history.register(model)
