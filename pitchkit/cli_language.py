"""The command line's help and usage errors in PitchKit's language (argparse's own words too).

argparse writes "usage:", "options:", "show this help message and exit" and its error texts
through gettext; `argparse_speaking()` gives it a small translation object for the time a
parser is built and used.  PitchKit's own help strings are written in English in cli*.py and
`translate_help()` puts their Dutch (`HELP_NL`) on a built parser.  tests/test_cli_language.py
fails when a help string has no Dutch.
"""

from __future__ import annotations

import argparse
import contextlib
import gettext
from collections.abc import Iterator, Sequence

#: argparse's own words (Python 3.11 argparse.py, the texts it passes to gettext) in Dutch.
ARGPARSE_NL = {
    "usage: ": "gebruik: ",
    "positional arguments": "argumenten",
    "options": "opties",
    "show this help message and exit": "deze hulp tonen en stoppen",
    "show program's version number and exit": "het versienummer tonen en stoppen",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s: %(message)s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "onbekende opdracht %(parser_name)r (kies uit: %(choices)s)",
    "argument \"-\" with mode %r": "argument \"-\" met modus %r",
    "can't open '%(filename)s': %(error)s": "kan '%(filename)s' niet openen: %(error)s",
    "unrecognized arguments: %s": "onbekende argumenten: %s",
    "not allowed with argument %s": "niet toegestaan samen met argument %s",
    "ignored explicit argument %r": "genegeerd expliciet argument %r",
    "the following arguments are required: %s": "deze argumenten ontbreken: %s",
    "one of the arguments %s is required": "een van de argumenten %s is nodig",
    "expected one argument": "verwacht één waarde",
    "expected at most one argument": "verwacht hoogstens één waarde",
    "expected at least one argument": "verwacht minstens één waarde",
    "ambiguous option: %(option)s could match %(matches)s": "dubbelzinnige optie: %(option)s kan %(matches)s zijn",
    "unexpected option string: %s": "onverwachte optie: %s",
    "invalid %(type)s value: %(value)r": "ongeldige waarde voor %(type)s: %(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)": "ongeldige keuze: %(value)r (kies uit %(choices)s)",
    "%(prog)s: error: %(message)s\n": "%(prog)s: error: %(message)s\n",  # the prefix scripts match
}
#: argparse's texts with a plural: (singular, plural) -> (Dutch singular, Dutch plural).
ARGPARSE_PLURALS_NL = {
    ("expected %s argument", "expected %s arguments"): ("verwacht %s waarde", "verwacht %s waarden"),
    ("conflicting option string: %s", "conflicting option strings: %s"): ("botsende optie: %s", "botsende opties: %s"),
}

#: PitchKit's help strings (descriptions, epilogs, option and command help) in Dutch.
HELP_NL = {
    "Plan a social-learning pitch and generate tailored proposal documents.":
        "Plan een pitch voor sociaal leren en maak voorstellen op maat van elke lezer.",
    "Commands: new, check, export, import, anonymise, templates, migrate, diff, merge, merge-driver. "
    "Run 'pitchkit COMMAND --help' for each. With no command, the desktop app opens.":
        "Opdrachten: new, check, export, import, anonymise, templates, migrate, diff, merge, merge-driver. "
        "'pitchkit OPDRACHT --help' toont de hulp bij elke opdracht. Zonder opdracht opent de app.",
    "show the full traceback of an error": "bij een fout de volledige traceback tonen",
    "the language PitchKit speaks (default: PITCHKIT_LANGUAGE, else the locale)":
        "de taal van PitchKit (standaard: PITCHKIT_LANGUAGE, anders de landinstelling)",
    "write a blank project, or the bundled example": "een leeg project schrijven, of het meegeleverde voorbeeld",
    "validate a project and run the pitch health check": "een project nakijken en de gezondheidscheck van de pitch uitvoeren",
    "generate a document from a project": "een document maken uit een project",
    "stakeholders in from a spreadsheet (.csv or .xlsx)": "belanghebbenden inlezen uit een rekenblad (.csv of .xlsx)",
    "write a shareable copy with people named by role": "een deelbare kopie schrijven waarin mensen bij hun rol heten",
    "list built-in and user templates": "de ingebouwde en eigen sjablonen opsommen",
    "upgrade project files to the current format in place": "projectbestanden ter plaatse naar het huidige formaat omzetten",
    "what changed between two versions of a project, in words": "in woorden wat er veranderde tussen twee versies van een project",
    "three-way merge by record id": "drieweg-samenvoeging per record-id",
    "the merge for git: %%O %%A %%B, the result written into OURS":
        "de samenvoeging voor git: %%O %%A %%B, het resultaat komt in OURS",
    "the .pitchkit file to create": "het .pitchkit-bestand dat gemaakt wordt",
    "write the bundled example project": "het meegeleverde voorbeeldproject schrijven",
    "also check this template's wording against each stakeholder's words to avoid":
        "ook de woorden van dit sjabloon toetsen aan de te mijden woorden van elke belanghebbende",
    "template key (see 'pitchkit templates')": "sleutel van het sjabloon (zie 'pitchkit templates')",
    "file or folder to write": "het bestand of de map om naar te schrijven",
    "tailor for one stakeholder (id or name)": "op maat van één belanghebbende (id of naam)",
    "a Word document (.docx) or template (.dotx) whose styles the Word output uses":
        "een Word-document (.docx) of -sjabloon (.dotx) waarvan de Word-uitvoer de stijlen overneemt",
    "the document's language (default: the project's, else PitchKit's own)":
        "de taal van het document (standaard: die van het project, anders die van PitchKit)",
    "name people by role, in the text and the map": "mensen bij hun rol noemen, in de tekst en op de kaart",
    "anonymise, but keep the organisation's name": "anonimiseren, maar de naam van de organisatie houden",
    "anonymise, but keep the advocate's name": "anonimiseren, maar de naam van de pleitbezorger houden",
    "-f eml: attach this document as .docx": "-f eml: dit document als .docx bijvoegen",
    "a .csv or .xlsx with a header row (Name, Role ...)": "een .csv of .xlsx met een kopregel (Name, Role ...)",
    "list the changes without saving them": "de wijzigingen opsommen zonder ze te bewaren",
    "the .pitchkit file to write": "het .pitchkit-bestand om te schrijven",
    "print the changes as JSON data": "de wijzigingen als JSON-gegevens tonen",
    "Merge THEIRS into OURS, with BASE their last common version. The result goes to OUT (kept as "
    "OUT.bak if it existed), or to standard output. Exit 0: merged cleanly; 1: merged with conflicts "
    "(recorded in the result, one line each on stderr) or an input could not be read (nothing written). "
    "An empty BASE means no common version: every difference is then recorded as a conflict.":
        "Voeg THEIRS samen in OURS, met BASE als hun laatste gemeenschappelijke versie. Het resultaat "
        "gaat naar OUT (het oude OUT blijft als OUT.bak), of naar de standaarduitvoer. Afsluitcode 0: "
        "zonder conflicten samengevoegd; 1: samengevoegd met conflicten (in het resultaat bewaard, elk "
        "op één regel in stderr) of een invoerbestand was onleesbaar (niets geschreven). Een lege BASE "
        "betekent geen gemeenschappelijke versie: elk verschil wordt dan een conflict.",
    "the file to write (default: standard output)": "het bestand om te schrijven (standaard: de standaarduitvoer)",
    "For .gitattributes 'merge=pitchkit' with git config merge.pitchkit.driver "
    "'pitchkit merge-driver %%O %%A %%B' (see docs/file-format.md).":
        "Voor .gitattributes 'merge=pitchkit' met git config merge.pitchkit.driver "
        "'pitchkit merge-driver %%O %%A %%B' (zie docs/file-format.md).",
    "Open the PitchKit desktop app.": "Open de PitchKit-app.",
    "project to open": "het project om te openen",
    "open the bundled example (saving asks for a new file)":
        "het meegeleverde voorbeeld openen (bij bewaren vraagt PitchKit een nieuw bestand)",
}


class DutchArgparse(gettext.NullTranslations):
    """argparse's own words in Dutch; English for any text it does not know."""

    def gettext(self, message: str) -> str:
        return ARGPARSE_NL.get(message, message)

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        found = ARGPARSE_PLURALS_NL.get((msgid1, msgid2))
        if found is None:
            return msgid1 if n == 1 else msgid2
        return found[0] if n == 1 else found[1]


def language_of(argv: Sequence[str], commands: Sequence[str] = ()) -> str | None:
    """The value of `--language` (or `--language=…`) in `argv` before any of `commands`, else None.

    After a command, `--language` is that command's own (`export --language`: the document's).
    """
    for i, arg in enumerate(argv):
        if arg in commands:
            return None
        if arg == "--language" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--language="):
            return arg.split("=", 1)[1]
    return None


@contextlib.contextmanager
def argparse_speaking(language: str) -> Iterator[None]:
    """argparse writes its own words in `language` meanwhile (building, parsing, help, errors)."""
    if language != "nl":
        yield
        return
    words = DutchArgparse()
    before = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._, argparse.ngettext = words.gettext, words.ngettext  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = before  # type: ignore[attr-defined]


def help_texts(parser: argparse.ArgumentParser) -> Iterator[tuple[object, str]]:
    """Every (holder, attribute) of `parser` and its subcommands that holds a help text."""
    for holder in (parser,):
        for attr in ("description", "epilog"):
            if getattr(holder, attr):
                yield holder, attr
    for action in parser._actions:
        if action.help and action.help is not argparse.SUPPRESS:
            yield action, "help"
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                if choice.help:
                    yield choice, "help"
            for sub in dict.fromkeys(action.choices.values()):
                yield from help_texts(sub)


def translate_help(parser: argparse.ArgumentParser, language: str) -> argparse.ArgumentParser:
    """`parser` with its help texts in `language` (the English ones stay where Dutch is missing)."""
    if language == "nl":
        table = {**HELP_NL, **ARGPARSE_NL}
        for holder, attr in list(help_texts(parser)):
            english = getattr(holder, attr)
            setattr(holder, attr, table.get(english, english))
    return parser
