#pragma once

#include "records/HubSettingsStore.h"

#include <QWizard>

namespace hubreg::ui {

class GoalsAndYearsForm;
class HubDetailsForm;
class HubSettingsEdit;
class LocalAuthorityPicker;
class Workspace;

// The first-run setup of a file with no hub: the hub's name and contact, the local authorities
// of its area picked from GIAS's list, then its engagement goals and academic years with their
// half terms. Finishing sets the hub up as one undoable edit; "Load the demo hub instead"
// leaves it to the demo. Everything can be changed later in File > Hub Settings.
class HubSetupWizard : public QWizard
{
    Q_OBJECT

public:
    HubSetupWizard(Workspace &workspace, QWidget *parent = nullptr);

    HubSettingsEdit *edit() const { return m_edit; }
    HubDetailsForm *details() const { return m_details; }
    LocalAuthorityPicker *area() const { return m_area; }
    GoalsAndYearsForm *goalsAndYears() const { return m_goals; }

    void accept() override;

signals:
    void demoRequested();

private:
    Workspace &m_workspace;
    HubSettings m_before;
    HubSettingsEdit *m_edit;
    HubDetailsForm *m_details;
    LocalAuthorityPicker *m_area;
    GoalsAndYearsForm *m_goals;
};

} // namespace hubreg::ui
