#pragma once

#include <QObject>

#include <memory>
#include <optional>

class QAction;
class QLabel;
class QMenu;

namespace hubreg {
class Database;
struct ExchangeIdentity;
namespace packcrypto {
struct KeySet;
}
} // namespace hubreg

namespace hubreg::ui {

class MainWindow;

// File > Exchange: Send to Lead… and Import from Lead… in a hub's file, Send to Hub… and Open
// Pack from Hub… in a Lead's copy; and the line in the status bar that says a file is a Lead's
// copy, of which hub, and when it last exchanged.
class ExchangeActions : public QObject
{
    Q_OBJECT

public:
    explicit ExchangeActions(MainWindow &window);
    ~ExchangeActions() override;

    void sendToLead();
    void importFromLead();
    void sendToHub();
    void openPackFromHub();

    QLabel *copyLabel() const { return m_copyLabel; }
    // Shows the actions this file takes and the Lead's copy line.
    void refresh();

private:
    void makeLeadPack(const QString &email, const QStringList &codes, bool newKeys);
    void openPackInto(Database &db, const QString &path, bool newCopy);
    std::optional<packcrypto::KeySet> unlock(const ExchangeIdentity &identity);
    bool refuseReadOnly(const QString &title);

    MainWindow &m_window;
    QMenu *m_menu;
    QAction *m_sendToLead;
    QAction *m_importFromLead;
    QAction *m_sendToHub;
    QAction *m_openPack;
    QLabel *m_copyLabel;
    // A Lead's copy being made in a new file, until its first pack is taken in.
    std::unique_ptr<Database> m_newCopy;
};

} // namespace hubreg::ui
