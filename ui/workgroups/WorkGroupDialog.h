#pragma once

#include "domain/WorkGroup.h"

#include <QDialog>

#include <optional>

namespace hubreg {
class Database;
}

namespace hubreg::ui {

class FormValidator;
class WorkGroupForm;
class Workspace;

// Creates a Work Group: its code, programme, year, Lead, status and capacity.
class WorkGroupDialog : public QDialog
{
    Q_OBJECT

public:
    WorkGroupDialog(Database &db, const std::optional<WorkGroup> &existing,
                    QWidget *parent = nullptr);

    std::optional<WorkGroup> prepareWorkGroup(Workspace &workspace) const;
    WorkGroupForm *form() const { return m_form; }
    FormValidator *validator() const { return m_validator; }

private:
    FormValidator *m_validator;
    WorkGroupForm *m_form;
};

} // namespace hubreg::ui
