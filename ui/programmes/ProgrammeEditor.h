#pragma once

#include "domain/Programme.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace hubreg {
class Database;
}

namespace hubreg::ui {

class PrerequisiteEditor;
class Workspace;

// The form for one programme: its fields, its prerequisite rule and its completion threshold,
// checked as the user types (Save stays disabled while anything is wrong) and saved as an edit
// that can be undone. Only those who may change the hub may change it.
class ProgrammeEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ProgrammeEditor(Workspace &workspace, QWidget *parent = nullptr);

    // Shows a stored programme, or a new one when its id is 0.
    void setProgramme(const Programme &programme);
    // The programme as the form has it now.
    Programme programme() const;
    bool isModified() const { return m_modified; }
    // What is wrong with the form, one sentence each; empty when it can be saved.
    QStringList problems() const;
    // Saves the form (undoably); reports a refusal and returns false.
    bool save();
    void revert();

    PrerequisiteEditor *prerequisites() const { return m_prerequisites; }

signals:
    void saved(hubreg::RecordId programmeId);
    void modifiedChanged(bool modified);

private:
    void edited();
    void setModified(bool modified);
    void showProblems();
    void refreshCatalogue();

    Workspace &m_workspace;
    Database &m_db;
    Programme m_original;
    bool m_modified = false;
    bool m_loading = false;
    QLabel *m_heading;
    QLineEdit *m_code;
    QLineEdit *m_title;
    QComboBox *m_phase;
    QLineEdit *m_strand;
    QPlainTextEdit *m_description;
    QSpinBox *m_sessions;
    QSpinBox *m_participants;
    QLineEdit *m_guidance;
    QLineEdit *m_roles;
    QSpinBox *m_threshold;
    QCheckBox *m_active;
    PrerequisiteEditor *m_prerequisites;
    QLabel *m_problems;
    QPushButton *m_save;
    QPushButton *m_revert;
};

} // namespace hubreg::ui
