#include "RegisterTab.h"

#include "FutureRegisterCheck.h"
#include "MarkKeys.h"
#include "RegisterGridModel.h"
#include "RegisterPrinter.h"
#include "commands/AttendanceCommands.h"
#include "common/FileNames.h"
#include "common/Prompter.h"
#include "common/ViewSettings.h"
#include "common/Workspace.h"
#include "records/AttendanceStore.h"

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace hubreg::ui {

RegisterTab::RegisterTab(Workspace &workspace, RecordId workGroupId, QWidget *parent)
    : WorkGroupTab(workspace, workGroupId, parent)
    , m_model(new RegisterGridModel(workspace, workGroupId, this))
    , m_grid(new QTableView(this))
{
    setObjectName(QStringLiteral("registerTab"));
    m_grid->setObjectName(QStringLiteral("registerGridTableView"));
    m_grid->setAccessibleName(tr("Register"));
    m_grid->setAccessibleDescription(tr("Participants by school down, sessions across; type a "
                                        "mark's letter into a cell"));
    m_grid->setModel(m_model);
    setUpTable(m_grid);
    m_grid->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_grid->setAlternatingRowColors(false);
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_grid->horizontalHeader()->setDefaultSectionSize(56);
    m_grid->horizontalHeader()->setMinimumSectionSize(40);
    m_grid->setColumnWidth(0, 260);
    m_grid->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_grid->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    const auto sizeColumns = [this] {
        m_grid->setColumnWidth(0, qMax(m_grid->columnWidth(0), 260));
        // Fixed, as the sessions' columns are, but never narrower than its heading.
        m_grid->setColumnWidth(
            m_model->attendedColumn(),
            qMax(80, m_grid->horizontalHeader()->sectionSizeHint(m_model->attendedColumn())));
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, sizeColumns);
    sizeColumns();

    new MarkKeys(
        m_grid,
        [this](const QModelIndex &index, std::optional<AttendanceMark> mark) {
            return setMark(index, mark);
        },
        [](const QModelIndex &index) {
            return index.data(RegisterGridModel::EditableRole).toBool();
        });
    // A reset (a session's status changing with its first mark) keeps the cell the user is on.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const QModelIndex current = m_grid->currentIndex();
        m_place = { current.data(RegisterGridModel::ParticipantIdRole).toLongLong(),
                    current.data(RegisterGridModel::SessionIdRole).toLongLong() };
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_model->rowOfParticipant(m_place.first);
        const int column = m_model->columnOfSession(m_place.second);
        if (row >= 0 && column >= 0)
            m_grid->setCurrentIndex(m_model->index(row, column));
    });

    auto *legend = new QLabel(
        tr("Type a mark into a cell: P present · L late · E left early · S substitute · "
           "A apologies · X absent · N not expected · Delete clears. ✓/✗: did the "
           "school attend. – not in the Work Group that day. Greyed sessions were cancelled "
           "and count nowhere."),
        this);
    legend->setWordWrap(true);
    auto *print = new QPushButton(tr("Pri&nt Register…"), this);
    print->setObjectName(QStringLiteral("printRegisterPushButton"));
    print->setToolTip(
        tr("Print the register (%1)")
            .arg(QKeySequence(QKeySequence::Print).toString(QKeySequence::NativeText)));
    auto *pdf = new QPushButton(tr("Save as P&DF…"), this);
    pdf->setObjectName(QStringLiteral("saveRegisterPdfPushButton"));
    connect(print, &QPushButton::clicked, this, &RegisterTab::printRegister);
    connect(pdf, &QPushButton::clicked, this, &RegisterTab::saveRegisterPdf);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(legend, 1);
    buttons->addWidget(print);
    buttons->addWidget(pdf);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_grid, 1);
    layout->addLayout(buttons);
}

bool RegisterTab::setMark(const QModelIndex &index, std::optional<AttendanceMark> mark)
{
    const RecordId participant = index.data(RegisterGridModel::ParticipantIdRole).toLongLong();
    const RecordId session = index.data(RegisterGridModel::SessionIdRole).toLongLong();
    const QString name = m_model->index(index.row(), 0).data().toString().trimmed();
    if (mark && !confirmTakingRegister(workspace(), session, this))
        return false;
    std::optional<AttendanceRecord> record;
    if (mark) {
        record = AttendanceStore(db()).find(session, participant).value_or(AttendanceRecord());
        record->mark = *mark;
    }
    const QString text = mark ? tr("Mark %1 %2").arg(name, displayName(*mark).toLower())
                              : tr("Clear %1's mark").arg(name);
    return workspace().run(new SetMarkCommand(workspace(), session, participant, record, text));
}

void RegisterTab::printRegister()
{
    printing::printWithDialog(printing::registerHtml(*m_model, m_model->workGroupTitle()),
                              QPageLayout::Landscape, this);
}

bool RegisterTab::saveRegisterPdf()
{
    // The Work Group's code first, as on the sign-in sheets.
    const QString suggested = QDir::home().filePath(fileNameFrom(
        tr("%1 Register.pdf").arg(m_model->workGroupTitle().section(QStringLiteral(" – "), 0, 0))));
    const QString path = Prompter::saveFileName(this, tr("Save Register as PDF"), suggested,
                                                tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return false;
    if (!printing::savePdf(printing::registerHtml(*m_model, m_model->workGroupTitle()), path,
                           QPageLayout::Landscape)) {
        workspace().showError(
            tr("Register not saved"),
            tr("The PDF “%1” could not be written.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    return true;
}

} // namespace hubreg::ui
