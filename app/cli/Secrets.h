#pragma once

#include "Command.h"

#include <QCommandLineOption>

#include <optional>

namespace hubreg::cli {

// Where a secret comes from: never an argument, which other users of the machine can read in
// the process list. A file's first line, else an environment variable, else the terminal
// without echo.
struct SecretSource
{
    QString file; // --passphrase-file or --code-file, if given
    const char *variable; // HUBREGISTER_PASSPHRASE or HUBREGISTER_PACK_CODE
    QString prompt; // "Hub exchange passphrase"
    bool confirm = false; // a new passphrase: asked twice on a terminal
};

QCommandLineOption passphraseFileOption();
QCommandLineOption codeFileOption();

// The secret, or nothing (having said why on standard error).
std::optional<QString> readSecret(Context &context, const SecretSource &source);

} // namespace hubreg::cli
