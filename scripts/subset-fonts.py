"""Cuts KERN's Fira Sans into the weights and scripts the platform shows, and writes their @font-face rules.

Usage: subset-fonts.py <source folder with FiraSans-*.woff2> <output folder>

Writes `fira-sans/<Weight>-<script>.woff2` and `fira-sans.css`. Each file carries a `unicode-range`, so a
browser only downloads a script's part when a page actually shows one of its characters.
"""

import sys
from pathlib import Path

from fontTools import subset

# Weight name in KERN's files -> CSS font-weight (range). KERN's typography uses 400, 500 and 600; bold
# text (<strong>, font-weight 700) is drawn with SemiBold rather than synthesised.
WEIGHTS = {"Regular": "400", "Medium": "500", "SemiBold": "600 700"}

# Latin incl. German, Polish, Romanian, Turkish, Czech, Hungarian; punctuation, currency, common symbols.
LATIN = (
    "U+0000-00FF, U+0100-017F, U+0218-021B, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, "
    "U+2000-206F, U+20AC, U+2122, U+2190-2193, U+2212, U+2215, U+FEFF, U+FFFD"
)
# Ukrainian, Russian, Bulgarian.
CYRILLIC = "U+0301, U+0400-045F, U+0490-0491, U+04B0-04B1, U+2116, U+0460-052F, U+1C80-1C88, U+2DE0-2DFF"
SCRIPTS = {"latin": LATIN, "cyrillic": CYRILLIC}


def unicodes(ranges: str) -> list[int]:
    points: list[int] = []
    for part in ranges.split(","):
        span = part.strip().removeprefix("U+")
        first, _, last = span.partition("-")
        points.extend(range(int(first, 16), int(last or first, 16) + 1))
    return points


def main(source: Path, output: Path) -> None:
    (output / "fira-sans").mkdir(parents=True, exist_ok=True)
    rules = []
    for weight_name, css_weight in WEIGHTS.items():
        for script, ranges in SCRIPTS.items():
            target = output / "fira-sans" / f"FiraSans-{weight_name}-{script}.woff2"
            options = subset.Options()
            options.flavor = "woff2"
            # Default OpenType features (kerning, ligatures, marks) only; hinting is for old Windows
            # rasterisers and makes up a third of each file.
            options.hinting = False
            options.desubroutinize = True
            options.notdef_outline = True
            font = subset.load_font(str(source / f"FiraSans-{weight_name}.woff2"), options)
            subsetter = subset.Subsetter(options)
            subsetter.populate(unicodes=unicodes(ranges))
            subsetter.subset(font)
            subset.save_font(font, str(target), options)
            rules.append(
                "@font-face {\n"
                '  font-family: "Fira Sans";\n'
                f'  src: url("./fira-sans/{target.name}") format("woff2");\n'
                f"  font-weight: {css_weight};\n"
                "  font-style: normal;\n"
                "  font-display: swap;\n"
                f"  unicode-range: {ranges};\n"
                "}\n"
            )
    (output / "fira-sans.css").write_text("\n".join(rules), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
