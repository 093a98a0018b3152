"""The Dutch of the sentences and labels the core writes (pitchkit/core/say.py), keyed by the English."""

from __future__ import annotations

SENTENCES: dict[str, str] = {
    # what a shared document or copy gives away (core/privacy_report.py)
    "no one by name": "niemand bij naam",
    "People named: {people}.": "Genoemd: {people}.",
    "The organisation is named.": "De organisatie wordt genoemd.",
    "The organisation is not named.": "De organisatie wordt niet genoemd.",
    "The advocate is named.": "De pleitbezorger wordt genoemd.",
    "The advocate is not named.": "De pleitbezorger wordt niet genoemd.",
    "It contains: {kinds}.": "Het bevat: {kinds}.",
    # importing the register (core/register_import.py, cli_sheets.py)
    "row {row}: adds {name} as {id}": "rij {row}: voegt {name} toe als {id}",
    "row {row}: {name} ({id}): {what}": "rij {row}: {name} ({id}): {what}",
    "{updated} stakeholder updated, {added} added, {unchanged} unchanged":
        "{updated} stakeholder bijgewerkt, {added} toegevoegd, {unchanged} ongewijzigd",
    "{updated} stakeholders updated, {added} added, {unchanged} unchanged":
        "{updated} stakeholders bijgewerkt, {added} toegevoegd, {unchanged} ongewijzigd",
    "{file}: columns left out (PitchKit has no field for them): {columns}":
        "{file}: weggelaten kolommen (PitchKit heeft er geen veld voor): {columns}",
    "{file}: {summary}; dry run, {project} is unchanged": "{file}: {summary}; proefrun, {project} is niet gewijzigd",
    "row {row}": "rij {row}",
    "column {column}": "kolom {column}",
    "row {row}, column {column}": "rij {row}, kolom {column}",
    # A workbook part that is not what a spreadsheet writes (core/xlsx_read.py)
    "the part is missing": "het onderdeel ontbreekt",
    "no part is the workbook": "geen enkel onderdeel is de werkmap",
    "the workbook has no worksheet": "de werkmap heeft geen werkblad",
    "row {row} comes after row {previous}": "rij {row} komt na rij {previous}",
    '"{ref}" is not a cell reference': '"{ref}" is geen celverwijzing',
    '"{ref}" is not a row number': '"{ref}" is geen rijnummer',
    # A cell the register import cannot read (core/register.py)
    "expected a number from 0 to 10, or High, Medium or Low": "verwacht een getal van 0 tot 10, of Hoog, Gemiddeld of Laag",
    'expected a number from 0 to 10, or High, Medium or Low, got "{value}"':
        'verwacht een getal van 0 tot 10, of Hoog, Gemiddeld of Laag, maar vond "{value}"',
    "expected a number from 0 to 10, got {value}": "verwacht een getal van 0 tot 10, maar vond {value}",
    'expected one of {choices}, got "{value}"': 'verwacht een van deze waarden: {choices}, maar vond "{value}"',
    'expected yes or no, got "{value}"': 'verwacht ja of nee, maar vond "{value}"',
    'expected a date like 2026-12-01 or 01-12-2026, got "{value}"':
        'verwacht een datum zoals 2026-12-01 of 01-12-2026, maar vond "{value}"',
    "{file}: {summary}; saved {project}": "{file}: {summary}; {project} bewaard",
    "{file}: {summary}; nothing to change": "{file}: {summary}; niets te wijzigen",
    # talking points (core/talking_points.py)
    'Lead in with your story: {text}': 'Open met je verhaal: {text}',
    'Lead in with your story, in two minutes. Open with “{first}” and end on its point: “{last}”': 'Open met je verhaal, in twee minuten. Begin met “{first}” en eindig met de kern: “{last}”',
    'Start from their problem, in their words: “{problem}”': 'Vertrek van hun probleem, in hun woorden: “{problem}”',
    'Measure: {kpi}': 'Meting: {kpi}',
    'now': 'nu',
    'target': 'doel',
    'Agree a measure with them, for example: {kpi}': 'Spreek met hen een meting af, bijvoorbeeld: {kpi}',
    'their objection': 'hun bezwaar',
    'When they say “{heard}”': 'Als je “{heard}” hoort',
    'On “{name}”': 'Over “{name}”',
    '{opening}: ask what lies behind it before answering; no counter-strategy is chosen yet.': '{opening}: vraag wat erachter zit voor je antwoordt; er is nog geen tegenstrategie gekozen.',
    ' to {names}': ' bij {names}',
    'Ask them to walk the talk: speak for it{to}, and give colleagues tacit permission to spend their own time on it.': "Vraag hen het goede voorbeeld te geven: er een goed woord voor te doen{to}, en collega's stilzwijgend toestemming te geven er hun eigen tijd in te steken.",
    'Ask about their work before pitching: find a problem of theirs this could solve, and talk about that rather than the concept.': 'Vraag naar hun werk voor je iets voorstelt: zoek een probleem van hen dat dit kan oplossen, en praat daarover in plaats van over het concept.',
    'Ask them to lead the demonstration in their own words, on a case from their work.': 'Vraag hen de demonstratie te leiden in hun eigen woorden, op een casus uit hun werk.',
    ' on {date}': ' op {date}',
    'the demonstration': 'de demonstratie',
    'the pilot': 'het proefproject',
    'Show rather than tell: invite them to {what}{when} rather than describe the idea.': 'Toon het, vertel het niet: nodig hen uit voor {what}{when} in plaats van het idee te beschrijven.',
    'The evidence comes from their own unit: ask them to tell the results in their words rather than hear them from you.': 'Het bewijs komt uit hun eigen afdeling: vraag hen de resultaten in hun woorden te vertellen in plaats van ze van jou te horen.',
    'Evidence: {title}': 'Bewijs: {title}',
    '(Source: {source}.)': '(Bron: {source}.)',
    'The ask: {ask}': 'De vraag: {ask}',
    # wave 3: the meeting plan, the consultant-grade rules, grouped findings
    'Host': 'Gastheer',
    'Welcome, the purpose of the meeting and the decision asked for': 'Welkom, het doel van het overleg en de gevraagde beslissing',
    'Why this matters: a short story': 'Waarom dit telt: een kort verhaal',
    'The problems to solve, and how they will be measured': 'De problemen die we oplossen, en hoe we ze meten',
    'A short live demonstration': 'Een korte demonstratie',
    'Results so far': 'De resultaten tot nu toe',
    'The proposal: scope, cost and timeline': 'Het voorstel: omvang, kosten en planning',
    'Questions and concerns': 'Vragen en bedenkingen',
    'Decision and next steps': 'Beslissing en volgende stappen',
    'All': 'Iedereen',
    'ask about their work and find a problem of theirs this could solve, so the pitch tells them what is in it for them.': 'vraag naar hun werk en zoek een probleem van hen dat dit kan oplossen, zodat de pitch hen vertelt wat het hen oplevert.',
    'the pilot scope': 'de omvang van het proefproject',
    'the evidence': 'het bewijs',
    'a business problem': 'een bedrijfsprobleem',
    'not re-assessed since the failed attempt on {date}': 'niet opnieuw ingeschat sinds de mislukte poging op {date}',
    'resistant, and advises the decision-maker': 'biedt weerstand en adviseert wie beslist',
    'talk to them one to one first and give them a part in shaping the pilot, so the decision-maker hears a view you have answered.': 'spreek hen eerst onder vier ogen en geef hen een rol in het vormgeven van het proefproject, zodat wie beslist een standpunt hoort waarop je al een antwoord gaf.',
    'resistant, and listened to by people in the pilot': 'biedt weerstand, en mensen in het proefproject luisteren naar hen',
    "win their consent before the start: agree what they need to see and how their team's time is protected.": 'krijg hun instemming voor de start: spreek af wat ze willen zien en hoe de tijd van hun team beschermd blijft.',
    'supporters from the business are not invited to the decision meeting': 'medestanders uit het bedrijf zijn niet uitgenodigd op het beslissingsoverleg',
    'invite them, or ask them to tell the decision-maker in their own words what they need.': 'nodig hen uit, of vraag hen om wie beslist in hun eigen woorden te vertellen wat ze nodig hebben.',
    'no date is set for the decision': 'er is geen datum voor de beslissing',
    'agree a decision date with the decision-maker; the documents leave the date out until then.': 'spreek een beslissingsdatum af met wie beslist; tot dan laten de documenten de datum weg.',
    'the budget is missing or still to be confirmed': 'het budget ontbreekt of moet nog bevestigd worden',
    "work out what the pilot costs in money and people's time; an open amount cannot be approved.": 'reken uit wat het proefproject kost aan geld en aan tijd van mensen; een open bedrag kan niemand goedkeuren.',
    'the only evidence is your own notes': 'het enige bewijs zijn je eigen notities',
    "add something others can check: a pilot's figures, a testimonial from the business, a measured baseline.": 'voeg iets toe wat anderen kunnen nagaan: cijfers van een proefproject, een getuigenis uit het bedrijf, een gemeten nulmeting.',
    'the meeting has a date but nobody is recorded as invited': 'het overleg heeft een datum, maar niemand staat genoteerd als uitgenodigd',
    'record the invitees, so the agenda and the follow-up go to the right people.': 'noteer wie uitgenodigd is, zodat de agenda en de opvolging bij de juiste mensen terechtkomen.',
    'the meeting has passed, but nothing is recorded as agreed': 'het overleg is voorbij, maar er staat niets genoteerd als afgesproken',
    'write what was agreed and what is open; the follow-up email says nothing is agreed until then.': 'schrijf op wat afgesproken is en wat nog open staat; tot dan zegt de opvolgmail niet dat er iets afgesproken is.',
    'a supplier-led demo with nobody supportive from the business in it': 'een demo door de leverancier zonder iemand uit het bedrijf die het steunt',
    'ask someone who has used it to present their own results, with the supplier in support.': 'vraag iemand die het gebruikte om de eigen resultaten voor te stellen, met de leverancier als steun.',
    'the next meeting brings the same people to the same kind of demo that failed before': 'het volgende overleg brengt dezelfde mensen samen voor hetzelfde soort demo dat eerder mislukte',
    'change something: one-to-one conversations first, a shorter slot, someone from the business leading, or different people in the room.': 'verander iets: eerst gesprekken onder vier ogen, een kortere tijd, iemand uit het bedrijf die leidt, of andere mensen in de zaal.',
    'the story repeats their dismissive words': 'het verhaal herhaalt hun afwijzende woorden',
    'tell it around your own experience, without their words, so nobody in the room feels quoted.': 'vertel het vanuit je eigen ervaring, zonder hun woorden, zodat niemand in de zaal zich geciteerd voelt.',
    # health/pitch.py
    "no evidence and no demo or pilot planned": "geen bewijs en geen demo of proefproject gepland",
    "do rather than say: plan a short demo on their own case or a small pilot, and collect results from any pilot elsewhere in the business.":
        "toon het eerder dan het te vertellen: plan een korte demo op hun eigen casus of een klein proefproject, en verzamel resultaten van proefprojecten elders in het bedrijf.",
    "evidence, but nothing planned that lets people see or try it": "wel bewijs, maar niets gepland waarmee mensen het kunnen zien of uitproberen",
    "add a short live demo or a pilot: people understand it once they see it on a case of their own.":
        "voeg een korte live demo of een proefproject toe: mensen snappen het zodra ze het op hun eigen casus zien werken.",
    "no lead-in story": "geen openingsverhaal",
    "open with a short personal story, for example how your own network of peers helped you with this very problem.":
        "open met een kort persoonlijk verhaal, bijvoorbeeld hoe collega's uit je eigen netwerk je met net dit probleem hielpen.",
    # health/people.py
    "no stakeholders yet": "nog geen stakeholders",
    "add the people whose support, neutrality or consent the pitch needs, starting with who decides.":
        "voeg de mensen toe wier steun, neutraliteit of instemming de pitch nodig heeft, te beginnen bij wie beslist.",
    # health/problems.py
    "no business problem is named": "er is geen bedrijfsprobleem genoemd",
    "find a problem of theirs to solve, such as business acumen or networks across the organisation, with a KPI and baseline.":
        "zoek een probleem van hen dat dit oplost, zoals zakelijk inzicht of netwerken over de afdelingen heen, met een KPI en een nulmeting.",
    "no measurable KPI": "geen meetbare KPI",
    "agree one number with its owner that would show the problem shrinking (the playbook lists KPIs for each problem).":
        "spreek met de eigenaar één cijfer af dat toont dat het probleem kleiner wordt (het draaiboek geeft KPI's per probleem).",
    "a KPI but no baseline": "wel een KPI, maar geen nulmeting",
    "measure where it stands now, before the pilot: observed results are what finance will defend.":
        "meet waar het nu staat, vóór het proefproject: gemeten resultaten zijn wat financiën zal verdedigen.",
    "no business problem of theirs is in the pitch": "geen enkel bedrijfsprobleem van hen staat in de pitch",
    "ask about their work and find a problem of theirs this could solve, so the pitch answers 'what is in it for me?'.":
        "vraag naar hun werk en zoek een probleem van hen dat dit kan oplossen, zodat de pitch antwoordt op 'wat heb ik eraan?'.",
    # health/resistances.py
    "an objection": "een bezwaar",
    "; or ": "; of ",
    "choose a counter-strategy; the playbook suggests: {options}.": "kies een aanpak; het draaiboek stelt voor: {options}.",
    "choose a counter-strategy, or pick the matching playbook pattern to see suggestions.":
        "kies een aanpak, of kies het passende patroon uit het draaiboek om suggesties te zien.",
    "high power and resistant, but nothing is recorded about what they object to":
        "veel invloed en weerstand, maar er is niets genoteerd over hun bezwaren",
    "find out what they heard and what worries them (listen before pitching), then pick a counter-strategy from the playbook.":
        "zoek uit wat ze hoorden en wat hen zorgen baart (luister voor je pitcht), en kies dan een aanpak uit het draaiboek.",
    "high power, resistant, and no counter-strategy for {objection}": "veel invloed, weerstand, en geen aanpak voor {objection}",
    "no counter-strategy for {objection}": "geen aanpak voor {objection}",
    # health/strategy.py
    "nobody is marked as the decision-maker": "niemand is aangeduid als beslisser",
    "find out who actually signs off (the one Accountable person) and mark them; gatekeepers are often not the decision-maker.":
        "zoek uit wie echt tekent (de ene persoon die eindverantwoordelijk is) en duid die aan; poortwachters zijn vaak niet de beslisser.",
    "{count} decision-makers are marked ({names})": "{count} mensen zijn aangeduid als beslisser ({names})",
    "check who is finally accountable (exactly one per decision) and plan a route to each one.":
        "ga na wie uiteindelijk verantwoordelijk is (precies één per beslissing) en plan een route naar elk van hen.",
    "ask a high-placed supporter to walk the talk and give tacit permission; the best placed is {name} ({reasons}).":
        "vraag een hooggeplaatste voorstander om het goede voorbeeld te geven en zo stilzwijgend toestemming te geven; het best geplaatst is {name} ({reasons}).",
    "nobody high-placed supports the idea yet: win one over first": "nog niemand hooggeplaatst steunt het idee: overtuig eerst iemand",
    ", for example {name}.": ", bijvoorbeeld {name}.",
    ", or add the senior people who could sponsor it.": ", of voeg de leidinggevenden toe die het zouden kunnen sponsoren.",
    "no champion is chosen": "er is geen ambassadeur gekozen",
    "the champion is {stance}, not supportive or leading": "de ambassadeur is {stance}, niet ondersteunend of leidend",
    "win the champion over before relying on them, or choose a supporter with a route to the decision-maker.":
        "overtuig de ambassadeur voor je op hem of haar rekent, of kies een voorstander met een route naar de beslisser.",
    "the champion has no known link toward the decision-maker ({names})": "er is geen gekende lijn van de ambassadeur naar de beslisser ({names})",
    "add the influence link if one exists, choose a champion the decision-maker listens to, or ask the champion to meet the decision-maker directly.":
        "voeg de invloedslijn toe als die bestaat, kies een ambassadeur naar wie de beslisser luistert, of vraag de ambassadeur de beslisser rechtstreeks te spreken.",
    "meet allies and the champion before the resistant, so their backing is in place first.":
        "spreek bondgenoten en de ambassadeur vóór wie weerstand biedt, zodat hun steun al vastligt.",
    # health/timing.py
    "{start} to {end}": "{start} tot {end}",
    "never": "nooit",
    "not re-assessed since the failed attempt on {date} (last assessed: {when})":
        "niet opnieuw ingeschat sinds de mislukte poging op {date} (laatst ingeschat: {when})",
    "review their stance, power, interest and resistances in the light of what happened before trying again.":
        "bekijk hun houding, invloed, belang en weerstanden opnieuw in het licht van wat er gebeurde, voor je het nog eens probeert.",
    "the meeting on {date} falls in a busy period ({busy})": "het overleg op {date} valt in een drukke periode ({busy})",
    "move it outside the busy period and keep the ask small and time-boxed; people declining at short notice is the usual result.":
        "verplaats het buiten de drukke periode en hou de vraag klein en afgebakend; anders zeggen mensen meestal op het laatste moment af.",
    "the meeting on {date} is around year-end and no busy periods are set":
        "het overleg op {date} valt rond de jaarafsluiting en er zijn geen drukke periodes ingesteld",
    "check whether the people you need are closing the year then; if so, add year-end as a busy period and move the meeting.":
        "ga na of de mensen die je nodig hebt dan hun jaar afsluiten; zo ja, voeg de jaarafsluiting toe als drukke periode en verplaats het overleg.",
    "the meeting date {date} has passed and no attempt since then is logged":
        "de datum van het overleg ({date}) is voorbij en sindsdien is geen poging genoteerd",
    "log what happened and what changes next time, then set the next date: fail fast, reform and re-approach.":
        "noteer wat er gebeurde en wat je de volgende keer anders doet, en prik dan een nieuwe datum: snel falen, bijsturen en opnieuw proberen.",
    "{kind} planned on {date}, in a busy period ({busy})": "{kind} gepland op {date}, in een drukke periode ({busy})",
    "book it outside the busy period, or make it a short, fixed slot with one decision on the agenda.":
        "plan het buiten de drukke periode, of maak er een kort, vast moment van met één beslissing op de agenda.",
    "was due on {date} and is not done": "moest klaar zijn op {date} en is niet gedaan",
    "do it, re-date it, or mark it done.": "doe het, geef het een nieuwe datum, of vink het af.",
    # health/wording.py
    'switches off at "{term}", but it appears in {where}': 'haakt af bij "{term}", maar het staat in {where}',
    "reword it in their terms: describe the concrete mechanism and their problem, for example 'colleagues learning from each other'.":
        "zeg het in hun woorden: beschrijf wat er concreet gebeurt en welk probleem van hen het oplost, bijvoorbeeld 'collega's die van elkaar leren'.",
    "the initiative": "het initiatief",
    "the ask": "de vraag",
    "the story": "het verhaal",
    "the chosen template": "het gekozen sjabloon",
    "their talking points": "hun gesprekspunten",
    # champion.py
    "power {power} of 10": "invloed {power} op 10",
    "already leading: walks the talk": "trekt al mee: geeft het goede voorbeeld",
    "supportive": "ondersteunend",
    "neutral now: would need winning over first": "nu neutraal: moet eerst overtuigd worden",
    "interested (interest {interest})": "betrokken (belang {interest})",
    "is a decision-maker: can sponsor it directly": "is beslisser: kan het rechtstreeks sponsoren",
    "reaches decision-maker {name} via {chain}": "bereikt beslisser {name} via {chain}",
    "no known link toward decision-maker {name}": "geen gekende lijn naar beslisser {name}",
    "no decision-maker is marked, so reach cannot be judged": "er is geen beslisser aangeduid, dus het bereik valt niet in te schatten",
    # engagement.py
    "{name} (resistant) comes before the champion, {lead}.": "{name} (biedt weerstand) komt vóór de ambassadeur, {lead}.",
    "{name} (resistant) comes before allies: {allies}.": "{name} (biedt weerstand) komt vóór bondgenoten: {allies}.",
    "before the group meeting on {date}": "voor het groepsoverleg op {date}",
    "before any group meeting": "voor een groepsoverleg",
    "your chosen champion": "de ambassadeur die je koos",
    "the best-placed supporter": "de best geplaatste voorstander",
    "Champion ({how}): first, so they can open doors, speak for it and give others tacit permission":
        "Ambassadeur ({how}): eerst, zodat die deuren kan openen, ervoor kan pleiten en anderen stilzwijgend toestemming geeft",
    "; as a decision-maker they can also sponsor it directly": "; als beslisser kan die het ook rechtstreeks sponsoren",
    "Ally ({stance}): line up their backing and stories before any resistant conversation.":
        "Bondgenoot ({stance}): zorg voor hun steun en verhalen voor een gesprek met wie weerstand biedt.",
    "{stance}, {quadrant}: win them one to one {when}": "{stance}, {quadrant}: overtuig hen onder vier ogen {when}",
    "; {name} can brief them first, as they listen to the champion": "; {name} kan hen eerst inlichten, want ze luisteren naar de ambassadeur",
    "; they listen to {names}, who is resistant, so let them hear the case from you first":
        "; ze luisteren naar {names}, die weerstand biedt, dus laat hen het verhaal eerst van jou horen",
    "; they listen to {names}, who are resistant, so let them hear the case from you first":
        "; ze luisteren naar {names}, die weerstand bieden, dus laat hen het verhaal eerst van jou horen",
    "Resistant{about}: after the allies are in place, pre-wire one to one {when}, with the counter-strategy ready":
        "Biedt weerstand{about}: als de bondgenoten klaarstaan, onder vier ogen voorbereiden {when}, met de aanpak klaar",
    "; {name} can vouch for it ({chain})": "; {name} kan ervoor instaan ({chain})",
    "; no supporter influences them, so if they cannot be won, ask the champion for tacit permission to go ahead":
        "; geen enkele voorstander beïnvloedt hen, dus als je hen niet overtuigt, vraag de ambassadeur stilzwijgende toestemming om door te gaan",
    "Decision-maker: last, through the champion ({chain}), once the others are on side":
        "Beslisser: als laatste, via de ambassadeur ({chain}), zodra de anderen mee zijn",
    "Decision-maker: last, once the others are on side; no influence link from the champion is known, so find one or pre-wire them yourself":
        "Beslisser: als laatste, zodra de anderen mee zijn; er is geen gekende invloedslijn vanuit de ambassadeur, dus zoek er een of bereid het zelf voor",
    "Decision-maker: last, once the others are on side; there is no champion yet to open the door":
        "Beslisser: als laatste, zodra de anderen mee zijn; er is nog geen ambassadeur om de deur te openen",
}

#: The labels of the core's enums (values.py, grid.py) and the severities of a finding line.
LABELS: dict[str, str] = {
    "Unaware": "Niet op de hoogte", "Resistant": "Weerstand biedend", "Neutral": "Neutraal",
    "Supportive": "Ondersteunend", "Leading": "Leidend",
    "Low": "Laag", "Medium": "Gemiddeld", "High": "Hoog",
    "Open": "Open", "Addressing": "In behandeling", "Resolved": "Opgelost",
    "Demo": "Demo", "Pilot": "Proefproject", "Story": "Verhaal", "Meeting": "Overleg",
    "Pre-wiring conversation": "Voorbereidend gesprek", "Other": "Andere",
    "Key players": "Sleutelspelers", "Keep satisfied": "Tevreden houden",
    "Keep informed": "Informeren", "Monitor": "Volgen",
    # what replaces people's names in an anonymised copy or document (core/anonymise.py)
    "Stakeholder": "Stakeholder", "The advocate": "De pleitbezorger", "the organisation": "de organisatie",
    "(name removed)": "(naam weggelaten)",
    # the kinds of detail a shared document carries (core/privacy_report.py)
    "job titles": "functies", "departments": "afdelingen", "email addresses": "e-mailadressen",
    "preferred channels": "voorkeurskanalen", "stakeholder notes": "notities bij stakeholders",
    "quotes (what was heard)": "citaten (wat je hoorde)", "underlying concerns": "onderliggende bezorgdheden",
    "business problems": "bedrijfsproblemen", "talking points": "gesprekspunten",
    "the attempts log": "het logboek van pogingen", "the pitch's story": "het verhaal van de pitch",
    # the register's columns, as an import names them (core/register.py)
    "Name": "Naam", "Role": "Functie", "Department": "Afdeling", "Power": "Invloed", "Interest": "Belang",
    "Stance": "Houding", "Stance wanted": "Gewenste houding", "Channel": "Kanaal", "Email": "E-mail",
    "Decision maker": "Beslisser", "Tags": "Labels", "Words to avoid": "Te vermijden woorden",
    "Last assessed": "Laatst beoordeeld", "Notes": "Notities",
    # why a merge recorded a conflict (core/conflicts.py)
    "changed on both sides": "aan beide kanten gewijzigd",
    "deleted on one side and changed on the other": "aan de ene kant verwijderd en aan de andere gewijzigd",
    "refers to a stakeholder that one side deleted": "verwijst naar een stakeholder die de ene kant verwijderde",
    "the two copies differ here": "de twee kopieën verschillen hier",
    "deleted on one side, but the other side still refers to them":
        "aan de ene kant verwijderd, maar de andere kant verwijst nog naar hen",
    "(not there)": "(ontbreekt)",
    # other fields of records, as a merge conflict names them (gui/conflicts_panel.py)
    "Pattern": "Patroon", "Heard": "Gehoord", "Concern": "Bezorgdheid", "Severity": "Ernst",
    "Counter strategy": "Aanpak", "Description": "In hun woorden", "Kpi": "KPI", "Baseline": "Nulmeting",
    "How helps": "Hoe het helpt", "Strength": "Sterkte", "Due": "Uiterlijk", "Done": "Gedaan",
    "Avoid terms": "Te vermijden woorden",
    "yes": "ja", "no": "nee", "(none)": "(geen)",
    "Note": "Notitie", "Source": "Bron", "Target": "Doel", "Advocate": "Pleitbezorger",
    "Advocate role": "Rol van de pleitbezorger", "Ask": "Vraag", "Budget": "Budget", "Deadline": "Deadline",
    "Evidence": "Bewijs", "Initiative": "Initiatief", "Meeting agreed": "Overleg afgesproken",
    "Meeting date": "Datum van het overleg", "Meeting invitees": "Genodigden", "Meeting open": "Opening van het overleg",
    "Organisation": "Organisatie", "Pilot scope": "Omvang van de proef", "Detail": "Toelichting", "Title": "Titel",
    "Stakeholders": "Stakeholders", "Status": "Status", "Actions": "Acties",
    "Advice": "Advies", "Attempts": "Pogingen", "Busy periods": "Drukke periodes", "Champion": "Ambassadeur",
    "Sequence": "Volgorde", "Talking points": "Gesprekspunten", "Kind": "Soort", "Date": "Datum", "Said": "Gezegd",
    "Use": "Gebruik", "Failed": "Mislukt", "Lesson": "Les", "Outcome": "Resultaat",
    "What happened": "Wat er gebeurde", "End": "Einde", "Label": "Naam", "Start": "Begin", "Text": "Tekst",
    "Language": "Taal", "Weak": "Zwak", "Moderate": "Matig", "Strong": "Sterk",
    "the pitch": "de pitch", "the strategy": "de strategie", "the project": "het project",
    # the ADKAR building blocks (Prosci's own Dutch material keeps the English letters)
    "Awareness": "Bewustzijn", "Desire": "Bereidheid", "Knowledge": "Kennis", "Ability": "Vaardigheid",
    "Reinforcement": "Bestendiging",
    # the parts people play in the decision (core/roles.py)
    "Decides": "Beslist", "Sponsor": "Sponsor", "Advises the decision-maker": "Adviseert wie beslist",
    "Their team is affected": "Hun team wordt erdoor geraakt", "Kept informed": "Wordt op de hoogte gehouden",
    # the words the map picture draws (pitchkit/qtrender/words.py), so a Dutch document's map
    # is Dutch outside the app too, where no Qt translator is installed
    "Meet their needs; keep it brief": "Geef wat nodig is; hou het kort",
    "Manage closely; involve them": "Nauw opvolgen; laat ze meebeslissen",
    "Light touch; watch for change": "Licht contact; let op veranderingen",
    "Update often; recruit as allies": "Vaak informeren; maak er bondgenoten van",
    "Interest in the initiative  →": "Belang bij het initiatief  →",
    "Power / influence  →": "Macht / invloed  →",
    "Influence network: arrows run from the person listened to, to the listener":
        "Invloedsnetwerk: de pijlen lopen van wie gehoord wordt naar wie luistert",
    "Stakeholder map": "Stakeholderkaart",
}

RULE_TITLES: dict[str, str] = {
    'resistant-adviser': 'Iemand die weerstand biedt, adviseert wie beslist.',
    'no-deadline': 'Er is geen datum voor de beslissing.',
    'budget-unconfirmed': 'Het budget ontbreekt of moet nog bevestigd worden.',
    'own-notes-evidence': 'Het enige bewijs zijn de eigen notities van de pleitbezorger.',
    'pilot-host-influencer-resistant': 'Iemand naar wie de mensen van het proefproject luisteren, biedt weerstand.',
    'vendor-demo-no-business-voice': 'Een demo door de leverancier heeft geen medestander uit het bedrijf.',
    'allies-absent': 'Medestanders uit het bedrijf zijn niet uitgenodigd op het beslissingsoverleg.',
    'no-invitees': 'Het beslissingsoverleg heeft een datum maar geen genodigden.',
    'no-meeting-outcome': 'Het overleg is voorbij, maar er staat niets genoteerd als afgesproken.',
    'repeats-failed-approach': 'Het volgende overleg herhaalt de mensen en de vorm van een mislukte poging.',
    'story-repeats-dismissal': 'Het verhaal herhaalt de afwijzende woorden van een stakeholder.',
    "no-stakeholders": "Het project heeft nog geen stakeholders.",
    "no-evidence": "Er is geen bewijs en er is geen demo of proefproject gepland.",
    "no-demo": "Er is bewijs, maar niets gepland waarmee mensen het kunnen zien of uitproberen.",
    "no-story": "Er is geen openingsverhaal.",
    "no-problems": "De pitch noemt geen bedrijfsprobleem.",
    "problem-no-kpi": "Een bedrijfsprobleem heeft geen meetbare KPI.",
    "problem-no-baseline": "Een bedrijfsprobleem heeft een KPI maar geen nulmeting.",
    "no-problem-for-stakeholder": "Een stakeholder met veel invloed die nog moet bewegen, vindt geen eigen bedrijfsprobleem in de pitch.",
    "resistant-no-counter": "Een stakeholder met veel invloed die weerstand biedt, heeft een bezwaar zonder aanpak, of er is niet genoteerd waarom.",
    "resistance-no-counter": "Een andere open weerstand heeft geen aanpak.",
    "no-decision-maker": "Niemand is aangeduid als beslisser.",
    "several-decision-makers": "Meer dan één stakeholder is aangeduid als beslisser.",
    "no-champion": "Er is geen ambassadeur gekozen.",
    "champion-not-supportive": "De gekozen ambassadeur is nog niet ondersteunend of leidend.",
    "champion-no-path": "De ambassadeur heeft geen keten van invloedslijnen naar een beslisser.",
    "sequence-order": "De gekozen volgorde spreekt iemand die weerstand biedt vóór de ambassadeur of de bondgenoten.",
    "not-reassessed": "Een stakeholder is niet opnieuw ingeschat sinds een mislukte poging waarbij hij of zij betrokken was.",
    "busy-period": "Het overleg, of een gesprek, is gepland in een gekende drukke periode.",
    "year-end-meeting": "Het overleg valt rond de jaarafsluiting en er zijn geen drukke periodes ingesteld.",
    "meeting-passed": "De datum van het overleg is voorbij en sindsdien is geen poging genoteerd.",
    "action-overdue": "Een geplande actie is over tijd en niet gedaan.",
    "jargon": "Iemand die afhaakt bij een woord, komt het tegen in het sjabloon, in hun gesprekspunten of in de tekst van de pitch.",
}
