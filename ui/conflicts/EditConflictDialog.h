#pragma once

#include <QDialog>

class QTableView;

namespace hubreg {
class FieldMerge;
}

namespace hubreg::ui {

class EditConflictModel;

// Shown when an edit is refused because someone else changed the record since it was opened:
// what they changed and what the edit changed, field by field, with the fields both changed
// to be decided (theirs until the person says otherwise). Save writes the result over what
// is stored now; Cancel writes nothing.
class EditConflictDialog : public QDialog
{
    Q_OBJECT

public:
    EditConflictDialog(FieldMerge &merge, const QString &record, QWidget *parent = nullptr);

    EditConflictModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void chooseSelected(bool yours);

    EditConflictModel *m_model;
    QTableView *m_table;
};

} // namespace hubreg::ui
