"""Runs the web server together with the background worker: the embedded set-up of `make demo`.

By default the platform is served as production serves it: `DEBUG` off, gunicorn as the WSGI server and
static files collected, hashed and compressed for whitenoise. `--dev` keeps Django's auto-reloading
development server (what `make dev` runs, with `NETZWERK_DEBUG=1`).
"""

import os
import signal
import subprocess
import sys
from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError


def default_web_workers() -> int:
    # Requests mostly wait on the database and render templates; two processes per core saturate the
    # machine without the memory of gunicorn's suggested 2n+1 on small servers.
    return max(2, min(8, 2 * (os.cpu_count() or 1)))


class Command(BaseCommand):
    help = "Start the web server and the background worker (huey) together."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--addrport", default="127.0.0.1:8000")
        parser.add_argument(
            "--dev", action="store_true", help="Django's auto-reloading development server, not gunicorn."
        )
        parser.add_argument("--workers", type=int, default=default_web_workers())
        parser.add_argument("--no-worker", action="store_true", help="Do not start the background worker.")

    def handle(
        self, *args: Any, addrport: str, dev: bool, workers: int, no_worker: bool, **options: Any
    ) -> None:
        if not dev and settings.DEBUG:
            raise CommandError("Serving with gunicorn needs NETZWERK_DEBUG off; use --dev for debugging.")
        # runserver's autoreloader re-executes this command in a child process (RUN_MAIN=true);
        # only the outer process starts the worker, so there is exactly one.
        worker = None
        if not no_worker and os.environ.get("RUN_MAIN") != "true":
            worker = subprocess.Popen([sys.executable, "-m", "netzwerk", "run_huey", "--quiet"])
            self.stdout.write(f"Background worker started (pid {worker.pid}).")
        try:
            if dev:
                call_command("runserver", addrport)
            else:
                self._serve_with_gunicorn(addrport, workers)
        finally:
            if worker is not None:
                worker.terminate()
                worker.wait(timeout=10)

    def _serve_with_gunicorn(self, addrport: str, workers: int) -> None:
        call_command("collectstatic", interactive=False, verbosity=0)
        command = [
            sys.executable,
            "-m",
            "gunicorn",
            "netzwerk.wsgi:application",
            "--bind",
            addrport,
            "--workers",
            str(workers),
            # Sync workers, one request at a time per process: no two requests of one process contend for
            # Python's global lock, so response times stay even under load. They keep no connection
            # open, as gunicorn recommends behind a buffering proxy (nginx) in production anyway.
            "--worker-class",
            "sync",
            "--graceful-timeout",
            "10",
            "--log-level",
            "warning",
        ]
        self.stdout.write(f"Serving at http://{addrport}/ with gunicorn ({workers} processes). Ctrl-C stops.")
        server = subprocess.Popen(command)  # noqa: S603 - fixed arguments, our own interpreter
        # Ctrl-C reaches the whole process group; SIGTERM (from a script) only this process: pass it on.
        signal.signal(signal.SIGTERM, lambda *_: server.terminate())
        try:
            server.wait()
        except KeyboardInterrupt:
            server.terminate()
            server.wait(timeout=15)
