"""Fails when a user-visible string has no German or English translation.

Re-extracts the messages from the code (so a string added without translation is caught), then asks
msgfmt for the statistics of each catalog: any untranslated or fuzzy entry fails the check.
"""

import re
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "netzwerk"
NETZWERK = Path(sys.executable).parent / "netzwerk"
LANGUAGES = ("de", "en")


def main() -> int:
    subprocess.run(
        [
            str(NETZWERK),
            "makemessages",
            *(f"-l{lang}" for lang in LANGUAGES),
            "--no-obsolete",
            "--ignore",
            "static/vendor/*",
            "--no-location",
        ],
        cwd=PACKAGE,
        check=True,
        capture_output=True,
    )
    failures = []
    for lang in LANGUAGES:
        po = PACKAGE / "locale" / lang / "LC_MESSAGES" / "django.po"
        result = subprocess.run(
            ["msgfmt", "--check", "--statistics", "-o", "/dev/null", str(po)],
            capture_output=True,
            text=True,
            check=False,
        )
        stats = result.stderr.strip()
        print(f"{lang}: {stats}")
        if result.returncode != 0 or re.search(r"untranslated|fuzzy", stats):
            failures.append(lang)
    if failures:
        print(f"incomplete catalogs: {', '.join(failures)} (run `make messages` and translate)")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
