<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
    <context>
        <name>AgreementReadBack</name>
        <message>
            <source>%1, %2</source>
            <comment>date, time</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What we decided: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I will %1 — by %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>My colleague %1 will %2 — by %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I will contact you again on %1 — also if there is no news yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>My colleague %1 will contact you again on %2 — also if there is no news yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 will call you back on %2, between %3 and %4, about: %5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>My colleague %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>With this, your question is settled. If anything is still not right, you can reach me through the service desk.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>Could not create the backup folder %1. Check that you may write there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup into %1 failed: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup could not be renamed to %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup cannot be restored: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup %1 is damaged; choose an older one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not copy the backup next to %1. Is the disk full?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not move %1 aside; is it still open in another program?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not put the backup in place of %1; the previous file is kept as %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not enough free space for a backup in %1: it needs about %2 MB and leaves room for the database; %3 MB are free. Free some space or choose another backup folder in Settings.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BatchCommands</name>
        <message>
            <source>recoverydesk: unknown command "%1". Commands: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database FILE to fill (created if missing).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How many cases to add.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Seed: the same seed gives the same data.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language of the texts: en or nl.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>recoverydesk demo: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>recoverydesk demo: name the database with --database FILE.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>recoverydesk demo: --cases takes a whole number from 1 to 50000000, not "%1".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>recoverydesk demo: --seed takes a whole number and --language en or nl.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Added %1 cases, %2 customers, %3 promises and %4 callbacks to %5 in %6 s (%7 cases per second).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database to export from.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The bundle file to write.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only cases opened on or after DATE (YYYY-MM-DD).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>recoverydesk export: name the database with --database FILE and the bundle with --out BUNDLE.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>recoverydesk export: --since takes a date as YYYY-MM-DD, not "%1".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>recoverydesk export: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wrote %1 cases (%2 events) to %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The archive to import into (created if missing).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>recoverydesk import: use --database FILE followed by one or more bundle files.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>recoverydesk import: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2 new cases, %3 updated, %4 new events.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database or archive to report on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>all, 2026, 2026-11 or 2026-01-01..2026-03-31.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>csv or json.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only this employee's cases.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>recoverydesk report: use --database FILE, --period P and --format csv or json.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>recoverydesk report: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database or archive to check.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>recoverydesk verify: name the database with --database FILE.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>recoverydesk verify: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>recoverydesk verify: the history was changed. First broken link: event %1 (case or customer %2): %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>History intact: %1 events in %2 chains checked; %3 erased for privacy (links checked, data gone); %4 from before history was sealed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database to move from (a file, or a postgresql:// address).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The empty database to move into (a file, or a postgresql:// address).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>recoverydesk migrate: name both databases: --from SOURCE --to TARGET.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>recoverydesk migrate: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>recoverydesk migrate: the copy's history does not check: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moved %1 cases (%2 history events, %3 rows in all) from %4 to %5 in %6 s; the history checks.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>recoverydesk report: the data of history event %1 is damaged; it was left out of the figures.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>recoverydesk %1: %2 is damaged (%3). Restore it from a backup, or open it in Recovery Desk to save what can still be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>recoverydesk verify: the history was changed: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trust the workstations of these bundles that the archive does not know yet (a scripted first import; check their fingerprints).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trusted the workstation "%1" with the key %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The archive or team database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trust the workstation that signed this bundle.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revoke the workstation key with this fingerprint.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>List the workstations the archive knows.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>recoverydesk trust: use --database FILE with one of --bundle BUNDLE, --revoke FINGERPRINT or --list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>recoverydesk trust: %1 does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>recoverydesk trust: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1	%2	trusted by %3 on %4%5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, revoked by %1 on %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revoked the key %1 of "%2": its bundles are refused from now on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>recoverydesk trust: no workstation here has the key %1 (see --list).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>recoverydesk verify: the history differs from what was signed: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>recoverydesk verify: the history differs from what was signed at event %1: %2.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Signed: %1 events are covered by the signatures of %n workstation(s).</source>
            <translation>
                <numerusform>Signed: %1 events are covered by the signatures of %n workstation.</numerusform>
                <numerusform>Signed: %1 events are covered by the signatures of %n workstations.</numerusform>
            </translation>
        </message>
        <message>
            <source>cases opened from %1 to %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cases opened from %1 up to each export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cases opened up to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>all cases up to each export</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%1 (%2): %n bundle(s) exported %3 to %4, %5</source>
            <translation>
                <numerusform>%1 (%2): %n bundle exported %3 to %4, %5</numerusform>
                <numerusform>%1 (%2): %n bundles exported %3 to %4, %5</numerusform>
            </translation>
        </message>
        <message>
            <source>(revoked %1: what it sent before stays)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Written in this database itself, which no bundle signs: %1 events.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>recoverydesk verify: %1 events of other workstations are covered by no signature: imported before bundles were signed, or slipped in since. The first is event %2.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n bundle(s) imported</source>
            <translation>
                <numerusform>%n bundle imported</numerusform>
                <numerusform>%n bundles imported</numerusform>
            </translation>
        </message>
        <message>
            <source>fill a database with example cases (--cases N)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>write cases to a signed bundle (--out BUNDLE, --since DATE)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>merge bundles into an archive (BUNDLE…, --trust-new)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the review figures as CSV or JSON (--period P, --format csv|json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>check the sealed history, and an archive against the signatures it imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>move a database into an empty one (--from SOURCE --to TARGET)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>trust a bundle's workstation, list or revoke (--bundle, --list, --revoke)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Usage: recoverydesk [--database FILE] [--review FILE] [--language en|nl]
       recoverydesk COMMAND --database FILE [options]   (COMMAND --help for its options)

Without a command, the window opens. Commands:
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show this command's options.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Usage: recoverydesk %1 [options]</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BlameDetector</name>
        <message>
            <source>This may sound as if the customer is to blame. Describe what happened instead, and what you will do now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This may sound as if you pass the blame to a colleague. To the customer, we are one company: say what you will do.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Naming a supplier is fine to explain; make sure it does not sound like passing the blame. You stay the point of contact.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This may sound as if the customer is sent away. Take ownership: make a process agreement or a callback note instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Whose fault it is matters less to the customer than what happens next. Own your part, without blaming anyone.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Bundle</name>
        <message>
            <source>Could not make a temporary folder to build the bundle in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not write the bundle %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is damaged or truncated: it cannot be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not a Recovery Desk case bundle.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 has no readable manifest; it is damaged or not a bundle.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is inconsistent: some records refer to cases or customers it does not contain. Export it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 does not match its own manifest: it was changed or damaged after export.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not read the tables of the bundle.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The bundle's sender</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 has a damaged manifest: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 has a damaged manifest: its export time is impossible.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 could not be read as a case bundle: it is damaged or not a SQLite file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Did not write %1: a file that is not a case bundle is there. Choose another name; a bundle replaces only an earlier bundle.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Did not write %1: the history of %2 does not hold as many events as were written to it. Run recoverydesk verify on the database, or restore it from a backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 was made by a newer version of Recovery Desk (data format %2; this version reads bundles up to format %3). Update Recovery Desk to import it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Did not write %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 carries no signature: it was made by an older version of Recovery Desk. Export it again with this version.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 was refused: its signature does not hold, so it was changed after "%2" signed it. Nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 was refused: %2. Nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 has a damaged manifest: its period is not a time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 was refused: the history it carries is not the history its manifest signs. Nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>read the bundle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 carries no signed history: it was made by an earlier version of Recovery Desk. Export it again with this version.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BundleCheck</name>
        <message>
            <source>The bundle %1 does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not a file; choose a case bundle (.rdbundle).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is too large to be a case bundle (%2 MiB).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not make a temporary folder to check the bundle in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not read %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not copy %1 to check it: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is too large to be a case bundle.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not a Recovery Desk case bundle (not a SQLite file).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 was refused: %2. Nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it is damaged (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>its contents cannot be read (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it holds a %1 "%2", which a case bundle never has</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it lacks the table %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>its table %1 cannot be read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>its table %1 has a hidden or computed column %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the column %1.%2 has the type "%3"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>its table %1 does not have the columns of data format %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it holds two reflections for %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the record %1 appears twice in %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the record %1 in %2 holds a value of the wrong type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the record %1 in %2 breaks a rule (%3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>its table %1 cannot be read to the end (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>its copy of history event %1 differs from the archive's</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>history event %1 claims to be erased but holds data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>history event %1 carries no seal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>its history does not hold at event %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it carries the erasure %1 without the erased record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it is damaged or truncated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>its table %1 is not defined as a bundle's table is</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>history event %1 belongs to no case and no customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the link %1 between a case and an improvement is there twice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it carries the erasure %1 of a record that its sender did not create</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CallGuide</name>
        <message>
            <source>Who is calling?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find the customer by name, phone number or e-mail, or add them as new. Glance at their earlier cases and open promises before you go on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"Good morning, this is the service desk. May I have your name, so I can look you up?"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close the call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read the agreements back in plain words, check how you can reach the customer, and thank them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"So, to sum up what we agreed: … Can I reach you on this number? Thank you for calling us."</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Listen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Let the customer tell what they appreciated. Note it in their own words.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"How nice to hear. What was it that stood out for you?"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thank them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thank the customer for taking the trouble to tell you. A compliment is feedback too.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"Thank you for letting us know. I will make sure it reaches the right person."</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pass it on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note who the compliment is about, so it reaches them and their team lead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"Do you remember the name of the colleague who helped you?"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Listen first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Let the customer tell the whole story, from the start. Do not interrupt and do not explain yet. Note what happened in their words, not your interpretation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"Could you tell me what happened, from the beginning?"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ask what they expected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ask what the customer had expected from us, and what a good solution would be for them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"What had you expected from us? And what would be a good solution for you?"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Acknowledge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thank the customer for telling you, and name the feeling you hear. Note how upset they are.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"Thank you for taking the time to tell me. I can hear how frustrating this has been."</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Summarise and check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read the summary back. The customer confirms it, or corrects you: note the correction, it often changes the picture.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"Let me check that I have understood you: … Is that right?"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Our side, openly</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only now explain what happened on our side. Be open and give the reasons, without excuses.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"Let me tell you what happened on our side, and why."</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Own it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take responsibility for your part and become the customer's point of contact — without blaming the customer, a colleague or a supplier.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"I am your point of contact for this, and I will see it through."</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assess the cause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Can we do something with this? Do we agree with the customer? Decide where the cause lies: an employee's behaviour, the process, the product, or the information we gave.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"You are right that this should not have happened."</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decide and say so</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tell the customer what you will do. "No" is an answer too — then look for an alternative or a compromise together.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"What I can do for you is … / That is not possible, but what I can offer you is …"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make agreements</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"I will ask the carrier today, and I will call you on Friday at two either way, even if I have no news yet."</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agree on a final solution if you can. If not, make process agreements: what you will do, by when, and when you will contact the customer again, news or not. A colleague must call back? Make a callback note.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What we promised</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say who you are and remind the customer what we agreed last time. The agreements are listed below.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"Hello, this is … from the service desk. Last time I promised to … I am calling to tell you where things stand."</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What happened since</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tell what happened since, openly — also if there is no result yet. Note what you told the customer and how they reacted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"I have spoken to the carrier; they confirmed … / I have no answer yet, and this is what I am doing about it."</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What next</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agree on what happens next: resolved now, or a new process agreement with the next moment you will contact the customer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"I will call you again on Tuesday at ten, whether or not I have news by then."</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CallSession</name>
        <message>
            <source>This case is closed; open a new case for a new call.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no unfinished call on this case.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This call has ended.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no step %1 in this call.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The step "%1" cannot be skipped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The customer does not know yet when they will hear from us. Agree when you will contact them again (or make a callback note) in "Make agreements", or mark the case resolved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reported back in a follow-up call.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CallbackStore</name>
        <message>
            <source>Who calls back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The number to call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The number to call ("%1") has too few digits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The customer's question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No case with id %1 exists in this database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No callback note with id %1 exists in this database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This callback was already made.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The result of the call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What happened on the call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The colleague who takes over</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This callback note does not exist (any more).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This callback is already open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The case is closed; its callbacks stay as they are.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CaseListExport</name>
        <message>
            <source>Customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open promises</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The export was stopped; nothing was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The first %1 of %2 cases.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 cases.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CaseReport</name>
        <message>
            <source>The case could not be read completely; try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What happened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the customer expected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Summary (confirmed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Our side</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Latest note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Promises and callbacks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Call back: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>History</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Printed %1 from Recovery Desk.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CaseStore</name>
        <message>
            <source>Channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind of case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The customer's experience</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The customer's expectation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Summary confirmed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Our explanation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The cause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Emotion at the start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Emotion at the end</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind of decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resolution</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who the compliment is for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The case owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No customer with id %1 exists; find or create the customer first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No case with id %1 exists in this database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" is not a known channel.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" is not a known kind of case.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" is not a known cause.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" is not a known kind of decision.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" is not a known resolution.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 must be a number from 1 (calm) to 5 (very upset).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown field.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This case is closed; its fields can no longer be changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write the summary before the customer confirms it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The customer's correction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close a case with its outcome, through Close case.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The customer's words on the outcome</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>This case still has %n open promise(s) or callback(s). Mark each kept, broken or cancelled before closing the case.</source>
            <translation>
                <numerusform>This case still has %n open promise or callback. Mark each kept, broken or cancelled before closing the case.</numerusform>
                <numerusform>This case still has %n open promises or callbacks. Mark each kept, broken or cancelled before closing the case.</numerusform>
            </translation>
        </message>
        <message>
            <source>The call step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What happened since</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CustomerEditCommand</name>
        <message>
            <source>correct the details of %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CustomerStore</name>
        <message>
            <source>The customer's name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The phone number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The e-mail address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The e-mail address "%1" does not look like name@example.org.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No customer with id %1 exists in this database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The search text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is too long (%2 characters; at most %3).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 "%2" may hold only digits, spaces and + ( ) - . /</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DamageDialog</name>
        <message>
            <source>The database is damaged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recovery Desk found damage in %1 and will not go on writing to a damaged file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The damaged file is kept aside, unchanged. Then you can go back to the newest backup, or save what can still be read into a fresh file.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>The newest backup was made %1 and holds %n case(s).</source>
            <translation>
                <numerusform>The newest backup was made %1 and holds %n case.</numerusform>
                <numerusform>The newest backup was made %1 and holds %n cases.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Restore the newest backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save what can be read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>No database file was named.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not open %1: it is a folder. Name a database file instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not open %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not open %1: it is not a Recovery Desk database (not a SQLite file at all). Choose another file, or a new file name to start an empty database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not open %1: the file does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not create the folder %1 for the database. Check that you may write there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The SQLite driver for Qt is missing (package libqt6sql6-sqlite). Install it and start again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>open the database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not switch %1 to write-ahead logging (the file system answered "%2"). Keep the database on a local disk.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not set up %1 safely (%2 did not take effect).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not open %1: it is a SQLite database of another program, not of Recovery Desk. Choose another file, or a new file name to start an empty database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not open %1: it was written by a newer version of Recovery Desk (data format %2; this version reads up to %3). Install the newer version to open it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not open %1 read-only: it must first be upgraded to the current data format. Open it once normally.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>prepare a query</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>save or read data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database %1 is in use by another program, which kept it locked for %2 seconds. Close the other program or Recovery Desk window and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not save to %1: the file or its folder is read-only. Check its permissions, or start Recovery Desk with --database and a file you may write.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not save to %1: the disk is full. Free some space and try again; everything saved before is safe.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database %1 is damaged. Restore it from a backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not open %1: it is not a Recovery Desk database, or it is encrypted or damaged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not open %1: the file or its folder cannot be opened. Check that it exists and that you may read and write it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not %1 in %2: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not create %1: %2. Check that you may write there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not open %1 for writing: the file is read-only. Check its permissions, or open it read-only as a review archive.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server address %1 is not complete. Write it as postgresql://user@server:5432/database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The PostgreSQL driver for Qt is missing (package libqt6sql6-psql). Install it and start again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>connect to the team database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database %1 holds tables of another program. Give Recovery Desk a database of its own.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The team database %1 is still empty: open it once normally first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The team database %1 was set up by a newer version of Recovery Desk (data format %2; this version reads up to %3). Install the newer version on this PC.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not %1: the team database at %2 cannot be reached (%3). Check the network connection; nothing typed here is lost, and saving is tried again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not save to %1: it was opened for reading only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The team database %1 must first be upgraded to this version's data format (%2; it has %3). Open it once normally.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>read data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server address %1 holds a password. Leave it out of the address: put it in the file .pgpass in your home folder (%APPDATA%\postgresql\pgpass.conf on Windows) or in the environment variable PGPASSWORD.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server address %1 has the setting "%2", which Recovery Desk does not pass on. Known settings: %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not open %1: it is not a plain file (a device or a pipe). Name a database file instead.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DatabaseCopy</name>
        <message numerus="yes">
            <source>%1 already holds %n case(s). Move into an empty database, or merge with export and import.</source>
            <translation>
                <numerusform>%1 already holds %n case. Move into an empty database, or merge with export and import.</numerusform>
                <numerusform>%1 already holds %n cases. Move into an empty database, or merge with export and import.</numerusform>
            </translation>
        </message>
        <message>
            <source>read %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DueTimeRules</name>
        <message>
            <source>%1 (%2) has already passed. Choose a moment from now on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2) is more than ten years away. Check the date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The call-back window ends (%1) before it starts (%2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The end of the call-back window</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DueTimeSuggestions</name>
        <message>
            <source>In an hour (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tomorrow %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExportFile</name>
        <message>
            <source>No file was named to write to.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Did not write %1: it is a symbolic link to another file. Choose a plain file name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Did not write %1: it is a folder. Choose a file name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Did not write %1: it is the open database itself, which this would overwrite. Choose another file name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Did not write %1: it is not a plain file (a device or a pipe). Choose a file name.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HistorySeal</name>
        <message>
            <source>the event before it in this case is missing</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>this case's history has %n starting events instead of one</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>its data was changed after it was written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>its time, author, kind or place in the history was changed after it was written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>two events claim the same place in the history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>read the history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it carries no seal, though its case's history was sealed before it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it carries no seal, though its customer's history was sealed before it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>its data reads as erased, but no erasure of its case or customer was recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>read the history's chains</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>customer %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>case %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the history of %1 from workstation %2 has %3 of the %4 events written to it: the newest were removed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the history of %1 from workstation %2 has %3 events, but only %4 were written to it</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImprovementStore</name>
        <message>
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What will change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who sees to it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An improvement item starts from at least one case.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No improvement item with id %1 exists.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Privacy</name>
        <message>
            <source>There is no such customer to erase.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The retention period is a number of months from 0 (no limit) to %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no such customer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>read the customer's data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The customer's data could not be read completely: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PromiseFigures</name>
        <message>
            <source>count the promises</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>count the callbacks</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PromiseStore</name>
        <message>
            <source>The next contact with the customer is a process agreement.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What you promise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The owner of the promise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The due time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No case with id %1 exists in this database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This case is closed; reopen it before promising more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No promise with id %1 exists in this database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This promise is already %1; it cannot be changed any more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The reason the promise was broken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The reason for cancelling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The reason for the new due time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The new due time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The colleague who takes over</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What you told the customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The next contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>contact the customer again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This promise does not exist (any more).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This promise is already open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The case is closed; its promises stay as they are.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QueueActCommand</name>
        <message>
            <source>mark kept: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>mark broken: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>callback done: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>hand over to %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReflectionStore</name>
        <message>
            <source>"%1" is not a month; use YYYY-MM.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Whose reflection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The best customer experience</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the meeting delivered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What I changed</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RowRules</name>
        <message>
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>empty where a value is required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not a whole number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a time before 2000 or after 2200</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is outside %2 to %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not a record id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" is not one of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not a month (YYYY-MM)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>more than 64 KiB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not valid JSON (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not a JSON object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not a JSON list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not part of a history seal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a time before 2000 or later than the bundle was made</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Salvage</name>
        <message>
            <source>Could not move the damaged file %1 aside. Close other programs that use it and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing could be read from %1: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Schema</name>
        <message>
            <source>%1 is in data format %2, which this version cannot bring up to format %3. Install the version that matches it, or ask for help.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SignedHistory</name>
        <message>
            <source>the history of %1 from workstation %2 does not run from one first event to one newest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 was refused: %2. Nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 was refused: the history it carries is not the history its manifest signs. Nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the bundle %1 signed on %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is kept here, but its key (%2) is not among the trusted workstations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the record of %1 was changed: its signature does not hold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>read the signed history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the history chains kept for %1 are not the ones it signed: they were changed here</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n event(s) that %1 signed after it in the history of %2 are missing: they were removed</source>
            <translation>
                <numerusform>%n event that %1 signed after it in the history of %2 are missing: they were removed</numerusform>
                <numerusform>%n events that %1 signed after it in the history of %2 are missing: they were removed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the history of %1 from workstation %2, which %3 signed with %n event(s), is gone</source>
            <translation>
                <numerusform>the history of %1 from workstation %2, which %3 signed with %n event, is gone</numerusform>
                <numerusform>the history of %1 from workstation %2, which %3 signed with %n events, is gone</numerusform>
            </translation>
        </message>
        <message>
            <source>read the history's chains</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the history of %1 differs here from what %2 signed: this event was changed, or an event before it was removed or slipped in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>its history holds a hash too long to be one</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n kept history chain(s) belong to no bundle kept here: they were added here, not signed</source>
            <translation>
                <numerusform>%n kept history chain belong to no bundle kept here: they were added here, not signed</numerusform>
                <numerusform>%n kept history chains belong to no bundle kept here: they were added here, not signed</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 was signed after its key was revoked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it was slipped in after the newest signed event of workstation %1 in the history of %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SummaryDrafter</name>
        <message>
            <source>What happened: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What you had expected: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where it went wrong, as we see it now: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TextRules</name>
        <message>
            <source>%1 is too long (%2 KiB; at most 64 KiB). Shorten it, or attach the rest as a note.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 contains broken characters (not valid Unicode). Retype or paste it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 contains a NUL character, which cannot be stored. Remove it and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 must fit on one line.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 contains an invisible control character (code %2). Remove it and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not valid UTF-8 text. Save it as UTF-8 and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 contains an invisible character that changes the direction of the text (code U+%2). Remove it and try again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TimelineText</name>
        <message>
            <source>Opened the case (%1, by %2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(cleared)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The customer confirmed the summary.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The customer corrected the summary: “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closed the case. Outcome: %1.%2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> The customer: “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agreed the next contact with the customer: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Promised: %1 — %2, by %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kept on time: %1.%2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> Result: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kept late: %1.%2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Broken: %1. Reason: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled: %1. Reason: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rescheduled “%1” to %2. Reason: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Handed “%1” over from %2 to %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Callback note for %1: call %2 between %3 and %4 about “%5”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tried to call back: %1. Next try from %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Called back within the window.%1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Called back, outside the window.%1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Callback handed over from %1 to %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-up call started.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Call started.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Call resumed at “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Call ended: resolved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Call ended: waiting for the agreed next step.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step done: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step skipped: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step skipped: %1 (%2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Led to an improvement item: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An entry whose details were erased for privacy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The customer's personal data was erased (%1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Personal data removed: the retention period had passed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undone: the promise "%1" is open again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undone: the callback is open again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Vocabulary</name>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Desk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Complaint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compliment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Suggestion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Behaviour of an employee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Process</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Product</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Information</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waiting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Relationship stronger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Relationship the same</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Relationship weaker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Final agreement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Process agreement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kept late</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Broken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yes, we do what was asked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No, with an alternative</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A compromise, found together</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resolved now: final agreement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not resolved yet: process agreements</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WorkstationKey</name>
        <message>
            <source>The cryptography library could not be started.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The workstation's key could not be made.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The workstation key %1 is not a plain file. Move it away and start again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not read the workstation key %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The workstation key %1 is damaged. Restore it from a backup; a new key makes this PC a new workstation that the team lead must trust again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not make the folder %1 for the workstation key.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WorkstationTrust</name>
        <message>
            <source>That is not a workstation's public key.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The workstation's name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No trusted workstation has the key %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it comes from the workstation "%1" (key %2), which this archive does not know yet. Check the key with that PC's Settings, then trust it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it is signed with the key %1 of "%2", which was revoked here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the workstation "%1" is known here with another key; this bundle is signed with %2. If that PC was replaced or reinstalled, revoke its old key and trust the new one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The key %1 was revoked already, by %2 on %3.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Use the database FILE.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Interface language: en or nl.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recovery Desk cannot start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database %1 could not be opened.

%2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the review archive FILE, read-only.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>rd::ActPanel</name>
        <message>
            <source>Confirm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter: open case  ·  C: call now  ·  K: reached  ·  A: no answer, try again  ·  H: hand over</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter: open case  ·  C: call now  ·  K: kept  ·  N: no news yet  ·  R: reschedule  ·  B: broken  ·  H: hand over</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kept: %1. What was the result? (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. refund sent, customer informed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You contacted the customer without news yet: %1. What did you tell them, and when is the next contact?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. carrier has not answered; I will call again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next contact:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New due time for %1. Why? (It will count as late.)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the reason, as you told the customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New due time:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This promise cannot be kept: %1. Why?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the reason — and tell the customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hand %1 over to a colleague:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the colleague's name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Called back and reached: %1. What was agreed? (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the result of the call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No answer for %1. What happened, and when to try again?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. voicemail, left a message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Try again from:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Marked kept: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reported back; next contact agreed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rescheduled: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Marked broken: %1. Tell the customer, and agree what happens instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Handed over to %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Callback done: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attempt noted; the callback stays in the queue.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What to record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The note, reason or new owner for this act. Enter confirms, Esc cancels.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>rd::AgreePage</name>
        <message>
            <source>Is the matter resolved now?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agreed so far</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A promise: what I will do, by when</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. ask the carrier for a Saturday delivery</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add &amp;promise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When I will contact the customer again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>by phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>by e-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set ne&amp;xt contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A colleague calls back (callback note)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>colleague's name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the customer's question, in a sentence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>within 1 hour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>within 2 hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>within 4 hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add call&amp;back note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who calls:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Number:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Window:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Promise added.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>contact the customer again by phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>contact the customer again by e-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next contact agreed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Callback note made for %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing agreed yet.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>rd::CallScreen</name>
        <message>
            <source>No call in progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Press Ctrl+N when the phone rings. The screen will guide you through the call, step by step, and save everything as you type.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New call   Ctrl+N</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unfinished calls (for example after a power cut):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unfinished calls</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Resume call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Steps of the call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>◀ Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done — next step ▶</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done, &amp;next step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Back one step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Skip step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;End call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go to a s&amp;tep…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A call is in progress. End it first (Ctrl+E) to start a new one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Call resumed where it stood. Everything typed before was kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 — %2, started %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The customer's story, in their own &amp;words:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What happened, as the customer tells it — not your interpretation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the customer had &amp;expected, and what would be a good solution:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In the customer's words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How upset is the customer? (1–5)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What happened on &amp;our side, and why:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open and concrete: what went wrong, and the reasons</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tell the customer that you are their point of contact from now on. Check your own words below: they should blame no one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where does the cause lie?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What do we decide?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The &amp;decision, as you tell it to the customer:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What we will do — or, if the answer is no, the alternative</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Who is the compliment for?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A colleague's name, or a team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing to note here: say it in your own words, then press Ctrl+Enter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>skipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step %1, %2, %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End call ▶</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find or add the customer first: type a name, phone number or e-mail and press Enter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The call with %1 is saved. The case now waits for the agreed next step; it is in your work queue.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The call with %1 is saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+Enter: done, next step  ·  Alt+Left: back  ·  Ctrl+Shift+Enter: skip  ·  Ctrl+L: all steps  ·  Ctrl+E: end call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What you told the customer, and how they &amp;reacted:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open and concrete — also when there is no result yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What you typed is kept and saved as soon as it can be.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved again: everything you typed is stored.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Calls that were interrupted. Enter resumes one where it stopped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The steps of the method; the current one is selected. Enter jumps to a step.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The call is saved, but it could not be read back: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>rd::CaseListModel</name>
        <message>
            <source>Customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open promises</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last activity</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>rd::CaseListView</name>
        <message>
            <source>Search names, phone numbers, e-mail and case text  (Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search cases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Any status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Any kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Any cause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Any time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last 7 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last 30 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last 12 months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Overdue only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 cases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>best %1 matches</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n match(es)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Anyone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export &amp;list…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The cases shown (all of them, with the filters and order of the list) as CSV or PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Writing the case list…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export the case list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV for spreadsheets (*.csv);;PDF, first %1 rows (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status filter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only cases with this status.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind filter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only complaints, questions, compliments or suggestions.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cause filter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only cases with this cause.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owner filter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only the cases of one employee.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Period filter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only the cases opened in this period.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All cases that match the search and filters. Click a header to sort; Enter opens a case.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cases that match the search, best first, with the matching words marked. Enter opens a case.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>rd::CaseView</name>
        <message>
            <source>&amp;Open promises and callbacks:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;History:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>History of the case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Is the customer's trust restored? Ask them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In the customer's own words (optional) — Enter closes the case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;lose case…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No case chosen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a case from the work queue or the case list (Enter).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 — %2, %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What happened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the customer expected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Summary (confirmed by the customer)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Our side</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Latest note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compliment for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 — %2 (%3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing open.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>This case still has %n open promise(s) or callback(s). Settle each first: K kept, B broken, H hand over (or N, R).</source>
            <translation>
                <numerusform>This case still has %n open promise or callback. Settle each first: K kept, B broken, H hand over (or N, R).</numerusform>
                <numerusform>This case still has %n open promises or callbacks. Settle each first: K kept, B broken, H hand over (or N, R).</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose the outcome first (1–4): ask the customer whether the relationship is stronger, the same or weaker.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case closed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That key does not fit this item.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On an open item: C call now  ·  K kept  ·  N no news yet  ·  R reschedule  ·  B broken  ·  H hand over</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;ustomer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save as P&amp;DF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the case as PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What will change so this does not happen again — Enter saves, Esc cancels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Improvement:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Improvement item…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Improvement item made: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the customer told, expected and what was decided.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open promises and callbacks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What is still to be done for this case. K kept, B broken, Enter acts on one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everything that happened in this case, oldest first, who and when.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Customer's words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How the customer put it, in their own words (optional). Enter closes the case.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Improvement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What will change so this does not happen again. Enter saves, Esc cancels.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Improvement owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who sees to the improvement.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>rd::ChoiceStepPage</name>
        <message>
            <source>Calm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A little annoyed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Annoyed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Upset</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Very upset or angry</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>rd::ClosePage</name>
        <message>
            <source>Read this back to the customer:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agreements to read back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How does the customer sound now?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thank you for taking the time to tell us.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thank you for calling us and for telling us this.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>rd::ConnectionBanner</name>
        <message>
            <source>Team database connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The team database at %1 cannot be reached. Keep working: nothing you type is lost, it is saved as soon as the connection is back. Trying again every few seconds…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connected to the team database again. What you typed meanwhile is being saved.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>rd::CustomerCard</name>
        <message>
            <source>&lt;p&gt;&lt;b&gt;No customer yet&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Find or add the caller to see their earlier cases and open promises here.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Repeat complainant: %n earlier complaint(s) in the past year. Acknowledge that this is not the first time.</source>
            <translation>
                <numerusform>Repeat complainant: %n earlier complaint in the past year. Acknowledge that this is not the first time.</numerusform>
                <numerusform>Repeat complainant: %n earlier complaints in the past year. Acknowledge that this is not the first time.</numerusform>
            </translation>
        </message>
        <message>
            <source>Open promises</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Earlier cases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First contact.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The caller's details, earlier cases and open promises.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>rd::CustomerLookup</name>
        <message>
            <source>Find the customer (name, phone number or e-mail):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type to search — Enter picks the first match</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find the customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Matching customers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ne&amp;w customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;E-mail:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Organisation:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Add customer and start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Customers whose name, phone number or e-mail match what you typed. Enter chooses one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The new customer's name, as they say it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A number to call the customer back on, in any spacing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The customer's e-mail address (optional).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The customer's company or organisation (optional).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>rd::CustomerView</name>
        <message>
            <source>&amp;Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;E-mail:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Organisation:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changes to the details:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Cases (Enter opens):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open promises:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No customer chosen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a customer from a case (Alt+U).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 · %2 · %3</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n case(s) in all; </source>
            <translation>
                <numerusform>%n case in all; </numerusform>
                <numerusform>%n cases in all; </numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n complaint(s) in the past year.</source>
            <translation>
                <numerusform>%n complaint in the past year.</numerusform>
                <numerusform>%n complaints in the past year.</numerusform>
            </translation>
        </message>
        <message>
            <source>A repeat complainant: acknowledge it on the next call.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 — %2 (%3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>changed: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Details saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E&amp;xport data…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everything held about this customer, as a JSON file (their right of access).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E&amp;rase customer…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove this customer's personal data from all cases and the history, on their request.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Erase customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Erase all personal data of %1 from every case and from the history? This cannot be undone; the history keeps only that an erase was done, by you, now.

Reason (no personal data):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Request of the customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Erase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The customer's personal data was erased.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export customer data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported the customer's data to %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The customer's name. Enter saves a correction.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The customer's phone number. Enter saves a correction.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The customer's e-mail address. Enter saves a correction.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The customer's organisation. Enter saves a correction.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cases of this customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All cases of this customer, newest first. Enter opens one.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>rd::DueTimeEdit</name>
        <message>
            <source>Quick pick</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date and time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quick picks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Common due times; choose one or set the date and time yourself.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The exact due date and time.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>rd::ExportDialog</name>
        <message>
            <source>Export cases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All cases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opened in the last 30 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opened in the last 90 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opened in the last 12 months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everyone's cases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>My cases (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Which cases:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export cases to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case bundles (*.rdbundle)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wh&amp;ose:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>rd::HelpDialog</name>
        <message>
            <source>Recovery Desk help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Keys</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How the &amp;call guide works</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Anywhere</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>During a call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Work queue and case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+N</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New call: the cursor goes to the customer search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+1 … Ctrl+7</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Work queue, call, cases, case, customer, review, reflection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+F</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search all cases as you type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>F1, Ctrl+/</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+Z</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo the last change you made here (itself recorded in the history)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+,</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter (in the search)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pick the first match, or add a new customer with what you typed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+Enter, Alt+Right</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step done, go to the next one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alt+Left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back one step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+Shift+Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip the step (recorded)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+L</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The list of steps; Enter jumps to one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 – 5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pick an option: emotion, cause, decision, resolution</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+E</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End the call (not while an unresolved case has no agreed next contact)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Call now: a short follow-up call that settles the item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>K</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kept, or callback done (with the result)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>N</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contacted without news yet: the next contact is agreed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>R</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reschedule (new time and reason; counts as late)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>B</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Broken (with the reason)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Callback not answered: try again later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>H</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hand over to a colleague</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alt+L</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close the case (asks how the customer sees it now)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alt+U</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+F, then type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search names, phone numbers, e-mail and all case text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Esc (in the search)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to the whole list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keys</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every key, by where it works.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What they do</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How the call guide works</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The method behind the call screen, step by step.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;h2&gt;How the call guide works&lt;/h2&gt;&lt;p&gt;An upset customer first wants to be heard, then understood, and then wants to know what happens next. The call screen leads you through that order, one step at a time. The left column lists the steps (✓ done, ↷ skipped, ○ open); the middle says what to do now and gives an example of what you could say; the right column shows who is calling, their earlier cases and open promises.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Who is calling?&lt;/b&gt; Find the customer or add them. A repeat complainant is flagged: say that you see it is not the first time.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Listen first.&lt;/b&gt; Let the customer tell the whole story without interrupting; note it in their words.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ask what they expected.&lt;/b&gt; What would have been right for them, and what would they like now?&lt;/li&gt;&lt;li&gt;&lt;b&gt;Acknowledge.&lt;/b&gt; Say that you understand how this feels, without excuses.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Summarise and check.&lt;/b&gt; Read the summary back; the customer confirms it or corrects it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Our side, openly.&lt;/b&gt; Explain what happened on our side, in plain words.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Own it.&lt;/b&gt; Take responsibility as the company. Phrases that shift the blame are marked as you type, with a better way to say it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Assess the cause.&lt;/b&gt; Behaviour, process, product, or information.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Decide and say so.&lt;/b&gt; Yes, no with an alternative, or a compromise, and why.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Make agreements.&lt;/b&gt; If it cannot be settled now: what you will do, by when, and when you will contact the customer again, even without news. Never ask the customer to call back: make a callback note instead.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Close the call.&lt;/b&gt; The agreements are read back in plain sentences; check how to reach the customer.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Everything is saved as you type. You can go back, skip a step (it is recorded) or jump with Ctrl+L. A compliment takes a short path: listen, thank, pass it on.&lt;/p&gt;&lt;p&gt;Afterwards the work queue keeps every promise in sight until it is kept, and the customer is asked, when the case closes, whether the relationship came out stronger.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>rd::IdentifyPage</name>
        <message>
            <source>&amp;Kind:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;hannel:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Calling: &lt;b&gt;%1&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind of call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Complaint, question, compliment or suggestion.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How the customer contacted us.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>rd::MainWindow</name>
        <message>
            <source>Recovery Desk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Call — in progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Database: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Cases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;About Recovery Desk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cases (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not everything is saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The last changes could not be saved to %1. If you close now, they are lost.

Close anyway?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About Recovery Desk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Work queue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Work queue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ca&amp;se</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n overdue</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n due today</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Recovery Desk — %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Work queue (%1 overdue)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Work queue (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fill with &amp;example cases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only for an empty database: adds example cases to try the program with.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Find cases…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Added %1 example cases.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;ustomer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Review archive — read-only. You can read, search and report; nothing can be changed here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recovery Desk — review archive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E&amp;xport cases…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Import bundles…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open &amp;review archive…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a review archive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recovery Desk databases (*.sqlite *.db);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Review figures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export cases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported %1 cases to %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import case bundles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case bundles (*.rdbundle);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Importing case bundles…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop after this bundle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Importing %1…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Stopped: %n bundle(s) not imported.</source>
            <translation>
                <numerusform>Stopped: %n bundle not imported.</numerusform>
                <numerusform>Stopped: %n bundles not imported.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 was not imported: %2</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n bundle(s) imported.</source>
            <translation>
                <numerusform>%n bundle imported.</numerusform>
                <numerusform>%n bundles imported.</numerusform>
            </translation>
        </message>
        <message>
            <source>This is a review archive, opened read-only: calls are taken on a workstation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reflection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re&amp;flection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End the call first (Ctrl+E); this opens a dialog.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Data &amp;retention…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Restore from backup…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Data retention</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Months after closing that a case keeps the customer's personal data (0 = keep until erased on request). After that the case is anonymised; its figures stay.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Retention set to %n month(s); %1 case(s) anonymised now.</source>
            <translation>
                <numerusform>Retention set to %n month; %1 case anonymised now.</numerusform>
                <numerusform>Retention set to %n months; %1 cases anonymised now.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Keys</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How the &amp;call guide works</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The new database file is opened at the next start.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;h3&gt;Recovery Desk %1&lt;/h3&gt;&lt;p&gt;Guides you through a customer's complaint call: listen, understand, own it, and make agreements you keep.&lt;/p&gt;&lt;p&gt;Works fully offline. Your data stay in %2.&lt;/p&gt;&lt;p&gt;Free software under the MIT licence. Built with Qt %3 (LGPL 3) and SQLite (public domain).&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1, %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (from %2): %3 new cases, %4 updated, %5 new events.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A team database is backed up and restored on its server (pg_dump).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Trusted workstations…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>rd::OwnPage</name>
        <message>
            <source>“%1” — %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your notes so far blame no one. Good — stay the point of contact.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>rd::PromptPanel</name>
        <message>
            <source>Current step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What to do</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What you could say</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step %1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You could say: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>rd::RecallPage</name>
        <message>
            <source>The matter, as summarised:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What we agreed:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No open agreements.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>rd::ReflectionView</name>
        <message>
            <source>Month:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Whose:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What was the &amp;best customer experience this month?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What did our &amp;meetings deliver for the customer?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What did I &amp;change in my own behaviour after customer feedback?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cases it is about (Enter opens):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Link the case in view</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mine (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 — %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A case not in this file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read-only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a case first (Ctrl+4), then link it here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The month this reflection is about.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Whose reflection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your own reflection, or a colleague's to read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved as you type. Tab goes to the next question.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Linked cases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cases this reflection refers to. Enter opens one.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>rd::ReminderService</name>
        <message>
            <source>Show Recovery Desk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 — %2</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n item(s) fell due while Recovery Desk was closed. See the work queue.</source>
            <translation>
                <numerusform>%n item fell due while Recovery Desk was closed. See the work queue.</numerusform>
                <numerusform>%n items fell due while Recovery Desk was closed. See the work queue.</numerusform>
            </translation>
        </message>
        <message>
            <source>Due now: %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n items are due now. See the work queue.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Recovery Desk</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Recovery Desk: %n overdue</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Recovery Desk: nothing overdue</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Due within %n minute(s): %1</source>
            <translation>
                <numerusform>Due within %n minute: %1</numerusform>
                <numerusform>Due within %n minutes: %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>rd::ReportPeriod</name>
        <message>
            <source>"%1" is not a period. Use all, 2026, 2026-11 or 2026-01-01..2026-03-31.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>rd::RestoreDialog</name>
        <message>
            <source>Restore from backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the backup to go back to. Your current file is not deleted: it is kept beside it as "%1.before-restore-…".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Made</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unreadable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There are no backups in %1 yet. Recovery Desk makes one at start and every hour in which something changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Restore this backup</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>rd::ReviewDashboard</name>
        <message>
            <source>This month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last 12 months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export figures (&amp;CSV)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Period:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Whose:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the &amp;cases behind (Enter):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export figures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The whole team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Relationship stronger after %1% of the %2 closed cases.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No closed cases in this period yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 cases: %2 complaints, %3 compliments.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Promises kept on time: %1 of %2 made.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Callbacks within the customer's window: %1 of %2 made.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time to first contact after the call: %1 hours (median).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time to first contact: no contacts yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Repeat complainants: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compliments passed on: %1 of %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Behaviour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Process</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Product</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Information</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Complaints caused by %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cases with a promise overdue now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Complaints by cause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Promises</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Late</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Broken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stronger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Same</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weaker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recovery outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Steps most often skipped: none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Steps most often skipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Counting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Good examples to recognise (Enter opens):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Improvement items (Space: next status):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 — %2, %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None in this period yet.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%1 — %2 (%3; %n case(s))</source>
            <translation>
                <numerusform>%1 — %2 (%3; %n case)</numerusform>
                <numerusform>%1 — %2 (%3; %n cases)</numerusform>
            </translation>
        </message>
        <message>
            <source>None yet. Make one from a case: Improvement item… in the case view.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export figures (&amp;PDF)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Review figures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The period the figures cover.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Whose cases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The whole team, or one employee.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Figures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The main figures of the period in words.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Figures by cause and outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each figure with its count. Enter shows the cases behind it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Good examples</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Calls that followed the method with a promise kept on time. Enter opens the case.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Improvement items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Process improvements made from cases. Space moves one to in progress and done.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>rd::SearchResultsModel</name>
        <message>
            <source>Customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where it matches</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>rd::SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Written with everything you do, and the owner of the promises you make.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The language of the program; it changes at once.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your &amp;name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Team:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due-time picks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Morning pick</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The hour offered for the next working day's morning.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Afternoon pick</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The hour offered for the next working day's afternoon.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End of the day pick</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The hour offered for later today.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next working day, &amp;morning:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next working day, &amp;afternoon:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reminders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Pop up from the tray when something falls due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Otherwise the status bar and the counts in the title say it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remind ahead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How many minutes before an item falls due it is announced.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Storage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Database file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Browse…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recovery Desk databases (*.sqlite)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"backups" beside the database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backup folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where the hourly backups go. Empty: a "backups" folder beside the database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Backup folder:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your name is needed: it is written with everything you do.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Welcome to Recovery Desk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What is your name? It is written with everything you do, and you can change it later in Settings (Ctrl+,).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Later toda&amp;y:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remind a&amp;head by:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The team you work in; it travels with the cases you export, so your team lead sees where they come from.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file Recovery Desk opens at start, or the team database on a server as postgresql://user@server:5432/name (the password goes in PGPASSWORD or the .pgpass file, not here). Empty: the default file in your data folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Database (file or team server):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Another database is opened at the next start.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This workstation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Key fingerprint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The fingerprint of the key this workstation signs its bundles with. A team lead compares it before trusting bundles from this PC.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Key fingerprint:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>rd::SummaryPage</name>
        <message>
            <source>&amp;Summary to read back:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Summary to read back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Draft from notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Customer c&amp;onfirms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The customer co&amp;rrects:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the customer says is different — then adjust the summary above</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The customer's correction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save correction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Summary confirmed by the customer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Correction kept in the history. Adjust the summary and read it back again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✓ Confirmed by the customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not confirmed yet</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>rd::Transaction</name>
        <message>
            <source>The change was already saved or undone.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>rd::WorkQueueModel</name>
        <message>
            <source>Overdue (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Later (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Call back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Promise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>today %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>tomorrow %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>yesterday %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>rd::WorkQueueView</name>
        <message>
            <source>&amp;Show:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Work queue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>My work (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everyone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing selected. Use the arrow keys to choose an item.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That key is for promises. For a callback: K reached, A no answer, H hand over.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That key is for callbacks. For a promise: K kept, N no news yet, R reschedule, B broken, H hand over.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Whose work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shows your own promises and callbacks, a colleague's, or the whole team's.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Promises and callbacks, overdue first. K kept, N note, R reschedule, B broken, H hand over, C call now, Enter opens the case.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>rd::Workstation</name>
        <message>
            <source>The last changes could not be saved; the archive was not opened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End the call in progress first (Ctrl+E).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No backup could be made: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database file is damaged. Finish this call; Recovery Desk then helps you recover.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recovery failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no backup to restore.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restored the backup made %1. The damaged file is kept as %2.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Saved %n case(s) into a fresh file; %1 record(s) could not be read. The damaged file is kept as %2.</source>
            <translation>
                <numerusform>Saved %n case into a fresh file; %1 record could not be read. The damaged file is kept as %2.</numerusform>
                <numerusform>Saved %n cases into a fresh file; %1 records could not be read. The damaged file is kept as %2.</numerusform>
            </translation>
        </message>
        <message>
            <source>Restored the backup %1. The file it replaced is kept beside it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The last changes could not be saved; nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 could not be opened again: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database file was removed or replaced by another program, and no copy could be saved: %1 Do not close Recovery Desk; call support.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database file was deleted by another program. Everything was saved again to %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Part of the database file (its -wal file) was deleted by another program; everything was written back. A copy is kept as %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Another program put a different file in place of the database. Your cases were saved to %1 and Recovery Desk now works there; the other file is left untouched.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not put the saved copy back at %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recovery Desk must stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This workstation has no signing key: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open review archive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore a backup</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>rd::WorkstationsDialog</name>
        <message>
            <source>Trusted workstations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bundles are imported only from these workstations. A new PC is added when its first bundle is imported and you trust it, after comparing its key fingerprint with the one in that PC's Settings. Revoke a key when a PC is lost, replaced or reinstalled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Workstation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Key fingerprint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trusted by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Since</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Revoke key…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>revoked by %1, %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>trusted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No workstation yet: import a bundle to add its PC.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revoke key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revoke the key %1 of "%2"? Its bundles are refused from then on; what was imported from it stays. A revoked key cannot be trusted again: a PC that is still in use needs a new key.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Revoke</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trust this workstation?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 comes from the workstation "%2" (exported by %3), which this archive does not know yet.

Its key fingerprint:
%4

Compare it with the fingerprint in Settings on that PC, or have its user read it out to you, before you trust it. From then on its bundles are imported without asking.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Trust and import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Skip this bundle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bundles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none yet</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
