#include "ParticipantImportWizard.h"

#include "ImportCheckPage.h"
#include "ImportFilePage.h"
#include "ImportMappingPage.h"

namespace hubreg::ui {

ParticipantImportWizard::ParticipantImportWizard(Database &db, QWidget *parent)
    : QWizard(parent)
    , m_state(db)
{
    setObjectName(QStringLiteral("participantImportWizard"));
    setWindowTitle(tr("Import Participants"));
    setOption(QWizard::NoBackButtonOnLastPage, false);
    addPage(new ImportFilePage(m_state, this));
    addPage(new ImportMappingPage(m_state, this));
    addPage(new ImportCheckPage(m_state, this));
}

ParticipantImportWizard::~ParticipantImportWizard() = default;

} // namespace hubreg::ui
