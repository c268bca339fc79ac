<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>hubreg::AcademicYearStore</name>
    <message>
        <source>“%1” is not an academic year; write it like 2024/25.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Academic year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work Groups belong to this academic year, so it cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The academic year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half term %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A half term needs a start and an end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A half term cannot end before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The academic year no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must lie inside the academic year %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The half term no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::AttendanceStore</name>
    <message>
        <source>The session does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 of Work Group %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participant does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participant is not in the session&apos;s Work Group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was cancelled, so it takes no attendance marks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attendance mark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::Backup</name>
    <message>
        <source>“%1” already exists; a backup never overwrites a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup “%1” cannot be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup “%1” could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup “%1” did not verify (%2), so it was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy fails SQLite&apos;s integrity check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy has a different schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy holds a different number of records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::CsvReader</name>
    <message>
        <source>this is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the byte %1 (at byte %2 of the file) is neither UTF-8 nor Windows-1252 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends in the middle of a %1 character (at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bytes %1 (at byte %2 of the file) are not valid %3 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not open for reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this record is longer than %1 characters; is a closing quote missing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote inside a field that does not start with a quote; a field holding quotes must be quoted, with each quote doubled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a NUL character: this looks like a binary file, or UTF-16 text without a byte order mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quoted field starting here is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text after the closing quote of a field; expected %1 or the end of the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this row has %1 fields but the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this row has %1 fields but the first row has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::CsvWriter</name>
    <message>
        <source>the file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::Database</name>
    <message>
        <source>“%1” does not exist, so it cannot be opened read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a HubRegister database (it is not an SQLite file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another program, not HubRegister.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of HubRegister (schema %2; this version understands up to %3). It has not been changed. Install the newer HubRegister to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of “%1” is not writable, so HubRegister cannot change the file. It can be opened read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubRegister could not lock “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is open in another HubRegister.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is open in %2 on %3 (process %4) since %5. Close it there, or open it read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “%1” cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot use write-ahead logging (journal mode is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of HubRegister (schema %2; this version understands up to %3). Install the newer HubRegister to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was saved by an older HubRegister and must be upgraded before use, which cannot be done read-only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::DatabaseInfo</name>
    <message>
        <source>Schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GIAS links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School enrolments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant enrolments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for reading and writing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::DemoHub</name>
    <message>
        <source>The demo hub can only be loaded into an empty database; this one already holds schools, people or Work Groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reception Lead Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year 1 Lead Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year 2 Lead Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maths lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Northbrook Teaching Hub, Mill Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wexcombe Professional Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online (Teams)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover could not be arranged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Northbrook and Calder Maths Hub (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary Mastery Specialist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local Leader of Mathematics Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary Development Work Group: Northbrook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary Development Work Group: Calder Vale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedding Work Group: Wexcombe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sustaining Work Group (NCP %1-11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastering Number: Northbrook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKTM Primary Teachers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedding Work Group: Northbrook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedding Work Group: Calder Vale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary Development Work Group: Wexcombe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastering Number: Calder Vale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary Development Work Group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::EligibilityChecker</name>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took part in %1 (%2) in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took part in %1 (%2) in %3 as URN %4 (%5), %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrew from %1 (%2) in %3 on %4, which does not count as taking part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrew from %1 (%2) in %3 on %4 as URN %5 (%6), %7, which does not count as taking part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has not taken part in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has not taken part in %1, under URN %2 or its predecessors (URN %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open to every school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is recorded as a Mastery Specialist school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a Mastery Specialist on its staff: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has no Mastery Specialist: the school is not marked as a Mastery Specialist school and nobody on its staff is marked as one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a recorded barrier: “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has no recorded barrier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an academic year; write it as 2025/26.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Work Group does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Work Group&apos;s programme or academic year does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::EligibilityRule</name>
    <message>
        <source>The prerequisite rule is not valid JSON (at character %1: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prerequisite rule is nested too deeply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown prerequisite kind “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A “%1” prerequisite needs at least one rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A “%1” prerequisite needs at least one programme code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open to every school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>took part in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has not taken part in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has a Mastery Specialist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has a recorded barrier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::EligibleEnrolment</name>
    <message>
        <source>Work Group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not eligible for %2. Its rule: %3. %4 Give a reason to enrol it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::EngagementFigures</name>
    <message>
        <source>URN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last took part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schools not yet engaged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::EngagementGoals</name>
    <message>
        <source>An engagement goal is a percentage from 1 to 100, for primary or secondary schools.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::EngagementReport</name>
    <message>
        <source>Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Academic year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schools in area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schools taking part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schools engaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engaged %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress to goal %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ExportTemplateStore</name>
    <message>
        <source>The export template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export template “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the export template a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one column to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column “%1” needs a heading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column “%1” is chosen twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::Exporter</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 report has no column “%2”; choose the columns again or update the template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::GiasEstablishmentImporter</name>
    <message>
        <source>this is not a GIAS establishment extract: the columns %1 are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no “%1” column, so it cannot be limited to the hub&apos;s local authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no “%1” column, so open schools cannot be told from closed ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URN %1 appears twice; it was first on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URN %1 is now “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the URN is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a URN (six digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date (dd-mm-yyyy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the school&apos;s name is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the school closes (%1) before it opens (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::GiasLinkImporter</name>
    <message>
        <source>this is not a GIAS links extract: the columns %1 are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same link appears twice; it was first on line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a URN (six digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a school cannot be linked to itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the link type is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date (dd-mm-yyyy)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::HalfTerm</name>
    <message>
        <source>Autumn 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autumn 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spring 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spring 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summer 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summer 2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::HubStore</name>
    <message>
        <source>Hub “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hub needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a hub called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub still has Work Groups; remove or move them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Maths Hub</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ImportFileScan</name>
    <message>
        <source>the file is empty; it needs a header row naming its columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ImportMappingStore</name>
    <message>
        <source>Column mapping “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the column mapping a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A column mapping needs at least one column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column mapping</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ImportReport</name>
    <message>
        <source>%1 added, %2 updated, %3 unchanged, %4 skipped, %5 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::IntegrityCheck</name>
    <message>
        <source>SQLite&apos;s check gave no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged: %2. HubRegister has not changed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::Migrator</name>
    <message>
        <source>There is no schema upgrade to version %1 in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema upgrade %1 is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema upgrade %1 would break references between records; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed, and it was left as it was: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ParticipantFields</name>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School URN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role in the Work Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead participant (Y/N)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ParticipantImporter</name>
    <message>
        <source>there is no Work Group with the code “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column mapping reads “%1” from a column “%2”, which this file does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column gives the participants&apos; names: map a full name column, or first and last name columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column gives the participants&apos; schools: map a school URN or school name column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not Y or N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a URN (six digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no school with URN %1 is in the register; import it from GIAS first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the school is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no school called “%1” is in the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could be any of: %2; choose one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name at the same school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same person is already on line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already held (%1): left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this email address belongs to another person held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already held (%1): details brought up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already held (%1): details kept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ParticipantsReport</name>
    <message>
        <source>Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Academic year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work Group title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work Group Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LA code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apologies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::PersonStore</name>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has the email address %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leads %2; give those Work Groups another Lead first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::Phase</name>
    <message>
        <source>Early years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-16</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ProgrammeStore</name>
    <message>
        <source>Programme “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A programme needs a code, such as TFM-DEV or NCP 24-11.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A programme needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default number of sessions must be between 0 and 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants per school must be between 0 and 50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The completion threshold is a percentage from 1 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prerequisite names programme “%1”, which is not in the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a programme with the code “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n Work Group(s) use this programme; mark it inactive instead of removing it.</source>
        <translation>
            <numerusform>%n Work Group uses this programme; mark it inactive instead of removing it.</numerusform>
            <numerusform>%n Work Groups use this programme; mark it inactive instead of removing it.</numerusform>
        </translation>
    </message>
    <message>
        <source>The programme</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::RegisterReport</name>
    <message>
        <source>Session %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Academic year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::Restore</name>
    <message>
        <source>The backup “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is the file that is open; choose a backup of it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup “%1” could not be copied beside “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup “%1” is damaged (SQLite&apos;s integrity check failed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be restored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checked copy of the backup has gone; choose the backup again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be replaced: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged file “%1” could not be copied to “%2”, so it was left in place.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ScaleGenerator</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale data goes into an empty file only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::SchoolHistory</name>
    <message>
        <source>the school itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an earlier predecessor (through URN %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a school that merged into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its predecessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a school linked to it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::SchoolMatcher</name>
    <message>
        <source>%1 (URN %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::SchoolStore</name>
    <message>
        <source>School %1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A school needs its six-digit URN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A school needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A school cannot close before it opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URN %1 is already in the register as “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (URN %2) has Work Group history or people, so it is kept; mark it closed instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link needs two six-digit URNs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A school cannot be linked to itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link needs a type, such as Predecessor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::SchoolsReport</name>
    <message>
        <source>Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Academic year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work Group title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work Group Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LA code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead participant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::Session</name>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residential day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online elective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::SessionStore</name>
    <message>
        <source>The Work Group does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 of Work Group %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session number is 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date %1 is outside the academic year %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the school visited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school visited is not in this Work Group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a session %1 in this Work Group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The session has a register with %n mark(s); cancel it instead of removing it.</source>
        <translation>
            <numerusform>The session has a register with %n mark; cancel it instead of removing it.</numerusform>
            <numerusform>The session has a register with %n marks; cancel it instead of removing it.</numerusform>
        </translation>
    </message>
    <message>
        <source>The session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A series has between 1 and 60 sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 has attendance marks, so it cannot move to another Work Group.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::SessionsReport</name>
    <message>
        <source>Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Academic year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apologies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schools attended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::SqlQuery</name>
    <message>
        <source>That value is already used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other records depend on this one, or it refers to a record that does not exist (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy in another program; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be written: it is open read-only, or the file or its folder is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database reported an error: %1 (in: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::TextDecoder</name>
    <message>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::WorkGroupStatus</name>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recruiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::WorkGroupStore</name>
    <message>
        <source>Work Group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Work Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work Group “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Work Group needs a code, such as NCP 24-11 WG03.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Work Group&apos;s capacity is between 1 and 200 schools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Work Group belongs to a hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Work Group&apos;s programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Work Group&apos;s academic year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The academic year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Work Group Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a Work Group with the code “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Work Group no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has attendance recorded, so it is kept; set its status to cancelled instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A school cannot withdraw before it joined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school&apos;s enrolment no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date the school withdrew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school has participants in %1; record its withdrawal instead, or remove its participants first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school&apos;s enrolment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the school the participant represents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A participant cannot leave before joining.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not enrolled in %2; enrol the school before its participants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already a participant of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participant no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date the participant left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participant has attendance marks in %1; record the date they left instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has visits to this school; remove them, or record the school&apos;s withdrawal instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::WorkGroupWarnings</name>
    <message>
        <source>%1 can no longer reach the %2% completion threshold: attended %3 of %4 held, %5 planned to come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is below the %2% completion threshold: attended %3 of %4 held; needs %5 of the %6 planned to come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 (“%2”) on %3 has no register: its date has passed and no attendance was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::cli</name>
    <message>
        <source>The HubRegister file to use (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hubregister %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: hubregister %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hubregister: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: hubregister [--database PATH]          open the program
       hubregister COMMAND [OPTIONS]          work without a window

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Every command takes --database PATH and --help.
Exit status: 0 done; 1 the answer is no (eligibility); 2 an error, explained on standard error; 64 a wrong command line.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hubregister: unknown command “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“hubregister check --database FILE” names the latest good backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::cli::backup</name>
    <message>
        <source>Write the copy here (default: the backups folder beside the file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up and verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the file and verify the copy (integrity, schema, record counts).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::cli::check</name>
    <message>
        <source>Also check that every index matches its table (slower).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hubregister check: “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hubregister check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No good backup of it was found in “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest good backup is “%1” (taken %2). To put it back:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read every page of the file to find damage; when it is damaged, name the latest good backup (exit status 2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::cli::demo</name>
    <message>
        <source>Fill an empty database with the fictional demo hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate from this seed (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treat this date (yyyy-mm-dd) as today: sessions before it have registers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hubregister demo: name the file to fill with --database PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hubregister demo: --seed takes a whole number and --today a date such as 2025-03-14.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the demo hub in %1: %2 schools, %3 people, %4 Work Groups, %5 sessions, %6 attendance marks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::cli::eligibility</name>
    <message>
        <source>The programme&apos;s code, such as TFM-EMB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count Work Groups of this academic year (such as 2025/26) and earlier ones only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school&apos;s six-digit URN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hubregister eligibility: give one URN and --programme CODE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: hubregister %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hubregister eligibility: “%1” is not a URN (six digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hubregister eligibility: no school with URN %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hubregister eligibility: no programme with the code “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (URN %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is eligible for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not eligible for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whether a school may join a programme, and why. Exit status 0: eligible; 1: not eligible; 2: unknown URN or programme.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::cli::export</name>
    <message>
        <source>Write an NCETM return (participants, schools, sessions, register or engagement) as CSV; the file appears whole or not at all.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::cli::exportcommand</name>
    <message>
        <source>The CSV file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this academic year, e.g. 2024/25.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this Work Group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count sessions from this date (yyyy-mm-dd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count sessions up to this date (yyyy-mm-dd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lay the columns out by this saved template (default: the standard layout of docs/exports.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write UTF-8 without a byte order mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hubregister export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: hubregister %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name one report: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a report: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the file to write with -o FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an academic year such as 2024/25.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date such as 2024-11-05.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hubregister export: the %1 report has no template called “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n row to %1.</numerusform>
            <numerusform>Wrote %n rows to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>hubregister export: nobody has the email “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hubregister export: no Work Group Lead is called “%1”; name the Lead by email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no email)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hubregister export: %1 Work Group Leads are called “%2”; name one by email: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing… %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Writing… %n row(s)</source>
        <translation>
            <numerusform>Writing… %n row</numerusform>
            <numerusform>Writing… %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the Work Groups this Lead leads: their email (or their name, when no other Lead has it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the Lead with --lead EMAIL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::cli::import</name>
    <message>
        <source>Checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1… %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3 rows; %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 participants and %2 schools enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>hubregister import: %n row(s) rejected, so nothing was imported (--strict).</source>
        <translation>
            <numerusform>hubregister import: %n row rejected, so nothing was imported (--strict).</numerusform>
            <numerusform>hubregister import: %n rows rejected, so nothing was imported (--strict).</numerusform>
        </translation>
    </message>
    <message>
        <source>Check and count, but save nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import nothing if any row is rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s encoding: utf-8, utf-16le, utf-16be or windows-1252 (default: detect).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gias: add new schools only in these local authorities (codes, comma-separated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gias: add new schools only in the hub&apos;s local authorities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gias: add only open schools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participants: the Work Group they join.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participants: the saved column mapping to use (default: the one saved for the file&apos;s header, else a guess).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participants: save the column mapping used under this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participants: people already held are updated (default), kept as they are, or skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update|keep|skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gias, links or participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hubregister import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: hubregister %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give what to import (gias, links or participants) and the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not something to import: gias, links or participants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participants join a Work Group: give its code with --workgroup CODE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown encoding “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--duplicates takes update, keep or skip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hubregister import: the hub has no local authorities set; set them in the program, or name them with --la.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hubregister import: there is no saved column mapping called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a GIAS establishment or links extract, or a participant list into a Work Group. All or nothing: a failure saves nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report progress on standard error, one line per step: “checking DONE TOTAL” or “importing DONE TOTAL”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::cli::info</name>
    <message>
        <source>Show the file&apos;s location, size, schema version and record counts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::cli::restore</name>
    <message>
        <source>The backup to put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hubregister restore: name the backup to put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: hubregister %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored “%1” from “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a backup back in place of the file: the backup is checked first, and the file is replaced whole or not at all.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::csvexport</name>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::recordio</name>
    <message>
        <source>%1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui</name>
    <message>
        <source>Open (or create) this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A HubRegister file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily backup failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::ChartPanel</name>
    <message>
        <source>Show chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show these figures as a chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show these figures as a table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::ColumnLayoutEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;Heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or a double click adds the column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F2 renames a heading; Ctrl+Up and Ctrl+Down move a column; Delete removes it. In a group&apos;s heading %1 stands for the session&apos;s number and %2 for its date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns not &amp;in the file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Columns in the file, in order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (a column for each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not in this report now)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::CsvFormatText</name>
    <message>
        <source>semicolons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as %1, columns separated by %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::DamagedFileOffer</name>
    <message>
        <source>Looking for the latest good backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubRegister will not write to a damaged file. You can look at it read-only and copy out what can still be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No good backup of it was found in “%1”. If you have a copy elsewhere, use File &gt; Restore from Backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it read-only?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest good backup is “%1”, taken %2. Changes made since then are not in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: put the backup in place. The damaged file is kept in the backups folder.
No: look at the damaged file read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup now?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::DashboardPage</name>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schools in area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took part %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engaged, all years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engaged %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress to goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schools to goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schools expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schools attending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned to come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last took part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement against the goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement over the years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work Groups by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance across the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Academic &amp;year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Primary goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secondary goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a school to open its page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hub yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the hub and its local authorities to see its engagement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · area: %2 local authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub has no local authorities recorded, so its area has no schools: set them to see engagement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2% of %3 schools engaged; %4 more to reach the %5% goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2% of %3 schools engaged; the %4% goal is reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schools at risk of not completing (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schools in the area not yet engaged (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schools-not-yet-engaged-%1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export schools not yet engaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 schools to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::DatabaseOpener</name>
    <message>
        <source>Open read-only?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can look at it read-only: nothing can be changed until it is opened for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup not restored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::DateLineEdit</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter %1 as dd/mm/yyyy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date: write it as dd/mm/yyyy, such as 05/11/2024.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::DatePromptDialog</name>
    <message>
        <source>the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date cannot be before %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date cannot be after %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::EditActions</name>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::EnrolSchoolDialog</name>
    <message>
        <source>The &amp;headteacher supports taking part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason to go ahead:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol a School in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why this school is enrolled despite the warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Joined on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date the school joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date is outside the academic year (%1 to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the school: search by URN, name, postcode or town, then pick it in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in this Work Group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for enrolling the school despite the warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Work Group is full: it has %1 schools and room for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not eligible for this programme, whose rule is: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligibility could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (URN %2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::EnrolledSchoolTableModel</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrew on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head&apos;s support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled despite</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::EnrolledSchoolsTab</name>
    <message>
        <source>E&amp;nrol School…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rein&amp;state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date %1 withdrew from the Work Group. Sessions after it no longer count for the school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdrew on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reinstate %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::ExportDialog</name>
    <message>
        <source>Export Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The columns could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to write.</source>
        <translation>
            <numerusform>%n row to write.</numerusform>
            <numerusform>%n rows to write.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 of %2 rows to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the %1 Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n row to %1.</numerusform>
            <numerusform>Wrote %n rows to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: nothing was written, and %1 was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The return was not saved: %1

Nothing was written, and any file already at %2 was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::ExportFilterPanel</name>
    <message>
        <source>Every year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Academic &amp;year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Work Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lead:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only sessions in these dates count; either may be left empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every Work Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last date is before the first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::ExportRun</name>
    <message>
        <source>Export Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the %1 return…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::FigureTableModel</name>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::Figures</name>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::FileActions</name>
    <message>
        <source>HubRegister files (*.sqlite *.hubregister);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back Up Now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;tore from Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New HubRegister File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hub.sqlite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists. Choose Open to use it, or another name for a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open HubRegister File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back Up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up and verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is open read-only, so it cannot be replaced by a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace everything in “%1” with the backup “%2”?

The backup holds:
%3

The file as it is now is first backed up to “%4”. Undo history is cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file as it is now could not be backed up first, so it was left unchanged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was left as it was: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup “%1”. The previous contents are kept in “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About HubRegister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;HubRegister %1&lt;/h3&gt;&lt;p&gt;Work Groups, registers and NCETM returns for England&apos;s Maths Hubs.&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite %3&lt;/p&gt;&lt;p&gt;This file: %4&lt;/p&gt;&lt;p&gt;Backups of it: %5&lt;/p&gt;&lt;p&gt;Your default file lives in: %6&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GIAS &amp;Schools…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GIAS &amp;Links…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Return…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::FileRow</name>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::GiasImportDialog</name>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import GIAS Schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import GIAS Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An establishment extract from Get Information about Schools (edubasealldataYYYYMMDD.csv). Every row is checked before anything is saved, and the import is saved whole or not at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A links file from Get Information about Schools (links_edubasealldataYYYYMMDD.csv): each school&apos;s predecessors and successors, which carry its history across academy conversions and mergers. Every row is checked before anything is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is open read-only, so nothing can be imported into it. Open it again when no other HubRegister is using it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported, and the file is as it was: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported, and the file is as it was: the database refused the changes. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing from %1 was imported, and the file is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing from %1 was imported: some rows failed the checks (listed below), and you chose to import nothing while any row does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked %1: this is what importing it would do. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows that failed the checks were left out; they are listed below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edits made before the import can no longer be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::GiasImportSetup</name>
    <message>
        <source>Import the other rows and list the rejected ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import nothing while any row is rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck only: show what would change, and save nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edubasealldataYYYYMMDD.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>links_edubasealldataYYYYMMDD.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in the hub&apos;s local authorities (none are recorded for the hub yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in the hub&apos;s local &amp;authorities: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only &amp;open schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schools not yet in the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schools already held are always brought up to date, and none is ever deleted. New ones are added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows that fail the checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a GIAS Establishment Extract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a GIAS Links File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Columns: %2; size: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a GIAS links file: import it with File &gt; Import &gt; GIAS Links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a GIAS establishment extract: import it with File &gt; Import &gt; GIAS Schools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line 1: the columns %2 are missing, so this is not a GIAS %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>establishment extract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>links file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::HeldPeopleModel</name>
    <message>
        <source>Update their details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep their details as held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::HeldPeoplePanel</name>
    <message>
        <source>People already held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select rows and type U, K or S, or press F2 to choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip all</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;People already held (%n): same email address, or same name at the same school. Choose for each row what to do.</source>
        <translation>
            <numerusform>&amp;People already held (%n): same email address, or same name at the same school. Choose for each row what to do.</numerusform>
            <numerusform>&amp;People already held (%n): same email address, or same name at the same school. Choose for each row what to do.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hubreg::ui::ImportCheckPage</name>
    <message>
        <source>Check and import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been saved yet. Rejected rows are left out; the others are imported together, or not at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list cannot be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not check the list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the school…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows: %2 people to add, %3 to update, %4 unchanged, %5 skipped, %6 rejected. %7 participants and %8 schools to enrol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1 people added, %2 updated, %3 unchanged, %4 skipped; %5 participants and %6 schools enrolled in %7. %8 rows were rejected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::ImportFilePage</name>
    <message>
        <source>Choose the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file from an application form or a spreadsheet, in any column order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Work Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a participant list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::ImportMappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which column holds each field. A name and a school (URN or name) are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty not to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save this mapping as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a column with the names (full name, or last name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a column with the schools (URN or name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still needed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::ImportProgressPanel</name>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: putting everything back as it was…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 1 of 2: checking every row; nothing is saved yet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 2 of 2: saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::ImportReportModel</name>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::ImportReportView</name>
    <message>
        <source>Closed (among the updated):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out by the options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+C copies the selected rows for a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-report.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Import Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::MainWindow</name>
    <message>
        <source>This file is empty. Load the demo hub to explore HubRegister with fictional schools, Work Groups and registers, or start adding your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load demo hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About HubRegister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded the demo hub: %1 schools, %2 Work Groups, %3 attendance marks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo hub not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work Groups: %1 · Schools: %2 · People: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is open read-only, so nothing is written to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

The damaged file is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup “%1”. The damaged file is kept as “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::MarkAllPresentCommand</name>
    <message>
        <source>Mark everyone present</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::PageHeader</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the previous screen (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::ParticipantDialog</name>
    <message>
        <source>&amp;Lead participant for the school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Participant to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (URN %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For &amp;school:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol the participant&apos;s school in the Work Group first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role in &amp;group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Joined on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le&amp;ft on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date they left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date they joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside the academic year (%2 to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date they joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date they left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::ParticipantImportWizard</name>
    <message>
        <source>Import Participants</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::ParticipantTableModel</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 apologies, %2 absent, %3 not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::ParticipantsTab</name>
    <message>
        <source>&amp;Add Participant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cha&amp;nge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lea&amp;d Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to School…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Li&amp;st…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a participant list from a CSV file (application forms, spreadsheets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark or unmark the participant as a lead participant for their school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the date the participant left the Work Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take out a participant added by mistake (only before any register)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste (Ctrl+V) rows of names and emails copied from a spreadsheet to add them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 to Another School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make %1 lead participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer lead participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date %1 left the Work Group. Later sessions do not expect them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Left on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no rows with an email address. Copy rows with names and emails from a spreadsheet, then paste them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: school %2 is not in this Work Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already a participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These rows cannot be added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the others (%1)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste participants (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::PeoplePage</name>
    <message>
        <source>Erase Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase %1 everywhere?

Their details, their places in Work Groups and their attendance marks are all removed from this file. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Work Group Leads only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;rase Person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::PersonAttendanceTableModel</name>
    <message>
        <source>to be arranged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 came)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::PersonDialog</name>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::PersonForm</name>
    <message>
        <source>seven digits, if the hub collects it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Maths lead, Year 2 teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;TRN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the school&apos;s URN, if any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;School URN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads Work &amp;Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is a &amp;Mastery Specialist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has this email address, so they are the person added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has this email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No school with URN %1 is in the register.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::PersonPage</name>
    <message>
        <source>&amp;Edit Person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;rase Person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Work Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are no longer in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (URN %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastery Specialist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::PersonTableModel</name>
    <message>
        <source>Lead, Mastery Specialist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work Group Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastery Specialist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::PersonWorkGroupTableModel</name>
    <message>
        <source>%1 (lead participant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 apologies, %2 absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::PrerequisiteEditor</name>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prerequisite conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took part in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has not taken part in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a Mastery Specialist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a recorded barrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group: all of…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group: any of…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of these must hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any one of these is enough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Programmes (any of those ticked):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group needs at least one condition: add one or remove the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one programme for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>took part in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has not taken part in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school is marked as a Mastery Specialist school, or someone on its staff is marked as a Mastery Specialist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school has a barrier recorded on its page (for Mastery Readiness).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any of these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took part in … (tick programmes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has not taken part in … (tick programmes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In words: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::ProgrammeEditor</name>
    <message>
        <source>Offered to schools (&amp;active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>such as TFM-DEV or NCP 24-11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of held sessions a school must attend to complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who each school sends, such as “Two teachers per school”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roles separated by semicolons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;rand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;sessions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Participants per school:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guidance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;oles expected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion t&amp;hreshold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prerequisites: who may join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the programme a code, such as TFM-DEV or NCP 24-11.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already the code of “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the programme a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::ProgrammeTableModel</name>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::ProgrammesPage</name>
    <message>
        <source>&amp;New programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 – %2 from the catalogue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme not removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::PropertiesDialog</name>
    <message>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::RegisterCommands</name>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::RegisterGridModel</name>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left the Work Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: %1 came instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 attended of %2 expected; %3 apologies, %4 absent, %5 not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody from the school attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed the Work Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has not completed the Work Group yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 attended of %2 expected; %3 apologies, %4 absent, %5 not recorded; %6 schools attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School / participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tba</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date to be arranged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::RegisterTab</name>
    <message>
        <source>Type a mark into a cell: P present · L late · E left early · S substitute · A apologies · X absent · N not expected · Delete clears. ✓/✗: did the school attend. Greyed sessions were cancelled and count nowhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pri&amp;nt Register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear %1&apos;s mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register %1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Register as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF “%1” could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::SchoolDialog</name>
    <message>
        <source>A Mastery &amp;Specialist works here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>six digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>three digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for Mastery Readiness, e.g. low prior attainment in maths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the school&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;LA code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An LA code is three digits, such as 380.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LA na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Str&amp;eet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To&amp;wn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post&amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tele&amp;phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Barrier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URN %1 is already in the register as “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::SchoolFinder</name>
    <message>
        <source>URN, name, postcode or town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ph&amp;ase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;LA:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schools: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All local authorities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::SchoolHistoryTableModel</name>
    <message>
        <source>this school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (URN %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took part as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::SchoolLinkTableModel</name>
    <message>
        <source>Came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Became</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in this file&apos;s school register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GIAS link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::SchoolPage</name>
    <message>
        <source>&amp;Edit School…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Work Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GIAS &amp;links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pe&amp;ople</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is no longer in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URN %1 · %2 · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local authority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headteacher:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupils:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastery Specialist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, on the staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barrier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::SchoolTableModel</name>
    <message>
        <source>URN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::SchoolsPage</name>
    <message>
        <source>&amp;Open School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New School…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a school that is not in the GIAS extract yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::SessionCommands</name>
    <message>
        <source>Add school visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a series of sessions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::SessionDialog</name>
    <message>
        <source>New School Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School &amp;visited:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol the school before visiting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V&amp;enue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside the academic year (%2 to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::SessionSeriesDialog</name>
    <message>
        <source>One per &amp;half term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;very</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a Series of Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stands for the session&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/mm/yyyy (optional for half terms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number of sessions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rhythm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First session on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first session&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside the academic year (%2 to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions must end after they start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V&amp;enue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Titles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put %1 where the session&apos;s number goes, as in “Session %1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dates the sessions will get:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date to be arranged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 would fall on %2, after the academic year ends: make fewer sessions or put them closer together.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::SessionTableModel</name>
    <message>
        <source>to be arranged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 apologies, %2 absent, %3 not expected, %4 not recorded; %5 schools attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::SessionsTab</name>
    <message>
        <source>&amp;Add Session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;Series…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add School &amp;Visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cha&amp;nge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::StoreCommand</name>
    <message>
        <source>Cannot redo “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot undo “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::TakeRegisterModel</name>
    <message>
        <source>(not in the group then)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who came instead, for a substitute (S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substitute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::TakeRegisterTab</name>
    <message>
        <source>&amp;Mark Everyone Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Sig&amp;n-in Sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in Sheet as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys: P present · L late · E left early · S substitute (then type who came) · A apologies · X absent · N not expected · Delete clears. Type in Note to add one. Every mark is saved at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1&apos;s mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date to be arranged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear %1&apos;s mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Everyone Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone expected already has a mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions yet: add them on the Sessions tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session was cancelled: it takes no marks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 marked · %3 attended of %4 expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in sheet %1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Sign-in Sheet as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in sheet not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF “%1” could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::TemplateBar</name>
    <message>
        <source>D&amp;elete Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name, such as NCETM summer 2025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is open read-only, so templates cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;mplate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved templates could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 return already has a template called “%2”. Replace its columns with these?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the template “%1” of the %2 return? Everyone using this file shares it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template was not deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::TimeLineEdit</name>
    <message>
        <source>hh:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a time for %2: write it as hh:mm, such as 13:30.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::WorkGroupCommands</name>
    <message>
        <source>Create Work Group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Work Group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::WorkGroupDetailsTab</name>
    <message>
        <source>&amp;Save Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::WorkGroupDialog</name>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Work Group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::WorkGroupForm</name>
    <message>
        <source>the hub&apos;s reference, e.g. NCP 24-11 WG03</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Work Group&apos;s code, such as NCP 24-11 WG03.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a Work Group with the code “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Academic &amp;year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lead:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;pacity (schools):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a programme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Lead yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maths Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work Group not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::WorkGroupPage</name>
    <message>
        <source>&amp;Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sess&amp;ions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partici&amp;pants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;chools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detai&amp;ls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work Group not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is no longer in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>led by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participants: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 sessions held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attendance %1%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::WorkGroupTableModel</name>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 attendances of %2 expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::WorkGroupsPage</name>
    <message>
        <source>Search code, title, programme or Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lead:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Work Group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Work Group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::Workspace</name>
    <message>
        <source>This file is open read-only, so nothing can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::charts</name>
    <message>
        <source>Took part this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engaged, all years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engaged so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attending</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::printing</name>
    <message>
        <source>Sign-in sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date to be arranged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone else (name and school)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P present · L late · E left early · S substitute · A apologies · X absent · N not expected · ✓ the school attended · ✗ nobody from the school attended. Cancelled sessions count nowhere.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::validation</name>
    <message>
        <source>Enter the school&apos;s URN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A URN is six digits, such as 100000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an email address, such as name@school.org.uk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Teacher Reference Number is seven digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not be before %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
