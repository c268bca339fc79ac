#pragma once

#include "domain/EligibilityRule.h"
#include "domain/Programme.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace hubreg::ui {

// Edits a programme's prerequisite rule as a tree: "all of" / "any of" groups holding conditions
// (took part in / has not taken part in chosen programmes, has a Mastery Specialist, has a
// recorded barrier). The top of the tree is always a group; any group with a single condition is
// saved as that condition, and an empty top group as "open to every school".
class PrerequisiteEditor : public QWidget
{
    Q_OBJECT

public:
    explicit PrerequisiteEditor(QWidget *parent = nullptr);

    // The programmes the pickers offer.
    void setCatalogue(const QList<Programme> &programmes);
    void setRule(const EligibilityRule &rule);
    EligibilityRule rule() const;
    // What stops the rule being saved, or an empty string.
    QString problem() const;

    QTreeWidget *tree() const { return m_tree; }

signals:
    void changed();

private:
    void addCondition(EligibilityRule::Kind kind);
    void removeCurrent();
    void showDetails();
    void groupKindChosen();
    void programmesChosen();
    void refreshTexts();
    void itemsChanged();
    QTreeWidgetItem *makeItem(const EligibilityRule &rule);
    EligibilityRule ruleOf(const QTreeWidgetItem *item) const;
    QString problemIn(const QTreeWidgetItem *item) const;

    QTreeWidget *m_tree;
    QToolButton *m_add;
    QPushButton *m_remove;
    QStackedWidget *m_details;
    QComboBox *m_groupKind;
    QListWidget *m_programmes;
    QLabel *m_plain;
    QLabel *m_summary;
    bool m_updating = false;
};

} // namespace hubreg::ui
