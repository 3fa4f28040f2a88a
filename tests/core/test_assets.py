"""The purged KERN stylesheet still holds every KERN class the platform's templates use."""

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FULL = ROOT / "node_modules/@kern-ux/native/dist/kern.min.css"
PURGED = ROOT / "src/netzwerk/static/vendor/kern/kern.min.css"
CLASS = re.compile(r"\bkern-[a-z0-9_-]*[a-z0-9]")


def _selector_classes(css: str) -> set[str]:
    return {match[1:] for match in re.findall(r"\.kern-[a-z0-9_-]*[a-z0-9]", css)}


@pytest.mark.skipif(not FULL.exists(), reason="node_modules is built by `make assets`")
def test_every_kern_class_used_in_a_template_survives_the_purge() -> None:
    templates = (ROOT / "src/netzwerk").rglob("templates/**/*.html")
    used = {name for path in templates for name in CLASS.findall(path.read_text(encoding="utf-8"))}
    defined = _selector_classes(FULL.read_text(encoding="utf-8"))
    kept = _selector_classes(PURGED.read_text(encoding="utf-8"))

    missing = sorted((used & defined) - kept)

    assert not missing, f"used in templates but purged from kern.min.css: {missing}"
    assert len(PURGED.read_bytes()) < len(FULL.read_bytes()) / 2, "the purge keeps only what is used"
