#pragma once

#include <QStringList>

namespace hubreg {

// Splits an SQL script into single statements: semicolons inside quotes, comments,
// CREATE TRIGGER ... BEGIN ... END bodies and dollar-quoted bodies ($$ ... $$, $tag$ ... $tag$)
// do not end a statement.
QStringList splitSqlScript(const QString &script);

} // namespace hubreg
