# Writes hubregister(1) from the text "hubregister help" prints.
# cmake -DPROGRAM=path/to/hubregister -DVERSION=x.y.z -DSUMMARY=... -DOUTPUT=hubregister.1 -P ManPage.cmake
foreach(variable PROGRAM VERSION SUMMARY OUTPUT)
    if(NOT DEFINED ${variable})
        message(FATAL_ERROR "ManPage.cmake needs -D${variable}=...")
    endif()
endforeach()

set(ENV{LC_ALL} C.UTF-8)
set(ENV{QT_QPA_PLATFORM} offscreen)
execute_process(COMMAND ${PROGRAM} help
    OUTPUT_VARIABLE help RESULT_VARIABLE status ERROR_VARIABLE errors)
if(NOT status EQUAL 0 OR help STREQUAL "")
    message(FATAL_ERROR "${PROGRAM} help failed (${status}): ${errors}")
endif()

# Text for roff: backslashes escaped first, hyphens as minus signs (options are typed), and a
# line that starts with a dot or an apostrophe guarded so it is not read as a request.
function(roff_escape text out)
    string(REPLACE "\\" "\\e" text "${text}")
    string(REPLACE "-" "\\-" text "${text}")
    string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" text "${text}")
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

roff_escape("${help}" body)
roff_escape("${SUMMARY}" summary)

file(WRITE ${OUTPUT} ".TH HUBREGISTER 1 \"\" \"HubRegister ${VERSION}\" \"User Commands\"
.SH NAME
hubregister \\- ${summary}
.SH SYNOPSIS
.B hubregister
[\\fB\\-\\-database\\fR \\fIPATH\\fR | \\fIFILE\\fR]
.br
.B hubregister
\\fICOMMAND\\fR [\\fIOPTIONS\\fR]
.br
.B hubregister
\\fB\\-\\-version\\fR | \\fBhelp\\fR
.SH DESCRIPTION
HubRegister keeps a Maths Hub's schools, people, Work Groups, sessions and attendance in one
private SQLite file, and produces the returns the NCETM asks for. Without a command it opens its
window; with one, it works without a window, for scripts.
.PP
The text below is what
.B hubregister help
prints.
.SH COMMANDS
.nf
${body}.fi
.SH FILES
.TP
.I ~/.local/share/HubRegister/HubRegister/hubregister.sqlite
The file used when no \\fB\\-\\-database\\fR is given.
.TP
.IR FILE .lock
Beside an open file: who holds it.
.TP
.IR NAME \\-backups/
Beside a file: its verified backups, where
.I NAME
is the file's name without its extension (\\fIhub\\-backups/\\fR for \\fIhub.sqlite\\fR).
.SH SEE ALSO
.BR sqlite3 (1)
")
