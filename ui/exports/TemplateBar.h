#pragma once

#include "access/AccessRights.h"
#include "domain/ExportTemplate.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace hubreg {
class Database;
}

namespace hubreg::ui {

// The saved layouts of one return: choose one (or the default layout), keep the columns being
// edited under a name (asking before replacing one), or delete one.
class TemplateBar : public QWidget
{
    Q_OBJECT

public:
    // `currentLayout` gives the columns to keep when the user saves.
    TemplateBar(Database &db, std::function<QList<ExportColumn>()> currentLayout,
                QWidget *parent = nullptr);

    // Lists the report's templates and chooses the default layout.
    void setReport(ReportKind kind);
    // The template chosen, or empty for the default layout.
    QString currentName() const;

signals:
    // A template was chosen; an empty layout means the report's default layout.
    void layoutChosen(const QList<ExportColumn> &layout);

private:
    void reload(const QString &select);
    void chosen();
    void save();
    void remove();
    void updateButtons();

    Database &m_db;
    std::function<QList<ExportColumn>()> m_currentLayout;
    ReportKind m_kind = ReportKind::Participants;
    QList<ExportTemplate> m_templates;
    QComboBox *m_choice;
    QPushButton *m_delete;
    QLineEdit *m_name;
    QPushButton *m_save;
    // Templates are the hub's: a Lead or a reader chooses one but does not change them.
    const AccessRights m_rights;
};

} // namespace hubreg::ui
