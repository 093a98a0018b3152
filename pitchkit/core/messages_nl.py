"""The Dutch wordings of the message catalogue (pitchkit/core/messages.py), keyed like the English.

Each text has the same braced fields as its English entry; tests/core/test_messages_nl.py
fails when an entry lacks its Dutch text or a field.  `FRAGMENTS` translates the English
pieces some callers pass as field values (", got 5", "at least", "a number").
"""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "file-missing": "bestand niet gevonden; controleer de naam en de map",
    "file-is-folder": "is een map, geen bestand; kies een bestand in die map",
    "file-permission": "geen toegang; vraag toegang, of kopieer het bestand naar een plek waar je het kunt lezen",
    "file-unreadable": "kon het niet lezen: {reason}; controleer de schijf of de netwerkmap en probeer opnieuw",
    "not-json": "geen geldige JSON: {detail}; verbeter het daar in een teksteditor",
    "too-deep": "de gegevens zijn te diep genest (het bestand is beschadigd, of het is een ander soort bestand); open het juiste bestand",
    "id-twice": 'id "{id}" komt twee keer voor (eerst bij {first}); geef elk record een eigen id',
    "project-too-large": "het bestand is groter dan {limit} MB; controleer of het echt een PitchKit-project is",
    "project-not-utf8": "het bestand is geen UTF-8-tekst; open het juiste bestand, of zet de .bak-kopie terug",
    "project-truncated": "het bestand houdt te vroeg op (het is misschien afgebroken); zet de .bak-kopie terug",
    "project-not-object": "bovenaan werd een PitchKit-project (een JSON-object) verwacht; open een .pitchkit-bestand",
    "project-wrong-format": 'geen PitchKit-project: "format" moet "{expected}" zijn{found}; open een .pitchkit-bestand',
    "project-bad-version": "een geheel getal van 1 of meer verwacht, maar gevonden: {found}",
    "project-no-migration": "formaatversie {version} kan deze versie van PitchKit niet lezen; werk PitchKit bij",
    "project-invalid": "{problem}",
    "unknown-stakeholder": 'geen stakeholder heeft het id "{id}"; voeg die stakeholder toe of verbeter het id',
    "self-link": "iemand kan zichzelf niet beïnvloeden; verbind twee verschillende mensen",
    "period-backwards": "de periode eindigt voor ze begint; wissel begin- en einddatum om",
    "save-failed": "bewaren lukt niet: {reason}; controleer de map en de vrije ruimte, of bewaar ergens anders",
    "newer-version": (
        "dit bestand is geschreven door een nieuwere PitchKit (formaatversie {version}; deze versie leest tot "
        "{current}). Het opent, en velden die deze versie niet kent blijven bewaard, maar functies van "
        "de nieuwere versie zijn niet beschikbaar: werk PitchKit bij om ze te gebruiken."
    ),
    "value-expected": "{kinds} verwacht{got}",
    "value-bound": "moet {bound} {limit} zijn{got}",
    "value-missing": 'verplicht veld "{field}" ontbreekt; vul het aan',
    "value-empty": "mag niet leeg zijn",
    "value-choice": "een van {choices} verwacht{got}",
    "value-not-allowed": "geen van de toegelaten waarden{got}; zie docs/file-format.md",
    "value-date": "een datum zoals 2026-12-01 verwacht{got}",
    "value-too-long": "de tekst is te lang (meer dan 100.000 tekens); maak hem korter",
    "id-too-long": "een id is hoogstens 64 tekens lang{got}",
    "id-bad-characters": "een id mag alleen {allowed} bevatten{got}",
    "list-too-short": "heeft minstens {count} item(s) nodig",
    "playbook-not-object": "bovenaan werd een draaiboek (een JSON-object) verwacht; zie docs/playbook.md",
    "playbook-wrong-format": 'geen PitchKit-draaiboek: "format" moet "{expected}" zijn; zie docs/playbook.md',
    "playbook-invalid": "{problem}",
    "playbook-newer": "geschreven voor een nieuwere PitchKit (draaiboekversie {version}; deze versie leest tot {current}); werk PitchKit bij",
    "playbook-weak-figure": "een cijfer uit een zwakke bron heeft een waarschuwing nodig (zeg wat je moet nagaan voor je het aanhaalt)",
    "playbook-no-frameworks": "het ingebouwde draaiboek moet een deel frameworks hebben; installeer PitchKit opnieuw",
    "audience-unknown": 'geen stakeholder "{id}"; geef het id of de exacte naam van iemand in het project',
    "template-unknown": 'geen sjabloon "{key}" (beschikbaar: {available}); kies er een van (zie `pitchkit templates`)',
    "template-audience": 'audience moet een van {choices} zijn, niet "{audience}"; verbeter de front matter',
    "template-front-matter": 'regels van de front matter zien eruit als "sleutel: waarde", niet "{line}"; verbeter die regel',
    "template-not-utf8": "het sjabloon is geen UTF-8-tekst; bewaar het als UTF-8",
    "template-syntax": "syntaxfout: {detail}; verbeter het sjabloon op die regel",
    "template-undefined": "{detail}; controleer de naam in docs/templates.md",
    "template-not-allowed": "niet toegelaten in een sjabloon: {reason}; haal het uit het sjabloon",
    "template-too-deep": "sjablonen roepen elkaar te diep aan; haal de recursie weg",
    "template-memory": "het sjabloon vraagt te veel geheugen; maak de lussen en teksten kleiner",
    "template-failed": "{kind}: {detail}; verbeter het sjabloon op die regel",
    "export-unknown-format": 'onbekend formaat "{fmt}"; kies uit {choices}',
    "export-format-unavailable": "export naar {fmt} is nog niet beschikbaar; kies een ander formaat",
    "export-write-failed": "kan het bestand niet schrijven ({reason}); controleer de map en de vrije ruimte, of kies een andere plek",
    "reference-not-docx": "geen Word-document (.docx) dat als referentie kan dienen ({reason}); kies een .docx die Word bewaard heeft",
    "reference-too-big": "{reason}; gebruik een kleiner Word-document als referentie",
    "output-exists": "bestaat al; kies een andere naam of verwijder het eerst",
    "output-folder-missing": "de map bestaat niet; maak ze aan of kies een andere plek",
    "system-error": "{reason}; controleer het bestand en de map en probeer opnieuw",
    "no-display": "geen beeldscherm gevonden, dus de desktoptoepassing kan niet openen. Gebruik de opdrachtregel, bijvoorbeeld: pitchkit export PROJECT -f docx",
    "interrupted": "onderbroken; voer de opdracht opnieuw uit (er is geen half geschreven bestand achtergebleven)",
    "unexpected": "onverwachte {kind}: {detail}; voer opnieuw uit met --debug en meld wat er verschijnt",
}

#: English pieces callers pass as field values, and their Dutch: exact values first,
#: then prefixes (", got 5" -> ", maar gevonden: 5").
FRAGMENTS: dict[str, str] = {
    "at least": "minstens",
    "at most": "hoogstens",
    "none": "geen",
    "letters, digits and - _ . :": "letters, cijfers en - _ . :",
    "lower-case letters, digits and -": "kleine letters, cijfers en -",
}
PREFIXES: dict[str, str] = {", got ": ", maar gevonden: "}
#: The words for the kinds of value a field expects (pitchkit/core/decoding.py), joined by " or ".
KINDS: dict[str, str] = {
    "a whole number": "een geheel getal",
    "a number": "een getal",
    "text": "tekst",
    "true or false": "waar of onwaar",
    "a list": "een lijst",
    "an object": "een object",
    "empty (null)": "leeg (null)",
    "null": "null",
    "a date (YYYY-MM-DD)": "een datum (JJJJ-MM-DD)",
}


def dutch_field(value: object) -> object:
    """A field value with its English pieces in Dutch (other values unchanged)."""
    if not isinstance(value, str):
        return value
    if value in FRAGMENTS:
        return FRAGMENTS[value]
    if value in KINDS:
        return KINDS[value]
    for english, dutch in PREFIXES.items():
        if value.startswith(english):
            return dutch + value[len(english):]
    parts = value.split(" or ")
    if all(part in KINDS for part in parts):
        return " of ".join(KINDS[part] for part in parts)
    return value
