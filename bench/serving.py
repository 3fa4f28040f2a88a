"""What the benchmarks share: a fresh environment as `make demo` serves it, the demo loaded into it,
`netzwerk serve` started on a free port, and the percentile of measured times."""

import http.client
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

NETZWERK = [sys.executable, "-m", "netzwerk"]


def demo_environment(var_dir: Path) -> dict[str, str]:
    """The environment of a fresh SQLite demo in `var_dir` (emptied first), served with DEBUG off."""
    shutil.rmtree(var_dir, ignore_errors=True)
    env = {
        **os.environ,
        "NETZWERK_VAR_DIR": str(var_dir),
        "DJANGO_SETTINGS_MODULE": "netzwerk.settings.base",
        "NETZWERK_DEBUG": "0",
        "NETZWERK_REQUIRE_MFA_FOR_COORDINATORS": "0",
    }
    env.pop("DATABASE_URL", None)
    return env


def load_demo(env: dict[str, str]) -> None:
    """Migrates and loads the demo, then sets this process up against the same database."""
    subprocess.run([*NETZWERK, "migrate", "--noinput", "-v0"], env=env, check=True)  # noqa: S603 - own CLI
    subprocess.run([*NETZWERK, "load_demo"], env=env, check=True, stdout=subprocess.DEVNULL)  # noqa: S603
    os.environ.update(env)
    import django

    django.setup()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_server(env: dict[str, str], port: int, workers: int | None) -> subprocess.Popen:
    """`netzwerk serve` as `make demo` runs it, answering once /healthz does."""
    server = subprocess.Popen(  # noqa: S603 - the project's own command line
        [*NETZWERK, "serve", "--addrport", f"127.0.0.1:{port}"]
        + (["--workers", str(workers)] if workers else []),
        env=env,
        stdout=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit("the server stopped while starting")
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            connection.request("GET", "/healthz")
            if connection.getresponse().status == 200:
                return server
        except OSError:
            time.sleep(0.3)
    server.terminate()
    raise SystemExit("the server did not answer within 90 s")


def tree_cpu_seconds(root: int) -> float:
    """CPU seconds (user and system) used so far by the live processes of the tree below `root`
    (the server's web workers and background worker), read from /proc; 0 where there is no /proc.
    Times vary with the machine's load; CPU per request compares runs on a busy machine better."""
    parents: dict[int, int] = {}
    times: dict[int, float] = {}
    tick = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    for entry in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = entry.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue  # the process ended meanwhile
        pid = int(entry.parent.name)
        parents[pid] = int(fields[1])
        times[pid] = (int(fields[11]) + int(fields[12])) / tick
    total = 0.0
    for pid, used in times.items():
        ancestor = pid
        while ancestor not in (root, 0, 1) and ancestor in parents:
            ancestor = parents[ancestor]
        if ancestor == root:
            total += used
    return total


def percentile(values: list[float], share: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]
