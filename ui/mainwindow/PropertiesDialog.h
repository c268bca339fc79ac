#pragma once

#include <QDialog>

namespace hubreg {
class Database;
}

namespace hubreg::ui {

// File > Properties: where the file is, its size, schema version and what it holds.
class PropertiesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PropertiesDialog(const Database &db, QWidget *parent = nullptr);
};

} // namespace hubreg::ui
