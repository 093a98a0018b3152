<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl">
<context>
    <name>ActionTableModel</name>
    <message>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Met</translation>
    </message>
</context>
<context>
    <name>ActionsPanel</name>
    <message>
        <source>actions</source>
        <translation>acties</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Actie:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>D&amp;etail:</source>
        <translation>D&amp;etail:</translation>
    </message>
    <message>
        <source>&amp;With:</source>
        <translation>&amp;Met:</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>&amp;Uiterlijk:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nieuwe actie</translation>
    </message>
</context>
<context>
    <name>AdvicePanel</name>
    <message>
        <source>advice</source>
        <translation>advies</translation>
    </message>
    <message>
        <source>A colleague, a community, your learning network</source>
        <translation>Een collega, een community, je leernetwerk</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>Wat ze zeiden</translation>
    </message>
    <message>
        <source>What you will use from it</source>
        <translation>Wat je ervan gebruikt</translation>
    </message>
    <message>
        <source>&amp;Asked:</source>
        <translation>&amp;Gevraagd aan:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;They said:</source>
        <translation>&amp;Ze zeiden:</translation>
    </message>
    <message>
        <source>You will &amp;use:</source>
        <translation>Je &amp;gebruikt:</translation>
    </message>
    <message>
        <source>Someone I asked</source>
        <translation>Iemand die ik het vroeg</translation>
    </message>
</context>
<context>
    <name>AdviceTableModel</name>
    <message>
        <source>Asked</source>
        <translation>Gevraagd aan</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
</context>
<context>
    <name>AttemptTableModel</name>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Met</translation>
    </message>
</context>
<context>
    <name>AttemptsPanel</name>
    <message>
        <source>attempts</source>
        <translation>pogingen</translation>
    </message>
    <message>
        <source>What you tried and what happened</source>
        <translation>Wat je probeerde en wat er gebeurde</translation>
    </message>
    <message>
        <source>What you will change next time</source>
        <translation>Wat je de volgende keer anders doet</translation>
    </message>
    <message>
        <source>It did not work</source>
        <translation>Het werkte niet</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;With:</source>
        <translation>&amp;Met:</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;Wat er gebeurde:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Uitkomst:</translation>
    </message>
    <message>
        <source>&amp;Lesson:</source>
        <translation>&amp;Les:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Resultaat:</translation>
    </message>
</context>
<context>
    <name>BusyPeriodTableModel</name>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot</translation>
    </message>
</context>
<context>
    <name>BusyPeriodsPanel</name>
    <message>
        <source>busy periods</source>
        <translation>drukke periodes</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Van:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>T&amp;ot:</translation>
    </message>
    <message>
        <source>Busy period</source>
        <translation>Drukke periode</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare With</source>
        <translation>Vergelijken met</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergelijken</translation>
    </message>
    <message>
        <source>Who Moved Since the Last Meeting</source>
        <translation>Wie is verschoven sinds het vorige overleg</translation>
    </message>
    <message>
        <source>Compare the project with:</source>
        <translation>Het project vergelijken met:</translation>
    </message>
    <message>
        <source>The backup ({name})</source>
        <translation>De reservekopie ({name})</translation>
    </message>
    <message>
        <source>The version saved on {when}</source>
        <translation>De versie bewaard op {when}</translation>
    </message>
    <message>
        <source>Another file…</source>
        <translation>Een ander bestand…</translation>
    </message>
    <message>
        <source>Cannot Open That Version</source>
        <translation>Kan die versie niet openen</translation>
    </message>
    <message>
        <source>Changes from {label} to the project now</source>
        <translation>Wijzigingen van {label} tot het project nu</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Geen wijzigingen.</translation>
    </message>
    <message>
        <source>No earlier saved version of this project yet: PitchKit keeps one each time you save.</source>
        <translation>Er is nog geen eerder bewaarde versie van dit project: PitchKit houdt er een bij telkens je bewaart.</translation>
    </message>
    <message>
        <source>Who moved since the last meeting ({meeting}), from the version saved on {when}</source>
        <translation>Wie is verschoven sinds het vorige overleg ({meeting}), vanaf de versie bewaard op {when}</translation>
    </message>
    <message>
        <source>Who moved since the version saved on {when} (no meeting date yet)</source>
        <translation>Wie is verschoven sinds de versie bewaard op {when} (nog geen datum voor het overleg)</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>Conflicts</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <source>Before (the version you both started from)</source>
        <translation>Voordien (de versie waarvan jullie allebei vertrokken)</translation>
    </message>
    <message>
        <source>Your version (in the project now)</source>
        <translation>Jouw versie (nu in het project)</translation>
    </message>
    <message>
        <source>Their copy</source>
        <translation>Hun kopie</translation>
    </message>
    <message>
        <source>Keep Your Version</source>
        <translation>Jouw versie behouden</translation>
    </message>
    <message>
        <source>Take Their Copy</source>
        <translation>Hun kopie overnemen</translation>
    </message>
    <message>
        <source>Go Back to Before</source>
        <translation>Terug naar voordien</translation>
    </message>
    <message>
        <source>Or write the text you want here</source>
        <translation>Of schrijf hier de tekst die je wilt</translation>
    </message>
    <message>
        <source>Use This Text</source>
        <translation>Deze tekst gebruiken</translation>
    </message>
    <message>
        <source>whole record</source>
        <translation>hele record</translation>
    </message>
    <message>
        <source>Conflicts ({count})</source>
        <translation>Conflicten ({count})</translation>
    </message>
    <message>
        <source>Keep Your Version (Deleted)</source>
        <translation>Jouw versie behouden (verwijderd)</translation>
    </message>
    <message>
        <source>Take Their Copy (Delete It)</source>
        <translation>Hun kopie overnemen (verwijderen)</translation>
    </message>
    <message>
        <source>Go Back to Before (Leave It Out)</source>
        <translation>Terug naar voordien (weglaten)</translation>
    </message>
    <message>
        <source>No conflicts left to settle.</source>
        <translation>Er zijn geen conflicten meer te beslechten.</translation>
    </message>
    <message>
        <source>the whole record</source>
        <translation>het hele record</translation>
    </message>
    <message>
        <source>&lt;b&gt;{named}&lt;/b&gt;, {field}: {why}. Your version stays in the project until you choose.</source>
        <translation>&lt;b&gt;{named}&lt;/b&gt;, {field}: {why}. Jouw versie blijft in het project tot je kiest.</translation>
    </message>
    <message>
        <source>Taking their copy brings back the record that went with them (a link, resistance or talking point) and their places in lists; keeping your version leaves them out.</source>
        <translation>Neem je hun kopie over, dan komen ook het record dat met deze persoon verdween (een invloedslijn, weerstand of gesprekspunt) en hun plaats in lijsten terug; behoud je jouw versie, dan blijven ze weg.</translation>
    </message>
    <message>
        <source>Taking their copy brings back the {count} records that went with them (links, resistances, talking points) and their places in lists; keeping your version leaves them out.</source>
        <translation>Neem je hun kopie over, dan komen ook de {count} records die met deze persoon verdwenen (invloedslijnen, weerstanden, gesprekspunten) en hun plaats in lijsten terug; behoud je jouw versie, dan blijven ze weg.</translation>
    </message>
    <message>
        <source>changed in your version and in their copy</source>
        <translation>gewijzigd in jouw versie en in hun kopie</translation>
    </message>
    <message>
        <source>deleted in their copy, changed in your version</source>
        <translation>verwijderd in hun kopie, gewijzigd in jouw versie</translation>
    </message>
    <message>
        <source>deleted in your version, changed in their copy</source>
        <translation>verwijderd in jouw versie, gewijzigd in hun kopie</translation>
    </message>
    <message>
        <source>deleted in their copy, but your version still refers to them</source>
        <translation>verwijderd in hun kopie, maar jouw versie verwijst er nog naar</translation>
    </message>
    <message>
        <source>their copy refers to someone deleted in your version</source>
        <translation>hun kopie verwijst naar iemand die in jouw versie verwijderd is</translation>
    </message>
    <message>
        <source>stakeholder</source>
        <translation>stakeholder</translation>
    </message>
    <message>
        <source>influence link</source>
        <translation>invloedslijn</translation>
    </message>
    <message>
        <source>resistance</source>
        <translation>weerstand</translation>
    </message>
    <message>
        <source>business problem</source>
        <translation>bedrijfsprobleem</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>bewijs</translation>
    </message>
    <message>
        <source>talking point</source>
        <translation>gesprekspunt</translation>
    </message>
    <message>
        <source>action</source>
        <translation>actie</translation>
    </message>
    <message>
        <source>attempt</source>
        <translation>poging</translation>
    </message>
    <message>
        <source>busy period</source>
        <translation>drukke periode</translation>
    </message>
    <message>
        <source>Cannot Use That Value</source>
        <translation>Kan die waarde niet gebruiken</translation>
    </message>
    <message>
        <source>record</source>
        <translation>record</translation>
    </message>
    <message>
        <source>Settle “{name}”, {field}</source>
        <translation>“{name}”, {field} beslechten</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>YYYY-MM-DD or {example}</source>
        <translation>JJJJ-MM-DD of {example}</translation>
    </message>
    <message>
        <source>Choose a date</source>
        <translation>Kies een datum</translation>
    </message>
    <message>
        <source>Choose a date from a calendar (Alt+Down)</source>
        <translation>Kies een datum in een kalender (Alt+Omlaag)</translation>
    </message>
    <message>
        <source>“{text}” is not a date: type it as YYYY-MM-DD or {example}, or choose it from the calendar.</source>
        <translation>“{text}” is geen datum: typ ze als JJJJ-MM-DD of {example}, of kies ze in de kalender.</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <source>Export the document chosen on the Generate step</source>
        <translation>Het document exporteren dat bij de stap Genereren gekozen is</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>Print the document shown in the preview</source>
        <translation>Het document in het voorbeeld afdrukken</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Sl&amp;uiten</translation>
    </message>
    <message>
        <source>Close the project and go back to the start screen</source>
        <translation>Het project sluiten en terugkeren naar het startscherm</translation>
    </message>
</context>
<context>
    <name>DocumentLanguageChoice</name>
    <message>
        <source>Document language</source>
        <extracomment>The languages a document can be written in, by their own names.</extracomment>
        <translation>Taal van het document</translation>
    </message>
    <message>
        <source>The language the document is written in (saved with the project)</source>
        <translation>De taal waarin het document geschreven is (bewaard bij het project)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
</context>
<context>
    <name>EvidenceTableModel</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
</context>
<context>
    <name>FileGuard</name>
    <message>
        <source>{path}: opened read-only because it is open elsewhere; save your version under another name.</source>
        <translation>{path}: alleen-lezen geopend omdat het bestand elders open is; bewaar je versie onder een andere naam.</translation>
    </message>
</context>
<context>
    <name>GeneratePage</name>
    <message>
        <source>Template</source>
        <extracomment>The preview shows the first part of a long document only (see preview.first_part). Counts the projects shown, so an export's outcome is reported only on its own.</extracomment>
        <translation>Sjabloon</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Publiek</translation>
    </message>
    <message>
        <source>&amp;Reference .docx…</source>
        <translation>&amp;Referentie-.docx…</translation>
    </message>
    <message>
        <source>A Word document whose styles the .docx export uses</source>
        <translation>Een Word-document waarvan de .docx-export de stijlen overneemt</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Use PitchKit's own Word styles</source>
        <translation>De eigen Word-stijlen van PitchKit gebruiken</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formaat</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Bezig met exporteren</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>Open the exported file in the system's viewer</source>
        <translation>Het geëxporteerde bestand openen in de standaardtoepassing</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Sjabloon:</translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation>Publiek:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formaat:</translation>
    </message>
    <message>
        <source>The whole pitch</source>
        <translation>De hele pitch</translation>
    </message>
    <message>
        <source>PitchKit's Word styles</source>
        <translation>Word-stijlen van PitchKit</translation>
    </message>
    <message>
        <source>Updating the preview…</source>
        <translation>Voorbeeld wordt bijgewerkt…</translation>
    </message>
    <message>
        <source>Preview — what the export will contain</source>
        <translation>Voorbeeld — wat de export zal bevatten</translation>
    </message>
    <message>
        <source>Health check: {summary}.</source>
        <translation>Pitchcheck: {summary}.</translation>
    </message>
    <message>
        <source>Health check: nothing to flag.</source>
        <translation>Pitchcheck: niets te melden.</translation>
    </message>
    <message>
        <source>Exporting {name}…</source>
        <extracomment>Called by this name so pyside6-lupdate finds the strings (this class is mixed into GeneratePage).</extracomment>
        <translation>{name} wordt geëxporteerd…</translation>
    </message>
    <message>
        <source>Exported {path}</source>
        <translation>Geëxporteerd: {path}</translation>
    </message>
    <message>
        <source>Exported With Warnings</source>
        <translation>Geëxporteerd met waarschuwingen</translation>
    </message>
    <message>
        <source>Export failed.</source>
        <translation>Exporteren mislukt.</translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation>Kan niet exporteren</translation>
    </message>
    <message>
        <source>{path}: no application could open it</source>
        <translation>{path}: geen enkel programma kon het openen</translation>
    </message>
    <message>
        <source>Cannot Open</source>
        <translation>Kan niet openen</translation>
    </message>
</context>
<context>
    <name>HealthPanel</name>
    <message>
        <source>Severity</source>
        <extracomment>(step key, record id) of an activated finding; the id is "" for the pitch as a whole.</extracomment>
        <translation>Ernst</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Betreft</translation>
    </message>
    <message>
        <source>What is wrong — what to do</source>
        <translation>Wat er schort — wat je kunt doen</translation>
    </message>
    <message>
        <source>Pitch health findings</source>
        <translation>Bevindingen van de pitchcheck</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pitch health&lt;/b&gt; — checking…</source>
        <translation>&lt;b&gt;Pitchcheck&lt;/b&gt; — bezig…</translation>
    </message>
    <message>
        <source>{n} high</source>
        <translation>{n} hoog</translation>
    </message>
    <message>
        <source>{n} medium</source>
        <translation>{n} gemiddeld</translation>
    </message>
    <message>
        <source>{n} low</source>
        <translation>{n} laag</translation>
    </message>
    <message>
        <source>The pitch</source>
        <extracomment>The step that edits a record, by the first part of a finding's `where` (for findings made without a step; the health rules give every finding its step). Severity colours on a light base and on a dark one (each 4.5:1 or better against it). What a collection of records is called where a finding names no record of it.
----------
The finding on each row.</extracomment>
        <translation>De pitch</translation>
    </message>
    <message>
        <source>The pitch: evidence</source>
        <translation>De pitch: bewijs</translation>
    </message>
    <message>
        <source>A stakeholder</source>
        <translation>Een stakeholder</translation>
    </message>
    <message>
        <source>The map's links</source>
        <translation>De lijnen op de kaart</translation>
    </message>
    <message>
        <source>A resistance</source>
        <translation>Een weerstand</translation>
    </message>
    <message>
        <source>A business problem</source>
        <translation>Een bedrijfsprobleem</translation>
    </message>
    <message>
        <source>The strategy</source>
        <translation>De strategie</translation>
    </message>
    <message>
        <source>budget</source>
        <extracomment>The fields a finding can name after its place ("The pitch: deadline"), in words.</extracomment>
        <translation>budget</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>beslissingsdatum</translation>
    </message>
    <message>
        <source>what was agreed</source>
        <translation>wat afgesproken is</translation>
    </message>
    <message>
        <source>meeting date</source>
        <translation>datum van het overleg</translation>
    </message>
    <message>
        <source>invitees</source>
        <translation>genodigden</translation>
    </message>
    <message>
        <source>story</source>
        <translation>verhaal</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>acties</translation>
    </message>
    <message>
        <source>champion</source>
        <translation>ambassadeur</translation>
    </message>
    <message>
        <source>order of conversations</source>
        <translation>volgorde van de gesprekken</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pitch health&lt;/b&gt; — {summary}; double-click a finding (or press Enter) to go to it</source>
        <translation>&lt;b&gt;Pitchcheck&lt;/b&gt; — {summary}; dubbelklik op een bevinding (of druk op Enter) om ernaartoe te gaan</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pitch health&lt;/b&gt; — nothing to flag</source>
        <translation>&lt;b&gt;Pitchcheck&lt;/b&gt; — niets te melden</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>User guide</source>
        <extracomment>The pages of the guide, in reading order: (file in docs/, title in the list).</extracomment>
        <translation>Handleiding</translation>
    </message>
    <message>
        <source>The stakeholder map</source>
        <translation>De stakeholderkaart</translation>
    </message>
    <message>
        <source>Playbook and health check</source>
        <translation>Draaiboek en pitchcheck</translation>
    </message>
    <message>
        <source>Writing templates</source>
        <translation>Sjablonen schrijven</translation>
    </message>
    <message>
        <source>Project files and merging</source>
        <translation>Projectbestanden en samenvoegen</translation>
    </message>
    <message>
        <source>Autosave, locks and limits</source>
        <translation>Automatisch bewaren, vergrendelingen en grenzen</translation>
    </message>
    <message>
        <source>Installing PitchKit</source>
        <translation>PitchKit installeren</translation>
    </message>
    <message>
        <source>PitchKit Help</source>
        <extracomment>Largest guide page read (the biggest today is ~60 kB).</extracomment>
        <translation>Help bij PitchKit</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Zoeken in de handleiding</translation>
    </message>
    <message>
        <source>Guide pages</source>
        <translation>Pagina's van de handleiding</translation>
    </message>
    <message>
        <source>Guide page</source>
        <translation>Pagina van de handleiding</translation>
    </message>
    <message>
        <source>{title} (in English)</source>
        <translation>{title} (in het Engels)</translation>
    </message>
    <message numerus="yes">
        <source>Found on %n page(s)</source>
        <translation>
            <numerusform>Gevonden op %n pagina</numerusform>
            <numerusform>Gevonden op %n pagina's</numerusform>
        </translation>
    </message>
    <message>
        <source>Not found in the guide</source>
        <translation>Niet gevonden in de handleiding</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import Stakeholders</source>
        <translation>Stakeholders importeren</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Stakeholder</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Wijzigingen</translation>
    </message>
    <message>
        <source>changes 1 field</source>
        <translation>wijzigt 1 veld</translation>
    </message>
    <message>
        <source>changes {count} fields</source>
        <translation>wijzigt {count} velden</translation>
    </message>
    <message>
        <source>adds a new stakeholder</source>
        <translation>voegt een nieuwe stakeholder toe</translation>
    </message>
    <message>
        <source>Accept &amp;All</source>
        <translation>&amp;Alles aanvaarden</translation>
    </message>
    <message>
        <source>Reject A&amp;ll</source>
        <translation>A&amp;lles weigeren</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>{file}: {summary}. {chosen} of {total} rows will be imported, as one step you can undo.</source>
        <translation>{file}: {summary}. {chosen} van de {total} rijen worden geïmporteerd, als één stap die je ongedaan kunt maken.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About PitchKit</source>
        <translation>Over PitchKit</translation>
    </message>
    <message>
        <source>{shown} of {total} stakeholders</source>
        <translation>{shown} van {total} stakeholders</translation>
    </message>
    <message>
        <source>1 stakeholder</source>
        <translation>1 stakeholder</translation>
    </message>
    <message>
        <source>{total} stakeholders</source>
        <translation>{total} stakeholders</translation>
    </message>
    <message>
        <source>Cannot Open Project</source>
        <extracomment>Called by this name so pyside6-lupdate finds the strings (this class is mixed into MainWindow).</extracomment>
        <translation>Kan het project niet openen</translation>
    </message>
    <message>
        <source>Opened With a Warning</source>
        <translation>Geopend met een waarschuwing</translation>
    </message>
    <message>
        <source>Cannot Save Project</source>
        <translation>Kan het project niet bewaren</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Bewaard: {path}</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>Export Map</source>
        <extracomment>Picture units a keyboard move of one point shifts a card in the network layout.</extracomment>
        <translation>Kaart exporteren</translation>
    </message>
    <message>
        <source>&amp;Grid</source>
        <translation>&amp;Matrix</translation>
    </message>
    <message>
        <source>Power/interest grid: dragging sets the values</source>
        <translation>Invloed-belangmatrix: slepen past de waarden aan</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Netwerk</translation>
    </message>
    <message>
        <source>Influence network: who listens to whom</source>
        <translation>Invloedsnetwerk: wie luistert naar wie</translation>
    </message>
    <message>
        <source>Draw &amp;links</source>
        <translation>&amp;Lijnen tekenen</translation>
    </message>
    <message>
        <source>Drag from one person to another to add an influence link (or hold Shift)</source>
        <translation>Sleep van de ene persoon naar de andere om een invloedslijn toe te voegen (of houd Shift ingedrukt)</translation>
    </message>
    <message>
        <source>&amp;Route to decision-maker</source>
        <translation>&amp;Route naar de beslisser</translation>
    </message>
    <message>
        <source>Highlight the chain of influence from the selected person (or the champion) to the person who signs</source>
        <translation>Toon de invloedsketen van de gekozen persoon (of de ambassadeur) tot wie tekent</translation>
    </message>
    <message>
        <source>&amp;Delete link</source>
        <translation>Lijn &amp;verwijderen</translation>
    </message>
    <message>
        <source>Delete the selected links (Delete)</source>
        <translation>De gekozen lijnen verwijderen (Delete)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Inzoomen</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel, +)</source>
        <translation>Inzoomen (Ctrl+scrollwiel, +)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Uitzoomen</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel, −)</source>
        <translation>Uitzoomen (Ctrl+scrollwiel, −)</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>&amp;Passend</translation>
    </message>
    <message>
        <source>Show the whole map</source>
        <translation>De hele kaart tonen</translation>
    </message>
    <message>
        <source>Export &amp;PNG…</source>
        <translation>Exporteren als &amp;PNG…</translation>
    </message>
    <message>
        <source>Save the map as a PNG picture</source>
        <translation>De kaart bewaren als PNG-afbeelding</translation>
    </message>
    <message>
        <source>Export &amp;SVG…</source>
        <translation>Exporteren als &amp;SVG…</translation>
    </message>
    <message>
        <source>Save the map as an SVG drawing</source>
        <translation>De kaart bewaren als SVG-tekening</translation>
    </message>
    <message>
        <source>Stance now: {chips} &amp;nbsp; ○ ring: stance wanted &amp;nbsp; ★ champion &amp;nbsp; ◆ signs</source>
        <translation>Houding nu: {chips} &amp;nbsp; ○ ring: gewenste houding &amp;nbsp; ★ ambassadeur &amp;nbsp; ◆ tekent</translation>
    </message>
    <message>
        <source>Network view: people are placed by who influences whom. Dragging rearranges the picture only; power and interest do not change.</source>
        <translation>Netwerkweergave: mensen staan waar hun invloed op elkaar ze plaatst. Slepen verschuift alleen de tekening; invloed en belang blijven gelijk.</translation>
    </message>
    <message>
        <source>Drag a person to set their power and interest; arrow keys move the selected person.</source>
        <translation>Sleep een persoon om invloed en belang in te stellen; met de pijltjestoetsen verplaats je de gekozen persoon.</translation>
    </message>
    <message>
        <source>Link mode: drag from the person listened to, to the listener.</source>
        <translation>Verbandmodus: sleep van wie gehoord wordt naar wie luistert.</translation>
    </message>
    <message>
        <source>Shift+drag from one person to another draws an influence link.</source>
        <translation>Shift+slepen van de ene persoon naar de andere tekent een invloedslijn.</translation>
    </message>
    <message>
        <source>That link is already there.</source>
        <translation>Die lijn bestaat al.</translation>
    </message>
    <message>
        <source>Link “{a}” → “{b}”</source>
        <translation>Lijn “{a}” → “{b}”</translation>
    </message>
    <message>
        <source>{a} influences {b}.</source>
        <translation>{a} beïnvloedt {b}.</translation>
    </message>
    <message>
        <source>Link Note</source>
        <translation>Notitie bij de lijn</translation>
    </message>
    <message>
        <source>What does the influence of {names} rest on?</source>
        <translation>Waarop berust de invloed van {names}?</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Zwak</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Matig</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Sterk</translation>
    </message>
    <message>
        <source>Edit &amp;Note…</source>
        <translation>&amp;Notitie bewerken…</translation>
    </message>
    <message>
        <source>What the influence rests on</source>
        <translation>Waarop de invloed berust</translation>
    </message>
    <message>
        <source>Delete link</source>
        <translation>Lijn verwijderen</translation>
    </message>
    <message>
        <source>Delete {n} links</source>
        <translation>{n} lijnen verwijderen</translation>
    </message>
    <message>
        <source>Cannot Export the Map</source>
        <translation>Kaart exporteren lukt niet</translation>
    </message>
    <message>
        <source>Saved the map to {path}</source>
        <translation>Kaart bewaard in {path}</translation>
    </message>
    <message>
        <source>Route: no one is marked as signing off the decision (Stakeholders step).</source>
        <translation>Route: niemand is aangeduid als wie de beslissing tekent (stap Stakeholders).</translation>
    </message>
    <message>
        <source>Route: select a person, or choose a champion, to see their route to the decision-maker.</source>
        <translation>Route: kies een persoon, of een ambassadeur, om de route naar de beslisser te zien.</translation>
    </message>
    <message>
        <source>Route: no chain of influence links from {name} to a decision-maker yet.</source>
        <translation>Route: nog geen keten van invloedslijnen van {name} naar een beslisser.</translation>
    </message>
    <message>
        <source>Route: {name} signs off the decision.</source>
        <translation>Route: {name} tekent de beslissing.</translation>
    </message>
    <message>
        <source>Route: {path}</source>
        <translation>Route: {path}</translation>
    </message>
    <message>
        <source>E&amp;xport Map</source>
        <translation>Kaart e&amp;xporteren</translation>
    </message>
    <message>
        <source>Save the map as a PNG picture or an SVG drawing</source>
        <translation>De kaart bewaren als PNG-afbeelding of SVG-tekening</translation>
    </message>
    <message>
        <source>More map commands</source>
        <translation>Meer kaartopdrachten</translation>
    </message>
</context>
<context>
    <name>MapPeopleList</name>
    <message>
        <source>Find a person (Ctrl+F)</source>
        <extracomment>The id of the person chosen in the list or found by the find box. The Menu key (or a right-click) on a row: the person's id and where (global) to show it.</extracomment>
        <translation>Een persoon zoeken (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find a person on the map</source>
        <translation>Een persoon op de kaart zoeken</translation>
    </message>
    <message>
        <source>People on the map</source>
        <translation>Mensen op de kaart</translation>
    </message>
    <message>
        <source>{stance}; power {power:g}, interest {interest:g}</source>
        <translation>{stance}; macht {power:g}, belang {interest:g}</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>zwak</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>matig</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>sterk</translation>
    </message>
    <message>
        <source>influences {name} ({strength})</source>
        <translation>beïnvloedt {name} ({strength})</translation>
    </message>
    <message>
        <source>listens to {name} ({strength})</source>
        <translation>luistert naar {name} ({strength})</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Stakeholder map</source>
        <extracomment>Zoom steps and limits (1.0 = one picture unit per pixel). Fitting never shrinks the map below this: card text (11-12 px) stays 9 px or more on screen, and a small window scrolls instead (zoom out by hand to see it all). Keyboard moves, in power/interest points. (power change, interest change) for the selected card.</extracomment>
        <translation>Stakeholderkaart</translation>
    </message>
    <message>
        <source>Arrow keys move the selected person; Shift+arrow moves less; Delete removes a selected link.</source>
        <translation>Pijltjestoetsen verplaatsen de gekozen persoon; Shift+pijl verplaatst minder; Delete verwijdert een gekozen lijn.</translation>
    </message>
</context>
<context>
    <name>MeetingFields</name>
    <message>
        <source>After the meeting: what was agreed, in your words</source>
        <extracomment>Called by this name so pyside6-lupdate finds the strings.</extracomment>
        <translation>Na het overleg: wat afgesproken is, in je eigen woorden</translation>
    </message>
    <message>
        <source>After the meeting: what is still open</source>
        <translation>Na het overleg: wat nog open staat</translation>
    </message>
    <message>
        <source>In&amp;vited:</source>
        <translation>&amp;Uitgenodigd:</translation>
    </message>
    <message>
        <source>Who is invited to the decision meeting</source>
        <translation>Wie uitgenodigd is op het beslissingsoverleg</translation>
    </message>
    <message>
        <source>A&amp;greed:</source>
        <translation>A&amp;fgesproken:</translation>
    </message>
    <message>
        <source>Still ope&amp;n:</source>
        <translation>Nog ope&amp;n:</translation>
    </message>
</context>
<context>
    <name>MergeActions</name>
    <message>
        <source>&amp;Merge a Colleague's Copy…</source>
        <translation>De kopie van een collega &amp;samenvoegen…</translation>
    </message>
    <message>
        <source>Take in the changes a colleague made to their copy of this project</source>
        <translation>De wijzigingen overnemen die een collega in hun kopie van dit project maakte</translation>
    </message>
    <message>
        <source>Compare &amp;With…</source>
        <translation>&amp;Vergelijken met…</translation>
    </message>
    <message>
        <source>See what changed between this project and another version</source>
        <translation>Bekijken wat er veranderde tussen dit project en een andere versie</translation>
    </message>
    <message>
        <source>Show &amp;Conflicts</source>
        <translation>&amp;Conflicten tonen</translation>
    </message>
    <message>
        <source>Cannot Open the Copy</source>
        <translation>Kan de kopie niet openen</translation>
    </message>
    <message>
        <source>That copy holds nothing new</source>
        <translation>Die kopie bevat niets nieuws</translation>
    </message>
    <message>
        <source>Merge a Colleague's Copy</source>
        <translation>De kopie van een collega samenvoegen</translation>
    </message>
    <message>
        <source>Merged; 1 conflict to settle</source>
        <translation>Samengevoegd; 1 conflict te beslechten</translation>
    </message>
    <message>
        <source>Merged; {count} conflicts to settle</source>
        <translation>Samengevoegd; {count} conflicten te beslechten</translation>
    </message>
    <message>
        <source>Merged with no conflicts</source>
        <translation>Samengevoegd zonder conflicten</translation>
    </message>
</context>
<context>
    <name>PitchPage</name>
    <message>
        <source>A name for this pitch, e.g. Peer learning pilot</source>
        <translation>Een naam voor deze pitch, bv. Proefproject van elkaar leren</translation>
    </message>
    <message>
        <source>What you propose, in plain words, without jargon</source>
        <translation>Wat je voorstelt, in gewone woorden, zonder jargon</translation>
    </message>
    <message>
        <source>The decision you want, e.g. agree a six-month pilot</source>
        <translation>De beslissing die je vraagt, bv. akkoord voor een proefproject van zes maanden</translation>
    </message>
    <message>
        <source>Who takes part, for how long, how it is measured</source>
        <translation>Wie doet mee, hoe lang, hoe het gemeten wordt</translation>
    </message>
    <message>
        <source>A short personal story to open with</source>
        <translation>Een kort persoonlijk verhaal om mee te openen</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisatie:</translation>
    </message>
    <message>
        <source>&amp;Initiative:</source>
        <translation>&amp;Initiatief:</translation>
    </message>
    <message>
        <source>A&amp;dvocate:</source>
        <translation>&amp;Pleitbezorger:</translation>
    </message>
    <message>
        <source>Who makes the pitch (you)</source>
        <translation>Wie de pitch brengt (jij)</translation>
    </message>
    <message>
        <source>Advocate's &amp;role:</source>
        <translation>&amp;Functie pleitbezorger:</translation>
    </message>
    <message>
        <source>The &amp;ask:</source>
        <translation>De &amp;vraag:</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>&amp;Budget:</translation>
    </message>
    <message>
        <source>&amp;Pilot scope:</source>
        <translation>&amp;Omvang proefproject:</translation>
    </message>
    <message>
        <source>&amp;Meeting date:</source>
        <translation>&amp;Datum overleg:</translation>
    </message>
    <message>
        <source>Dead&amp;line:</source>
        <translation>&amp;Uiterste datum:</translation>
    </message>
    <message>
        <source>&amp;Story:</source>
        <translation>&amp;Verhaal:</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>bewijzen</translation>
    </message>
    <message>
        <source>Filter evidence</source>
        <translation>Bewijzen filteren</translation>
    </message>
    <message>
        <source>The result, the quote, the figure</source>
        <translation>Het resultaat, het citaat, het cijfer</translation>
    </message>
    <message>
        <source>Evidence t&amp;itle:</source>
        <translation>T&amp;itel bewijs:</translation>
    </message>
    <message>
        <source>D&amp;etail:</source>
        <translation>D&amp;etail:</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>&amp;Bron:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Evidence&lt;/b&gt; — pilot results, testimonials, figures that show it works</source>
        <translation>&lt;b&gt;Bewijs&lt;/b&gt; — resultaten van proefprojecten, getuigenissen, cijfers die tonen dat het werkt</translation>
    </message>
    <message>
        <source>New evidence</source>
        <translation>Nieuw bewijs</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Zoals het systeem</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <source>PitchKit's own Word styles</source>
        <translation>De eigen Word-stijlen van PitchKit</translation>
    </message>
    <message>
        <source>The project's folder</source>
        <translation>De map van het project</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>A new language is used from the next start.</source>
        <translation>Een nieuwe taal geldt vanaf de volgende start.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thema:</translation>
    </message>
    <message>
        <source>Default &amp;reference .docx:</source>
        <translation>Standaard-&amp;referentie-.docx:</translation>
    </message>
    <message>
        <source>Default &amp;export folder:</source>
        <translation>Standaard&amp;map voor export:</translation>
    </message>
    <message>
        <source>&amp;Autosave every:</source>
        <translation>&amp;Automatisch bewaren om de:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>Default reference document</source>
        <translation>Standaard-referentiedocument</translation>
    </message>
    <message>
        <source>Word documents and templates (*.docx *.dotx)</source>
        <translation>Word-documenten en -sjablonen (*.docx *.dotx)</translation>
    </message>
    <message>
        <source>Default export folder</source>
        <translation>Standaardmap voor export</translation>
    </message>
</context>
<context>
    <name>PreviewRenderer</name>
    <message>
        <source>This long document is previewed up to here; the export contains all of it.</source>
        <extracomment>Quiet time after the last edit before the preview is rebuilt. The most the preview lays out, in characters of text (a table cell counts 10 more): about 25 pages, and ~50 ms of `setHtml` holding the GIL. The example needs 11,000. The preview shows the map 16 cm wide, ~600 pixels; twice that stays sharp on high-DPI. AnonymiseOptions, or None: the preview names people by role (done in the worker). Plain text of the preview, for tests and the benchmark. True when the document was too long and the preview shows its first part only. The project snapshot the findings are for (the health monitor remembers them). Drawn as in a shared document: one card colour, no stance rings or marks.</extracomment>
        <translation>Dit lange document is tot hier getoond; de export bevat alles.</translation>
    </message>
    <message>
        <source>“{name}” is written for one person: choose a stakeholder as the audience.</source>
        <translation>“{name}” is geschreven voor één persoon: kies een stakeholder als publiek.</translation>
    </message>
    <message>
        <source>The preview could not be made: {what}</source>
        <translation>Het voorbeeld kon niet gemaakt worden: {what}</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Print the Document</source>
        <translation>Het document afdrukken</translation>
    </message>
</context>
<context>
    <name>ProblemTableModel</name>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Nulmeting</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Stakeholders</translation>
    </message>
</context>
<context>
    <name>ProblemsPage</name>
    <message>
        <source>business problems</source>
        <translation>bedrijfsproblemen</translation>
    </message>
    <message>
        <source>Filter by problem, KPI, target or stakeholder</source>
        <translation>Filteren op probleem, KPI, doel of stakeholder</translation>
    </message>
    <message>
        <source>Pick a common problem or type your own</source>
        <translation>Kies een veelvoorkomend probleem of typ je eigen</translation>
    </message>
    <message>
        <source>The problem as they would say it</source>
        <translation>Het probleem zoals zij het zouden zeggen</translation>
    </message>
    <message>
        <source>The number that shows the problem</source>
        <translation>Het cijfer dat het probleem zichtbaar maakt</translation>
    </message>
    <message>
        <source>How the initiative moves the number</source>
        <translation>Hoe het initiatief dat cijfer verandert</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>A common business problem from the playbook, or your own</source>
        <translation>Een veelvoorkomend bedrijfsprobleem uit het draaiboek, of je eigen</translation>
    </message>
    <message>
        <source>In their &amp;words:</source>
        <translation>In hun &amp;woorden:</translation>
    </message>
    <message>
        <source>K&amp;PI:</source>
        <translation>K&amp;PI:</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>&amp;Nulmeting:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Doel:</translation>
    </message>
    <message>
        <source>&amp;How it helps:</source>
        <translation>&amp;Hoe het helpt:</translation>
    </message>
    <message>
        <source>&amp;Whose problem:</source>
        <translation>&amp;Wiens probleem:</translation>
    </message>
    <message>
        <source>New business problem</source>
        <translation>Nieuw bedrijfsprobleem</translation>
    </message>
    <message>
        <source>Choose problem “{name}”</source>
        <translation>Probleem “{name}” kiezen</translation>
    </message>
</context>
<context>
    <name>ProjectSession</name>
    <message>
        <source>{name} (example)</source>
        <extracomment>The stakeholder selected in any page (id, or None): pages follow it to stay in step.</extracomment>
        <translation>{name} (voorbeeld)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Naamloos</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <extracomment>Qt's own file-dialog labels that Qt 6 gave an accelerator ("&amp;Look in:") while the Dutch qtbase .qm that ships with PySide6 still has them without: PitchKit's .ts carries them, in Qt's context, so its translator (installed after Qt's, so asked first) answers for them.</extracomment>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Bestands&amp;type:</translation>
    </message>
</context>
<context>
    <name>RecordListEditor</name>
    <message>
        <source>Filter {noun}</source>
        <extracomment>(rows shown after filtering, records in the project) A record the user just added or duplicated (the page moves focus to its form).</extracomment>
        <translation>{noun} filteren</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <source>Add a new record below the list</source>
        <translation>Een nieuwe regel onderaan de lijst toevoegen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliceren</translation>
    </message>
    <message>
        <source>Copy the selected records</source>
        <translation>De gekozen regels kopiëren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Delete the selected records (undoable)</source>
        <translation>De gekozen regels verwijderen (ongedaan te maken)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Naar &amp;boven</translation>
    </message>
    <message>
        <source>Move up in the file order</source>
        <translation>Hoger in de volgorde van het bestand</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Naar be&amp;neden</translation>
    </message>
    <message>
        <source>Move down in the file order</source>
        <translation>Lager in de volgorde van het bestand</translation>
    </message>
    <message>
        <source>Duplicate {count} records</source>
        <extracomment>The filter box's least width before Duplicate and Delete give up their words.</extracomment>
        <translation>{count} regels dupliceren</translation>
    </message>
</context>
<context>
    <name>ResistanceTableModel</name>
    <message>
        <source>Stakeholder</source>
        <translation>Stakeholder</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Patroon</translation>
    </message>
    <message>
        <source>Heard</source>
        <translation>Gehoord</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ResistancesPage</name>
    <message>
        <source>resistances</source>
        <translation>weerstanden</translation>
    </message>
    <message>
        <source>Filter by person, pattern, what was heard, severity or status</source>
        <translation>Filteren op persoon, patroon, wat je hoorde, ernst of status</translation>
    </message>
    <message>
        <source>Pick from the playbook or type your own</source>
        <translation>Kies uit het draaiboek of typ je eigen</translation>
    </message>
    <message>
        <source>The words you heard, as a quote</source>
        <translation>De woorden die je hoorde, als citaat</translation>
    </message>
    <message>
        <source>What worries them underneath</source>
        <translation>Wat hen eigenlijk zorgen baart</translation>
    </message>
    <message>
        <source>How you will answer it</source>
        <translation>Hoe je erop zult ingaan</translation>
    </message>
    <message>
        <source>S&amp;takeholder:</source>
        <translation>S&amp;takeholder:</translation>
    </message>
    <message>
        <source>&amp;Pattern:</source>
        <translation>&amp;Patroon:</translation>
    </message>
    <message>
        <source>A resistance pattern from the playbook, or your own name for it</source>
        <translation>Een weerstandspatroon uit het draaiboek, of je eigen naam ervoor</translation>
    </message>
    <message>
        <source>&amp;Heard:</source>
        <translation>&amp;Gehoord:</translation>
    </message>
    <message>
        <source>&amp;Concern:</source>
        <translation>&amp;Bezorgdheid:</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>&amp;Ernst:</translation>
    </message>
    <message>
        <source>C&amp;ounter-strategy:</source>
        <translation>&amp;Aanpak:</translation>
    </message>
    <message>
        <source>S&amp;uggestions:</source>
        <translation>&amp;Suggesties:</translation>
    </message>
    <message>
        <source>Counter-strategies the playbook gives for this pattern</source>
        <translation>De aanpak die het draaiboek voor dit patroon voorstelt</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <source>Add a stakeholder first: every resistance is someone's.</source>
        <translation>Voeg eerst een stakeholder toe: elke weerstand hoort bij iemand.</translation>
    </message>
    <message>
        <source>Choose pattern “{name}”</source>
        <translation>Patroon “{name}” kiezen</translation>
    </message>
    <message>
        <source>Use a counter-strategy from the playbook…</source>
        <translation>Een aanpak uit het draaiboek gebruiken…</translation>
    </message>
    <message>
        <source>No suggestions: pick a playbook pattern</source>
        <translation>Geen suggesties: kies een patroon uit het draaiboek</translation>
    </message>
</context>
<context>
    <name>SharingDialog</name>
    <message>
        <source>This is what will leave your computer:</source>
        <extracomment>Given the anonymise choice (None: names kept), the report of what would leave.</extracomment>
        <translation>Dit is wat je computer zal verlaten:</translation>
    </message>
    <message>
        <source>&amp;Name people by their role instead of their name</source>
        <translation>Mensen &amp;noemen bij hun rol in plaats van hun naam</translation>
    </message>
    <message>
        <source>Keep the &amp;organisation's name</source>
        <translation>De naam van de &amp;organisatie behouden</translation>
    </message>
    <message>
        <source>Keep the &amp;advocate's name</source>
        <translation>De naam van de &amp;pleitbezorger behouden</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Doorgaan</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Map</source>
        <extracomment>Keys that are not menu commands: (where, what, keys).</extracomment>
        <translation>Kaart</translation>
    </message>
    <message>
        <source>Draw a link: drag from one person to another</source>
        <translation>Een lijn tekenen: sleep van de ene persoon naar de andere</translation>
    </message>
    <message>
        <source>Shift+drag</source>
        <translation>Shift+slepen</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoomen</translation>
    </message>
    <message>
        <source>Ctrl+wheel</source>
        <translation>Ctrl+scrollwiel</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Lijsten</translation>
    </message>
    <message>
        <source>Open the selected record</source>
        <translation>De gekozen regel openen</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Pitch health</source>
        <translation>Pitchcheck</translation>
    </message>
    <message>
        <source>Go to the record of a finding</source>
        <translation>Naar de regel van een bevinding gaan</translation>
    </message>
    <message>
        <source>Enter or double-click</source>
        <translation>Enter of dubbelklikken</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <extracomment>Keys every keyboard has, by the names Qt writes them with (beside letters, digits, F1-F35).</extracomment>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Opdracht</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
</context>
<context>
    <name>StakeholderTableModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Invloed</translation>
    </message>
    <message>
        <source>Power or influence over the decision, 0 to 10</source>
        <translation>Invloed op de beslissing, 0 tot 10</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Belang</translation>
    </message>
    <message>
        <source>How much the pitch concerns them, 0 to 10</source>
        <translation>Hoeveel de pitch hen aanbelangt, 0 tot 10</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Houding</translation>
    </message>
    <message>
        <source>Where they stand now</source>
        <translation>Waar ze nu staan</translation>
    </message>
    <message>
        <source>Wanted</source>
        <translation>Gewenst</translation>
    </message>
    <message>
        <source>Where the pitch needs them to stand</source>
        <translation>Waar de pitch ze nodig heeft</translation>
    </message>
</context>
<context>
    <name>StakeholdersPage</name>
    <message>
        <source>stakeholders</source>
        <extracomment>(rows shown after filtering, stakeholders in the project)</extracomment>
        <translation>stakeholders</translation>
    </message>
    <message>
        <source>Filter by name, role, department or stance</source>
        <translation>Filteren op naam, functie, afdeling of houding</translation>
    </message>
    <message>
        <source>e.g. one-to-one, email, steering group</source>
        <translation>bv. een-op-een, e-mail, stuurgroep</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>naam@voorbeeld.be</translation>
    </message>
    <message>
        <source>Signs off the decision</source>
        <translation>Tekent de beslissing</translation>
    </message>
    <message>
        <source>comma-separated, e.g. finance, early adopter</source>
        <translation>gescheiden door komma's, bv. financiën, voorloper</translation>
    </message>
    <message>
        <source>words that put them off, e.g. social learning</source>
        <translation>woorden die hen afschrikken, bv. sociaal leren</translation>
    </message>
    <message>
        <source>What matters to them, what they said, who they listen to</source>
        <translation>Wat voor hen telt, wat ze zeiden, naar wie ze luisteren</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Functie:</translation>
    </message>
    <message>
        <source>De&amp;partment:</source>
        <translation>&amp;Afdeling:</translation>
    </message>
    <message>
        <source>&amp;Power:</source>
        <translation>&amp;Invloed:</translation>
    </message>
    <message>
        <source>Power or influence over the decision, 0 to 10</source>
        <translation>Invloed op de beslissing, 0 tot 10</translation>
    </message>
    <message>
        <source>&amp;Interest:</source>
        <translation>&amp;Belang:</translation>
    </message>
    <message>
        <source>How much the pitch concerns them, 0 to 10</source>
        <translation>Hoeveel de pitch hen aanbelangt, 0 tot 10</translation>
    </message>
    <message>
        <source>&amp;Stance now:</source>
        <translation>&amp;Houding nu:</translation>
    </message>
    <message>
        <source>Stance &amp;wanted:</source>
        <translation>&amp;Gewenste houding:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanaal:</translation>
    </message>
    <message>
        <source>How they prefer to be reached</source>
        <translation>Hoe ze het liefst benaderd worden</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <source>For the follow-up email draft; left out of anonymised copies</source>
        <translation>Voor het concept van de opvolgmail; weggelaten uit geanonimiseerde kopieën</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Beslissing:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Labels:</translation>
    </message>
    <message>
        <source>A&amp;void saying:</source>
        <translation>&amp;Niet zeggen:</translation>
    </message>
    <message>
        <source>&amp;Last assessed:</source>
        <translation>&amp;Laatst ingeschat:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otities:</translation>
    </message>
    <message>
        <source>New stakeholder</source>
        <translation>Nieuwe stakeholder</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>PitchKit</source>
        <extracomment>A recent file was chosen (its path).</extracomment>
        <translation>PitchKit</translation>
    </message>
    <message>
        <source>Plan a pitch for social and peer learning: who has a say, what they resist, which business problem they have, and how to win them over.</source>
        <translation>Bereid je pitch voor om collega's van elkaar te laten leren: wie heeft iets te zeggen, waar botst het, welk bedrijfsprobleem hebben ze, en hoe win je ze voor je idee.</translation>
    </message>
    <message>
        <source>&amp;New Project</source>
        <translation>&amp;Nieuw project</translation>
    </message>
    <message>
        <source>Start an empty pitch</source>
        <translation>Met een lege pitch beginnen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <source>Open a .pitchkit file</source>
        <translation>Een .pitchkit-bestand openen</translation>
    </message>
    <message>
        <source>&amp;Explore the Example</source>
        <translation>Het voorbeeld &amp;verkennen</translation>
    </message>
    <message>
        <source>A worked pitch for peer learning at a logistics company, to explore</source>
        <translation>Een uitgewerkte pitch voor van elkaar leren bij een logistiek bedrijf, om te verkennen</translation>
    </message>
    <message>
        <source>Getting started</source>
        <extracomment>The first steps, shown until the user has a project of their own.</extracomment>
        <translation>Aan de slag</translation>
    </message>
    <message>
        <source>&amp;Recent projects</source>
        <translation>&amp;Recente projecten</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Recente projecten</translation>
    </message>
    <message>
        <source>Projects you open or save appear here.</source>
        <translation>Projecten die je opent of bewaart, verschijnen hier.</translation>
    </message>
    <message>
        <source>{path} (not found)</source>
        <translation>{path} (niet gevonden)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pitch&lt;/b&gt;: what you propose and what you ask for.</source>
        <translation>&lt;b&gt;Pitch&lt;/b&gt;: wat je voorstelt en wat je vraagt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stakeholders&lt;/b&gt; and the &lt;b&gt;Map&lt;/b&gt;: who has a say, where they stand, who listens to whom.</source>
        <translation>&lt;b&gt;Stakeholders&lt;/b&gt; en de &lt;b&gt;Kaart&lt;/b&gt;: wie heeft inspraak, waar staan ze, wie luistert naar wie.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Resistances&lt;/b&gt; and &lt;b&gt;Business problems&lt;/b&gt;: what they object to and what hurts them, in numbers.</source>
        <translation>&lt;b&gt;Weerstanden&lt;/b&gt; en &lt;b&gt;Bedrijfsproblemen&lt;/b&gt;: waartegen ze bezwaar maken en wat hen pijn doet, in cijfers.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Strategy&lt;/b&gt; and &lt;b&gt;Generate&lt;/b&gt;: plan the conversations, then export a document for each person.</source>
        <translation>&lt;b&gt;Strategie&lt;/b&gt; en &lt;b&gt;Genereren&lt;/b&gt;: plan de gesprekken, en exporteer dan een document voor elke persoon.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;How PitchKit works&lt;/b&gt;: seven steps down the left of the window, in four stages.&lt;/p&gt;&lt;ol&gt;{items}&lt;/ol&gt;&lt;p&gt;To see it filled in, explore the example; press F1 at any step for its part of the guide.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Hoe PitchKit werkt&lt;/b&gt;: zeven stappen links in het venster, in vier fasen.&lt;/p&gt;&lt;ol&gt;{items}&lt;/ol&gt;&lt;p&gt;Verken het voorbeeld om het ingevuld te zien; druk bij elke stap op F1 voor het deel van de handleiding dat erbij hoort.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>StepSidebar</name>
    <message>
        <source>Steps</source>
        <extracomment>Why a step is incomplete ("" when it is complete), on each item.</extracomment>
        <translation>Stappen</translation>
    </message>
    <message>
        <source>Incomplete: {why}</source>
        <translation>Niet af: {why}</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>niet af</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>af</translation>
    </message>
</context>
<context>
    <name>StrategyPage</name>
    <message>
        <source>(no champion yet)</source>
        <translation>(nog geen ambassadeur)</translation>
    </message>
    <message>
        <source>Stakeholder to add to the sequence</source>
        <translation>Stakeholder om aan de volgorde toe te voegen</translation>
    </message>
    <message>
        <source>Add to Se&amp;quence</source>
        <translation>Aan de &amp;volgorde toevoegen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Weghalen</translation>
    </message>
    <message>
        <source>&amp;Earlier</source>
        <translation>&amp;Eerder</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <source>&amp;Champion:</source>
        <translation>&amp;Ambassadeur:</translation>
    </message>
    <message>
        <source>A high-placed supporter who walks the talk</source>
        <translation>Een hooggeplaatste voorstander die het goede voorbeeld geeft</translation>
    </message>
    <message>
        <source>Order of &amp;conversations (who to win over first):</source>
        <translation>&amp;Volgorde van de gesprekken (wie overtuig je eerst):</translation>
    </message>
    <message>
        <source>Order of conversations</source>
        <translation>Volgorde van de gesprekken</translation>
    </message>
    <message>
        <source>Champion &amp;&amp; sequence</source>
        <translation>Ambassadeur &amp;&amp; volgorde</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <source>Attempts log</source>
        <translation>Logboek van pogingen</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>Gesprekspunten</translation>
    </message>
    <message>
        <source>Timing risks</source>
        <translation>Drukke periodes</translation>
    </message>
    <message>
        <source>Advice log</source>
        <translation>Adviezen</translation>
    </message>
</context>
<context>
    <name>TalkingPointTableModel</name>
    <message>
        <source>Stakeholder</source>
        <translation>Stakeholder</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Punt</translation>
    </message>
</context>
<context>
    <name>TalkingPointsPanel</name>
    <message>
        <source>talking points</source>
        <translation>gesprekspunten</translation>
    </message>
    <message>
        <source>What to say to them, in their terms</source>
        <translation>Wat je tegen hen zegt, in hun woorden</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Aan:</translation>
    </message>
    <message>
        <source>&amp;Point:</source>
        <translation>&amp;Punt:</translation>
    </message>
</context>
<context>
    <name>TwoWayMergeDialog</name>
    <message>
        <source>Merge a Colleague's Copy</source>
        <translation>De kopie van een collega samenvoegen</translation>
    </message>
    <message>
        <source>PitchKit has no saved version that both copies share, so it cannot tell who changed what. Tick each difference where their copy is right; the rest stays as yours.</source>
        <translation>PitchKit heeft geen bewaarde versie die beide kopieën delen, dus het kan niet zeggen wie wat veranderde. Vink elk verschil aan waar hun kopie klopt; de rest blijft zoals bij jou.</translation>
    </message>
    <message>
        <source>the whole record</source>
        <translation>het hele record</translation>
    </message>
    <message>
        <source>{name}, {field}: yours {ours}; their copy {theirs}</source>
        <translation>{name}, {field}: bij jou {ours}; hun kopie {theirs}</translation>
    </message>
    <message>
        <source>Take All from Their Copy</source>
        <translation>Alles uit hun kopie overnemen</translation>
    </message>
    <message>
        <source>Keep All of Mine</source>
        <translation>Alles van mij behouden</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Samenvoegen</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New Project</source>
        <translation>&amp;Nieuw project</translation>
    </message>
    <message>
        <source>Start an empty pitch</source>
        <translation>Met een lege pitch beginnen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <source>Open a PitchKit project file</source>
        <translation>Een PitchKit-projectbestand openen</translation>
    </message>
    <message>
        <source>Open the &amp;Example</source>
        <translation>Het &amp;voorbeeld openen</translation>
    </message>
    <message>
        <source>Open the bundled example as an untitled copy</source>
        <translation>Het meegeleverde voorbeeld openen als naamloze kopie</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Bewaren</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>Het project bewaren</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Bewaren &amp;als…</translation>
    </message>
    <message>
        <source>Save the project under a new name</source>
        <translation>Het project onder een nieuwe naam bewaren</translation>
    </message>
    <message>
        <source>&amp;Import Stakeholders…</source>
        <translation>Stakeholders &amp;importeren…</translation>
    </message>
    <message>
        <source>Add or update stakeholders from a .csv or .xlsx sheet</source>
        <translation>Stakeholders toevoegen en bijwerken vanuit een .csv- of .xlsx-blad</translation>
    </message>
    <message>
        <source>Export &amp;Register…</source>
        <translation>&amp;Register exporteren…</translation>
    </message>
    <message>
        <source>The stakeholder register as .xlsx or .csv</source>
        <translation>Het stakeholderregister als .xlsx of .csv</translation>
    </message>
    <message>
        <source>Save an Anon&amp;ymised Copy…</source>
        <translation>Een geanon&amp;imiseerde kopie bewaren…</translation>
    </message>
    <message>
        <source>A shareable copy with people named by role</source>
        <translation>Een kopie om te delen, met mensen genoemd bij hun rol</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>Close the window</source>
        <translation>Het venster sluiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Op&amp;nieuw</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>Filter the list on this page</source>
        <translation>De lijst op deze pagina filteren</translation>
    </message>
    <message>
        <source>&amp;Next Step</source>
        <translation>V&amp;olgende stap</translation>
    </message>
    <message>
        <source>&amp;Previous Step</source>
        <translation>V&amp;orige stap</translation>
    </message>
    <message>
        <source>PitchKit &amp;User Guide</source>
        <translation>&amp;Handleiding van PitchKit</translation>
    </message>
    <message>
        <source>Read the guide, with search</source>
        <translation>De handleiding lezen, met zoekfunctie</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>Every key PitchKit knows</source>
        <translation>Alle toetsen die PitchKit kent</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Voorkeuren…</translation>
    </message>
    <message>
        <source>Theme, default reference document, export folder, autosave, language</source>
        <translation>Thema, standaard-referentiedocument, exportmap, automatisch bewaren, taal</translation>
    </message>
    <message>
        <source>&amp;About PitchKit</source>
        <translation>&amp;Over PitchKit</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>B&amp;ewerken</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Geen recente projecten</translation>
    </message>
    <message>
        <source>&amp;Clear the List</source>
        <translation>&amp;Lijst wissen</translation>
    </message>
</context>
<context>
    <name>_CalendarPopup</name>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
</context>
<context>
    <name>_Panel</name>
    <message>
        <source>Filter {noun}</source>
        <extracomment>Called by this name so pyside6-lupdate finds the strings.</extracomment>
        <translation>{noun} filteren</translation>
    </message>
</context>
<context>
    <name>_PathField</name>
    <message>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>Move “{name}” on the map</source>
        <extracomment>QUndoCommand.id() of map moves: keyboard nudges of the same people merge.</extracomment>
        <translation>“{name}” verplaatsen op de kaart</translation>
    </message>
    <message>
        <source>Move {count} people on the map</source>
        <translation>{count} mensen verplaatsen op de kaart</translation>
    </message>
    <message>
        <source>Edit {field}</source>
        <extracomment>QUndoCommand.id() of field edits: consecutive edits of one field may merge. Called by this name so pyside6-lupdate finds the strings.</extracomment>
        <translation>{field} bewerken</translation>
    </message>
    <message>
        <source>Add “{name}”</source>
        <translation>“{name}” toevoegen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Move “{name}”</source>
        <translation>“{name}” verplaatsen</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verplaatsen</translation>
    </message>
    <message>
        <source>Delete “{name}”</source>
        <translation>“{name}” verwijderen</translation>
    </message>
    <message>
        <source>Delete {count} records</source>
        <translation>{count} regels verwijderen</translation>
    </message>
    <message>
        <source>Import {count} rows from {name}</source>
        <translation>{count} rijen importeren uit {name}</translation>
    </message>
</context>
<context>
    <name>empty_hints</name>
    <message>
        <source>Start with one sentence on what you propose and one on what you ask for: every document opens with them.</source>
        <extracomment>Called by this name so pyside6-lupdate finds the strings. Whether each step has nothing in it yet.</extracomment>
        <translation>Begin met één zin over wat je voorstelt en één over wat je vraagt: elk document opent ermee.</translation>
    </message>
    <message>
        <source>“A six-week peer-learning pilot for new dispatchers; we ask for two hours a week of their time.”</source>
        <translation>“Een proefproject van zes weken waarin nieuwe planners van collega's leren; we vragen twee uur per week van hun tijd.”</translation>
    </message>
    <message>
        <source>Add each person whose yes, no or silence matters, with how much say they have and where they stand, so the map and the documents can speak to them.</source>
        <translation>Voeg iedereen toe wiens ja, nee of stilzwijgen telt, met hoeveel inspraak ze hebben en waar ze staan, zodat de kaart en de documenten hen kunnen aanspreken.</translation>
    </message>
    <message>
        <source>“Dana Ruiz, CFO: power 9, interest 4, resistant.”</source>
        <translation>“Dana Ruiz, CFO: macht 9, belang 4, biedt weerstand.”</translation>
    </message>
    <message>
        <source>The map fills once there are stakeholders (add them on the Stakeholders step). Here you place people by power and interest, and Shift-drag from one card to another to show who listens to whom.</source>
        <translation>De kaart vult zich zodra er stakeholders zijn (voeg ze toe bij de stap Stakeholders). Hier plaats je mensen volgens invloed en belang, en sleep je met Shift van de ene kaart naar de andere om te tonen wie naar wie luistert.</translation>
    </message>
    <message>
        <source>the HR director influences the CFO.</source>
        <translation>de HR-directeur beïnvloedt de CFO.</translation>
    </message>
    <message>
        <source>Note each objection as you heard it and the worry underneath, so every document can answer it before it is raised.</source>
        <translation>Noteer elk bezwaar zoals je het hoorde en de bezorgdheid eronder, zodat elk document er een antwoord op heeft voor het opkomt.</translation>
    </message>
    <message>
        <source>“We tried e-learning and nobody finished it”; the concern: time wasted again.</source>
        <translation>“We probeerden e-learning en niemand maakte het af”; de bezorgdheid: opnieuw verloren tijd.</translation>
    </message>
    <message>
        <source>Describe each problem in the stakeholder's own words, with a number that measures it and a target, so the pitch talks about their results, not about training.</source>
        <translation>Beschrijf elk probleem in de eigen woorden van de stakeholder, met een cijfer dat het meet en een doel, zodat de pitch over hun resultaten gaat, niet over opleiding.</translation>
    </message>
    <message>
        <source>“New drivers take too long to work alone”: time to competence 12 weeks, target 8.</source>
        <translation>“Nieuwe chauffeurs hebben te lang nodig om alleen te werken”: tijd tot zelfstandigheid 12 weken, doel 8.</translation>
    </message>
    <message>
        <source>Choose a champion and the order of your conversations, so you begin where support is easiest to win and build on it.</source>
        <translation>Kies een ambassadeur en de volgorde van je gesprekken, zodat je begint waar steun het makkelijkst te winnen is en daarop verder bouwt.</translation>
    </message>
    <message>
        <source>see Ben Okafor (HR) first, then the CFO with his backing.</source>
        <translation>spreek eerst Ben Okafor (HR), dan de CFO met zijn steun.</translation>
    </message>
    <message>
        <source>Fill in the pitch and add stakeholders first; then choose a document and an audience here, check the preview and export it.</source>
        <translation>Vul eerst de pitch in en voeg stakeholders toe; kies dan hier een document en een publiek, bekijk het voorbeeld en exporteer het.</translation>
    </message>
    <message>
        <source>a one-page briefing for the CFO as a Word file.</source>
        <translation>een briefing van één pagina voor de CFO als Word-bestand.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing here yet.&lt;/b&gt; {what}&lt;br&gt;&lt;i&gt;For example:&lt;/i&gt; {example}</source>
        <translation>&lt;b&gt;Hier staat nog niets.&lt;/b&gt; {what}&lt;br&gt;&lt;i&gt;Bijvoorbeeld:&lt;/i&gt; {example}</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Tip</translation>
    </message>
</context>
<context>
    <name>export_prompts</name>
    <message>
        <source>All files (*)</source>
        <extracomment>Called by this name so pyside6-lupdate finds the strings.</extracomment>
        <translation>Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Choose a Reference Document</source>
        <translation>Een referentiedocument kiezen</translation>
    </message>
    <message>
        <source>Word documents and templates (*.docx *.dotx);;All files (*)</source>
        <translation>Word-documenten en -sjablonen (*.docx *.dotx);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Manage closely: involve them in decisions, communicate regularly and build their goals into the plan.</source>
        <translation>Nauw betrekken: laat ze meebeslissen, communiceer geregeld en neem hun doelen op in het plan.</translation>
    </message>
    <message>
        <source>Keep satisfied: meet their needs, give information as needed, and avoid provoking them; a re-awakened interest makes them influential.</source>
        <translation>Tevreden houden: geef ze wat ze nodig hebben, informeer ze waar nodig en zet ze niet tegen je op; wordt hun belangstelling weer wakker, dan wegen ze zwaar door.</translation>
    </message>
    <message>
        <source>Keep informed: update them regularly; they can become advocates or vocal critics and can form coalitions.</source>
        <translation>Informeren: hou ze geregeld op de hoogte; ze kunnen pleitbezorgers of luide critici worden en zich verenigen.</translation>
    </message>
    <message>
        <source>Monitor: basic communication only.</source>
        <translation>Volgen: alleen de basiscommunicatie.</translation>
    </message>
    <message>
        <source>Meet their needs; keep it brief</source>
        <translation>Geef wat nodig is; hou het kort</translation>
    </message>
    <message>
        <source>Manage closely; involve them</source>
        <translation>Nauw opvolgen; laat ze meebeslissen</translation>
    </message>
    <message>
        <source>Light touch; watch for change</source>
        <translation>Licht contact; let op veranderingen</translation>
    </message>
    <message>
        <source>Update often; recruit as allies</source>
        <translation>Vaak informeren; maak er bondgenoten van</translation>
    </message>
    <message>
        <source>Interest in the initiative  →</source>
        <translation>Belang bij het initiatief  →</translation>
    </message>
    <message>
        <source>Power / influence  →</source>
        <translation>Macht / invloed  →</translation>
    </message>
    <message>
        <source>Influence network: arrows run from the person listened to, to the listener</source>
        <translation>Invloedsnetwerk: de pijlen lopen van wie gehoord wordt naar wie luistert</translation>
    </message>
    <message>
        <source>Stakeholder map</source>
        <translation>Stakeholderkaart</translation>
    </message>
</context>
<context>
    <name>prompts</name>
    <message>
        <source>PitchKit projects (*.pitchkit);;All files (*)</source>
        <translation>PitchKit-projecten (*.pitchkit);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>PitchKit</source>
        <extracomment>Called by this name so pyside6-lupdate finds the strings.</extracomment>
        <translation>PitchKit</translation>
    </message>
    <message>
        <source>&lt;h3&gt;PitchKit {version}&lt;/h3&gt;&lt;p&gt;Plan a social-learning pitch: map the stakeholders, their resistances and business problems, and generate proposals tailored to each audience.&lt;/p&gt;&lt;p&gt;Works offline; projects are plain files you can share.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PitchKit {version}&lt;/h3&gt;&lt;p&gt;Bereid een pitch voor om collega's van elkaar te laten leren: breng de stakeholders, hun weerstanden en bedrijfsproblemen in kaart, en maak voorstellen op maat van elk publiek.&lt;/p&gt;&lt;p&gt;Werkt offline; projecten zijn gewone bestanden die je kunt delen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Project openen</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Project bewaren als</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Niet-bewaarde wijzigingen</translation>
    </message>
    <message>
        <source>Save the changes to “{name}” before closing it?</source>
        <translation>De wijzigingen aan “{name}” bewaren voor je het sluit?</translation>
    </message>
    <message>
        <source>If you don't save, your changes will be lost.</source>
        <translation>Als je niet bewaart, gaan je wijzigingen verloren.</translation>
    </message>
    <message>
        <source>Project Open Elsewhere</source>
        <translation>Project elders geopend</translation>
    </message>
    <message>
        <source>“{path}” is already open: {holder}.</source>
        <translation>“{path}” is al geopend: {holder}.</translation>
    </message>
    <message>
        <source>Open it read-only to look without changing it, or open it anyway if you are sure nobody else is editing it (the last one to save wins).</source>
        <translation>Open het alleen-lezen om te kijken zonder iets te wijzigen, of open het toch als je zeker weet dat niemand anders het bewerkt (wie het laatst bewaart, wint).</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Alleen-lezen openen</translation>
    </message>
    <message>
        <source>Open Anyway</source>
        <translation>Toch openen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>File Is Read-Only</source>
        <translation>Het bestand is alleen-lezen</translation>
    </message>
    <message>
        <source>“{path}” is read-only, so PitchKit has not replaced it.</source>
        <translation>“{path}” is alleen-lezen, dus PitchKit heeft het niet vervangen.</translation>
    </message>
    <message>
        <source>Save your version under another name, or make the file writable and save over it.</source>
        <translation>Bewaar je versie onder een andere naam, of maak het bestand beschrijfbaar en bewaar eroverheen.</translation>
    </message>
    <message>
        <source>Make Writable and Save</source>
        <translation>Beschrijfbaar maken en bewaren</translation>
    </message>
    <message>
        <source>File Changed on Disk</source>
        <translation>Bestand gewijzigd op de schijf</translation>
    </message>
    <message>
        <source>“{path}” was changed by someone or something else since you opened it.</source>
        <translation>“{path}” is door iemand of iets anders gewijzigd sinds je het opende.</translation>
    </message>
    <message>
        <source>Reload it (your unsaved changes are lost), overwrite it with your version (the other version is kept as a .bak file), or save yours under another name.</source>
        <translation>Laad het opnieuw (je niet-bewaarde wijzigingen gaan verloren), overschrijf het met jouw versie (de andere versie blijft bewaard als .bak-bestand), of bewaar de jouwe onder een andere naam.</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Bewaren als…</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Overschrijven</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Opnieuw laden</translation>
    </message>
    <message>
        <source>Restore Unsaved Work?</source>
        <translation>Niet-bewaard werk herstellen?</translation>
    </message>
    <message>
        <source>PitchKit closed without saving this work:
{what}</source>
        <translation>PitchKit werd afgesloten zonder dit werk te bewaren:
{what}</translation>
    </message>
    <message>
        <source>Restore opens it as an unsaved project; Discard deletes it; Later asks again next time.</source>
        <translation>Herstellen opent het als niet-bewaard project; Weggooien verwijdert het; Later vraagt het de volgende keer opnieuw.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Herstellen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Weggooien</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>sharing</name>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>Rekenbladen (*.csv *.xlsx);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Excel-werkmappen (*.xlsx);;CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Import Stakeholders</source>
        <extracomment>Called by this name so pyside6-lupdate finds the strings.</extracomment>
        <translation>Stakeholders importeren</translation>
    </message>
    <message>
        <source>Export Register</source>
        <translation>Register exporteren</translation>
    </message>
    <message>
        <source>Cannot Import</source>
        <translation>Kan niet importeren</translation>
    </message>
    <message>
        <source>{file}: {summary}; nothing to import.</source>
        <translation>{file}: {summary}; niets te importeren.</translation>
    </message>
    <message>
        <source>Nothing to Import</source>
        <translation>Niets te importeren</translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation>Kan niet exporteren</translation>
    </message>
    <message>
        <source>Exported the register to {path}</source>
        <translation>Het register is geëxporteerd naar {path}</translation>
    </message>
    <message>
        <source>Save an Anonymised Copy</source>
        <translation>Een geanonimiseerde kopie bewaren</translation>
    </message>
    <message>
        <source>{path}: is the project itself; choose a new file for the anonymised copy</source>
        <translation>{path}: is het project zelf; kies een nieuw bestand voor de geanonimiseerde kopie</translation>
    </message>
    <message>
        <source>Cannot Save</source>
        <translation>Kan niet bewaren</translation>
    </message>
    <message>
        <source>Saved an anonymised copy to {path}</source>
        <translation>Een geanonimiseerde kopie is bewaard in {path}</translation>
    </message>
    <message>
        <source>Before You Share</source>
        <translation>Voor je deelt</translation>
    </message>
    <message>
        <source>&amp;Anonymise</source>
        <translation>&amp;Anonimiseren</translation>
    </message>
    <message>
        <source>Name every person by their role, in the text and in the map</source>
        <translation>Elke persoon noemen bij zijn rol, in de tekst en op de kaart</translation>
    </message>
</context>
<context>
    <name>steps</name>
    <message>
        <source>Describe the initiative you are proposing.</source>
        <extracomment>Called by this name so pyside6-lupdate finds the strings (context "steps"). Why the step is not done yet, or "" when it is (cheap: it runs after every edit). Also incomplete while the health check has high-severity findings.</extracomment>
        <translation>Beschrijf het initiatief dat je voorstelt.</translation>
    </message>
    <message>
        <source>Say what you are asking for.</source>
        <translation>Zeg wat je vraagt.</translation>
    </message>
    <message>
        <source>Add the people whose support the pitch needs.</source>
        <translation>Voeg de mensen toe wier steun de pitch nodig heeft.</translation>
    </message>
    <message>
        <source>Nobody is on the map yet: add stakeholders first.</source>
        <translation>Er staat nog niemand op de kaart: voeg eerst stakeholders toe.</translation>
    </message>
    <message>
        <source>Nobody is shown influencing anybody yet.</source>
        <translation>Er is nog niemand die iemand anders beïnvloedt.</translation>
    </message>
    <message>
        <source>{name} is resistant, but no resistance is noted.</source>
        <translation>{name} is tegen, maar er is nog geen weerstand genoteerd.</translation>
    </message>
    <message>
        <source>No resistance is noted yet: note the objections you expect or have heard.</source>
        <translation>Er is nog geen weerstand genoteerd: noteer de bezwaren die je verwacht of gehoord hebt.</translation>
    </message>
    <message>
        <source>Add the business problems the initiative solves.</source>
        <translation>Voeg de bedrijfsproblemen toe die het initiatief oplost.</translation>
    </message>
    <message>
        <source>Every problem needs a measurable KPI.</source>
        <translation>Elk probleem heeft een meetbare KPI nodig.</translation>
    </message>
    <message>
        <source>Choose a champion.</source>
        <translation>Kies een ambassadeur.</translation>
    </message>
    <message>
        <source>Set the order of conversations.</source>
        <translation>Leg de volgorde van de gesprekken vast.</translation>
    </message>
    <message>
        <source>There is nothing to generate yet: describe the pitch first.</source>
        <translation>Er valt nog niets te genereren: beschrijf eerst de pitch.</translation>
    </message>
    <message>
        <source>The health check has 1 high-severity finding.</source>
        <translation>De pitchcheck heeft 1 ernstige bevinding.</translation>
    </message>
    <message>
        <source>The health check has {n} high-severity findings.</source>
        <translation>De pitchcheck heeft {n} ernstige bevindingen.</translation>
    </message>
    <message>
        <source>Pitch</source>
        <translation>Pitch</translation>
    </message>
    <message>
        <source>Say what you propose, to whom, and what you ask for: every document opens with this.</source>
        <translation>Zeg wat je voorstelt, aan wie, en wat je vraagt: elk document begint hiermee.</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Stakeholders</translation>
    </message>
    <message>
        <source>List everyone whose support the pitch needs, how much say they have and where they stand now.</source>
        <translation>Som iedereen op wiens steun de pitch nodig heeft, hoeveel ze te zeggen hebben en waar ze nu staan.</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <source>Place people on the power/interest grid and draw who listens to whom, to see where effort pays.</source>
        <translation>Plaats mensen in de invloed-belangmatrix en teken wie naar wie luistert, zodat je ziet waar je inspanning loont.</translation>
    </message>
    <message>
        <source>Resistances</source>
        <translation>Weerstanden</translation>
    </message>
    <message>
        <source>For each objection, note what you heard, the concern underneath and how you will answer it.</source>
        <translation>Noteer bij elk bezwaar wat je hoorde, de bezorgdheid erachter en hoe je erop ingaat.</translation>
    </message>
    <message>
        <source>Business problems</source>
        <translation>Bedrijfsproblemen</translation>
    </message>
    <message>
        <source>Write each problem in the stakeholder's own words, with a number that shows it and a target.</source>
        <translation>Schrijf elk probleem in de woorden van de stakeholder, met een cijfer dat het zichtbaar maakt en een doel.</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>Pick a champion and the order of conversations; plan what to do rather than say, and learn from each attempt.</source>
        <translation>Kies een ambassadeur en de volgorde van de gesprekken; plan wat je doet eerder dan wat je zegt, en leer van elke poging.</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Genereren</translation>
    </message>
    <message>
        <source>Choose a document and an audience, check the preview and the pitch's health, then export.</source>
        <translation>Kies een document en een publiek, bekijk het voorbeeld en de pitchcheck, en exporteer.</translation>
    </message>
</context>
</TS>