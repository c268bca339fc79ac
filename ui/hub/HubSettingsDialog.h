#pragma once

#include "records/HubSettingsStore.h"

#include <QDialog>

class QPushButton;
class QTabWidget;

namespace hubreg::ui {

class GoalsAndYearsForm;
class HubDetailsForm;
class HubSettingsEdit;
class LocalAuthorityPicker;
class Workspace;

// File > Hub Settings: the hub's details, its local authorities, its engagement goals and its
// academic years with their half terms, on three tabs, checked beside each field as they are
// edited. Saving makes one undoable edit of everything that changed.
class HubSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    HubSettingsDialog(Workspace &workspace, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    HubSettingsEdit *edit() const { return m_edit; }
    HubDetailsForm *details() const { return m_details; }
    LocalAuthorityPicker *area() const { return m_area; }
    GoalsAndYearsForm *goalsAndYears() const { return m_goals; }
    QPushButton *saveButton() const { return m_save; }

    void accept() override;

private:
    void showProblems();

    Workspace &m_workspace;
    HubSettings m_before;
    HubSettingsEdit *m_edit;
    QTabWidget *m_tabs;
    HubDetailsForm *m_details;
    LocalAuthorityPicker *m_area;
    GoalsAndYearsForm *m_goals;
    QPushButton *m_save;
};

} // namespace hubreg::ui
