#include "ExchangeActions.h"

#include "ImportPreviewDialog.h"
#include "PassphraseDialog.h"
#include "SendToLeadDialog.h"
#include "common/Prompter.h"
#include "common/WaitCursor.h"
#include "common/Workspace.h"
#include "database/Clock.h"
#include "database/Database.h"
#include "database/StoreError.h"
#include "exchange/ExchangeError.h"
#include "exchange/ExchangeIdentity.h"
#include "exchange/HubMerge.h"
#include "exchange/HubPackWriter.h"
#include "exchange/LeadUpdate.h"
#include "exchange/PackOpener.h"
#include "exchange/ReturnPackWriter.h"
#include "mainwindow/MainWindow.h"

#include <QAction>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStatusBar>

namespace hubreg::ui {

namespace {

QString packFilter()
{
    return ExchangeActions::tr("HubRegister packs (*.hubpack);;All files (*)");
}

QString fileFilter()
{
    return ExchangeActions::tr("HubRegister files (*.sqlite *.hubregister);;All files (*)");
}

QString safeName(QString text)
{
    text.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]+")), QStringLiteral("-"));
    return text.toLower();
}

} // namespace

ExchangeActions::ExchangeActions(MainWindow &window)
    : QObject(&window)
    , m_window(window)
    , m_menu(new QMenu(tr("E&xchange"), &window))
    , m_copyLabel(new QLabel(&window))
{
    m_menu->setObjectName(QStringLiteral("exchangeMenu"));
    m_sendToLead = m_menu->addAction(tr("Send to &Lead…"), this, &ExchangeActions::sendToLead);
    m_sendToLead->setObjectName(QStringLiteral("sendToLeadAction"));
    m_importFromLead
        = m_menu->addAction(tr("&Import from Lead…"), this, &ExchangeActions::importFromLead);
    m_importFromLead->setObjectName(QStringLiteral("importFromLeadAction"));
    m_sendToHub = m_menu->addAction(tr("Send to &Hub…"), this, &ExchangeActions::sendToHub);
    m_sendToHub->setObjectName(QStringLiteral("sendToHubAction"));
    m_openPack
        = m_menu->addAction(tr("&Open Pack from Hub…"), this, &ExchangeActions::openPackFromHub);
    m_openPack->setObjectName(QStringLiteral("openPackFromHubAction"));
    // In the File menu after the returns: the exchange is the other way data leaves the file.
    if (auto *file = window.menuBar()->findChild<QMenu *>(QStringLiteral("fileMenu"))) {
        const QList<QAction *> actions = file->actions();
        QAction *before = nullptr;
        for (int i = 0; i + 1 < actions.size(); ++i)
            if (actions.at(i)->objectName() == QLatin1String("exportReturnAction"))
                before = actions.at(i + 1);
        file->insertMenu(before, m_menu);
        connect(file, &QMenu::aboutToShow, this, &ExchangeActions::refresh);
    }
    m_copyLabel->setObjectName(QStringLiteral("leadCopyLabel"));
    window.statusBar()->addPermanentWidget(m_copyLabel);
    connect(&window, &MainWindow::databaseOpened, this, &ExchangeActions::refresh);
    refresh();
}

ExchangeActions::~ExchangeActions() = default;

void ExchangeActions::refresh()
{
    Database &db = m_window.database();
    std::optional<ExchangeIdentity> identity;
    try {
        identity = ExchangeIdentityStore(db).load();
    } catch (const StoreError &) {
        // A damaged or foreign file shows no exchange; the window says what is wrong with it.
    }
    const bool lead = identity && identity->isLead();
    m_sendToLead->setVisible(!lead);
    m_importFromLead->setVisible(!lead);
    m_sendToHub->setVisible(lead);
    m_openPack->setVisible(lead || !identity);
    const bool mayChange = m_window.workspace().may(AccessRights::Action::ChangeHub);
    for (QAction *action : m_menu->actions())
        action->setEnabled(mayChange);
    m_copyLabel->setVisible(lead);
    if (lead) {
        const QString when = identity->lastExchangeAt.isValid()
            ? identity->lastExchangeAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"))
            : tr("never");
        m_copyLabel->setText(tr("<b>Lead's copy</b> of %1 · last exchanged %2")
                                 .arg(identity->hubName.toHtmlEscaped(), when));
        m_copyLabel->setToolTip(tr("This file is a Work Group Lead's copy of %1's records. Send "
                                   "your changes with File > Exchange > Send to Hub…")
                                    .arg(identity->hubName));
    }
}

bool ExchangeActions::refuseReadOnly(const QString &title)
{
    const Workspace &workspace = m_window.workspace();
    if (workspace.may(AccessRights::Action::ChangeHub))
        return false;
    Prompter::warning(&m_window, title,
                      m_window.database().isReadOnly()
                          ? tr("This file is open read-only, so it takes no pack.")
                          : workspace.rights().whyNot(AccessRights::Action::ChangeHub));
    return true;
}

std::optional<packcrypto::KeySet> ExchangeActions::unlock(const ExchangeIdentity &identity)
{
    const std::optional<QString> passphrase = PassphraseDialog::ask(
        &m_window, PassphraseDialog::Kind::Existing,
        identity.isHub() ? tr("The Hub's Exchange Passphrase") : tr("Your Copy's Passphrase"),
        identity.isHub() ? tr("Type the hub's exchange passphrase: it opens the hub's keys.")
                         : tr("Type the passphrase you chose for this copy's keys."));
    if (!passphrase)
        return std::nullopt;
    try {
        const WaitCursor wait;
        return ExchangeIdentityStore::unlock(identity, *passphrase);
    } catch (const ExchangeError &error) {
        Prompter::warning(&m_window, tr("Exchange"), error.message());
        return std::nullopt;
    }
}

void ExchangeActions::sendToLead()
{
    if (refuseReadOnly(tr("Send to Lead")))
        return;
    auto *dialog = new SendToLeadDialog(m_window.database(), &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        makeLeadPack(dialog->leadEmail(), dialog->workGroupCodes(), dialog->newKeys());
    });
    dialog->open();
}

void ExchangeActions::makeLeadPack(const QString &email, const QStringList &codes, bool newKeys)
{
    Database &db = m_window.database();
    HubPackRequest request;
    request.leadEmail = email;
    request.workGroupCodes = codes;
    request.newKeys = newKeys;
    HubPackWriter writer(db);
    HubPackPlan plan;
    try {
        plan = writer.plan(request);
    } catch (const ExchangeError &error) {
        Prompter::warning(&m_window, tr("Send to Lead"), error.message());
        return;
    }
    const QString path = Prompter::saveFileName(
        &m_window, tr("Save the Pack for %1").arg(plan.leadName),
        QDir::home().filePath(
            QStringLiteral("%1-%2.hubpack")
                .arg(safeName(plan.leadName), db.clock().today().toString(Qt::ISODate))),
        packFilter());
    if (path.isEmpty())
        return;
    try {
        std::optional<ExchangeIdentity> identity = ExchangeIdentityStore(db).load();
        std::optional<packcrypto::KeySet> keys;
        if (!identity) {
            const std::optional<QString> passphrase = PassphraseDialog::ask(
                &m_window, PassphraseDialog::Kind::New, tr("The Hub's Exchange Passphrase"),
                tr("This is the hub's first pack. Choose the passphrase that will protect the "
                   "hub's keys; every pack made or imported asks for it. Keep it safe: it "
                   "cannot be recovered."));
            if (!passphrase)
                return;
            const WaitCursor wait;
            identity = ExchangeIdentityStore(db).createHub(
                HubPackWriter::hubNameFor(db), *passphrase, packcrypto::PasswordCost::moderate(),
                packcrypto::makeKeys());
            keys = ExchangeIdentityStore::unlock(*identity, *passphrase);
        } else {
            keys = unlock(*identity);
            if (!keys)
                return;
        }
        const WaitCursor wait;
        const HubPackResult result = writer.write(request, *keys, path);
        refresh();
        if (result.firstPack)
            Prompter::information(
                &m_window, tr("Tell %1 the Code").arg(result.leadName),
                tr("This is %1's first pack, saved as “%2”.\n\nTell them this "
                   "code by phone, never by email or with the pack:\n\n%3")
                    .arg(result.leadName, QFileInfo(path).fileName(), result.code));
        else
            m_window.statusBar()->showMessage(
                tr("Pack %1 for %2 (%3) saved as “%4”.")
                    .arg(result.seq)
                    .arg(result.leadName, result.workGroupCodes.join(QStringLiteral(", ")),
                         QDir::toNativeSeparators(path)),
                12000);
    } catch (const ExchangeError &error) {
        Prompter::warning(&m_window, tr("Send to Lead"), error.message());
    } catch (const StoreError &error) {
        Prompter::warning(&m_window, tr("Send to Lead"), error.message());
    }
}

void ExchangeActions::importFromLead()
{
    if (refuseReadOnly(tr("Import from Lead")))
        return;
    Database &db = m_window.database();
    const QString path
        = Prompter::openFileName(&m_window, tr("Import from Lead"), QDir::homePath(), packFilter());
    if (path.isEmpty())
        return;
    try {
        const PackEnvelope envelope = PackOpener::inspect(path);
        PackOpener::checkAddressee(db, envelope);
        const std::optional<packcrypto::KeySet> keys = unlock(ExchangeIdentityStore(db).require());
        if (!keys)
            return;
        auto merge = std::make_unique<HubMerge>(db, PackOpener::open(db, envelope, *keys));
        auto *dialog = new ImportPreviewDialog(std::move(merge), path, &m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ImportPreviewDialog::imported, this, [this](const ExchangeReport &report) {
            refresh();
            m_window.statusBar()->showMessage(tr("Imported return %1 from %2: %3")
                                                  .arg(report.seq)
                                                  .arg(report.from, report.summary()),
                                              12000);
        });
        dialog->open();
    } catch (const ExchangeError &error) {
        Prompter::warning(&m_window, tr("Import from Lead"), error.message());
    } catch (const StoreError &error) {
        Prompter::warning(&m_window, tr("Import from Lead"), error.message());
    }
}

void ExchangeActions::sendToHub()
{
    if (refuseReadOnly(tr("Send to Hub")))
        return;
    Database &db = m_window.database();
    try {
        const ExchangeIdentity identity = ExchangeIdentityStore(db).require();
        const int pending = ReturnPackWriter(db).pendingChanges();
        if (pending == 0) {
            Prompter::information(&m_window, tr("Send to Hub"),
                                  tr("Nothing has changed since the hub last acknowledged your "
                                     "changes, so there is nothing to send."));
            return;
        }
        const QString path = Prompter::saveFileName(
            &m_window, tr("Save the Return for %1").arg(identity.hubName),
            QDir::home().filePath(QStringLiteral("return-%1-%2.hubpack")
                                      .arg(identity.nextSeq)
                                      .arg(db.clock().today().toString(Qt::ISODate))),
            packFilter());
        if (path.isEmpty())
            return;
        const std::optional<packcrypto::KeySet> keys = unlock(identity);
        if (!keys)
            return;
        const WaitCursor wait;
        const ReturnPackResult result = ReturnPackWriter(db).write(*keys, path);
        refresh();
        m_window.statusBar()->showMessage(
            tr("Return %1 saved as “%2”: %3 changes for %4. Send it to the hub.")
                .arg(result.seq)
                .arg(QDir::toNativeSeparators(path))
                .arg(result.changes)
                .arg(identity.hubName),
            12000);
    } catch (const ExchangeError &error) {
        Prompter::warning(&m_window, tr("Send to Hub"), error.message());
    } catch (const StoreError &error) {
        Prompter::warning(&m_window, tr("Send to Hub"), error.message());
    }
}

void ExchangeActions::openPackFromHub()
{
    if (refuseReadOnly(tr("Open Pack from Hub")))
        return;
    const QString path = Prompter::openFileName(&m_window, tr("Open Pack from Hub"),
                                                QDir::homePath(), packFilter());
    if (path.isEmpty())
        return;
    Database &db = m_window.database();
    try {
        const PackEnvelope envelope = PackOpener::inspect(path);
        const bool first = envelope.header.protection == PackProtection::Code;
        if (first && !ExchangeIdentityStore(db).load()) {
            // A first pack makes a copy: here when this file is empty, else in a new file.
            try {
                PackOpener::checkAddressee(db, envelope);
                openPackInto(db, path, false);
                return;
            } catch (const ExchangeError &error) {
                if (error.kind() != ExchangeError::Kind::NotForThisFile)
                    throw;
            }
            const QString copy = Prompter::saveFileName(
                &m_window, tr("Save Your Copy of %1").arg(envelope.header.hubName),
                QDir::home().filePath(
                    QStringLiteral("%1.sqlite").arg(safeName(envelope.header.hubName))),
                fileFilter());
            if (copy.isEmpty())
                return;
            if (QFileInfo::exists(copy) && QFileInfo(copy).size() > 0) {
                Prompter::warning(&m_window, tr("Open Pack from Hub"),
                                  tr("“%1” already exists; choose a new name for your copy.")
                                      .arg(QDir::toNativeSeparators(copy)));
                return;
            }
            m_newCopy = Database::open(copy);
            openPackInto(*m_newCopy, path, true);
            return;
        }
        openPackInto(db, path, false);
    } catch (const ExchangeError &error) {
        Prompter::warning(&m_window, tr("Open Pack from Hub"), error.message());
    } catch (const StoreError &error) {
        Prompter::warning(&m_window, tr("Open Pack from Hub"), error.message());
    }
}

void ExchangeActions::openPackInto(Database &db, const QString &path, bool newCopy)
{
    // A new copy that is not taken in is not left behind.
    auto abandon = [this, newCopy] {
        if (!newCopy || !m_newCopy)
            return;
        const QString file = m_newCopy->path();
        m_newCopy.reset();
        for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::remove(file + suffix);
    };
    try {
        const PackEnvelope envelope = PackOpener::inspect(path);
        PackOpener::checkAddressee(db, envelope);
        std::unique_ptr<LeadUpdate> update;
        if (envelope.header.protection == PackProtection::Code) {
            const std::optional<QString> code = PassphraseDialog::ask(
                &m_window, PassphraseDialog::Kind::Code, tr("The Code from the Hub"),
                tr("Type the code %1 told you by phone.").arg(envelope.header.hubName));
            if (!code)
                return abandon();
            PackContent content = [&] {
                const WaitCursor wait;
                return PackOpener::openWithCode(envelope, *code);
            }();
            const std::optional<QString> passphrase = PassphraseDialog::ask(
                &m_window, PassphraseDialog::Kind::New, tr("A Passphrase for Your Copy"),
                tr("Choose a passphrase to protect this copy's keys: sending to and opening "
                   "packs from the hub ask for it. It cannot be recovered."));
            if (!passphrase)
                return abandon();
            update = std::make_unique<LeadUpdate>(db, std::move(content));
            update->setPassphrase(*passphrase, packcrypto::PasswordCost::moderate());
        } else {
            const std::optional<packcrypto::KeySet> keys
                = unlock(ExchangeIdentityStore(db).require());
            if (!keys)
                return;
            update = std::make_unique<LeadUpdate>(db, PackOpener::open(db, envelope, *keys));
        }
        auto *dialog = new ImportPreviewDialog(std::move(update), path, &m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ImportPreviewDialog::imported, this,
                [this, newCopy](const ExchangeReport &report) {
                    if (newCopy && m_newCopy)
                        m_window.switchDatabase(std::move(m_newCopy));
                    refresh();
                    m_window.statusBar()->showMessage(tr("Opened pack %1 from %2: %3")
                                                          .arg(report.seq)
                                                          .arg(report.from, report.summary()),
                                                      12000);
                });
        connect(dialog, &QDialog::rejected, this, abandon);
        dialog->open();
    } catch (const ExchangeError &error) {
        abandon();
        Prompter::warning(&m_window, tr("Open Pack from Hub"), error.message());
    } catch (const StoreError &error) {
        abandon();
        Prompter::warning(&m_window, tr("Open Pack from Hub"), error.message());
    }
}

} // namespace hubreg::ui
