"""PitchKit's translations: extract the strings, build the .qm files, list what is untranslated.

    python scripts/i18n.py extract       # pyside6-lupdate over pitchkit/gui -> pitchkit/i18n/*.ts
    python scripts/i18n.py build         # pyside6-lrelease: pitchkit/i18n/*.ts -> *.qm
    python scripts/i18n.py untranslated  # every source text without a finished translation
    python scripts/i18n.py fill FILE.json  # put {context: {english: dutch}} into the .ts

After merging branches that add strings: `extract`, then `untranslated` (exit 1 when any),
translate them (Qt Linguist, or `fill`), then `build` and commit the .ts and .qm together
(tests/gui/test_translation.py fails when the .qm is older than its .ts).
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "pitchkit" / "i18n"
LANGUAGES = ("nl",)
BIN = Path(sys.executable).parent


def ts_path(language: str) -> Path:
    return I18N / f"pitchkit_{language}.ts"


def qm_path(language: str) -> Path:
    return I18N / f"pitchkit_{language}.qm"


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for folder in ("gui", "qtrender") for p in (ROOT / "pitchkit" / folder).rglob("*.py"))


def _tool(name: str) -> str:
    local = BIN / name
    return str(local) if local.exists() else name


def extract() -> None:
    for language in LANGUAGES:
        subprocess.run(
            [_tool("pyside6-lupdate"), "-locations", "none", "-no-obsolete", *sources(),
             "-target-language", language, "-ts", str(ts_path(language))],
            check=True, cwd=ROOT,
        )


def build(out_dir: Path | None = None) -> list[Path]:
    built = []
    for language in LANGUAGES:
        target = (out_dir or I18N) / qm_path(language).name
        subprocess.run(
            [_tool("pyside6-lrelease"), "-silent", str(ts_path(language)), "-qm", str(target)],
            check=True, cwd=ROOT,
        )
        built.append(target)
    return built


def messages(language: str) -> list[tuple[str, ET.Element]]:
    """(context name, <message> element) for every message of the .ts."""
    tree = ET.parse(ts_path(language))
    return [
        (context.findtext("name") or "", message)
        for context in tree.getroot().iter("context")
        for message in context.iter("message")
    ]


def untranslated(language: str) -> list[tuple[str, str]]:
    """(context, English) of every message whose translation is missing or unfinished."""
    missing = []
    for context, message in messages(language):
        translation = message.find("translation")
        text = "" if translation is None else "".join(translation.itertext())
        finished = translation is not None and translation.get("type") not in ("unfinished", "vanished", "obsolete")
        if not text.strip() or not finished:
            missing.append((context, message.findtext("source") or ""))
    return missing


def fill(language: str, table: dict[str, dict[str, str]]) -> int:
    """Write the translations of `table` ({context: {english: translation}}) into the .ts."""
    path = ts_path(language)
    tree = ET.parse(path)
    done = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            found = table.get(name, {}).get(source, table.get("*", {}).get(source))
            if found is None:
                continue
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            translation.attrib.pop("type", None)
            if message.get("numerus") == "yes":  # singular|plural
                for form in list(translation):
                    translation.remove(form)
                for text in found.split("|"):
                    ET.SubElement(translation, "numerusform").text = text
            else:
                translation.text = found
            done += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return done


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "untranslated"
    if command == "extract":
        extract()
    elif command == "build":
        for path in build():
            print(f"wrote {path.relative_to(ROOT)}")
    elif command == "fill":
        table = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
        print(f"filled {fill('nl', table)} translations")
    elif command == "untranslated":
        missing = [(lang, *item) for lang in LANGUAGES for lang_item in [untranslated(lang)] for item in lang_item]
        for language, context, source in missing:
            print(f"{language}\t{context}\t{source}")
        print(f"{len(missing)} untranslated", file=sys.stderr)
        return 1 if missing else 0
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
