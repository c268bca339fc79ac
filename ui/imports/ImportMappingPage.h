#pragma once

#include "import/ParticipantFields.h"

#include <QHash>
#include <QWizardPage>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace hubreg::ui {

struct ParticipantImportState;

// Step 2: which column holds which field, starting from the mapping saved for this header or a
// guess, with the option to save it for next time.
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT

public:
    ImportMappingPage(ParticipantImportState &state, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    QString headingFor(ParticipantField field) const;
    void updateHint();

    ParticipantImportState &m_state;
    QFormLayout *m_form;
    QHash<ParticipantField, QComboBox *> m_combos;
    QLineEdit *m_saveAs;
    QLabel *m_hint;
};

} // namespace hubreg::ui
