<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>BatchCommands</name>
    <message numerus="yes">
        <source>Signed: %1 events are covered by the signatures of %n workstation(s).</source>
        <translation>
            <numerusform>Signed: %1 events are covered by the signatures of %n workstation.</numerusform>
            <numerusform>Signed: %1 events are covered by the signatures of %n workstations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n bundle(s) exported %3 to %4, %5</source>
        <translation>
            <numerusform>%1 (%2): %n bundle exported %3 to %4, %5</numerusform>
            <numerusform>%1 (%2): %n bundles exported %3 to %4, %5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) imported</source>
        <translation>
            <numerusform>%n bundle imported</numerusform>
            <numerusform>%n bundles imported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseStore</name>
    <message numerus="yes">
        <source>This case still has %n open promise(s) or callback(s). Mark each kept, broken or cancelled before closing the case.</source>
        <translation>
            <numerusform>This case still has %n open promise or callback. Mark each kept, broken or cancelled before closing the case.</numerusform>
            <numerusform>This case still has %n open promises or callbacks. Mark each kept, broken or cancelled before closing the case.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DamageDialog</name>
    <message numerus="yes">
        <source>The newest backup was made %1 and holds %n case(s).</source>
        <translation>
            <numerusform>The newest backup was made %1 and holds %n case.</numerusform>
            <numerusform>The newest backup was made %1 and holds %n cases.</numerusform>
        </translation>
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
</context>
<context>
    <name>HistorySeal</name>
    <message numerus="yes">
        <source>this case&apos;s history has %n starting events instead of one</source>
        <translation>
            <numerusform>this case&apos;s history has %n starting event instead of one</numerusform>
            <numerusform>this case&apos;s history has %n starting events instead of one</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeriodComparison</name>
    <message numerus="yes">
        <source>%n more case(s)</source>
        <translation>
            <numerusform>%n more case</numerusform>
            <numerusform>%n more cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fewer case(s)</source>
        <translation>
            <numerusform>%n fewer case</numerusform>
            <numerusform>%n fewer cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) more relationships stronger</source>
        <translation>
            <numerusform>%n point more relationships stronger</numerusform>
            <numerusform>%n points more relationships stronger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) fewer relationships stronger</source>
        <translation>
            <numerusform>%n point fewer relationships stronger</numerusform>
            <numerusform>%n points fewer relationships stronger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) more kept on time</source>
        <translation>
            <numerusform>%n point more kept on time</numerusform>
            <numerusform>%n points more kept on time</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) fewer kept on time</source>
        <translation>
            <numerusform>%n point fewer kept on time</numerusform>
            <numerusform>%n points fewer kept on time</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) more kept late</source>
        <translation>
            <numerusform>%n point more kept late</numerusform>
            <numerusform>%n points more kept late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) fewer kept late</source>
        <translation>
            <numerusform>%n point fewer kept late</numerusform>
            <numerusform>%n points fewer kept late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) more broken</source>
        <translation>
            <numerusform>%n point more broken</numerusform>
            <numerusform>%n points more broken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) fewer broken</source>
        <translation>
            <numerusform>%n point fewer broken</numerusform>
            <numerusform>%n points fewer broken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) more callbacks within the window</source>
        <translation>
            <numerusform>%n point more callbacks within the window</numerusform>
            <numerusform>%n points more callbacks within the window</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) fewer callbacks within the window</source>
        <translation>
            <numerusform>%n point fewer callbacks within the window</numerusform>
            <numerusform>%n points fewer callbacks within the window</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more repeat complainant(s)</source>
        <translation>
            <numerusform>%n more repeat complainant</numerusform>
            <numerusform>%n more repeat complainants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fewer repeat complainant(s)</source>
        <translation>
            <numerusform>%n fewer repeat complainant</numerusform>
            <numerusform>%n fewer repeat complainants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more complaint(s) caused by %1</source>
        <translation>
            <numerusform>%n more complaint caused by %1</numerusform>
            <numerusform>%n more complaints caused by %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fewer complaint(s) caused by %1</source>
        <translation>
            <numerusform>%n fewer complaint caused by %1</numerusform>
            <numerusform>%n fewer complaints caused by %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignedHistory</name>
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
    <message numerus="yes">
        <source>%n kept history chain(s) belong to no bundle kept here: they were added here, not signed</source>
        <translation>
            <numerusform>%n kept history chain belong to no bundle kept here: they were added here, not signed</numerusform>
            <numerusform>%n kept history chains belong to no bundle kept here: they were added here, not signed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::CaseListView</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::CaseView</name>
    <message numerus="yes">
        <source>This case still has %n open promise(s) or callback(s). Settle each first: K kept, B broken, H hand over (or N, R).</source>
        <translation>
            <numerusform>This case still has %n open promise or callback. Settle each first: K kept, B broken, H hand over (or N, R).</numerusform>
            <numerusform>This case still has %n open promises or callbacks. Settle each first: K kept, B broken, H hand over (or N, R).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::CustomerCard</name>
    <message numerus="yes">
        <source>Repeat complainant: %n earlier complaint(s) in the past year. Acknowledge that this is not the first time.</source>
        <translation>
            <numerusform>Repeat complainant: %n earlier complaint in the past year. Acknowledge that this is not the first time.</numerusform>
            <numerusform>Repeat complainant: %n earlier complaints in the past year. Acknowledge that this is not the first time.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::CustomerLookup</name>
    <message numerus="yes">
        <source>%n open promise(s)</source>
        <translation>
            <numerusform>%n open promise</numerusform>
            <numerusform>%n open promises</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::CustomerView</name>
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
</context>
<context>
    <name>rd::DuplicatesDialog</name>
    <message numerus="yes">
        <source>%n pair(s) of records that are probably one customer, the surest first.</source>
        <translation>
            <numerusform>%n pair of records that is probably one customer.</numerusform>
            <numerusform>%n pairs of records that are probably one customer, the surest first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged into %1. %n pair(s) left.</source>
        <translation>
            <numerusform>Merged into %1. %n pair left.</numerusform>
            <numerusform>Merged into %1. %n pairs left.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::MainWindow</name>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due today</source>
        <translation>
            <numerusform>%n due today</numerusform>
            <numerusform>%n due today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n bundle(s) not imported.</source>
        <translation>
            <numerusform>Stopped: %n bundle not imported.</numerusform>
            <numerusform>Stopped: %n bundles not imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) imported.</source>
        <translation>
            <numerusform>%n bundle imported.</numerusform>
            <numerusform>%n bundles imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retention set to %n month(s); %1 case(s) anonymised now.</source>
        <translation>
            <numerusform>Retention set to %n month; %1 case anonymised now.</numerusform>
            <numerusform>Retention set to %n months; %1 cases anonymised now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, %n open promise(s)</source>
        <translation>
            <numerusform>%1 — %2, %n open promise</numerusform>
            <numerusform>%1 — %2, %n open promises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::MergeDialog</name>
    <message numerus="yes">
        <source>%1 (%n case(s))</source>
        <translation>
            <numerusform>%1 (%n case)</numerusform>
            <numerusform>%1 (%n cases)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open promise(s)</source>
        <translation>
            <numerusform>%n open promise</numerusform>
            <numerusform>%n open promises</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::ReflectionView</name>
    <message numerus="yes">
        <source>%n case(s) opened</source>
        <translation>
            <numerusform>%n case opened</numerusform>
            <numerusform>%n cases opened</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::ReminderService</name>
    <message numerus="yes">
        <source>%n item(s) fell due while Recovery Desk was closed. See the work queue.</source>
        <translation>
            <numerusform>%n item fell due while Recovery Desk was closed. See the work queue.</numerusform>
            <numerusform>%n items fell due while Recovery Desk was closed. See the work queue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items are due now. See the work queue.</source>
        <translation>
            <numerusform>%n item is due now. See the work queue.</numerusform>
            <numerusform>%n items are due now. See the work queue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recovery Desk: %n overdue</source>
        <translation>
            <numerusform>Recovery Desk: %n overdue</numerusform>
            <numerusform>Recovery Desk: %n overdue</numerusform>
        </translation>
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
    <name>rd::ReviewDashboard</name>
    <message numerus="yes">
        <source>%1 — %2 (%3; %n case(s))</source>
        <translation>
            <numerusform>%1 — %2 (%3; %n case)</numerusform>
            <numerusform>%1 — %2 (%3; %n cases)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::Workstation</name>
    <message numerus="yes">
        <source>Saved %n case(s) into a fresh file; %1 record(s) could not be read. The damaged file is kept as %2.</source>
        <translation>
            <numerusform>Saved %n case into a fresh file; %1 record could not be read. The damaged file is kept as %2.</numerusform>
            <numerusform>Saved %n cases into a fresh file; %1 records could not be read. The damaged file is kept as %2.</numerusform>
        </translation>
    </message>
</context>
</TS>
