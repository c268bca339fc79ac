#include "TakeRegisterTab.h"

#include "FutureRegisterCheck.h"
#include "MarkKeys.h"
#include "RegisterPrinter.h"
#include "TakeRegisterModel.h"
#include "commands/AttendanceCommands.h"
#include "common/DateFields.h"
#include "common/FileNames.h"
#include "common/FlowLayout.h"
#include "common/KeyGuards.h"
#include "common/Prompter.h"
#include "common/ViewSettings.h"
#include "common/Workspace.h"
#include "database/Clock.h"
#include "database/Database.h"
#include "domain/Validation.h"
#include "history/RecordHistoryDialog.h"
#include "records/SessionStore.h"
#include "records/WorkGroupStore.h"
#include "workgroups/ParticipantDialog.h"

#include <QAbstractItemDelegate>
#include <QAbstractItemView>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace hubreg::ui {

TakeRegisterTab::TakeRegisterTab(Workspace &workspace, RecordId workGroupId, QWidget *parent)
    : WorkGroupTab(workspace, workGroupId, parent)
    , m_model(new TakeRegisterModel(workspace, this))
    , m_session(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_allPresent(new QPushButton(tr("&Mark Everyone Present"), this))
    , m_print(new QPushButton(tr("Print Sig&n-in Sheet…"), this))
    , m_pdf(new QPushButton(tr("Sign-in Sheet as P&DF…"), this))
    , m_lateArrival(new QPushButton(tr("&Add a Late Arrival…"), this))
    , m_markHistory(new QPushButton(tr("Mark Histor&y…"), this))
{
    setObjectName(QStringLiteral("takeRegisterTab"));
    m_session->setObjectName(QStringLiteral("sessionComboBox"));
    m_table->setObjectName(QStringLiteral("takeRegisterTableView"));
    m_summary->setObjectName(QStringLiteral("registerSummaryLabel"));
    m_allPresent->setObjectName(QStringLiteral("markAllPresentPushButton"));
    m_print->setObjectName(QStringLiteral("printSignInPushButton"));
    m_pdf->setObjectName(QStringLiteral("saveSignInPdfPushButton"));
    m_lateArrival->setObjectName(QStringLiteral("lateArrivalPushButton"));
    m_markHistory->setObjectName(QStringLiteral("markHistoryPushButton"));
    m_markHistory->setToolTip(tr("Who made and changed the chosen participant's mark, and when"));
    m_lateArrival->setToolTip(tr("Add someone who came to this session but is not on its list: "
                                 "they join the Work Group from this session, marked present"));
    m_table->setAccessibleName(tr("Register of the session"));
    m_table->setAccessibleDescription(
        tr("One row per participant; type a mark's letter in the Mark column"));
    // A long session title does not hold the window wide: the list shows it whole.
    m_session->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_session->setMinimumContentsLength(24);
    m_session->view()->setTextElideMode(Qt::ElideNone);
    openListOnArrowKeys(m_session);

    m_table->setModel(m_model);
    setUpTable(m_table);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->setColumnWidth(TakeRegisterModel::School, 220);
    m_table->setColumnWidth(TakeRegisterModel::Name, 180);
    m_table->setColumnWidth(TakeRegisterModel::Mark, 140);
    m_table->setColumnWidth(TakeRegisterModel::Substitute, 160);
    m_table->horizontalHeader()->setStretchLastSection(true);
    new MarkKeys(
        m_table,
        [this](const QModelIndex &index, std::optional<AttendanceMark> mark) {
            return setMark(index, mark);
        },
        [this](const QModelIndex &index) {
            const auto session = m_model->session();
            return index.column() <= TakeRegisterModel::Mark && session
                && session->status != SessionStatus::Cancelled;
        });

    auto *sessionLabel = new QLabel(tr("&Session:"), this);
    sessionLabel->setBuddy(m_session);
    // The session, the summary and the buttons wrap on a narrow window.
    auto *top = new FlowLayout;
    top->addLabelled(sessionLabel, m_session);
    top->addWidget(m_summary);
    top->addStretch();
    top->addWidget(m_allPresent);
    top->addWidget(m_lateArrival);
    auto *legend = new QLabel(
        tr("Keys: P present · L late · E left early · S substitute (then type who came) · "
           "A apologies · X absent · N not expected · Delete clears. Type in Note to add one. "
           "Every mark is saved at once."),
        this);
    legend->setWordWrap(true);
    auto *bottom = new FlowLayout;
    bottom->addWidget(legend);
    bottom->addWidget(m_markHistory);
    bottom->addWidget(m_print);
    bottom->addWidget(m_pdf);
    legend->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    legend->setMinimumWidth(260);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);
    // Tab follows the screen: the top row, the register, then the printing buttons.
    setTabOrder(m_session, m_allPresent);
    setTabOrder(m_allPresent, m_lateArrival);
    setTabOrder(m_lateArrival, m_table);
    setTabOrder(m_table, m_markHistory);
    setTabOrder(m_markHistory, m_print);
    setTabOrder(m_print, m_pdf);

    connect(m_session, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setSession(m_session->currentData().toLongLong());
        if (m_model->rowCount() > 0)
            m_table->setCurrentIndex(m_model->index(0, TakeRegisterModel::Mark));
    });
    connect(m_model, &TakeRegisterModel::markEditRequested, this,
            [this](RecordId participant, const AttendanceRecord &record) {
                const QString name
                    = m_model->index(m_model->rowOf(participant), TakeRegisterModel::Name)
                          .data()
                          .toString();
                setRecord(participant, record, tr("Change %1's mark").arg(name));
            });
    // After typing who came instead, the next person's mark is the next thing to enter.
    connect(
        m_table->itemDelegate(), &QAbstractItemDelegate::closeEditor, this,
        [this](QWidget *, QAbstractItemDelegate::EndEditHint hint) {
            const QModelIndex current = m_table->currentIndex();
            if (hint == QAbstractItemDelegate::RevertModelCache
                || current.column() != TakeRegisterModel::Substitute)
                return;
            const QModelIndex next = m_model->index(current.row() + 1, TakeRegisterModel::Mark);
            m_table->setCurrentIndex(
                next.isValid() ? next : m_model->index(current.row(), TakeRegisterModel::Mark));
        },
        Qt::QueuedConnection);
    connect(m_allPresent, &QPushButton::clicked, this, &TakeRegisterTab::markAllPresent);
    connect(m_print, &QPushButton::clicked, this, &TakeRegisterTab::printSignInSheet);
    connect(m_pdf, &QPushButton::clicked, this, &TakeRegisterTab::saveSignInSheetPdf);
    connect(m_lateArrival, &QPushButton::clicked, this, &TakeRegisterTab::addLateArrival);
    connect(m_markHistory, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentIndex().row();
        const auto mark = m_model->markAt(row);
        if (!mark)
            return;
        const QString name = m_model->index(row, TakeRegisterModel::Name).data().toString();
        RecordHistoryDialog::showHistory(this->workspace(), Entity::AttendanceMark, mark->id,
                                         tr("History of %1's mark").arg(name), this);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TakeRegisterTab::updateSummary);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        m_placeParticipant = m_model->participantAt(current.row());
        m_placeColumn = current.isValid() ? current.column() : int(TakeRegisterModel::Mark);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_model->rowOf(m_placeParticipant);
        if (row >= 0)
            m_table->setCurrentIndex(m_model->index(row, m_placeColumn));
        updateSummary();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TakeRegisterTab::updateSummary);
    connect(&db(), &Database::changed, this, [this](const Change &change) {
        if (change.entity == Entity::Session || change.entity == Entity::WorkGroup)
            reloadSessions();
    });
    reloadSessions();
}

RecordId TakeRegisterTab::sessionId() const
{
    return m_model->sessionId();
}

void TakeRegisterTab::reloadSessions()
{
    const RecordId shown = m_model->sessionId();
    const QDate today = db().clock().today();
    RecordId best = 0;
    const QSignalBlocker blocker(m_session);
    m_session->clear();
    for (const Session &session : SessionStore(db()).list(workGroupId())) {
        const QString when = session.date.isValid() ? validation::formatUkDate(session.date)
                                                    : tr("date to be arranged");
        m_session->addItem(
            tr("%1 — %2 (%3)").arg(session.title, when, displayName(session.status).toLower()),
            session.id);
        // The session of the day, or else the last one before it, is the one to take.
        if (session.status != SessionStatus::Cancelled && session.date.isValid()
            && session.date <= today)
            best = session.id;
        if (best == 0 && session.status == SessionStatus::Planned)
            best = session.id;
    }
    const int index = m_session->findData(shown > 0 ? shown : best);
    m_session->setCurrentIndex(qMax(0, index));
    if (m_session->currentData().toLongLong() != shown) {
        m_model->setSession(m_session->currentData().toLongLong());
        if (m_model->rowCount() > 0)
            m_table->setCurrentIndex(m_model->index(0, TakeRegisterModel::Mark));
    }
    updateSummary();
}

void TakeRegisterTab::showSession(RecordId sessionId)
{
    const int index = m_session->findData(workspace().ids().current(Entity::Session, sessionId));
    if (index >= 0)
        m_session->setCurrentIndex(index);
    m_table->setFocus(Qt::OtherFocusReason);
}

bool TakeRegisterTab::setMark(const QModelIndex &index, std::optional<AttendanceMark> mark)
{
    const RecordId participant = m_model->participantAt(index.row());
    if (participant == 0)
        return false;
    const QString name = m_model->index(index.row(), TakeRegisterModel::Name).data().toString();
    if (mark && !confirmTakingRegister(workspace(), m_model->sessionId(), this))
        return false;
    std::optional<AttendanceRecord> record;
    if (mark) {
        record = m_model->markAt(index.row()).value_or(AttendanceRecord());
        record->mark = *mark;
    }
    const QString text = mark ? tr("Mark %1 %2").arg(name, displayName(*mark).toLower())
                              : tr("Clear %1's mark").arg(name);
    if (!workspace().run(
            new SetMarkCommand(workspace(), m_model->sessionId(), participant, record, text)))
        return false;
    if (mark == AttendanceMark::Substitute) {
        // The next thing to type is who came instead.
        const QModelIndex substitute
            = m_model->index(m_model->rowOf(participant), TakeRegisterModel::Substitute);
        m_table->setCurrentIndex(substitute);
        m_table->edit(substitute);
    }
    return true;
}

void TakeRegisterTab::setRecord(RecordId participantId, const AttendanceRecord &record,
                                const QString &text)
{
    if (!confirmTakingRegister(workspace(), m_model->sessionId(), this))
        return;
    workspace().run(
        new SetMarkCommand(workspace(), m_model->sessionId(), participantId, record, text));
}

void TakeRegisterTab::markAllPresent()
{
    if (!m_model->session())
        return;
    if (m_model->unmarkedCount() == 0) {
        workspace().showError(tr("Mark Everyone Present"),
                              tr("Everyone expected already has a mark."));
        return;
    }
    if (!confirmTakingRegister(workspace(), m_model->sessionId(), this))
        return;
    workspace().run(new MarkAllPresentCommand(workspace(), m_model->sessionId()));
}

void TakeRegisterTab::updateSummary()
{
    int marked = 0;
    int attended = 0;
    int expected = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const auto mark = m_model->markAt(row);
        if (mark) {
            ++marked;
            attended += countsAsAttended(mark->mark) ? 1 : 0;
            expected += countsAsExpected(mark->mark) ? 1 : 0;
        } else if (m_model->isExpectedAt(row)) {
            ++expected;
        }
    }
    const auto session = m_model->session();
    const bool open = session && session->status != SessionStatus::Cancelled
        && workspace().may(AccessRights::Action::TakeRegisters);
    m_allPresent->setEnabled(open);
    m_lateArrival->setEnabled(open);
    m_print->setEnabled(session.has_value());
    m_pdf->setEnabled(session.has_value());
    m_markHistory->setEnabled(m_model->markAt(m_table->currentIndex().row()).has_value());
    if (!session) {
        m_summary->setText(tr("No sessions yet: add them on the Sessions tab."));
        return;
    }
    if (session->status == SessionStatus::Cancelled) {
        m_summary->setText(tr("This session was cancelled: it takes no marks."));
        return;
    }
    m_summary->setText(tr("%1 of %2 marked · %3 attended of %4 expected")
                           .arg(marked)
                           .arg(m_model->rowCount())
                           .arg(attended)
                           .arg(expected));
}

void TakeRegisterTab::printSignInSheet()
{
    if (const RecordId session = m_model->sessionId())
        printing::printWithDialog(printing::signInSheetHtml(db(), session), QPageLayout::Portrait,
                                  this);
}

void TakeRegisterTab::addLateArrival()
{
    const auto session = m_model->session();
    const auto workGroup = WorkGroupStore(db()).find(workGroupId());
    if (!session || !workGroup || session->status == SessionStatus::Cancelled)
        return;
    if (!confirmTakingRegister(workspace(), session->id, this))
        return;
    auto *dialog = new ParticipantDialog(db(), *workGroup, std::nullopt, 0, this);
    dialog->setWindowTitle(tr("Add a Late Arrival to %1").arg(session->title));
    // Expected from this session on, not at the ones held before they came.
    if (session->date.isValid())
        dialog->joinedEdit()->setDate(session->date);
    const RecordId sessionId = session->id;
    connect(dialog, &QDialog::accepted, this, [this, dialog, sessionId] {
        const ParticipantDraft draft = dialog->draft();
        const QString name = draft.person.fullName();
        auto *add = new AddParticipantsCommand(workspace(), { draft }, tr("Add %1").arg(name));
        if (!workspace().run(add))
            return;
        const RecordId participant = add->participantIds().value(0);
        AttendanceRecord present;
        present.mark = AttendanceMark::Present;
        workspace().run(new SetMarkCommand(workspace(), sessionId, participant, present,
                                           tr("Mark %1 present").arg(name)));
        // On their mark, so one key makes it Late instead.
        const int row
            = m_model->rowOf(workspace().ids().current(Entity::ParticipantEnrolment, participant));
        if (row >= 0)
            m_table->setCurrentIndex(m_model->index(row, TakeRegisterModel::Mark));
        m_table->setFocus(Qt::OtherFocusReason);
    });
    dialog->open();
}

bool TakeRegisterTab::saveSignInSheetPdf()
{
    const auto session = m_model->session();
    if (!session)
        return false;
    // The Work Group's code first: a Lead with two groups keeps both groups' sheets.
    const auto workGroup = WorkGroupStore(db()).find(workGroupId());
    const QString suggested = QDir::home().filePath(
        fileNameFrom(tr("%1 Sign-in sheet %2.pdf")
                         .arg(workGroup ? workGroup->code : QString(), session->title)
                         .trimmed()));
    const QString path = Prompter::saveFileName(this, tr("Save Sign-in Sheet as PDF"), suggested,
                                                tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return false;
    if (!printing::savePdf(printing::signInSheetHtml(db(), session->id), path,
                           QPageLayout::Portrait)) {
        workspace().showError(
            tr("Sign-in sheet not saved"),
            tr("The PDF “%1” could not be written.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    return true;
}

} // namespace hubreg::ui
