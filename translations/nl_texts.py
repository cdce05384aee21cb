# Dutch texts for Recovery Desk, by context and English source. Applied to recoverydesk_nl.ts by
# translations/apply_nl.py after lupdate; kept as the one place where the Dutch wording lives.
NL = {
"AgreementReadBack": {
 "%1, %2": "%1, %2",
 "What we decided: %1": "Wat we hebben besloten: %1",
 "I will %1 — by %2.": "Ik ga %1 — uiterlijk %2.",
 "My colleague %1 will %2 — by %3.": "Mijn collega %1 gaat %2 — uiterlijk %3.",
 "I will contact you again on %1 — also if there is no news yet.": "Ik neem op %1 weer contact met u op — ook als er dan nog geen nieuws is.",
 "My colleague %1 will contact you again on %2 — also if there is no news yet.": "Mijn collega %1 neemt op %2 weer contact met u op — ook als er dan nog geen nieuws is.",
 "%1 will call you back on %2, between %3 and %4, about: %5": "%1 belt u terug op %2, tussen %3 en %4, over: %5",
 "I": "Ik",
 "My colleague %1": "Mijn collega %1",
 "With this, your question is settled. If anything is still not right, you can reach me through the service desk.": "Hiermee is uw vraag afgehandeld. Klopt er toch nog iets niet, dan kunt u mij via de servicedesk bereiken.",
},
"BlameDetector": {
 "This may sound as if the customer is to blame. Describe what happened instead, and what you will do now.": "Dit kan klinken alsof de klant de schuld krijgt. Beschrijf liever wat er gebeurde en wat jij nu gaat doen.",
 "This may sound as if you pass the blame to a colleague. To the customer, we are one company: say what you will do.": "Dit kan klinken alsof je de schuld bij een collega legt. Voor de klant zijn we één bedrijf: zeg wat jij gaat doen.",
 "Naming a supplier is fine to explain; make sure it does not sound like passing the blame. You stay the point of contact.": "Een leverancier noemen mag als uitleg; zorg dat het niet klinkt als de schuld doorschuiven. Jij blijft het aanspreekpunt.",
 "This may sound as if the customer is sent away. Take ownership: make a process agreement or a callback note instead.": "Dit kan klinken alsof je de klant wegstuurt. Neem het op je: maak een procesafspraak of een terugbelnotitie.",
 "Whose fault it is matters less to the customer than what happens next. Own your part, without blaming anyone.": "Wiens schuld het is, doet er voor de klant minder toe dan wat er nu gebeurt. Neem je deel op je, zonder iemand de schuld te geven.",
},
"CallGuide": {
 "Who is calling?": "Wie belt er?",
 "Find the customer by name, phone number or e-mail, or add them as new. Glance at their earlier cases and open promises before you go on.": "Zoek de klant op naam, telefoonnummer of e-mail, of voeg een nieuwe klant toe. Kijk even naar eerdere zaken en openstaande beloften voordat je verdergaat.",
 "\"Good morning, this is the service desk. May I have your name, so I can look you up?\"": "\"Goedemorgen, u spreekt met de servicedesk. Mag ik uw naam, dan zoek ik u even op?\"",
 "Close the call": "Gesprek afronden",
 "Read the agreements back in plain words, check how you can reach the customer, and thank them.": "Lees de afspraken in gewone woorden voor, controleer hoe je de klant kunt bereiken en bedank de klant.",
 "\"So, to sum up what we agreed: … Can I reach you on this number? Thank you for calling us.\"": "\"Even samengevat wat we hebben afgesproken: … Kan ik u op dit nummer bereiken? Dank u wel voor uw telefoontje.\"",
 "Listen": "Luisteren",
 "Let the customer tell what they appreciated. Note it in their own words.": "Laat de klant vertellen wat hij of zij waardeerde. Noteer het in de eigen woorden van de klant.",
 "\"How nice to hear. What was it that stood out for you?\"": "\"Wat fijn om te horen. Wat viel u vooral op?\"",
 "Thank them": "Bedanken",
 "Thank the customer for taking the trouble to tell you. A compliment is feedback too.": "Bedank de klant voor de moeite om het te vertellen. Een compliment is ook feedback.",
 "\"Thank you for letting us know. I will make sure it reaches the right person.\"": "\"Dank u wel dat u het laat weten. Ik zorg dat het bij de juiste persoon terechtkomt.\"",
 "Pass it on": "Doorgeven",
 "Note who the compliment is about, so it reaches them and their team lead.": "Noteer over wie het compliment gaat, zodat het bij die persoon en de teamleider terechtkomt.",
 "\"Do you remember the name of the colleague who helped you?\"": "\"Weet u nog hoe de collega heette die u heeft geholpen?\"",
 "Listen first": "Eerst luisteren",
 "Let the customer tell the whole story, from the start. Do not interrupt and do not explain yet. Note what happened in their words, not your interpretation.": "Laat de klant het hele verhaal vertellen, vanaf het begin. Onderbreek niet en leg nog niets uit. Noteer wat er gebeurde in de woorden van de klant, niet jouw interpretatie.",
 "\"Could you tell me what happened, from the beginning?\"": "\"Kunt u mij vertellen wat er is gebeurd, vanaf het begin?\"",
 "Ask what they expected": "Vraag naar verwachtingen",
 "Ask what the customer had expected from us, and what a good solution would be for them.": "Vraag wat de klant van ons had verwacht, en wat voor de klant een goede oplossing zou zijn.",
 "\"What had you expected from us? And what would be a good solution for you?\"": "\"Wat had u van ons verwacht? En wat zou voor u een goede oplossing zijn?\"",
 "Acknowledge": "Erkennen",
 "Thank the customer for telling you, and name the feeling you hear. Note how upset they are.": "Bedank de klant voor het vertellen en benoem het gevoel dat je hoort. Noteer hoe boos of verdrietig de klant is.",
 "\"Thank you for taking the time to tell me. I can hear how frustrating this has been.\"": "\"Dank u wel dat u de tijd neemt om dit te vertellen. Ik hoor hoe vervelend dit voor u is geweest.\"",
 "Summarise and check": "Samenvatten en checken",
 "Read the summary back. The customer confirms it, or corrects you: note the correction, it often changes the picture.": "Lees de samenvatting voor. De klant bevestigt of verbetert je: noteer de verbetering, die verandert vaak het beeld.",
 "\"Let me check that I have understood you: … Is that right?\"": "\"Ik kijk even of ik u goed heb begrepen: … Klopt dat?\"",
 "Our side, openly": "Onze kant, open",
 "Only now explain what happened on our side. Be open and give the reasons, without excuses.": "Leg pas nu uit wat er aan onze kant is gebeurd. Wees open en geef de redenen, zonder excuses.",
 "\"Let me tell you what happened on our side, and why.\"": "\"Ik vertel u wat er aan onze kant is gebeurd, en waarom.\"",
 "Own it": "Neem het op je",
 "Take responsibility for your part and become the customer's point of contact — without blaming the customer, a colleague or a supplier.": "Neem verantwoordelijkheid voor jouw deel en word het aanspreekpunt van de klant — zonder de klant, een collega of een leverancier de schuld te geven.",
 "\"I am your point of contact for this, and I will see it through.\"": "\"Ik ben hiervoor uw aanspreekpunt, en ik zorg dat het goed komt.\"",
 "Assess the cause": "Oorzaak beoordelen",
 "Can we do something with this? Do we agree with the customer? Decide where the cause lies: an employee's behaviour, the process, the product, or the information we gave.": "Kunnen we hier iets mee? Zijn we het eens met de klant? Bepaal waar de oorzaak ligt: het gedrag van een medewerker, het proces, het product, of de informatie die we gaven.",
 "\"You are right that this should not have happened.\"": "\"U hebt gelijk dat dit niet had mogen gebeuren.\"",
 "Decide and say so": "Besluiten en zeggen",
 "Tell the customer what you will do. \"No\" is an answer too — then look for an alternative or a compromise together.": "Vertel de klant wat je gaat doen. \"Nee\" is ook een antwoord — zoek dan samen naar een alternatief of een tussenweg.",
 "\"What I can do for you is … / That is not possible, but what I can offer you is …\"": "\"Wat ik voor u kan doen is … / Dat kan helaas niet, maar wat ik u kan aanbieden is …\"",
 "Make agreements": "Afspraken maken",
 "Agree on a final solution if you can. If not, make process agreements: what you will do, by when, and when you will contact the customer again, news or not. A colleague must call back? Make a callback note.": "Spreek een definitieve oplossing af als dat kan. Zo niet, maak procesafspraken: wat je doet, wanneer, en wanneer je weer contact opneemt met de klant, met of zonder nieuws. Moet een collega terugbellen? Maak een terugbelnotitie.",
 "\"I will ask the carrier today, and I will call you on Friday at two either way, even if I have no news yet.\"": "\"Ik vraag het vandaag na bij de vervoerder, en ik bel u vrijdag om twee uur hoe dan ook, ook als ik nog geen nieuws heb.\"",
},
"CallSession": {
 "This case is closed; open a new case for a new call.": "Deze zaak is gesloten; open een nieuwe zaak voor een nieuw gesprek.",
 "There is no unfinished call on this case.": "Er is geen onafgerond gesprek bij deze zaak.",
 "This call has ended.": "Dit gesprek is afgerond.",
 "There is no step %1 in this call.": "Er is geen stap %1 in dit gesprek.",
 "The step \"%1\" cannot be skipped.": "De stap \"%1\" kan niet worden overgeslagen.",
 "The customer does not know yet when they will hear from us. Agree when you will contact them again (or make a callback note) in \"Make agreements\", or mark the case resolved.": "De klant weet nog niet wanneer hij of zij van ons hoort. Spreek bij \"Afspraken maken\" af wanneer je weer contact opneemt (of maak een terugbelnotitie), of markeer de zaak als opgelost.",
},
"CallbackStore": {
 "Who calls back": "Wie terugbelt",
 "The number to call": "Het terugbelnummer",
 "The number to call (\"%1\") has too few digits.": "Het terugbelnummer (\"%1\") heeft te weinig cijfers.",
 "The customer's question": "De vraag van de klant",
 "No case with id %1 exists in this database.": "Er bestaat geen zaak met id %1 in deze database.",
 "No callback note with id %1 exists in this database.": "Er bestaat geen terugbelnotitie met id %1 in deze database.",
 "This callback was already made.": "Er is al teruggebeld.",
 "The result of the call": "De uitkomst van het gesprek",
 "What happened on the call": "Wat er bij het bellen gebeurde",
 "The colleague who takes over": "De collega die het overneemt",
},
"CaseStore": {
 "Channel": "Kanaal",
 "Kind of case": "Soort zaak",
 "The customer's experience": "De ervaring van de klant",
 "The customer's expectation": "De verwachting van de klant",
 "The summary": "De samenvatting",
 "Summary confirmed": "Samenvatting bevestigd",
 "Our explanation": "Onze uitleg",
 "The cause": "De oorzaak",
 "The decision": "Het besluit",
 "Emotion at the start": "Emotie aan het begin",
 "Emotion at the end": "Emotie aan het eind",
 "Kind of decision": "Soort besluit",
 "Resolution": "Afhandeling",
 "Who the compliment is for": "Voor wie het compliment is",
 "The case owner": "De eigenaar van de zaak",
 "No customer with id %1 exists; find or create the customer first.": "Er bestaat geen klant met id %1; zoek of maak eerst de klant.",
 "No case with id %1 exists in this database.": "Er bestaat geen zaak met id %1 in deze database.",
 "\"%1\" is not a known channel.": "\"%1\" is geen bekend kanaal.",
 "\"%1\" is not a known kind of case.": "\"%1\" is geen bekende soort zaak.",
 "\"%1\" is not a known cause.": "\"%1\" is geen bekende oorzaak.",
 "\"%1\" is not a known kind of decision.": "\"%1\" is geen bekende soort besluit.",
 "\"%1\" is not a known resolution.": "\"%1\" is geen bekende afhandeling.",
 "%1 must be a number from 1 (calm) to 5 (very upset).": "%1 moet een getal zijn van 1 (rustig) tot 5 (erg boos).",
 "Unknown field.": "Onbekend veld.",
 "This case is closed; its fields can no longer be changed.": "Deze zaak is gesloten; de velden kunnen niet meer worden gewijzigd.",
 "Write the summary before the customer confirms it.": "Schrijf eerst de samenvatting, dan kan de klant die bevestigen.",
 "The customer's correction": "De verbetering van de klant",
 "Close a case with its outcome, through Close case.": "Sluit een zaak met de uitkomst, via Zaak sluiten.",
 "The customer's words on the outcome": "De woorden van de klant over de uitkomst",
 "This case still has %n open promise(s) or callback(s). Mark each kept, broken or cancelled before closing the case.": ["Deze zaak heeft nog %n openstaande belofte of terugbelnotitie. Markeer die als nagekomen, gebroken of geannuleerd voordat je de zaak sluit.", "Deze zaak heeft nog %n openstaande beloften of terugbelnotities. Markeer elk als nagekomen, gebroken of geannuleerd voordat je de zaak sluit."],
 "The call step": "De gespreksstap",
},
"CustomerStore": {
 "The customer's name": "De naam van de klant",
 "The phone number": "Het telefoonnummer",
 "The e-mail address": "Het e-mailadres",
 "The organisation": "De organisatie",
 "The phone number \"%1\" may hold only digits, spaces and + ( ) - . /": "Het telefoonnummer \"%1\" mag alleen cijfers, spaties en + ( ) - . / bevatten",
 "The e-mail address \"%1\" does not look like name@example.org.": "Het e-mailadres \"%1\" lijkt niet op naam@voorbeeld.nl.",
 "No customer with id %1 exists in this database.": "Er bestaat geen klant met id %1 in deze database.",
 "The search text": "De zoektekst",
},
"Database": {
 "No database file was named.": "Er is geen databasebestand opgegeven.",
 "Could not open %1: it is a folder. Name a database file instead.": "Kan %1 niet openen: het is een map. Geef een databasebestand op.",
 "Could not open %1: %2": "Kan %1 niet openen: %2",
 "Could not open %1: it is not a Recovery Desk database (not a SQLite file at all). Choose another file, or a new file name to start an empty database.": "Kan %1 niet openen: het is geen Recovery Desk-database (helemaal geen SQLite-bestand). Kies een ander bestand, of een nieuwe bestandsnaam om met een lege database te beginnen.",
 "Could not open %1: the file does not exist.": "Kan %1 niet openen: het bestand bestaat niet.",
 "Could not create the folder %1 for the database. Check that you may write there.": "Kan de map %1 voor de database niet maken. Controleer of je daar mag schrijven.",
 "The SQLite driver for Qt is missing (package libqt6sql6-sqlite). Install it and start again.": "Het SQLite-stuurprogramma voor Qt ontbreekt (pakket libqt6sql6-sqlite). Installeer het en start opnieuw.",
 "open the database": "de database openen",
 "Could not switch %1 to write-ahead logging (the file system answered \"%2\"). Keep the database on a local disk.": "Kan %1 niet omzetten naar write-ahead logging (het bestandssysteem antwoordde \"%2\"). Bewaar de database op een lokale schijf.",
 "Could not set up %1 safely (%2 did not take effect).": "Kan %1 niet veilig instellen (%2 werkte niet).",
 "Could not open %1: it is a SQLite database of another program, not of Recovery Desk. Choose another file, or a new file name to start an empty database.": "Kan %1 niet openen: het is een SQLite-database van een ander programma, niet van Recovery Desk. Kies een ander bestand, of een nieuwe bestandsnaam om met een lege database te beginnen.",
 "Could not open %1: it was written by a newer version of Recovery Desk (data format %2; this version reads up to %3). Install the newer version to open it.": "Kan %1 niet openen: het is geschreven door een nieuwere versie van Recovery Desk (gegevensformaat %2; deze versie leest tot en met %3). Installeer de nieuwere versie om het te openen.",
 "Could not open %1 read-only: it must first be upgraded to the current data format. Open it once normally.": "Kan %1 niet alleen-lezen openen: het moet eerst naar het huidige gegevensformaat worden omgezet. Open het één keer normaal.",
 "prepare a query": "een zoekopdracht voorbereiden",
 "save or read data": "gegevens opslaan of lezen",
 "The database %1 is in use by another program, which kept it locked for %2 seconds. Close the other program or Recovery Desk window and try again.": "De database %1 is in gebruik door een ander programma, dat hem %2 seconden vergrendeld hield. Sluit het andere programma of Recovery Desk-venster en probeer het opnieuw.",
 "Could not save to %1: the file or its folder is read-only. Check its permissions, or start Recovery Desk with --database and a file you may write.": "Kan niet opslaan in %1: het bestand of de map is alleen-lezen. Controleer de rechten, of start Recovery Desk met --database en een bestand waarin je mag schrijven.",
 "Could not save to %1: the disk is full. Free some space and try again; everything saved before is safe.": "Kan niet opslaan in %1: de schijf is vol. Maak ruimte vrij en probeer het opnieuw; alles wat eerder is opgeslagen is veilig.",
 "The database %1 is damaged. Restore it from a backup.": "De database %1 is beschadigd. Zet een reservekopie terug.",
 "Could not open %1: it is not a Recovery Desk database, or it is encrypted or damaged.": "Kan %1 niet openen: het is geen Recovery Desk-database, of het is versleuteld of beschadigd.",
 "Could not open %1: the file or its folder cannot be opened. Check that it exists and that you may read and write it.": "Kan %1 niet openen: het bestand of de map kan niet worden geopend. Controleer of het bestaat en of je het mag lezen en schrijven.",
 "Could not %1 in %2: %3": "Kan niet %1 in %2: %3",
},
"DueTimeRules": {
 "%1 (%2) has already passed. Choose a moment from now on.": "%1 (%2) is al voorbij. Kies een moment vanaf nu.",
 "%1 (%2) is more than ten years away. Check the date.": "%1 (%2) ligt meer dan tien jaar vooruit. Controleer de datum.",
 "The call-back window ends (%1) before it starts (%2).": "Het terugbelvenster eindigt (%1) voordat het begint (%2).",
 "The end of the call-back window": "Het einde van het terugbelvenster",
},
"DueTimeSuggestions": {
 "In an hour (%1)": "Over een uur (%1)",
 "Today 16:00": "Vandaag 16:00",
 "Tomorrow 10:00": "Morgen 10:00",
 "Tomorrow 14:00": "Morgen 14:00",
 "%1 14:00": "%1 14:00",
 "%1 10:00": "%1 10:00",
},
"PromiseStore": {
 "The next contact with the customer is a process agreement.": "Het volgende contact met de klant is een procesafspraak.",
 "What you promise": "Wat je belooft",
 "The owner of the promise": "De eigenaar van de belofte",
 "The due time": "De deadline",
 "No case with id %1 exists in this database.": "Er bestaat geen zaak met id %1 in deze database.",
 "This case is closed; reopen it before promising more.": "Deze zaak is gesloten; heropen hem voordat je meer belooft.",
 "No promise with id %1 exists in this database.": "Er bestaat geen belofte met id %1 in deze database.",
 "This promise is already %1; it cannot be changed any more.": "Deze belofte is al %1; ze kan niet meer worden gewijzigd.",
 "The result": "Het resultaat",
 "The reason the promise was broken": "De reden waarom de belofte niet is nagekomen",
 "The reason for cancelling": "De reden van annuleren",
 "The reason for the new due time": "De reden voor de nieuwe deadline",
 "The new due time": "De nieuwe deadline",
 "The colleague who takes over": "De collega die het overneemt",
},
"SummaryDrafter": {
 "What happened: %1": "Wat er gebeurde: %1",
 "What you had expected: %1": "Wat u had verwacht: %1",
 "Where it went wrong, as we see it now: %1": "Waar het misging, zoals wij het nu zien: %1",
},
"TextRules": {
 "%1 is too long (%2 KiB; at most 64 KiB). Shorten it, or attach the rest as a note.": "%1 is te lang (%2 KiB; hooguit 64 KiB). Maak het korter, of zet de rest in een notitie.",
 "%1 contains broken characters (not valid Unicode). Retype or paste it again.": "%1 bevat kapotte tekens (geen geldige Unicode). Typ of plak het opnieuw.",
 "%1 contains a NUL character, which cannot be stored. Remove it and try again.": "%1 bevat een NUL-teken, dat niet kan worden opgeslagen. Verwijder het en probeer het opnieuw.",
 "%1 must fit on one line.": "%1 moet op één regel passen.",
 "%1 contains an invisible control character (code %2). Remove it and try again.": "%1 bevat een onzichtbaar stuurteken (code %2). Verwijder het en probeer het opnieuw.",
 "%1 is required.": "%1 is verplicht.",
 "%1 is not valid UTF-8 text. Save it as UTF-8 and try again.": "%1 is geen geldige UTF-8-tekst. Sla het op als UTF-8 en probeer het opnieuw.",
},
"Vocabulary": {
 "Phone": "Telefoon", "E-mail": "E-mail", "Desk": "Balie", "Chat": "Chat",
 "Complaint": "Klacht", "Compliment": "Compliment", "Suggestion": "Suggestie", "Question": "Vraag",
 "Behaviour of an employee": "Gedrag van een medewerker", "Process": "Proces", "Product": "Product",
 "Information": "Informatie", "Other": "Anders",
 "Open": "Open", "Waiting": "Wacht", "Closed": "Gesloten",
 "Relationship stronger": "Relatie sterker", "Relationship the same": "Relatie gelijk", "Relationship weaker": "Relatie zwakker",
 "Unknown": "Onbekend",
 "Final agreement": "Definitieve afspraak", "Process agreement": "Procesafspraak",
 "Kept": "Nagekomen", "Kept late": "Te laat nagekomen", "Broken": "Niet nagekomen", "Cancelled": "Geannuleerd",
 "Done": "Gedaan",
 "Yes, we do what was asked": "Ja, we doen wat gevraagd is",
 "No, with an alternative": "Nee, met een alternatief",
 "A compromise, found together": "Een tussenweg, samen gevonden",
 "Resolved now: final agreement": "Nu opgelost: definitieve afspraak",
 "Not resolved yet: process agreements": "Nog niet opgelost: procesafspraken",
},
"main": {
 "Use the database FILE.": "Gebruik de database FILE.",
 "Interface language: en or nl.": "Taal van de interface: en of nl.",
 "Recovery Desk cannot start": "Recovery Desk kan niet starten",
 "The database %1 could not be opened.\n\n%2": "De database %1 kon niet worden geopend.\n\n%2",
},
"rd::AgreePage": {
 "Is the matter resolved now?": "Is de kwestie nu opgelost?",
 "Agreed so far": "Tot nu toe afgesproken",
 "A promise: what I will do, by when": "Een belofte: wat ik doe, en wanneer",
 "e.g. ask the carrier for a Saturday delivery": "bijv. bij de vervoerder een zaterdaglevering vragen",
 "Add &promise": "Belofte toe&voegen",
 "What:": "Wat:", "Who:": "Wie:", "By:": "Uiterlijk:", "Kind:": "Soort:",
 "When I will contact the customer again": "Wanneer ik weer contact opneem met de klant",
 "by phone": "telefonisch", "by e-mail": "per e-mail",
 "Set ne&xt contact": "Volgend &contact vastleggen",
 "On:": "Op:", "How:": "Hoe:",
 "A colleague calls back (callback note)": "Een collega belt terug (terugbelnotitie)",
 "colleague's name": "naam van de collega",
 "the customer's question, in a sentence": "de vraag van de klant, in één zin",
 "within 1 hour": "binnen 1 uur", "within 2 hours": "binnen 2 uur", "within 4 hours": "binnen 4 uur",
 "Add call&back note": "Te&rugbelnotitie toevoegen",
 "Who calls:": "Wie belt:", "Number:": "Nummer:", "About:": "Over:", "From:": "Vanaf:", "Window:": "Venster:",
 "Promise added.": "Belofte toegevoegd.",
 "contact the customer again by phone": "de klant weer bellen",
 "contact the customer again by e-mail": "de klant weer mailen",
 "Next contact agreed.": "Volgend contact afgesproken.",
 "Callback note made for %1.": "Terugbelnotitie gemaakt voor %1.",
 "Nothing agreed yet.": "Nog niets afgesproken.",
},
"rd::CallScreen": {
 "No call in progress": "Geen gesprek bezig",
 "Press Ctrl+N when the phone rings. The screen will guide you through the call, step by step, and save everything as you type.": "Druk op Ctrl+N als de telefoon gaat. Het scherm leidt je stap voor stap door het gesprek en slaat alles op terwijl je typt.",
 "New call   Ctrl+N": "Nieuw gesprek   Ctrl+N",
 "Unfinished calls (for example after a power cut):": "Onafgeronde gesprekken (bijvoorbeeld na een stroomstoring):",
 "Unfinished calls": "Onafgeronde gesprekken",
 "&Resume call": "Gesprek her&vatten",
 "Steps of the call": "Stappen van het gesprek",
 "◀ Back": "◀ Terug",
 "Skip step": "Stap overslaan",
 "Done — next step ▶": "Klaar — volgende stap ▶",
 "Ctrl+Enter: done, next step  ·  Alt+Left: back  ·  Ctrl+Shift+Enter: skip  ·  Ctrl+L: all steps  ·  Ctrl+E: end call": "Ctrl+Enter: klaar, volgende stap  ·  Alt+Links: terug  ·  Ctrl+Shift+Enter: overslaan  ·  Ctrl+L: alle stappen  ·  Ctrl+E: gesprek afronden",
 "Done, &next step": "Klaar, &volgende stap",
 "&Back one step": "Eén stap &terug",
 "&Skip step": "Stap &overslaan",
 "&End call": "Gesprek &afronden",
 "Go to a s&tep…": "Naar een &stap…",
 "A call is in progress. End it first (Ctrl+E) to start a new one.": "Er is een gesprek bezig. Rond het eerst af (Ctrl+E) om een nieuw gesprek te beginnen.",
 "Call resumed where it stood. Everything typed before was kept.": "Gesprek hervat waar het was. Alles wat eerder getypt was, is bewaard.",
 "%1 — %2, started %3": "%1 — %2, begonnen %3",
 "The customer's story, in their own &words:": "Het verhaal van de klant, in eigen &woorden:",
 "What happened, as the customer tells it — not your interpretation": "Wat er gebeurde, zoals de klant het vertelt — niet jouw interpretatie",
 "What the customer had &expected, and what would be a good solution:": "Wat de klant had &verwacht, en wat een goede oplossing zou zijn:",
 "In the customer's words": "In de woorden van de klant",
 "How upset is the customer? (1–5)": "Hoe boos of overstuur is de klant? (1–5)",
 "What happened on &our side, and why:": "Wat er aan &onze kant gebeurde, en waarom:",
 "Open and concrete: what went wrong, and the reasons": "Open en concreet: wat er misging, en de redenen",
 "Tell the customer that you are their point of contact from now on. Check your own words below: they should blame no one.": "Zeg de klant dat jij vanaf nu het aanspreekpunt bent. Controleer hieronder je eigen woorden: ze geven niemand de schuld.",
 "Where does the cause lie?": "Waar ligt de oorzaak?",
 "What do we decide?": "Wat besluiten we?",
 "The &decision, as you tell it to the customer:": "Het be&sluit, zoals je het de klant vertelt:",
 "What we will do — or, if the answer is no, the alternative": "Wat we gaan doen — of, als het antwoord nee is, het alternatief",
 "&Who is the compliment for?": "&Voor wie is het compliment?",
 "A colleague's name, or a team": "De naam van een collega, of een team",
 "Nothing to note here: say it in your own words, then press Ctrl+Enter.": "Hier hoef je niets te noteren: zeg het in je eigen woorden en druk dan op Ctrl+Enter.",
 "done": "gedaan", "skipped": "overgeslagen", "open": "open",
 "Step %1, %2, %3": "Stap %1, %2, %3",
 "End call ▶": "Gesprek afronden ▶",
 "Find or add the customer first: type a name, phone number or e-mail and press Enter.": "Zoek of voeg eerst de klant toe: typ een naam, telefoonnummer of e-mail en druk op Enter.",
 "The call with %1 is saved. The case now waits for the agreed next step; it is in your work queue.": "Het gesprek met %1 is opgeslagen. De zaak wacht nu op de afgesproken volgende stap; die staat in je werklijst.",
 "The call with %1 is saved.": "Het gesprek met %1 is opgeslagen.",
},
"rd::CaseListModel": {
 "Customer": "Klant", "Kind": "Soort", "Status": "Status", "Cause": "Oorzaak", "Owner": "Eigenaar",
 "Opened": "Geopend", "Open promises": "Open beloften",
},
"rd::ChoiceStepPage": {
 "Calm": "Rustig", "A little annoyed": "Een beetje geïrriteerd", "Annoyed": "Geïrriteerd", "Upset": "Boos of overstuur",
 "Very upset or angry": "Erg boos of overstuur",
},
"rd::ClosePage": {
 "Read this back to the customer:": "Lees dit voor aan de klant:",
 "Agreements to read back": "Afspraken om voor te lezen",
 "How does the customer sound now?": "Hoe klinkt de klant nu?",
 "&End call": "Gesprek &afronden",
 "Thank you for taking the time to tell us.": "Dank u wel dat u de tijd nam om het ons te vertellen.",
 "Thank you for calling us and for telling us this.": "Dank u wel voor uw telefoontje en dat u ons dit hebt verteld.",
},
"rd::CustomerCard": {
 "<p><b>No customer yet</b></p><p>Find or add the caller to see their earlier cases and open promises here.</p>": "<p><b>Nog geen klant</b></p><p>Zoek of voeg de beller toe om hier eerdere zaken en openstaande beloften te zien.</p>",
 "Repeat complainant: %n earlier complaint(s) in the past year. Acknowledge that this is not the first time.": ["Herhaalde klager: %n eerdere klacht in het afgelopen jaar. Erken dat het niet de eerste keer is.", "Herhaalde klager: %n eerdere klachten in het afgelopen jaar. Erken dat het niet de eerste keer is."],
 "Open promises": "Openstaande beloften",
 "None.": "Geen.",
 "Earlier cases": "Eerdere zaken",
 "First contact.": "Eerste contact.",
},
"rd::CustomerLookup": {
 "Find the customer (name, phone number or e-mail):": "Zoek de klant (naam, telefoonnummer of e-mail):",
 "Type to search — Enter picks the first match": "Typ om te zoeken — Enter kiest de eerste treffer",
 "Find the customer": "Zoek de klant",
 "Matching customers": "Gevonden klanten",
 "Ne&w customer": "Nieu&we klant",
 "&Name:": "&Naam:",
 "&Phone:": "Tele&foon:",
 "&E-mail:": "&E-mail:",
 "&Organisation:": "&Organisatie:",
 "&Add customer and start": "Klant toevoegen en &starten",
},
"rd::DueTimeEdit": {
 "Quick pick": "Snelkeuze",
 "Date and time": "Datum en tijd",
},
"rd::IdentifyPage": {
 "&Kind:": "Soort &zaak:",
 "C&hannel:": "&Kanaal:",
 "Calling: <b>%1</b>": "Aan de lijn: <b>%1</b>",
},
"rd::MainWindow": {
 "Recovery Desk": "Recovery Desk",
 "Call": "Gesprek",
 "Call — in progress": "Gesprek — bezig",
 "Database: %1": "Database: %1",
 "&File": "&Bestand",
 "&New call": "&Nieuw gesprek",
 "&Quit": "Af&sluiten",
 "&Call": "&Gesprek",
 "&View": "Bee&ld",
 "C&all": "&Gesprek",
 "&Cases": "&Zaken",
 "&Refresh": "&Vernieuwen",
 "&Language": "&Taal",
 "&Help": "&Help",
 "&About Recovery Desk": "&Over Recovery Desk",
 "Cases": "Zaken",
 "Cases (%1)": "Zaken (%1)",
 "Not everything is saved": "Niet alles is opgeslagen",
 "The last changes could not be saved to %1. If you close now, they are lost.\n\nClose anyway?": "De laatste wijzigingen konden niet worden opgeslagen in %1. Als je nu sluit, gaan ze verloren.\n\nToch sluiten?",
 "About Recovery Desk": "Over Recovery Desk",
 "<h3>Recovery Desk %1</h3><p>Guides you through a customer's complaint call: listen, understand, own it, and make agreements you keep.</p><p>Works fully offline. Your data stay in %2.</p>": "<h3>Recovery Desk %1</h3><p>Leidt je door het klachtgesprek van een klant: luisteren, begrijpen, het op je nemen, en afspraken maken die je nakomt.</p><p>Werkt volledig offline. Je gegevens blijven in %2.</p>",
},
"rd::OwnPage": {
 "“%1” — %2": "“%1” — %2",
 "Your notes so far blame no one. Good — stay the point of contact.": "Je notities geven tot nu toe niemand de schuld. Goed zo — blijf het aanspreekpunt.",
},
"rd::PromptPanel": {
 "Current step": "Huidige stap",
 "What to do": "Wat je doet",
 "What you could say": "Wat je kunt zeggen",
 "Step %1 of %2": "Stap %1 van %2",
 "You could say: %1": "Je kunt zeggen: %1",
},
"rd::SummaryPage": {
 "&Summary to read back:": "&Samenvatting om voor te lezen:",
 "Summary to read back": "Samenvatting om voor te lezen",
 "&Draft from notes": "&Opstellen uit notities",
 "Customer c&onfirms": "Klant be&vestigt",
 "The customer co&rrects:": "De klant &corrigeert:",
 "What the customer says is different — then adjust the summary above": "Wat volgens de klant anders is — pas daarna de samenvatting hierboven aan",
 "The customer's correction": "De verbetering van de klant",
 "Save correction": "Verbetering opslaan",
 "Summary confirmed by the customer.": "Samenvatting bevestigd door de klant.",
 "Correction kept in the history. Adjust the summary and read it back again.": "Verbetering bewaard in de geschiedenis. Pas de samenvatting aan en lees hem opnieuw voor.",
 "✓ Confirmed by the customer": "✓ Bevestigd door de klant",
 "Not confirmed yet": "Nog niet bevestigd",
},
"rd::Transaction": {
 "The change was already saved or undone.": "De wijziging was al opgeslagen of ongedaan gemaakt.",
},
}


NL["CallGuide"].update({
 "What we promised": "Wat we beloofden",
 "Say who you are and remind the customer what we agreed last time. The agreements are listed below.": "Zeg wie je bent en herinner de klant aan wat we de vorige keer afspraken. De afspraken staan hieronder.",
 "\"Hello, this is … from the service desk. Last time I promised to … I am calling to tell you where things stand.\"": "\"Goedendag, u spreekt met … van de servicedesk. Vorige keer beloofde ik … Ik bel om te vertellen hoe het ervoor staat.\"",
 "What happened since": "Wat er sindsdien gebeurde",
 "Tell what happened since, openly — also if there is no result yet. Note what you told the customer and how they reacted.": "Vertel open wat er sindsdien is gebeurd — ook als er nog geen resultaat is. Noteer wat je de klant vertelde en hoe die reageerde.",
 "\"I have spoken to the carrier; they confirmed … / I have no answer yet, and this is what I am doing about it.\"": "\"Ik heb de vervoerder gesproken; zij bevestigden … / Ik heb nog geen antwoord, en dit is wat ik eraan doe.\"",
 "What next": "Hoe verder",
 "Agree on what happens next: resolved now, or a new process agreement with the next moment you will contact the customer.": "Spreek af wat er nu gebeurt: nu opgelost, of een nieuwe procesafspraak met het volgende moment waarop je contact opneemt.",
 "\"I will call you again on Tuesday at ten, whether or not I have news by then.\"": "\"Ik bel u dinsdag om tien uur weer, of ik dan nieuws heb of niet.\"",
})
NL["CallSession"]["Reported back in a follow-up call."] = "Teruggekoppeld in een vervolggesprek."
NL["CaseStore"]["What happened since"] = "Wat er sindsdien gebeurde"
NL["PromiseStore"].update({
 "What you told the customer": "Wat je de klant vertelde",
 "The next contact": "Het volgende contact",
 "contact the customer again": "weer contact opnemen met de klant",
})
NL["TimelineText"] = {
 "Opened the case (%1, by %2).": "Zaak geopend (%1, via %2).",
 "(cleared)": "(gewist)",
 "%1: %2": "%1: %2",
 "The customer confirmed the summary.": "De klant bevestigde de samenvatting.",
 "The customer corrected the summary: “%1”": "De klant verbeterde de samenvatting: “%1”",
 "Status: %1.": "Status: %1.",
 "Closed the case. Outcome: %1.%2": "Zaak gesloten. Uitkomst: %1.%2",
 " The customer: “%1”": " De klant: “%1”",
 "Agreed the next contact with the customer: %1.": "Volgend contact met de klant afgesproken: %1.",
 "Promised: %1 — %2, by %3.": "Beloofd: %1 — %2, uiterlijk %3.",
 "Kept on time: %1.%2": "Op tijd nagekomen: %1.%2",
 " Result: %1": " Resultaat: %1",
 "Kept late: %1.%2": "Te laat nagekomen: %1.%2",
 "Broken: %1. Reason: %2": "Niet nagekomen: %1. Reden: %2",
 "Cancelled: %1. Reason: %2": "Geannuleerd: %1. Reden: %2",
 "Rescheduled “%1” to %2. Reason: %3": "“%1” verzet naar %2. Reden: %3",
 "Handed “%1” over from %2 to %3.": "“%1” overgedragen van %2 aan %3.",
 "Callback note for %1: call %2 between %3 and %4 about “%5”.": "Terugbelnotitie voor %1: bel %2 tussen %3 en %4 over “%5”.",
 "Tried to call back: %1. Next try from %2.": "Geprobeerd terug te bellen: %1. Volgende poging vanaf %2.",
 "Called back within the window.%1": "Binnen het venster teruggebeld.%1",
 "Called back, outside the window.%1": "Teruggebeld, buiten het venster.%1",
 "Callback handed over from %1 to %2.": "Terugbelnotitie overgedragen van %1 aan %2.",
 "Follow-up call started.": "Vervolggesprek begonnen.",
 "Call started.": "Gesprek begonnen.",
 "Call resumed at “%1”.": "Gesprek hervat bij “%1”.",
 "Call ended: resolved.": "Gesprek afgerond: opgelost.",
 "Call ended: waiting for the agreed next step.": "Gesprek afgerond: wacht op de afgesproken volgende stap.",
 "Step done: %1.": "Stap gedaan: %1.",
 "Step skipped: %1.": "Stap overgeslagen: %1.",
 "Step skipped: %1 (%2).": "Stap overgeslagen: %1 (%2).",
}
NL["rd::ActPanel"] = {
 "Confirm": "Bevestigen",
 "Cancel (Esc)": "Annuleren (Esc)",
 "Enter: open case  ·  C: call now  ·  K: reached  ·  A: no answer, try again  ·  H: hand over": "Enter: zaak openen  ·  C: nu bellen  ·  K: bereikt  ·  A: geen gehoor, opnieuw proberen  ·  H: overdragen",
 "Enter: open case  ·  C: call now  ·  K: kept  ·  N: no news yet  ·  R: reschedule  ·  B: broken  ·  H: hand over": "Enter: zaak openen  ·  C: nu bellen  ·  K: nagekomen  ·  N: nog geen nieuws  ·  R: verzetten  ·  B: niet nagekomen  ·  H: overdragen",
 "Kept: %1. What was the result? (optional)": "Nagekomen: %1. Wat was het resultaat? (optioneel)",
 "e.g. refund sent, customer informed": "bijv. terugbetaling verstuurd, klant ingelicht",
 "You contacted the customer without news yet: %1. What did you tell them, and when is the next contact?": "Je hebt de klant gesproken zonder nieuws: %1. Wat heb je verteld, en wanneer is het volgende contact?",
 "e.g. carrier has not answered; I will call again": "bijv. vervoerder heeft nog niet geantwoord; ik bel opnieuw",
 "Next contact:": "Volgend contact:",
 "New due time for %1. Why? (It will count as late.)": "Nieuwe deadline voor %1. Waarom? (Dit telt als te laat.)",
 "the reason, as you told the customer": "de reden, zoals je die de klant vertelde",
 "New due time:": "Nieuwe deadline:",
 "This promise cannot be kept: %1. Why?": "Deze belofte kan niet worden nagekomen: %1. Waarom?",
 "the reason — and tell the customer": "de reden — en vertel het de klant",
 "Hand %1 over to a colleague:": "%1 overdragen aan een collega:",
 "the colleague's name": "de naam van de collega",
 "Called back and reached: %1. What was agreed? (optional)": "Teruggebeld en bereikt: %1. Wat is er afgesproken? (optioneel)",
 "the result of the call": "de uitkomst van het gesprek",
 "No answer for %1. What happened, and when to try again?": "Geen gehoor voor %1. Wat gebeurde er, en wanneer opnieuw proberen?",
 "e.g. voicemail, left a message": "bijv. voicemail, bericht ingesproken",
 "Try again from:": "Opnieuw proberen vanaf:",
 "Marked kept: %1.": "Als nagekomen gemarkeerd: %1.",
 "Reported back; next contact agreed.": "Teruggekoppeld; volgend contact afgesproken.",
 "Rescheduled: %1.": "Verzet: %1.",
 "Marked broken: %1. Tell the customer, and agree what happens instead.": "Als niet nagekomen gemarkeerd: %1. Vertel het de klant, en spreek af wat er in plaats daarvan gebeurt.",
 "Handed over to %1.": "Overgedragen aan %1.",
 "Callback done: %1.": "Teruggebeld: %1.",
 "Attempt noted; the callback stays in the queue.": "Poging genoteerd; de terugbelnotitie blijft in de werklijst.",
}
NL["rd::CallScreen"].update({
 "What you told the customer, and how they &reacted:": "Wat je de klant vertelde, en hoe die &reageerde:",
 "Open and concrete — also when there is no result yet": "Open en concreet — ook als er nog geen resultaat is",
})
NL["rd::CaseView"] = {
 "Is the customer's trust restored? Ask them.": "Is het vertrouwen van de klant hersteld? Vraag het.",
 "In the customer's own words (optional) — Enter closes the case": "In de woorden van de klant (optioneel) — Enter sluit de zaak",
 "C&lose case…": "Zaak s&luiten…",
 "&Open promises and callbacks:": "&Openstaande beloften en terugbelnotities:",
 "&History:": "Geschiede&nis:",
 "History of the case": "Geschiedenis van de zaak",
 "No case chosen": "Geen zaak gekozen",
 "Open a case from the work queue or the case list (Enter).": "Open een zaak vanuit de werklijst of de zakenlijst (Enter).",
 "%1 — %2, %3": "%1 — %2, %3",
 "Opened": "Geopend",
 "What happened": "Wat er gebeurde",
 "What the customer expected": "Wat de klant verwachtte",
 "Summary (confirmed by the customer)": "Samenvatting (bevestigd door de klant)",
 "Summary": "Samenvatting",
 "Our side": "Onze kant",
 "Cause": "Oorzaak",
 "Decision": "Besluit",
 "Latest note": "Laatste notitie",
 "Compliment for": "Compliment voor",
 "Outcome": "Uitkomst",
 "%1 — %2 (%3)": "%1 — %2 (%3)",
 "Nothing open.": "Niets open.",
 "This case still has %n open promise(s) or callback(s). Settle each first: K kept, B broken, H hand over (or N, R).": ["Deze zaak heeft nog %n openstaande belofte of terugbelnotitie. Handel die eerst af: K nagekomen, B niet nagekomen, H overdragen (of N, R).", "Deze zaak heeft nog %n openstaande beloften of terugbelnotities. Handel elk eerst af: K nagekomen, B niet nagekomen, H overdragen (of N, R)."],
 "Choose the outcome first (1–4): ask the customer whether the relationship is stronger, the same or weaker.": "Kies eerst de uitkomst (1–4): vraag de klant of de relatie sterker, gelijk of zwakker is.",
 "Case closed.": "Zaak gesloten.",
 "That key does not fit this item.": "Die toets past niet bij dit item.",
}
NL["rd::MainWindow"].update({
 "Work queue": "Werklijst",
 "Case": "Zaak",
 "&Work queue": "&Werklijst",
 "Ca&se": "Z&aak",
 "%n overdue": ["%n te laat", "%n te laat"],
 "%n due today": ["%n vandaag", "%n vandaag"],
 "Recovery Desk — %1": "Recovery Desk — %1",
 "Work queue (%1 overdue)": "Werklijst (%1 te laat)",
 "Work queue (%1)": "Werklijst (%1)",
})
NL["rd::RecallPage"] = {
 "The matter, as summarised:": "De kwestie, zoals samengevat:",
 "What we agreed:": "Wat we afspraken:",
 "No open agreements.": "Geen openstaande afspraken.",
}
NL["rd::ReminderService"] = {
 "Show Recovery Desk": "Recovery Desk tonen",
 "%1 — %2": "%1 — %2",
 "%n item(s) fell due while Recovery Desk was closed. See the work queue.": ["%n item werd opeisbaar terwijl Recovery Desk dicht was. Zie de werklijst.", "%n items werden opeisbaar terwijl Recovery Desk dicht was. Zie de werklijst."],
 "Due now: %1": "Nu aan de beurt: %1",
 "%n items are due now. See the work queue.": ["%n item is nu aan de beurt. Zie de werklijst.", "%n items zijn nu aan de beurt. Zie de werklijst."],
 "Recovery Desk": "Recovery Desk",
 "Recovery Desk: %n overdue": ["Recovery Desk: %n te laat", "Recovery Desk: %n te laat"],
 "Recovery Desk: nothing overdue": "Recovery Desk: niets te laat",
}
NL["rd::WorkQueueModel"] = {
 "Overdue (%1)": "Te laat (%1)",
 "Today (%1)": "Vandaag (%1)",
 "Later (%1)": "Later (%1)",
 "Call back": "Terugbellen",
 "Promise": "Belofte",
 "Due": "Deadline",
 "Customer": "Klant",
 "What": "Wat",
 "Type": "Soort",
 "Owner": "Eigenaar",
}
NL["rd::WorkQueueView"] = {
 "&Show:": "&Tonen:",
 "Work queue": "Werklijst",
 "My work (%1)": "Mijn werk (%1)",
 "Everyone": "Iedereen",
 "Nothing selected. Use the arrow keys to choose an item.": "Niets gekozen. Kies een item met de pijltjestoetsen.",
 "That key is for promises. For a callback: K reached, A no answer, H hand over.": "Die toets is voor beloften. Voor een terugbelnotitie: K bereikt, A geen gehoor, H overdragen.",
 "That key is for callbacks. For a promise: K kept, N no news yet, R reschedule, B broken, H hand over.": "Die toets is voor terugbelnotities. Voor een belofte: K nagekomen, N nog geen nieuws, R verzetten, B niet nagekomen, H overdragen.",
}

NL["rd::CaseView"]["On an open item: C call now  ·  K kept  ·  N no news yet  ·  R reschedule  ·  B broken  ·  H hand over"] = "Op een open item: C nu bellen  ·  K nagekomen  ·  N nog geen nieuws  ·  R verzetten  ·  B niet nagekomen  ·  H overdragen"
NL["rd::WorkQueueModel"].update({"today %1": "vandaag %1", "tomorrow %1": "morgen %1", "yesterday %1": "gisteren %1"})

NL["BatchCommands"] = {
 "recoverydesk: unknown command \"%1\". Commands: %2.": "recoverydesk: onbekende opdracht \"%1\". Opdrachten: %2.",
 "recoverydesk %1: not available in this version yet.": "recoverydesk %1: nog niet beschikbaar in deze versie.",
 "The database FILE to fill (created if missing).": "De database FILE om te vullen (wordt gemaakt als hij ontbreekt).",
 "How many cases to add.": "Hoeveel zaken toe te voegen.",
 "Seed: the same seed gives the same data.": "Startwaarde: dezelfde startwaarde geeft dezelfde gegevens.",
 "Language of the texts: en or nl.": "Taal van de teksten: en of nl.",
 "recoverydesk demo: %1": "recoverydesk demo: %1",
 "recoverydesk demo: name the database with --database FILE.": "recoverydesk demo: geef de database op met --database FILE.",
 "recoverydesk demo: --cases takes a whole number from 1 to 50000000, not \"%1\".": "recoverydesk demo: --cases verwacht een geheel getal van 1 tot 50000000, niet \"%1\".",
 "recoverydesk demo: --seed takes a whole number and --language en or nl.": "recoverydesk demo: --seed verwacht een geheel getal en --language en of nl.",
 "Added %1 cases, %2 customers, %3 promises and %4 callbacks to %5 in %6 s (%7 cases per second).": "%1 zaken, %2 klanten, %3 beloften en %4 terugbelnotities toegevoegd aan %5 in %6 s (%7 zaken per seconde).",
}
NL["rd::CaseListModel"]["Last activity"] = "Laatste activiteit"
NL["rd::CaseListView"] = {
 "Search names, phone numbers, e-mail and case text  (Ctrl+F)": "Zoek in namen, telefoonnummers, e-mail en zaaktekst  (Ctrl+F)",
 "Search cases": "Zaken zoeken",
 "Any status": "Elke status", "Any kind": "Elke soort", "Any cause": "Elke oorzaak", "Any time": "Altijd",
 "Today": "Vandaag", "Last 7 days": "Laatste 7 dagen", "Last 30 days": "Laatste 30 dagen", "Last 12 months": "Laatste 12 maanden",
 "&Overdue only": "Alleen &te laat",
 "Show:": "Tonen:",
 "%1 cases": "%1 zaken",
 "best %1 matches": "beste %1 treffers",
 "%n match(es)": ["%n treffer", "%n treffers"],
 "Anyone": "Iedereen",
}
NL["rd::MainWindow"].update({
 "Fill with &example cases": "Vullen met &voorbeeldzaken",
 "Only for an empty database: adds example cases to try the program with.": "Alleen voor een lege database: voegt voorbeeldzaken toe om het programma mee uit te proberen.",
 "&Find cases…": "Zaken doorzo&eken…",
 "Added %1 example cases.": "%1 voorbeeldzaken toegevoegd.",
})
NL["rd::SearchResultsModel"] = {"Customer": "Klant", "Kind": "Soort", "Status": "Status", "Opened": "Geopend", "Where it matches": "Waar het overeenkomt"}

NL["CaseReport"] = {
 "The case could not be read completely; try again.": "De zaak kon niet volledig worden gelezen; probeer het opnieuw.",
 "Customer": "Klant", "Opened": "Geopend", "Status": "Status", "What happened": "Wat er gebeurde",
 "What the customer expected": "Wat de klant verwachtte", "Summary (confirmed)": "Samenvatting (bevestigd)",
 "Summary": "Samenvatting", "Our side": "Onze kant", "Cause": "Oorzaak", "Decision": "Besluit",
 "Latest note": "Laatste notitie", "Outcome": "Uitkomst", "Promises and callbacks": "Beloften en terugbelnotities",
 "Call back: %1": "Terugbellen: %1", "None.": "Geen.", "History": "Geschiedenis",
 "Printed %1 from Recovery Desk.": "Afgedrukt %1 uit Recovery Desk.",
}
NL["rd::CaseView"].update({
 "C&ustomer": "&Klant", "&Print…": "&Afdrukken…", "Save as P&DF…": "Opslaan als P&DF…",
 "Could not write %1: %2": "Kan %1 niet schrijven: %2", "Case %1": "Zaak %1",
 "Save the case as PDF": "De zaak opslaan als PDF", "PDF (*.pdf)": "PDF (*.pdf)", "Saved %1.": "%1 opgeslagen.",
})
NL["rd::CustomerView"] = {
 "&Name:": "&Naam:", "&Phone:": "Tele&foon:", "&E-mail:": "&E-mail:", "&Organisation:": "&Organisatie:",
 "&Save changes": "&Wijzigingen opslaan", "Changes to the details:": "Wijzigingen in de gegevens:",
 "&Cases (Enter opens):": "&Zaken (Enter opent):", "Open promises:": "Openstaande beloften:",
 "No customer chosen": "Geen klant gekozen", "Open a customer from a case (Alt+U).": "Open een klant vanuit een zaak (Alt+K).",
 "%1 · %2 · %3": "%1 · %2 · %3",
 "%n case(s) in all; ": ["%n zaak in totaal; ", "%n zaken in totaal; "],
 "%n complaint(s) in the past year.": ["%n klacht in het afgelopen jaar.", "%n klachten in het afgelopen jaar."],
 "A repeat complainant: acknowledge it on the next call.": "Een herhaalde klager: erken dat in het volgende gesprek.",
 "%1 — %2 (%3)": "%1 — %2 (%3)", "None.": "Geen.", "added": "toegevoegd", "changed: %1": "gewijzigd: %1",
 "Details saved.": "Gegevens opgeslagen.",
}
NL["rd::MainWindow"].update({"Customer": "Klant", "C&ustomer": "&Klant"})

NL["BatchCommands"].update({
 "The database to export from.": "De database om uit te exporteren.",
 "The bundle file to write.": "Het bundelbestand om te schrijven.",
 "Only cases opened on or after DATE (YYYY-MM-DD).": "Alleen zaken geopend op of na DATE (JJJJ-MM-DD).",
 "recoverydesk export: name the database with --database FILE and the bundle with --out BUNDLE.": "recoverydesk export: geef de database op met --database FILE en de bundel met --out BUNDLE.",
 "recoverydesk export: --since takes a date as YYYY-MM-DD, not \"%1\".": "recoverydesk export: --since verwacht een datum als JJJJ-MM-DD, niet \"%1\".",
 "recoverydesk export: %1": "recoverydesk export: %1",
 "Wrote %1 cases (%2 events) to %3.": "%1 zaken (%2 gebeurtenissen) geschreven naar %3.",
 "The archive to import into (created if missing).": "Het archief om in te importeren (wordt gemaakt als het ontbreekt).",
 "recoverydesk import: use --database FILE followed by one or more bundle files.": "recoverydesk import: gebruik --database FILE gevolgd door een of meer bundelbestanden.",
 "recoverydesk import: %1": "recoverydesk import: %1",
 "%1: %2 new cases, %3 updated, %4 new events.": "%1: %2 nieuwe zaken, %3 bijgewerkt, %4 nieuwe gebeurtenissen.",
 "The database or archive to report on.": "De database of het archief om over te rapporteren.",
 "all, 2026, 2026-11 or 2026-01-01..2026-03-31.": "all, 2026, 2026-11 of 2026-01-01..2026-03-31.",
 "csv or json.": "csv of json.",
 "Only this employee's cases.": "Alleen de zaken van deze medewerker.",
 "recoverydesk report: use --database FILE, --period P and --format csv or json.": "recoverydesk report: gebruik --database FILE, --period P en --format csv of json.",
 "recoverydesk report: %1": "recoverydesk report: %1",
})
NL["Bundle"] = {
 "Could not make a temporary folder to build the bundle in.": "Kan geen tijdelijke map maken om de bundel in op te bouwen.",
 "Could not write the bundle %1: %2": "Kan de bundel %1 niet schrijven: %2",
 "The bundle %1 does not exist.": "De bundel %1 bestaat niet.",
 "%1 is not a Recovery Desk case bundle (not a SQLite file).": "%1 is geen Recovery Desk-zakenbundel (geen SQLite-bestand).",
 "%1 could not be read as a case bundle: %2": "%1 kon niet als zakenbundel worden gelezen: %2",
 "%1 is damaged or truncated: it cannot be read.": "%1 is beschadigd of afgebroken: het kan niet worden gelezen.",
 "%1 is not a Recovery Desk case bundle.": "%1 is geen Recovery Desk-zakenbundel.",
 "%1 was made by a newer version of Recovery Desk (data format %2; this version reads up to %3). Update Recovery Desk to import it.": "%1 is gemaakt door een nieuwere versie van Recovery Desk (gegevensformaat %2; deze versie leest tot en met %3). Werk Recovery Desk bij om hem te importeren.",
 "%1 has no readable manifest; it is damaged or not a bundle.": "%1 heeft geen leesbaar manifest; hij is beschadigd of geen bundel.",
 "%1 lacks the table %2; it is damaged or not a bundle.": "%1 mist de tabel %2; hij is beschadigd of geen bundel.",
 "%1 is inconsistent: some records refer to cases or customers it does not contain. Export it again.": "%1 is inconsistent: sommige gegevens verwijzen naar zaken of klanten die er niet in zitten. Exporteer hem opnieuw.",
 "%1 does not match its own manifest: it was changed or damaged after export.": "%1 klopt niet met zijn eigen manifest: hij is na de export gewijzigd of beschadigd.",
 "Could not read the tables of the bundle.": "Kan de tabellen van de bundel niet lezen.",
}
NL["main"]["Open the review archive FILE, read-only."] = "Open het reviewarchief FILE, alleen-lezen."
NL["rd::ExportDialog"] = {
 "Export cases": "Zaken exporteren", "All cases": "Alle zaken", "Opened in the last 30 days": "Geopend in de laatste 30 dagen",
 "Opened in the last 90 days": "Geopend in de laatste 90 dagen", "Opened in the last 12 months": "Geopend in de laatste 12 maanden",
 "Everyone's cases": "De zaken van iedereen", "My cases (%1)": "Mijn zaken (%1)", "&Browse…": "&Bladeren…",
 "&Which cases:": "&Welke zaken:", "Wh&ose:": "&Van wie:", "&File:": "Be&stand:", "Export": "Exporteren",
 "Export cases to": "Zaken exporteren naar", "Case bundles (*.rdbundle)": "Zakenbundels (*.rdbundle)",
}
NL["rd::MainWindow"].update({
 "Review": "Review",
 "Review archive — read-only. You can read, search and report; nothing can be changed here.": "Reviewarchief — alleen-lezen. U kunt lezen, zoeken en rapporteren; hier kan niets worden gewijzigd.",
 "Recovery Desk — review archive": "Recovery Desk — reviewarchief",
 "E&xport cases…": "Zaken e&xporteren…", "&Import bundles…": "Bundels &importeren…", "Open &review archive…": "&Reviewarchief openen…",
 "Open a review archive": "Een reviewarchief openen",
 "Recovery Desk databases (*.sqlite *.db);;All files (*)": "Recovery Desk-databases (*.sqlite *.db);;Alle bestanden (*)",
 "&Review figures": "&Reviewcijfers", "Export cases": "Zaken exporteren", "Exported %1 cases to %2.": "%1 zaken geëxporteerd naar %2.",
 "Import case bundles": "Zakenbundels importeren", "Case bundles (*.rdbundle);;All files (*)": "Zakenbundels (*.rdbundle);;Alle bestanden (*)",
 "Importing case bundles…": "Zakenbundels importeren…", "Stop after this bundle": "Stoppen na deze bundel", "Importing %1…": "%1 importeren…",
 "Stopped: %n bundle(s) not imported.": ["Gestopt: %n bundel niet geïmporteerd.", "Gestopt: %n bundels niet geïmporteerd."],
 "%1: %2 new cases, %3 updated, %4 new events.": "%1: %2 nieuwe zaken, %3 bijgewerkt, %4 nieuwe gebeurtenissen.",
 "%1 was not imported: %2": "%1 is niet geïmporteerd: %2",
 "%n bundle(s) imported.": ["%n bundel geïmporteerd.", "%n bundels geïmporteerd."],
 "This is a review archive, opened read-only: calls are taken on a workstation.": "Dit is een reviewarchief, alleen-lezen geopend: gesprekken voer je op een werkplek.",
})
NL["rd::ReportPeriod"] = {"\"%1\" is not a period. Use all, 2026, 2026-11 or 2026-01-01..2026-03-31.": "\"%1\" is geen periode. Gebruik all, 2026, 2026-11 of 2026-01-01..2026-03-31."}
NL["rd::ReviewDashboard"] = {
 "This month": "Deze maand", "Last month": "Vorige maand", "This year": "Dit jaar", "Last 12 months": "Laatste 12 maanden", "All time": "Altijd",
 "Export figures (&CSV)…": "Cijfers exporteren (&CSV)…", "Period:": "Periode:", "Whose:": "Van wie:",
 "Show the &cases behind (Enter):": "Toon de &zaken erachter (Enter):", "Export figures": "Cijfers exporteren", "CSV (*.csv)": "CSV (*.csv)",
 "The whole team": "Het hele team",
 "Relationship stronger after %1% of the %2 closed cases.": "Relatie sterker na %1% van de %2 gesloten zaken.",
 "No closed cases in this period yet.": "Nog geen gesloten zaken in deze periode.",
 "%1 cases: %2 complaints, %3 compliments.": "%1 zaken: %2 klachten, %3 complimenten.",
 "Promises kept on time: %1 of %2 made.": "Beloften op tijd nagekomen: %1 van %2 gedaan.",
 "Callbacks within the customer's window: %1 of %2 made.": "Teruggebeld binnen het venster van de klant: %1 van %2.",
 "Time to first contact after the call: %1 hours (median).": "Tijd tot het eerste contact na het gesprek: %1 uur (mediaan).",
 "Time to first contact: no contacts yet.": "Tijd tot het eerste contact: nog geen contacten.",
 "Repeat complainants: %1.": "Herhaalde klagers: %1.", "Compliments passed on: %1 of %2.": "Complimenten doorgegeven: %1 van %2.",
 "Behaviour": "Gedrag", "Process": "Proces", "Product": "Product", "Information": "Informatie", "Other": "Anders",
 "Complaints caused by %1: %2": "Klachten door %1: %2", "%1: %2": "%1: %2",
 "Cases with a promise overdue now": "Zaken met een belofte die nu te laat is",
 "Complaints by cause": "Klachten naar oorzaak", "Promises": "Beloften", "On time": "Op tijd", "Late": "Te laat",
 "Broken": "Niet nagekomen", "Overdue": "Verlopen", "Stronger": "Sterker", "Same": "Gelijk", "Weaker": "Zwakker",
 "Unknown": "Onbekend", "Recovery outcome": "Uitkomst van het herstel",
 "Steps most often skipped: none": "Vaakst overgeslagen stappen: geen", "Steps most often skipped": "Vaakst overgeslagen stappen",
 "Could not write %1: %2": "Kan %1 niet schrijven: %2",
}
NL["rd::Workstation"] = {
 "The last changes could not be saved; the archive was not opened.": "De laatste wijzigingen konden niet worden opgeslagen; het archief is niet geopend.",
 "End the call in progress first (Ctrl+E).": "Rond eerst het lopende gesprek af (Ctrl+E).",
}
NL["rd::ReviewDashboard"]["Counting…"] = "Tellen…"

NL["ImprovementStore"] = {
 "Open": "Open", "In progress": "Bezig", "Done": "Klaar", "What will change": "Wat er verandert",
 "Who sees to it": "Wie het oppakt", "An improvement item starts from at least one case.": "Een verbeterpunt begint bij minstens één zaak.",
 "No improvement item with id %1 exists.": "Er bestaat geen verbeterpunt met id %1.",
}
NL["TimelineText"]["Led to an improvement item: %1"] = "Leidde tot een verbeterpunt: %1"
NL["rd::CaseView"].update({
 "What will change so this does not happen again — Enter saves, Esc cancels": "Wat er verandert zodat dit niet meer gebeurt — Enter bewaart, Esc annuleert",
 "Improvement:": "Verbeterpunt:", "Who:": "Wie:", "&Improvement item…": "&Verbeterpunt…",
 "Improvement item made: %1": "Verbeterpunt gemaakt: %1",
})
NL["rd::ReviewDashboard"].update({
 "&Good examples to recognise (Enter opens):": "Goede &voorbeelden om te erkennen (Enter opent):",
 "&Improvement items (Space: next status):": "Verbeter&punten (Spatie: volgende status):",
 "%1 — %2, %3": "%1 — %2, %3", "None in this period yet.": "Nog geen in deze periode.",
 "%1 — %2 (%3; %n case(s))": ["%1 — %2 (%3; %n zaak)", "%1 — %2 (%3; %n zaken)"],
 "None yet. Make one from a case: Improvement item… in the case view.": "Nog geen. Maak er een vanuit een zaak: Verbeterpunt… in de zaakweergave.",
})

NL["ReflectionStore"] = {
 "\"%1\" is not a month; use YYYY-MM.": "\"%1\" is geen maand; gebruik JJJJ-MM.",
 "Whose reflection": "Wiens reflectie", "The best customer experience": "De beste klantervaring",
 "What the meeting delivered": "Wat het overleg opleverde", "What I changed": "Wat ik veranderde",
}
NL["rd::MainWindow"].update({"Reflection": "Reflectie", "Re&flection": "Re&flectie"})
NL["rd::ReflectionView"] = {
 "Month:": "Maand:", "Whose:": "Van wie:",
 "What was the &best customer experience this month?": "Wat was de &beste klantervaring deze maand?",
 "What did our &meetings deliver for the customer?": "Wat leverde ons &overleg op voor de klant?",
 "What did I &change in my own behaviour after customer feedback?": "Wat heb ik in mijn eigen gedrag &veranderd na feedback van klanten?",
 "Cases it is about (Enter opens):": "Zaken waar het over gaat (Enter opent):",
 "&Link the case in view": "De getoonde zaak &koppelen", "Mine (%1)": "Van mij (%1)", "%1 — %2": "%1 — %2",
 "A case not in this file": "Een zaak die niet in dit bestand staat", "Read-only": "Alleen-lezen", "Saved": "Opgeslagen",
 "Open a case first (Ctrl+4), then link it here.": "Open eerst een zaak (Ctrl+4) en koppel hem dan hier.",
}

NL["CaseListExport"] = {
 "Customer": "Klant", "Kind": "Soort", "Status": "Status", "Cause": "Oorzaak", "Owner": "Eigenaar", "Opened": "Geopend",
 "Last activity": "Laatste activiteit", "Open promises": "Open beloften", "Case id": "Zaak-id",
 "Could not write %1: %2": "Kan %1 niet schrijven: %2", "The export was stopped; nothing was written.": "De export is gestopt; er is niets geschreven.",
 "Cases": "Zaken", "The first %1 of %2 cases.": "De eerste %1 van %2 zaken.", "%1 cases.": "%1 zaken.",
}
NL["PdfExport"] = {"Could not write %1: %2": "Kan %1 niet schrijven: %2"}
NL["rd::CaseListView"].update({
 "Export &list…": "Lijst e&xporteren…",
 "The cases shown (all of them, with the filters and order of the list) as CSV or PDF": "De getoonde zaken (allemaal, met de filters en volgorde van de lijst) als CSV of PDF",
 "Cases": "Zaken", "Writing the case list…": "De zakenlijst schrijven…", "Stop": "Stoppen",
 "Export the case list": "De zakenlijst exporteren",
 "CSV for spreadsheets (*.csv);;PDF, first %1 rows (*.pdf)": "CSV voor spreadsheets (*.csv);;PDF, eerste %1 regels (*.pdf)",
 "Saved %1.": "%1 opgeslagen.",
})
NL["rd::ReviewDashboard"].update({"Export figures (&PDF)…": "Cijfers exporteren (&PDF)…", "PDF (*.pdf)": "PDF (*.pdf)", "Review figures": "Reviewcijfers"})
NL["rd::MainWindow"]["End the call first (Ctrl+E); this opens a dialog."] = "Rond eerst het gesprek af (Ctrl+E); dit opent een dialoogvenster."

# Nothing lost, nobody in: backups, damage, history seals, privacy.
for _ctx, _texts in {
"Backups": {
 "Could not create the backup folder %1. Check that you may write there.": "Kon de backupmap %1 niet maken. Controleer of je daar mag schrijven.",
 "The backup into %1 failed: %2": "De backup in %1 is mislukt: %2",
 "The backup could not be renamed to %1.": "De backup kon niet worden hernoemd naar %1.",
 "The backup cannot be restored: %1": "De backup kan niet worden teruggezet: %1",
 "The backup %1 is damaged; choose an older one.": "De backup %1 is beschadigd; kies een oudere.",
 "Could not copy the backup next to %1. Is the disk full?": "Kon de backup niet naast %1 kopiëren. Is de schijf vol?",
 "Could not move %1 aside; is it still open in another program?": "Kon %1 niet opzijzetten; is het nog open in een ander programma?",
 "Could not put the backup in place of %1; the previous file is kept as %2.": "Kon de backup niet in de plaats van %1 zetten; het vorige bestand is bewaard als %2.",
},
"BatchCommands": {
 "The database or archive to check.": "De database of het archief om te controleren.",
 "recoverydesk verify: name the database with --database FILE.": "recoverydesk verify: geef de database op met --database BESTAND.",
 "recoverydesk verify: %1": "recoverydesk verify: %1",
 "recoverydesk verify: the history was changed. First broken link: event %1 (case or customer %2): %3.": "recoverydesk verify: de geschiedenis is gewijzigd. Eerste gebroken schakel: gebeurtenis %1 (zaak of klant %2): %3.",
 "History intact: %1 events in %2 chains checked; %3 erased for privacy (links checked, data gone); %4 from before history was sealed.": "Geschiedenis intact: %1 gebeurtenissen in %2 ketens gecontroleerd; %3 gewist voor privacy (schakels gecontroleerd, gegevens weg); %4 van vóór het verzegelen van de geschiedenis.",
},
"Database": {
 "Could not create %1: %2. Check that you may write there.": "Kon %1 niet maken: %2. Controleer of je daar mag schrijven.",
 "Could not open %1 for writing: the file is read-only. Check its permissions, or open it read-only as a review archive.": "Kon %1 niet openen om te schrijven: het bestand is alleen-lezen. Controleer de rechten, of open het alleen-lezen als reviewarchief.",
},
"HistorySeal": {
 "the event before it in this case is missing": "de gebeurtenis ervoor in deze zaak ontbreekt",
 "this case's history has %n starting events instead of one": ["de geschiedenis van deze zaak heeft %n begingebeurtenis in plaats van één", "de geschiedenis van deze zaak heeft %n begingebeurtenissen in plaats van één"],
 "its data was changed after it was written": "de gegevens zijn gewijzigd nadat ze waren vastgelegd",
 "its time, author, kind or place in the history was changed after it was written": "de tijd, auteur, soort of plaats in de geschiedenis is gewijzigd nadat ze was vastgelegd",
 "two events claim the same place in the history": "twee gebeurtenissen claimen dezelfde plaats in de geschiedenis",
},
"Privacy": {
 "There is no such customer to erase.": "Deze klant bestaat niet en kan dus niet worden gewist.",
 "The retention period is a number of months from 0 (no limit) to %1.": "De bewaartermijn is een aantal maanden van 0 (geen limiet) tot %1.",
 "There is no such customer.": "Deze klant bestaat niet.",
 "The customer's data could not be read completely.": "De gegevens van de klant konden niet volledig worden gelezen.",
 "Could not write %1: %2": "Kon %1 niet schrijven: %2",
},
"Salvage": {
 "Could not move the damaged file %1 aside. Close other programs that use it and try again.": "Kon het beschadigde bestand %1 niet opzijzetten. Sluit andere programma's die het gebruiken en probeer het opnieuw.",
 "Nothing could be read from %1: %2": "Uit %1 kon niets worden gelezen: %2",
},
"TimelineText": {
 "An entry whose details were erased for privacy.": "Een regel waarvan de details voor privacy zijn gewist.",
 "The customer's personal data was erased (%1).": "De persoonsgegevens van de klant zijn gewist (%1).",
 "Personal data removed: the retention period had passed.": "Persoonsgegevens verwijderd: de bewaartermijn was verstreken.",
},
"rd::CallScreen": {
 "What you typed is kept and saved as soon as it can be.": "Wat je typte blijft staan en wordt opgeslagen zodra dat weer kan.",
 "Saved again: everything you typed is stored.": "Weer opgeslagen: alles wat je typte is bewaard.",
},
"rd::CustomerView": {
 "E&xport data…": "Gegevens e&xporteren…",
 "Everything held about this customer, as a JSON file (their right of access).": "Alles wat over deze klant is vastgelegd, als JSON-bestand (het recht op inzage).",
 "E&rase customer…": "Klant w&issen…",
 "Remove this customer's personal data from all cases and the history, on their request.": "Verwijder op verzoek van de klant diens persoonsgegevens uit alle zaken en uit de geschiedenis.",
 "Erase customer": "Klant wissen",
 "Erase all personal data of %1 from every case and from the history? This cannot be undone; the history keeps only that an erase was done, by you, now.\n\nReason (no personal data):": "Alle persoonsgegevens van %1 wissen uit elke zaak en uit de geschiedenis? Dit kan niet ongedaan worden gemaakt; de geschiedenis bewaart alleen dat er is gewist, door jou, nu.\n\nReden (zonder persoonsgegevens):",
 "Request of the customer": "Verzoek van de klant",
 "&Erase": "&Wissen",
 "The customer's personal data was erased.": "De persoonsgegevens van de klant zijn gewist.",
 "Export customer data": "Klantgegevens exporteren",
 "JSON files (*.json)": "JSON-bestanden (*.json)",
 "Exported the customer's data to %1.": "De gegevens van de klant zijn geëxporteerd naar %1.",
},
"rd::MainWindow": {
 "Data &retention…": "&Bewaartermijn…",
 "&Restore from backup…": "Backup &terugzetten…",
 "Data retention": "Bewaartermijn",
 "Months after closing that a case keeps the customer's personal data (0 = keep until erased on request). After that the case is anonymised; its figures stay.": "Aantal maanden na het sluiten dat een zaak de persoonsgegevens van de klant bewaart (0 = bewaren tot wissen op verzoek). Daarna wordt de zaak geanonimiseerd; de cijfers blijven.",
 "Retention set to %n month(s); %1 case(s) anonymised now.": ["Bewaartermijn ingesteld op %n maand; nu %1 zaak/zaken geanonimiseerd.", "Bewaartermijn ingesteld op %n maanden; nu %1 zaak/zaken geanonimiseerd."],
},
"rd::RestoreDialog": {
 "Restore from backup": "Backup terugzetten",
 "Choose the backup to go back to. Your current file is not deleted: it is kept beside it as \"%1.before-restore-…\".": "Kies de backup waarnaar je terug wilt. Je huidige bestand wordt niet verwijderd: het blijft ernaast bewaard als \"%1.before-restore-…\".",
 "Backups": "Backups",
 "Made": "Gemaakt",
 "Cases": "Zaken",
 "Size": "Grootte",
 "unreadable": "onleesbaar",
 "There are no backups in %1 yet. Recovery Desk makes one at start and every hour in which something changed.": "Er staan nog geen backups in %1. Recovery Desk maakt er een bij het starten en elk uur waarin iets is veranderd.",
 "&Restore this backup": "Deze backup &terugzetten",
},
"rd::Workstation": {
 "No backup could be made: %1": "Er kon geen backup worden gemaakt: %1",
 "The database file is damaged. Finish this call; Recovery Desk then helps you recover.": "Het databasebestand is beschadigd. Rond dit gesprek af; daarna helpt Recovery Desk je met herstellen.",
 "The database is damaged": "De database is beschadigd",
 "Recovery Desk found damage in %1 and will not go on writing to a damaged file.": "Recovery Desk vond schade in %1 en schrijft niet verder in een beschadigd bestand.",
 "The damaged file is kept aside, unchanged. Then you can go back to the newest backup, or save what can still be read into a fresh file.": "Het beschadigde bestand wordt ongewijzigd opzijgezet. Daarna kun je teruggaan naar de nieuwste backup, of wat nog leesbaar is opslaan in een nieuw bestand.",
 "The newest backup was made %1 and holds %n case(s).": ["De nieuwste backup is gemaakt op %1 en bevat %n zaak.", "De nieuwste backup is gemaakt op %1 en bevat %n zaken."],
 "&Restore the newest backup": "Nieuwste backup &terugzetten",
 "&Save what can be read": "&Opslaan wat leesbaar is",
 "&Quit": "&Afsluiten",
 "Recovery failed": "Herstellen mislukt",
 "There is no backup to restore.": "Er is geen backup om terug te zetten.",
 "Restored the backup made %1. The damaged file is kept as %2.": "De backup van %1 is teruggezet. Het beschadigde bestand is bewaard als %2.",
 "Saved %n case(s) into a fresh file; %1 record(s) could not be read. The damaged file is kept as %2.": ["%n zaak opgeslagen in een nieuw bestand; %1 regel(s) konden niet worden gelezen. Het beschadigde bestand is bewaard als %2.", "%n zaken opgeslagen in een nieuw bestand; %1 regel(s) konden niet worden gelezen. Het beschadigde bestand is bewaard als %2."],
 "Restored the backup %1. The file it replaced is kept beside it.": "Backup %1 is teruggezet. Het vervangen bestand is ernaast bewaard.",
 "The last changes could not be saved; nothing was changed.": "De laatste wijzigingen konden niet worden opgeslagen; er is niets veranderd.",
 "%1 could not be opened again: %2": "%1 kon niet opnieuw worden geopend: %2",
 "The database file was removed or replaced by another program, and no copy could be saved: %1 Do not close Recovery Desk; call support.": "Het databasebestand is door een ander programma verwijderd of vervangen, en er kon geen kopie worden opgeslagen: %1 Sluit Recovery Desk niet af; bel de helpdesk.",
 "The database file was deleted by another program. Everything was saved again to %1.": "Het databasebestand is door een ander programma verwijderd. Alles is opnieuw opgeslagen in %1.",
 "Part of the database file (its -wal file) was deleted by another program; everything was written back. A copy is kept as %1.": "Een deel van het databasebestand (het -wal-bestand) is door een ander programma verwijderd; alles is teruggeschreven. Een kopie is bewaard als %1.",
 "Another program put a different file in place of the database. Your cases were saved to %1 and Recovery Desk now works there; the other file is left untouched.": "Een ander programma heeft een ander bestand op de plaats van de database gezet. Je zaken zijn opgeslagen in %1 en Recovery Desk werkt nu daar; het andere bestand blijft onaangeroerd.",
 "Could not put the saved copy back at %1.": "Kon de opgeslagen kopie niet terugzetten op %1.",
},
}.items():
    NL.setdefault(_ctx, {}).update(_texts)

# Accessible names and descriptions.
for _ctx, _texts in {
"rd::ActPanel": {
 "What to record": "Wat je vastlegt",
 "The note, reason or new owner for this act. Enter confirms, Esc cancels.": "De notitie, reden of nieuwe eigenaar bij deze handeling. Enter bevestigt, Esc annuleert.",
},
"rd::CallScreen": {
 "Calls that were interrupted. Enter resumes one where it stopped.": "Gesprekken die werden onderbroken. Enter gaat verder waar het stopte.",
 "The steps of the method; the current one is selected. Enter jumps to a step.": "De stappen van de methode; de huidige is geselecteerd. Enter springt naar een stap.",
},
"rd::CaseListView": {
 "Status filter": "Filter op status",
 "Only cases with this status.": "Alleen zaken met deze status.",
 "Kind filter": "Filter op soort",
 "Only complaints, questions, compliments or suggestions.": "Alleen klachten, vragen, complimenten of suggesties.",
 "Cause filter": "Filter op oorzaak",
 "Only cases with this cause.": "Alleen zaken met deze oorzaak.",
 "Owner filter": "Filter op eigenaar",
 "Only the cases of one employee.": "Alleen de zaken van één medewerker.",
 "Period filter": "Filter op periode",
 "Only the cases opened in this period.": "Alleen de zaken die in deze periode zijn geopend.",
 "All cases that match the search and filters. Click a header to sort; Enter opens a case.": "Alle zaken die passen bij de zoekopdracht en de filters. Klik op een kop om te sorteren; Enter opent een zaak.",
 "Search results": "Zoekresultaten",
 "Cases that match the search, best first, with the matching words marked. Enter opens a case.": "Zaken die bij de zoekopdracht passen, de beste eerst, met de gevonden woorden gemarkeerd. Enter opent een zaak.",
},
"rd::CaseView": {
 "Case details": "Gegevens van de zaak",
 "What the customer told, expected and what was decided.": "Wat de klant vertelde en verwachtte, en wat er is besloten.",
 "Open promises and callbacks": "Openstaande beloften en terugbelnotities",
 "What is still to be done for this case. K kept, B broken, Enter acts on one.": "Wat er voor deze zaak nog moet gebeuren. K nagekomen, B niet nagekomen, Enter handelt er een af.",
 "Everything that happened in this case, oldest first, who and when.": "Alles wat er in deze zaak gebeurde, oudste eerst, wie en wanneer.",
 "Customer's words": "Woorden van de klant",
 "How the customer put it, in their own words (optional). Enter closes the case.": "Hoe de klant het zei, in eigen woorden (optioneel). Enter sluit de zaak.",
 "Improvement": "Verbetering",
 "What will change so this does not happen again. Enter saves, Esc cancels.": "Wat er verandert zodat dit niet opnieuw gebeurt. Enter bewaart, Esc annuleert.",
 "Improvement owner": "Eigenaar van de verbetering",
 "Who sees to the improvement.": "Wie voor de verbetering zorgt.",
},
"rd::CustomerCard": {
 "Customer": "Klant",
 "The caller's details, earlier cases and open promises.": "De gegevens van de beller, eerdere zaken en openstaande beloften.",
},
"rd::CustomerLookup": {
 "Customers whose name, phone number or e-mail match what you typed. Enter chooses one.": "Klanten van wie de naam, het telefoonnummer of het e-mailadres past bij wat je typte. Enter kiest er een.",
 "Name": "Naam",
 "The new customer's name, as they say it.": "De naam van de nieuwe klant, zoals die hem zegt.",
 "Phone": "Telefoon",
 "A number to call the customer back on, in any spacing.": "Een nummer om de klant op terug te bellen, met of zonder spaties.",
 "E-mail": "E-mail",
 "The customer's e-mail address (optional).": "Het e-mailadres van de klant (optioneel).",
 "Organisation": "Organisatie",
 "The customer's company or organisation (optional).": "Het bedrijf of de organisatie van de klant (optioneel).",
},
"rd::CustomerView": {
 "Name": "Naam",
 "The customer's name. Enter saves a correction.": "De naam van de klant. Enter bewaart een correctie.",
 "Phone": "Telefoon",
 "The customer's phone number. Enter saves a correction.": "Het telefoonnummer van de klant. Enter bewaart een correctie.",
 "E-mail": "E-mail",
 "The customer's e-mail address. Enter saves a correction.": "Het e-mailadres van de klant. Enter bewaart een correctie.",
 "Organisation": "Organisatie",
 "The customer's organisation. Enter saves a correction.": "De organisatie van de klant. Enter bewaart een correctie.",
 "Cases of this customer": "Zaken van deze klant",
 "All cases of this customer, newest first. Enter opens one.": "Alle zaken van deze klant, nieuwste eerst. Enter opent er een.",
},
"rd::DueTimeEdit": {
 "Quick picks": "Snelle keuzes",
 "Common due times; choose one or set the date and time yourself.": "Veelgebruikte tijdstippen; kies er een of stel zelf datum en tijd in.",
 "The exact due date and time.": "De precieze datum en tijd.",
},
"rd::IdentifyPage": {
 "Kind of call": "Soort gesprek",
 "Complaint, question, compliment or suggestion.": "Klacht, vraag, compliment of suggestie.",
 "Channel": "Kanaal",
 "How the customer contacted us.": "Hoe de klant contact met ons opnam.",
},
"rd::ReflectionView": {
 "Month": "Maand",
 "The month this reflection is about.": "De maand waar deze reflectie over gaat.",
 "Whose reflection": "Wiens reflectie",
 "Your own reflection, or a colleague's to read.": "Je eigen reflectie, of die van een collega om te lezen.",
 "Saved as you type. Tab goes to the next question.": "Wordt bewaard terwijl je typt. Tab gaat naar de volgende vraag.",
 "Linked cases": "Gekoppelde zaken",
 "Cases this reflection refers to. Enter opens one.": "Zaken waar deze reflectie naar verwijst. Enter opent er een.",
},
"rd::ReviewDashboard": {
 "Period": "Periode",
 "The period the figures cover.": "De periode waarover de cijfers gaan.",
 "Whose cases": "Wiens zaken",
 "The whole team, or one employee.": "Het hele team, of één medewerker.",
 "Figures": "Cijfers",
 "The main figures of the period in words.": "De belangrijkste cijfers van de periode in woorden.",
 "Figures by cause and outcome": "Cijfers per oorzaak en uitkomst",
 "Each figure with its count. Enter shows the cases behind it.": "Elk cijfer met het aantal. Enter toont de zaken erachter.",
 "Good examples": "Goede voorbeelden",
 "Calls that followed the method with a promise kept on time. Enter opens the case.": "Gesprekken volgens de methode, met een belofte die op tijd is nagekomen. Enter opent de zaak.",
 "Improvement items": "Verbeterpunten",
 "Process improvements made from cases. Space moves one to in progress and done.": "Procesverbeteringen die uit zaken voortkwamen. Spatie zet er een op bezig en klaar.",
},
"rd::WorkQueueView": {
 "Whose work": "Wiens werk",
 "Shows your own promises and callbacks, a colleague's, or the whole team's.": "Toont je eigen beloften en terugbelnotities, die van een collega of die van het hele team.",
 "Promises and callbacks, overdue first. K kept, N note, R reschedule, B broken, H hand over, C call now, Enter opens the case.": "Beloften en terugbelnotities, te laat eerst. K nagekomen, N notitie, R verzetten, B niet nagekomen, H overdragen, C nu bellen, Enter opent de zaak.",
},
}.items():
    NL.setdefault(_ctx, {}).update(_texts)

# Help, settings, due-time picks.
for _ctx, _texts in {
"DueTimeSuggestions": {
 "Today %1": "Vandaag %1",
 "Tomorrow %1": "Morgen %1",
 "%1 %2": "%1 %2",
},
"rd::HelpDialog": {
 "Recovery Desk help": "Hulp bij Recovery Desk",
 "&Keys": "&Toetsen",
 "How the &call guide works": "Zo werkt de &gespreksgids",
 "Anywhere": "Overal",
 "During a call": "Tijdens een gesprek",
 "Work queue and case": "Werklijst en zaak",
 "Case list": "Zakenlijst",
 "Ctrl+N": "Ctrl+N",
 "New call: the cursor goes to the customer search": "Nieuw gesprek: de cursor staat in het zoekveld voor de klant",
 "Ctrl+1 … Ctrl+7": "Ctrl+1 … Ctrl+7",
 "Work queue, call, cases, case, customer, review, reflection": "Werklijst, gesprek, zaken, zaak, klant, review, reflectie",
 "Ctrl+F": "Ctrl+F",
 "Search all cases as you type": "Alle zaken doorzoeken terwijl je typt",
 "F1, Ctrl+/": "F1, Ctrl+/",
 "This help": "Deze hulp",
 "Ctrl+Z": "Ctrl+Z",
 "Undo the last change you made here (itself recorded in the history)": "De laatste wijziging die je hier maakte ongedaan maken (ook dat komt in de geschiedenis)",
 "Ctrl+,": "Ctrl+,",
 "Settings": "Instellingen",
 "Enter (in the search)": "Enter (in het zoekveld)",
 "Pick the first match, or add a new customer with what you typed": "De eerste treffer kiezen, of een nieuwe klant toevoegen met wat je typte",
 "Ctrl+Enter, Alt+Right": "Ctrl+Enter, Alt+Rechts",
 "Step done, go to the next one": "Stap klaar, naar de volgende",
 "Alt+Left": "Alt+Links",
 "Back one step": "Eén stap terug",
 "Ctrl+Shift+Enter": "Ctrl+Shift+Enter",
 "Skip the step (recorded)": "De stap overslaan (wordt vastgelegd)",
 "Ctrl+L": "Ctrl+L",
 "The list of steps; Enter jumps to one": "De lijst met stappen; Enter springt naar een stap",
 "1 – 5": "1 – 5",
 "Pick an option: emotion, cause, decision, resolution": "Een keuze maken: emotie, oorzaak, besluit, afhandeling",
 "Ctrl+E": "Ctrl+E",
 "End the call (not while an unresolved case has no agreed next contact)": "Het gesprek beëindigen (niet zolang een onopgeloste zaak geen afgesproken volgend contact heeft)",
 "Enter": "Enter",
 "Open the case": "De zaak openen",
 "C": "C",
 "Call now: a short follow-up call that settles the item": "Nu bellen: een kort vervolggesprek dat het item afhandelt",
 "K": "K",
 "Kept, or callback done (with the result)": "Nagekomen, of teruggebeld (met het resultaat)",
 "N": "N",
 "Contacted without news yet: the next contact is agreed": "Contact gehad zonder nieuws: het volgende contact is afgesproken",
 "R": "R",
 "Reschedule (new time and reason; counts as late)": "Verzetten (nieuwe tijd en reden; telt als te laat)",
 "B": "B",
 "Broken (with the reason)": "Niet nagekomen (met de reden)",
 "A": "A",
 "Callback not answered: try again later": "Terugbellen niet beantwoord: later opnieuw proberen",
 "H": "H",
 "Hand over to a colleague": "Overdragen aan een collega",
 "Alt+L": "Alt+L",
 "Close the case (asks how the customer sees it now)": "De zaak sluiten (vraagt hoe de klant er nu tegenaan kijkt)",
 "Alt+U": "Alt+U",
 "Open the customer": "De klant openen",
 "Ctrl+F, then type": "Ctrl+F, dan typen",
 "Search names, phone numbers, e-mail and all case text": "Zoeken in namen, telefoonnummers, e-mail en alle tekst van zaken",
 "Esc (in the search)": "Esc (in het zoekveld)",
 "Back to the whole list": "Terug naar de hele lijst",
 "Keys": "Toetsen",
 "Every key, by where it works.": "Elke toets, naar waar hij werkt.",
 "Where": "Waar",
 "What they do": "Wat ze doen",
 "How the call guide works": "Zo werkt de gespreksgids",
 "The method behind the call screen, step by step.": "De methode achter het gespreksscherm, stap voor stap.",
 "<h2>How the call guide works</h2><p>An upset customer first wants to be heard, then understood, and then wants to know what happens next. The call screen leads you through that order, one step at a time. The left column lists the steps (✓ done, ↷ skipped, ○ open); the middle says what to do now and gives an example of what you could say; the right column shows who is calling, their earlier cases and open promises.</p><ol><li><b>Who is calling?</b> Find the customer or add them. A repeat complainant is flagged: say that you see it is not the first time.</li><li><b>Listen first.</b> Let the customer tell the whole story without interrupting; note it in their words.</li><li><b>Ask what they expected.</b> What would have been right for them, and what would they like now?</li><li><b>Acknowledge.</b> Say that you understand how this feels, without excuses.</li><li><b>Summarise and check.</b> Read the summary back; the customer confirms it or corrects it.</li><li><b>Our side, openly.</b> Explain what happened on our side, in plain words.</li><li><b>Own it.</b> Take responsibility as the company. Phrases that shift the blame are marked as you type, with a better way to say it.</li><li><b>Assess the cause.</b> Behaviour, process, product, or information.</li><li><b>Decide and say so.</b> Yes, no with an alternative, or a compromise, and why.</li><li><b>Make agreements.</b> If it cannot be settled now: what you will do, by when, and when you will contact the customer again, even without news. Never ask the customer to call back: make a callback note instead.</li><li><b>Close the call.</b> The agreements are read back in plain sentences; check how to reach the customer.</li></ol><p>Everything is saved as you type. You can go back, skip a step (it is recorded) or jump with Ctrl+L. A compliment takes a short path: listen, thank, pass it on.</p><p>Afterwards the work queue keeps every promise in sight until it is kept, and the customer is asked, when the case closes, whether the relationship came out stronger.</p>":
 "<h2>Zo werkt de gespreksgids</h2><p>Een boze klant wil eerst gehoord worden, dan begrepen, en daarna weten wat er gaat gebeuren. Het gespreksscherm leidt je in die volgorde door het gesprek, stap voor stap. De linkerkolom toont de stappen (✓ klaar, ↷ overgeslagen, ○ open); het midden zegt wat je nu doet en geeft een voorbeeld van wat je kunt zeggen; de rechterkolom toont wie er belt, met eerdere zaken en openstaande beloften.</p><ol><li><b>Wie belt er?</b> Zoek de klant op of voeg hem toe. Een herhaalde klager wordt gemarkeerd: zeg dat je ziet dat het niet de eerste keer is.</li><li><b>Eerst luisteren.</b> Laat de klant het hele verhaal vertellen zonder te onderbreken; noteer het in zijn woorden.</li><li><b>Vraag naar de verwachting.</b> Wat was voor de klant goed geweest, en wat wil hij nu?</li><li><b>Erkennen.</b> Zeg dat je begrijpt hoe dit voelt, zonder excuses te zoeken.</li><li><b>Samenvatten en checken.</b> Lees de samenvatting voor; de klant bevestigt of verbetert haar.</li><li><b>Onze kant, open.</b> Leg in gewone woorden uit wat er aan onze kant gebeurde.</li><li><b>Neem het op je.</b> Neem verantwoordelijkheid namens het bedrijf. Zinnen die de schuld verleggen worden gemarkeerd terwijl je typt, met een betere formulering.</li><li><b>Oorzaak bepalen.</b> Gedrag, proces, product of informatie.</li><li><b>Besluiten en het zeggen.</b> Ja, nee met een alternatief, of een compromis, en waarom.</li><li><b>Afspraken maken.</b> Kan het nu niet worden opgelost: wat je gaat doen, wanneer, en wanneer je de klant weer spreekt, ook zonder nieuws. Vraag de klant nooit zelf terug te bellen: maak een terugbelnotitie.</li><li><b>Gesprek afronden.</b> De afspraken worden in gewone zinnen voorgelezen; controleer hoe je de klant bereikt.</li></ol><p>Alles wordt bewaard terwijl je typt. Je kunt teruggaan, een stap overslaan (dat wordt vastgelegd) of springen met Ctrl+L. Een compliment volgt een kort pad: luisteren, bedanken, doorgeven.</p><p>Daarna houdt de werklijst elke belofte in beeld tot ze is nagekomen, en bij het sluiten van de zaak wordt de klant gevraagd of de relatie sterker is geworden.</p>",
},
"rd::MainWindow": {
 "&Settings…": "In&stellingen…",
 "&Keys": "&Sneltoetsen",
 "How the &call guide works": "Zo werkt de &gespreksgids",
 "The new database file is opened at the next start.": "Het nieuwe databasebestand wordt bij de volgende start geopend.",
 "<h3>Recovery Desk %1</h3><p>Guides you through a customer's complaint call: listen, understand, own it, and make agreements you keep.</p><p>Works fully offline. Your data stay in %2.</p><p>Free software under the MIT licence. Built with Qt %3 (LGPL 3) and SQLite (public domain).</p>":
 "<h3>Recovery Desk %1</h3><p>Leidt je door een klachtgesprek met een klant: luisteren, begrijpen, het op je nemen en afspraken maken die je nakomt.</p><p>Werkt volledig offline. Je gegevens blijven in %2.</p><p>Vrije software onder de MIT-licentie. Gemaakt met Qt %3 (LGPL 3) en SQLite (publiek domein).</p>",
},
"rd::ReminderService": {
 "Due within %n minute(s): %1": ["Binnen %n minuut aan de beurt: %1", "Binnen %n minuten aan de beurt: %1"],
},
"rd::SettingsDialog": {
 "Settings": "Instellingen",
 "You": "Jij",
 "Your name": "Je naam",
 "Written with everything you do, and the owner of the promises you make.": "Staat bij alles wat je doet, en is de eigenaar van de beloften die je maakt.",
 "Team": "Team",
 "The team you work in; it travels with the cases you export, so your team lead sees where they come from.": "Het team waarin je werkt; het gaat mee met de zaken die je exporteert, zodat je teamleider ziet waar ze vandaan komen.",
 "Language": "Taal",
 "The language of the program; it changes at once.": "De taal van het programma; die verandert meteen.",
 "Your &name:": "Je &naam:",
 "&Team:": "&Team:",
 "&Language:": "T&aal:",
 "Due-time picks": "Snelle keuzes voor tijdstippen",
 "Morning pick": "Ochtendkeuze",
 "The hour offered for the next working day's morning.": "Het uur dat wordt aangeboden voor de ochtend van de volgende werkdag.",
 "Afternoon pick": "Middagkeuze",
 "The hour offered for the next working day's afternoon.": "Het uur dat wordt aangeboden voor de middag van de volgende werkdag.",
 "End of the day pick": "Keuze voor het eind van de dag",
 "The hour offered for later today.": "Het uur dat wordt aangeboden voor later vandaag.",
 "Next working day, &morning:": "Volgende werkdag, &ochtend:",
 "Next working day, &afternoon:": "Volgende werkdag, &middag:",
 "Later toda&y:": "&Later vandaag:",
 "Reminders": "Herinneringen",
 "&Pop up from the tray when something falls due": "Melding in het &systeemvak als iets aan de beurt is",
 "Otherwise the status bar and the counts in the title say it.": "Anders melden de statusbalk en de aantallen in de titel het.",
 "Remind ahead": "Vooraf herinneren",
 "How many minutes before an item falls due it is announced.": "Hoeveel minuten voordat een item aan de beurt is het wordt gemeld.",
 " min": " min",
 "Remind a&head by:": "&Vooraf herinneren:",
 "Storage": "Opslag",
 "Database file": "Databasebestand",
 "The file Recovery Desk opens at start. Empty: the default in your data folder.": "Het bestand dat Recovery Desk bij het starten opent. Leeg: het standaardbestand in je gegevensmap.",
 "Browse…": "Bladeren…",
 "Recovery Desk databases (*.sqlite)": "Recovery Desk-databases (*.sqlite)",
 "\"backups\" beside the database": "\"backups\" naast de database",
 "Backup folder": "Backupmap",
 "Where the hourly backups go. Empty: a \"backups\" folder beside the database.": "Waar de backups van elk uur komen. Leeg: een map \"backups\" naast de database.",
 "&Database file:": "&Databasebestand:",
 "&Backup folder:": "&Backupmap:",
 "A new database file is opened at the next start.": "Een nieuw databasebestand wordt bij de volgende start geopend.",
 "Your name is needed: it is written with everything you do.": "Je naam is nodig: die staat bij alles wat je doet.",
 "Welcome to Recovery Desk": "Welkom bij Recovery Desk",
 "What is your name? It is written with everything you do, and you can change it later in Settings (Ctrl+,).": "Wat is je naam? Die staat bij alles wat je doet; je kunt hem later wijzigen bij Instellingen (Ctrl+,).",
},
}.items():
    NL.setdefault(_ctx, {}).update(_texts)

# Undo.
for _ctx, _texts in {
"CallbackStore": {
 "This callback note does not exist (any more).": "Deze terugbelnotitie bestaat niet (meer).",
 "This callback is already open.": "Deze terugbelnotitie staat al open.",
 "The case is closed; its callbacks stay as they are.": "De zaak is gesloten; de terugbelnotities blijven zoals ze zijn.",
},
"PromiseStore": {
 "This promise does not exist (any more).": "Deze belofte bestaat niet (meer).",
 "This promise is already open.": "Deze belofte staat al open.",
 "The case is closed; its promises stay as they are.": "De zaak is gesloten; de beloften blijven zoals ze zijn.",
},
"CustomerEditCommand": {"correct the details of %1": "gegevens van %1 corrigeren"},
"QueueActCommand": {
 "mark kept: %1": "als nagekomen markeren: %1",
 "mark broken: %1": "als niet nagekomen markeren: %1",
 "callback done: %1": "teruggebeld: %1",
 "hand over to %1": "overdragen aan %1",
},
"TimelineText": {
 "Undone: the promise \"%1\" is open again.": "Ongedaan gemaakt: de belofte \"%1\" staat weer open.",
 "Undone: the callback is open again.": "Ongedaan gemaakt: de terugbelnotitie staat weer open.",
},
"rd::MainWindow": {"&Edit": "Be&werken", "&Undo": "&Ongedaan maken", "&Redo": "Opnie&uw"},
}.items():
    NL.setdefault(_ctx, {}).update(_texts)
NL["rd::MainWindow"].update({
 "%1, %2": "%1, %2",
 "%1 (from %2): %3 new cases, %4 updated, %5 new events.": "%1 (van %2): %3 nieuwe zaken, %4 bijgewerkt, %5 nieuwe gebeurtenissen.",
})
NL["Backups"]["Not enough free space for a backup in %1: it needs about %2 MB and leaves room for the database; %3 MB are free. Free some space or choose another backup folder in Settings."] = "Niet genoeg vrije ruimte voor een backup in %1: daarvoor is ongeveer %2 MB nodig, met ruimte over voor de database; er is %3 MB vrij. Maak ruimte vrij of kies bij Instellingen een andere backupmap."

# The damage dialog has its own class now: its texts moved with it.
NL["DamageDialog"] = {k: NL["rd::Workstation"][k] for k in ['The database is damaged', 'Recovery Desk found damage in %1 and will not go on writing to a damaged file.', 'The damaged file is kept aside, unchanged. Then you can go back to the newest backup, or save what can still be read into a fresh file.', 'The newest backup was made %1 and holds %n case(s).', '&Restore the newest backup', '&Save what can be read', '&Quit']}
NL["rd::Workstation"]["Recovery Desk must stop"] = "Recovery Desk moet stoppen"

# The team database on PostgreSQL.
for _ctx, _texts in {
"BatchCommands": {
 "The database to move from (a file, or a postgresql:// address).": "De database waaruit verhuisd wordt (een bestand, of een postgresql://-adres).",
 "The empty database to move into (a file, or a postgresql:// address).": "De lege database waarheen verhuisd wordt (een bestand, of een postgresql://-adres).",
 "recoverydesk migrate: name both databases: --from SOURCE --to TARGET.": "recoverydesk migrate: noem beide databases: --from BRON --to DOEL.",
 "recoverydesk migrate: %1": "recoverydesk migrate: %1",
 "recoverydesk migrate: the copy's history does not check: %1": "recoverydesk migrate: de geschiedenis van de kopie klopt niet: %1",
 "Moved %1 cases (%2 history events, %3 rows in all) from %4 to %5 in %6 s; the history checks.": "%1 zaken verhuisd (%2 gebeurtenissen in de geschiedenis, %3 rijen in totaal) van %4 naar %5 in %6 s; de geschiedenis klopt.",
},
"Database": {
 "The server address %1 is not complete. Write it as postgresql://user@server:5432/database.": "Het serveradres %1 is niet volledig. Schrijf het als postgresql://gebruiker@server:5432/database.",
 "The PostgreSQL driver for Qt is missing (package libqt6sql6-psql). Install it and start again.": "Het PostgreSQL-stuurprogramma voor Qt ontbreekt (pakket libqt6sql6-psql). Installeer het en start opnieuw.",
 "connect to the team database": "verbinding maken met de teamdatabase",
 "The database %1 holds tables of another program. Give Recovery Desk a database of its own.": "De database %1 bevat tabellen van een ander programma. Geef Recovery Desk een eigen database.",
 "The team database %1 is still empty: open it once normally first.": "De teamdatabase %1 is nog leeg: open hem eerst één keer gewoon.",
 "The team database %1 was set up by a newer version of Recovery Desk (data format %2; this version reads up to %3). Install the newer version on this PC.": "De teamdatabase %1 is ingericht door een nieuwere versie van Recovery Desk (gegevensformaat %2; deze versie leest tot en met %3). Installeer de nieuwere versie op deze pc.",
 "Could not %1: the team database at %2 cannot be reached (%3). Check the network connection; nothing typed here is lost, and saving is tried again.": "Kon niet %1: de teamdatabase op %2 is niet bereikbaar (%3). Controleer de netwerkverbinding; wat hier is getypt gaat niet verloren, en opslaan wordt opnieuw geprobeerd.",
 "Could not save to %1: it was opened for reading only.": "Kon niet opslaan in %1: de database is alleen-lezen geopend.",
},
"DatabaseCopy": {
 "%1 already holds %n case(s). Move into an empty database, or merge with export and import.": ["%1 bevat al %n zaak. Verhuis naar een lege database, of voeg samen met exporteren en importeren.", "%1 bevat al %n zaken. Verhuis naar een lege database, of voeg samen met exporteren en importeren."],
},
"rd::MainWindow": {
 "A team database is backed up and restored on its server (pg_dump).": "Van een teamdatabase worden backups gemaakt en teruggezet op de server zelf (pg_dump).",
},
"rd::SettingsDialog": {
 "Database": "Database",
 "The file Recovery Desk opens at start, or the team database on a server as postgresql://user@server:5432/name (the password goes in PGPASSWORD or the .pgpass file, not here). Empty: the default file in your data folder.": "Het bestand dat Recovery Desk bij de start opent, of de teamdatabase op een server als postgresql://gebruiker@server:5432/naam (het wachtwoord hoort in PGPASSWORD of het bestand .pgpass, niet hier). Leeg: het standaardbestand in je gegevensmap.",
 "&Database (file or team server):": "&Database (bestand of teamserver):",
 "Another database is opened at the next start.": "Een andere database wordt bij de volgende start geopend.",
},
}.items():
    NL.setdefault(_ctx, {}).update(_texts)
NL.setdefault("Bundle", {})["Bundles cannot be imported into a team database yet. Import them into a review archive (a file) instead."] = "Bundels kunnen nog niet in een teamdatabase worden geïmporteerd. Importeer ze in plaats daarvan in een reviewarchief (een bestand)."
NL.setdefault("Privacy", {})["The retention period works on a database file only, not yet on a team database."] = "De bewaartermijn werkt alleen bij een databasebestand, nog niet bij een teamdatabase."
for _ctx, _texts in {
"rd::ConnectionBanner": {
 "Team database connection": "Verbinding met de teamdatabase",
 "The team database at %1 cannot be reached. Keep working: nothing you type is lost, it is saved as soon as the connection is back. Trying again every few seconds…": "De teamdatabase op %1 is niet bereikbaar. Werk gewoon door: niets van wat je typt gaat verloren, het wordt opgeslagen zodra de verbinding terug is. Elke paar seconden wordt het opnieuw geprobeerd…",
 "Connected to the team database again. What you typed meanwhile is being saved.": "Weer verbonden met de teamdatabase. Wat je intussen typte, wordt nu opgeslagen.",
},
"Database": {
 "The team database %1 must first be upgraded to this version's data format (%2; it has %3). Open it once normally.": "De teamdatabase %1 moet eerst worden bijgewerkt naar het gegevensformaat van deze versie (%2; hij heeft %3). Open hem eerst één keer gewoon.",
},
}.items():
    NL.setdefault(_ctx, {}).update(_texts)
NL.setdefault("Schema", {})["%1 is in data format %2, which this version cannot bring up to format %3. Install the version that matches it, or ask for help."] = "%1 heeft gegevensformaat %2, dat deze versie niet naar formaat %3 kan brengen. Installeer de versie die erbij past, of vraag om hulp."
for _ctx, _texts in {
"BundleCheck": {
 "The bundle %1 does not exist.": "De bundel %1 bestaat niet.",
 "%1 is not a file; choose a case bundle (.rdbundle).": "%1 is geen bestand; kies een zakenbundel (.rdbundle).",
 "%1 is too large to be a case bundle (%2 MiB).": "%1 is te groot voor een zakenbundel (%2 MiB).",
 "Could not make a temporary folder to check the bundle in.": "Kon geen tijdelijke map maken om de bundel in te controleren.",
 "Could not read %1: %2": "Kon %1 niet lezen: %2",
 "Could not copy %1 to check it: %2": "Kon %1 niet kopiëren om te controleren: %2",
 "%1 is too large to be a case bundle.": "%1 is te groot voor een zakenbundel.",
 "%1 is not a Recovery Desk case bundle (not a SQLite file).": "%1 is geen zakenbundel van Recovery Desk (geen SQLite-bestand).",
 "%1 was refused: %2. Nothing was imported.": "%1 is geweigerd: %2. Er is niets geïmporteerd.",
 "it is damaged (%1)": "het bestand is beschadigd (%1)",
 "its contents cannot be read (%1)": "de inhoud is niet te lezen (%1)",
 "it holds a %1 \"%2\", which a case bundle never has": "het bevat een %1 \"%2\", wat een zakenbundel nooit heeft",
 "it lacks the table %1": "de tabel %1 ontbreekt",
 "its table %1 cannot be read": "de tabel %1 is niet te lezen",
 "its table %1 has a hidden or computed column %2": "de tabel %1 heeft een verborgen of berekende kolom %2",
 "the column %1.%2 has the type \"%3\"": "de kolom %1.%2 heeft het type \"%3\"",
 "its table %1 does not have the columns of data format %2": "de tabel %1 heeft niet de kolommen van gegevensformaat %2",
 "it holds two reflections for %1": "het bevat twee reflecties voor %1",
 "the record %1 appears twice in %2": "het record %1 staat twee keer in %2",
 "the record %1 in %2 holds a value of the wrong type": "het record %1 in %2 bevat een waarde van het verkeerde type",
 "the record %1 in %2 breaks a rule (%3)": "het record %1 in %2 houdt zich niet aan een regel (%3)",
 "its table %1 cannot be read to the end (%2)": "de tabel %1 is niet tot het einde te lezen (%2)",
 "its copy of history event %1 differs from the archive's": "de kopie van geschiedenisgebeurtenis %1 wijkt af van die in het archief",
 "history event %1 claims to be erased but holds data": "geschiedenisgebeurtenis %1 heet gewist, maar bevat gegevens",
 "history event %1 carries no seal": "geschiedenisgebeurtenis %1 heeft geen zegel",
 "its history does not hold at event %1: %2": "de geschiedenis klopt niet bij gebeurtenis %1: %2",
 "it carries the erasure %1 without the erased record": "het bevat de wissing %1 zonder het gewiste record",
},
"CustomerStore": {
 "%1 is too long (%2 characters; at most %3).": "%1 is te lang (%2 tekens; hoogstens %3).",
 "%1 \"%2\" may hold only digits, spaces and + ( ) - . /": "%1 \"%2\" mag alleen cijfers, spaties en + ( ) - . / bevatten",
},
"HistorySeal": {
 "read the history": "de geschiedenis lezen",
},
"RowRules": {
 "%1: %2": "%1: %2",
 "empty where a value is required": "leeg waar een waarde verplicht is",
 "not a whole number": "geen geheel getal",
 "a time before 2000 or more than a day ahead": "een tijdstip vóór 2000 of meer dan een dag vooruit",
 "a time before 2000 or after 2200": "een tijdstip vóór 2000 of na 2200",
 "%1 is outside %2 to %3": "%1 ligt buiten %2 tot %3",
 "not text": "geen tekst",
 "not a record id": "geen record-id",
 "\"%1\" is not one of %2": "\"%1\" is niet een van %2",
 "not a month (YYYY-MM)": "geen maand (JJJJ-MM)",
 "more than 64 KiB": "meer dan 64 KiB",
 "not valid JSON (%1)": "geen geldige JSON (%1)",
 "not a JSON object": "geen JSON-object",
 "not a JSON list": "geen JSON-lijst",
 "not part of a history seal": "geen deel van een geschiedeniszegel",
},
}.items():
    NL.setdefault(_ctx, {}).update(_texts)
NL.setdefault("Bundle", {}).update({
 "The bundle's sender": "De afzender van de bundel",
 "%1 has a damaged manifest: %2": "%1 heeft een beschadigd voorblad: %2",
 "%1 has a damaged manifest: its export time is impossible.": "%1 heeft een beschadigd voorblad: het exporttijdstip is onmogelijk.",
})
for _ctx, _texts in {
"BatchCommands": {
 "recoverydesk report: the data of history event %1 is damaged; it was left out of the figures.": "recoverydesk report: de gegevens van geschiedenisgebeurtenis %1 zijn beschadigd; die is buiten de cijfers gelaten.",
},
"Database": {
 "read data": "gegevens lezen",
 "The server address %1 holds a password. Leave it out of the address: put it in the file .pgpass in your home folder (%APPDATA%\\postgresql\\pgpass.conf on Windows) or in the environment variable PGPASSWORD.": "Het serveradres %1 bevat een wachtwoord. Laat het uit het adres: zet het in het bestand .pgpass in je thuismap (%APPDATA%\\postgresql\\pgpass.conf op Windows) of in de omgevingsvariabele PGPASSWORD.",
 "The server address %1 has the setting \"%2\", which Recovery Desk does not pass on. Known settings: %3.": "Het serveradres %1 heeft de instelling \"%2\", die Recovery Desk niet doorgeeft. Bekende instellingen: %3.",
},
"DatabaseCopy": {
 "read %1": "%1 lezen",
},
"ExportFile": {
 "No file was named to write to.": "Er is geen bestand genoemd om naar te schrijven.",
 "Did not write %1: it is a symbolic link to another file. Choose a plain file name.": "%1 niet geschreven: het is een symbolische koppeling naar een ander bestand. Kies een gewone bestandsnaam.",
 "Did not write %1: it is a folder. Choose a file name.": "%1 niet geschreven: het is een map. Kies een bestandsnaam.",
 "Did not write %1: it is the open database itself, which this would overwrite. Choose another file name.": "%1 niet geschreven: het is de geopende database zelf, die hiermee overschreven zou worden. Kies een andere bestandsnaam.",
 "Could not write %1: %2": "Kon %1 niet schrijven: %2",
},
"Privacy": {
 "read the customer's data": "de gegevens van de klant lezen",
 "The customer's data could not be read completely: %1": "De gegevens van de klant konden niet volledig worden gelezen: %1",
},
"PromiseFigures": {
 "count the promises": "de beloften tellen",
 "count the callbacks": "de terugbelnotities tellen",
},
}.items():
    NL.setdefault(_ctx, {}).update(_texts)
NL.setdefault("ExportFile", {})["Did not write %1: it is not a plain file (a device or a pipe). Choose a file name."] = "%1 niet geschreven: het is geen gewoon bestand (een apparaat of een pijp). Kies een bestandsnaam."
NL.setdefault("Database", {})["Could not open %1: it is not a plain file (a device or a pipe). Name a database file instead."] = "Kon %1 niet openen: het is geen gewoon bestand (een apparaat of een pijp). Geef in plaats daarvan een databasebestand op."
for _ctx, _texts in {
"BundleCheck": {
 "it is damaged or truncated": "het bestand is beschadigd of afgekapt",
 "its table %1 is not defined as a bundle's table is": "de tabel %1 is niet gedefinieerd zoals die van een bundel",
 "history event %1 belongs to no case and no customer": "geschiedenisgebeurtenis %1 hoort bij geen zaak en geen klant",
 "the link %1 between a case and an improvement is there twice": "de koppeling %1 tussen een zaak en een verbetering staat er twee keer in",
 "it carries the erasure %1 of a record that its sender did not create": "het bevat de wissing %1 van een record dat de afzender niet heeft aangemaakt",
},
"HistorySeal": {
 "it carries no seal, though its case's history was sealed before it": "ze heeft geen zegel, terwijl de geschiedenis van haar zaak daarvoor al verzegeld was",
 "it carries no seal, though its customer's history was sealed before it": "ze heeft geen zegel, terwijl de geschiedenis van haar klant daarvoor al verzegeld was",
 "its data reads as erased, but no erasure of its case or customer was recorded": "haar gegevens lijken gewist, maar er is geen wissing van haar zaak of klant vastgelegd",
},
"RowRules": {
 "a time before 2000 or later than the bundle was made": "een tijdstip vóór 2000 of later dan de bundel is gemaakt",
},
}.items():
    NL.setdefault(_ctx, {}).update(_texts)
NL.setdefault("BatchCommands", {})["recoverydesk %1: %2 is damaged (%3). Restore it from a backup, or open it in Recovery Desk to save what can still be read."] = "recoverydesk %1: %2 is beschadigd (%3). Zet een backup terug, of open het in Recovery Desk om te bewaren wat nog te lezen is."
NL.setdefault("Bundle", {})["%1 could not be read as a case bundle: it is damaged or not a SQLite file."] = "%1 kon niet als zakenbundel worden gelezen: het is beschadigd of geen SQLite-bestand."
NL.setdefault("Bundle", {})["Did not write %1: a file that is not a case bundle is there. Choose another name; a bundle replaces only an earlier bundle."] = "%1 niet geschreven: daar staat een bestand dat geen zakenbundel is. Kies een andere naam; een bundel vervangt alleen een eerdere bundel."
for _ctx, _texts in {
    "BatchCommands": {
        "recoverydesk verify: the history was changed: %1.": "recoverydesk verify: de geschiedenis is gewijzigd: %1.",
    },
    "HistorySeal": {
        "read the history's chains": "de ketens van de geschiedenis lezen",
        "customer %1": "klant %1",
        "case %1": "zaak %1",
        "the history of %1 from workstation %2 has %3 of the %4 events written to it: the newest were removed":
            "de geschiedenis van %1 van werkplek %2 heeft %3 van de %4 gebeurtenissen die erin geschreven zijn: de nieuwste zijn verwijderd",
        "the history of %1 from workstation %2 has %3 events, but only %4 were written to it":
            "de geschiedenis van %1 van werkplek %2 heeft %3 gebeurtenissen, maar er zijn er maar %4 in geschreven",
    },
}.items():
    NL.setdefault(_ctx, {}).update(_texts)
for _ctx, _texts in {
    "TextRules": {
        "%1 contains an invisible character that changes the direction of the text (code U+%2). Remove it and try again.":
            "%1 bevat een onzichtbaar teken dat de richting van de tekst verandert (code U+%2). Haal het weg en probeer het opnieuw.",
    },
}.items():
    NL.setdefault(_ctx, {}).update(_texts)
for _ctx, _texts in {
    "Bundle": {
        "Did not write %1: the history of %2 does not hold as many events as were written to it. Run recoverydesk verify on the database, or restore it from a backup.":
            "%1 niet geschreven: de geschiedenis van %2 bevat niet zoveel gebeurtenissen als erin geschreven zijn. Voer recoverydesk verify uit op de database, of zet een backup terug.",
        "%1 was made by a newer version of Recovery Desk (data format %2; this version reads bundles up to format %3). Update Recovery Desk to import it.":
            "%1 is gemaakt door een nieuwere versie van Recovery Desk (gegevensformaat %2; deze versie leest bundels tot en met formaat %3). Werk Recovery Desk bij om hem te importeren.",
    },
}.items():
    NL.setdefault(_ctx, {}).update(_texts)
for _ctx, _texts in {
    "BatchCommands": {
        "Trust the workstations of these bundles that the archive does not know yet (a scripted first import; check their fingerprints).":
            "Vertrouw de werkplekken van deze bundels die het archief nog niet kent (een eerste import in een script; controleer hun vingerafdrukken).",
        "Trusted the workstation \"%1\" with the key %2.": "Werkplek \"%1\" met de sleutel %2 wordt vertrouwd.",
        "The archive or team database.": "Het archief of de teamdatabase.",
        "Trust the workstation that signed this bundle.": "Vertrouw de werkplek die deze bundel ondertekende.",
        "Revoke the workstation key with this fingerprint.": "Trek de werkplekssleutel met deze vingerafdruk in.",
        "List the workstations the archive knows.": "Toon de werkplekken die het archief kent.",
        "recoverydesk trust: use --database FILE with one of --bundle BUNDLE, --revoke FINGERPRINT or --list.":
            "recoverydesk trust: gebruik --database BESTAND met één van --bundle BUNDEL, --revoke VINGERAFDRUK of --list.",
        "recoverydesk trust: %1 does not exist.": "recoverydesk trust: %1 bestaat niet.",
        "recoverydesk trust: %1": "recoverydesk trust: %1",
        "%1\t%2\ttrusted by %3 on %4%5": "%1\t%2\tvertrouwd door %3 op %4%5",
        ", revoked by %1 on %2": ", ingetrokken door %1 op %2",
        "Revoked the key %1 of \"%2\": its bundles are refused from now on.":
            "De sleutel %1 van \"%2\" is ingetrokken: zijn bundels worden vanaf nu geweigerd.",
        "recoverydesk trust: no workstation here has the key %1 (see --list).":
            "recoverydesk trust: geen werkplek hier heeft de sleutel %1 (zie --list).",
    },
    "Bundle": {
        "Did not write %1: %2": "%1 niet geschreven: %2",
        "%1 carries no signature: it was made by an older version of Recovery Desk. Export it again with this version.":
            "%1 heeft geen handtekening: hij is gemaakt door een oudere versie van Recovery Desk. Exporteer hem opnieuw met deze versie.",
        "%1 was refused: its signature does not hold, so it was changed after \"%2\" signed it. Nothing was imported.":
            "%1 is geweigerd: de handtekening klopt niet, dus hij is veranderd nadat \"%2\" hem ondertekende. Er is niets geïmporteerd.",
        "%1 was refused: %2. Nothing was imported.": "%1 is geweigerd: %2. Er is niets geïmporteerd.",
    },
    "WorkstationKey": {
        "The cryptography library could not be started.": "De cryptografiebibliotheek kon niet worden gestart.",
        "The workstation's key could not be made.": "De sleutel van de werkplek kon niet worden gemaakt.",
        "The workstation key %1 is not a plain file. Move it away and start again.":
            "De werkplekssleutel %1 is geen gewoon bestand. Zet hem ergens anders neer en start opnieuw.",
        "Could not read the workstation key %1: %2": "Kon de werkplekssleutel %1 niet lezen: %2",
        "The workstation key %1 is damaged. Restore it from a backup; a new key makes this PC a new workstation that the team lead must trust again.":
            "De werkplekssleutel %1 is beschadigd. Zet hem terug uit een backup; met een nieuwe sleutel wordt deze pc een nieuwe werkplek die de teamleider opnieuw moet vertrouwen.",
        "Could not make the folder %1 for the workstation key.": "Kon de map %1 voor de werkplekssleutel niet maken.",
    },
    "WorkstationTrust": {
        "That is not a workstation's public key.": "Dat is geen openbare sleutel van een werkplek.",
        "The workstation's name": "De naam van de werkplek",
        "No trusted workstation has the key %1.": "Geen vertrouwde werkplek heeft de sleutel %1.",
        "it comes from the workstation \"%1\" (key %2), which this archive does not know yet. Check the key with that PC's Settings, then trust it":
            "hij komt van werkplek \"%1\" (sleutel %2), die dit archief nog niet kent. Vergelijk de sleutel met de Instellingen van die pc en vertrouw hem dan",
        "it is signed with the key %1 of \"%2\", which was revoked here":
            "hij is ondertekend met de sleutel %1 van \"%2\", die hier is ingetrokken",
        "the workstation \"%1\" is known here with another key; this bundle is signed with %2. If that PC was replaced or reinstalled, revoke its old key and trust the new one":
            "werkplek \"%1\" is hier bekend met een andere sleutel; deze bundel is ondertekend met %2. Is die pc vervangen of opnieuw geïnstalleerd, trek dan de oude sleutel in en vertrouw de nieuwe",
    },
    "rd::MainWindow": {
        "&Trusted workstations…": "Vertrouwde &werkplekken…",
    },
    "rd::SettingsDialog": {
        "This workstation": "Deze werkplek",
        "Key fingerprint": "Vingerafdruk van de sleutel",
        "The fingerprint of the key this workstation signs its bundles with. A team lead compares it before trusting bundles from this PC.":
            "De vingerafdruk van de sleutel waarmee deze werkplek zijn bundels ondertekent. Een teamleider vergelijkt hem voordat hij bundels van deze pc vertrouwt.",
        "Name:": "Naam:",
        "Key fingerprint:": "Vingerafdruk van de sleutel:",
    },
    "rd::Workstation": {
        "This workstation has no signing key: %1": "Deze werkplek heeft geen sleutel om te ondertekenen: %1",
    },
    "rd::WorkstationsDialog": {
        "Trusted workstations": "Vertrouwde werkplekken",
        "Bundles are imported only from these workstations. A new PC is added when its first bundle is imported and you trust it, after comparing its key fingerprint with the one in that PC's Settings. Revoke a key when a PC is lost, replaced or reinstalled.":
            "Bundels worden alleen van deze werkplekken geïmporteerd. Een nieuwe pc komt erbij wanneer zijn eerste bundel wordt geïmporteerd en je hem vertrouwt, nadat je de vingerafdruk van zijn sleutel hebt vergeleken met die in de Instellingen van die pc. Trek een sleutel in als een pc kwijt is, vervangen of opnieuw geïnstalleerd.",
        "Workstation": "Werkplek",
        "Key fingerprint": "Vingerafdruk van de sleutel",
        "Trusted by": "Vertrouwd door",
        "Since": "Sinds",
        "State": "Status",
        "&Revoke key…": "Sleutel &intrekken…",
        "revoked by %1, %2": "ingetrokken door %1, %2",
        "trusted": "vertrouwd",
        "No workstation yet: import a bundle to add its PC.": "Nog geen werkplek: importeer een bundel om zijn pc toe te voegen.",
        "Revoke key": "Sleutel intrekken",
        "Revoke the key %1 of \"%2\"? Its bundles are refused from then on; what was imported from it stays. A revoked key cannot be trusted again: a PC that is still in use needs a new key.":
            "De sleutel %1 van \"%2\" intrekken? Zijn bundels worden vanaf dan geweigerd; wat ervan geïmporteerd is, blijft. Een ingetrokken sleutel kan niet opnieuw worden vertrouwd: een pc die nog in gebruik is, heeft een nieuwe sleutel nodig.",
        "&Revoke": "&Intrekken",
        "Trust this workstation?": "Deze werkplek vertrouwen?",
        "%1 comes from the workstation \"%2\" (exported by %3), which this archive does not know yet.\n\nIts key fingerprint:\n%4\n\nCompare it with the fingerprint in Settings on that PC, or have its user read it out to you, before you trust it. From then on its bundles are imported without asking.":
            "%1 komt van werkplek \"%2\" (geëxporteerd door %3), die dit archief nog niet kent.\n\nDe vingerafdruk van de sleutel:\n%4\n\nVergelijk hem met de vingerafdruk in de Instellingen op die pc, of laat de gebruiker hem voorlezen, voordat je hem vertrouwt. Daarna worden zijn bundels zonder vragen geïmporteerd.",
        "&Trust and import": "&Vertrouwen en importeren",
        "&Skip this bundle": "Deze bundel &overslaan",
    },
}.items():
    NL.setdefault(_ctx, {}).update(_texts)

for _ctx, _texts in {
    "BatchCommands": {
        "recoverydesk verify: the history differs from what was signed: %1.":
            "recoverydesk verify: de geschiedenis wijkt af van wat ondertekend is: %1.",
        "recoverydesk verify: the history differs from what was signed at event %1: %2.":
            "recoverydesk verify: de geschiedenis wijkt af van wat ondertekend is bij gebeurtenis %1: %2.",
        "Signed: %1 events are covered by the signatures of %n workstation(s).":
            ["Ondertekend: %1 gebeurtenissen vallen onder de handtekening van %n werkplek.",
             "Ondertekend: %1 gebeurtenissen vallen onder de handtekeningen van %n werkplekken."],
        "cases opened from %1 to %2": "zaken geopend van %1 tot en met %2",
        "cases opened from %1 up to each export": "zaken geopend vanaf %1 tot elke export",
        "cases opened up to %1": "zaken geopend tot en met %1",
        "all cases up to each export": "alle zaken tot elke export",
        "%1 (%2): %n bundle(s) exported %3 to %4, %5":
            ["%1 (%2): %n bundel geëxporteerd %3 tot %4, %5", "%1 (%2): %n bundels geëxporteerd %3 tot %4, %5"],
        "(revoked %1: what it sent before stays)": "(ingetrokken %1: wat eerder is gestuurd, blijft)",
        "Written in this database itself, which no bundle signs: %1 events.":
            "Geschreven in deze database zelf, wat geen bundel ondertekent: %1 gebeurtenissen.",
        "recoverydesk verify: %1 events of other workstations are covered by no signature: imported before bundles were signed, or slipped in since. The first is event %2.":
            "recoverydesk verify: %1 gebeurtenissen van andere werkplekken vallen onder geen enkele handtekening: geïmporteerd voordat bundels werden ondertekend, of sindsdien ertussen geschoven. De eerste is gebeurtenis %2.",
    },
    "Bundle": {
        "Did not write %1: %2. Run recoverydesk verify on the database.":
            "%1 is niet geschreven: %2. Voer recoverydesk verify uit op de database.",
        "%1 has a damaged manifest: its period is not a time.": "%1 heeft een beschadigd manifest: de periode is geen tijdstip.",
        "%1 was refused: the history it carries is not the history its manifest signs. Nothing was imported.":
            "%1 is geweigerd: de geschiedenis erin is niet de geschiedenis die het manifest ondertekent. Er is niets geïmporteerd.",
    },
    "SignedHistory": {
        "read the history": "de geschiedenis lezen",
        "the history of %1 from workstation %2 does not run from one first event to one newest":
            "de geschiedenis van %1 van werkplek %2 loopt niet van één eerste gebeurtenis naar één nieuwste",
        "%1 was refused: %2. Nothing was imported.": "%1 is geweigerd: %2. Er is niets geïmporteerd.",
        "%1 was refused: the history it carries is not the history its manifest signs. Nothing was imported.":
            "%1 is geweigerd: de geschiedenis erin is niet de geschiedenis die het manifest ondertekent. Er is niets geïmporteerd.",
        "the bundle %1 signed on %2": "de bundel die %1 ondertekende op %2",
        "%1 is kept here, but its key (%2) is not among the trusted workstations":
            "%1 is hier bewaard, maar de sleutel (%2) staat niet bij de vertrouwde werkplekken",
        "the record of %1 was changed: its signature does not hold":
            "wat van %1 is bewaard, is veranderd: de handtekening klopt niet",
        "read the signed history": "de ondertekende geschiedenis lezen",
        "the history chains kept for %1 are not the ones it signed: they were changed here":
            "de geschiedenisketens die voor %1 zijn bewaard, zijn niet de ondertekende: ze zijn hier veranderd",
        "the history of %1 differs here from what %2 signed: this event was changed, or an event before it was removed or slipped in":
            "de geschiedenis van %1 wijkt hier af van wat %2 ondertekende: deze gebeurtenis is veranderd, of een gebeurtenis ervoor is verwijderd of ertussen geschoven",
        "%n event(s) that %1 signed after it in the history of %2 are missing: they were removed":
            ["%n gebeurtenis die %1 erna ondertekende in de geschiedenis van %2 ontbreekt: die is verwijderd",
             "%n gebeurtenissen die %1 erna ondertekende in de geschiedenis van %2 ontbreken: ze zijn verwijderd"],
        "the history of %1 from workstation %2, which %3 signed with %n event(s), is gone":
            ["de geschiedenis van %1 van werkplek %2, die %3 ondertekende met %n gebeurtenis, is weg",
             "de geschiedenis van %1 van werkplek %2, die %3 ondertekende met %n gebeurtenissen, is weg"],
        "read the history's chains": "de ketens van de geschiedenis lezen",
        "it was slipped in after the newest event that workstation %1 signed in the history of %2":
            "die is ertussen geschoven na de nieuwste gebeurtenis die werkplek %1 ondertekende in de geschiedenis van %2",
    },
}.items():
    NL.setdefault(_ctx, {}).update(_texts)

for _ctx, _texts in {
    "WorkstationTrust": {
        "The key %1 was revoked already, by %2 on %3.": "De sleutel %1 is al ingetrokken, door %2 op %3.",
    },
    "BatchCommands": {
        "%n bundle(s) imported": ["%n bundel geïmporteerd", "%n bundels geïmporteerd"],
    },
    "rd::WorkstationsDialog": {
        "Bundles": "Bundels",
        "Last import": "Laatste import",
        "none yet": "nog geen",
    },
}.items():
    NL.setdefault(_ctx, {}).update(_texts)

for _ctx, _texts in {
    "Bundle": {
        "read the bundle": "de bundel lezen",
        "%1 carries no signed history: it was made by an earlier version of Recovery Desk. Export it again with this version.":
            "%1 bevat geen ondertekende geschiedenis: hij is gemaakt met een eerdere versie van Recovery Desk. Exporteer hem opnieuw met deze versie.",
    },
    "SignedHistory": {
        "its history holds a hash too long to be one": "de geschiedenis bevat een hash die te lang is om er een te zijn",
        "%n kept history chain(s) belong to no bundle kept here: they were added here, not signed":
            ["%n bewaarde geschiedenisketen hoort bij geen enkele hier bewaarde bundel: die is hier toegevoegd, niet ondertekend",
             "%n bewaarde geschiedenisketens horen bij geen enkele hier bewaarde bundel: ze zijn hier toegevoegd, niet ondertekend"],
        "%1 was signed after its key was revoked": "%1 is ondertekend nadat de sleutel was ingetrokken",
        "it was slipped in after the newest signed event of workstation %1 in the history of %2":
            "die is ertussen geschoven na de nieuwste ondertekende gebeurtenis van werkplek %1 in de geschiedenis van %2",
    },
}.items():
    NL.setdefault(_ctx, {}).update(_texts)

for _ctx, _texts in {
    "BatchCommands": {
        "fill a database with example cases (--cases N)": "een database vullen met voorbeeldzaken (--cases N)",
        "write cases to a signed bundle (--out BUNDLE, --since DATE)": "zaken schrijven naar een ondertekende bundel (--out BUNDEL, --since DATUM)",
        "merge bundles into an archive (BUNDLE…, --trust-new)": "bundels samenvoegen in een archief (BUNDEL…, --trust-new)",
        "the review figures as CSV or JSON (--period P, --format csv|json)": "de reviewcijfers als CSV of JSON (--period P, --format csv|json)",
        "check the sealed history, and an archive against the signatures it imported":
            "de verzegelde geschiedenis controleren, en een archief tegen de handtekeningen die het importeerde",
        "move a database into an empty one (--from SOURCE --to TARGET)": "een database overzetten naar een lege (--from BRON --to DOEL)",
        "trust a bundle's workstation, list or revoke (--bundle, --list, --revoke)":
            "de werkplek van een bundel vertrouwen, tonen of intrekken (--bundle, --list, --revoke)",
        "Usage: recoverydesk [--database FILE] [--review FILE] [--language en|nl]\n       recoverydesk COMMAND --database FILE [options]   (COMMAND --help for its options)\n\nWithout a command, the window opens. Commands:\n":
            "Gebruik: recoverydesk [--database BESTAND] [--review BESTAND] [--language en|nl]\n         recoverydesk OPDRACHT --database BESTAND [opties]   (OPDRACHT --help voor de opties)\n\nZonder opdracht opent het venster. Opdrachten:\n",
        "Show this command's options.": "De opties van deze opdracht tonen.",
        "Usage: recoverydesk %1 [options]": "Gebruik: recoverydesk %1 [opties]",
    },
    "rd::CallScreen": {
        "The call is saved, but it could not be read back: %1": "Het gesprek is opgeslagen, maar kon niet worden teruggelezen: %1",
    },
    "rd::Workstation": {
        "Open review archive": "Reviewarchief openen",
        "Restore a backup": "Een back-up terugzetten",
    },
}.items():
    NL.setdefault(_ctx, {}).update(_texts)
