#pragma once

#include <QDialog>

namespace hubreg {
class Database;
}

namespace hubreg::ui {

// File > Properties: where the hub is (the file, or the server, database, user and TLS of a
// server's hub), its size, schema version and what it holds.
class PropertiesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PropertiesDialog(const Database &db, QWidget *parent = nullptr);
};

} // namespace hubreg::ui
