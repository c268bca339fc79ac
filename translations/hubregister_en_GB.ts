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
    <message>
        <source>%1 needs a start and an end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must lie inside the academic year %2 (%3 to %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 starts before %2 has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Academic year %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::AccessRights</name>
    <message>
        <source>This file is open read-only, so nothing can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your login may read this hub but not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the hub&apos;s administrators may change this; a Work Group Lead takes the registers of their own Work Groups and keeps their participants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your login may not change this hub.</source>
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
    <message>
        <source>The mark no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This participant&apos;s mark has been changed by someone else since, so it was left as they made it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::AuditTrail</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: (erased)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(erased)</source>
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
    <message>
        <source>“%1” is a link; a backup is never written through one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “%1” does not exist; a backup makes no folders. Make it first, or choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup was made: %1 A copy of a damaged file would not be a good backup; “hubregister check --full” names the latest good one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup “%1” could not be given its name: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::BackupCopies</name>
    <message>
        <source>daily copy of %1; the rotation removes it on %2 at the earliest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy taken before a schema upgrade, %1; kept until deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy taken %1; kept until deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged file kept %1; kept until deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; it cannot be opened to search, so it may hold them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup “%1” was not rewritten, and is as it was: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is damaged or not a HubRegister file; it can only be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it could not be copied to work on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rewritten copy still held their details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rewritten copy could not be read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rewritten copy still named them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its date could not be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rewritten backup “%1” fails its check; delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup “%1” could not be deleted.</source>
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
    <message>
        <source>the bytes %1 (at byte %2 of the file) are UTF-8 for “%3”, but the byte %4 (at byte %5) is not UTF-8: the file mixes UTF-8 and Windows-1252, so some of its text would be garbled either way. Save it again in one encoding (UTF-8), or name the encoding to read it in</source>
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
    <message>
        <source>“%1” is a link to “%2”, which does not exist; HubRegister opens nothing through it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has %2 names (hard links), so HubRegister cannot write it safely: two programs using two of its names would not see each other, and one&apos;s changes would be lost. Remove the other names and open it again; it can be opened read-only meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is on a network or cloud drive (%2), where HubRegister cannot write a database safely: two computers writing it at once can corrupt it. Copy it to this computer&apos;s own disk to work on it; it can be opened read-only where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock file “%1” cannot be read, and another program holds it: “%2” may be open elsewhere. If no HubRegister is running, delete “%1” and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is in use (its lock file is “%2”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of “%1” is not writable, so HubRegister cannot make its lock file “%2” or change the file. It can be opened read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubRegister could not lock “%1”: its lock file “%2” cannot be made. If “%2” is not a file, move it away and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is open in another program (its lock file “%2” cannot be read).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is in a folder HubRegister cannot write, and its latest changes are still in “%2”, which SQLite cannot read without making “%3” there. Copy the three files to a folder you can write, or open it where it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not pass on other people&apos;s changes: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 has been lost, and HubRegister is trying to connect again: nothing can be saved or read until it is back. Nothing of this was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting was asked for within a transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubRegister could not connect to %1 again: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds another program&apos;s tables, not a HubRegister hub. Create an empty database for the hub and open that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty, and a hub cannot be set up in it read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a HubRegister hub: its schema record is missing or another program&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was set up by a newer version of HubRegister (schema %2; this version understands up to %3). It has not been changed. Install the newer HubRegister to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This HubRegister cannot reach PostgreSQL servers: Qt&apos;s PostgreSQL driver is not installed (on Debian and Ubuntu, the package libqt6sql6-psql).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubRegister could not connect to %1: %2</source>
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
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted (TLS, %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not encrypted (no TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server version</source>
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
        <source>The school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can join %2 only with a reason to go ahead: %3</source>
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
    <name>hubreg::EnrolmentCheck</name>
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
        <source>The school no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Work Group no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::Erasure</name>
    <message>
        <source>Their name, email, phone, TRN, job role, year group and notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The names, emails, phones, TRNs, job roles, year groups and notes of %n people.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Their role in each Work Group they take part in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The notes on %n of their attendance mark(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Their name as the substitute on %n colleague&apos;s mark(s), replaced by their new label.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Their name, email or TRN in %n other place(s), replaced by their new label: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Their record itself: they hold no place in a Work Group and lead none, so no figure needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The records of %n of them, who hold no place in a Work Group and lead none, so no figure needs them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing of theirs: no figure or return counts them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Their %n place(s) in Work Groups</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n attendance mark(s), as %1, so attendance, completion, engagement and every return stay as they are.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The Work Groups they lead (%1) keep working, with “%2” as their Lead until you choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n attendance mark(s), each person as “Erased participant N” of their school, so attendance, completion, engagement and every return stay as they are.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n Work Group(s) they lead keep working, with the erased record as Lead until you choose another.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Their school, and whether they are a Work Group Lead or a Mastery Specialist: the figures and eligibility checks count these, and alone they name nobody.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies made before now are not changed here: backups (see below), returns and exports already saved, and copies of this file on other computers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased participant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased Lead %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person to erase is no longer in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was erased on %2 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (URN %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is open read-only, so nobody can be erased from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an erased person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ExchangeDisplay</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a record not held here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Academic year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half term %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work Group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark of %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
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
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
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
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headteacher&apos;s commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for enrolling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
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
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School visited</source>
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
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded at</source>
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
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hubs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>academic years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>half terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schools enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attendance marks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ExchangeIdentity</name>
    <message>
        <source>A passphrase needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file takes no part in an exchange yet: a hub&apos;s file starts with Send to Lead, a Lead&apos;s copy is made by opening the first pack from the hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file already takes part in an exchange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s exchange keys are damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not the hub&apos;s exchange passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not the passphrase of this Lead&apos;s copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ExchangeReport</name>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept, as the hub has it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored, as the Lead has it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stays deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already taken in: nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added, %2 changed, %3 deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>; %n conflict(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n left out</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n change(s) of yours kept for the hub</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
    <message>
        <source>The template no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template “%1”</source>
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
    <message>
        <source>%1 cannot be written: it is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::FileResidue</name>
    <message>
        <source>The hub&apos;s records are on a database server: their details are gone from its records; the server&apos;s own files are kept by its administrator, and HubRegister cannot search them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was searched afterwards, byte by byte: none of their names, emails or TRNs remain in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was searched afterwards, byte by byte: nothing erased remains in it. The same text is still part of other current records (for example another person with the same name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their details are still in the bytes of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is reading the file, so its write-ahead log could not be emptied; it is emptied when the file is next closed everywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be rebuilt to clear the space SQLite had freed; close other programs using it and erase again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Their text was found once, so the file was rebuilt without any space SQLite had freed.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::FileSafety</name>
    <message>
        <source>“%1” is a link to “%2”, which does not exist; HubRegister writes nothing through it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is the HubRegister file in use; nothing is ever written over it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” belongs to the HubRegister file in use, “%2”; nothing is ever written over it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is in the backups folder of “%2”, which holds its backups and nothing else; choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is an SQLite database; HubRegister never writes over one. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is the log of an SQLite database; HubRegister never writes over one. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is where SQLite keeps the log of the database “%2”; HubRegister writes nothing there. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is taken</source>
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
        <source>“%1” holds a control character (%2), which no school&apos;s details hold; it is damage, or an attack on the screen that shows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the school closes (%1) before it opens (%2); stored as GIAS gives it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
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
    <message>
        <source>“%1” holds a control character (%2), which no link&apos;s details hold; it is damage, or an attack on the screen that shows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URNs %1 and %2 are each the other&apos;s predecessor; stored as GIAS gives it, and a school&apos;s history stops where it would go round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URNs %1 are each other&apos;s predecessors in a circle; stored as GIAS gives it, and a school&apos;s history stops where it would go round</source>
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
    <name>hubreg::HubCopy</name>
    <message>
        <source>The source is at schema %1 and the target at %2; both must be at the same version to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target has no table “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table “%1” has different columns in the source and the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy was cancelled; nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds a hub; a copy goes only into a new file or an empty database, so that nothing is overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of the table “%1” does not match the source (%2 rows there, %3 in the copy); nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists; a copy is written only to a new file, so nothing is overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verified copy could not be given the name “%1” (did something make that file meanwhile?); nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::HubMerge</name>
    <message>
        <source>The import was stopped; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by the Lead, deleted at the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, added by the Lead, is numbered %2 here: the hub already has a session %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted by the Lead, changed at the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was removed from the Lead&apos;s copy and is kept here: they take part in other Work Groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pack with this id (%1) was taken in before with other content. This one is refused; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return %1 from %2 was already imported on %3; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is return %1 from %2, and return %3 was imported already: it is out of sequence (an older pack), so it was refused and nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return %1 from %2 builds on return %3, which this file has not imported (was the file restored from an older backup?). It was refused and nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns %1 to %2 from %3 were not imported; this one carries everything since return %4, so nothing is missed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) are not decided yet; nothing was changed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This pack would delete %1 records (with what goes with them); confirm the deletions to go ahead. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::HubPackWriter</name>
    <message>
        <source>HubRegister hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one with the email address “%1” is held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leads no Work Group this academic year or later; name the Work Groups to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Work Group “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work Group %1 is not led by %2, so it is not theirs to take.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a Lead&apos;s copy: packs to Leads are made in the hub&apos;s file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hubreg::HubSettingsStore</name>
    <message>
        <source>Give the hub&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the local authorities the hub serves: its area for the engagement figures and GIAS imports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a local authority code (three digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A goal is a percentage from 1 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least the academic year the hub is working in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an academic year; write it like 2024/25.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file already has a hub, %1.</source>
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
    <name>hubreg::HubUsers</name>
    <message>
        <source>A login needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is longer than the 63 characters a login may have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a login name: use lower-case letters, digits, “_”, “.” and “-”, starting with a letter or “_”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a login name: names starting “pg_” are the server&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users and roles are kept by a hub server; a file is one person&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no person number %1 in this hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Work Group Lead is a person of the hub: say which (their number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A login needs a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a login “%1” on this server (perhaps another hub&apos;s, or the server&apos;s own): choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a user of this hub.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ImportFileScan</name>
    <message>
        <source>the file is empty; it needs a header row naming its columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column “%1” appears twice (columns %2 and %3), so which one to read cannot be told; rename or remove one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file changed while it was being read (another program wrote to it), so what was read cannot be trusted; import it again once it is complete</source>
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
    <message>
        <source>The mapping no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping “%1”</source>
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
    <message>
        <source>“%1” could not be read: %2. HubRegister has not changed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::LeadUpdate</name>
    <message>
        <source>Opening the pack was stopped; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session added here is now numbered %1: the hub numbered one of its own as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pack with this id (%1) was opened before with other content. This one is refused; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack %1 from %2 was already opened on %3; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is pack %1 from %2, and pack %3 was opened already: it is out of sequence (an older pack), so it was refused and nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packs %1 to %2 from the hub were not opened here; this one holds all of your Work Groups, so nothing is missed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase to protect this copy&apos;s keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pack would delete %1 records from this copy (with what goes with them); confirm the deletions to go ahead. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::Mentions</name>
    <message>
        <source>The table “%1” has no primary key, so the texts in it cannot be looked through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session %1 of Work Group %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the substitute named on a colleague&apos;s mark, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who recorded a mark, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the note on a mark, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mark (%1), %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 of Work Group %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 of session %2 of Work Group %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a school&apos;s place in Work Group %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason for enrolling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another participant&apos;s place in Work Group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the notes on another person&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 of the school %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hub&apos;s %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the setting “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved import mapping “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved export template “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of a record in “%2”</source>
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
    <name>hubreg::PackContent</name>
    <message>
        <source>“%1” is not a pack HubRegister can take in: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a uuid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number HubRegister writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no %2, which every such record has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, field %2, holds a value that field cannot hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its content is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its content would be %1 bytes unpacked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its content cannot be unpacked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its content is not JSON (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has been altered: its header and its content disagree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Lead&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Work Group of the scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack it builds on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it says return %1 was acknowledged before it was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither added, changed nor deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names a later return as sent before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a change with nothing it changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::PackFile</name>
    <message>
        <source>“%1” is not a HubRegister pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is cut short: it ends inside its first bytes. Ask for the pack to be sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has been altered or damaged: its format number is 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was made by a newer HubRegister (pack format %2; this version reads format %3). Install the newer HubRegister to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has been altered or damaged: its header length (%2 bytes) is not one HubRegister writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is cut short: it ends inside its header (%2 of %3 bytes). Ask for the pack to be sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has been altered or damaged: its header cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has been altered or damaged: it declares a body of %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is cut short: %2 of its %3 bytes are there. Ask for the pack to be sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has been altered: %2 bytes follow the end of the pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is far larger than any pack, so it is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack could not be written to “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::PackOpener</name>
    <message>
        <source>“%1” has been altered or damaged since it was made: it does not pass the check of its seal and signature. Ask for it to be sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a Lead&apos;s return pack, for the hub&apos;s file; this file has never sent a pack to a Lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is for a Lead&apos;s copy made from an earlier pack. Open it in that copy, or ask the hub for a first pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” makes a new Lead&apos;s copy, and this file already holds records. Open the pack into a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” belongs to another hub (%2); this file is %3&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a pack this hub made for a Lead; it is opened in the Lead&apos;s copy, not here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” comes from a Lead this hub has never sent a pack to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a return pack for the hub; it is imported in the hub&apos;s file, not in a Lead&apos;s copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was made for another Lead of %2, not for this copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a first pack: it opens with the code the hub read out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a first pack: it opens in the Lead&apos;s copy made from an earlier one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” asks for more work to open than HubRegister will do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That code does not open “%1”. Check it with the hub (it was read to you by phone); if it is right, the pack has been altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a first pack without the Lead&apos;s keys.</source>
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
    <message>
        <source>“%1” holds a control character (%2), which no person&apos;s details hold; it is damage, or an attack on the screen that shows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the school is no longer in the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (URN %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in %2 yet, and can join it only with a reason to go ahead: %3</source>
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
    <message>
        <source>On track</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::PastedParticipants</name>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not Y or N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row names no school: choose it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in this Work Group: enrol it on the Schools tab first, or choose another school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already a participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same person is already on line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already held (same email address): joins with the details held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already held (same name at the same school): joins with the details held</source>
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
        <source>The person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was erased on %2. The record stays only so that their school&apos;s figures hold; it takes no personal data again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in or leads %2; erasing them keeps their place there anonymously instead.</source>
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
    <name>hubreg::PhaseFit</name>
    <message>
        <source>%1 is for early years settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is for primary schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is for secondary schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is for post-16 students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a school of phase “%2” (ages %3 to %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes pupils aged %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a school of phase “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, and %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::PrivateFile</name>
    <message>
        <source>“%1” was not written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not an ordinary file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is the open database or one of its files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is in the backups folder, which holds only backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a database (a backup or another HubRegister file), which an export never overwrites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be saved: %2</source>
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
    <name>hubreg::RecordTable</name>
    <message>
        <source>It has no %1, which every such record has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It refers to a record (%1 %2) that is not in this file.</source>
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
        <source>“%1” could not be replaced: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is empty, so it is no backup of a hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a HubRegister database (it is not an SQLite file), so it is no backup of a hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is an SQLite database with nothing of HubRegister&apos;s in it, so it is no backup of a hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another program, not a HubRegister backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of HubRegister (schema %2; this version understands up to %3). Restore it with the newer HubRegister.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a HubRegister file (it is not an SQLite file), so a restore will not replace it. Name the HubRegister file to restore into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another program, so a restore will not replace it. Name the HubRegister file to restore into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of HubRegister (schema %2; this version understands up to %3), so this version will not replace it. Restore with the newer HubRegister.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be kept as “%2” (%3), so it was left in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup “%1” could not be copied beside “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a link to a file that does not exist; a restore writes nothing through it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has %2 names (hard links); a restore would replace one of them only. Remove the other names first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be made ready to be replaced (%2), so it was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::Retention</name>
    <message>
        <source>Keep personal data for %1 to %2 years after the academic year ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (URN %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ReturnPackWriter</name>
    <message>
        <source>This is a hub&apos;s file: return packs are made in a Lead&apos;s copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to the hub</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
    <message>
        <source>On track</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ServerAddress</name>
    <message>
        <source>“%1” is not a server address; write it as postgresql://user@host:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server address must not hold a password: anyone who sees the command or the settings would read it. Keep it in ~/.pgpass or let HubRegister keep it in the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a TLS mode; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address has an option HubRegister does not know: “%1”. It knows sslmode, sslrootcert and service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address names no database: add it after the host, as in postgresql://user@host/hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a database name.</source>
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
    <message>
        <source>Someone else was changing the same records at that moment; nothing was saved. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub is open read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not allow this to your user: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s disk is full: nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database&apos;s answer has two columns named %1 (in: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database&apos;s answer has no column named %1 (in: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::SubjectAccess</name>
    <message>
        <source>%1 (URN %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[an email address]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[another person]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person is no longer in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s personal data was erased, so the file holds none to report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your place in Work Group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who looked at an entry is not recorded. Changes to your records are, in the audit trail, for as long as the hub keeps personal data; they are listed above without the names of those who made them, which are their data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files imported (participant lists, GIAS extracts) are read and not kept; only the layout of their columns is remembered, and it is searched above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns and other exports already saved are files of their own, outside this one, and are not listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who recorded each mark, the Work Groups&apos; Leads and colleagues who came in their place are other people&apos;s data, so they are not named here.</source>
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
    <name>hubreg::XlsxWriter</name>
    <message>
        <source>the workbook could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has %1 columns, more than a spreadsheet holds (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the heading of column %1 is longer than a spreadsheet cell holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the heading row was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has more rows than a spreadsheet holds (%1); save it as CSV instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1, column %2 holds more characters than a spreadsheet cell (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1, column %2 was refused: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::catalogue</name>
    <message>
        <source>The tables refer to each other in a circle, so there is no order to copy them in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::cli</name>
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
        <source>hubregister: unknown command “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“hubregister check --database FILE” names the latest good backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HubRegister file, or a hub on a server (postgresql://user@host:port/database), to use (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: hubregister [--database PATH]          open the program
       hubregister COMMAND [OPTIONS]          work without a window
       hubregister --version                  print the version
       hubregister help                       print this text (also --help)

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Every command takes --database PATH and --help.
Exit status: 0 done; 1 the answer is no (eligibility), or conflicts or deletions are left to decide (merge, open-pack); 2 an error, explained on standard error; 64 a wrong command line.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::cli::backup</name>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up and verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the copy here, a new file in a folder that exists (default: the backups folder beside the file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the file and verify the copy (integrity, schema, record counts). A hub on a server is copied into a new HubRegister file.</source>
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
    <message>
        <source>hubregister check: a hub on a server is kept whole by the server itself; check reads HubRegister files. To check a server&apos;s hub, back it up into a file (hubregister backup) and check that.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::cli::copy</name>
    <message>
        <source>The hub to copy: a file, or a server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to: a new file, or an empty database on a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hubregister copy: name the source and the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: hubregister %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 rows in %2 tables to %3; every table&apos;s count and checksum match the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a whole hub between a file and a server (postgresql://user@host:port/database), either way: all or nothing, verified table by table. The target must be a new file or an empty database.</source>
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
    <name>hubreg::cli::exchange</name>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added, %2 changed, %3 deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undecided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Lead&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hub&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict: %1, %2: base %3; hub %4; Lead %5 (%6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left out: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hubregister %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide them all one way with --theirs (the Lead&apos;s) or --ours (the hub&apos;s), or one by one in the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run it again with --confirm-deletions to go ahead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::cli::export</name>
    <message>
        <source>Write an NCETM return (participants, schools, sessions, register or engagement) as CSV, or as an Excel workbook to a FILE ending in .xlsx; the file appears whole or not at all.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::cli::exportcommand</name>
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
    <message>
        <source>The file to write: CSV, or an Excel workbook when its name ends in .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hubregister export: no Work Group has the code “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hubregister export: no programme has the code “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::cli::history</name>
    <message>
        <source>The person&apos;s ID (as `hubregister person` shows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school&apos;s URN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the history as CSV to FILE (readable by you only) instead of listing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hubregister history: give --person ID or --school URN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: hubregister %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hubregister history: no person with the ID “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hubregister history: no school with the URN “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n entries to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>hubregister history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List who changed a person or a school and when, from the audit trail, or write it as CSV.</source>
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
    <message>
        <source>enrols: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enrols: %1, despite: %2 Reason: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hubregister import: every row was rejected, so nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participants: people already held by their email address are updated (default), kept as they are, or skipped; those held by name at the same school only are kept unless this says skip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participants: enrol schools new to the Work Group despite warnings (the group full, closed, not eligible, another phase), keeping this reason; without it their rows are rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
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
    <name>hubreg::cli::merge</name>
    <message>
        <source>Show what would be merged and the conflicts; save nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide every conflict for the Lead&apos;s side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide every conflict for the hub&apos;s side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go ahead when a pack deletes more than 10 records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report progress on standard error, one line per record: “merging DONE TOTAL”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return packs from Leads, in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hubregister merge: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: hubregister %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the return packs to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--theirs and --ours cannot both be given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub&apos;s exchange passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hubregister merge: %1: nothing of it was merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Leads&apos; return packs into the hub&apos;s file, field by field; exit 1 when conflicts are left undecided.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::cli::openpack</name>
    <message>
        <source>The code the hub told you by phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new passphrase for this copy&apos;s keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hubregister open-pack: a passphrase needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase of this Lead&apos;s copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pack %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hubregister open-pack: it would delete %1 records; taking it in needs --confirm-deletions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what the pack would change; save nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go ahead when the pack deletes more than 10 records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack from the hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hubregister open-pack: give the pack to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: hubregister %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hubregister open-pack: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a pack from the hub: the first makes the Lead&apos;s copy, later ones update it, keeping changes the hub has not seen yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::cli::pack</name>
    <message>
        <source>hubregister pack: this is a Lead&apos;s copy; a pack for a Lead is made in the hub&apos;s file. Use --to-hub for a return pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub&apos;s exchange passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new exchange passphrase for the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file now takes part in the exchange as %1&apos;s hub. Keep the passphrase: every pack made or imported asks for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pack %1 for %2 (%3): %n record(s), written to %4.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This is %1&apos;s first pack. Tell them this code by phone, never by email: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hubregister pack: --to-hub is for a Lead&apos;s copy; this is the hub&apos;s file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase of this Lead&apos;s copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Return %1 for %2: %n change(s), written to %3.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Make a pack for the Lead with this email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this Work Group of the Lead&apos;s (repeat for more; default: every one whose year has not ended).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue the Lead new keys (a new or lost laptop): a first pack, opened with a code told by phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a Lead&apos;s copy: a return pack of every change the hub has not acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the pack here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hubregister pack: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: hubregister %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --lead EMAIL (in the hub&apos;s file) or --to-hub (in a Lead&apos;s copy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the file to write with -o FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--workgroup and --new-keys go with --lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lead needs the Lead&apos;s email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a pack: for a Lead (in the hub&apos;s file), or a return for the hub (in a Lead&apos;s copy). Encrypted for its recipient, written 0600.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::cli::person</name>
    <message>
        <source>hubregister person export: name the file to write with -o FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote everything held about %1, readable by you only:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was erased on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewrite these backups?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete these backups?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasing %1 everywhere in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are kept (--backups rewrite or delete deals with them now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They will be rewritten without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They will be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase %1? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased: their record is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased: the file now calls them “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: the PDF to write (FILE.pdf); the JSON goes beside it (FILE.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export or erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their email, number, or reference (uuid).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hubregister person: say export or erase, and who.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: hubregister %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything held about one person as a PDF and JSON (a subject access request), or erase their personal data keeping their attendance as an anonymous participant.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::cli::privacy</name>
    <message>
        <source>What to do with the backups that still hold them: keep (until the rotation or you remove them; the default), rewrite (without them, each checked) or delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go ahead without asking (for scripts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hubregister %1: --backups is keep, rewrite or delete, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hubregister %1: nobody in this file has the email, number or reference “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What goes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What stays:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup in the backups folder holds them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups that still hold them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hubregister %1: nothing was changed. Standard input is not a terminal to ask on; add --yes to go ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type “yes” to go ahead: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewritten without them and checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened to search, so it was left; delete it (--backups delete) once nothing more is needed from it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::cli::purge</name>
    <message>
        <source>Anonymise people whose last Work Group ended more than YEARS years ago (default: each hub&apos;s retention period).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YEARS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only list who would be anonymised; change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hubregister purge: unexpected “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: hubregister %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hubregister purge: --older-than is a number of years from %1 to %2, not “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed %n audit trail entries older than the retention period.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is past the retention period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) past the retention period:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no Work Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n person(s)? This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymising… %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Anonymised %n person(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymise everyone past the retention period (each hub&apos;s, or --older-than), keeping their attendance so the figures of those years stay the same.</source>
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
        <source>hubregister restore: a hub on a server is not replaced in place. Ask the server&apos;s administrator for an empty database and copy the backup into it: hubregister copy BACKUP ADDRESS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it held before is kept in “%1”; restore that to undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a backup back in place of the file: the backup is checked first, the file is kept in its backups folder, and it is replaced whole or not at all.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::cli::secrets</name>
    <message>
        <source>Read the passphrase from the first line of this file (else HUBREGISTER_PASSPHRASE, else the terminal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a first pack&apos;s code from the first line of this file (else HUBREGISTER_PACK_CODE, else the terminal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hubregister: “%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hubregister: the first line of “%1” is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hubregister: %1 is needed: give a file with the option for it, or set %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hubregister: the two entries differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::cli::user</name>
    <message>
        <source>hubregister user: “%1” is not a role: say admin, lead or reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hubregister user: --person takes a person&apos;s number, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: the new login&apos;s role (admin, lead or reader).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add, role: the person a Work Group Lead is (their number): they see their own Work Groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: read the new login&apos;s password from the first line of this file (else HUBREGISTER_USER_PASSWORD, else the terminal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add, role, remove or list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hubregister user: say add LOGIN --role ROLE, role LOGIN ROLE, remove LOGIN or list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: hubregister %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hubregister user: users and roles are kept by a hub server; a file is one person&apos;s. Give the hub&apos;s server with --database postgresql://USER@HOST/DATABASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hubregister user add: give the login&apos;s role with --role admin, lead or reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hubregister user: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 from the hub and the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 from the hub; the login stays on the server, which gives it other roles too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hubregister user %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logins of a hub on a server and their roles, which the server enforces: admin (everything), lead (their own Work Groups) or reader (reads, for reports). Run by the database&apos;s owner; a file has no users.</source>
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
    <name>hubreg::packcrypto</name>
    <message>
        <source>The encryption library could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough memory to hold a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough memory to check the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::recordfields</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (URN %2)</source>
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
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRN</source>
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
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
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
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type group</source>
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
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head&apos;s first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head&apos;s last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
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
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
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
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School visited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why cancelled</source>
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
        <source>Head&apos;s commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for enrolling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role in the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants per school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered to schools</source>
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
    <message>
        <source>%1 has been changed by someone else since this change was based on it, so the change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui</name>
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
    <message>
        <source>Open (or create) this file, or the hub at this server address (postgresql://user@host:port/database).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::AuditTableModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::BackupChooser</name>
    <message>
        <source>Daily, on opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups of this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first: the file, when it was taken, its size and what made it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups kept in “%1”, newest first. The file as it is now is backed up before it is replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups are kept in “%1” yet. Choose another file to restore from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore This Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubRegister files (*.sqlite *.hubregister);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::BackupCopiesPanel</name>
    <message>
        <source>Backups that still hold them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep them until they are gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;write them without them now (each copy is checked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete them now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup in the backups folder holds them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubRegister keeps the newest daily copies (ten unless set otherwise); older ones go as new ones are taken. Copies taken by hand or before an upgrade stay until deleted. Copies saved elsewhere, and exports, are not listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy that cannot be opened to search (a damaged file kept for what can still be read from it) cannot be rewritten: Rewrite leaves it, Delete deletes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) still hold them until the rotation or you remove them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Rewrite Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened to search, so it was left; delete it once nothing more is needed from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) rewritten without them and checked.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) deleted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) still hold them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hubreg::ui::CancelSessionDialog</name>
    <message>
        <source>Cancel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. venue closed by snow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel %1 (%2)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cancelled session counts nowhere: nobody is expected at it and it leaves every figure and return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Its %n attendance mark(s) are kept, and count again if it is restored.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Edit &gt; Undo puts it back as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel the Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep It</source>
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
    <message>
        <source>%1: chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: figures</source>
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
    <message>
        <source>Columns that can be added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one and add it to the return&apos;s columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns in the return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In order, with the heading each gets in the file; a heading can be typed over</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::ConflictDialog</name>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and the hub changed these fields differently since they last agreed. Choose whose value each keeps: select a row and press L for the Lead&apos;s or H for the hub&apos;s, or decide them all one way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each field changed differently by the Lead and the hub: the Lead&apos;s value, the hub&apos;s, and which is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the &amp;Lead&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the &amp;Hub&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All the L&amp;ead&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All the h&amp;ub&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 decided.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::ConflictTableModel</name>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Lead&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::ConnectionBanner</name>
    <message>
        <source>&amp;Try Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was lost at %2. HubRegister is connecting again; until it is back, nothing can be changed or read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last try: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server is back, and HubRegister waits for the work under way to end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was lost at %2. HubRegister is connecting again; until it is back, nothing can be changed or read. Last try: %3</source>
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
        <source>No hub yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · area: %2 local authorities</source>
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
    <message>
        <source>Set &amp;Up the Hub…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schools at risk of not completing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schools not yet engaged or under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took part: in a Work Group of the year. Completed: met the programme&apos;s attendance threshold in one of the year&apos;s Work Groups that is over. Engaged: completed one this year or in an earlier year, the measure of the goal (dashed line). Shares of the area&apos;s state-funded open schools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of each phase&apos;s area schools engaged by the end of each year (completed a Work Group by then), against its goal (dashed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub&apos;s Work Groups of the year, by where each stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the places expected at the hub&apos;s sessions held each month, the share attended (present, late, left early or a substitute).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schools in the hub&apos;s Work Groups under way that are below their programme&apos;s attendance threshold so far, or cannot reach it with the sessions left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area schools that have not completed a Work Group, leaving out those in one still under way (they count once it is over): the schools still to reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a school, or press Enter, to open its page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the hub, its local authorities and its goals with Set Up the Hub (or File &gt; Hub Settings) to see its engagement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hub Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub has no local authorities recorded, so its area has no schools: set them in Hub Settings to see engagement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more to reach the %1% goal</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the %1% goal is reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2% engaged (%3 of %4 schools), %5; %6% took part this year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schools in the area not yet engaged or under way (%1)</source>
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
    <message>
        <source>Cannot open the hub on the server</source>
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
    <name>hubreg::ui::EditConflictDialog</name>
    <message>
        <source>Changed by Someone Else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed %1 while you were editing it, so your changes have not been saved yet. Below is every field either of you changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where you both changed a field (in bold), choose whose value to keep: select it and press Y for yours or T for theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;Theirs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::EditConflictModel</name>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you began</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs (stored now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours (only you changed it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs (only they changed it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by one side only</source>
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
    <message>
        <source>On track</source>
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
    <message>
        <source>Schools in the Work Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each enrolled school with its attendance; withdrawn schools are greyed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::ErasePersonDialog</name>
    <message>
        <source>&amp;Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person is no longer in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups Holding %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their personal data was erased from this file on %1. Backups taken before then may still hold it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase %1 everywhere in this file? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is erased: their record is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is erased: the file now calls them “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person Erased</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::ExchangeActions</name>
    <message>
        <source>HubRegister packs (*.hubpack);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubRegister files (*.sqlite *.hubregister);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to &amp;Lead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from Lead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to &amp;Hub…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Pack from Hub…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Lead&apos;s copy&lt;/b&gt; of %1 · last exchanged %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is a Work Group Lead&apos;s copy of %1&apos;s records. Send your changes with File &gt; Exchange &gt; Send to Hub…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is open read-only, so it takes no pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Hub&apos;s Exchange Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Copy&apos;s Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the hub&apos;s exchange passphrase: it opens the hub&apos;s keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase you chose for this copy&apos;s keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Pack for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the hub&apos;s first pack. Choose the passphrase that will protect the hub&apos;s keys; every pack made or imported asks for it. Keep it safe: it cannot be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell %1 the Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is %1&apos;s first pack, saved as “%2”.

Tell them this code by phone, never by email or with the pack:

%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack %1 for %2 (%3) saved as “%4”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported return %1 from %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has changed since the hub last acknowledged your changes, so there is nothing to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Return for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return %1 saved as “%2”: %3 changes for %4. Send it to the hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Pack from Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Your Copy of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists; choose a new name for your copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Code from the Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the code %1 told you by phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Passphrase for Your Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase to protect this copy&apos;s keys: sending to and opening packs from the hub ask for it. It cannot be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened pack %1 from %2: %3</source>
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
    <message>
        <source>Preview of the return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows of the file as it will be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (comma-separated values)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx): codes, dates and numbers typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind of file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx);;All files (*)</source>
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
    <message>
        <source>Connect to Hub &amp;Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hub Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hub on a server is not replaced in place. Ask the server&apos;s administrator for an empty database and copy the backup into it: hubregister copy BACKUP ADDRESS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace everything in “%1” with the backup “%2”?

The backup holds:
%3

The file as it is now is first kept in its backups folder, “%4”. Undo history is cleared.</source>
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
    <name>hubreg::ui::FutureRegisterCheck</name>
    <message>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is planned for %2, %3. Taking its register marks it as held from now on, so it counts in the attendance figures, the returns and the completion warnings.

Take the register of this future session anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a Future Register?</source>
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
    <name>hubreg::ui::GoalsAndYearsForm</name>
    <message>
        <source>Add &amp;Next Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Earlier Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Academic years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a year to set its half-term dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Primary schools engaged:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secondary schools engaged:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Academic years and half terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Years:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half terms of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No academic year yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work Groups belong to %1, so it stays.</source>
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
    <message>
        <source>Rows of the file that match someone already held: update, keep or skip each</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;People already held (%n): same email address, or same name at the same school. Choose for each row what to do; a match by name alone keeps the details held unless you choose Update.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hubreg::ui::HistoryPanel</name>
    <message>
        <source>Export Histor&amp;y…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who changed it and when, with each field&apos;s old and new value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history-%1-%2-%3.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written, readable by you only:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::HubCommands</name>
    <message>
        <source>Change hub settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the hub</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::HubDetailsForm</name>
    <message>
        <source>as the NCETM names it, e.g. Yorkshire Ridings Maths Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hub lead or administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact &amp;email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::HubSettingsDialog</name>
    <message>
        <source>Hub Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Local Authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goals and Years</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::HubSetupWizard</name>
    <message>
        <source>Set Up Your Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubRegister keeps one Maths Hub&apos;s Work Groups, registers and returns. Say which hub this file is for; you can change all of it later in File &gt; Hub Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the &amp;Demo Hub Instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore HubRegister with fictional schools, Work Groups and registers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its name, and who to contact about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local authorities the hub serves, as GIAS numbers them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals and academic years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of schools to engage, and the half-term dates of the years the hub works in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set Up Hub</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Problems found in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each with its line, column and field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1, despite: %2 Reason: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This import also enrols a school in %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This import also enrols %1 schools in %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the participants and enrol these schools?</source>
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
    <message>
        <source>First rows of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As read with the encoding and separator found</source>
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
    <name>hubreg::ui::ImportPreviewDialog</name>
    <message>
        <source>Import from Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Pack from Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the pack changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each kind of record, how many the pack adds, changes and deletes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decide Conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the merge will do that needs a word: records kept, skipped or asked about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Return %1 from %2&lt;/b&gt; (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Pack %1 from %2&lt;/b&gt; (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pack was taken in before: nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It deletes %1 records, with what goes with them: you will be asked to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 conflicts to decide before importing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 conflicts decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pack deletes %1 records, with what goes with them. Go ahead?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the pack&apos;s records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
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
    <message>
        <source>Each with its line in the file and the reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::LocalAuthorityPicker</name>
    <message>
        <source>part of a name, or a code such as 383</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick each local authority in the hub&apos;s area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open schools held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a local &amp;authority by name or code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub&apos;s area: its schools make up the engagement figures, and a GIAS import can be limited to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen (%1): %2</source>
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
    <message>
        <source>The screen to show; Ctrl+1 to Ctrl+5 go straight to one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work Group Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your login sees and changes your own Work Groups only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is open read-only, so its hub cannot be changed.</source>
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
    <name>hubreg::ui::NewSchoolsPanel</name>
    <message>
        <source>Schools new to the Work Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each school the file would enrol, with its warnings and the reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason to go ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the reason to enrol the school despite the warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schools new to %1 (%2): each is enrolled in the Work Group with its first row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Those with warnings and no reason yet (%1) are not enrolled, and their rows are left out: type a reason in the Reason cell to enrol one anyway.</source>
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
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their role in this Work Group, as the participants&apos; list shows it</source>
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
        <source>Paste participants (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Work Group&apos;s participants by school; Enter changes the one chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no rows of participants. Copy rows with names, emails and schools from a spreadsheet, then paste them here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::PassphraseDialog</name>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the code the hub told you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::PasteParticipantsDialog</name>
    <message>
        <source>Joins: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joins as a new person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the school: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first line is a &amp;header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste Participants into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows to be added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each pasted line with the person read from it, their school and what will happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for each row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is added until you choose Add. Check the field each column is read as, and the school each person goes to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
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
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;School for rows without one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School for line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the school…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by URN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows: %1. To add: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needing a school: %1 (choose it in the row, or for every such row above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be added: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Participants (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 (%2): %3</source>
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
</context>
<context>
    <name>hubreg::ui::PeoplePage</name>
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
    <message>
        <source>Show erase&amp;d people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People whose personal data was erased, kept as “Erased participant N” so their school&apos;s figures hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people that match the search; Enter opens the one chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;tention and Purge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long personal data is kept, and who is past it</source>
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
    <message>
        <source>E&amp;xport Personal Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything held about this person, for a subject access request: a PDF, and the same as JSON beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s Work Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each Work Group they took part in, with their attendance; Enter opens it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their mark at each session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bac&amp;kups Holding Them…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data erased on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject-access-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Personal Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal Data Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written, readable by you only:
%1
%2
Send both to the person; delete your copies once they are sent.</source>
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
    <message>
        <source>Programmes in the condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the programmes the chosen condition is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule as a tree of conditions; choose one to change it below</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::ProgrammeCommands</name>
    <message>
        <source>Add programme %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change programme %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove programme %1</source>
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
        <source>Programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme catalogue; the chosen one is edited beside the list</source>
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
    <message>
        <source>Not expected: joined the Work Group on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not expected: left the Work Group on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not expected: the school was not in the Work Group that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On track: at or above the completion threshold so far; it completes when the Work Group is over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has not completed the Work Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::RegisterTab</name>
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
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants by school down, sessions across; type a mark&apos;s letter into a cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a mark into a cell: P present · L late · E left early · S substitute · A apologies · X absent · N not expected · Delete clears. ✓/✗: did the school attend. – not in the Work Group that day. Greyed sessions were cancelled and count nowhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the register (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Register.pdf</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::RetentionDialog</name>
    <message>
        <source>Retention of Personal Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People past the retention period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each person a purge would anonymise, with when their last Work Group ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People&apos;s names, emails, TRNs and other details are kept for a number of years after the academic year of their last Work Group ends. After that, a purge anonymises them as an erasure does: their attendance stays, as an anonymous participant of their school, so the figures of those years do not change. People in no Work Group are judged by when their record last changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> years after the year ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keeps them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No hub in this file yet: people are kept for %n year(s) after their record last changed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <source>Last Work Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is past the retention period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) are past the retention period and would be anonymised:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Anonymise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Anonymise %n Person(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not anonymised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymise People</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n person(s) past the retention period? This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>What goes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What stays:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Anonymising %n person(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nobody was anonymised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) anonymised.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit trail entries older than the retention period removed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail was not purged: %1</source>
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
    <message>
        <source>Schools found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schools that match the search and filters; Enter opens or picks the one chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schools: %1 or more</source>
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
    <message>
        <source>The school&apos;s Work Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its Work Groups across years, under its own URN and its predecessors&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links to other URNs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its predecessors and successors in GIAS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school&apos;s people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People held with this school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
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
    <name>hubreg::ui::SendToLeadDialog</name>
    <message>
        <source>Issue &amp;new keys (a new or lost laptop): a first pack, opened with a code told by phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lead:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work Groups to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Lead&apos;s Work Groups; those ticked go in the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Work Groups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make Pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a copy already: the pack updates it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is %1&apos;s first pack: HubRegister will show a code to tell them by phone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::ServerConnectDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;member the password in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget Saved Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to Hub Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a hub kept on a PostgreSQL server that your office shares. The server&apos;s administrator gives you these details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent servers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db.hub.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use TLS when the server offers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always use TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always use TLS and verify the server&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the server&apos;s certificate and name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 if left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root cert&amp;ificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the keyring or ~/.pgpass if left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the password the system keyring keeps for this server, user and database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS mode “%1”, as the address had it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the server&apos;s name or IP address, as its administrator gave it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the port in the Port field, not after the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a server name: type only the name or address, such as db.hub.example or 192.168.1.20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the name of the hub&apos;s database on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database&apos;s name holds no “/” or “?”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your user name on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the root certificate that signed the server&apos;s certificate (its administrator has it): a server cannot be verified without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 as %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the system keyring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved password for %1 is forgotten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring holds no password for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring is not available (%1), so it holds no password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for a saved password in the system keyring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring is not available (%1): the password comes from ~/.pgpass or a service file, if either has one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password for %1 was not kept: the system keyring is not available (%2). Type it again next time, or keep it in ~/.pgpass.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::ServerKeyring</name>
    <message>
        <source>the keyring refused access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this system has no keyring service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keyring service answered</source>
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
    <message>
        <source>session %1</source>
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
    <message>
        <source>Dates the sessions will get</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each new session&apos;s title and date, as they will be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each session&apos;s number follows this title, or takes the place of a # in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as in “%1”</source>
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
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: it counts nowhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %1. It counts nowhere.</source>
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
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take Register</source>
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
    <message>
        <source>Cancel Sessi&amp;on…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histor&amp;y…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Work Group&apos;s sessions in order; Enter changes the one chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who changed the session, when, and from what to what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of session %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest&amp;ore Session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each row: the keys, then what they do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists and search boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down or Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a search box to its results, on the first row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the chosen row (a Work Group, school or person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up, Down, Page Up, Page Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move along a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the chosen rows, with their headings, for a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down or Alt+Down on a drop-down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open its list (an arrow key never changes a filter unseen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forms and dialogs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next or the previous field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+underlined letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That button, field or tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dialog&apos;s main button, once every field is right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the dialog without changing anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Work Group&apos;s page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+R, T, I, P, C, L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Register, Take Register, Sessions, Participants, Schools and Details tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking a register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P, L, E, S, A, X, N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present, late, left early, substitute (then type who came), apologies, absent, not expected: the mark is saved and the next person is chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark everyone without a mark present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add someone who came but is not on the list (a late arrival)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every command can be reached from the keyboard. The menus show their keys beside each command.</source>
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
    <name>hubreg::ui::SubjectAccessDocument</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data held about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything the HubRegister file “%1” of %2 holds about you, on %3. The same data comes as a JSON file beside this document, for a computer to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your details</source>
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
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
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
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under the hub&apos;s retention policy your name and details are kept until %1; after that they are erased, and your attendance is kept only as an anonymous participant of your school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work Groups you lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work Group</source>
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
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Work Groups and attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not taken part in a Work Group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For your school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role in the group</source>
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
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 held sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
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
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session status</source>
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
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– a colleague came in your place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where else the file names you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nowhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the colleague who came in someone&apos;s place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In what people wrote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to your records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail holds no change to your records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies in backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup in the file&apos;s backups folder holds your details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is not kept or not shown</source>
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
    <message>
        <source>&amp;Add a Late Arrival…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Histor&amp;y…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who made and changed the chosen participant&apos;s mark, and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add someone who came to this session but is not on its list: they join the Work Group from this session, marked present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register of the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per participant; type a mark&apos;s letter in the Mark column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of %1&apos;s mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Late Arrival to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Sign-in sheet %2.pdf</source>
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
    <name>hubreg::ui::UserActions</name>
    <message>
        <source>H&amp;ub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logins of this hub&apos;s server and what each may do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users and roles are kept by a hub server; a file is one person&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::UsersDialog</name>
    <message>
        <source>Hub administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work Group Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader (reports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may open this hub on its server, and what each may do. The server itself enforces it: a Work Group Lead sees only their own Work Groups, whatever program they use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead&apos;s person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for a new login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person (a Lead):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1? They can no longer open this hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1.</source>
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
    <message>
        <source>Work Group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s enrolment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 as a participant</source>
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
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Register…</source>
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
    <message>
        <source>being counted</source>
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
    <message>
        <source>Work Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Work Groups that match the search and filters; Enter opens the one chosen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubreg::ui::charts</name>
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
    <message>
        <source>Took part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engaged</source>
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
        <source>P present · L late · E left early · S substitute (who came, in brackets) · A apologies · X absent · N not expected · – not in the Work Group that day · ✓ the school attended · ✗ nobody from the school attended. Cancelled sessions count nowhere.</source>
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
