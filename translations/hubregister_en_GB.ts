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
</context>
<context>
    <name>hubreg::EngagementGoals</name>
    <message>
        <source>An engagement goal is a percentage from 1 to 100, for primary or secondary schools.</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The programme</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
    <name>hubreg::cli::info</name>
    <message>
        <source>Show the file&apos;s location, size, schema version and record counts.</source>
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
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
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
</context>
<context>
    <name>hubreg::ui::FigureTableModel</name>
    <message>
        <source>%1%</source>
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
        <source>P&amp;roperties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>&amp;Find</source>
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
        <source>About HubRegister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;HubRegister %1&lt;/h3&gt;&lt;p&gt;Work Groups, registers and NCETM returns for England&apos;s Maths Hubs.&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite %3&lt;/p&gt;&lt;p&gt;This file: %4&lt;/p&gt;&lt;p&gt;Your default file lives in: %5&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Work Groups · %2 schools · %3 people</source>
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
        <source>Copy</source>
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
