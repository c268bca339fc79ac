#include "WorkGroupsPage.h"

#include "WorkGroupDialog.h"
#include "WorkGroupTableModel.h"
#include "commands/WorkGroupCommands.h"
#include "common/DataTableView.h"
#include "common/FlowLayout.h"
#include "common/KeyGuards.h"
#include "common/LaidOutTextDelegate.h"
#include "common/OnDemandComboBox.h"
#include "common/ViewSettings.h"
#include "common/Workspace.h"
#include "database/Clock.h"
#include "database/Database.h"
#include "domain/AcademicYear.h"
#include "records/AcademicYearStore.h"
#include "records/PersonStore.h"
#include "records/ProgrammeStore.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace hubreg::ui {

WorkGroupsPage::WorkGroupsPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_db(workspace.database())
    , m_model(new WorkGroupTableModel(workspace.database(), this))
    , m_table(new DataTableView(this))
    , m_search(new QLineEdit(this))
    , m_year(new QComboBox(this))
    , m_programme(new QComboBox(this))
    , m_lead(new OnDemandComboBox(this))
    , m_status(new QComboBox(this))
{
    setObjectName(QStringLiteral("workGroupsPage"));
    m_search->setObjectName(QStringLiteral("workGroupSearchLineEdit"));
    m_search->setPlaceholderText(tr("Search code, title, programme or Lead"));
    m_search->setClearButtonEnabled(true);
    m_year->setObjectName(QStringLiteral("workGroupYearComboBox"));
    m_programme->setObjectName(QStringLiteral("workGroupProgrammeComboBox"));
    m_lead->setObjectName(QStringLiteral("workGroupLeadComboBox"));
    m_status->setObjectName(QStringLiteral("workGroupStatusComboBox"));
    m_table->setObjectName(QStringLiteral("workGroupTableView"));
    m_table->setAccessibleName(tr("Work Groups"));
    m_table->setAccessibleDescription(
        tr("The Work Groups that match the search and filters; Enter opens the one chosen"));

    // The filters wrap onto a second row on a narrow window rather than holding it wide.
    auto *filters = new FlowLayout;
    auto addFilter = [&](const QString &label, QWidget *widget) {
        auto *caption = new QLabel(label, this);
        caption->setBuddy(widget);
        filters->addLabelled(caption, widget);
    };
    addFilter(tr("&Search:"), m_search);
    addFilter(tr("&Year:"), m_year);
    addFilter(tr("&Programme:"), m_programme);
    addFilter(tr("&Lead:"), m_lead);
    addFilter(tr("S&tatus:"), m_status);
    // Narrow enough for a 1024-pixel screen; the search and the lists widen with the window.
    m_search->setMinimumWidth(120);
    for (QComboBox *box :
         std::initializer_list<QComboBox *> { m_year, m_programme, m_lead, m_status })
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_year->setMinimumContentsLength(7);
    m_programme->setMinimumContentsLength(9);
    m_lead->setMinimumContentsLength(8);
    m_status->setMinimumContentsLength(7);
    for (QComboBox *box :
         std::initializer_list<QComboBox *> { m_year, m_programme, m_lead, m_status })
        openListOnArrowKeys(box);

    m_table->setModel(m_model);
    setUpTable(m_table);
    // Each cell's text is laid out once for both fitting the columns and painting them: that
    // was most of what a national file's first screen cost to show.
    m_table->setItemDelegate(new LaidOutTextDelegate(m_table));
    m_table->horizontalHeader()->setStretchLastSection(false);
    const bool remembered = QSettings().contains(QStringLiteral("views/workGroups/header"));
    // Columns fit their contents once, when the first rows are on show, unless the user's own
    // widths were remembered; the title takes the rest. Only the rows on screen are measured:
    // a hidden table would measure the whole first page, which costs more than reading it.
    m_columnsSized = remembered;
    m_table->horizontalHeader()->setResizeContentsPrecision(0);
    m_table->installEventFilter(this); // after setUpTable's: it sees the table shown first
    connect(m_model, &QAbstractItemModel::modelReset, this, &WorkGroupsPage::fitColumnsOnce);
    m_table->sortByColumn(WorkGroupTableModel::Code, Qt::AscendingOrder);
    rememberHeader(m_table->horizontalHeader(), QStringLiteral("workGroups"));

    auto *add = new QPushButton(tr("&New Work Group…"), this);
    add->setObjectName(QStringLiteral("newWorkGroupPushButton"));
    add->setEnabled(workspace.may(AccessRights::Action::ChangeHub));
    auto *open = new QPushButton(tr("&Open Work Group"), this);
    open->setObjectName(QStringLiteral("openWorkGroupPushButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(add);
    buttons->addWidget(open);
    connect(add, &QPushButton::clicked, this, &WorkGroupsPage::newWorkGroup);
    connect(open, &QPushButton::clicked, this, &WorkGroupsPage::openCurrent);
    connect(m_table, &QTableView::activated, this, &WorkGroupsPage::openCurrent);
    const auto updateOpen = [this, open] { open->setEnabled(currentWorkGroupId() > 0); };
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, updateOpen);
    connect(m_model, &QAbstractItemModel::modelReset, this, updateOpen);
    updateOpen();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    // The table was made first; the keyboard goes from the search through the filters to it,
    // then to the buttons under it.
    QWidget *previous = m_search;
    for (QWidget *next : std::initializer_list<QWidget *> { m_year, m_programme, m_lead, m_status,
                                                            m_table, add, open }) {
        setTabOrder(previous, next);
        previous = next;
    }

    // The Leads of a national file (800 of them) are read when the list is first reached for,
    // not while the window opens.
    m_lead->addItem(tr("All Leads"), 0);
    m_lead->setFiller([this] { fillLeads(); });
    reloadFilters();
    connect(m_search, &QLineEdit::textChanged, this, &WorkGroupsPage::applyFilters);
    leadSearchToResults(m_search, m_table);
    for (QComboBox *box :
         std::initializer_list<QComboBox *> { m_year, m_programme, m_lead, m_status })
        connect(box, &QComboBox::currentIndexChanged, this, &WorkGroupsPage::applyFilters);
    connect(&m_db, &Database::changed, this, [this](const Change &change) {
        if (change.entity == Entity::AcademicYear || change.entity == Entity::Programme
            || change.entity == Entity::Person)
            reloadFilters();
    });
    applyFilters();
}

void WorkGroupsPage::reloadFilters()
{
    const QSignalBlocker blockYear(m_year);
    const QSignalBlocker blockProgramme(m_programme);
    const QSignalBlocker blockStatus(m_status);
    const QVariant year = m_year->currentData();
    const QVariant programme = m_programme->currentData();
    const QVariant status = m_status->currentData();

    m_year->clear();
    m_year->addItem(tr("All years"), 0);
    const QString current = AcademicYear::labelFor(m_db.clock().today());
    int currentIndex = 0;
    for (const AcademicYear &y : AcademicYearStore(m_db).list()) {
        m_year->addItem(y.label, y.id);
        if (y.label == current)
            currentIndex = m_year->count() - 1;
    }
    m_programme->clear();
    m_programme->addItem(tr("All programmes"), 0);
    for (const Programme &p : ProgrammeStore(m_db).list())
        m_programme->addItem(QStringLiteral("%1 – %2").arg(p.code, p.title), p.id);
    if (m_lead->isFilled())
        fillLeads();
    m_status->clear();
    m_status->addItem(tr("Any status"), -1);
    for (WorkGroupStatus s : allWorkGroupStatuses())
        m_status->addItem(displayName(s), int(s));

    // Keep what the user chose; on first fill show the current academic year.
    const int yearIndex = year.isValid() ? m_year->findData(year) : currentIndex;
    m_year->setCurrentIndex(qMax(0, yearIndex));
    m_programme->setCurrentIndex(qMax(0, m_programme->findData(programme)));
    m_status->setCurrentIndex(qMax(0, m_status->findData(status)));
}

bool WorkGroupsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::Show)
        fitColumnsOnce();
    return QWidget::eventFilter(watched, event);
}

void WorkGroupsPage::fitColumnsOnce()
{
    if (m_columnsSized || !m_table->isVisible() || m_model->rowCount() == 0)
        return;
    m_columnsSized = true;
    // Attendance shows "…", narrower than its heading, until it is counted; reading it would
    // ask for the count before the rows are painted, and the window would wait for it. Once
    // counted, the column is widened if a figure needs it (keepColumnsReadable).
    fitColumnsToContents(m_table, { WorkGroupTableModel::Attendance });
    m_table->horizontalHeader()->setSectionResizeMode(WorkGroupTableModel::Title,
                                                      QHeaderView::Stretch);
}

void WorkGroupsPage::fillLeads()
{
    const QSignalBlocker blockLead(m_lead);
    const QVariant lead = m_lead->currentData();
    m_lead->clear();
    m_lead->addItem(tr("All Leads"), 0);
    for (const Person &p : PersonStore(m_db).workGroupLeads())
        m_lead->addItem(p.fullName(), p.id);
    m_lead->setCurrentIndex(qMax(0, m_lead->findData(lead)));
}

void WorkGroupsPage::applyFilters()
{
    WorkGroupQuery query = m_model->query(); // keeps the sort order
    query.academicYearId = m_year->currentData().toLongLong();
    query.programmeId = m_programme->currentData().toLongLong();
    query.leadPersonId = m_lead->currentData().toLongLong();
    const int status = m_status->currentData().toInt();
    query.status
        = status >= 0 ? std::optional<WorkGroupStatus>(WorkGroupStatus(status)) : std::nullopt;
    query.text = m_search->text();
    m_model->setQuery(query);
}

RecordId WorkGroupsPage::currentWorkGroupId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(WorkGroupTableModel::IdRole).toLongLong() : 0;
}

void WorkGroupsPage::openCurrent()
{
    if (const RecordId id = currentWorkGroupId())
        m_workspace.openWorkGroup(id);
}

void WorkGroupsPage::newWorkGroup()
{
    auto *dialog = new WorkGroupDialog(m_workspace.database(), std::nullopt, this);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const std::optional<WorkGroup> workGroup = dialog->prepareWorkGroup(m_workspace);
        if (!workGroup)
            return;
        auto *command = new AddWorkGroupCommand(m_workspace, *workGroup);
        if (m_workspace.run(command))
            m_workspace.openWorkGroup(command->workGroupId());
    });
    dialog->open();
}

void WorkGroupsPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

} // namespace hubreg::ui
