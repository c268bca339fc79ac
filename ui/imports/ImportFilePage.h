#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace hubreg::ui {

struct ParticipantImportState;

// Step 1: the file and the Work Group, with the file's first rows as HubRegister reads them.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT

public:
    ImportFilePage(ParticipantImportState &state, QWidget *parent = nullptr);

    bool isComplete() const override;
    bool validatePage() override;
    void loadFile(const QString &path);

private:
    void browse();
    void fillWorkGroups();

    ParticipantImportState &m_state;
    QLineEdit *m_file;
    QComboBox *m_workGroup;
    QLabel *m_format;
    QLabel *m_problem;
    QTableWidget *m_preview;
};

} // namespace hubreg::ui
