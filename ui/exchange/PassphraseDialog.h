#pragma once

#include <QDialog>
#include <QStringList>

#include <optional>

class QLabel;
class QLineEdit;

namespace hubreg::ui {

// Asks for a passphrase (or a first pack's code), hidden as it is typed; a new passphrase is
// typed twice. Tests answer in advance with setNextAnswers(), as with Prompter.
class PassphraseDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { Existing, New, Code };

    PassphraseDialog(Kind kind, const QString &title, const QString &explanation,
                     QWidget *parent = nullptr);

    QString passphrase() const;

    // The passphrase, or nothing when the person cancelled.
    static std::optional<QString> ask(QWidget *parent, Kind kind, const QString &title,
                                      const QString &explanation);
    // For tests: the next questions get these answers, in order; an empty string cancels.
    static void setNextAnswers(const QStringList &answers);

private:
    void check();

    Kind m_kind;
    QLineEdit *m_first;
    QLineEdit *m_second = nullptr;
    QLabel *m_problem;
    static QStringList s_nextAnswers;
};

} // namespace hubreg::ui
