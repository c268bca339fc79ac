#include "Secrets.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace hubreg::cli {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::cli::secrets)
};

// One line typed at the terminal with echo off; nothing when there is no terminal.
std::optional<QString> askTerminal(const QString &prompt)
{
#ifdef Q_OS_UNIX
    FILE *tty = std::fopen("/dev/tty", "r+");
    if (!tty)
        return std::nullopt;
    const int fd = fileno(tty);
    termios saved {};
    const bool canHide = tcgetattr(fd, &saved) == 0;
    if (canHide) {
        termios hidden = saved;
        hidden.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(fd, TCSAFLUSH, &hidden);
    }
    std::fputs(prompt.toLocal8Bit().constData(), tty);
    std::fputs(": ", tty);
    std::fflush(tty);
    char buffer[1024];
    const bool read = std::fgets(buffer, sizeof buffer, tty) != nullptr;
    if (canHide)
        tcsetattr(fd, TCSAFLUSH, &saved);
    std::fputs("\n", tty);
    std::fclose(tty);
    if (!read)
        return std::nullopt;
    QString line = QString::fromLocal8Bit(buffer);
    while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    return line;
#else
    Q_UNUSED(prompt);
    return std::nullopt;
#endif
}

} // namespace

QCommandLineOption passphraseFileOption()
{
    return QCommandLineOption(QStringLiteral("passphrase-file"),
                              Tr::tr("Read the passphrase from the first line of this file "
                                     "(else HUBREGISTER_PASSPHRASE, else the terminal)."),
                              Tr::tr("FILE"));
}

QCommandLineOption codeFileOption()
{
    return QCommandLineOption(QStringLiteral("code-file"),
                              Tr::tr("Read a first pack's code from the first line of this file "
                                     "(else HUBREGISTER_PACK_CODE, else the terminal)."),
                              Tr::tr("FILE"));
}

std::optional<QString> readSecret(Context &context, const SecretSource &source)
{
    if (!source.file.isEmpty()) {
        QFile file(source.file);
        if (!file.open(QIODevice::ReadOnly)) {
            context.err << Tr::tr("hubregister: “%1” cannot be read: %2")
                               .arg(source.file, file.errorString())
                        << '\n';
            return std::nullopt;
        }
        QString line = QString::fromUtf8(file.readLine());
        while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.isEmpty()) {
            context.err << Tr::tr("hubregister: the first line of “%1” is empty.").arg(source.file)
                        << '\n';
            return std::nullopt;
        }
        return line;
    }
    const QByteArray fromEnvironment = qgetenv(source.variable);
    if (!fromEnvironment.isEmpty())
        return QString::fromUtf8(fromEnvironment);
    const std::optional<QString> typed = askTerminal(source.prompt);
    if (!typed) {
        context.err << Tr::tr("hubregister: %1 is needed: give a file with the option for it, "
                              "or set %2.")
                           .arg(source.prompt, QString::fromLatin1(source.variable))
                    << '\n';
        return std::nullopt;
    }
    if (source.confirm) {
        const std::optional<QString> again = askTerminal(Tr::tr("%1 again").arg(source.prompt));
        if (!again || *again != *typed) {
            context.err << Tr::tr("hubregister: the two entries differ.") << '\n';
            return std::nullopt;
        }
    }
    return typed;
}

} // namespace hubreg::cli
