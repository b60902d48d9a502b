"""The production configuration documented in the README passes Django's deployment checks."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PRODUCTION_ENV = {
    "DEBUG": "0",
    "SECRET_KEY": "a-long-random-production-secret-5b0c8e1f9d2a7c4e6b3f0a9d8c7e6f5a4b3c2d1e",
    "ALLOWED_HOSTS": "forums.example.org",
    "CSRF_TRUSTED_ORIGINS": "https://forums.example.org",
    "EMAIL_URL": "smtp+tls://mailer:secret@smtp.example.org:587",
    "DEFAULT_FROM_EMAIL": "Forums Portal <noreply@forums.example.org>",
}


def run_check(extra_env):
    merged = {**os.environ, **PRODUCTION_ENV, **extra_env}
    env = {name: value for name, value in merged.items() if value is not None}
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_settings_pass_check_deploy():
    result = run_check({})
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_development_secret_key_is_flagged_in_production():
    result = run_check({"SECRET_KEY": None})
    assert result.returncode != 0
    assert "security.W009" in result.stdout + result.stderr
