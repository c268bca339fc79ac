#include "ImportValues.h"

#include "csv/ControlCharacters.h"

namespace hubreg::importvalues {

namespace {

// Reads the ASCII digits of `text` from `at`, at least `fewest` and at most `most` of them,
// into `value`; moves `at` past them. False when there are too few.
bool digits(QStringView text, qsizetype &at, int fewest, int most, int &value)
{
    value = 0;
    int read = 0;
    while (read < most && at < text.size() && text[at] >= u'0' && text[at] <= u'9') {
        value = value * 10 + (text[at].unicode() - u'0');
        ++at;
        ++read;
    }
    return read >= fewest;
}

} // namespace

std::optional<QDate> date(const QString &text)
{
    // Read by hand: a regular expression per date was a tenth of a GIAS import's time.
    const QStringView trimmed = QStringView(text).trimmed();
    const auto separator = [&](qsizetype &at, QStringView allowed) {
        if (at >= trimmed.size() || !allowed.contains(trimmed[at]))
            return false;
        ++at;
        return true;
    };
    QDate value;
    int day = 0;
    int month = 0;
    int year = 0;
    qsizetype at = 0;
    // dd-mm-yyyy, the day and month of one or two digits, the separators any of "-/."
    if (digits(trimmed, at, 1, 2, day) && separator(at, u"-/.") && digits(trimmed, at, 1, 2, month)
        && separator(at, u"-/.") && digits(trimmed, at, 4, 4, year) && at == trimmed.size()) {
        value = QDate(year, month, day);
    } else {
        // yyyy-mm-dd
        at = 0;
        if (digits(trimmed, at, 4, 4, year) && separator(at, u"-")
            && digits(trimmed, at, 2, 2, month) && separator(at, u"-")
            && digits(trimmed, at, 2, 2, day) && at == trimmed.size())
            value = QDate(year, month, day);
    }
    if (!value.isValid())
        return std::nullopt;
    return value;
}

std::optional<int> count(const QString &text)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < 0)
        return std::nullopt;
    return value;
}

std::optional<bool> yesNo(const QString &text)
{
    const QString value = text.trimmed().toLower();
    if (value == QLatin1String("y") || value == QLatin1String("yes")
        || value == QLatin1String("true") || value == QLatin1String("1"))
        return true;
    if (value == QLatin1String("n") || value == QLatin1String("no")
        || value == QLatin1String("false") || value == QLatin1String("0"))
        return false;
    return std::nullopt;
}

QString shown(const QString &text)
{
    constexpr qsizetype kMost = 40;
    // Control characters written out: a message must never carry an escape sequence to the
    // terminal or window that shows it.
    if (text.size() <= kMost)
        return controlcharacters::escaped(text);
    return controlcharacters::escaped(QStringView(text).left(kMost - 1)) + QChar(0x2026);
}

} // namespace hubreg::importvalues
