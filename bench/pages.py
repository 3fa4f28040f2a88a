"""Speed and weight of every page type, served as `make demo` serves it.

Usage: .venv/bin/python bench/pages.py [--connections 4] [--seconds 5] [--requests 200 --python-client]

Loads the demo into a fresh folder (`var/bench` unless NETZWERK_VAR_DIR is set), starts `netzwerk serve`
(gunicorn, DEBUG off, worker beside it) on a free port, then loads each page type over 4 keep-alive
connections and prints p50/p95 and the ratio to `/healthz` p50 (target ≤ 5×). With wrk installed
(`apt-get install wrk`) it loads each page for a fixed time with wrk, which leaves the CPU to the server;
otherwise (or with `--python-client`) a built-in client sends a fixed number of requests.
It also prints what the directory's first and repeat visit transfer (targets ≤ 200 KB and ≤ 20 KB):
the compressed page, and on the first visit every stylesheet, script, image and Latin font it uses.
"""

import argparse
import http.client
import json
import os
import re
import shutil
import statistics
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from serving import demo_environment, free_port, load_demo, percentile, start_server

ROOT = Path(__file__).resolve().parent.parent
RATIO_TARGET = 5.0
FIRST_VISIT_TARGET = 200 * 1024
REPEAT_VISIT_TARGET = 20 * 1024
ACCEPT = {"Accept-Encoding": "br, gzip", "Accept-Language": "de"}


@dataclass
class Page:
    name: str
    path: str
    cookie: str = ""


def prepare(env: dict[str, str]) -> list[Page]:
    """Loads the demo and picks one record per page type (in this process, against the same database)."""
    load_demo(env)
    from django.test import Client

    from netzwerk.accounts.models import User
    from netzwerk.core.models import Network
    from netzwerk.directory.models import Offer, Organization, Position
    from netzwerk.knowledge.models import Article, ArticleTranslation, Collection

    network = Network.objects.get(slug="burgenlandkreis")
    member = Client()
    member.force_login(User.objects.get(email="mitglied@example.org"))
    member_cookie = f"sessionid={member.cookies['sessionid'].value}"
    organization = Organization.objects.filter(offers__isnull=False).order_by("pk").first()
    offer = Offer.objects.order_by("pk").first()
    position = Position.objects.order_by("pk").first()
    if not (organization and offer and position):
        raise SystemExit("the demo holds no directory records")
    editor = Client()
    editor.force_login(User.objects.get(email="redaktion@example.org"))
    editor_cookie = f"sessionid={editor.cookies['sessionid'].value}"
    articles = Article.objects.in_network(network)
    # The longest published public article: its page, history and comparison are the heaviest to build.
    article = max(articles.published().filter(visibility="public"), key=lambda each: len(each.body))
    translation = ArticleTranslation.objects.filter(article__in=articles.published()).order_by("pk").first()
    collection = Collection.objects.filter(network=network, parent=None).order_by("position").first()
    if not (translation and collection):
        raise SystemExit("the demo holds no knowledge base")
    knowledge = f"/n/{network.slug}/knowledge/"
    translated = translation.article
    directory = f"/n/{network.slug}/directory/"
    return [
        Page("healthz", "/healthz"),
        Page("network start page", network.get_absolute_url()),
        Page("network start page (member)", network.get_absolute_url(), member_cookie),
        Page("directory: offers", directory),
        Page("directory: offers (member)", directory, member_cookie),
        Page("directory: organizations", f"{directory}organizations/"),
        Page("organization", organization.url_in(network)),
        Page("offer", offer.url_in(network)),
        Page("position (member)", position.url_in(network), member_cookie),
        Page("knowledge start page", knowledge),
        Page("knowledge start page (editor)", knowledge, editor_cookie),
        Page("knowledge: articles", f"{knowledge}articles/"),
        Page("article (longest)", article.url_in(network)),
        Page(
            "article translation",
            f"{translated.url_in(network)}translations/{translation.language}/",
            editor_cookie,
        ),
        Page("collection", collection.url_in(network)),
        Page("article history (editor)", f"{article.url_in(network)}history/", editor_cookie),
        Page("article comparison (editor)", f"{article.url_in(network)}compare/?from=1", editor_cookie),
        Page("review queue (editor)", f"{knowledge}review/", editor_cookie),
        Page("login", "/accounts/login/"),
        Page("API: offers", "/api/v1/offers"),
        Page("API: organizations", "/api/v1/organizations"),
        Page("API: positions (member)", "/api/v1/positions", member_cookie),
        Page("API: languages", "/api/v1/languages"),
        Page("API: articles", "/api/v1/articles"),
        Page("API: article", f"/api/v1/articles/{article.pk}"),
    ]


def wait_until_the_worker_is_idle() -> None:
    """Loading the demo queues tasks (emails, indexing); measure only once the worker has done them."""
    from huey.contrib.djhuey import HUEY

    deadline = time.monotonic() + 120
    while HUEY.pending_count() and time.monotonic() < deadline:
        time.sleep(0.5)
    time.sleep(2)


def fetch(connection: http.client.HTTPConnection, path: str, cookie: str = "") -> tuple[int, bytes]:
    headers = dict(ACCEPT)
    if cookie:
        headers["Cookie"] = cookie
    connection.request("GET", path, headers=headers)
    response = connection.getresponse()
    return response.status, response.read()


def measure(port: int, page: Page, requests: int, connections: int) -> list[float]:
    durations: list[float] = []
    lock = threading.Lock()
    per_connection = [requests // connections + (i < requests % connections) for i in range(connections)]

    def run(count: int) -> None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        mine = []
        for _ in range(count):
            started = time.perf_counter()
            status, _body = fetch(connection, page.path, page.cookie)
            mine.append(time.perf_counter() - started)
            if status != 200:
                raise SystemExit(f"{page.path} answered {status}")
        with lock:
            durations.extend(mine)

    threads = [threading.Thread(target=run, args=(count,)) for count in per_connection]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return durations


WRK_REPORT = """
done = function(summary, latency, requests)
  io.write(string.format("{\\"p50\\": %d, \\"p95\\": %d, \\"requests\\": %d, \\"errors\\": %d}\\n",
    latency:percentile(50), latency:percentile(95), summary.requests,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout))
end
"""


def measure_with_wrk(
    port: int, page: Page, seconds: float, connections: int, script: Path
) -> tuple[float, float]:
    """p50 and p95 in seconds, measured by wrk (a C load generator that leaves the CPU to the server)."""
    command = ["wrk", f"-t{min(2, connections)}", f"-c{connections}", f"-d{seconds}s", "-s", str(script)]
    for name, value in {**ACCEPT, **({"Cookie": page.cookie} if page.cookie else {})}.items():
        command += ["-H", f"{name}: {value}"]
    output = subprocess.run(  # noqa: S603 - fixed arguments
        [*command, f"http://127.0.0.1:{port}{page.path}"], capture_output=True, text=True, check=True
    ).stdout
    report = json.loads(output.strip().splitlines()[-1])
    if report["errors"]:
        raise SystemExit(f"{page.path}: {report['errors']} failed requests")
    return report["p50"] / 1e6, report["p95"] / 1e6


ASSET = re.compile(r'(?:href|src)="(/static/[^"]+)"')
FONT = re.compile(r'url\("?(?:\./)?([^")]+-latin[^")]*\.woff2)"?\)')


def visit_weight(port: int, path: str) -> tuple[int, int, int]:
    """Bytes a browser transfers for the page: first visit (page + assets + fonts) and repeat visit."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    _status, page = fetch(connection, path)
    first = len(page)
    assets = set(ASSET.findall(http_text(port, path)))
    for asset in sorted(assets):
        _status, body = fetch(connection, asset)
        first += len(body)
        if asset.endswith(".css") and "fonts/" in asset:
            folder = asset.rsplit("/", 1)[0]
            for font in FONT.findall(http_text(port, asset)):
                _status, font_body = fetch(connection, f"{folder}/{font}")
                first += len(font_body)
    return first, len(page), len(assets)


def http_text(port: int, path: str) -> str:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.request("GET", path)
    return connection.getresponse().read().decode()


def report(
    pages: list[Page],
    results: dict[str, tuple[float, float]],
    healthz_again: tuple[float, float],
    weight: tuple[int, int, int],
) -> None:
    baseline = min(results[pages[0].name][0], healthz_again[0])
    worst = 0.0
    for page in pages:
        p50, p95 = results[page.name]
        ratio = p50 / baseline
        worst = max(worst, ratio)
        print(f"{page.name:32} {p50 * 1000:8.1f} {p95 * 1000:8.1f} {ratio:10.1f}")
    print(f"{'healthz (again)':32} {healthz_again[0] * 1000:8.1f} {healthz_again[1] * 1000:8.1f}")
    first, repeat, assets = weight
    print(f"directory first visit: {first / 1024:.0f} KB, page, {assets} assets and fonts (target ≤ 200 KB)")
    print(f"directory repeat visit: {repeat / 1024:.1f} KB (target ≤ 20 KB)")
    verdict = worst <= RATIO_TARGET and first <= FIRST_VISIT_TARGET and repeat <= REPEAT_VISIT_TARGET
    outcome = "met" if verdict else "MISSED"
    print(f"slowest page {worst:.1f}× healthz (target ≤ {RATIO_TARGET:.0f}×); targets {outcome}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--connections", type=int, default=4)
    parser.add_argument("--keep", action="store_true", help="keep the benchmark's database folder")
    parser.add_argument("--seconds", type=float, default=5, help="duration per page with wrk")
    parser.add_argument(
        "--python-client", action="store_true", help="measure with the built-in client even if wrk is there"
    )
    parser.add_argument("--workers", type=int, help="gunicorn processes (default: as `netzwerk serve` picks)")
    arguments = parser.parse_args()
    var_dir = Path(os.environ.get("NETZWERK_VAR_DIR", ROOT / "var" / "bench"))
    env = demo_environment(var_dir)
    pages = prepare(env)
    port = free_port()
    server = start_server(env, port, arguments.workers)
    try:
        wait_until_the_worker_is_idle()
        use_wrk = bool(shutil.which("wrk")) and not arguments.python_client
        script = var_dir / "report.lua"
        script.write_text(WRK_REPORT, encoding="utf-8")
        if use_wrk:
            print(f"wrk, {arguments.seconds:g} s per page over {arguments.connections} connections")
        else:
            print(f"{arguments.requests} requests per page over {arguments.connections} connections")
        print(f"{'page':32} {'p50 ms':>8} {'p95 ms':>8} {'× healthz':>10}")

        def load(page: Page) -> tuple[float, float]:
            # A first round warms every server process's imports, templates and caches.
            measure(port, page, 8 * arguments.connections, arguments.connections)
            if use_wrk:
                return measure_with_wrk(port, page, arguments.seconds, arguments.connections, script)
            durations = measure(port, page, arguments.requests, arguments.connections)
            return statistics.median(durations), percentile(durations, 0.95)

        results = {page.name: load(page) for page in pages}
        # /healthz is measured again at the end and the faster of both runs is the baseline: a slow first
        # run must not make every other page look fast.
        healthz_again = load(pages[0])
        report(pages, results, healthz_again, visit_weight(port, pages[3].path))
    finally:
        server.terminate()
        server.wait(timeout=30)
        if not arguments.keep:
            shutil.rmtree(var_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
