#pragma once

#include <QStringList>

namespace hubreg {

// Splits an SQL script into single statements: semicolons inside quotes, comments and
// CREATE TRIGGER ... BEGIN ... END bodies do not end a statement.
QStringList splitSqlScript(const QString &script);

} // namespace hubreg
