#pragma once

#include "WorkGroupTab.h"

class QPushButton;

namespace hubreg::ui {

class FormValidator;
class WorkGroupForm;

// The Work Group's details as a form, saved (and undoable) with Save Changes.
class WorkGroupDetailsTab : public WorkGroupTab
{
    Q_OBJECT

public:
    WorkGroupDetailsTab(Workspace &workspace, RecordId workGroupId, QWidget *parent = nullptr);

    WorkGroupForm *form() const { return m_form; }
    void save();
    void revert();

private:
    void setDirty(bool dirty);

    FormValidator *m_validator;
    WorkGroupForm *m_form;
    QPushButton *m_save;
    QPushButton *m_revert;
    bool m_dirty = false;
};

} // namespace hubreg::ui
