#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QTableWidget;

namespace hubreg::ui {

struct ParticipantImportState;

// Step 3: what the import would do, worked out by a dry run: counts, rejected rows with their
// reasons and places, schools to choose where a name could mean several, and what to do with
// people already held. Finishing runs the import itself.
class ImportCheckPage : public QWizardPage
{
    Q_OBJECT

public:
    ImportCheckPage(ParticipantImportState &state, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // Runs the dry run again with the current choices.
    void check();

private:
    void showIssues();

    ParticipantImportState &m_state;
    QLabel *m_summary;
    QComboBox *m_duplicates;
    QTableWidget *m_issues;
    bool m_checked = false;
};

} // namespace hubreg::ui
