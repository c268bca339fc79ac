#include "PassphraseDialog.h"

#include "exchange/ExchangeIdentity.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hubreg::ui {

QStringList PassphraseDialog::s_nextAnswers;

PassphraseDialog::PassphraseDialog(Kind kind, const QString &title, const QString &explanation,
                                   QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_first(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("passphraseDialog"));
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    auto *text = new QLabel(explanation, this);
    text->setWordWrap(true);
    layout->addWidget(text);
    auto *form = new QFormLayout;
    m_first->setObjectName(QStringLiteral("passphraseLineEdit"));
    // A code is read aloud and typed from a note: it may be seen; a passphrase may not.
    m_first->setEchoMode(kind == Kind::Code ? QLineEdit::Normal : QLineEdit::Password);
    form->addRow(kind == Kind::Code ? tr("&Code:") : tr("&Passphrase:"), m_first);
    if (kind == Kind::New) {
        m_second = new QLineEdit(this);
        m_second->setObjectName(QStringLiteral("passphraseAgainLineEdit"));
        m_second->setEchoMode(QLineEdit::Password);
        form->addRow(tr("&Again:"), m_second);
        connect(m_second, &QLineEdit::textChanged, this, &PassphraseDialog::check);
    }
    layout->addLayout(form);
    m_problem->setObjectName(QStringLiteral("passphraseProblemLabel"));
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_first, &QLineEdit::textChanged, this, &PassphraseDialog::check);
    check();
}

QString PassphraseDialog::passphrase() const
{
    return m_first->text();
}

void PassphraseDialog::check()
{
    QString problem;
    if (m_kind == Kind::New && m_first->text().size() < ExchangeIdentityStore::kMinimumPassphrase)
        problem = tr("At least %1 characters.").arg(ExchangeIdentityStore::kMinimumPassphrase);
    else if (m_second && m_second->text() != m_first->text())
        problem = tr("The two entries differ.");
    else if (m_first->text().isEmpty())
        problem = m_kind == Kind::Code ? tr("Type the code the hub told you.") : QString();
    m_problem->setText(problem);
    auto *buttons = findChild<QDialogButtonBox *>();
    if (buttons)
        buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(problem.isEmpty() && !m_first->text().isEmpty());
}

std::optional<QString> PassphraseDialog::ask(QWidget *parent, Kind kind, const QString &title,
                                             const QString &explanation)
{
    if (!s_nextAnswers.isEmpty()) {
        const QString answer = s_nextAnswers.takeFirst();
        return answer.isEmpty() ? std::nullopt : std::optional<QString>(answer);
    }
    PassphraseDialog dialog(kind, title, explanation, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.passphrase();
}

void PassphraseDialog::setNextAnswers(const QStringList &answers)
{
    s_nextAnswers = answers;
}

} // namespace hubreg::ui
