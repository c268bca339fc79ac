#pragma once

#include "common/EditTargets.h"

#include <QWidget>

namespace hubreg::ui {

class SchoolFinder;
class Workspace;

// The Schools screen: the whole school register, searched and filtered in SQL, with a school
// opened by Enter or double-click and schools GIAS does not list yet added by hand.
class SchoolsPage : public QWidget, public Searchable
{
    Q_OBJECT

public:
    explicit SchoolsPage(Workspace &workspace, QWidget *parent = nullptr);

    SchoolFinder *finder() const { return m_finder; }
    void focusSearch() override;
    void addSchool();
    void openCurrent();

private:
    Workspace &m_workspace;
    SchoolFinder *m_finder;
};

} // namespace hubreg::ui
