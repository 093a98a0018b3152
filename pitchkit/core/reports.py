"""What the commands report when they succeed, in English and Dutch (errors: messages.py)."""

from __future__ import annotations

from pitchkit.core.language import current_language

#: name -> {language: wording}; braced fields are filled by `report()`.
REPORTS: dict[str, dict[str, str]] = {
    "check-valid": {
        "en": "valid; {stakeholders} stakeholders, {resistances} resistances, {problems} business problems{findings}",
        "nl": "geldig; {stakeholders} stakeholders, {resistances} weerstanden, {problems} bedrijfsproblemen{findings}",
    },
    "check-findings": {"en": ", {count} findings", "nl": ", {count} bevindingen"},
    "new-example": {
        "en": "Wrote the example project to {file}",
        "nl": "Het voorbeeldproject is geschreven naar {file}",
    },
    "new-blank": {"en": "Wrote a new project to {file}", "nl": "Een nieuw project is geschreven naar {file}"},
    "migrate-current": {
        "en": "already at format version {version}; left as it is",
        "nl": "al op formaatversie {version}; ongewijzigd gelaten",
    },
    "migrate-done": {
        "en": "upgraded from format version {old} to {new}; the old file is kept as {backup}",
        "nl": "bijgewerkt van formaatversie {old} naar {new}; het oude bestand blijft bewaard als {backup}",
    },
    "template-shared": {"en": "shared", "nl": "gedeeld"},
    "template-private": {"en": "private", "nl": "privé"},
    "templates-folder": {"en": "Your own templates go in {folder}", "nl": "Je eigen sjablonen horen in {folder}"},
    "conflicts-one": {"en": "1 merge conflict", "nl": "1 samenvoegconflict"},
    "conflicts-many": {"en": "{count} merge conflicts", "nl": "{count} samenvoegconflicten"},
    "diff-none": {"en": "No changes between {old} and {new}.", "nl": "Geen wijzigingen tussen {old} en {new}."},
}


def report(name: str, **fields: object) -> str:
    """The report `name` in the language of PitchKit's messages, filled in."""
    wordings = REPORTS[name]
    return wordings.get(current_language(), wordings["en"]).format(**fields)
