"""WSGI entry point (gunicorn forums_portal.wsgi)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "forums_portal.settings")

application = get_wsgi_application()
