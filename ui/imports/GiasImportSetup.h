#pragma once

#include "GiasImportKind.h"
#include "import/GiasEstablishmentImporter.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace hubreg {
class Database;
}

namespace hubreg::ui {

// The first step of a GIAS import: the file, with how it reads and whether it is the right
// kind, and the options: new schools limited to the hub's local authorities or to open ones,
// what to do with rejected rows, and checking only.
class GiasImportSetup : public QWidget
{
    Q_OBJECT

public:
    GiasImportSetup(Database &db, GiasImportKind kind, QWidget *parent = nullptr);

    void loadFile(const QString &path);
    QString path() const { return m_path; }
    // A file that reads, with the columns this kind of import needs.
    bool isReady() const { return m_ready; }
    bool checkOnly() const;
    // The options chosen (links use the part they share with every import).
    GiasEstablishmentOptions options() const;
    // Keeps the folder and the options for next time (not "check only").
    void remember() const;

signals:
    void readyChanged();
    void checkOnlyChanged();

private:
    void browse();
    void restore();
    QString settingsKey(const char *name) const;

    GiasImportKind m_kind;
    QStringList m_hubArea;
    QString m_path;
    bool m_ready = false;
    QLineEdit *m_file;
    QLabel *m_format;
    QLabel *m_problem;
    QCheckBox *m_hubAreaOnly = nullptr;
    QCheckBox *m_openOnly = nullptr;
    QRadioButton *m_skipRejected;
    QRadioButton *m_importNothing;
    QCheckBox *m_checkOnly;
};

} // namespace hubreg::ui
