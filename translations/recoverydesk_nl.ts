<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
<context>
    <name>AgreementReadBack</name>
    <message>
        <location filename="../core/agreements/AgreementReadBack.cpp" line="+12"/>
        <source>%1, %2</source>
        <comment>date, time</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What we decided: %1</source>
        <translation>Wat we hebben besloten: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I will %1 — by %2.</source>
        <translation>Ik ga %1 — uiterlijk %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My colleague %1 will %2 — by %3.</source>
        <translation>Mijn collega %1 gaat %2 — uiterlijk %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I will contact you again on %1 — also if there is no news yet.</source>
        <translation>Ik neem op %1 weer contact met u op — ook als er dan nog geen nieuws is.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My colleague %1 will contact you again on %2 — also if there is no news yet.</source>
        <translation>Mijn collega %1 neemt op %2 weer contact met u op — ook als er dan nog geen nieuws is.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 will call you back on %2, between %3 and %4, about: %5</source>
        <translation>%1 belt u terug op %2, tussen %3 en %4, over: %5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I</source>
        <translation>Ik</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>My colleague %1</source>
        <translation>Mijn collega %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>With this, your question is settled. If anything is still not right, you can reach me through the service desk.</source>
        <translation>Hiermee is uw vraag afgehandeld. Klopt er toch nog iets niet, dan kunt u mij via de servicedesk bereiken.</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <location filename="../ui/widgets/BackgroundTask.cpp" line="+49"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Stopping at the next safe point…</source>
        <translation>Stopt bij het volgende veilige punt…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The database file %1 is no longer there.</source>
        <translation>Het databasebestand %1 is er niet meer.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../core/safety/Backups.cpp" line="+82"/>
        <source>Could not create the backup folder %1. Check that you may write there.</source>
        <translation>Kon de backupmap %1 niet maken. Controleer of je daar mag schrijven.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The backup into %1 failed: %2</source>
        <translation>De backup in %1 is mislukt: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup could not be renamed to %1.</source>
        <translation>De backup kon niet worden hernoemd naar %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The new backup did not pass its check and was removed; the older backups are kept.</source>
        <translation>De nieuwe backup kwam niet door de controle en is verwijderd; de oudere backups blijven bewaard.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The backup was made, but the older backup %1 could not be removed to keep backups within their room; the older ones are kept. Check the folder&apos;s permissions.</source>
        <translation>De backup is gemaakt, maar de oudere backup %1 kon niet worden verwijderd om de backups binnen hun ruimte te houden; de oudere blijven bewaard. Controleer de rechten van de map.</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>The backup was not restored: the customers erased since cannot be read from the current database (%1), and an erased customer must not come back.</source>
        <translation>De back-up is niet teruggezet: de klanten die sindsdien gewist zijn, zijn niet te lezen uit de huidige database (%1), en een gewiste klant mag niet terugkomen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The backup cannot be restored: %1</source>
        <translation>De backup kan niet worden teruggezet: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup %1 is damaged; choose an older one.</source>
        <translation>De backup %1 is beschadigd; kies een oudere.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not copy the backup next to %1. Is the disk full?</source>
        <translation>Kon de backup niet naast %1 kopiëren. Is de schijf vol?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not move %1 aside; is it still open in another program?</source>
        <translation>Kon %1 niet opzijzetten; is het nog open in een ander programma?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not put the backup in place of %1; the previous file is kept as %2.</source>
        <translation>Kon de backup niet in de plaats van %1 zetten; het vorige bestand is bewaard als %2.</translation>
    </message>
    <message>
        <location line="-211"/>
        <source>Not enough free space for a backup in %1: it needs about %2 MB and leaves room for the database; %3 MB are free. Free some space or choose another backup folder in Settings.</source>
        <translation>Niet genoeg vrije ruimte voor een backup in %1: daarvoor is ongeveer %2 MB nodig, met ruimte over voor de database; er is %3 MB vrij. Maak ruimte vrij of kies bij Instellingen een andere backupmap.</translation>
    </message>
</context>
<context>
    <name>BatchCommands</name>
    <message>
        <location filename="../core/cli/BatchCommands.cpp" line="+77"/>
        <source>recoverydesk: unknown command &quot;%1&quot;. Commands: %2.</source>
        <translation>recoverydesk: onbekende opdracht &quot;%1&quot;. Opdrachten: %2.</translation>
    </message>
    <message>
        <location line="+237"/>
        <source>The database FILE to fill (created if missing).</source>
        <translation>De database FILE om te vullen (wordt gemaakt als hij ontbreekt).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many cases to add.</source>
        <translation>Hoeveel zaken toe te voegen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed: the same seed gives the same data.</source>
        <translation>Startwaarde: dezelfde startwaarde geeft dezelfde gegevens.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language of the texts: en or nl.</source>
        <translation>Taal van de teksten: en of nl.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+6"/>
        <source>recoverydesk demo: %1</source>
        <translation>recoverydesk demo: %1</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>recoverydesk demo: name the database with --database FILE.</source>
        <translation>recoverydesk demo: geef de database op met --database FILE.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>recoverydesk demo: --cases takes a whole number from 1 to 50000000, not &quot;%1&quot;.</source>
        <translation>recoverydesk demo: --cases verwacht een geheel getal van 1 tot 50000000, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>recoverydesk demo: --seed takes a whole number and --language en or nl.</source>
        <translation>recoverydesk demo: --seed verwacht een geheel getal en --language en of nl.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Added %1 cases, %2 customers, %3 promises and %4 callbacks to %5 in %6 s (%7 cases per second).</source>
        <translation>%1 zaken, %2 klanten, %3 beloften en %4 terugbelnotities toegevoegd aan %5 in %6 s (%7 zaken per seconde).</translation>
    </message>
    <message>
        <location line="-208"/>
        <source>The database to export from.</source>
        <translation>De database om uit te exporteren.</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>the review figures and their months as CSV or JSON (--period P, --format csv|json)</source>
        <translation>de cijfers voor de teamleider en hun maanden als CSV of JSON (--period P, --format csv|json)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>customers probably entered twice, and why (--format csv|json)</source>
        <translation>klanten die waarschijnlijk dubbel zijn ingevoerd, en waarom (--format csv|json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start a call in the running window, caller looked up (--phone NUMBER, --name NAME)</source>
        <translation>een gesprek starten in het draaiende venster, beller opgezocht (--phone NUMBER, --name NAME)</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>The bundle file to write.</source>
        <translation>Het bundelbestand om te schrijven.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only cases opened on or after DATE (YYYY-MM-DD).</source>
        <translation>Alleen zaken geopend op of na DATE (JJJJ-MM-DD).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A return bundle instead: the compliments and recognition for NAME, from the archive back to their PC.</source>
        <translation>In plaats daarvan een retourbundel: de complimenten en waardering voor NAAM, van het archief terug naar hun pc.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A return bundle instead: the compliments and recognition for the whole team.</source>
        <translation>In plaats daarvan een retourbundel: de complimenten en waardering voor het hele team.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>recoverydesk export: a return bundle is either --return-for NAME or --return-to-team, without --since.</source>
        <translation>recoverydesk export: een retourbundel is óf --return-for NAAM óf --return-to-team, zonder --since.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>recoverydesk export: name the database with --database FILE and the bundle with --out BUNDLE.</source>
        <translation>recoverydesk export: geef de database op met --database FILE en de bundel met --out BUNDLE.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>recoverydesk export: --since takes a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>recoverydesk export: --since verwacht een datum als JJJJ-MM-DD, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+7"/>
        <source>recoverydesk export: %1</source>
        <translation>recoverydesk export: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrote %1 cases (%2 events) to %3.</source>
        <translation>%1 zaken (%2 gebeurtenissen) geschreven naar %3.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The archive to import into (created if missing).</source>
        <translation>Het archief om in te importeren (wordt gemaakt als het ontbreekt).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Whose PC this is: a return bundle for someone else is refused.</source>
        <translation>Van wie deze pc is: een retourbundel voor iemand anders wordt geweigerd.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>recoverydesk import: use --database FILE followed by one or more bundle files.</source>
        <translation>recoverydesk import: gebruik --database FILE gevolgd door een of meer bundelbestanden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+16"/>
        <source>recoverydesk import: %1</source>
        <translation>recoverydesk import: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 new cases, %3 updated, %4 new events.</source>
        <translation>%1: %2 nieuwe zaken, %3 bijgewerkt, %4 nieuwe gebeurtenissen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The database or archive to report on.</source>
        <translation>De database of het archief om over te rapporteren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all, 2026, 2026-11 or 2026-01-01..2026-03-31.</source>
        <translation>all, 2026, 2026-11 of 2026-01-01..2026-03-31.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+99"/>
        <source>csv or json.</source>
        <translation>csv of json.</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Only this employee&apos;s cases.</source>
        <translation>Alleen de zaken van deze medewerker.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>recoverydesk report: use --database FILE, --period P and --format csv or json.</source>
        <translation>recoverydesk report: gebruik --database FILE, --period P en --format csv of json.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <location line="+5"/>
        <location line="+7"/>
        <source>recoverydesk report: %1</source>
        <translation>recoverydesk report: %1</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The database or archive to look in.</source>
        <translation>De database of het archief om in te zoeken.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>recoverydesk duplicates: use --database FILE and --format csv or json.</source>
        <translation>recoverydesk duplicates: gebruik --database FILE en --format csv of json.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>recoverydesk duplicates: %1</source>
        <translation>recoverydesk duplicates: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The database or archive to check.</source>
        <translation>De database of het archief om te controleren.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>recoverydesk verify: name the database with --database FILE.</source>
        <translation>recoverydesk verify: geef de database op met --database BESTAND.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <location line="+30"/>
        <source>recoverydesk verify: %1</source>
        <translation>recoverydesk verify: %1</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>recoverydesk verify: the history was changed. First broken link: event %1 (case or customer %2): %3.</source>
        <translation>recoverydesk verify: de geschiedenis is gewijzigd. Eerste gebroken schakel: gebeurtenis %1 (zaak of klant %2): %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>History intact: %1 events in %2 chains checked; %3 erased for privacy (links checked, data gone); %4 from before history was sealed.</source>
        <translation>Geschiedenis intact: %1 gebeurtenissen in %2 ketens gecontroleerd; %3 gewist voor privacy (schakels gecontroleerd, gegevens weg); %4 van vóór het verzegelen van de geschiedenis.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The database to move from (a file, or a postgresql:// address).</source>
        <translation>De database waaruit verhuisd wordt (een bestand, of een postgresql://-adres).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The empty database to move into (a file, or a postgresql:// address).</source>
        <translation>De lege database waarheen verhuisd wordt (een bestand, of een postgresql://-adres).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>recoverydesk migrate: name both databases: --from SOURCE --to TARGET.</source>
        <translation>recoverydesk migrate: noem beide databases: --from BRON --to DOEL.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+18"/>
        <location line="+6"/>
        <source>recoverydesk migrate: %1</source>
        <translation>recoverydesk migrate: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>recoverydesk migrate: the copy&apos;s history does not check: %1</source>
        <translation>recoverydesk migrate: de geschiedenis van de kopie klopt niet: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Moved %1 cases (%2 history events, %3 rows in all) from %4 to %5 in %6 s; the history checks.</source>
        <translation>%1 zaken verhuisd (%2 gebeurtenissen in de geschiedenis, %3 rijen in totaal) van %4 naar %5 in %6 s; de geschiedenis klopt.</translation>
    </message>
    <message>
        <location line="-245"/>
        <source>recoverydesk report: the data of history event %1 is damaged; it was left out of the figures.</source>
        <translation>recoverydesk report: de gegevens van geschiedenisgebeurtenis %1 zijn beschadigd; die is buiten de cijfers gelaten.</translation>
    </message>
    <message>
        <location line="-172"/>
        <source>recoverydesk %1: %2 is damaged (%3). Restore it from a backup, or open it in Recovery Desk to save what can still be read.</source>
        <translation>recoverydesk %1: %2 is beschadigd (%3). Zet een backup terug, of open het in Recovery Desk om te bewaren wat nog te lezen is.</translation>
    </message>
    <message>
        <location line="+301"/>
        <source>recoverydesk verify: the history was changed: %1.</source>
        <translation>recoverydesk verify: de geschiedenis is gewijzigd: %1.</translation>
    </message>
    <message>
        <location line="-223"/>
        <source>Trust the workstations of these bundles that the archive does not know yet (a scripted first import; check their fingerprints).</source>
        <translation>Vertrouw de werkplekken van deze bundels die het archief nog niet kent (een eerste import in een script; controleer hun vingerafdrukken).</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+377"/>
        <source>Trusted the workstation &quot;%1&quot; with the key %2.</source>
        <translation>Werkplek &quot;%1&quot; met de sleutel %2 wordt vertrouwd.</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>The archive or team database.</source>
        <translation>Het archief of de teamdatabase.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust the workstation that signed this bundle.</source>
        <translation>Vertrouw de werkplek die deze bundel ondertekende.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoke the workstation key with this fingerprint.</source>
        <translation>Trek de werkplekssleutel met deze vingerafdruk in.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the workstations the archive knows.</source>
        <translation>Toon de werkplekken die het archief kent.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>recoverydesk trust: use --database FILE with one of --bundle BUNDLE, --revoke FINGERPRINT or --list.</source>
        <translation>recoverydesk trust: gebruik --database BESTAND met één van --bundle BUNDEL, --revoke VINGERAFDRUK of --list.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>recoverydesk trust: %1 does not exist.</source>
        <translation>recoverydesk trust: %1 bestaat niet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>recoverydesk trust: %1</source>
        <translation>recoverydesk trust: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1	%2	trusted by %3 on %4%5</source>
        <translation>%1	%2	vertrouwd door %3 op %4%5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, revoked by %1 on %2</source>
        <translation>, ingetrokken door %1 op %2</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Revoked the key %1 of &quot;%2&quot;: its bundles are refused from now on.</source>
        <translation>De sleutel %1 van &quot;%2&quot; is ingetrokken: zijn bundels worden vanaf nu geweigerd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>recoverydesk trust: no workstation here has the key %1 (see --list).</source>
        <translation>recoverydesk trust: geen werkplek hier heeft de sleutel %1 (zie --list).</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>recoverydesk verify: the history differs from what was signed: %1.</source>
        <translation>recoverydesk verify: de geschiedenis wijkt af van wat ondertekend is: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>recoverydesk verify: the history differs from what was signed at event %1: %2.</source>
        <translation>recoverydesk verify: de geschiedenis wijkt af van wat ondertekend is bij gebeurtenis %1: %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Signed: %1 events are covered by the signatures of %n workstation(s).</source>
        <translation>
            <numerusform>Ondertekend: %1 gebeurtenissen vallen onder de handtekening van %n werkplek.</numerusform>
            <numerusform>Ondertekend: %1 gebeurtenissen vallen onder de handtekeningen van %n werkplekken.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cases opened from %1 to %2</source>
        <translation>zaken geopend van %1 tot en met %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cases opened from %1 up to each export</source>
        <translation>zaken geopend vanaf %1 tot elke export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cases opened up to %1</source>
        <translation>zaken geopend tot en met %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all cases up to each export</source>
        <translation>alle zaken tot elke export</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 (%2): %n bundle(s) exported %3 to %4, %5</source>
        <translation>
            <numerusform>%1 (%2): %n bundel geëxporteerd %3 tot %4, %5</numerusform>
            <numerusform>%1 (%2): %n bundels geëxporteerd %3 tot %4, %5</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(revoked %1: what it sent before stays)</source>
        <translation>(ingetrokken %1: wat eerder is gestuurd, blijft)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Written in this database itself, which no bundle signs: %1 events.</source>
        <translation>Geschreven in deze database zelf, wat geen bundel ondertekent: %1 gebeurtenissen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>recoverydesk verify: %1 events of other workstations are covered by no signature: imported before bundles were signed, or slipped in since. The first is event %2.</source>
        <translation>recoverydesk verify: %1 gebeurtenissen van andere werkplekken vallen onder geen enkele handtekening: geïmporteerd voordat bundels werden ondertekend, of sindsdien ertussen geschoven. De eerste is gebeurtenis %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+131"/>
        <source>%n bundle(s) imported</source>
        <translation>
            <numerusform>%n bundel geïmporteerd</numerusform>
            <numerusform>%n bundels geïmporteerd</numerusform>
        </translation>
    </message>
    <message>
        <location line="-570"/>
        <source>fill a database with example cases (--cases N)</source>
        <translation>een database vullen met voorbeeldzaken (--cases N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write cases to a signed bundle (--out BUNDLE, --since DATE)</source>
        <translation>zaken schrijven naar een ondertekende bundel (--out BUNDEL, --since DATUM)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>merge bundles into an archive (BUNDLE…, --trust-new)</source>
        <translation>bundels samenvoegen in een archief (BUNDEL…, --trust-new)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check the sealed history, and an archive against the signatures it imported</source>
        <translation>de verzegelde geschiedenis controleren, en een archief tegen de handtekeningen die het importeerde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>move a database into an empty one (--from SOURCE --to TARGET)</source>
        <translation>een database overzetten naar een lege (--from BRON --to DOEL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trust a bundle&apos;s workstation, list or revoke (--bundle, --list, --revoke)</source>
        <translation>de werkplek van een bundel vertrouwen, tonen of intrekken (--bundle, --list, --revoke)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Usage: recoverydesk [--database FILE] [--review FILE] [--language en|nl]
       recoverydesk COMMAND --database FILE [options]   (COMMAND --help for its options)

Without a command, the window opens. Commands:
</source>
        <translation>Gebruik: recoverydesk [--database BESTAND] [--review BESTAND] [--language en|nl]
         recoverydesk OPDRACHT --database BESTAND [opties]   (OPDRACHT --help voor de opties)

Zonder opdracht opent het venster. Opdrachten:
</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Show this command&apos;s options.</source>
        <translation>De opties van deze opdracht tonen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Usage: recoverydesk %1 [options]</source>
        <translation>Gebruik: recoverydesk %1 [opties]</translation>
    </message>
</context>
<context>
    <name>BlameDetector</name>
    <message>
        <location filename="../core/call/BlameDetector.cpp" line="+95"/>
        <source>This may sound as if the customer is to blame. Describe what happened instead, and what you will do now.</source>
        <translation>Dit kan klinken alsof de klant de schuld krijgt. Beschrijf liever wat er gebeurde en wat jij nu gaat doen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This may sound as if you pass the blame to a colleague. To the customer, we are one company: say what you will do.</source>
        <translation>Dit kan klinken alsof je de schuld bij een collega legt. Voor de klant zijn we één bedrijf: zeg wat jij gaat doen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Naming a supplier is fine to explain; make sure it does not sound like passing the blame. You stay the point of contact.</source>
        <translation>Een leverancier noemen mag als uitleg; zorg dat het niet klinkt als de schuld doorschuiven. Jij blijft het aanspreekpunt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This may sound as if the customer is sent away. Take ownership: make a process agreement or a callback note instead.</source>
        <translation>Dit kan klinken alsof je de klant wegstuurt. Neem het op je: maak een procesafspraak of een terugbelnotitie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whose fault it is matters less to the customer than what happens next. Own your part, without blaming anyone.</source>
        <translation>Wiens schuld het is, doet er voor de klant minder toe dan wat er nu gebeurt. Neem je deel op je, zonder iemand de schuld te geven.</translation>
    </message>
</context>
<context>
    <name>Bundle</name>
    <message>
        <location filename="../core/exchange/Bundle.cpp" line="+331"/>
        <location line="+61"/>
        <source>Could not make a temporary folder to build the bundle in.</source>
        <translation>Kan geen tijdelijke map maken om de bundel in op te bouwen.</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Whom the return bundle is for</source>
        <translation>Voor wie de retourbundel is</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>Could not write the bundle %1: %2</source>
        <translation>Kan de bundel %1 niet schrijven: %2</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 is damaged or truncated: it cannot be read.</source>
        <translation>%1 is beschadigd of afgebroken: het kan niet worden gelezen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a Recovery Desk case bundle.</source>
        <translation>%1 is geen Recovery Desk-zakenbundel.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 has no readable manifest; it is damaged or not a bundle.</source>
        <translation>%1 heeft geen leesbaar manifest; hij is beschadigd of geen bundel.</translation>
    </message>
    <message>
        <location line="-499"/>
        <source>The checks were stopped.</source>
        <translation>De controles zijn gestopt.</translation>
    </message>
    <message>
        <location line="+543"/>
        <source>%1 is inconsistent: some records refer to cases or customers it does not contain. Export it again.</source>
        <translation>%1 is inconsistent: sommige gegevens verwijzen naar zaken of klanten die er niet in zitten. Exporteer hem opnieuw.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 does not match its own manifest: it was changed or damaged after export.</source>
        <translation>%1 klopt niet met zijn eigen manifest: hij is na de export gewijzigd of beschadigd.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>%1 was refused: it brings compliments and recognition for %2, and this PC is %3&apos;s. Nothing was imported.</source>
        <translation>%1 is geweigerd: hij brengt complimenten en waardering voor %2, en deze pc is van %3. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Could not read the tables of the bundle.</source>
        <translation>Kan de tabellen van de bundel niet lezen.</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>The bundle&apos;s sender</source>
        <translation>De afzender van de bundel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has a damaged manifest: %2</source>
        <translation>%1 heeft een beschadigd voorblad: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has a damaged manifest: its export time is impossible.</source>
        <translation>%1 heeft een beschadigd voorblad: het exporttijdstip is onmogelijk.</translation>
    </message>
    <message>
        <location line="-356"/>
        <source>%1 could not be read as a case bundle: it is damaged or not a SQLite file.</source>
        <translation>%1 kon niet als zakenbundel worden gelezen: het is beschadigd of geen SQLite-bestand.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Did not write %1: a file that is not a case bundle is there. Choose another name; a bundle replaces only an earlier bundle.</source>
        <translation>%1 niet geschreven: daar staat een bestand dat geen zakenbundel is. Kies een andere naam; een bundel vervangt alleen een eerdere bundel.</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Did not write %1: the history of %2 does not hold as many events as were written to it. Run recoverydesk verify on the database, or restore it from a backup.</source>
        <translation>%1 niet geschreven: de geschiedenis van %2 bevat niet zoveel gebeurtenissen als erin geschreven zijn. Voer recoverydesk verify uit op de database, of zet een backup terug.</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>%1 was made by a newer version of Recovery Desk (data format %2; this version reads bundles up to format %3). Update Recovery Desk to import it.</source>
        <translation>%1 is gemaakt door een nieuwere versie van Recovery Desk (gegevensformaat %2; deze versie leest bundels tot en met formaat %3). Werk Recovery Desk bij om hem te importeren.</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>Did not write %1: %2</source>
        <translation>%1 niet geschreven: %2</translation>
    </message>
    <message>
        <location line="+252"/>
        <source>%1 carries no signature: it was made by an older version of Recovery Desk. Export it again with this version.</source>
        <translation>%1 heeft geen handtekening: hij is gemaakt door een oudere versie van Recovery Desk. Exporteer hem opnieuw met deze versie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was refused: its signature does not hold, so it was changed after &quot;%2&quot; signed it. Nothing was imported.</source>
        <translation>%1 is geweigerd: de handtekening klopt niet, dus hij is veranderd nadat &quot;%2&quot; hem ondertekende. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 was refused: %2. Nothing was imported.</source>
        <translation>%1 is geweigerd: %2. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>%1 has a damaged manifest: its period is not a time.</source>
        <translation>%1 heeft een beschadigd manifest: de periode is geen tijdstip.</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>%1 was refused: the history it carries is not the history its manifest signs. Nothing was imported.</source>
        <translation>%1 is geweigerd: de geschiedenis erin is niet de geschiedenis die het manifest ondertekent. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location line="-428"/>
        <source>read the bundle</source>
        <translation>de bundel lezen</translation>
    </message>
    <message>
        <location line="+522"/>
        <source>%1 carries no signed history: it was made by an earlier version of Recovery Desk. Export it again with this version.</source>
        <translation>%1 bevat geen ondertekende geschiedenis: hij is gemaakt met een eerdere versie van Recovery Desk. Exporteer hem opnieuw met deze versie.</translation>
    </message>
</context>
<context>
    <name>BundleCheck</name>
    <message>
        <location filename="../core/exchange/sqlite/BundleCheck.cpp" line="+106"/>
        <source>The bundle %1 does not exist.</source>
        <translation>De bundel %1 bestaat niet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a file; choose a case bundle (.rdbundle).</source>
        <translation>%1 is geen bestand; kies een zakenbundel (.rdbundle).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is too large to be a case bundle (%2 MiB).</source>
        <translation>%1 is te groot voor een zakenbundel (%2 MiB).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not make a temporary folder to check the bundle in.</source>
        <translation>Kon geen tijdelijke map maken om de bundel in te controleren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+11"/>
        <source>Could not read %1: %2</source>
        <translation>Kon %1 niet lezen: %2</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+14"/>
        <location line="+7"/>
        <location line="+3"/>
        <source>Could not copy %1 to check it: %2</source>
        <translation>Kon %1 niet kopiëren om te controleren: %2</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>%1 is too large to be a case bundle.</source>
        <translation>%1 is te groot voor een zakenbundel.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is not a Recovery Desk case bundle (not a SQLite file).</source>
        <translation>%1 is geen zakenbundel van Recovery Desk (geen SQLite-bestand).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 was refused: %2. Nothing was imported.</source>
        <translation>%1 is geweigerd: %2. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>it is damaged (%1)</source>
        <translation>het bestand is beschadigd (%1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>its contents cannot be read (%1)</source>
        <translation>de inhoud is niet te lezen (%1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>it holds a %1 &quot;%2&quot;, which a case bundle never has</source>
        <translation>het bevat een %1 &quot;%2&quot;, wat een zakenbundel nooit heeft</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it lacks the table %1</source>
        <translation>de tabel %1 ontbreekt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its table %1 cannot be read</source>
        <translation>de tabel %1 is niet te lezen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its table %1 has a hidden or computed column %2</source>
        <translation>de tabel %1 heeft een verborgen of berekende kolom %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the column %1.%2 has the type &quot;%3&quot;</source>
        <translation>de kolom %1.%2 heeft het type &quot;%3&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its table %1 does not have the columns of data format %2</source>
        <translation>de tabel %1 heeft niet de kolommen van gegevensformaat %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the record %1 refers to a customer it does not carry</source>
        <translation>het record %1 verwijst naar een klant die de bundel niet bevat</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>it holds two reflections for %1</source>
        <translation>het bevat twee reflecties voor %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the record %1 appears twice in %2</source>
        <translation>het record %1 staat twee keer in %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the record %1 in %2 holds a value of the wrong type</source>
        <translation>het record %1 in %2 bevat een waarde van het verkeerde type</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+7"/>
        <source>the record %1 in %2 breaks a rule (%3)</source>
        <translation>het record %1 in %2 houdt zich niet aan een regel (%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its table %1 cannot be read to the end (%2)</source>
        <translation>de tabel %1 is niet tot het einde te lezen (%2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>its copy of history event %1 differs from the archive&apos;s</source>
        <translation>de kopie van geschiedenisgebeurtenis %1 wijkt af van die in het archief</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>history event %1 claims to be erased but holds data</source>
        <translation>geschiedenisgebeurtenis %1 heet gewist, maar bevat gegevens</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>history event %1 carries no seal</source>
        <translation>geschiedenisgebeurtenis %1 heeft geen zegel</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>its history does not hold at event %1: %2</source>
        <translation>de geschiedenis klopt niet bij gebeurtenis %1: %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>it carries the erasure %1 without the erased record</source>
        <translation>het bevat de wissing %1 zonder het gewiste record</translation>
    </message>
    <message>
        <location line="-273"/>
        <source>it is damaged or truncated</source>
        <translation>het bestand is beschadigd of afgekapt</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>its table %1 is not defined as a bundle&apos;s table is</source>
        <translation>de tabel %1 is niet gedefinieerd zoals die van een bundel</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>history event %1 belongs to no case and no customer</source>
        <translation>geschiedenisgebeurtenis %1 hoort bij geen zaak en geen klant</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the link %1 between a case and an improvement is there twice</source>
        <translation>de koppeling %1 tussen een zaak en een verbetering staat er twee keer in</translation>
    </message>
    <message>
        <location line="+196"/>
        <source>it carries the erasure %1 of a record that its sender did not create</source>
        <translation>het bevat de wissing %1 van een record dat de afzender niet heeft aangemaakt</translation>
    </message>
</context>
<context>
    <name>CallGuide</name>
    <message>
        <location filename="../core/call/CallGuide.cpp" line="+16"/>
        <source>Who is calling?</source>
        <translation>Wie belt er?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the customer by name, phone number or e-mail, or add them as new. Glance at their earlier cases and open promises before you go on.</source>
        <translation>Zoek de klant op naam, telefoonnummer of e-mail, of voeg een nieuwe klant toe. Kijk even naar eerdere zaken en openstaande beloften voordat je verdergaat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;Good morning, this is the service desk. May I have your name, so I can look you up?&quot;</source>
        <translation>&quot;Goedemorgen, u spreekt met de servicedesk. Mag ik uw naam, dan zoek ik u even op?&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the call</source>
        <translation>Gesprek afronden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the agreements back in plain words, check how you can reach the customer, and thank them.</source>
        <translation>Lees de afspraken in gewone woorden voor, controleer hoe je de klant kunt bereiken en bedank de klant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;So, to sum up what we agreed: … Can I reach you on this number? Thank you for calling us.&quot;</source>
        <translation>&quot;Even samengevat wat we hebben afgesproken: … Kan ik u op dit nummer bereiken? Dank u wel voor uw telefoontje.&quot;</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Listen</source>
        <translation>Luisteren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the customer tell what they appreciated. Note it in their own words.</source>
        <translation>Laat de klant vertellen wat hij of zij waardeerde. Noteer het in de eigen woorden van de klant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;How nice to hear. What was it that stood out for you?&quot;</source>
        <translation>&quot;Wat fijn om te horen. Wat viel u vooral op?&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank them</source>
        <translation>Bedanken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank the customer for taking the trouble to tell you. A compliment is feedback too.</source>
        <translation>Bedank de klant voor de moeite om het te vertellen. Een compliment is ook feedback.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;Thank you for letting us know. I will make sure it reaches the right person.&quot;</source>
        <translation>&quot;Dank u wel dat u het laat weten. Ik zorg dat het bij de juiste persoon terechtkomt.&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass it on</source>
        <translation>Doorgeven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note who the compliment is about, so it reaches them and their team lead.</source>
        <translation>Noteer over wie het compliment gaat, zodat het bij die persoon en de teamleider terechtkomt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;Do you remember the name of the colleague who helped you?&quot;</source>
        <translation>&quot;Weet u nog hoe de collega heette die u heeft geholpen?&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Listen first</source>
        <translation>Eerst luisteren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the customer tell the whole story, from the start. Do not interrupt and do not explain yet. Note what happened in their words, not your interpretation.</source>
        <translation>Laat de klant het hele verhaal vertellen, vanaf het begin. Onderbreek niet en leg nog niets uit. Noteer wat er gebeurde in de woorden van de klant, niet jouw interpretatie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;Could you tell me what happened, from the beginning?&quot;</source>
        <translation>&quot;Kunt u mij vertellen wat er is gebeurd, vanaf het begin?&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask what they expected</source>
        <translation>Vraag naar verwachtingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask what the customer had expected from us, and what a good solution would be for them.</source>
        <translation>Vraag wat de klant van ons had verwacht, en wat voor de klant een goede oplossing zou zijn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;What had you expected from us? And what would be a good solution for you?&quot;</source>
        <translation>&quot;Wat had u van ons verwacht? En wat zou voor u een goede oplossing zijn?&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledge</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank the customer for telling you, and name the feeling you hear. Note how upset they are.</source>
        <translation>Bedank de klant voor het vertellen en benoem het gevoel dat je hoort. Noteer hoe boos of verdrietig de klant is.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;Thank you for taking the time to tell me. I can hear how frustrating this has been.&quot;</source>
        <translation>&quot;Dank u wel dat u de tijd neemt om dit te vertellen. Ik hoor hoe vervelend dit voor u is geweest.&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summarise and check</source>
        <translation>Samenvatten en checken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the summary back. The customer confirms it, or corrects you: note the correction, it often changes the picture.</source>
        <translation>Lees de samenvatting voor. De klant bevestigt of verbetert je: noteer de verbetering, die verandert vaak het beeld.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;Let me check that I have understood you: … Is that right?&quot;</source>
        <translation>&quot;Ik kijk even of ik u goed heb begrepen: … Klopt dat?&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Our side, openly</source>
        <translation>Onze kant, open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only now explain what happened on our side. Be open and give the reasons, without excuses.</source>
        <translation>Leg pas nu uit wat er aan onze kant is gebeurd. Wees open en geef de redenen, zonder excuses.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;Let me tell you what happened on our side, and why.&quot;</source>
        <translation>&quot;Ik vertel u wat er aan onze kant is gebeurd, en waarom.&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own it</source>
        <translation>Neem het op je</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take responsibility for your part and become the customer&apos;s point of contact — without blaming the customer, a colleague or a supplier.</source>
        <translation>Neem verantwoordelijkheid voor jouw deel en word het aanspreekpunt van de klant — zonder de klant, een collega of een leverancier de schuld te geven.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;I am your point of contact for this, and I will see it through.&quot;</source>
        <translation>&quot;Ik ben hiervoor uw aanspreekpunt, en ik zorg dat het goed komt.&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assess the cause</source>
        <translation>Oorzaak beoordelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can we do something with this? Do we agree with the customer? Decide where the cause lies: an employee&apos;s behaviour, the process, the product, or the information we gave.</source>
        <translation>Kunnen we hier iets mee? Zijn we het eens met de klant? Bepaal waar de oorzaak ligt: het gedrag van een medewerker, het proces, het product, of de informatie die we gaven.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;You are right that this should not have happened.&quot;</source>
        <translation>&quot;U hebt gelijk dat dit niet had mogen gebeuren.&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide and say so</source>
        <translation>Besluiten en zeggen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell the customer what you will do. &quot;No&quot; is an answer too — then look for an alternative or a compromise together.</source>
        <translation>Vertel de klant wat je gaat doen. &quot;Nee&quot; is ook een antwoord — zoek dan samen naar een alternatief of een tussenweg.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;What I can do for you is … / That is not possible, but what I can offer you is …&quot;</source>
        <translation>&quot;Wat ik voor u kan doen is … / Dat kan helaas niet, maar wat ik u kan aanbieden is …&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make agreements</source>
        <translation>Afspraken maken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;I will ask the carrier today, and I will call you on Friday at two either way, even if I have no news yet.&quot;</source>
        <translation>&quot;Ik vraag het vandaag na bij de vervoerder, en ik bel u vrijdag om twee uur hoe dan ook, ook als ik nog geen nieuws heb.&quot;</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Agree on a final solution if you can. If not, make process agreements: what you will do, by when, and when you will contact the customer again, news or not. A colleague must call back? Make a callback note.</source>
        <translation>Spreek een definitieve oplossing af als dat kan. Zo niet, maak procesafspraken: wat je doet, wanneer, en wanneer je weer contact opneemt met de klant, met of zonder nieuws. Moet een collega terugbellen? Maak een terugbelnotitie.</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>What we promised</source>
        <translation>Wat we beloofden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say who you are and remind the customer what we agreed last time. The agreements are listed below.</source>
        <translation>Zeg wie je bent en herinner de klant aan wat we de vorige keer afspraken. De afspraken staan hieronder.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;Hello, this is … from the service desk. Last time I promised to … I am calling to tell you where things stand.&quot;</source>
        <translation>&quot;Goedendag, u spreekt met … van de servicedesk. Vorige keer beloofde ik … Ik bel om te vertellen hoe het ervoor staat.&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What happened since</source>
        <translation>Wat er sindsdien gebeurde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell what happened since, openly — also if there is no result yet. Note what you told the customer and how they reacted.</source>
        <translation>Vertel open wat er sindsdien is gebeurd — ook als er nog geen resultaat is. Noteer wat je de klant vertelde en hoe die reageerde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;I have spoken to the carrier; they confirmed … / I have no answer yet, and this is what I am doing about it.&quot;</source>
        <translation>&quot;Ik heb de vervoerder gesproken; zij bevestigden … / Ik heb nog geen antwoord, en dit is wat ik eraan doe.&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What next</source>
        <translation>Hoe verder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agree on what happens next: resolved now, or a new process agreement with the next moment you will contact the customer.</source>
        <translation>Spreek af wat er nu gebeurt: nu opgelost, of een nieuwe procesafspraak met het volgende moment waarop je contact opneemt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;I will call you again on Tuesday at ten, whether or not I have news by then.&quot;</source>
        <translation>&quot;Ik bel u dinsdag om tien uur weer, of ik dan nieuws heb of niet.&quot;</translation>
    </message>
</context>
<context>
    <name>CallSession</name>
    <message>
        <location filename="../core/call/CallSession.cpp" line="+25"/>
        <source>This case is closed; open a new case for a new call.</source>
        <translation>Deze zaak is gesloten; open een nieuwe zaak voor een nieuw gesprek.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>There is no unfinished call on this case.</source>
        <translation>Er is geen onafgerond gesprek bij deze zaak.</translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+12"/>
        <location line="+20"/>
        <source>This call has ended.</source>
        <translation>Dit gesprek is afgerond.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>There is no step %1 in this call.</source>
        <translation>Er is geen stap %1 in dit gesprek.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The step &quot;%1&quot; cannot be skipped.</source>
        <translation>De stap &quot;%1&quot; kan niet worden overgeslagen.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The customer does not know yet when they will hear from us. Agree when you will contact them again (or make a callback note) in &quot;Make agreements&quot;, or mark the case resolved.</source>
        <translation>De klant weet nog niet wanneer hij of zij van ons hoort. Spreek bij &quot;Afspraken maken&quot; af wanneer je weer contact opneemt (of maak een terugbelnotitie), of markeer de zaak als opgelost.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Reported back in a follow-up call.</source>
        <translation>Teruggekoppeld in een vervolggesprek.</translation>
    </message>
</context>
<context>
    <name>CallbackStore</name>
    <message>
        <location filename="../core/agreements/CallbackStore.cpp" line="+50"/>
        <source>Who calls back</source>
        <translation>Wie terugbelt</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>The number to call</source>
        <translation>Het terugbelnummer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The number to call (&quot;%1&quot;) has too few digits.</source>
        <translation>Het terugbelnummer (&quot;%1&quot;) heeft te weinig cijfers.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer&apos;s question</source>
        <translation>De vraag van de klant</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No callback note with id %1 exists in this database.</source>
        <translation>Er bestaat geen terugbelnotitie met id %1 in deze database.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This callback was already made.</source>
        <translation>Er is al teruggebeld.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The result of the call</source>
        <translation>De uitkomst van het gesprek</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>What happened on the call</source>
        <translation>Wat er bij het bellen gebeurde</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The colleague who takes over</source>
        <translation>De collega die het overneemt</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>This callback note does not exist (any more).</source>
        <translation>Deze terugbelnotitie bestaat niet (meer).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This callback is already open.</source>
        <translation>Deze terugbelnotitie staat al open.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The case is closed; its callbacks stay as they are.</source>
        <translation>De zaak is gesloten; de terugbelnotities blijven zoals ze zijn.</translation>
    </message>
</context>
<context>
    <name>CaseListExport</name>
    <message>
        <location filename="../core/lists/CaseListExport.cpp" line="+17"/>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cause</source>
        <translation>Oorzaak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opened</source>
        <translation>Geopend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last activity</source>
        <translation>Laatste activiteit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open promises</source>
        <translation>Open beloften</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Case id</source>
        <translation>Zaak-id</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The export was stopped; nothing was written.</source>
        <translation>De export is gestopt; er is niets geschreven.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cases</source>
        <translation>Zaken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first %1 of %2 cases.</source>
        <translation>De eerste %1 van %2 zaken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cases.</source>
        <translation>%1 zaken.</translation>
    </message>
</context>
<context>
    <name>CaseReport</name>
    <message>
        <location filename="../core/review/CaseReport.cpp" line="+38"/>
        <source>The case could not be read completely; try again.</source>
        <translation>De zaak kon niet volledig worden gelezen; probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opened</source>
        <translation>Geopend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the customer expected</source>
        <translation>Wat de klant verwachtte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary (confirmed)</source>
        <translation>Samenvatting (bevestigd)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our side</source>
        <translation>Onze kant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cause</source>
        <translation>Oorzaak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest note</source>
        <translation>Laatste notitie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Promises and callbacks</source>
        <translation>Beloften en terugbelnotities</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Call back: %1</source>
        <translation>Terugbellen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None.</source>
        <translation>Geen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printed %1 from Recovery Desk.</source>
        <translation>Afgedrukt %1 uit Recovery Desk.</translation>
    </message>
</context>
<context>
    <name>CaseStore</name>
    <message>
        <location filename="../core/cases/CaseStore.cpp" line="+156"/>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of case</source>
        <translation>Soort zaak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer&apos;s experience</source>
        <translation>De ervaring van de klant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer&apos;s expectation</source>
        <translation>De verwachting van de klant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The summary</source>
        <translation>De samenvatting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary confirmed</source>
        <translation>Samenvatting bevestigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our explanation</source>
        <translation>Onze uitleg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cause</source>
        <translation>De oorzaak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The decision</source>
        <translation>Het besluit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emotion at the start</source>
        <translation>Emotie aan het begin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emotion at the end</source>
        <translation>Emotie aan het eind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of decision</source>
        <translation>Soort besluit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>Afhandeling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who the compliment is for</source>
        <translation>Voor wie het compliment is</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The case owner</source>
        <translation>De eigenaar van de zaak</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No customer with id %1 exists; find or create the customer first.</source>
        <translation>Er bestaat geen klant met id %1; zoek of maak eerst de klant.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+28"/>
        <location line="+84"/>
        <location line="+161"/>
        <source>No case with id %1 exists in this database.</source>
        <translation>Er bestaat geen zaak met id %1 in deze database.</translation>
    </message>
    <message>
        <location line="-196"/>
        <source>&quot;%1&quot; is not a known channel.</source>
        <translation>&quot;%1&quot; is geen bekend kanaal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a known kind of case.</source>
        <translation>&quot;%1&quot; is geen bekende soort zaak.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a known cause.</source>
        <translation>&quot;%1&quot; is geen bekende oorzaak.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a known kind of decision.</source>
        <translation>&quot;%1&quot; is geen bekende soort besluit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a known resolution.</source>
        <translation>&quot;%1&quot; is geen bekende afhandeling.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 must be a number from 1 (calm) to 5 (very upset).</source>
        <translation>%1 moet een getal zijn van 1 (rustig) tot 5 (erg boos).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown field.</source>
        <translation>Onbekend veld.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This case is closed; its fields can no longer be changed.</source>
        <translation>Deze zaak is gesloten; de velden kunnen niet meer worden gewijzigd.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Write the summary before the customer confirms it.</source>
        <translation>Schrijf eerst de samenvatting, dan kan de klant die bevestigen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The customer&apos;s correction</source>
        <translation>De verbetering van de klant</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Close a case with its outcome, through Close case.</source>
        <translation>Sluit een zaak met de uitkomst, via Zaak sluiten.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The customer&apos;s words on the outcome</source>
        <translation>De woorden van de klant over de uitkomst</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>This case still has %n open promise(s) or callback(s). Mark each kept, broken or cancelled before closing the case.</source>
        <translation>
            <numerusform>Deze zaak heeft nog %n openstaande belofte of terugbelnotitie. Markeer die als nagekomen, gebroken of geannuleerd voordat je de zaak sluit.</numerusform>
            <numerusform>Deze zaak heeft nog %n openstaande beloften of terugbelnotities. Markeer elk als nagekomen, gebroken of geannuleerd voordat je de zaak sluit.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The call step</source>
        <translation>De gespreksstap</translation>
    </message>
    <message>
        <location line="-310"/>
        <source>What happened since</source>
        <translation>Wat er sindsdien gebeurde</translation>
    </message>
</context>
<context>
    <name>ConfirmationLog</name>
    <message>
        <location filename="../core/letters/ConfirmationLog.cpp" line="+22"/>
        <source>by e-mail</source>
        <translation>per e-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>copied to paste elsewhere</source>
        <translation>gekopieerd om elders te plakken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as a PDF letter</source>
        <translation>als PDF-brief</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>printed</source>
        <translation>afgedrukt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A confirmation goes out by mail, clipboard, PDF or print, in English or Dutch.</source>
        <translation>Een bevestiging gaat per e-mail, klembord, PDF of afdruk de deur uit, in het Engels of het Nederlands.</translation>
    </message>
</context>
<context>
    <name>Confirmations</name>
    <message>
        <location filename="../ui/letters/Confirmations.cpp" line="+24"/>
        <source>The confirmation went out, but it could not be noted in the case: %1</source>
        <translation>De bevestiging is verstuurd, maar kon niet bij de zaak worden genoteerd: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No written confirmation sent yet.</source>
        <translation>Nog geen schriftelijke bevestiging verstuurd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written confirmation sent %1 on %2 (%3).</source>
        <translation>Schriftelijke bevestiging verstuurd %1 op %2 (%3).</translation>
    </message>
</context>
<context>
    <name>CustomerEditCommand</name>
    <message>
        <location filename="../ui/agreements/UndoCommands.cpp" line="+81"/>
        <source>correct the details of %1</source>
        <translation>gegevens van %1 corrigeren</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The details of %1 were erased since: they stay erased.</source>
        <translation>De gegevens van %1 zijn intussen gewist: ze blijven gewist.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The details of %1 were changed again since: nothing to put back.</source>
        <translation>De gegevens van %1 zijn intussen opnieuw gewijzigd: er is niets terug te zetten.</translation>
    </message>
</context>
<context>
    <name>CustomerMergeCommand</name>
    <message>
        <location line="+27"/>
        <source>merge two records of %1</source>
        <translation>twee records van %1 samenvoegen</translation>
    </message>
</context>
<context>
    <name>CustomerMerges</name>
    <message>
        <location filename="../core/cases/CustomerMerges.cpp" line="+101"/>
        <source>There is no such merge of customers.</source>
        <translation>Deze samenvoeging van klanten bestaat niet.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A customer cannot be merged with itself.</source>
        <translation>Een klant kan niet met zichzelf worden samengevoegd.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An erased customer is never merged: their data was removed on request.</source>
        <translation>Een gewiste klant wordt nooit samengevoegd: de gegevens zijn op verzoek verwijderd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was already merged into another customer: merge with that one instead.</source>
        <translation>%1 is al samengevoegd met een andere klant: voeg samen met die klant.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>This merge was undone already.</source>
        <translation>Deze samenvoeging is al ongedaan gemaakt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This customer was erased for privacy; an erased customer is not split again.</source>
        <translation>Deze klant is gewist voor de privacy; een gewiste klant wordt niet opnieuw gesplitst.</translation>
    </message>
</context>
<context>
    <name>CustomerSplitCommand</name>
    <message>
        <location filename="../ui/agreements/UndoCommands.cpp" line="+31"/>
        <source>split two customer records</source>
        <translation>twee klantrecords splitsen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The customer is no longer there.</source>
        <translation>De klant is er niet meer.</translation>
    </message>
</context>
<context>
    <name>CustomerStore</name>
    <message>
        <location filename="../core/cases/CustomerStore.cpp" line="+111"/>
        <source>The customer&apos;s name</source>
        <translation>De naam van de klant</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The phone number</source>
        <translation>Het telefoonnummer</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The e-mail address</source>
        <translation>Het e-mailadres</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>%1 is longer than an envelope holds: at most %2 lines and %3 characters.</source>
        <translation>%1 is langer dan op een envelop past: hoogstens %2 regels en %3 tekens.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 holds a line break of another kind than a new line.</source>
        <translation>%1 bevat een regeleinde van een andere soort dan een nieuwe regel.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The organisation</source>
        <translation>De organisatie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The postal address</source>
        <translation>Het postadres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The customer&apos;s language &quot;%1&quot; is not one Recovery Desk writes in (English: en, Dutch: nl).</source>
        <translation>De taal &quot;%1&quot; van de klant is geen taal waarin Recovery Desk schrijft (Engels: en, Nederlands: nl).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The e-mail address &quot;%1&quot; does not look like name@example.org.</source>
        <translation>Het e-mailadres &quot;%1&quot; lijkt niet op naam@voorbeeld.nl.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>No customer with id %1 exists in this database.</source>
        <translation>Er bestaat geen klant met id %1 in deze database.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The search text</source>
        <translation>De zoektekst</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>%1 is too long (%2 characters; at most %3).</source>
        <translation>%1 is te lang (%2 tekens; hoogstens %3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 &quot;%2&quot; may hold only digits, spaces and + ( ) - . /</source>
        <translation>%1 &quot;%2&quot; mag alleen cijfers, spaties en + ( ) - . / bevatten</translation>
    </message>
</context>
<context>
    <name>DamageDialog</name>
    <message>
        <location filename="../ui/shell/DamageDialog.cpp" line="+14"/>
        <source>The database is damaged</source>
        <translation>De database is beschadigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery Desk found damage in %1 and will not go on writing to a damaged file.</source>
        <translation>Recovery Desk vond schade in %1 en schrijft niet verder in een beschadigd bestand.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The damaged file is kept aside, unchanged. Then you can go back to the newest backup, or save what can still be read into a fresh file.</source>
        <translation>Het beschadigde bestand wordt ongewijzigd opzijgezet. Daarna kun je teruggaan naar de nieuwste backup, of wat nog leesbaar is opslaan in een nieuw bestand.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The newest backup was made %1 and holds %n case(s).</source>
        <translation>
            <numerusform>De nieuwste backup is gemaakt op %1 en bevat %n zaak.</numerusform>
            <numerusform>De nieuwste backup is gemaakt op %1 en bevat %n zaken.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore the newest backup</source>
        <translation>Nieuwste backup &amp;terugzetten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save what can be read</source>
        <translation>&amp;Opslaan wat leesbaar is</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../core/storage/Database.cpp" line="+78"/>
        <source>No database file was named.</source>
        <translation>Er is geen databasebestand opgegeven.</translation>
    </message>
    <message>
        <location filename="../core/storage/sqlite/SqliteDatabase.cpp" line="+89"/>
        <source>Could not open %1: it is a folder. Name a database file instead.</source>
        <translation>Kan %1 niet openen: het is een map. Geef een databasebestand op.</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+53"/>
        <source>Could not open %1: %2</source>
        <translation>Kan %1 niet openen: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not open %1: it is not a Recovery Desk database (not a SQLite file at all). Choose another file, or a new file name to start an empty database.</source>
        <translation>Kan %1 niet openen: het is geen Recovery Desk-database (helemaal geen SQLite-bestand). Kies een ander bestand, of een nieuwe bestandsnaam om met een lege database te beginnen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not open %1: the file does not exist.</source>
        <translation>Kan %1 niet openen: het bestand bestaat niet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not create the folder %1 for the database. Check that you may write there.</source>
        <translation>Kan de map %1 voor de database niet maken. Controleer of je daar mag schrijven.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The SQLite driver for Qt is missing (package libqt6sql6-sqlite). Install it and start again.</source>
        <translation>Het SQLite-stuurprogramma voor Qt ontbreekt (pakket libqt6sql6-sqlite). Installeer het en start opnieuw.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>open the database</source>
        <translation>de database openen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not switch %1 to write-ahead logging (the file system answered &quot;%2&quot;). Keep the database on a local disk.</source>
        <translation>Kan %1 niet omzetten naar write-ahead logging (het bestandssysteem antwoordde &quot;%2&quot;). Bewaar de database op een lokale schijf.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Could not set up %1 safely (%2 did not take effect).</source>
        <translation>Kan %1 niet veilig instellen (%2 werkte niet).</translation>
    </message>
    <message>
        <location line="-151"/>
        <location line="+175"/>
        <source>Could not open %1: it is a SQLite database of another program, not of Recovery Desk. Choose another file, or a new file name to start an empty database.</source>
        <translation>Kan %1 niet openen: het is een SQLite-database van een ander programma, niet van Recovery Desk. Kies een ander bestand, of een nieuwe bestandsnaam om met een lege database te beginnen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not open %1: it was written by a newer version of Recovery Desk (data format %2; this version reads up to %3). Install the newer version to open it.</source>
        <translation>Kan %1 niet openen: het is geschreven door een nieuwere versie van Recovery Desk (gegevensformaat %2; deze versie leest tot en met %3). Installeer de nieuwere versie om het te openen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not open %1 read-only: it must first be upgraded to the current data format. Open it once normally.</source>
        <translation>Kan %1 niet alleen-lezen openen: het moet eerst naar het huidige gegevensformaat worden omgezet. Open het één keer normaal.</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="+73"/>
        <location line="+17"/>
        <source>prepare a query</source>
        <translation>een zoekopdracht voorbereiden</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+35"/>
        <location line="+7"/>
        <location line="+26"/>
        <source>save or read data</source>
        <translation>gegevens opslaan of lezen</translation>
    </message>
    <message>
        <location filename="../core/storage/sqlite/SqliteDatabase.cpp" line="+137"/>
        <source>The database %1 is in use by another program, which kept it locked for %2 seconds. Close the other program or Recovery Desk window and try again.</source>
        <translation>De database %1 is in gebruik door een ander programma, dat hem %2 seconden vergrendeld hield. Sluit het andere programma of Recovery Desk-venster en probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not save to %1: the file or its folder is read-only. Check its permissions, or start Recovery Desk with --database and a file you may write.</source>
        <translation>Kan niet opslaan in %1: het bestand of de map is alleen-lezen. Controleer de rechten, of start Recovery Desk met --database en een bestand waarin je mag schrijven.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not save to %1: the disk is full. Free some space and try again; everything saved before is safe.</source>
        <translation>Kan niet opslaan in %1: de schijf is vol. Maak ruimte vrij en probeer het opnieuw; alles wat eerder is opgeslagen is veilig.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database %1 is damaged. Restore it from a backup.</source>
        <translation>De database %1 is beschadigd. Zet een reservekopie terug.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not open %1: it is not a Recovery Desk database, or it is encrypted or damaged.</source>
        <translation>Kan %1 niet openen: het is geen Recovery Desk-database, of het is versleuteld of beschadigd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not open %1: the file or its folder cannot be opened. Check that it exists and that you may read and write it.</source>
        <translation>Kan %1 niet openen: het bestand of de map kan niet worden geopend. Controleer of het bestaat en of je het mag lezen en schrijven.</translation>
    </message>
    <message>
        <location filename="../core/storage/postgres/DatabaseServer.cpp" line="+241"/>
        <location filename="../core/storage/sqlite/SqliteDatabase.cpp" line="+8"/>
        <source>Could not %1 in %2: %3</source>
        <translation>Kan niet %1 in %2: %3</translation>
    </message>
    <message>
        <location filename="../core/storage/sqlite/SqliteDatabase.cpp" line="-277"/>
        <source>Could not create %1: %2. Check that you may write there.</source>
        <translation>Kon %1 niet maken: %2. Controleer of je daar mag schrijven.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not open %1 for writing: the file is read-only. Check its permissions, or open it read-only as a review archive.</source>
        <translation>Kon %1 niet openen om te schrijven: het bestand is alleen-lezen. Controleer de rechten, of open het alleen-lezen als reviewarchief.</translation>
    </message>
    <message>
        <location filename="../core/storage/postgres/DatabaseServer.cpp" line="-185"/>
        <source>The server address %1 is not complete. Write it as postgresql://user@server:5432/database.</source>
        <translation>Het serveradres %1 is niet volledig. Schrijf het als postgresql://gebruiker@server:5432/database.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The PostgreSQL driver for Qt is missing (package libqt6sql6-psql). Install it and start again.</source>
        <translation>Het PostgreSQL-stuurprogramma voor Qt ontbreekt (pakket libqt6sql6-psql). Installeer het en start opnieuw.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>connect to the team database</source>
        <translation>verbinding maken met de teamdatabase</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The database %1 holds tables of another program. Give Recovery Desk a database of its own.</source>
        <translation>De database %1 bevat tabellen van een ander programma. Geef Recovery Desk een eigen database.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The team database %1 is still empty: open it once normally first.</source>
        <translation>De teamdatabase %1 is nog leeg: open hem eerst één keer gewoon.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The team database %1 was set up by a newer version of Recovery Desk (data format %2; this version reads up to %3). Install the newer version on this PC.</source>
        <translation>De teamdatabase %1 is ingericht door een nieuwere versie van Recovery Desk (gegevensformaat %2; deze versie leest tot en met %3). Installeer de nieuwere versie op deze pc.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Could not %1: the team database at %2 cannot be reached (%3). Check the network connection; nothing typed here is lost, and saving is tried again.</source>
        <translation>Kon niet %1: de teamdatabase op %2 is niet bereikbaar (%3). Controleer de netwerkverbinding; wat hier is getypt gaat niet verloren, en opslaan wordt opnieuw geprobeerd.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not %1 in %2: another workstation was changing the same records just then. Nothing of this change was kept; try again.</source>
        <translation>Kon niet %1 in %2: een andere werkplek was op dat moment dezelfde gegevens aan het wijzigen. Er is niets van deze wijziging bewaard; probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not save to %1: it was opened for reading only.</source>
        <translation>Kon niet opslaan in %1: de database is alleen-lezen geopend.</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>The team database %1 must first be upgraded to this version&apos;s data format (%2; it has %3). Open it once normally.</source>
        <translation>De teamdatabase %1 moet eerst worden bijgewerkt naar het gegevensformaat van deze versie (%2; hij heeft %3). Open hem eerst één keer gewoon.</translation>
    </message>
    <message>
        <location filename="../core/storage/Database.cpp" line="+18"/>
        <source>read data</source>
        <translation>gegevens lezen</translation>
    </message>
    <message>
        <location filename="../core/storage/postgres/DatabaseServer.cpp" line="-147"/>
        <source>The server address %1 holds a password. Leave it out of the address: put it in the file .pgpass in your home folder (%APPDATA%\postgresql\pgpass.conf on Windows) or in the environment variable PGPASSWORD.</source>
        <translation>Het serveradres %1 bevat een wachtwoord. Laat het uit het adres: zet het in het bestand .pgpass in je thuismap (%APPDATA%\postgresql\pgpass.conf op Windows) of in de omgevingsvariabele PGPASSWORD.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server address %1 has the setting &quot;%2&quot;, which Recovery Desk does not pass on. Known settings: %3.</source>
        <translation>Het serveradres %1 heeft de instelling &quot;%2&quot;, die Recovery Desk niet doorgeeft. Bekende instellingen: %3.</translation>
    </message>
    <message>
        <location filename="../core/storage/sqlite/SqliteDatabase.cpp" line="-38"/>
        <source>Could not open %1: it is not a plain file (a device or a pipe). Name a database file instead.</source>
        <translation>Kon %1 niet openen: het is geen gewoon bestand (een apparaat of een pijp). Geef in plaats daarvan een databasebestand op.</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message numerus="yes">
        <location filename="../core/safety/DatabaseCopy.cpp" line="+127"/>
        <source>%1 already holds %n case(s). Move into an empty database, or merge with export and import.</source>
        <translation>
            <numerusform>%1 bevat al %n zaak. Verhuis naar een lege database, of voeg samen met exporteren en importeren.</numerusform>
            <numerusform>%1 bevat al %n zaken. Verhuis naar een lege database, of voeg samen met exporteren en importeren.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-36"/>
        <source>read %1</source>
        <translation>%1 lezen</translation>
    </message>
</context>
<context>
    <name>Dialler</name>
    <message>
        <location filename="../ui/call/parts/Dialler.cpp" line="+16"/>
        <source>Dialling is off in Settings: dial %1 yourself.</source>
        <translation>Bellen staat uit in Instellingen: bel %1 zelf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not dialled: %1</source>
        <translation>Niet gebeld: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No program on this PC dials tel: links; set a dial command in Settings.</source>
        <translation>Geen programma op deze pc belt tel:-links; stel een belopdracht in bij Instellingen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The dial command could not be started: %1</source>
        <translation>De belopdracht kon niet worden gestart: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dialled %1, but the history could not record it: %2</source>
        <translation>%1 gebeld, maar de geschiedenis kon het niet vastleggen: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dialling %1…</source>
        <translation>%1 wordt gebeld…</translation>
    </message>
</context>
<context>
    <name>Dialling</name>
    <message>
        <location filename="../core/call/Dialling.cpp" line="+14"/>
        <source>The dial command is empty.</source>
        <translation>De belopdracht is leeg.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dial command has no %n where the number goes.</source>
        <translation>De belopdracht heeft geen %n waar het nummer komt.</translation>
    </message>
</context>
<context>
    <name>DueTimeRules</name>
    <message>
        <location filename="../core/agreements/DueTimeRules.cpp" line="+18"/>
        <source>%1 (%2) has already passed. Choose a moment from now on.</source>
        <translation>%1 (%2) is al voorbij. Kies een moment vanaf nu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2) is more than ten years away. Check the date.</source>
        <translation>%1 (%2) ligt meer dan tien jaar vooruit. Controleer de datum.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The call-back window ends (%1) before it starts (%2).</source>
        <translation>Het terugbelvenster eindigt (%1) voordat het begint (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The end of the call-back window</source>
        <translation>Het einde van het terugbelvenster</translation>
    </message>
</context>
<context>
    <name>DueTimeSuggestions</name>
    <message>
        <location filename="../core/agreements/DueTimeSuggestions.cpp" line="+27"/>
        <source>In an hour (%1)</source>
        <translation>Over een uur (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Today %1</source>
        <translation>Vandaag %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Tomorrow %1</source>
        <translation>Morgen %1</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+2"/>
        <location line="+4"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <location filename="../core/lists/DuplicateFinder.cpp" line="+255"/>
        <source>same phone number</source>
        <translation>zelfde telefoonnummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same e-mail address</source>
        <translation>zelfde e-mailadres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same name</source>
        <translation>zelfde naam</translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <location filename="../core/base/ExportFile.cpp" line="+42"/>
        <source>No file was named to write to.</source>
        <translation>Er is geen bestand genoemd om naar te schrijven.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Did not write %1: it is a symbolic link to another file. Choose a plain file name.</source>
        <translation>%1 niet geschreven: het is een symbolische koppeling naar een ander bestand. Kies een gewone bestandsnaam.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Did not write %1: it is a folder. Choose a file name.</source>
        <translation>%1 niet geschreven: het is een map. Kies een bestandsnaam.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Did not write %1: it is the open database itself, which this would overwrite. Choose another file name.</source>
        <translation>%1 niet geschreven: het is de geopende database zelf, die hiermee overschreven zou worden. Kies een andere bestandsnaam.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Could not write %1: %2</source>
        <translation>Kon %1 niet schrijven: %2</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Did not write %1: it is not a plain file (a device or a pipe). Choose a file name.</source>
        <translation>%1 niet geschreven: het is geen gewoon bestand (een apparaat of een pijp). Kies een bestandsnaam.</translation>
    </message>
</context>
<context>
    <name>HistorySeal</name>
    <message>
        <location filename="../core/storage/HistorySeal.cpp" line="+289"/>
        <source>the event before it in this case is missing</source>
        <translation>de gebeurtenis ervoor in deze zaak ontbreekt</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>this case&apos;s history has %n starting events instead of one</source>
        <translation>
            <numerusform>de geschiedenis van deze zaak heeft %n begingebeurtenis in plaats van één</numerusform>
            <numerusform>de geschiedenis van deze zaak heeft %n begingebeurtenissen in plaats van één</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>its data was changed after it was written</source>
        <translation>de gegevens zijn gewijzigd nadat ze waren vastgelegd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its time, author, kind or place in the history was changed after it was written</source>
        <translation>de tijd, auteur, soort of plaats in de geschiedenis is gewijzigd nadat ze was vastgelegd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>two events claim the same place in the history</source>
        <translation>twee gebeurtenissen claimen dezelfde plaats in de geschiedenis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>read the history</source>
        <translation>de geschiedenis lezen</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>it carries no seal, though its case&apos;s history was sealed before it</source>
        <translation>ze heeft geen zegel, terwijl de geschiedenis van haar zaak daarvoor al verzegeld was</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it carries no seal, though its customer&apos;s history was sealed before it</source>
        <translation>ze heeft geen zegel, terwijl de geschiedenis van haar klant daarvoor al verzegeld was</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>its data reads as erased, but no erasure of its case or customer was recorded</source>
        <translation>haar gegevens lijken gewist, maar er is geen wissing van haar zaak of klant vastgelegd</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>read the history&apos;s chains</source>
        <translation>de ketens van de geschiedenis lezen</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>customer %1</source>
        <translation>klant %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>case %1</source>
        <translation>zaak %1</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>the history of %1 from workstation %2 has %3 of the %4 events written to it: the newest were removed</source>
        <translation>de geschiedenis van %1 van werkplek %2 heeft %3 van de %4 gebeurtenissen die erin geschreven zijn: de nieuwste zijn verwijderd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the history of %1 from workstation %2 has %3 events, but only %4 were written to it</source>
        <translation>de geschiedenis van %1 van werkplek %2 heeft %3 gebeurtenissen, maar er zijn er maar %4 in geschreven</translation>
    </message>
</context>
<context>
    <name>ImportSteps</name>
    <message>
        <location filename="../core/exchange/ImportSteps.cpp" line="+17"/>
        <source>Copying the bundle…</source>
        <translation>Bundel kopiëren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking the bundle…</source>
        <translation>Bundel controleren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adding customers…</source>
        <translation>Klanten toevoegen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adding cases…</source>
        <translation>Zaken toevoegen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adding promises and callbacks…</source>
        <translation>Beloften en terugbelnotities toevoegen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adding the history…</source>
        <translation>Geschiedenis toevoegen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking every record and the history…</source>
        <translation>Elk gegeven en de geschiedenis controleren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updating the search index…</source>
        <translation>Zoekindex bijwerken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The import was stopped. Nothing was imported from this bundle.</source>
        <translation>Het importeren is gestopt. Er is niets uit deze bundel geïmporteerd.</translation>
    </message>
</context>
<context>
    <name>ImprovementStore</name>
    <message>
        <location filename="../core/review/ImprovementStore.cpp" line="+25"/>
        <source>Open</source>
        <comment>improvement status</comment>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What will change</source>
        <translation>Wat er verandert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who sees to it</source>
        <translation>Wie het oppakt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An improvement item starts from at least one case.</source>
        <translation>Een verbeterpunt begint bij minstens één zaak.</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+23"/>
        <source>No improvement item with id %1 exists.</source>
        <translation>Er bestaat geen verbeterpunt met id %1.</translation>
    </message>
</context>
<context>
    <name>IncomingCall</name>
    <message>
        <location filename="../core/call/IncomingCall.cpp" line="+28"/>
        <source>The caller&apos;s name</source>
        <translation>De naam van de beller</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The link is too long to be a phone number.</source>
        <translation>De link is te lang voor een telefoonnummer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a tel:, callto: or sip: link.</source>
        <translation>&quot;%1&quot; is geen tel:-, callto:- of sip:-link.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The request is not a call.</source>
        <translation>Het verzoek is geen gesprek.</translation>
    </message>
</context>
<context>
    <name>LetterLanguage</name>
    <message>
        <location filename="../core/letters/LetterLanguage.cpp" line="+18"/>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>English</source>
        <translation>Engels</translation>
    </message>
</context>
<context>
    <name>LetterOutput</name>
    <message>
        <location filename="../ui/letters/LetterOutput.cpp" line="+19"/>
        <source>No mail program opened for the link. The text can still be copied (Alt+C) or saved as a letter.</source>
        <translation>Er ging geen mailprogramma open voor de link. Je kunt de tekst nog kopiëren (Alt+K) of als brief opslaan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The text is too long for a mail link: it is on the clipboard, paste it into the message (Ctrl+V).</source>
        <translation>De tekst is te lang voor een maillink: hij staat op het klembord, plak hem in het bericht (Ctrl+V).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The subject and text are too long for a mail link: both are on the clipboard, the subject first. Paste them into the message (Ctrl+V) and move the subject up.</source>
        <translation>Het onderwerp en de tekst zijn te lang voor een maillink: ze staan allebei op het klembord, het onderwerp eerst. Plak ze in het bericht (Ctrl+V) en zet het onderwerp bovenaan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The confirmation is in your mail program: check it and send it from there.</source>
        <translation>De bevestiging staat in je mailprogramma: kijk hem na en verstuur hem vandaar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The e-mail address &quot;%1&quot; is not one plain address, so it was left out: type it in the mail program.</source>
        <translation>Het e-mailadres &quot;%1&quot; is niet één gewoon adres, dus het is weggelaten: typ het in het mailprogramma.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The confirmation is on the clipboard: paste it where the customer will read it (Ctrl+V).</source>
        <translation>De bevestiging staat op het klembord: plak hem waar de klant hem leest (Ctrl+V).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The letter is saved as %1.</source>
        <translation>De brief is opgeslagen als %1.</translation>
    </message>
</context>
<context>
    <name>LetterTemplate</name>
    <message>
        <location filename="../core/letters/LetterTemplate.cpp" line="+90"/>
        <source>the customer&apos;s name</source>
        <translation>de naam van de klant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>today&apos;s date</source>
        <translation>de datum van vandaag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the summary as the customer confirmed it</source>
        <translation>de samenvatting zoals de klant die bevestigde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>what we decided</source>
        <translation>wat we besloten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>each open promise with its date, the next contact and any callback, one per line</source>
        <translation>elke openstaande belofte met haar datum, het volgende contact en een eventuele terugbelafspraak, elk op een eigen regel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a sentence saying whether the matter is settled or what happens until it is</source>
        <translation>een zin die zegt of de zaak is afgehandeld, of wat er gebeurt tot het zover is</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>your name</source>
        <translation>je naam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the team signature from Settings</source>
        <translation>de teamondertekening uit de Instellingen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The letter&apos;s subject</source>
        <translation>Het onderwerp van de brief</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The letter&apos;s text</source>
        <translation>De tekst van de brief</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The letter names {%1}, which Recovery Desk does not fill. Use one of: %2.</source>
        <translation>De brief noemt {%1}, dat Recovery Desk niet invult. Gebruik een van: %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The letter has a brace that belongs to no placeholder. Braces are only for: %1.</source>
        <translation>De brief heeft een accolade die bij geen plaatshouder hoort. Accolades zijn alleen voor: %1.</translation>
    </message>
</context>
<context>
    <name>PeriodComparison</name>
    <message>
        <location filename="../core/review/PeriodComparison.cpp" line="+18"/>
        <source>%1% (%2 of %3)</source>
        <translation>%1% (%2 van %3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+123"/>
        <source>Cannot compare: none in one of the periods.</source>
        <translation>Niet te vergelijken: geen in een van de periodes.</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Cases</source>
        <translation>Zaken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relationship stronger (of the closed cases)</source>
        <translation>Relatie sterker (van de afgesloten zaken)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promises kept on time</source>
        <translation>Beloftes op tijd nagekomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promises kept late</source>
        <translation>Beloftes te laat nagekomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promises broken</source>
        <translation>Beloftes gebroken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Callbacks within the customer&apos;s window</source>
        <translation>Terugbelafspraken binnen het tijdvak van de klant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to first contact (median)</source>
        <translation>Tijd tot het eerste contact (mediaan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat complainants</source>
        <translation>Herhaalde klagers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complaints caused by %1</source>
        <translation>Klachten door %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>something not yet assessed</source>
        <translation>iets wat nog niet is beoordeeld</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>%1 hours</source>
        <translation>%1 uur</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message numerus="yes">
        <location line="+59"/>
        <source>%n more case(s)</source>
        <translation>
            <numerusform>%n zaak meer</numerusform>
            <numerusform>%n zaken meer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n fewer case(s)</source>
        <translation>
            <numerusform>%n zaak minder</numerusform>
            <numerusform>%n zaken minder</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As many cases</source>
        <translation>Evenveel zaken</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n point(s) more relationships stronger</source>
        <translation>
            <numerusform>%n procentpunt meer relaties sterker</numerusform>
            <numerusform>%n procentpunten meer relaties sterker</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n point(s) fewer relationships stronger</source>
        <translation>
            <numerusform>%n procentpunt minder relaties sterker</numerusform>
            <numerusform>%n procentpunten minder relaties sterker</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same share of relationships stronger</source>
        <translation>Evenveel relaties sterker</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n point(s) more kept on time</source>
        <translation>
            <numerusform>%n procentpunt meer op tijd nagekomen</numerusform>
            <numerusform>%n procentpunten meer op tijd nagekomen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n point(s) fewer kept on time</source>
        <translation>
            <numerusform>%n procentpunt minder op tijd nagekomen</numerusform>
            <numerusform>%n procentpunten minder op tijd nagekomen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same share kept on time</source>
        <translation>Evenveel op tijd nagekomen</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n point(s) more kept late</source>
        <translation>
            <numerusform>%n procentpunt meer te laat nagekomen</numerusform>
            <numerusform>%n procentpunten meer te laat nagekomen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n point(s) fewer kept late</source>
        <translation>
            <numerusform>%n procentpunt minder te laat nagekomen</numerusform>
            <numerusform>%n procentpunten minder te laat nagekomen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same share kept late</source>
        <translation>Evenveel te laat nagekomen</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n point(s) more broken</source>
        <translation>
            <numerusform>%n procentpunt meer gebroken</numerusform>
            <numerusform>%n procentpunten meer gebroken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n point(s) fewer broken</source>
        <translation>
            <numerusform>%n procentpunt minder gebroken</numerusform>
            <numerusform>%n procentpunten minder gebroken</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same share broken</source>
        <translation>Evenveel gebroken</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n point(s) more callbacks within the window</source>
        <translation>
            <numerusform>%n procentpunt meer teruggebeld binnen het tijdvak</numerusform>
            <numerusform>%n procentpunten meer teruggebeld binnen het tijdvak</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n point(s) fewer callbacks within the window</source>
        <translation>
            <numerusform>%n procentpunt minder teruggebeld binnen het tijdvak</numerusform>
            <numerusform>%n procentpunten minder teruggebeld binnen het tijdvak</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same share of callbacks within the window</source>
        <translation>Evenveel teruggebeld binnen het tijdvak</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>As fast to first contact</source>
        <translation>Even snel tot het eerste contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 hours faster to first contact</source>
        <translation>%1 uur sneller tot het eerste contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 hours slower to first contact</source>
        <translation>%1 uur trager tot het eerste contact</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n more repeat complainant(s)</source>
        <translation>
            <numerusform>%n herhaalde klager meer</numerusform>
            <numerusform>%n herhaalde klagers meer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n fewer repeat complainant(s)</source>
        <translation>
            <numerusform>%n herhaalde klager minder</numerusform>
            <numerusform>%n herhaalde klagers minder</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As many repeat complainants</source>
        <translation>Evenveel herhaalde klagers</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n more complaint(s) caused by %1</source>
        <translation>
            <numerusform>%n klacht meer door %1</numerusform>
            <numerusform>%n klachten meer door %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n fewer complaint(s) caused by %1</source>
        <translation>
            <numerusform>%n klacht minder door %1</numerusform>
            <numerusform>%n klachten minder door %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As many complaints caused by %1</source>
        <translation>Evenveel klachten door %1</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <location filename="../core/base/PhoneNumber.cpp" line="+26"/>
        <source>The phone number is empty.</source>
        <translation>Het telefoonnummer is leeg.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; has letters; a phone number has none.</source>
        <translation>&quot;%1&quot; bevat letters; een telefoonnummer heeft die niet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; has more than %2 digits; no phone number is that long.</source>
        <translation>&quot;%1&quot; heeft meer dan %2 cijfers; zo lang is geen telefoonnummer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a valid phone number (national numbers are read as in %2).</source>
        <translation>&quot;%1&quot; is geen geldig telefoonnummer (nationale nummers worden gelezen als in %2).</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <location filename="../core/safety/Privacy.cpp" line="+133"/>
        <source>There is no such customer to erase.</source>
        <translation>Deze klant bestaat niet en kan dus niet worden gewist.</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>The retention period is a number of months from 0 (no limit) to %1.</source>
        <translation>De bewaartermijn is een aantal maanden van 0 (geen limiet) tot %1.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>There is no such customer.</source>
        <translation>Deze klant bestaat niet.</translation>
    </message>
    <message>
        <location line="-299"/>
        <source>read the customer&apos;s data</source>
        <translation>de gegevens van de klant lezen</translation>
    </message>
    <message>
        <location line="+317"/>
        <source>The customer&apos;s data could not be read completely: %1</source>
        <translation>De gegevens van de klant konden niet volledig worden gelezen: %1</translation>
    </message>
</context>
<context>
    <name>PromiseStore</name>
    <message>
        <location filename="../core/agreements/PromiseStore.cpp" line="+51"/>
        <source>The next contact with the customer is a process agreement.</source>
        <translation>Het volgende contact met de klant is een procesafspraak.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you promise</source>
        <translation>Wat je belooft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The owner of the promise</source>
        <translation>De eigenaar van de belofte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The due time</source>
        <translation>De deadline</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No case with id %1 exists in this database.</source>
        <translation>Er bestaat geen zaak met id %1 in deze database.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This case is closed; reopen it before promising more.</source>
        <translation>Deze zaak is gesloten; heropen hem voordat je meer belooft.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No promise with id %1 exists in this database.</source>
        <translation>Er bestaat geen belofte met id %1 in deze database.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This promise is already %1; it cannot be changed any more.</source>
        <translation>Deze belofte is al %1; ze kan niet meer worden gewijzigd.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The result</source>
        <translation>Het resultaat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The reason the promise was broken</source>
        <translation>De reden waarom de belofte niet is nagekomen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The reason for cancelling</source>
        <translation>De reden van annuleren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The reason for the new due time</source>
        <translation>De reden voor de nieuwe deadline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new due time</source>
        <translation>De nieuwe deadline</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The colleague who takes over</source>
        <translation>De collega die het overneemt</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>What you told the customer</source>
        <translation>Wat je de klant vertelde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The next contact</source>
        <translation>Het volgende contact</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>contact the customer again</source>
        <translation>weer contact opnemen met de klant</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>This promise does not exist (any more).</source>
        <translation>Deze belofte bestaat niet (meer).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This promise is already open.</source>
        <translation>Deze belofte staat al open.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The case is closed; its promises stay as they are.</source>
        <translation>De zaak is gesloten; de beloften blijven zoals ze zijn.</translation>
    </message>
</context>
<context>
    <name>QueueActCommand</name>
    <message>
        <location filename="../ui/agreements/UndoCommands.cpp" line="-150"/>
        <source>mark kept: %1</source>
        <translation>als nagekomen markeren: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mark broken: %1</source>
        <translation>als niet nagekomen markeren: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>callback done: %1</source>
        <translation>teruggebeld: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hand over to %1</source>
        <translation>overdragen aan %1</translation>
    </message>
</context>
<context>
    <name>RecognitionStore</name>
    <message>
        <location filename="../core/recognition/RecognitionStore.cpp" line="+65"/>
        <source>The item read</source>
        <translation>Het gelezen onderdeel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Whom the recognition is for</source>
        <translation>Voor wie de waardering is</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What they did well</source>
        <translation>Wat goed ging</translation>
    </message>
</context>
<context>
    <name>ReflectionStore</name>
    <message>
        <location filename="../core/review/ReflectionStore.cpp" line="+49"/>
        <source>&quot;%1&quot; is not a month; use YYYY-MM.</source>
        <translation>&quot;%1&quot; is geen maand; gebruik JJJJ-MM.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whose reflection</source>
        <translation>Wiens reflectie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The best customer experience</source>
        <translation>De beste klantervaring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the meeting delivered</source>
        <translation>Wat het overleg opleverde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What I changed</source>
        <translation>Wat ik veranderde</translation>
    </message>
</context>
<context>
    <name>RowRules</name>
    <message>
        <location filename="../core/exchange/sqlite/RowRules.cpp" line="+164"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>empty where a value is required</source>
        <translation>leeg waar een waarde verplicht is</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not a whole number</source>
        <translation>geen geheel getal</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a time before 2000 or after 2200</source>
        <translation>een tijdstip vóór 2000 of na 2200</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is outside %2 to %3</source>
        <translation>%1 ligt buiten %2 tot %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not text</source>
        <translation>geen tekst</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not a record id</source>
        <translation>geen record-id</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>&quot;%1&quot; is niet een van %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a month (YYYY-MM)</source>
        <translation>geen maand (JJJJ-MM)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>more than 64 KiB</source>
        <translation>meer dan 64 KiB</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not valid JSON (%1)</source>
        <translation>geen geldige JSON (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a JSON object</source>
        <translation>geen JSON-object</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not a JSON list</source>
        <translation>geen JSON-lijst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not part of a history seal</source>
        <translation>geen deel van een geschiedeniszegel</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>a time before 2000 or later than the bundle was made</source>
        <translation>een tijdstip vóór 2000 of later dan de bundel is gemaakt</translation>
    </message>
</context>
<context>
    <name>Salvage</name>
    <message>
        <location filename="../core/storage/sqlite/Salvage.cpp" line="+49"/>
        <source>Could not move the damaged file %1 aside. Close other programs that use it and try again.</source>
        <translation>Kon het beschadigde bestand %1 niet opzijzetten. Sluit andere programma&apos;s die het gebruiken en probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing could be read from %1: %2</source>
        <translation>Uit %1 kon niets worden gelezen: %2</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <location filename="../core/storage/Schema.cpp" line="+518"/>
        <source>%1 is in data format %2, which this version cannot bring up to format %3. Install the version that matches it, or ask for help.</source>
        <translation>%1 heeft gegevensformaat %2, dat deze versie niet naar formaat %3 kan brengen. Installeer de versie die erbij past, of vraag om hulp.</translation>
    </message>
</context>
<context>
    <name>SignedHistory</name>
    <message>
        <location filename="../core/exchange/SignedHistory.cpp" line="+209"/>
        <source>the history of %1 from workstation %2 does not run from one first event to one newest</source>
        <translation>de geschiedenis van %1 van werkplek %2 loopt niet van één eerste gebeurtenis naar één nieuwste</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1 was refused: %2. Nothing was imported.</source>
        <translation>%1 is geweigerd: %2. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>%1 was refused: the history it carries is not the history its manifest signs. Nothing was imported.</source>
        <translation>%1 is geweigerd: de geschiedenis erin is niet de geschiedenis die het manifest ondertekent. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>the bundle %1 signed on %2</source>
        <translation>de bundel die %1 ondertekende op %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is kept here, but its key (%2) is not among the trusted workstations</source>
        <translation>%1 is hier bewaard, maar de sleutel (%2) staat niet bij de vertrouwde werkplekken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the record of %1 was changed: its signature does not hold</source>
        <translation>wat van %1 is bewaard, is veranderd: de handtekening klopt niet</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>read the signed history</source>
        <translation>de ondertekende geschiedenis lezen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the history chains kept for %1 are not the ones it signed: they were changed here</source>
        <translation>de geschiedenisketens die voor %1 zijn bewaard, zijn niet de ondertekende: ze zijn hier veranderd</translation>
    </message>
    <message numerus="yes">
        <location line="+81"/>
        <source>%n event(s) that %1 signed after it in the history of %2 are missing: they were removed</source>
        <translation>
            <numerusform>%n gebeurtenis die %1 erna ondertekende in de geschiedenis van %2 ontbreekt: die is verwijderd</numerusform>
            <numerusform>%n gebeurtenissen die %1 erna ondertekende in de geschiedenis van %2 ontbreken: ze zijn verwijderd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>the history of %1 from workstation %2, which %3 signed with %n event(s), is gone</source>
        <translation>
            <numerusform>de geschiedenis van %1 van werkplek %2, die %3 ondertekende met %n gebeurtenis, is weg</numerusform>
            <numerusform>de geschiedenis van %1 van werkplek %2, die %3 ondertekende met %n gebeurtenissen, is weg</numerusform>
        </translation>
    </message>
    <message>
        <location line="+49"/>
        <source>read the history&apos;s chains</source>
        <translation>de ketens van de geschiedenis lezen</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>the history of %1 differs here from what %2 signed: this event was changed, or an event before it was removed or slipped in</source>
        <translation>de geschiedenis van %1 wijkt hier af van wat %2 ondertekende: deze gebeurtenis is veranderd, of een gebeurtenis ervoor is verwijderd of ertussen geschoven</translation>
    </message>
    <message>
        <location line="-303"/>
        <source>its history holds a hash too long to be one</source>
        <translation>de geschiedenis bevat een hash die te lang is om er een te zijn</translation>
    </message>
    <message numerus="yes">
        <location line="+141"/>
        <source>%n kept history chain(s) belong to no bundle kept here: they were added here, not signed</source>
        <translation>
            <numerusform>%n bewaarde geschiedenisketen hoort bij geen enkele hier bewaarde bundel: die is hier toegevoegd, niet ondertekend</numerusform>
            <numerusform>%n bewaarde geschiedenisketens horen bij geen enkele hier bewaarde bundel: ze zijn hier toegevoegd, niet ondertekend</numerusform>
        </translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1 was signed after its key was revoked</source>
        <translation>%1 is ondertekend nadat de sleutel was ingetrokken</translation>
    </message>
    <message>
        <location line="+178"/>
        <source>it was slipped in after the newest signed event of workstation %1 in the history of %2</source>
        <translation>die is ertussen geschoven na de nieuwste ondertekende gebeurtenis van werkplek %1 in de geschiedenis van %2</translation>
    </message>
</context>
<context>
    <name>SummaryDrafter</name>
    <message>
        <location filename="../core/call/SummaryDrafter.cpp" line="+9"/>
        <source>What happened: %1</source>
        <translation>Wat er gebeurde: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you had expected: %1</source>
        <translation>Wat u had verwacht: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where it went wrong, as we see it now: %1</source>
        <translation>Waar het misging, zoals wij het nu zien: %1</translation>
    </message>
</context>
<context>
    <name>TextRules</name>
    <message>
        <location filename="../core/base/TextRules.cpp" line="+12"/>
        <source>%1 is too long (%2 KiB; at most 64 KiB). Shorten it, or attach the rest as a note.</source>
        <translation>%1 is te lang (%2 KiB; hooguit 64 KiB). Maak het korter, of zet de rest in een notitie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 contains broken characters (not valid Unicode). Retype or paste it again.</source>
        <translation>%1 bevat kapotte tekens (geen geldige Unicode). Typ of plak het opnieuw.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 contains a NUL character, which cannot be stored. Remove it and try again.</source>
        <translation>%1 bevat een NUL-teken, dat niet kan worden opgeslagen. Verwijder het en probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>%1 must fit on one line.</source>
        <translation>%1 moet op één regel passen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 contains an invisible control character (code %2). Remove it and try again.</source>
        <translation>%1 bevat een onzichtbaar stuurteken (code %2). Verwijder het en probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is required.</source>
        <translation>%1 is verplicht.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not valid UTF-8 text. Save it as UTF-8 and try again.</source>
        <translation>%1 is geen geldige UTF-8-tekst. Sla het op als UTF-8 en probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>%1 contains an invisible character that changes the direction of the text (code U+%2). Remove it and try again.</source>
        <translation>%1 bevat een onzichtbaar teken dat de richting van de tekst verandert (code U+%2). Haal het weg en probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>TimelineText</name>
    <message>
        <location filename="../core/review/TimelineText.cpp" line="+53"/>
        <source>Opened the case (%1, by %2).</source>
        <translation>Zaak geopend (%1, via %2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(cleared)</source>
        <translation>(gewist)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The customer confirmed the summary.</source>
        <translation>De klant bevestigde de samenvatting.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customer corrected the summary: “%1”</source>
        <translation>De klant verbeterde de samenvatting: “%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status: %1.</source>
        <translation>Status: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed the case. Outcome: %1.%2</source>
        <translation>Zaak gesloten. Uitkomst: %1.%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> The customer: “%1”</source>
        <translation> De klant: “%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agreed the next contact with the customer: %1.</source>
        <translation>Volgend contact met de klant afgesproken: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promised: %1 — %2, by %3.</source>
        <translation>Beloofd: %1 — %2, uiterlijk %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept on time: %1.%2</source>
        <translation>Op tijd nagekomen: %1.%2</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source> Result: %1</source>
        <translation> Resultaat: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kept late: %1.%2</source>
        <translation>Te laat nagekomen: %1.%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Broken: %1. Reason: %2</source>
        <translation>Niet nagekomen: %1. Reden: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled: %1. Reason: %2</source>
        <translation>Geannuleerd: %1. Reden: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rescheduled “%1” to %2. Reason: %3</source>
        <translation>“%1” verzet naar %2. Reden: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handed “%1” over from %2 to %3.</source>
        <translation>“%1” overgedragen van %2 aan %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Callback note for %1: call %2 between %3 and %4 about “%5”.</source>
        <translation>Terugbelnotitie voor %1: bel %2 tussen %3 en %4 over “%5”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tried to call back: %1. Next try from %2.</source>
        <translation>Geprobeerd terug te bellen: %1. Volgende poging vanaf %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Called back within the window.%1</source>
        <translation>Binnen het venster teruggebeld.%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Called back, outside the window.%1</source>
        <translation>Teruggebeld, buiten het venster.%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Callback handed over from %1 to %2.</source>
        <translation>Terugbelnotitie overgedragen van %1 aan %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow-up call started.</source>
        <translation>Vervolggesprek begonnen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Call started.</source>
        <translation>Gesprek begonnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call resumed at “%1”.</source>
        <translation>Gesprek hervat bij “%1”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dialled %1 with the dial command.</source>
        <translation>%1 gebeld met de belopdracht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dialled %1.</source>
        <translation>%1 gebeld.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call ended: resolved.</source>
        <translation>Gesprek afgerond: opgelost.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call ended: waiting for the agreed next step.</source>
        <translation>Gesprek afgerond: wacht op de afgesproken volgende stap.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent the written confirmation %1, in %2.</source>
        <translation>De schriftelijke bevestiging verstuurd %1, in het %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recognition written for %1.</source>
        <translation>Waardering geschreven voor %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step done: %1.</source>
        <translation>Stap gedaan: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step skipped: %1.</source>
        <translation>Stap overgeslagen: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step skipped: %1 (%2).</source>
        <translation>Stap overgeslagen: %1 (%2).</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Led to an improvement item: %1</source>
        <translation>Leidde tot een verbeterpunt: %1</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>An entry whose details were erased for privacy.</source>
        <translation>Een regel waarvan de details voor privacy zijn gewist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customer&apos;s personal data was erased (%1).</source>
        <translation>De persoonsgegevens van de klant zijn gewist (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personal data removed: the retention period had passed.</source>
        <translation>Persoonsgegevens verwijderd: de bewaartermijn was verstreken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undone: the promise &quot;%1&quot; is open again.</source>
        <translation>Ongedaan gemaakt: de belofte &quot;%1&quot; staat weer open.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undone: the callback is open again.</source>
        <translation>Ongedaan gemaakt: de terugbelnotitie staat weer open.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../core/base/Vocabulary.cpp" line="+112"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desk</source>
        <translation>Balie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Complaint</source>
        <translation>Klacht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compliment</source>
        <translation>Compliment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggestion</source>
        <translation>Suggestie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Behaviour of an employee</source>
        <translation>Gedrag van een medewerker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Process</source>
        <translation>Proces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information</source>
        <translation>Informatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open</source>
        <comment>case status</comment>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting</source>
        <comment>case status</comment>
        <translation>Wacht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <comment>case status</comment>
        <translation>Gesloten</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Open</source>
        <comment>callback status: still to call</comment>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <comment>callback status: called</comment>
        <translation>Gedaan</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Relationship stronger</source>
        <translation>Relatie sterker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relationship the same</source>
        <translation>Relatie gelijk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relationship weaker</source>
        <translation>Relatie zwakker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Final agreement</source>
        <translation>Definitieve afspraak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Process agreement</source>
        <translation>Procesafspraak</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open</source>
        <comment>promise status: not yet due or done</comment>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept</source>
        <translation>Nagekomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept late</source>
        <translation>Te laat nagekomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Broken</source>
        <translation>Niet nagekomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Yes, we do what was asked</source>
        <translation>Ja, we doen wat gevraagd is</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, with an alternative</source>
        <translation>Nee, met een alternatief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A compromise, found together</source>
        <translation>Een tussenweg, samen gevonden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Resolved now: final agreement</source>
        <translation>Nu opgelost: definitieve afspraak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not resolved yet: process agreements</source>
        <translation>Nog niet opgelost: procesafspraken</translation>
    </message>
</context>
<context>
    <name>WorkstationKey</name>
    <message>
        <location filename="../core/exchange/WorkstationKey.cpp" line="+47"/>
        <source>The cryptography library could not be started.</source>
        <translation>De cryptografiebibliotheek kon niet worden gestart.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The workstation&apos;s key could not be made.</source>
        <translation>De sleutel van de werkplek kon niet worden gemaakt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The workstation key %1 is not a plain file. Move it away and start again.</source>
        <translation>De werkplekssleutel %1 is geen gewoon bestand. Zet hem ergens anders neer en start opnieuw.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not read the workstation key %1: %2</source>
        <translation>Kon de werkplekssleutel %1 niet lezen: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The workstation key %1 is damaged. Restore it from a backup; a new key makes this PC a new workstation that the team lead must trust again.</source>
        <translation>De werkplekssleutel %1 is beschadigd. Zet hem terug uit een backup; met een nieuwe sleutel wordt deze pc een nieuwe werkplek die de teamleider opnieuw moet vertrouwen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not make the folder %1 for the workstation key.</source>
        <translation>Kon de map %1 voor de werkplekssleutel niet maken.</translation>
    </message>
</context>
<context>
    <name>WorkstationTrust</name>
    <message>
        <location filename="../core/exchange/WorkstationTrust.cpp" line="+57"/>
        <source>That is not a workstation&apos;s public key.</source>
        <translation>Dat is geen openbare sleutel van een werkplek.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workstation&apos;s name</source>
        <translation>De naam van de werkplek</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No trusted workstation has the key %1.</source>
        <translation>Geen vertrouwde werkplek heeft de sleutel %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>it comes from the workstation &quot;%1&quot; (key %2), which this archive does not know yet. Check the key with that PC&apos;s Settings, then trust it</source>
        <translation>hij komt van werkplek &quot;%1&quot; (sleutel %2), die dit archief nog niet kent. Vergelijk de sleutel met de Instellingen van die pc en vertrouw hem dan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is signed with the key %1 of &quot;%2&quot;, which was revoked here</source>
        <translation>hij is ondertekend met de sleutel %1 van &quot;%2&quot;, die hier is ingetrokken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the workstation &quot;%1&quot; is known here with another key; this bundle is signed with %2. If that PC was replaced or reinstalled, revoke its old key and trust the new one</source>
        <translation>werkplek &quot;%1&quot; is hier bekend met een andere sleutel; deze bundel is ondertekend met %2. Is die pc vervangen of opnieuw geïnstalleerd, trek dan de oude sleutel in en vertrouw de nieuwe</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>The key %1 was revoked already, by %2 on %3.</source>
        <translation>De sleutel %1 is al ingetrokken, door %2 op %3.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+137"/>
        <source>Use the database FILE.</source>
        <translation>Gebruik de database FILE.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Interface language: en or nl.</source>
        <translation>Taal van de interface: en of nl.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Recovery Desk cannot start</source>
        <translation>Recovery Desk kan niet starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database %1 could not be opened.

%2</source>
        <translation>De database %1 kon niet worden geopend.

%2</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Open the review archive FILE, read-only.</source>
        <translation>Open het reviewarchief FILE, alleen-lezen.</translation>
    </message>
</context>
<context>
    <name>rd::ActPanel</name>
    <message>
        <location filename="../ui/agreements/ActPanel.cpp" line="+39"/>
        <source>Confirm</source>
        <translation>Bevestigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel (Esc)</source>
        <translation>Annuleren (Esc)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enter: open case  ·  C: call now  ·  K: reached  ·  A: no answer, try again  ·  H: hand over</source>
        <translation>Enter: zaak openen  ·  C: nu bellen  ·  K: bereikt  ·  A: geen gehoor, opnieuw proberen  ·  H: overdragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter: open case  ·  C: call now  ·  K: kept  ·  N: no news yet  ·  R: reschedule  ·  B: broken  ·  H: hand over</source>
        <translation>Enter: zaak openen  ·  C: nu bellen  ·  K: nagekomen  ·  N: nog geen nieuws  ·  R: verzetten  ·  B: niet nagekomen  ·  H: overdragen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Kept: %1. What was the result? (optional)</source>
        <translation>Nagekomen: %1. Wat was het resultaat? (optioneel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. refund sent, customer informed</source>
        <translation>bijv. terugbetaling verstuurd, klant ingelicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You contacted the customer without news yet: %1. What did you tell them, and when is the next contact?</source>
        <translation>Je hebt de klant gesproken zonder nieuws: %1. Wat heb je verteld, en wanneer is het volgende contact?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. carrier has not answered; I will call again</source>
        <translation>bijv. vervoerder heeft nog niet geantwoord; ik bel opnieuw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next contact:</source>
        <translation>Volgend contact:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New due time for %1. Why? (It will count as late.)</source>
        <translation>Nieuwe deadline voor %1. Waarom? (Dit telt als te laat.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the reason, as you told the customer</source>
        <translation>de reden, zoals je die de klant vertelde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New due time:</source>
        <translation>Nieuwe deadline:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This promise cannot be kept: %1. Why?</source>
        <translation>Deze belofte kan niet worden nagekomen: %1. Waarom?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the reason — and tell the customer</source>
        <translation>de reden — en vertel het de klant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hand %1 over to a colleague:</source>
        <translation>%1 overdragen aan een collega:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the colleague&apos;s name</source>
        <translation>de naam van de collega</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Called back and reached: %1. What was agreed? (optional)</source>
        <translation>Teruggebeld en bereikt: %1. Wat is er afgesproken? (optioneel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the result of the call</source>
        <translation>de uitkomst van het gesprek</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No answer for %1. What happened, and when to try again?</source>
        <translation>Geen gehoor voor %1. Wat gebeurde er, en wanneer opnieuw proberen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. voicemail, left a message</source>
        <translation>bijv. voicemail, bericht ingesproken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again from:</source>
        <translation>Opnieuw proberen vanaf:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Marked kept: %1.</source>
        <translation>Als nagekomen gemarkeerd: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reported back; next contact agreed.</source>
        <translation>Teruggekoppeld; volgend contact afgesproken.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rescheduled: %1.</source>
        <translation>Verzet: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Marked broken: %1. Tell the customer, and agree what happens instead.</source>
        <translation>Als niet nagekomen gemarkeerd: %1. Vertel het de klant, en spreek af wat er in plaats daarvan gebeurt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Handed over to %1.</source>
        <translation>Overgedragen aan %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Callback done: %1.</source>
        <translation>Teruggebeld: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attempt noted; the callback stays in the queue.</source>
        <translation>Poging genoteerd; de terugbelnotitie blijft in de werklijst.</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>What to record</source>
        <translation>Wat je vastlegt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The note, reason or new owner for this act. Enter confirms, Esc cancels.</source>
        <translation>De notitie, reden of nieuwe eigenaar bij deze handeling. Enter bevestigt, Esc annuleert.</translation>
    </message>
</context>
<context>
    <name>rd::AgreePage</name>
    <message>
        <location filename="../ui/call/pages/AgreePage.cpp" line="+30"/>
        <source>Is the matter resolved now?</source>
        <translation>Is de kwestie nu opgelost?</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+4"/>
        <source>Agreed so far</source>
        <translation>Tot nu toe afgesproken</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A promise: what I will do, by when</source>
        <translation>Een belofte: wat ik doe, en wanneer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. ask the carrier for a Saturday delivery</source>
        <translation>bijv. bij de vervoerder een zaterdaglevering vragen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add &amp;promise</source>
        <translation>Belofte toe&amp;voegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What:</source>
        <translation>Wat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who:</source>
        <translation>Wie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By:</source>
        <translation>Uiterlijk:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind:</source>
        <translation>Soort:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>When I will contact the customer again</source>
        <translation>Wanneer ik weer contact opneem met de klant</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>by phone</source>
        <translation>telefonisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by e-mail</source>
        <translation>per e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set ne&amp;xt contact</source>
        <translation>Volgend &amp;contact vastleggen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On:</source>
        <translation>Op:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How:</source>
        <translation>Hoe:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A colleague calls back (callback note)</source>
        <translation>Een collega belt terug (terugbelnotitie)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>colleague&apos;s name</source>
        <translation>naam van de collega</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the customer&apos;s question, in a sentence</source>
        <translation>de vraag van de klant, in één zin</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>within 1 hour</source>
        <translation>binnen 1 uur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>within 2 hours</source>
        <translation>binnen 2 uur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>within 4 hours</source>
        <translation>binnen 4 uur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add call&amp;back note</source>
        <translation>Te&amp;rugbelnotitie toevoegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who calls:</source>
        <translation>Wie belt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number:</source>
        <translation>Nummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About:</source>
        <translation>Over:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From:</source>
        <translation>Vanaf:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window:</source>
        <translation>Venster:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Promise added.</source>
        <translation>Belofte toegevoegd.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>contact the customer again by phone</source>
        <translation>de klant weer bellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contact the customer again by e-mail</source>
        <translation>de klant weer mailen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Next contact agreed.</source>
        <translation>Volgend contact afgesproken.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Callback note made for %1.</source>
        <translation>Terugbelnotitie gemaakt voor %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nothing agreed yet.</source>
        <translation>Nog niets afgesproken.</translation>
    </message>
</context>
<context>
    <name>rd::CallScreen</name>
    <message>
        <location filename="../ui/call/CallScreen.cpp" line="+121"/>
        <source>No call in progress</source>
        <translation>Geen gesprek bezig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press Ctrl+N when the phone rings. The screen will guide you through the call, step by step, and save everything as you type.</source>
        <translation>Druk op Ctrl+N als de telefoon gaat. Het scherm leidt je stap voor stap door het gesprek en slaat alles op terwijl je typt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New call   Ctrl+N</source>
        <translation>Nieuw gesprek   Ctrl+N</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unfinished calls (for example after a power cut):</source>
        <translation>Onafgeronde gesprekken (bijvoorbeeld na een stroomstoring):</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Unfinished calls</source>
        <translation>Onafgeronde gesprekken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Resume call</source>
        <translation>Gesprek her&amp;vatten</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+1"/>
        <source>Steps of the call</source>
        <translation>Stappen van het gesprek</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>◀ Back</source>
        <translation>◀ Terug</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip step</source>
        <translation>Stap overslaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+333"/>
        <source>Done — next step ▶</source>
        <translation>Klaar — volgende stap ▶</translation>
    </message>
    <message>
        <location line="-284"/>
        <source>Done, &amp;next step</source>
        <translation>Klaar, &amp;volgende stap</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Back one step</source>
        <translation>Eén stap &amp;terug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Skip step</source>
        <translation>Stap &amp;overslaan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;End call</source>
        <translation>Gesprek &amp;afronden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to a s&amp;tep…</source>
        <translation>Naar een &amp;stap…</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+50"/>
        <source>A call is in progress. End it first (Ctrl+E) to start a new one.</source>
        <translation>Er is een gesprek bezig. Rond het eerst af (Ctrl+E) om een nieuw gesprek te beginnen.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Call resumed where it stood. Everything typed before was kept.</source>
        <translation>Gesprek hervat waar het was. Alles wat eerder getypt was, is bewaard.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 — %2, started %3</source>
        <translation>%1 — %2, begonnen %3</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The customer&apos;s story, in their own &amp;words:</source>
        <translation>Het verhaal van de klant, in eigen &amp;woorden:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened, as the customer tells it — not your interpretation</source>
        <translation>Wat er gebeurde, zoals de klant het vertelt — niet jouw interpretatie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the customer had &amp;expected, and what would be a good solution:</source>
        <translation>Wat de klant had &amp;verwacht, en wat een goede oplossing zou zijn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the customer&apos;s words</source>
        <translation>In de woorden van de klant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How upset is the customer? (1–5)</source>
        <translation>Hoe boos of overstuur is de klant? (1–5)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What happened on &amp;our side, and why:</source>
        <translation>Wat er aan &amp;onze kant gebeurde, en waarom:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open and concrete: what went wrong, and the reasons</source>
        <translation>Open en concreet: wat er misging, en de redenen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tell the customer that you are their point of contact from now on. Check your own words below: they should blame no one.</source>
        <translation>Zeg de klant dat jij vanaf nu het aanspreekpunt bent. Controleer hieronder je eigen woorden: ze geven niemand de schuld.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where does the cause lie?</source>
        <translation>Waar ligt de oorzaak?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What do we decide?</source>
        <translation>Wat besluiten we?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The &amp;decision, as you tell it to the customer:</source>
        <translation>Het be&amp;sluit, zoals je het de klant vertelt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What we will do — or, if the answer is no, the alternative</source>
        <translation>Wat we gaan doen — of, als het antwoord nee is, het alternatief</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Who is the compliment for?</source>
        <translation>&amp;Voor wie is het compliment?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing to note here: say it in your own words, then press Ctrl+Enter.</source>
        <translation>Hier hoef je niets te noteren: zeg het in je eigen woorden en druk dan op Ctrl+Enter.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>done</source>
        <translation>gedaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped</source>
        <translation>overgeslagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step %1, %2, %3</source>
        <translation>Stap %1, %2, %3</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>End call ▶</source>
        <translation>Gesprek afronden ▶</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Find or add the customer first: type a name, phone number or e-mail and press Enter.</source>
        <translation>Zoek of voeg eerst de klant toe: typ een naam, telefoonnummer of e-mail en druk op Enter.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The call ended before a caller was chosen; nothing was saved.</source>
        <translation>Het gesprek is beëindigd voordat er een beller was gekozen; er is niets opgeslagen.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The call with %1 is saved. The case now waits for the agreed next step; it is in your work queue.</source>
        <translation>Het gesprek met %1 is opgeslagen. De zaak wacht nu op de afgesproken volgende stap; die staat in je werklijst.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The call with %1 is saved.</source>
        <translation>Het gesprek met %1 is opgeslagen.</translation>
    </message>
    <message>
        <location line="-417"/>
        <source>Ctrl+Enter: done, next step  ·  Alt+Left: back  ·  Ctrl+Shift+Enter: skip  ·  Ctrl+L: all steps  ·  Ctrl+E: end call</source>
        <translation>Ctrl+Enter: klaar, volgende stap  ·  Alt+Links: terug  ·  Ctrl+Shift+Enter: overslaan  ·  Ctrl+L: alle stappen  ·  Ctrl+E: gesprek afronden</translation>
    </message>
    <message>
        <location line="+215"/>
        <source>What you told the customer, and how they &amp;reacted:</source>
        <translation>Wat je de klant vertelde, en hoe die &amp;reageerde:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open and concrete — also when there is no result yet</source>
        <translation>Open en concreet — ook als er nog geen resultaat is</translation>
    </message>
    <message>
        <location line="-344"/>
        <source>What you typed is kept and saved as soon as it can be.</source>
        <translation>Wat je typte blijft staan en wordt opgeslagen zodra dat weer kan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved again: everything you typed is stored.</source>
        <translation>Weer opgeslagen: alles wat je typte is bewaard.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Calls that were interrupted. Enter resumes one where it stopped.</source>
        <translation>Gesprekken die werden onderbroken. Enter gaat verder waar het stopte.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The steps of the method; the current one is selected. Enter jumps to a step.</source>
        <translation>De stappen van de methode; de huidige is geselecteerd. Enter springt naar een stap.</translation>
    </message>
    <message>
        <location line="+263"/>
        <source>A colleague&apos;s name: it reaches them under &quot;For you&quot;</source>
        <translation>De naam van een collega: het komt bij hen aan onder &quot;Voor jou&quot;</translation>
    </message>
    <message>
        <location line="+190"/>
        <source>The call is saved, but it could not be read back: %1</source>
        <translation>Het gesprek is opgeslagen, maar kon niet worden teruggelezen: %1</translation>
    </message>
</context>
<context>
    <name>rd::CaseListModel</name>
    <message>
        <location filename="../ui/cases/CaseListModel.cpp" line="+181"/>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cause</source>
        <translation>Oorzaak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>Geopend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open promises</source>
        <translation>Open beloften</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Last activity</source>
        <translation>Laatste activiteit</translation>
    </message>
</context>
<context>
    <name>rd::CaseListView</name>
    <message>
        <location filename="../ui/cases/CaseListView.cpp" line="+71"/>
        <source>Search names, phone numbers, e-mail and case text  (Ctrl+F)</source>
        <translation>Zoek in namen, telefoonnummers, e-mail en zaaktekst  (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search cases</source>
        <translation>Zaken zoeken</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Any status</source>
        <translation>Elke status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any kind</source>
        <translation>Elke soort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any cause</source>
        <translation>Elke oorzaak</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Any time</source>
        <translation>Altijd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>Laatste 7 dagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Laatste 30 dagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 12 months</source>
        <translation>Laatste 12 maanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Overdue only</source>
        <translation>Alleen &amp;te laat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No confir&amp;mation sent</source>
        <translation>Geen &amp;bevestiging verstuurd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only cases of customers with an e-mail address that no written confirmation went out for.</source>
        <translation>Alleen zaken van klanten met een e-mailadres waarvoor nog geen schriftelijke bevestiging is verstuurd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show:</source>
        <translation>Tonen:</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+103"/>
        <source>%1 cases</source>
        <translation>%1 zaken</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>best %1 matches</source>
        <translation>beste %1 treffers</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n treffer</numerusform>
            <numerusform>%n treffers</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Anyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Export &amp;list…</source>
        <translation>Lijst e&amp;xporteren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cases shown (all of them, with the filters and order of the list) as CSV or PDF</source>
        <translation>De getoonde zaken (allemaal, met de filters en volgorde van de lijst) als CSV of PDF</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+100"/>
        <source>Cases</source>
        <translation>Zaken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing the case list…</source>
        <translation>De zakenlijst schrijven…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+14"/>
        <source>Export the case list</source>
        <translation>De zakenlijst exporteren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV for spreadsheets (*.csv);;PDF, first %1 rows (*.pdf)</source>
        <translation>CSV voor spreadsheets (*.csv);;PDF, eerste %1 regels (*.pdf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved %1.</source>
        <translation>%1 opgeslagen.</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>Status filter</source>
        <translation>Filter op status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Only cases with this status.</source>
        <translation>Alleen zaken met deze status.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind filter</source>
        <translation>Filter op soort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Only complaints, questions, compliments or suggestions.</source>
        <translation>Alleen klachten, vragen, complimenten of suggesties.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cause filter</source>
        <translation>Filter op oorzaak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Only cases with this cause.</source>
        <translation>Alleen zaken met deze oorzaak.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Owner filter</source>
        <translation>Filter op eigenaar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Only the cases of one employee.</source>
        <translation>Alleen de zaken van één medewerker.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Period filter</source>
        <translation>Filter op periode</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Only the cases opened in this period.</source>
        <translation>Alleen de zaken die in deze periode zijn geopend.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>All cases that match the search and filters. Click a header to sort; Enter opens a case.</source>
        <translation>Alle zaken die passen bij de zoekopdracht en de filters. Klik op een kop om te sorteren; Enter opent een zaak.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Search results</source>
        <translation>Zoekresultaten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cases that match the search, best first, with the matching words marked. Enter opens a case.</source>
        <translation>Zaken die bij de zoekopdracht passen, de beste eerst, met de gevonden woorden gemarkeerd. Enter opent een zaak.</translation>
    </message>
</context>
<context>
    <name>rd::CaseView</name>
    <message>
        <location filename="../ui/cases/CaseView.cpp" line="+75"/>
        <source>&amp;Open promises and callbacks:</source>
        <translation>&amp;Openstaande beloften en terugbelnotities:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;History:</source>
        <translation>Geschiede&amp;nis:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>History of the case</source>
        <translation>Geschiedenis van de zaak</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Is the customer&apos;s trust restored? Ask them.</source>
        <translation>Is het vertrouwen van de klant hersteld? Vraag het.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In the customer&apos;s own words (optional) — Enter closes the case</source>
        <translation>In de woorden van de klant (optioneel) — Enter sluit de zaak</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>C&amp;lose case…</source>
        <translation>Zaak s&amp;luiten…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Written confirmation…</source>
        <translation>&amp;Schriftelijke bevestiging…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reco&amp;gnise…</source>
        <translation>&amp;Erkennen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write to the employee what exactly they did well in this case</source>
        <translation>Schrijf de medewerker wat er precies goed ging in deze zaak</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Recognition sent to %1.</source>
        <translation>Waardering verstuurd aan %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No case chosen</source>
        <translation>Geen zaak gekozen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a case from the work queue or the case list (Enter).</source>
        <translation>Open een zaak vanuit de werklijst of de zakenlijst (Enter).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opened</source>
        <translation>Geopend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the customer expected</source>
        <translation>Wat de klant verwachtte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary (confirmed by the customer)</source>
        <translation>Samenvatting (bevestigd door de klant)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our side</source>
        <translation>Onze kant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cause</source>
        <translation>Oorzaak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest note</source>
        <translation>Laatste notitie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compliment for</source>
        <translation>Compliment voor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written confirmation</source>
        <translation>Schriftelijke bevestiging</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing open.</source>
        <translation>Niets open.</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>This case still has %n open promise(s) or callback(s). Settle each first: K kept, B broken, H hand over (or N, R).</source>
        <translation>
            <numerusform>Deze zaak heeft nog %n openstaande belofte of terugbelnotitie. Handel die eerst af: K nagekomen, B niet nagekomen, H overdragen (of N, R).</numerusform>
            <numerusform>Deze zaak heeft nog %n openstaande beloften of terugbelnotities. Handel elk eerst af: K nagekomen, B niet nagekomen, H overdragen (of N, R).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose the outcome first (1–4): ask the customer whether the relationship is stronger, the same or weaker.</source>
        <translation>Kies eerst de uitkomst (1–4): vraag de klant of de relatie sterker, gelijk of zwakker is.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Case closed.</source>
        <translation>Zaak gesloten.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>That key does not fit this item.</source>
        <translation>Die toets past niet bij dit item.</translation>
    </message>
    <message>
        <location line="-240"/>
        <source>On an open item: C call now  ·  K kept  ·  N no news yet  ·  R reschedule  ·  B broken  ·  H hand over</source>
        <translation>Op een open item: C nu bellen  ·  K nagekomen  ·  N nog geen nieuws  ·  R verzetten  ·  B niet nagekomen  ·  H overdragen</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>C&amp;ustomer</source>
        <translation>&amp;Klant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as P&amp;DF…</source>
        <translation>Opslaan als P&amp;DF…</translation>
    </message>
    <message>
        <location line="+209"/>
        <source>Case %1</source>
        <translation>Zaak %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the case as PDF</source>
        <translation>De zaak opslaan als PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved %1.</source>
        <translation>%1 opgeslagen.</translation>
    </message>
    <message>
        <location line="-244"/>
        <source>What will change so this does not happen again — Enter saves, Esc cancels</source>
        <translation>Wat er verandert zodat dit niet meer gebeurt — Enter bewaart, Esc annuleert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Improvement:</source>
        <translation>Verbeterpunt:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who:</source>
        <translation>Wie:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Improvement item…</source>
        <translation>&amp;Verbeterpunt…</translation>
    </message>
    <message>
        <location line="+196"/>
        <source>Improvement item made: %1</source>
        <translation>Verbeterpunt gemaakt: %1</translation>
    </message>
    <message>
        <location line="-281"/>
        <source>Case details</source>
        <translation>Gegevens van de zaak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What the customer told, expected and what was decided.</source>
        <translation>Wat de klant vertelde en verwachtte, en wat er is besloten.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open promises and callbacks</source>
        <translation>Openstaande beloften en terugbelnotities</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What is still to be done for this case. K kept, B broken, Enter acts on one.</source>
        <translation>Wat er voor deze zaak nog moet gebeuren. K nagekomen, B niet nagekomen, Enter handelt er een af.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Everything that happened in this case, oldest first, who and when.</source>
        <translation>Alles wat er in deze zaak gebeurde, oudste eerst, wie en wanneer.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Customer&apos;s words</source>
        <translation>Woorden van de klant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How the customer put it, in their own words (optional). Enter closes the case.</source>
        <translation>Hoe de klant het zei, in eigen woorden (optioneel). Enter sluit de zaak.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Improvement</source>
        <translation>Verbetering</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What will change so this does not happen again. Enter saves, Esc cancels.</source>
        <translation>Wat er verandert zodat dit niet opnieuw gebeurt. Enter bewaart, Esc annuleert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Improvement owner</source>
        <translation>Eigenaar van de verbetering</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who sees to the improvement.</source>
        <translation>Wie voor de verbetering zorgt.</translation>
    </message>
</context>
<context>
    <name>rd::Charts</name>
    <message>
        <location filename="../ui/review/Charts.cpp" line="+32"/>
        <source>Behaviour</source>
        <translation>Gedrag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Process</source>
        <translation>Proces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Information</source>
        <translation>Informatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
</context>
<context>
    <name>rd::ChoiceStepPage</name>
    <message>
        <location filename="../ui/call/pages/ChoiceStepPage.cpp" line="+76"/>
        <source>Calm</source>
        <translation>Rustig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A little annoyed</source>
        <translation>Een beetje geïrriteerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annoyed</source>
        <translation>Geïrriteerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upset</source>
        <translation>Boos of overstuur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very upset or angry</source>
        <translation>Erg boos of overstuur</translation>
    </message>
</context>
<context>
    <name>rd::ClosePage</name>
    <message>
        <location filename="../ui/call/pages/ClosePage.cpp" line="+28"/>
        <source>Read this back to the customer:</source>
        <translation>Lees dit voor aan de klant:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agreements to read back</source>
        <translation>Afspraken om voor te lezen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How does the customer sound now?</source>
        <translation>Hoe klinkt de klant nu?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Send the written confirmation</source>
        <translation>Schriftelijke bevestiging versturen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+M; Ctrl+Shift+M shows it first</source>
        <translation>Ctrl+M; Ctrl+Shift+M laat hem eerst zien</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Thank you for taking the time to tell us.</source>
        <translation>Dank u wel dat u de tijd nam om het ons te vertellen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank you for calling us and for telling us this.</source>
        <translation>Dank u wel voor uw telefoontje en dat u ons dit hebt verteld.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 has no e-mail address: Ctrl+M shows the confirmation in %2, to print, save as a PDF letter or copy.</source>
        <translation>%1 heeft geen e-mailadres: Ctrl+M laat de bevestiging in het %2 zien, om af te drukken, als PDF-brief op te slaan of te kopiëren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+M puts the confirmation in %1 into your mail program, to %2. Ctrl+Shift+M shows it first.</source>
        <translation>Ctrl+M zet de bevestiging in het %1 in je mailprogramma, aan %2. Ctrl+Shift+M laat hem eerst zien.</translation>
    </message>
</context>
<context>
    <name>rd::ComparisonView</name>
    <message>
        <location filename="../ui/review/ComparisonView.cpp" line="+85"/>
        <source>Q%1 %2</source>
        <translation>%1e kwartaal %2</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Periods to compare</source>
        <translation>Periodes om te vergelijken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Which two periods are set side by side.</source>
        <translation>Welke twee periodes naast elkaar staan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month against the same month last year</source>
        <translation>Deze maand tegen dezelfde maand vorig jaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last month against the month before</source>
        <translation>Vorige maand tegen de maand daarvoor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This quarter against last quarter</source>
        <translation>Dit kwartaal tegen het vorige kwartaal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last quarter against the quarter before</source>
        <translation>Vorig kwartaal tegen het kwartaal daarvoor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year against last year</source>
        <translation>Dit jaar tegen vorig jaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Which periods:</source>
        <translation>Welke perio&amp;des:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Side &amp;by side (Enter shows the cases behind a figure in the period of its column):</source>
        <translation>&amp;Naast elkaar (Enter toont de zaken achter een cijfer in de periode van die kolom):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Two periods compared</source>
        <translation>Twee periodes vergeleken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Each figure in both periods and the change in words. Enter shows the cases behind it.</source>
        <translation>Elk cijfer in beide periodes en de verandering in woorden. Enter toont de zaken erachter.</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+1"/>
        <source>%1 up to %2</source>
        <translation>%1 tot en met %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 against %2: %3.</source>
        <translation>%1 tegen %2: %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Figure</source>
        <translation>Cijfer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Verandering</translation>
    </message>
</context>
<context>
    <name>rd::ConfirmationDialog</name>
    <message>
        <location filename="../ui/letters/ConfirmationDialog.cpp" line="+32"/>
        <source>Written confirmation</source>
        <translation>Schriftelijke bevestiging</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>To:</source>
        <translation>Aan:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The customer&apos;s language</source>
        <translation>De taal van de klant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language the confirmation is written in. Changing it here changes it for the customer.</source>
        <translation>De taal waarin de bevestiging is geschreven. Wijzig je hem hier, dan wijzigt hij ook voor de klant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The subject of the mail or letter.</source>
        <translation>Het onderwerp van de mail of brief.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Onderwerp:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The confirmation</source>
        <translation>De bevestiging</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The text the customer receives. Correct it here before it goes out.</source>
        <translation>De tekst die de klant krijgt. Verbeter hem hier voordat hij verstuurd wordt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text:</source>
        <translation>T&amp;ekst:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Postal address</source>
        <translation>Postadres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street and number, postcode and town: for a letter. It is kept with the customer.</source>
        <translation>Straat en huisnummer, postcode en plaats: voor een brief. Het wordt bij de klant bewaard.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal &amp;address:</source>
        <translation>Post&amp;adres:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open in &amp;mail program</source>
        <translation>Openen in &amp;mailprogramma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy text</source>
        <translation>Tekst &amp;kopiëren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as &amp;PDF letter…</source>
        <translation>Opslaan als &amp;PDF-brief…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;rint letter…</source>
        <translation>Brief af&amp;drukken…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the letter as PDF</source>
        <translation>De brief opslaan als PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>confirmation.pdf</source>
        <translation>bevestiging.pdf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 (no e-mail address: send a letter, or copy the text)</source>
        <translation>%1 (geen e-mailadres: stuur een brief, of kopieer de tekst)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Write it again?</source>
        <translation>Opnieuw schrijven?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the confirmation again in %1? Your corrections to the text are not carried over.</source>
        <translation>De bevestiging opnieuw schrijven in het %1? Je verbeteringen in de tekst gaan niet mee.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Written in %1 now; %2 keeps this language.</source>
        <translation>Nu in het %1 geschreven; %2 houdt deze taal.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The letter went to the printer.</source>
        <translation>De brief is naar de printer gegaan.</translation>
    </message>
</context>
<context>
    <name>rd::ConnectionBanner</name>
    <message>
        <location filename="../ui/widgets/ConnectionBanner.cpp" line="+17"/>
        <source>Team database connection</source>
        <translation>Verbinding met de teamdatabase</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The team database at %1 cannot be reached. Keep working: nothing you type is lost, it is saved as soon as the connection is back. Trying again every few seconds…</source>
        <translation>De teamdatabase op %1 is niet bereikbaar. Werk gewoon door: niets van wat je typt gaat verloren, het wordt opgeslagen zodra de verbinding terug is. Elke paar seconden wordt het opnieuw geprobeerd…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Connected to the team database again. What you typed meanwhile is being saved.</source>
        <translation>Weer verbonden met de teamdatabase. Wat je intussen typte, wordt nu opgeslagen.</translation>
    </message>
</context>
<context>
    <name>rd::CustomerCard</name>
    <message>
        <location filename="../ui/cases/CustomerCard.cpp" line="+49"/>
        <source>&lt;p&gt;&lt;b&gt;No customer yet&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Find or add the caller to see their earlier cases and open promises here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Nog geen klant&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Zoek of voeg de beller toe om hier eerdere zaken en openstaande beloften te zien.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Repeat complainant: %n earlier complaint(s) in the past year. Acknowledge that this is not the first time.</source>
        <translation>
            <numerusform>Herhaalde klager: %n eerdere klacht in het afgelopen jaar. Erken dat het niet de eerste keer is.</numerusform>
            <numerusform>Herhaalde klager: %n eerdere klachten in het afgelopen jaar. Erken dat het niet de eerste keer is.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open promises</source>
        <translation>Openstaande beloften</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None.</source>
        <translation>Geen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Earlier cases</source>
        <translation>Eerdere zaken</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>First contact.</source>
        <translation>Eerste contact.</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The caller&apos;s details, earlier cases and open promises.</source>
        <translation>De gegevens van de beller, eerdere zaken en openstaande beloften.</translation>
    </message>
</context>
<context>
    <name>rd::CustomerLookup</name>
    <message>
        <location filename="../ui/call/parts/CustomerLookup.cpp" line="+28"/>
        <source>Find the customer (name, phone number or e-mail):</source>
        <translation>Zoek de klant (naam, telefoonnummer of e-mail):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type to search — Enter picks the first match</source>
        <translation>Typ om te zoeken — Enter kiest de eerste treffer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find the customer</source>
        <translation>Zoek de klant</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>Matching customers</source>
        <translation>Gevonden klanten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ne&amp;w customer</source>
        <translation>Nieu&amp;we klant</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>Tele&amp;foon:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisatie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add customer and start</source>
        <translation>Klant toevoegen en &amp;starten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Probably a customer already here</source>
        <translation>Waarschijnlijk een klant die er al is</translation>
    </message>
    <message numerus="yes">
        <location line="+122"/>
        <source>%n open promise(s)</source>
        <translation>
            <numerusform>%n open belofte</numerusform>
            <numerusform>%n open beloften</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Maybe %1? Enter takes this customer; %2 adds a new one anyway.</source>
        <translation>Misschien %1? Enter kiest deze klant; %2 voegt toch een nieuwe toe.</translation>
    </message>
    <message>
        <location line="-172"/>
        <source>Customers whose name, phone number or e-mail match what you typed. Enter chooses one.</source>
        <translation>Klanten van wie de naam, het telefoonnummer of het e-mailadres past bij wat je typte. Enter kiest er een.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The new customer&apos;s name, as they say it.</source>
        <translation>De naam van de nieuwe klant, zoals die hem zegt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A number to call the customer back on, in any spacing.</source>
        <translation>Een nummer om de klant op terug te bellen, met of zonder spaties.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The customer&apos;s e-mail address (optional).</source>
        <translation>Het e-mailadres van de klant (optioneel).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The customer&apos;s company or organisation (optional).</source>
        <translation>Het bedrijf of de organisatie van de klant (optioneel).</translation>
    </message>
</context>
<context>
    <name>rd::CustomerView</name>
    <message>
        <location filename="../ui/cases/CustomerView.cpp" line="+65"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>Tele&amp;foon:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisatie:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Postal address</source>
        <translation>Postadres</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Street and number, postcode and town, for a letter. Save changes (Alt+S) keeps it.</source>
        <translation>Straat en huisnummer, postcode en plaats, voor een brief. Wijzigingen opslaan (Alt+W) bewaart het.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language for letters</source>
        <translation>Taal van brieven</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The language written confirmations to this customer are in.</source>
        <translation>De taal van schriftelijke bevestigingen aan deze klant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal &amp;address:</source>
        <translation>Post&amp;adres:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lan&amp;guage for letters:</source>
        <translation>Taal van &amp;brieven:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save changes</source>
        <translation>&amp;Wijzigingen opslaan</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Changes to the details:</source>
        <translation>Wijzigingen in de gegevens:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Cases (Enter opens):</source>
        <translation>&amp;Zaken (Enter opent):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open promises:</source>
        <translation>Openstaande beloften:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Records merged into this one</source>
        <translation>Records samengevoegd met deze klant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Records of this customer that were merged into this one. Split back returns their cases to them.</source>
        <translation>Records van deze klant die met dit record zijn samengevoegd. Weer splitsen geeft hun zaken terug.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Split &amp;back</source>
        <translation>Weer &amp;splitsen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No customer chosen</source>
        <translation>Geen klant gekozen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a customer from a case (Alt+U).</source>
        <translation>Open een klant vanuit een zaak (Alt+K).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>As set in Settings (now %1)</source>
        <translation>Zoals in de Instellingen (nu %1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n case(s) in all; </source>
        <translation>
            <numerusform>%n zaak in totaal; </numerusform>
            <numerusform>%n zaken in totaal; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n complaint(s) in the past year.</source>
        <translation>
            <numerusform>%n klacht in het afgelopen jaar.</numerusform>
            <numerusform>%n klachten in het afgelopen jaar.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A repeat complainant: acknowledge it on the next call.</source>
        <translation>Een herhaalde klager: erken dat in het volgende gesprek.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None.</source>
        <translation>Geen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 — merged %2 by %3</source>
        <translation>%1 — samengevoegd %2 door %3</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>added</source>
        <translation>toegevoegd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>merged into %1</source>
        <translation>samengevoegd met %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>merged with %1</source>
        <translation>%1 ermee samengevoegd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>split back from %1</source>
        <translation>weer gesplitst van %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>split back: %1</source>
        <translation>weer gesplitst: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>personal data erased</source>
        <translation>persoonsgegevens gewist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed: %1</source>
        <translation>gewijzigd: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Split back: the cases of that record are its own again.</source>
        <translation>Weer gesplitst: de zaken van dat record zijn weer van dat record.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Details saved.</source>
        <translation>Gegevens opgeslagen.</translation>
    </message>
    <message>
        <location line="-225"/>
        <source>E&amp;xport data…</source>
        <translation>Gegevens e&amp;xporteren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything held about this customer, as a JSON file (their right of access).</source>
        <translation>Alles wat over deze klant is vastgelegd, als JSON-bestand (het recht op inzage).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;rase customer…</source>
        <translation>Klant w&amp;issen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove this customer&apos;s personal data from all cases and the history, on their request.</source>
        <translation>Verwijder op verzoek van de klant diens persoonsgegevens uit alle zaken en uit de geschiedenis.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Merged into this record (entered twice):</source>
        <translation>Samengevoegd met dit record (dubbel ingevoerd):</translation>
    </message>
    <message>
        <location line="+189"/>
        <location line="+16"/>
        <source>Erase customer</source>
        <translation>Klant wissen</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Erase all personal data of %1 from every case and from the history? This cannot be undone; the history keeps only that an erase was done, by you, now.

Reason (no personal data):</source>
        <translation>Alle persoonsgegevens van %1 wissen uit elke zaak en uit de geschiedenis? Dit kan niet ongedaan worden gemaakt; de geschiedenis bewaart alleen dat er is gewist, door jou, nu.

Reden (zonder persoonsgegevens):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Request of the customer</source>
        <translation>Verzoek van de klant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Erase</source>
        <translation>&amp;Wissen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Erasing the customer&apos;s personal data…</source>
        <translation>De persoonsgegevens van de klant worden gewist…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The customer&apos;s personal data was erased.</source>
        <translation>De persoonsgegevens van de klant zijn gewist.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export customer data</source>
        <translation>Klantgegevens exporteren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-bestanden (*.json)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exported the customer&apos;s data to %1.</source>
        <translation>De gegevens van de klant zijn geëxporteerd naar %1.</translation>
    </message>
    <message>
        <location line="-308"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The customer&apos;s name. Enter saves a correction.</source>
        <translation>De naam van de klant. Enter bewaart een correctie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The customer&apos;s phone number. Enter saves a correction.</source>
        <translation>Het telefoonnummer van de klant. Enter bewaart een correctie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The customer&apos;s e-mail address. Enter saves a correction.</source>
        <translation>Het e-mailadres van de klant. Enter bewaart een correctie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The customer&apos;s organisation. Enter saves a correction.</source>
        <translation>De organisatie van de klant. Enter bewaart een correctie.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Cases of this customer</source>
        <translation>Zaken van deze klant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All cases of this customer, newest first. Enter opens one.</source>
        <translation>Alle zaken van deze klant, nieuwste eerst. Enter opent er een.</translation>
    </message>
</context>
<context>
    <name>rd::DueTimeEdit</name>
    <message>
        <location filename="../ui/widgets/DueTimeEdit.cpp" line="+22"/>
        <source>Quick pick</source>
        <translation>Snelkeuze</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>Date and time</source>
        <translation>Datum en tijd</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Quick picks</source>
        <translation>Snelle keuzes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Common due times; choose one or set the date and time yourself.</source>
        <translation>Veelgebruikte tijdstippen; kies er een of stel zelf datum en tijd in.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The exact due date and time.</source>
        <translation>De precieze datum en tijd.</translation>
    </message>
</context>
<context>
    <name>rd::DuplicatesDialog</name>
    <message>
        <location filename="../ui/cases/DuplicatesDialog.cpp" line="+29"/>
        <location line="+32"/>
        <source>Find duplicate customers</source>
        <translation>Dubbele klanten zoeken</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Likely duplicate customers</source>
        <translation>Waarschijnlijk dubbele klanten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pairs of customer records that are probably one customer. Enter compares and merges.</source>
        <translation>Paren klantrecords die waarschijnlijk één klant zijn. Enter vergelijkt en voegt samen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Probably the same as</source>
        <translation>Waarschijnlijk dezelfde als</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter: compare and merge · Esc: close</source>
        <translation>Enter: vergelijken en samenvoegen · Esc: sluiten</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Comparing the customers…</source>
        <translation>De klanten worden vergeleken…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No likely duplicates: every customer&apos;s number, address and name is their own.</source>
        <translation>Geen waarschijnlijke dubbelen: elke klant heeft een eigen nummer, adres en naam.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n pair(s) of records that are probably one customer, the surest first.</source>
        <translation>
            <numerusform>%n paar records dat waarschijnlijk één klant is.</numerusform>
            <numerusform>%n paren records die waarschijnlijk één klant zijn, de zekerste eerst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Merged into %1. %n pair(s) left.</source>
        <translation>
            <numerusform>Samengevoegd met %1. Nog %n paar.</numerusform>
            <numerusform>Samengevoegd met %1. Nog %n paren.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::ExportDialog</name>
    <message>
        <location filename="../ui/cases/ExportDialog.cpp" line="+27"/>
        <source>Export cases</source>
        <translation>Zaken exporteren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All cases</source>
        <translation>Alle zaken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened in the last 30 days</source>
        <translation>Geopend in de laatste 30 dagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened in the last 90 days</source>
        <translation>Geopend in de laatste 90 dagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened in the last 12 months</source>
        <translation>Geopend in de laatste 12 maanden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everyone&apos;s cases</source>
        <translation>De zaken van iedereen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My cases (%1)</source>
        <translation>Mijn zaken (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compliments and recognition for one colleague, to send back</source>
        <translation>Complimenten en waardering voor één collega, om terug te sturen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compliments and recognition for the whole team, to send back</source>
        <translation>Complimenten en waardering voor het hele team, om terug te sturen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The colleague&apos;s name</source>
        <translation>De naam van de collega</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Which cases:</source>
        <translation>&amp;Welke zaken:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Co&amp;lleague:</source>
        <translation>&amp;Collega:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File:</source>
        <translation>Be&amp;stand:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export cases to</source>
        <translation>Zaken exporteren naar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case bundles (*.rdbundle)</source>
        <translation>Zakenbundels (*.rdbundle)</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Wh&amp;ose:</source>
        <translation>&amp;Van wie:</translation>
    </message>
</context>
<context>
    <name>rd::ForYouView</name>
    <message>
        <location filename="../ui/recognition/ForYouView.cpp" line="+24"/>
        <source>What customers and your team lead said about your work. Press Enter to open the case.</source>
        <translation>Wat klanten en je teamleider over je werk zeiden. Druk op Enter om de zaak te openen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>For you</source>
        <translation>Voor jou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compliments customers gave about you and recognition from your team lead, newest first. New ones are in bold; Enter opens the case and marks it read.</source>
        <translation>Complimenten die klanten over je gaven en waardering van je teamleider, nieuwste eerst. Nieuwe staan vet; Enter opent de zaak en markeert hem als gelezen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing here yet. When a customer compliments you, or your team lead writes what you did well in a case, it appears here.</source>
        <translation>Hier staat nog niets. Als een klant je een compliment geeft, of je teamleider schrijft wat je goed deed in een zaak, verschijnt het hier.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A customer&apos;s compliment, %1</source>
        <translation>Compliment van een klant, %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compliment from %1, a customer, %2</source>
        <translation>Compliment van %1, een klant, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recognition from %1, %2</source>
        <translation>Waardering van %1, %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>(no words noted)</source>
        <translation>(geen woorden genoteerd)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
</context>
<context>
    <name>rd::HelpDialog</name>
    <message>
        <location filename="../ui/shell/HelpDialog.cpp" line="+17"/>
        <source>Recovery Desk help</source>
        <translation>Hulp bij Recovery Desk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Keys</source>
        <translation>&amp;Toetsen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the &amp;call guide works</source>
        <translation>Zo werkt de &amp;gespreksgids</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Anywhere</source>
        <translation>Overal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>During a call</source>
        <translation>Tijdens een gesprek</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Work queue and case</source>
        <translation>Werklijst en zaak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case list</source>
        <translation>Zakenlijst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customers</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New call: the cursor goes to the customer search</source>
        <translation>Nieuw gesprek: de cursor staat in het zoekveld voor de klant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+1 … Ctrl+7</source>
        <translation>Ctrl+1 … Ctrl+7</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Work queue, call, cases, case, customer, review, reflection</source>
        <translation>Werklijst, gesprek, zaken, zaak, klant, review, reflectie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Search all cases as you type</source>
        <translation>Alle zaken doorzoeken terwijl je typt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F1, Ctrl+/</source>
        <translation>F1, Ctrl+/</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This help</source>
        <translation>Deze hulp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo the last change you made here (itself recorded in the history)</source>
        <translation>De laatste wijziging die je hier maakte ongedaan maken (ook dat komt in de geschiedenis)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter (in the search)</source>
        <translation>Enter (in het zoekveld)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pick the first match, or add a new customer with what you typed</source>
        <translation>De eerste treffer kiezen, of een nieuwe klant toevoegen met wat je typte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter (in the new-customer form)</source>
        <translation>Enter (in het formulier voor een nieuwe klant)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>With a hint &quot;Maybe …?&quot; shown: take that customer instead of adding one twice</source>
        <translation>Met de hint &quot;Misschien …?&quot; in beeld: die klant kiezen in plaats van een klant dubbel toe te voegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Enter, Alt+Right</source>
        <translation>Ctrl+Enter, Alt+Rechts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step done, go to the next one</source>
        <translation>Stap klaar, naar de volgende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+Left</source>
        <translation>Alt+Links</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back one step</source>
        <translation>Eén stap terug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+Enter</source>
        <translation>Ctrl+Shift+Enter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skip the step (recorded)</source>
        <translation>De stap overslaan (wordt vastgelegd)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The list of steps; Enter jumps to one</source>
        <translation>De lijst met stappen; Enter springt naar een stap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 – 5</source>
        <translation>1 – 5</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pick an option: emotion, cause, decision, resolution</source>
        <translation>Een keuze maken: emotie, oorzaak, besluit, afhandeling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>At Close the call: the written confirmation into the mail program, in the customer&apos;s language</source>
        <translation>Bij Gesprek afronden: de schriftelijke bevestiging in het mailprogramma, in de taal van de klant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>At Close the call: the written confirmation to look at first, copy, save as a PDF letter or print</source>
        <translation>Bij Gesprek afronden: de schriftelijke bevestiging eerst bekijken, kopiëren, als PDF-brief opslaan of afdrukken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End the call (not while an unresolved case has no agreed next contact)</source>
        <translation>Het gesprek beëindigen (niet zolang een onopgeloste zaak geen afgesproken volgend contact heeft)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take the call waiting in the banner at the top (once this call has ended)</source>
        <translation>Het gesprek aannemen dat bovenin wacht (zodra dit gesprek klaar is)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+10"/>
        <source>Open the case</source>
        <translation>De zaak openen</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Call now: dials the number and opens a short follow-up call that settles the item</source>
        <translation>Nu bellen: belt het nummer en opent een kort vervolggesprek dat het punt afhandelt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kept, or callback done (with the result)</source>
        <translation>Nagekomen, of teruggebeld (met het resultaat)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contacted without news yet: the next contact is agreed</source>
        <translation>Contact gehad zonder nieuws: het volgende contact is afgesproken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reschedule (new time and reason; counts as late)</source>
        <translation>Verzetten (nieuwe tijd en reden; telt als te laat)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Broken (with the reason)</source>
        <translation>Niet nagekomen (met de reden)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Callback not answered: try again later</source>
        <translation>Terugbellen niet beantwoord: later opnieuw proberen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hand over to a colleague</source>
        <translation>Overdragen aan een collega</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+L</source>
        <translation>Alt+L</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close the case (asks how the customer sees it now)</source>
        <translation>De zaak sluiten (vraagt hoe de klant er nu tegenaan kijkt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+U</source>
        <translation>Alt+U</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the customer</source>
        <translation>De klant openen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+F, then type</source>
        <translation>Ctrl+F, dan typen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Search names, phone numbers, e-mail and all case text</source>
        <translation>Zoeken in namen, telefoonnummers, e-mail en alle tekst van zaken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esc (in the search)</source>
        <translation>Esc (in het zoekveld)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to the whole list</source>
        <translation>Terug naar de hele lijst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Find customers entered twice; Enter compares a pair and merges it</source>
        <translation>Dubbel ingevoerde klanten zoeken; Enter vergelijkt een paar en voegt het samen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+B (customer view)</source>
        <translation>Alt+S (klantoverzicht)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Split a merged record back: its cases are its own again</source>
        <translation>Een samengevoegd record weer splitsen: de zaken zijn weer van dat record</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Every key, by where it works.</source>
        <translation>Elke toets, naar waar hij werkt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What they do</source>
        <translation>Wat ze doen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>How the call guide works</source>
        <translation>Zo werkt de gespreksgids</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The method behind the call screen, step by step.</source>
        <translation>De methode achter het gespreksscherm, stap voor stap.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h2&gt;How the call guide works&lt;/h2&gt;&lt;p&gt;An upset customer first wants to be heard, then understood, and then wants to know what happens next. The call screen leads you through that order, one step at a time. The left column lists the steps (✓ done, ↷ skipped, ○ open); the middle says what to do now and gives an example of what you could say; the right column shows who is calling, their earlier cases and open promises.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Who is calling?&lt;/b&gt; Find the customer or add them. A repeat complainant is flagged: say that you see it is not the first time.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Listen first.&lt;/b&gt; Let the customer tell the whole story without interrupting; note it in their words.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ask what they expected.&lt;/b&gt; What would have been right for them, and what would they like now?&lt;/li&gt;&lt;li&gt;&lt;b&gt;Acknowledge.&lt;/b&gt; Say that you understand how this feels, without excuses.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Summarise and check.&lt;/b&gt; Read the summary back; the customer confirms it or corrects it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Our side, openly.&lt;/b&gt; Explain what happened on our side, in plain words.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Own it.&lt;/b&gt; Take responsibility as the company. Phrases that shift the blame are marked as you type, with a better way to say it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Assess the cause.&lt;/b&gt; Behaviour, process, product, or information.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Decide and say so.&lt;/b&gt; Yes, no with an alternative, or a compromise, and why.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Make agreements.&lt;/b&gt; If it cannot be settled now: what you will do, by when, and when you will contact the customer again, even without news. Never ask the customer to call back: make a callback note instead.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Close the call.&lt;/b&gt; The agreements are read back in plain sentences; check how to reach the customer.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Everything is saved as you type. You can go back, skip a step (it is recorded) or jump with Ctrl+L. A compliment takes a short path: listen, thank, pass it on.&lt;/p&gt;&lt;p&gt;Afterwards the work queue keeps every promise in sight until it is kept, and the customer is asked, when the case closes, whether the relationship came out stronger.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Zo werkt de gespreksgids&lt;/h2&gt;&lt;p&gt;Een boze klant wil eerst gehoord worden, dan begrepen, en daarna weten wat er gaat gebeuren. Het gespreksscherm leidt je in die volgorde door het gesprek, stap voor stap. De linkerkolom toont de stappen (✓ klaar, ↷ overgeslagen, ○ open); het midden zegt wat je nu doet en geeft een voorbeeld van wat je kunt zeggen; de rechterkolom toont wie er belt, met eerdere zaken en openstaande beloften.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Wie belt er?&lt;/b&gt; Zoek de klant op of voeg hem toe. Een herhaalde klager wordt gemarkeerd: zeg dat je ziet dat het niet de eerste keer is.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Eerst luisteren.&lt;/b&gt; Laat de klant het hele verhaal vertellen zonder te onderbreken; noteer het in zijn woorden.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Vraag naar de verwachting.&lt;/b&gt; Wat was voor de klant goed geweest, en wat wil hij nu?&lt;/li&gt;&lt;li&gt;&lt;b&gt;Erkennen.&lt;/b&gt; Zeg dat je begrijpt hoe dit voelt, zonder excuses te zoeken.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Samenvatten en checken.&lt;/b&gt; Lees de samenvatting voor; de klant bevestigt of verbetert haar.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Onze kant, open.&lt;/b&gt; Leg in gewone woorden uit wat er aan onze kant gebeurde.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Neem het op je.&lt;/b&gt; Neem verantwoordelijkheid namens het bedrijf. Zinnen die de schuld verleggen worden gemarkeerd terwijl je typt, met een betere formulering.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Oorzaak bepalen.&lt;/b&gt; Gedrag, proces, product of informatie.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Besluiten en het zeggen.&lt;/b&gt; Ja, nee met een alternatief, of een compromis, en waarom.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Afspraken maken.&lt;/b&gt; Kan het nu niet worden opgelost: wat je gaat doen, wanneer, en wanneer je de klant weer spreekt, ook zonder nieuws. Vraag de klant nooit zelf terug te bellen: maak een terugbelnotitie.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Gesprek afronden.&lt;/b&gt; De afspraken worden in gewone zinnen voorgelezen; controleer hoe je de klant bereikt.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Alles wordt bewaard terwijl je typt. Je kunt teruggaan, een stap overslaan (dat wordt vastgelegd) of springen met Ctrl+L. Een compliment volgt een kort pad: luisteren, bedanken, doorgeven.&lt;/p&gt;&lt;p&gt;Daarna houdt de werklijst elke belofte in beeld tot ze is nagekomen, en bij het sluiten van de zaak wordt de klant gevraagd of de relatie sterker is geworden.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>rd::IdentifyPage</name>
    <message>
        <location filename="../ui/call/pages/IdentifyPage.cpp" line="+39"/>
        <source>&amp;Kind:</source>
        <translation>Soort &amp;zaak:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanaal:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Calling: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Aan de lijn: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Kind of call</source>
        <translation>Soort gesprek</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Complaint, question, compliment or suggestion.</source>
        <translation>Klacht, vraag, compliment of suggestie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How the customer contacted us.</source>
        <translation>Hoe de klant contact met ons opnam.</translation>
    </message>
</context>
<context>
    <name>rd::Letter</name>
    <message>
        <location filename="../core/letters/ConfirmationWriter.cpp" line="+49"/>
        <source>I will %1, by %2.</source>
        <translation>Ik zorg voor het volgende: %1, uiterlijk %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My colleague %1 will %2, by %3.</source>
        <translation>Mijn collega %1 zorgt voor het volgende: %2, uiterlijk %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I will contact you again on %1, also if there is no news yet.</source>
        <translation>Ik neem op %1 weer contact met u op, ook als er nog geen nieuws is.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My colleague %1 will contact you again on %2, also if there is no news yet.</source>
        <translation>Mijn collega %1 neemt op %2 weer contact met u op, ook als er nog geen nieuws is.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>I will call you back on %1 on %2, between %3 and %4, about: %5</source>
        <translation>Ik bel u terug op %1, op %2 tussen %3 en %4, over: %5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My colleague %1 will call you back on %2 on %3, between %4 and %5, about: %6</source>
        <translation>Mijn collega %1 belt u terug op %2, op %3 tussen %4 en %5, over: %6</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Thank you for your kind words. We have passed them on to the people they are about.</source>
        <translation>Dank u wel voor uw vriendelijke woorden. We hebben ze doorgegeven aan de mensen over wie ze gaan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With this, the matter is settled. If anything is still not right, reply to this message or call us, and mention this letter.</source>
        <translation>Hiermee is de zaak afgehandeld. Is er toch nog iets niet in orde, beantwoord dan dit bericht of bel ons, en noem deze brief.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>We do not have a final solution yet. We will do what is written above, and you will hear from us at the agreed time, also if there is no news yet.</source>
        <translation>Er is nog geen definitieve oplossing. We doen wat hierboven staat, en u hoort op het afgesproken moment van ons, ook als er nog geen nieuws is.</translation>
    </message>
    <message>
        <location filename="../core/letters/LetterLanguage.cpp" line="+39"/>
        <source>%1 at %2</source>
        <translation>%1 om %2</translation>
    </message>
    <message>
        <location filename="../core/letters/LetterTemplate.cpp" line="-65"/>
        <source>What we agreed on {date}</source>
        <translation>Onze afspraken van {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dear {customer},

Thank you for calling us on {date}. As promised, here is in writing what we discussed and agreed.

What you told us:
{summary}

What we decided:
{decision}

What happens next:
{agreements}

{status}

Kind regards,

{employee}
{signature}</source>
        <translation>Beste {customer},

Dank u wel voor uw telefoontje van {date}. Zoals beloofd zet ik hier op een rij wat we besproken en afgesproken hebben.

Wat u ons vertelde:
{summary}

Wat we besloten:
{decision}

Wat er nu gebeurt:
{agreements}

{status}

Met vriendelijke groet,

{employee}
{signature}</translation>
    </message>
</context>
<context>
    <name>rd::MainWindow</name>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="+61"/>
        <location line="+673"/>
        <source>Recovery Desk</source>
        <translation>Recovery Desk</translation>
    </message>
    <message>
        <location line="-663"/>
        <location line="+653"/>
        <source>For you</source>
        <translation>Voor jou</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For you (%1 new)</source>
        <translation>Voor jou (%1 nieuw)</translation>
    </message>
    <message>
        <location line="-648"/>
        <location line="+35"/>
        <source>Call</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Call — in progress</source>
        <translation>Gesprek — bezig</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A call came in from %1, but this is a review archive, opened read-only: calls are taken on a workstation.</source>
        <translation>Er kwam een gesprek binnen van %1, maar dit is een reviewarchief, alleen-lezen geopend: gesprekken worden op een werkplek aangenomen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 came in just after you dialled it: taken as the echo of your own dial, not as a new call.</source>
        <translation>%1 kwam binnen vlak nadat je het belde: gezien als de echo van je eigen oproep, niet als een nieuw gesprek.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — %2 customers with this number</source>
        <translation>%1 — %2 klanten met dit nummer</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 — %2, %n open promise(s)</source>
        <translation>
            <numerusform>%1 — %2, %n openstaande belofte</numerusform>
            <numerusform>%1 — %2, %n openstaande beloften</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (since %2)</source>
        <translation>%1 (sinds %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>and %n more</source>
        <translation>
            <numerusform>en nog %n</numerusform>
            <numerusform>en nog %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incoming: %1. It waits until this call ends; then Ctrl+T takes it.</source>
        <translation>Binnenkomend: %1. Het wacht tot dit gesprek klaar is; dan neemt Ctrl+T het aan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting: %1. Ctrl+T takes it now.</source>
        <translation>Wacht: %1. Ctrl+T neemt het nu aan.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>End this call first (Ctrl+E); the waiting call stays in the banner.</source>
        <translation>Beëindig eerst dit gesprek (Ctrl+E); het wachtende gesprek blijft in de balk.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New call</source>
        <translation>&amp;Nieuw gesprek</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;Quit</source>
        <translation>Af&amp;sluiten</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Call</source>
        <translation>&amp;Gesprek</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Take the waiting call</source>
        <translation>Wachtend gesprek &amp;aannemen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Customers</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find &amp;duplicates…</source>
        <translation>&amp;Dubbele klanten zoeken…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>Bee&amp;ld</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>C&amp;all</source>
        <translation>&amp;Gesprek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cases</source>
        <translation>&amp;Zaken</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For &amp;you</source>
        <translation>Voor &amp;jou</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;About Recovery Desk</source>
        <translation>&amp;Over Recovery Desk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cases</source>
        <translation>Zaken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cases (%1)</source>
        <translation>Zaken (%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Example cases go only into an empty database; this one has cases.</source>
        <translation>Voorbeeldzaken gaan alleen in een lege database; deze heeft al zaken.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Example cases</source>
        <translation>Voorbeeldzaken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Adding %1 example cases…</source>
        <translation>%1 voorbeeldzaken toevoegen…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Name the colleague the compliments and recognition are for.</source>
        <translation>Noem de collega voor wie de complimenten en waardering zijn.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writing %1…</source>
        <translation>%1 wordt geschreven…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bundle %1 of %2, %3: %4</source>
        <translation>Bundel %1 van %2, %3: %4</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 was not imported: the import was stopped.</source>
        <translation>%1 is niet geïmporteerd: het importeren is gestopt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 was not imported: its workstation is not trusted.</source>
        <translation>%1 is niet geïmporteerd: de werkplek ervan wordt niet vertrouwd.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Anonymising cases past the retention period…</source>
        <translation>Zaken voorbij de bewaartermijn worden geanonimiseerd…</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>No phone number is known for this call: dial it yourself.</source>
        <translation>Voor dit gesprek is geen telefoonnummer bekend: bel het zelf.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Not everything is saved</source>
        <translation>Niet alles is opgeslagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last changes could not be saved to %1. If you close now, they are lost.

Close anyway?</source>
        <translation>De laatste wijzigingen konden niet worden opgeslagen in %1. Als je nu sluit, gaan ze verloren.

Toch sluiten?</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>About Recovery Desk</source>
        <translation>Over Recovery Desk</translation>
    </message>
    <message>
        <location line="-704"/>
        <source>Work queue</source>
        <translation>Werklijst</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Case</source>
        <translation>Zaak</translation>
    </message>
    <message>
        <location line="+282"/>
        <source>&amp;Work queue</source>
        <translation>&amp;Werklijst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ca&amp;se</source>
        <translation>Z&amp;aak</translation>
    </message>
    <message numerus="yes">
        <location line="+367"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n te laat</numerusform>
            <numerusform>%n te laat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n due today</source>
        <translation>
            <numerusform>%n vandaag</numerusform>
            <numerusform>%n vandaag</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery Desk — %1</source>
        <translation>Recovery Desk — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work queue (%1 overdue)</source>
        <translation>Werklijst (%1 te laat)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Work queue (%1)</source>
        <translation>Werklijst (%1)</translation>
    </message>
    <message>
        <location line="-432"/>
        <source>Fill with &amp;example cases</source>
        <translation>Vullen met &amp;voorbeeldzaken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only for an empty database: adds example cases to try the program with.</source>
        <translation>Alleen voor een lege database: voegt voorbeeldzaken toe om het programma mee uit te proberen.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&amp;Find cases…</source>
        <translation>Zaken doorzo&amp;eken…</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Added %1 example cases.</source>
        <translation>%1 voorbeeldzaken toegevoegd.</translation>
    </message>
    <message>
        <location line="-364"/>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location line="+284"/>
        <source>C&amp;ustomer</source>
        <translation>&amp;Klant</translation>
    </message>
    <message>
        <location line="-282"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Review archive — read-only. You can read, search and report; nothing can be changed here.</source>
        <translation>Reviewarchief — alleen-lezen. U kunt lezen, zoeken en rapporteren; hier kan niets worden gewijzigd.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recovery Desk — review archive</source>
        <translation>Recovery Desk — reviewarchief</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>E&amp;xport cases…</source>
        <translation>Zaken e&amp;xporteren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import bundles…</source>
        <translation>Bundels &amp;importeren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;review archive…</source>
        <translation>&amp;Reviewarchief openen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a review archive</source>
        <translation>Een reviewarchief openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery Desk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Recovery Desk-databases (*.sqlite *.db);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>&amp;Review figures</source>
        <translation>&amp;Reviewcijfers</translation>
    </message>
    <message>
        <location line="+103"/>
        <location line="+10"/>
        <location line="+10"/>
        <source>Export cases</source>
        <translation>Zaken exporteren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported %1 cases to %2.</source>
        <translation>%1 zaken geëxporteerd naar %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <location line="+10"/>
        <source>Import case bundles</source>
        <translation>Zakenbundels importeren</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Case bundles (*.rdbundle);;All files (*)</source>
        <translation>Zakenbundels (*.rdbundle);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Importing case bundles…</source>
        <translation>Zakenbundels importeren…</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Stopped: %n bundle(s) not imported.</source>
        <translation>
            <numerusform>Gestopt: %n bundel niet geïmporteerd.</numerusform>
            <numerusform>Gestopt: %n bundels niet geïmporteerd.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 was not imported: %2</source>
        <translation>%1 is niet geïmporteerd: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%n bundle(s) imported.</source>
        <translation>
            <numerusform>%n bundel geïmporteerd.</numerusform>
            <numerusform>%n bundels geïmporteerd.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+67"/>
        <source>This is a review archive, opened read-only: calls are taken on a workstation.</source>
        <translation>Dit is een reviewarchief, alleen-lezen geopend: gesprekken voer je op een werkplek.</translation>
    </message>
    <message>
        <location line="-561"/>
        <source>Reflection</source>
        <translation>Reflectie</translation>
    </message>
    <message>
        <location line="+282"/>
        <source>Re&amp;flection</source>
        <translation>Re&amp;flectie</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>End the call first (Ctrl+E); this opens a dialog.</source>
        <translation>Rond eerst het gesprek af (Ctrl+E); dit opent een dialoogvenster.</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>Data &amp;retention…</source>
        <translation>&amp;Bewaartermijn…</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>&amp;Restore from backup…</source>
        <translation>Backup &amp;terugzetten…</translation>
    </message>
    <message>
        <location line="+213"/>
        <location line="+13"/>
        <source>Data retention</source>
        <translation>Bewaartermijn</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Months after closing that a case keeps the customer&apos;s personal data (0 = keep until erased on request). After that the case is anonymised; its figures stay.</source>
        <translation>Aantal maanden na het sluiten dat een zaak de persoonsgegevens van de klant bewaart (0 = bewaren tot wissen op verzoek). Daarna wordt de zaak geanonimiseerd; de cijfers blijven.</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Retention set to %n month(s); %1 case(s) anonymised now.</source>
        <translation>
            <numerusform>Bewaartermijn ingesteld op %n maand; nu %1 zaak/zaken geanonimiseerd.</numerusform>
            <numerusform>Bewaartermijn ingesteld op %n maanden; nu %1 zaak/zaken geanonimiseerd.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-330"/>
        <source>&amp;Settings…</source>
        <translation>In&amp;stellingen…</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>&amp;Keys</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How the &amp;call guide works</source>
        <translation>Zo werkt de &amp;gespreksgids</translation>
    </message>
    <message>
        <location line="+201"/>
        <source>The new database file is opened at the next start.</source>
        <translation>Het nieuwe databasebestand wordt bij de volgende start geopend.</translation>
    </message>
    <message>
        <location line="+173"/>
        <source>&lt;h3&gt;Recovery Desk %1&lt;/h3&gt;&lt;p&gt;Guides you through a customer&apos;s complaint call: listen, understand, own it, and make agreements you keep.&lt;/p&gt;&lt;p&gt;Works fully offline. Your data stay in %2.&lt;/p&gt;&lt;p&gt;Free software under the MIT licence. Built with Qt %3 (LGPL 3) and SQLite (public domain).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Recovery Desk %1&lt;/h3&gt;&lt;p&gt;Leidt je door een klachtgesprek met een klant: luisteren, begrijpen, het op je nemen en afspraken maken die je nakomt.&lt;/p&gt;&lt;p&gt;Werkt volledig offline. Je gegevens blijven in %2.&lt;/p&gt;&lt;p&gt;Vrije software onder de MIT-licentie. Gemaakt met Qt %3 (LGPL 3) en SQLite (publiek domein).&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="-455"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>Opnie&amp;uw</translation>
    </message>
    <message>
        <location line="+219"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (from %2): %3 new cases, %4 updated, %5 new events.</source>
        <translation>%1 (van %2): %3 nieuwe zaken, %4 bijgewerkt, %5 nieuwe gebeurtenissen.</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>A team database is backed up and restored on its server (pg_dump).</source>
        <translation>Van een teamdatabase worden backups gemaakt en teruggezet op de server zelf (pg_dump).</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>&amp;Trusted workstations…</source>
        <translation>Vertrouwde &amp;werkplekken…</translation>
    </message>
</context>
<context>
    <name>rd::MergeDialog</name>
    <message>
        <location filename="../ui/cases/MergeDialog.cpp" line="+29"/>
        <source>Merge two records of one customer</source>
        <translation>Twee records van één klant samenvoegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These two records are probably one customer. Pick the record that stays and what it keeps; everything of the other record moves to it.</source>
        <translation>Deze twee records zijn waarschijnlijk één klant. Kies het record dat blijft en wat het houdt; alles van het andere record gaat ernaar over.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The record that stays</source>
        <translation>Het record dat blijft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The customer record that stays; the other is merged into it.</source>
        <translation>Het klantrecord dat blijft; het andere wordt ermee samengevoegd.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 (%n case(s))</source>
        <translation>
            <numerusform>%1 (%n zaak)</numerusform>
            <numerusform>%1 (%n zaken)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep the record of:</source>
        <translation>Record &amp;houden van:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Phone:</source>
        <translation>Tele&amp;foon:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisatie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Which value the record that stays keeps.</source>
        <translation>Welke waarde het record dat blijft houdt.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Merge</source>
        <translation>&amp;Samenvoegen</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What moves to %3, with its history: %1 of %2, %4.</source>
        <translation>Wat naar %3 overgaat, met de geschiedenis: %1 van %2, %4.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n zaak</numerusform>
            <numerusform>%n zaken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n open promise(s)</source>
        <translation>
            <numerusform>%n open belofte</numerusform>
            <numerusform>%n open beloften</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The old details stay findable. The customer&apos;s view can split the records again.</source>
        <translation>De oude gegevens blijven vindbaar. In het klantoverzicht kun je de records weer splitsen.</translation>
    </message>
</context>
<context>
    <name>rd::OwnPage</name>
    <message>
        <location filename="../ui/call/pages/OwnPage.cpp" line="+35"/>
        <source>“%1” — %2</source>
        <translation>“%1” — %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your notes so far blame no one. Good — stay the point of contact.</source>
        <translation>Je notities geven tot nu toe niemand de schuld. Goed zo — blijf het aanspreekpunt.</translation>
    </message>
</context>
<context>
    <name>rd::PromptPanel</name>
    <message>
        <location filename="../ui/call/PromptPanel.cpp" line="+25"/>
        <source>Current step</source>
        <translation>Huidige stap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do</source>
        <translation>Wat je doet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you could say</source>
        <translation>Wat je kunt zeggen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Step %1 of %2</source>
        <translation>Stap %1 van %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You could say: %1</source>
        <translation>Je kunt zeggen: %1</translation>
    </message>
</context>
<context>
    <name>rd::RecallPage</name>
    <message>
        <location filename="../ui/call/pages/RecallPage.cpp" line="+32"/>
        <source>The matter, as summarised:</source>
        <translation>De kwestie, zoals samengevat:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What we agreed:</source>
        <translation>Wat we afspraken:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No open agreements.</source>
        <translation>Geen openstaande afspraken.</translation>
    </message>
</context>
<context>
    <name>rd::RecognitionDialog</name>
    <message>
        <location filename="../ui/recognition/RecognitionDialog.cpp" line="+25"/>
        <source>Recognise what went well</source>
        <translation>Waardeer wat goed ging</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write to the employee what exactly they did well in this case, and what it did for the customer. It reaches them under &quot;For you&quot;.</source>
        <translation>Schrijf de medewerker wat er precies goed ging in deze zaak, en wat het de klant opleverde. Het komt bij hen aan onder &quot;Voor jou&quot;.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>For</source>
        <translation>Voor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The colleague the recognition is for; names you know are offered as you type.</source>
        <translation>De collega voor wie de waardering is; bekende namen worden aangeboden terwijl je typt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;For:</source>
        <translation>&amp;Voor:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For example: you agreed a time to call back and called at that time, even without news.</source>
        <translation>Bijvoorbeeld: je sprak een tijd af om terug te bellen en belde toen ook, zelfs zonder nieuws.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What they did well</source>
        <translation>Wat goed ging</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Be specific: what they did, and what it meant for the customer.</source>
        <translation>Wees concreet: wat deden ze, en wat betekende het voor de klant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What they did well:</source>
        <translation>&amp;Wat goed ging:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Send (Ctrl+Enter)</source>
        <translation>Versturen (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>rd::ReflectionView</name>
    <message>
        <location filename="../ui/review/ReflectionView.cpp" line="+44"/>
        <source>Month:</source>
        <translation>Maand:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whose:</source>
        <translation>Van wie:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your month in figures</source>
        <translation>Je maand in cijfers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own cases of this month: promises, callbacks and outcomes. For your reflection, not a score.</source>
        <translation>Je eigen zaken van deze maand: beloften, terugbelafspraken en uitkomsten. Voor je reflectie, geen score.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>What was the &amp;best customer experience this month?</source>
        <translation>Wat was de &amp;beste klantervaring deze maand?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What did our &amp;meetings deliver for the customer?</source>
        <translation>Wat leverde ons &amp;overleg op voor de klant?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What did I &amp;change in my own behaviour after customer feedback?</source>
        <translation>Wat heb ik in mijn eigen gedrag &amp;veranderd na feedback van klanten?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cases it is about (Enter opens):</source>
        <translation>Zaken waar het over gaat (Enter opent):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Link the case in view</source>
        <translation>De getoonde zaak &amp;koppelen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Mine (%1)</source>
        <translation>Van mij (%1)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A case not in this file</source>
        <translation>Een zaak die niet in dit bestand staat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read-only</source>
        <translation>Alleen-lezen</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n case(s) opened</source>
        <translation>
            <numerusform>%n zaak geopend</numerusform>
            <numerusform>%n zaken geopend</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>promises: %1 kept on time, %2 kept late, %3 broken, %4 still open</source>
        <translation>beloften: %1 op tijd nagekomen, %2 te laat, %3 gebroken, %4 nog open</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>callbacks within the customer&apos;s window: %1 of %2</source>
        <translation>teruggebeld binnen het tijdvak van de klant: %1 van %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>relationships that came out stronger: %1 of %2 closed</source>
        <translation>relaties die sterker werden: %1 van %2 gesloten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your month, for your reflection (not a score): %1.</source>
        <translation>Je maand, voor je reflectie (geen score): %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open a case first (Ctrl+4), then link it here.</source>
        <translation>Open eerst een zaak (Ctrl+4) en koppel hem dan hier.</translation>
    </message>
    <message>
        <location line="-166"/>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The month this reflection is about.</source>
        <translation>De maand waar deze reflectie over gaat.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Whose reflection</source>
        <translation>Wiens reflectie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your own reflection, or a colleague&apos;s to read.</source>
        <translation>Je eigen reflectie, of die van een collega om te lezen.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Saved as you type. Tab goes to the next question.</source>
        <translation>Wordt bewaard terwijl je typt. Tab gaat naar de volgende vraag.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Linked cases</source>
        <translation>Gekoppelde zaken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cases this reflection refers to. Enter opens one.</source>
        <translation>Zaken waar deze reflectie naar verwijst. Enter opent er een.</translation>
    </message>
</context>
<context>
    <name>rd::ReminderService</name>
    <message>
        <location filename="../ui/shell/ReminderService.cpp" line="+48"/>
        <source>Show Recovery Desk</source>
        <translation>Recovery Desk tonen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n item(s) fell due while Recovery Desk was closed. See the work queue.</source>
        <translation>
            <numerusform>%n item werd opeisbaar terwijl Recovery Desk dicht was. Zie de werklijst.</numerusform>
            <numerusform>%n items werden opeisbaar terwijl Recovery Desk dicht was. Zie de werklijst.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due now: %1</source>
        <translation>Nu aan de beurt: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n items are due now. See the work queue.</source>
        <translation>
            <numerusform>%n item is nu aan de beurt. Zie de werklijst.</numerusform>
            <numerusform>%n items zijn nu aan de beurt. Zie de werklijst.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recovery Desk</source>
        <translation>Recovery Desk</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Recovery Desk: %n overdue</source>
        <translation>
            <numerusform>Recovery Desk: %n te laat</numerusform>
            <numerusform>Recovery Desk: %n te laat</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery Desk: nothing overdue</source>
        <translation>Recovery Desk: niets te laat</translation>
    </message>
    <message numerus="yes">
        <location line="-19"/>
        <source>Due within %n minute(s): %1</source>
        <translation>
            <numerusform>Binnen %n minuut aan de beurt: %1</numerusform>
            <numerusform>Binnen %n minuten aan de beurt: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::ReportPeriod</name>
    <message>
        <location filename="../core/review/ReportPeriod.cpp" line="+54"/>
        <source>&quot;%1&quot; is not a period. Use all, 2026, 2026-11 or 2026-01-01..2026-03-31.</source>
        <translation>&quot;%1&quot; is geen periode. Gebruik all, 2026, 2026-11 of 2026-01-01..2026-03-31.</translation>
    </message>
</context>
<context>
    <name>rd::RestoreDialog</name>
    <message>
        <location filename="../ui/shell/RestoreDialog.cpp" line="+20"/>
        <source>Restore from backup</source>
        <translation>Backup terugzetten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the backup to go back to. Your current file is not deleted: it is kept beside it as &quot;%1.before-restore-…&quot;.</source>
        <translation>Kies de backup waarnaar je terug wilt. Je huidige bestand wordt niet verwijderd: het blijft ernaast bewaard als &quot;%1.before-restore-…&quot;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Made</source>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cases</source>
        <translation>Zaken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unreadable</source>
        <translation>onleesbaar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There are no backups in %1 yet. Recovery Desk makes one at start and every hour in which something changed.</source>
        <translation>Er staan nog geen backups in %1. Recovery Desk maakt er een bij het starten en elk uur waarin iets is veranderd.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Restore this backup</source>
        <translation>Deze backup &amp;terugzetten</translation>
    </message>
</context>
<context>
    <name>rd::ReviewDashboard</name>
    <message>
        <location filename="../ui/review/ReviewDashboard.cpp" line="+54"/>
        <source>This month</source>
        <translation>Deze maand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last month</source>
        <translation>Vorige maand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation>Dit jaar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last 12 months</source>
        <translation>Laatste 12 maanden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All time</source>
        <translation>Altijd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export figures (&amp;CSV)…</source>
        <translation>Cijfers exporteren (&amp;CSV)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whose:</source>
        <translation>Van wie:</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+89"/>
        <source>Export figures</source>
        <translation>Cijfers exporteren</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>&amp;Show the cases behind (Enter):</source>
        <translation>Toon de &amp;zaken erachter (Enter):</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Review pages</source>
        <translation>Pagina&apos;s van de review</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The period&apos;s overview, its trend month by month, and two periods compared.</source>
        <translation>Het overzicht van de periode, de trend per maand, en twee periodes vergeleken.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Overview</source>
        <translation>&amp;Overzicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Trends</source>
        <translation>&amp;Trends</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;mpare</source>
        <translation>Verg&amp;elijken</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The whole team</source>
        <translation>Het hele team</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Relationship stronger after %1% of the %2 closed cases.</source>
        <translation>Relatie sterker na %1% van de %2 gesloten zaken.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No closed cases in this period yet.</source>
        <translation>Nog geen gesloten zaken in deze periode.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cases: %2 complaints, %3 compliments.</source>
        <translation>%1 zaken: %2 klachten, %3 complimenten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Promises kept on time: %1 of %2 made.</source>
        <translation>Beloften op tijd nagekomen: %1 van %2 gedaan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Callbacks within the customer&apos;s window: %1 of %2 made.</source>
        <translation>Teruggebeld binnen het venster van de klant: %1 van %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time to first contact after the call: %1 hours (median).</source>
        <translation>Tijd tot het eerste contact na het gesprek: %1 uur (mediaan).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to first contact: no contacts yet.</source>
        <translation>Tijd tot het eerste contact: nog geen contacten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat complainants: %1.</source>
        <translation>Herhaalde klagers: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compliments passed on: %1 of %2.</source>
        <translation>Complimenten doorgegeven: %1 van %2.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Complaints caused by %1: %2</source>
        <translation>Klachten door %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cases with a promise overdue now</source>
        <translation>Zaken met een belofte die nu te laat is</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Complaints by cause</source>
        <translation>Klachten naar oorzaak</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Promises</source>
        <translation>Beloften</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On time</source>
        <translation>Op tijd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Late</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Broken</source>
        <translation>Niet nagekomen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overdue</source>
        <translation>Verlopen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stronger</source>
        <translation>Sterker</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Same</source>
        <translation>Gelijk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weaker</source>
        <translation>Zwakker</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recovery outcome</source>
        <translation>Uitkomst van het herstel</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Steps most often skipped: none</source>
        <translation>Vaakst overgeslagen stappen: geen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Steps most often skipped</source>
        <translation>Vaakst overgeslagen stappen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The figures are still being counted. Export them when they are shown.</source>
        <translation>De cijfers worden nog geteld. Exporteer ze zodra ze getoond worden.</translation>
    </message>
    <message>
        <location line="-246"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>Counting…</source>
        <translation>Tellen…</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>&amp;Good examples to recognise (Enter opens):</source>
        <translation>Goede &amp;voorbeelden om te erkennen (Enter opent):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Improvement items (Space: next status):</source>
        <translation>Verbeter&amp;punten (Spatie: volgende status):</translation>
    </message>
    <message>
        <location line="+189"/>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>None in this period yet.</source>
        <translation>Nog geen in deze periode.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 — %2 (%3; %n case(s))</source>
        <translation>
            <numerusform>%1 — %2 (%3; %n zaak)</numerusform>
            <numerusform>%1 — %2 (%3; %n zaken)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>None yet. Make one from a case: Improvement item… in the case view.</source>
        <translation>Nog geen. Maak er een vanuit een zaak: Verbeterpunt… in de zaakweergave.</translation>
    </message>
    <message>
        <location line="-257"/>
        <source>Export figures (&amp;PDF)…</source>
        <translation>Cijfers exporteren (&amp;PDF)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review figures</source>
        <translation>Reviewcijfers</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The period the figures cover.</source>
        <translation>De periode waarover de cijfers gaan.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Whose cases</source>
        <translation>Wiens zaken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The whole team, or one employee.</source>
        <translation>Het hele team, of één medewerker.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Figures</source>
        <translation>Cijfers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The main figures of the period in words.</source>
        <translation>De belangrijkste cijfers van de periode in woorden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Figures by cause and outcome</source>
        <translation>Cijfers per oorzaak en uitkomst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Each figure with its count. Enter shows the cases behind it.</source>
        <translation>Elk cijfer met het aantal. Enter toont de zaken erachter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Good examples</source>
        <translation>Goede voorbeelden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Calls that followed the method with a promise kept on time. Enter opens the case.</source>
        <translation>Gesprekken volgens de methode, met een belofte die op tijd is nagekomen. Enter opent de zaak.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Improvement items</source>
        <translation>Verbeterpunten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Process improvements made from cases. Space moves one to in progress and done.</source>
        <translation>Procesverbeteringen die uit zaken voortkwamen. Spatie zet er een op bezig en klaar.</translation>
    </message>
</context>
<context>
    <name>rd::SearchResultsModel</name>
    <message>
        <location filename="../ui/cases/SearchResultsModel.cpp" line="+78"/>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>Geopend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where it matches</source>
        <translation>Waar het overeenkomt</translation>
    </message>
</context>
<context>
    <name>rd::SettingsDialog</name>
    <message>
        <location filename="../ui/shell/SettingsDialog.cpp" line="+62"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You</source>
        <translation>Jij</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your name</source>
        <translation>Je naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Written with everything you do, and the owner of the promises you make.</source>
        <translation>Staat bij alles wat je doet, en is de eigenaar van de beloften die je maakt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The language of the program; it changes at once.</source>
        <translation>De taal van het programma; die verandert meteen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your &amp;name:</source>
        <translation>Je &amp;naam:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>T&amp;aal:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Country of phone numbers</source>
        <translation>Land van telefoonnummers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The country whose national numbers you type and receive (two letters: NL, BE, DE, GB). Numbers with a country code are read as they are.</source>
        <translation>Het land waarvan je nationale nummers typt en ontvangt (twee letters: NL, BE, DE, GB). Nummers met een landcode worden gelezen zoals ze zijn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dial &amp;when I call someone back</source>
        <translation>Bellen &amp;wanneer ik iemand terugbel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>empty: the tel: link, for the phone program the desktop has</source>
        <translation>leeg: de tel:-link, voor het belprogramma van het bureaublad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dial command</source>
        <translation>Belopdracht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command that dials, with %n where the number goes, for example &quot;C:\Program Files\MicroSIP\microsip.exe&quot; %n. Quote a path with spaces.</source>
        <translation>De opdracht die belt, met %n waar het nummer komt, bijvoorbeeld &quot;C:\Program Files\MicroSIP\microsip.exe&quot; %n. Zet een pad met spaties tussen aanhalingstekens.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone numbers &amp;from:</source>
        <translation>Telefoonnummers &amp;uit:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dial &amp;command:</source>
        <translation>Belopdra&amp;cht:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due-time picks</source>
        <translation>Snelle keuzes voor tijdstippen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Morning pick</source>
        <translation>Ochtendkeuze</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The hour offered for the next working day&apos;s morning.</source>
        <translation>Het uur dat wordt aangeboden voor de ochtend van de volgende werkdag.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Afternoon pick</source>
        <translation>Middagkeuze</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The hour offered for the next working day&apos;s afternoon.</source>
        <translation>Het uur dat wordt aangeboden voor de middag van de volgende werkdag.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End of the day pick</source>
        <translation>Keuze voor het eind van de dag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The hour offered for later today.</source>
        <translation>Het uur dat wordt aangeboden voor later vandaag.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next working day, &amp;morning:</source>
        <translation>Volgende werkdag, &amp;ochtend:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next working day, &amp;afternoon:</source>
        <translation>Volgende werkdag, &amp;middag:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reminders</source>
        <translation>Herinneringen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Pop up from the tray when something falls due</source>
        <translation>Melding in het &amp;systeemvak als iets aan de beurt is</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Otherwise the status bar and the counts in the title say it.</source>
        <translation>Anders melden de statusbalk en de aantallen in de titel het.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remind ahead</source>
        <translation>Vooraf herinneren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How many minutes before an item falls due it is announced.</source>
        <translation>Hoeveel minuten voordat een item aan de beurt is het wordt gemeld.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Storage</source>
        <translation>Opslag</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Database file</source>
        <translation>Databasebestand</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+12"/>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Recovery Desk databases (*.sqlite)</source>
        <translation>Recovery Desk-databases (*.sqlite)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;backups&quot; beside the database</source>
        <translation>&quot;backups&quot; naast de database</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Backup folder</source>
        <translation>Backupmap</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Where the hourly backups go. Empty: a &quot;backups&quot; folder beside the database.</source>
        <translation>Waar de backups van elk uur komen. Leeg: een map &quot;backups&quot; naast de database.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Backup folder:</source>
        <translation>&amp;Backupmap:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> × the database</source>
        <translation> × de database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room for backups</source>
        <translation>Ruimte voor backups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much room all backups together may take, in times the size of the database. To make room, extra copies of the latest go first, then the oldest; a backup larger than the database is now is never removed.</source>
        <translation>Hoeveel ruimte alle backups samen mogen innemen, in keren de grootte van de database. Om ruimte te maken gaan eerst de extra kopieën van de laatste uren weg, dan de oudste; een backup die groter is dan de database nu, wordt nooit verwijderd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backups may &amp;use up to:</source>
        <translation>&amp;Ruimte voor backups, hoogstens:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Written confirmations</source>
        <translation>Schriftelijke bevestigingen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signature</source>
        <translation>Ondertekening</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The lines under your name in a confirmation: your team, the company, how to reach you.</source>
        <translation>De regels onder je naam in een bevestiging: je team, het bedrijf, hoe de klant je bereikt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Customers&apos; language</source>
        <translation>Taal van klanten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language confirmations are written in for a customer whose own language is not known yet.</source>
        <translation>De taal van bevestigingen aan een klant van wie de eigen taal nog niet bekend is.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wo&amp;rding…</source>
        <translation>&amp;Formulering…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Signature under your name:</source>
        <translation>Onderte&amp;kening onder je naam:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers&apos; lan&amp;guage:</source>
        <translation>Taal van klant&amp;en:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wording per language:</source>
        <translation>Formulering per taal:</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Your name is needed: it is written with everything you do.</source>
        <translation>Je naam is nodig: die staat bij alles wat je doet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a country code for phone numbers; use two letters, such as NL, BE or DE.</source>
        <translation>&quot;%1&quot; is geen landcode voor telefoonnummers; gebruik twee letters, zoals NL, BE of DE.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/Settings.cpp" line="+110"/>
        <source>The signature</source>
        <translation>De ondertekening</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The signature is longer than a letter needs: at most %1 characters.</source>
        <translation>De ondertekening is langer dan een brief nodig heeft: hoogstens %1 tekens.</translation>
    </message>
    <message>
        <location filename="../ui/shell/SettingsDialog.cpp" line="+46"/>
        <source>Welcome to Recovery Desk</source>
        <translation>Welkom bij Recovery Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is your name? It is written with everything you do, and you can change it later in Settings (Ctrl+,).</source>
        <translation>Wat is je naam? Die staat bij alles wat je doet; je kunt hem later wijzigen bij Instellingen (Ctrl+,).</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>Later toda&amp;y:</source>
        <translation>&amp;Later vandaag:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Remind a&amp;head by:</source>
        <translation>&amp;Vooraf herinneren:</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>The team you work in; it travels with the cases you export, so your team lead sees where they come from.</source>
        <translation>Het team waarin je werkt; het gaat mee met de zaken die je exporteert, zodat je teamleider ziet waar ze vandaan komen.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file Recovery Desk opens at start, or the team database on a server as postgresql://user@server:5432/name (the password goes in PGPASSWORD or the .pgpass file, not here). Empty: the default file in your data folder.</source>
        <translation>Het bestand dat Recovery Desk bij de start opent, of de teamdatabase op een server als postgresql://gebruiker@server:5432/naam (het wachtwoord hoort in PGPASSWORD of het bestand .pgpass, niet hier). Leeg: het standaardbestand in je gegevensmap.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Database (file or team server):</source>
        <translation>&amp;Database (bestand of teamserver):</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Another database is opened at the next start.</source>
        <translation>Een andere database wordt bij de volgende start geopend.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>This workstation</source>
        <translation>Deze werkplek</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Key fingerprint</source>
        <translation>Vingerafdruk van de sleutel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fingerprint of the key this workstation signs its bundles with. A team lead compares it before trusting bundles from this PC.</source>
        <translation>De vingerafdruk van de sleutel waarmee deze werkplek zijn bundels ondertekent. Een teamleider vergelijkt hem voordat hij bundels van deze pc vertrouwt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key fingerprint:</source>
        <translation>Vingerafdruk van de sleutel:</translation>
    </message>
</context>
<context>
    <name>rd::SummaryPage</name>
    <message>
        <location filename="../ui/call/pages/SummaryPage.cpp" line="+23"/>
        <source>&amp;Summary to read back:</source>
        <translation>&amp;Samenvatting om voor te lezen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Summary to read back</source>
        <translation>Samenvatting om voor te lezen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Draft from notes</source>
        <translation>&amp;Opstellen uit notities</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer c&amp;onfirms</source>
        <translation>Klant be&amp;vestigt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The customer co&amp;rrects:</source>
        <translation>De klant &amp;corrigeert:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the customer says is different — then adjust the summary above</source>
        <translation>Wat volgens de klant anders is — pas daarna de samenvatting hierboven aan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer&apos;s correction</source>
        <translation>De verbetering van de klant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save correction</source>
        <translation>Verbetering opslaan</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Summary confirmed by the customer.</source>
        <translation>Samenvatting bevestigd door de klant.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Correction kept in the history. Adjust the summary and read it back again.</source>
        <translation>Verbetering bewaard in de geschiedenis. Pas de samenvatting aan en lees hem opnieuw voor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✓ Confirmed by the customer</source>
        <translation>✓ Bevestigd door de klant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not confirmed yet</source>
        <translation>Nog niet bevestigd</translation>
    </message>
</context>
<context>
    <name>rd::Transaction</name>
    <message>
        <location filename="../core/storage/Transaction.cpp" line="+130"/>
        <source>The change was already saved or undone.</source>
        <translation>De wijziging was al opgeslagen of ongedaan gemaakt.</translation>
    </message>
</context>
<context>
    <name>rd::TrendView</name>
    <message>
        <location filename="../ui/review/TrendView.cpp" line="+40"/>
        <location line="+31"/>
        <source>Month b&amp;y month (Enter shows the cases behind a figure):</source>
        <translation>Per &amp;maand (Enter toont de zaken achter een cijfer):</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Figures month by month</source>
        <translation>Cijfers per maand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Each figure per month. Enter shows the cases behind it.</source>
        <translation>Elk cijfer per maand. Enter toont de zaken erachter.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Relationship stronger (% of closed cases)</source>
        <translation>Relatie sterker (% van de afgesloten zaken)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stronger</source>
        <translation>Sterker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promises (% of those settled)</source>
        <translation>Beloftes (% van de afgehandelde)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On time</source>
        <translation>Op tijd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Late</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Broken</source>
        <translation>Gebroken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Callbacks within the window (% of those made)</source>
        <translation>Teruggebeld binnen het tijdvak (% van de gedane)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Within the window</source>
        <translation>Binnen het tijdvak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to first contact (median hours)</source>
        <translation>Tijd tot het eerste contact (mediaan, uren)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Complaints by cause</source>
        <translation>Klachten per oorzaak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat complainants</source>
        <translation>Herhaalde klagers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers</source>
        <translation>Klanten</translation>
    </message>
</context>
<context>
    <name>rd::WordingDialog</name>
    <message>
        <location filename="../ui/letters/WordingDialog.cpp" line="+32"/>
        <source>Ria Jansen</source>
        <translation>Ria Jansen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your parcel did not arrive, twice, and you had taken the day off for it.</source>
        <translation>Uw pakket is twee keer niet bezorgd, en u had er een vrije dag voor genomen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We send a new parcel by courier and refund the shipping costs.</source>
        <translation>We sturen een nieuw pakket per koerier en betalen de verzendkosten terug.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ask the courier for a delivery on Saturday</source>
        <translation>de koerier vragen om bezorging op zaterdag</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Wording of written confirmations</source>
        <translation>Formulering van schriftelijke bevestigingen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Onderwerp:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wording</source>
        <translation>Formulering</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The letter&apos;s text, with placeholders in braces that the case fills.</source>
        <translation>De tekst van de brief, met plaatshouders tussen accolades die de zaak invult.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text:</source>
        <translation>T&amp;ekst:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A paragraph whose placeholders have nothing to fill is left out.</source>
        <translation>Een alinea waarvan de plaatshouders niets in te vullen hebben, wordt weggelaten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The wording filled with an example case.</source>
        <translation>De formulering, ingevuld met een voorbeeldzaak.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preview:</source>
        <translation>&amp;Voorbeeld:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Built-in wording</source>
        <translation>&amp;Ingebouwde formulering</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>rd::WorkQueueModel</name>
    <message>
        <location filename="../ui/queue/WorkQueueModel.cpp" line="+90"/>
        <source>Overdue (%1)</source>
        <translation>Te laat (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today (%1)</source>
        <translation>Vandaag (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later (%1)</source>
        <translation>Later (%1)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Call back</source>
        <translation>Terugbellen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Promise</source>
        <translation>Belofte</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Due</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>today %1</source>
        <translation>vandaag %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tomorrow %1</source>
        <translation>morgen %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yesterday %1</source>
        <translation>gisteren %1</translation>
    </message>
</context>
<context>
    <name>rd::WorkQueueView</name>
    <message>
        <location filename="../ui/queue/WorkQueueView.cpp" line="+30"/>
        <source>&amp;Show:</source>
        <translation>&amp;Tonen:</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+11"/>
        <source>Work queue</source>
        <translation>Werklijst</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>My work (%1)</source>
        <translation>Mijn werk (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Nothing selected. Use the arrow keys to choose an item.</source>
        <translation>Niets gekozen. Kies een item met de pijltjestoetsen.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>That key is for promises. For a callback: K reached, A no answer, H hand over.</source>
        <translation>Die toets is voor beloften. Voor een terugbelnotitie: K bereikt, A geen gehoor, H overdragen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That key is for callbacks. For a promise: K kept, N no news yet, R reschedule, B broken, H hand over.</source>
        <translation>Die toets is voor terugbelnotities. Voor een belofte: K nagekomen, N nog geen nieuws, R verzetten, B niet nagekomen, H overdragen.</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>Whose work</source>
        <translation>Wiens werk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shows your own promises and callbacks, a colleague&apos;s, or the whole team&apos;s.</source>
        <translation>Toont je eigen beloften en terugbelnotities, die van een collega of die van het hele team.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Promises and callbacks, overdue first. K kept, N note, R reschedule, B broken, H hand over, C call now, Enter opens the case.</source>
        <translation>Beloften en terugbelnotities, te laat eerst. K nagekomen, N notitie, R verzetten, B niet nagekomen, H overdragen, C nu bellen, Enter opent de zaak.</translation>
    </message>
</context>
<context>
    <name>rd::Workstation</name>
    <message>
        <location filename="../ui/shell/Workstation.cpp" line="+338"/>
        <source>The last changes could not be saved; the archive was not opened.</source>
        <translation>De laatste wijzigingen konden niet worden opgeslagen; het archief is niet geopend.</translation>
    </message>
    <message>
        <location line="-175"/>
        <location line="+177"/>
        <source>End the call in progress first (Ctrl+E).</source>
        <translation>Rond eerst het lopende gesprek af (Ctrl+E).</translation>
    </message>
    <message>
        <location line="-261"/>
        <source>An incoming call could not be taken: %1</source>
        <translation>Een binnenkomend gesprek kon niet worden aangenomen: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The database file is damaged. Finish this call; Recovery Desk then helps you recover.</source>
        <translation>Het databasebestand is beschadigd. Rond dit gesprek af; daarna helpt Recovery Desk je met herstellen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Recovery failed</source>
        <translation>Herstellen mislukt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no backup to restore.</source>
        <translation>Er is geen backup om terug te zetten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restored the backup made %1. The damaged file is kept as %2.</source>
        <translation>De backup van %1 is teruggezet. Het beschadigde bestand is bewaard als %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Saved %n case(s) into a fresh file; %1 record(s) could not be read. The damaged file is kept as %2.</source>
        <translation>
            <numerusform>%n zaak opgeslagen in een nieuw bestand; %1 regel(s) konden niet worden gelezen. Het beschadigde bestand is bewaard als %2.</numerusform>
            <numerusform>%n zaken opgeslagen in een nieuw bestand; %1 regel(s) konden niet worden gelezen. Het beschadigde bestand is bewaard als %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restored the backup %1. The file it replaced is kept beside it.</source>
        <translation>Backup %1 is teruggezet. Het vervangen bestand is ernaast bewaard.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The last changes could not be saved; nothing was changed.</source>
        <translation>De laatste wijzigingen konden niet worden opgeslagen; er is niets veranderd.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 could not be opened again: %2</source>
        <translation>%1 kon niet opnieuw worden geopend: %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The database file was removed or replaced by another program, and no copy could be saved: %1 Do not close Recovery Desk; call support.</source>
        <translation>Het databasebestand is door een ander programma verwijderd of vervangen, en er kon geen kopie worden opgeslagen: %1 Sluit Recovery Desk niet af; bel de helpdesk.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The database file was deleted by another program. Everything was saved again to %1.</source>
        <translation>Het databasebestand is door een ander programma verwijderd. Alles is opnieuw opgeslagen in %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Part of the database file (its -wal file) was deleted by another program; everything was written back. A copy is kept as %1.</source>
        <translation>Een deel van het databasebestand (het -wal-bestand) is door een ander programma verwijderd; alles is teruggeschreven. Een kopie is bewaard als %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Another program put a different file in place of the database. Your cases were saved to %1 and Recovery Desk now works there; the other file is left untouched.</source>
        <translation>Een ander programma heeft een ander bestand op de plaats van de database gezet. Je zaken zijn opgeslagen in %1 en Recovery Desk werkt nu daar; het andere bestand blijft onaangeroerd.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not put the saved copy back at %1.</source>
        <translation>Kon de opgeslagen kopie niet terugzetten op %1.</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Recovery Desk must stop</source>
        <translation>Recovery Desk moet stoppen</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>Backups: %1</source>
        <translation>Backups: %1</translation>
    </message>
    <message>
        <location line="+224"/>
        <source>This workstation has no signing key: %1</source>
        <translation>Deze werkplek heeft geen sleutel om te ondertekenen: %1</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Open review archive</source>
        <translation>Reviewarchief openen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore a backup</source>
        <translation>Een back-up terugzetten</translation>
    </message>
</context>
<context>
    <name>rd::WorkstationsDialog</name>
    <message>
        <location filename="../ui/shell/WorkstationsDialog.cpp" line="+26"/>
        <location line="+11"/>
        <source>Trusted workstations</source>
        <translation>Vertrouwde werkplekken</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Bundles are imported only from these workstations. A new PC is added when its first bundle is imported and you trust it, after comparing its key fingerprint with the one in that PC&apos;s Settings. Revoke a key when a PC is lost, replaced or reinstalled.</source>
        <translation>Bundels worden alleen van deze werkplekken geïmporteerd. Een nieuwe pc komt erbij wanneer zijn eerste bundel wordt geïmporteerd en je hem vertrouwt, nadat je de vingerafdruk van zijn sleutel hebt vergeleken met die in de Instellingen van die pc. Trek een sleutel in als een pc kwijt is, vervangen of opnieuw geïnstalleerd.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Workstation</source>
        <translation>Werkplek</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key fingerprint</source>
        <translation>Vingerafdruk van de sleutel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trusted by</source>
        <translation>Vertrouwd door</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Revoke key…</source>
        <translation>Sleutel &amp;intrekken…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>revoked by %1, %2</source>
        <translation>ingetrokken door %1, %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>trusted</source>
        <translation>vertrouwd</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No workstation yet: import a bundle to add its PC.</source>
        <translation>Nog geen werkplek: importeer een bundel om zijn pc toe te voegen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Revoke key</source>
        <translation>Sleutel intrekken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke the key %1 of &quot;%2&quot;? Its bundles are refused from then on; what was imported from it stays. A revoked key cannot be trusted again: a PC that is still in use needs a new key.</source>
        <translation>De sleutel %1 van &quot;%2&quot; intrekken? Zijn bundels worden vanaf dan geweigerd; wat ervan geïmporteerd is, blijft. Een ingetrokken sleutel kan niet opnieuw worden vertrouwd: een pc die nog in gebruik is, heeft een nieuwe sleutel nodig.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Revoke</source>
        <translation>&amp;Intrekken</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Trust this workstation?</source>
        <translation>Deze werkplek vertrouwen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 comes from the workstation &quot;%2&quot; (exported by %3), which this archive does not know yet.

Its key fingerprint:
%4

Compare it with the fingerprint in Settings on that PC, or have its user read it out to you, before you trust it. From then on its bundles are imported without asking.</source>
        <translation>%1 komt van werkplek &quot;%2&quot; (geëxporteerd door %3), die dit archief nog niet kent.

De vingerafdruk van de sleutel:
%4

Vergelijk hem met de vingerafdruk in de Instellingen op die pc, of laat de gebruiker hem voorlezen, voordat je hem vertrouwt. Daarna worden zijn bundels zonder vragen geïmporteerd.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Trust and import</source>
        <translation>&amp;Vertrouwen en importeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Skip this bundle</source>
        <translation>Deze bundel &amp;overslaan</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Bundles</source>
        <translation>Bundels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last import</source>
        <translation>Laatste import</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>none yet</source>
        <translation>nog geen</translation>
    </message>
</context>
</TS>
