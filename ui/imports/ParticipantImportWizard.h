#pragma once

#include "ParticipantImportState.h"

#include <QWizard>

namespace hubreg::ui {

class ImportCheckPage;
class ImportFilePage;
class ImportMappingPage;

// Imports a participant list into a Work Group: pick the file and see its first rows, map its
// columns (remembered by header), check what would happen (schools to choose, people already
// held), then import it all in one transaction.
class ParticipantImportWizard : public QWizard
{
    Q_OBJECT

public:
    explicit ParticipantImportWizard(Database &db, QWidget *parent = nullptr);
    ~ParticipantImportWizard() override;

    // The report of the import once finished (or of the last check before).
    const ImportReport &report() const { return m_state.report; }

private:
    ParticipantImportState m_state;
};

} // namespace hubreg::ui
