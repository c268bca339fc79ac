#pragma once

#include <QWizardPage>

class QLabel;
class QTableWidget;

namespace hubreg::ui {

class HeldPeoplePanel;
class NewSchoolsPanel;
struct ParticipantImportState;

// Step 3: what the import would do, worked out by a dry run: counts, rejected rows with their
// reasons and places, schools to choose where a name could mean several, what to do with each
// person already held (HeldPeoplePanel), and the schools it would bring into the Work Group
// with their warnings and reasons (NewSchoolsPanel). Finishing asks first when schools would
// join, then runs the import itself.
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
    HeldPeoplePanel *m_held;
    NewSchoolsPanel *m_newSchools;
    QTableWidget *m_issues;
    bool m_checked = false;
};

} // namespace hubreg::ui
