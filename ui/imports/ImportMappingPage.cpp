#include "ImportMappingPage.h"

#include "ParticipantImportState.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace hubreg::ui {

ImportMappingPage::ImportMappingPage(ParticipantImportState &state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_form(new QFormLayout)
    , m_saveAs(new QLineEdit(this))
    , m_hint(new QLabel(this))
{
    setTitle(tr("Match the columns"));
    setSubTitle(
        tr("Say which column holds each field. A name and a school (URN or name) are needed."));
    m_saveAs->setObjectName(QStringLiteral("saveMappingLineEdit"));
    m_saveAs->setPlaceholderText(tr("Leave empty not to save"));
    m_hint->setObjectName(QStringLiteral("mappingHintLabel"));
    m_hint->setWordWrap(true);
    for (ParticipantField field : participantfields::all()) {
        auto *combo = new QComboBox(this);
        combo->setObjectName(participantfields::key(field) + QStringLiteral("ComboBox"));
        m_combos.insert(field, combo);
        m_form->addRow(participantfields::displayName(field) + QLatin1Char(':'), combo);
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            updateHint();
            emit completeChanged();
        });
    }
    m_form->addRow(tr("&Save this mapping as:"), m_saveAs);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_hint);
    layout->addStretch(1);
}

void ImportMappingPage::initializePage()
{
    const QStringList header = m_state.preview.header;
    const ImportMapping start = ParticipantImporter(m_state.db).mappingFor(header);
    for (auto it = m_combos.begin(); it != m_combos.end(); ++it) {
        QComboBox *combo = it.value();
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(tr("(not in the file)"), QString());
        for (const QString &heading : header)
            combo->addItem(heading.trimmed(), heading.trimmed());
        const QString chosen = start.columns.value(participantfields::key(it.key()));
        combo->setCurrentIndex(qMax(0, combo->findData(chosen)));
    }
    m_saveAs->setText(start.isStored() ? start.name : QString());
    updateHint();
}

QString ImportMappingPage::headingFor(ParticipantField field) const
{
    return m_combos.value(field)->currentData().toString();
}

bool ImportMappingPage::isComplete() const
{
    const bool named = !headingFor(ParticipantField::FullName).isEmpty()
        || !headingFor(ParticipantField::LastName).isEmpty();
    const bool schooled = !headingFor(ParticipantField::SchoolUrn).isEmpty()
        || !headingFor(ParticipantField::SchoolName).isEmpty();
    return named && schooled;
}

void ImportMappingPage::updateHint()
{
    QStringList missing;
    if (headingFor(ParticipantField::FullName).isEmpty()
        && headingFor(ParticipantField::LastName).isEmpty())
        missing << tr("a column with the names (full name, or last name)");
    if (headingFor(ParticipantField::SchoolUrn).isEmpty()
        && headingFor(ParticipantField::SchoolName).isEmpty())
        missing << tr("a column with the schools (URN or name)");
    m_hint->setText(missing.isEmpty() ? QString()
                                      : tr("Still needed: %1.").arg(missing.join(tr("; "))));
}

bool ImportMappingPage::validatePage()
{
    m_state.mapping = {};
    m_state.mapping.kind = participantfields::kMappingKind;
    for (auto it = m_combos.cbegin(); it != m_combos.cend(); ++it) {
        const QString heading = headingFor(it.key());
        if (!heading.isEmpty())
            m_state.mapping.columns.insert(participantfields::key(it.key()), heading);
    }
    m_state.saveMappingAs = m_saveAs->text().trimmed();
    m_state.schoolChoices.clear();
    return true;
}

} // namespace hubreg::ui
