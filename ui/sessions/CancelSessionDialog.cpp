#include "CancelSessionDialog.h"

#include "common/ScreenFit.h"
#include "domain/Validation.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hubreg::ui {

CancelSessionDialog::CancelSessionDialog(const Session &session, int marks, QWidget *parent)
    : QDialog(parent)
    , m_reason(new QLineEdit(this))
{
    setObjectName(QStringLiteral("cancelSessionDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Cancel %1").arg(session.title));
    m_reason->setObjectName(QStringLiteral("cancellationReasonLineEdit"));
    m_reason->setPlaceholderText(tr("optional, e.g. venue closed by snow"));
    m_reason->setMaxLength(200);

    const QString when
        = session.date.isValid() ? validation::formatUkDate(session.date) : tr("no date yet");
    QString text = tr("Cancel %1 (%2)?").arg(session.title, when) + QStringLiteral("\n\n")
        + tr("A cancelled session counts nowhere: nobody is expected at it and it leaves every "
             "figure and return.");
    if (marks > 0)
        text += QLatin1Char(' ')
            + tr("Its %n attendance mark(s) are kept, and count again if it is restored.", nullptr,
                 marks);
    text += QLatin1Char(' ') + tr("Edit > Undo puts it back as it was.");
    auto *explanation = new QLabel(text, this);
    explanation->setObjectName(QStringLiteral("cancelExplanationLabel"));
    explanation->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Reason:"), m_reason);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *cancelSession
        = buttons->addButton(tr("&Cancel the Session"), QDialogButtonBox::AcceptRole);
    cancelSession->setObjectName(QStringLiteral("cancelSessionPushButton"));
    QPushButton *keep = buttons->addButton(tr("&Keep It"), QDialogButtonBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepSessionPushButton"));
    cancelSession->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resizeWithinScreen(this, QSize(440, sizeHint().height()));
    m_reason->setFocus(Qt::OtherFocusReason);
}

QString CancelSessionDialog::reason() const
{
    return m_reason->text().trimmed();
}

} // namespace hubreg::ui
