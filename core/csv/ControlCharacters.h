#pragma once

#include <QString>
#include <QStringView>

namespace hubreg::controlcharacters {

// Characters a terminal or a text control acts on instead of showing: in an import file they
// are either damage or an attack (an escape sequence that clears the screen or retitles the
// window), never part of a name.

// Where the first character lies that no name, address or code holds: a C0 control other than
// tab, line feed and carriage return (which are white space), DEL, or a C1 control. -1 when
// there is none.
qsizetype find(QStringView text);

// `text` with every control character (C0, tab and line ends included, DEL, C1) and every
// bidirectional embedding, override or isolate written out as \xHH or \uHHHH, so a message
// shows them instead of a terminal acting on them.
QString escaped(QStringView text);

} // namespace hubreg::controlcharacters
