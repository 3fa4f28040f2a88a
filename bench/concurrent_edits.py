"""Sixteen people editing the same twenty offers at once, served as `make demo` serves it.

Usage: .venv/bin/python bench/concurrent_edits.py [--seconds 60] [--editors 16] [--offers 20] [--pause 0]
       [--database-url postgres://postgres@127.0.0.1:5432/test]

Loads the demo into a fresh database (SQLite in `var/bench-edits`, or a new PostgreSQL database on the
server of `--database-url`, dropped afterwards), starts `netzwerk serve`, logs the editors in through the
login form (all from one address), and lets each of them, until the time is up: open the edit form of a
random offer, add a line with a unique mark to its description (three of four edits) or to its opening
hours (the others), and save — without a pause, unless `--pause` gives the seconds a person takes to
read and type; without one, every request waits behind the others and the times measure the
throughput of the machine rather than what one person feels. Then it prints:
- saves confirmed (redirect), conflicts shown (the conflict page), refused input, 5xx answers;
- silent overwrites: confirmed marks missing from the final text (must be 0: every confirmed save is
  either still there or was shown as a conflict to the later writer — the editor here discards then);
- POST and GET p50/p95, and history rows written against saves confirmed.
"""

import argparse
import http.client
import os
import random
import re
import shutil
import statistics
import sys
import threading
import time
import urllib.parse
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from serving import (  # noqa: E402
    demo_environment,
    free_port,
    load_demo,
    percentile,
    start_server,
    tree_cpu_seconds,
)
from tests.form_pages import form_fields  # noqa: E402 - after the path is set

PASSWORD = "bench-edits-2026"  # noqa: S105 - a throwaway account in a throwaway database
NETWORK = "burgenlandkreis"
CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


@dataclass
class Save:
    offer: int
    field: str
    mark: str


@dataclass
class Tally:
    lock: threading.Lock = field(default_factory=threading.Lock)
    confirmed: list[Save] = field(default_factory=list)
    answers: Counter = field(default_factory=Counter)
    post_ms: list[float] = field(default_factory=list)
    get_ms: list[float] = field(default_factory=list)
    server_cpu_seconds: float = 0.0


class Browser:
    """One person's connection with its cookies; follows no redirects."""

    def __init__(self, port: int) -> None:
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        self.cookies: dict[str, str] = {}

    def request(self, method: str, path: str, body: str | None = None) -> tuple[int, str, str]:
        headers = {"Accept-Language": "de", "Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Referer"] = f"http://127.0.0.1:{self.connection.port}{path}"
        self.connection.request(method, path, body=body, headers=headers)
        response = self.connection.getresponse()
        text = response.read().decode("utf-8", "replace")
        for header, value in response.getheaders():
            if header.lower() == "set-cookie":
                name, _, rest = value.partition("=")
                self.cookies[name] = rest.split(";", 1)[0]
        return response.status, response.getheader("Location") or "", text

    def post_form(self, path: str, page: str, fields: dict[str, list[str]]) -> tuple[int, str, str]:
        token = CSRF_INPUT.search(page)
        data = {**fields, "csrfmiddlewaretoken": [token.group(1) if token else ""]}
        return self.request("POST", path, urllib.parse.urlencode(data, doseq=True))


# --- setting up -------------------------------------------------------------------------------------


def fresh_postgres(url: str) -> tuple[str, str]:
    """A new database on the server of `url`: (its URL, its name)."""
    import psycopg

    parts = urllib.parse.urlsplit(url)
    name = f"netzwerk_bench_edits_{os.getpid()}"
    admin = parts._replace(path="/postgres").geturl()
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        connection.execute(f'CREATE DATABASE "{name}"')
    return parts._replace(path=f"/{name}").geturl(), name


def drop_postgres(url: str, name: str) -> None:
    import psycopg

    admin = urllib.parse.urlsplit(url)._replace(path="/postgres").geturl()
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def prepare(env: dict[str, str], editors: int, offers: int) -> tuple[list[str], list[int]]:
    """Loads the demo, adds the editors (coordinators, so that every offer is theirs to change) and picks
    the offers; returns the editors' email addresses and the offers' keys."""
    load_demo(env)
    from allauth.account.models import EmailAddress

    from netzwerk.accounts.models import Membership, Role, User
    from netzwerk.core.models import Network
    from netzwerk.directory.models import Offer

    network = Network.objects.get(slug=NETWORK)
    emails = []
    for index in range(editors):
        user = User.objects.create_user(email=f"bearbeitung{index}@example.org", password=PASSWORD)
        user.name = f"Bearbeiterin {index}"
        user.save()
        EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
        Membership.objects.create(user=user, network=network, role=Role.COORDINATOR)
        emails.append(user.email)
    chosen = list(Offer.objects.in_network(network).order_by("pk").values_list("pk", flat=True)[:offers])
    if len(chosen) < offers:
        raise SystemExit(f"the demo holds only {len(chosen)} offers")
    return emails, chosen


def log_in(port: int, email: str) -> Browser:
    browser = Browser(port)
    _status, _location, page = browser.request("GET", "/accounts/login/")
    status, _location, _page = browser.post_form(
        "/accounts/login/", page, {"login": [email], "password": [PASSWORD]}
    )
    if status != 302:
        raise SystemExit(f"logging in {email} answered {status}")
    return browser


# --- editing ----------------------------------------------------------------------------------------


def edit_until(  # noqa: PLR0917 - one thread's whole brief
    deadline: float, browser: Browser, offers: list[int], tally: Tally, name: str, pause: float
) -> None:
    chooser = random.Random(name)
    count = 0
    while time.monotonic() < deadline:
        offer = chooser.choice(offers)
        path = f"/n/{NETWORK}/offers/{offer}/edit/"
        started = time.perf_counter()
        status, _location, page = browser.request("GET", path)
        loaded = time.perf_counter()
        if status != 200:
            with tally.lock:
                tally.answers[f"GET {status}"] += 1
            continue
        fields = form_fields(page)
        count += 1
        mark = f"[{name}-{count}]"
        target = "description_de" if chooser.random() < 0.75 else "opening_hours_de"
        text = fields.get(target, [""])[0]
        fields[target] = [f"{text}\n{mark}".strip()]
        if pause:
            time.sleep(pause)  # the person reads and types
        before_post = time.perf_counter()
        status, _location, answer = browser.post_form(path, page, fields)
        finished = time.perf_counter()
        if status == 302:
            kind = "saved"
        elif status == 200 and 'id="edit-conflict"' in answer:
            kind = "conflict shown"
        elif status >= 500:
            kind = "5xx"
        else:
            kind = f"refused ({status})"
        with tally.lock:
            tally.get_ms.append((loaded - started) * 1000)
            tally.post_ms.append((finished - before_post) * 1000)
            tally.answers[kind] += 1
            if kind == "saved":
                tally.confirmed.append(Save(offer, target, mark))


def silent_overwrites(confirmed: list[Save]) -> list[Save]:
    from netzwerk.directory.models import Offer

    texts = {
        offer.pk: {
            "description_de": offer.description_de or "",
            "opening_hours_de": offer.opening_hours_de or "",
        }
        for offer in Offer.objects.filter(pk__in={save.offer for save in confirmed})
    }
    return [save for save in confirmed if save.mark not in texts[save.offer][save.field]]


def history_rows(offers: list[int]) -> int:
    from netzwerk.directory.models import Offer

    return Offer.history.filter(id__in=offers).count()  # type: ignore[attr-defined]


# --- running ----------------------------------------------------------------------------------------


def report(tally: Tally, overwritten: list[Save], history_written: int, seconds: float) -> None:
    saves = tally.answers["saved"]
    print(f"{seconds:g} s, {sum(tally.answers.values())} edits")
    for kind, number in sorted(tally.answers.items()):
        print(f"  {kind:24} {number:6}")
    print(f"  {'silent overwrites':24} {len(overwritten):6}   (target 0)")
    print(f"  {'5xx':24} {tally.answers['5xx']:6}   (target 0)")
    for method, durations in (("POST", tally.post_ms), ("GET ", tally.get_ms)):
        p50 = statistics.median(durations or [0])
        print(f"{method} p50 {p50:6.0f} ms   p95 {percentile(durations, 0.95):6.0f} ms")
    edits = sum(tally.answers.values())
    if edits and tally.server_cpu_seconds:
        print(
            f"server CPU {tally.server_cpu_seconds:.1f} s: {1000 * tally.server_cpu_seconds / edits:.0f} ms"
            " per edit (opening and saving)"
        )
    print(f"history rows written {history_written} for {saves} saves")
    for save in overwritten[:10]:
        print(f"  lost: offer {save.offer} {save.field} {save.mark}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--editors", type=int, default=16)
    parser.add_argument("--offers", type=int, default=20)
    parser.add_argument(
        "--pause", type=float, default=0, help="seconds between opening a form and saving it (default: none)"
    )
    parser.add_argument("--database-url", help="a PostgreSQL server to create the benchmark database on")
    parser.add_argument("--workers", type=int, help="gunicorn processes (default: as `netzwerk serve` picks)")
    arguments = parser.parse_args()
    var_dir = Path(os.environ.get("NETZWERK_VAR_DIR", ROOT / "var" / "bench-edits"))
    env = demo_environment(var_dir)
    postgres: tuple[str, str] | None = None
    if arguments.database_url:
        postgres = fresh_postgres(arguments.database_url)
        env["DATABASE_URL"] = postgres[0]
    database = "PostgreSQL" if postgres else "SQLite"
    print(f"database: {database}, {arguments.editors} editors, {arguments.offers} offers")
    server = None
    try:
        emails, offers = prepare(env, arguments.editors, arguments.offers)
        port = free_port()
        server = start_server(env, port, arguments.workers)
        browsers = [log_in(port, email) for email in emails]
        print(f"{len(browsers)} editors logged in from one address")
        history_before = history_rows(offers)
        tally = Tally()
        cpu_before = tree_cpu_seconds(server.pid)
        deadline = time.monotonic() + arguments.seconds
        threads = [
            threading.Thread(
                target=edit_until, args=(deadline, browser, offers, tally, f"e{index}", arguments.pause)
            )
            for index, browser in enumerate(browsers)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        tally.server_cpu_seconds = tree_cpu_seconds(server.pid) - cpu_before
        report(
            tally,
            silent_overwrites(tally.confirmed),
            history_rows(offers) - history_before,
            arguments.seconds,
        )
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=30)
        from django.db import connections

        connections.close_all()
        if postgres:
            drop_postgres(arguments.database_url, postgres[1])
        shutil.rmtree(var_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
