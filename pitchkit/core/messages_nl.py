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
    # wave 3: hostile inputs, merging, sheets, mail, calendar, shared templates
    'anonymise-same-file': 'is het project zelf; kies een nieuw bestand voor de geanonimiseerde kopie',
    'attach-needs-eml': 'alleen een e-mail (-f eml) kan een bijlage meenemen; laat --attach weg of exporteer met -f eml',
    'backup-kept': 'de vorige versie is ernaast bewaard als {backup}; open een kopie ervan, bewaard onder een naam die eindigt op .pitchkit',
    'conflicts-left': 'nog {conflicts} te beslechten; open het bestand in PitchKit en kies in het paneel Conflicten',
    'document-too-large': 'dit project is te groot voor dit document ({detail}); kies een korter sjabloon zoals Eén pagina voor de directie, of één stakeholder als publiek',
    'eml-no-recipients': 'geen enkele genodigde heeft een e-mailadres, dus het concept heeft geen Aan:-regel; voeg adressen toe bij de stap Stakeholders',
    'export-private-document': '{template} is een privédocument (voor je eigen voorbereiding) en kan niet als {fmt} geschreven worden, want dat gaat naar andere mensen; kies een gedeeld sjabloon zoals follow-up-email',
    'file-link-loop': 'is een symbolische koppeling die naar zichzelf terugleidt; laat de koppeling naar het echte bestand wijzen',
    'file-not-regular': 'is {kind}, geen gewoon bestand; kies een bestand dat op schijf bewaard is',
    'file-too-large': 'het bestand is groter dan {size}; controleer of het het juiste bestand is',
    'ics-nothing': 'er is geen datum voor het overleg en geen open actie met een einddatum, dus de agenda is leeg; voeg eerst een datum voor het overleg of einddata toe',
    'merge-conflict': '{place} ({label}): {why}; de onze behouden {ours}, niet de hunne {theirs}; kies in het paneel Conflicten van de app',
    'migrate-newer': 'geschreven door een nieuwere PitchKit (formaatversie {version}; deze schrijft tot {current}), dus ongewijzigd gelaten; werk PitchKit bij om het op te waarderen',
    'out-of-memory': "het geheugen is op; voer de opdracht opnieuw uit nadat je andere programma's gesloten hebt",
    'picture-unreadable': "afbeelding '{alt}' kon niet gelezen worden, dus de alternatieve tekst is behouden; controleer de afbeelding",
    'project-conflict-markers': 'het bestand bevat conflictmarkeringen van git (<<<<<<<) van een samenvoeging zonder de merge driver van PitchKit; zie "The git merge driver" in de handleiding van het bestandsformaat om die in te stellen, en voer dan git checkout -m uit op dit bestand om het opnieuw samen te voegen',
    'recovery-damaged': 'het herstelde werk is beschadigd en kan niet teruggezet worden; kies Weggooien',
    'reference-bad-part': 'dit onderdeel is geen geldige XML ({detail}); bewaar het document opnieuw in Word, of kies een ander referentiedocument',
    'reference-bad-value': '{element} heeft {attribute}="{value}", wat geen {kind} is; bewaar het document opnieuw in Word, of kies een ander referentiedocument',
    'reference-dropped': 'weggelaten uit het referentiedocument, omdat het iets zou kunnen uitvoeren of ophalen wanneer de export geopend wordt: {what}. Controleer de kop- en voettekst van de export als die het gebruikten',
    'reference-file-too-large': 'het bestand is groter dan {size}; gebruik een kleiner Word-document als referentie',
    'reference-list-level': "de lijsten met stijl '{style}' in het referentiedocument hebben geen niveau {level}; daar is de {kind} van PitchKit gebruikt. Voeg een stijl '{style} {level}' toe om je eigen te gebruiken",
    'reference-list-own': "de stijl '{style}' in het referentiedocument heeft geen eigen {kind}; die van PitchKit is gebruikt. Voeg {kind} toe aan die stijl in Word om je eigen te gebruiken",
    'reference-no-body': 'het documentonderdeel heeft geen body (w:body); bewaar het document opnieuw in Word, of kies een ander referentiedocument',
    'reference-style-missing': "stijl '{style}' staat niet in het referentiedocument; '{used}' is gebruikt. Voeg een stijl '{style}' toe (of een van de andere namen ervan in docs/templates.md) om de opmaak te kiezen",
    'reference-style-none': "stijl '{style}' staat niet in het referentiedocument; er is gewone opmaak gebruikt. Voeg een stijl '{style}' toe om de opmaak te kiezen",
    'reference-table-borders': "het referentiedocument heeft geen tabelstijl; de tabellen kregen gewone randen. Voeg een tabelstijl '{style}' toe om hun opmaak te kiezen",
    'reference-wrong-type': 'een referentie moet een Word-document of -sjabloon zijn ({suffixes}); kies een daarvan',
    'sheet-bad-cell': '{problem}; er is niets geïmporteerd',
    'sheet-bad-csv': 'geen leesbaar CSV-bestand: {detail}; bewaar het opnieuw vanuit het rekenblad',
    'sheet-cell-formula': 'de cel bevat een formule; gebruik de waarde zelf (kopieer, en plak dan alleen de waarden)',
    'sheet-cell-too-long': 'de cel bevat meer dan 100.000 tekens; maak ze korter',
    'sheet-column-twice': 'de kolom "{header}" betekent hetzelfde als "{first}"; verwijder er een van',
    'sheet-empty': 'het blad is leeg; de eerste rij moet de kolomkoppen bevatten (Naam, Functie ...)',
    'sheet-no-name-column': 'geen kolom Naam (of Name) of id tussen de kolomkoppen ({found}); voeg een rij met kolomkoppen toe met minstens Naam',
    'sheet-not-xlsx': 'geen leesbare Excel-werkmap ({reason}); bewaar ze opnieuw vanuit het rekenblad als .xlsx of .csv',
    'sheet-row-twice': 'deze rij en rij {first} zijn allebei {person}; verwijder een van de twee rijen',
    'sheet-too-large': 'het bestand is groter dan {limit} MB; gebruik een kleiner blad',
    'sheet-too-many-columns': 'meer dan {limit} kolommen; verwijder de kolommen die PitchKit niet nodig heeft',
    'sheet-too-many-rows': 'het blad heeft meer dan {limit} rijen; gebruik kleinere bladen, na elkaar geïmporteerd',
    'sheet-unknown-type': 'import leest .csv- en .xlsx-bestanden, geen "{suffix}"; bewaar het blad als een van die twee',
    'sheet-xlsx-encrypted': 'de werkmap is beveiligd met een wachtwoord om ze te openen, of is een oud .xls-bestand met een .xlsx-naam; verwijder het wachtwoord, of bewaar ze opnieuw vanuit het rekenblad als .xlsx of .csv',
    'sheet-xlsx-binary': 'de werkmap is een binaire Excel-werkmap (.xlsb) met een .xlsx-naam; bewaar ze opnieuw vanuit het rekenblad als Excel-werkmap (.xlsx) of .csv',
    'sheet-xlsx-strict': 'de werkmap is bewaard als Strict Open XML, dat import niet leest; bewaar ze opnieuw vanuit het rekenblad als gewone Excel-werkmap (.xlsx) of .csv',
    'sheet-xlsx-xml': 'geen leesbare Excel-werkmap: de XML is beschadigd ({detail}); bewaar ze opnieuw vanuit het rekenblad als .xlsx of .csv',
    'sheet-xlsx-doctype': 'geen leesbare Excel-werkmap: de XML declareert een documenttype, wat rekenbladen nooit schrijven en wat een entiteitenbom kan verbergen; bewaar ze opnieuw vanuit het rekenblad als .xlsx of .csv',
    'sheet-xlsx-bad-part': 'geen leesbare Excel-werkmap: {detail}; bewaar ze opnieuw vanuit het rekenblad als .xlsx of .csv',
    'sheet-xlsx-bad-cell': 'geen leesbare Excel-werkmap: {detail}; bewaar ze opnieuw vanuit het rekenblad als .xlsx of .csv',
    'sheet-zip-bomb': 'de werkmap pakt uit tot meer dan {limit} MB, wat geen lijst van stakeholders nodig heeft; bewaar de lijst apart als .xlsx of .csv',
    'template-outside': 'is een koppeling naar {target}, buiten de sjablonenmap; gebruik in de plaats een kopie van het bestand in de map',
    'template-private': '{field} is privé: gebruik het alleen in een privésjabloon (shared: false)',
    'template-shared': 'shared moet true of false zijn, niet "{value}"; verbeter de front matter',
    'template-too-large': 'het sjabloon is groter dan {size}; maak het kleiner, of gebruik meerdere sjablonen',
    'template-too-many-tags': 'het sjabloon (met wat het invoegt) heeft meer dan {count} sjabloontags, te veel om snel te compileren; maak het kleiner, of gebruik meerdere sjablonen',
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
