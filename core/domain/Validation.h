#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace hubreg {

// A DfE Unique Reference Number: six digits identifying a school in GIAS.
class Urn
{
public:
    Urn() = default;
    static std::optional<Urn> parse(QStringView text);
    static std::optional<Urn> fromInt(int value);
    static bool isValid(QStringView text) { return parse(text).has_value(); }

    int value() const { return m_value; }
    bool isNull() const { return m_value == 0; }
    QString toString() const { return isNull() ? QString() : QString::number(m_value); }

    friend bool operator==(Urn a, Urn b) { return a.m_value == b.m_value; }
    friend bool operator!=(Urn a, Urn b) { return a.m_value != b.m_value; }
    friend bool operator<(Urn a, Urn b) { return a.m_value < b.m_value; }

private:
    explicit Urn(int value) : m_value(value) {}
    int m_value = 0;
};

// One thing wrong with a record, said beside the field it concerns.
struct FieldError
{
    QString field;
    QString message;
};
using FieldErrors = QList<FieldError>;

namespace validation {
// Each returns an empty string when the value is acceptable, else what is wrong.
QString urn(const QString &text);
QString email(const QString &text, bool required = false);
QString trn(const QString &text); // empty is allowed: not every hub collects TRNs
QString requiredText(const QString &text, const QString &what);
QString dateRange(const QDate &start, const QDate &end, const QString &startWhat,
                  const QString &endWhat);

// dd/mm/yyyy as people type it; an invalid QDate when it is not a real date.
QDate parseUkDate(const QString &text);
QString formatUkDate(const QDate &date);
} // namespace validation

} // namespace hubreg
