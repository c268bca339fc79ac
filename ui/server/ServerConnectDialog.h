#pragma once

#include <QDialog>
#include <QPointer>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace hubreg {
class Database;
class ServerAddress;
} // namespace hubreg

namespace hubreg::ui {

class FormValidator;

// File > Connect to Hub Server: host, port, database, user, TLS mode and password of a hub on a
// PostgreSQL server, or one of the servers used before. Connect opens the hub as
// `--database postgresql://…` does, with the password typed here, else the one kept in the
// system keyring, else none (libpq then reads ~/.pgpass or a service file). The server is waited
// for without holding the window, and Cancel stops waiting. A refusal is shown in the dialog,
// which stays open with what was typed; on success the dialog is accepted and takeDatabase()
// hands the open hub over.
class ServerConnectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ServerConnectDialog(QWidget *parent = nullptr);
    ~ServerConnectDialog() override;

    // Fills the fields from a server address (one of the recent servers).
    void setAddress(const QString &address);
    // The server the fields name (never with a password).
    ServerAddress address() const;
    // Opens the hub the fields name (the Connect button).
    void connectToServer();
    // The hub opened by Connect, once the dialog is accepted.
    std::unique_ptr<Database> takeDatabase();

    void reject() override;

private:
    enum class PasswordFrom { Typed, Keyring, Nowhere };

    void buildForm();
    void updateTlsFields();
    void chooseRootCertificate();
    bool namesAServer() const;
    void forgetSavedPassword();
    void openHub(const QString &password, PasswordFrom from);
    void openReachedHub(const ServerAddress &server, const QString &password, PasswordFrom from);
    void keepPassword(const ServerAddress &server, const QString &password);
    void setBusy(bool busy, const QString &message = {});
    QString hostProblem() const;
    QString databaseProblem() const;
    QString userProblem() const;
    QString rootCertificateProblem() const;

    QComboBox *m_recent;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QComboBox *m_tlsMode;
    QLineEdit *m_rootCertificate;
    QPushButton *m_browse;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QPushButton *m_forget;
    QLabel *m_keyringLabel;
    QLabel *m_message;
    QPushButton *m_connect;
    FormValidator *m_validator;
    // The keyring read or the try at the server under way: deleting it drops its answer.
    QPointer<QObject> m_pending;
    std::unique_ptr<Database> m_db;
};

} // namespace hubreg::ui
