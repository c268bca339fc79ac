#pragma once

#include "export/Report.h"

#include <QWidget>

class QListWidget;
class QPushButton;

namespace hubreg::ui {

class ChosenColumnsTable;

// Chooses a return's columns: those it can give on one side, those in the file on the other,
// in order, each under a heading that can be renamed in place. A column group (the register's
// sessions) is one entry whose heading is a pattern for each of its columns.
class ColumnLayoutEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ColumnLayoutEditor(QWidget *parent = nullptr);

    // The report's columns and groups, and its default layout (for the groups' heading
    // patterns and Back to Default). The chosen columns stay as they are.
    void setReport(const QList<ReportColumn> &columns, const QStringList &groups,
                   const QList<ExportColumn> &defaultLayout);
    void setLayout(const QList<ExportColumn> &layout);
    QList<ExportColumn> layout() const;

signals:
    void layoutChanged();

private:
    struct Choice
    {
        QString key;
        QString defaultHeading;
        QString description;
    };
    // Every column and group that can be chosen, in the report's order.
    QList<Choice> choices() const;
    Choice choiceFor(const QString &key) const;
    void refreshAvailable();
    void updateButtons();
    void addChosen();
    void removeChosen();
    void move(int by);
    void editHeading();
    void resetToDefault();
    void insertChosen(int row, const ExportColumn &column);

    QList<ReportColumn> m_columns;
    QStringList m_groups;
    QList<ExportColumn> m_defaultLayout;
    QListWidget *m_available;
    ChosenColumnsTable *m_chosen;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_heading;
    QPushButton *m_reset;
};

} // namespace hubreg::ui
