#include "SchoolFinder.h"

#include "SchoolTableModel.h"
#include "common/FlowLayout.h"
#include "common/KeyGuards.h"
#include "common/ViewSettings.h"
#include "database/Database.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace hubreg::ui {

namespace {
// Long enough to skip the keystrokes of a word typed quickly, short enough to feel instant.
constexpr int kTypingPauseMs = 150;
} // namespace

SchoolFinder::SchoolFinder(Database &db, Filters filters, const QString &settingsKey,
                           QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_model(new SchoolTableModel(db, this))
    // Without a parent until the layout takes it, after the search and filters: the keyboard
    // then goes from them to it.
    , m_table(new QTableView)
    , m_search(new QLineEdit(this))
    , m_total(new QLabel(this))
    , m_typingPause(new QTimer(this))
{
    m_search->setObjectName(QStringLiteral("schoolSearchLineEdit"));
    m_search->setPlaceholderText(tr("URN, name, postcode or town"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(200);
    m_table->setObjectName(QStringLiteral("schoolTableView"));
    m_table->setAccessibleName(tr("Schools found"));
    m_table->setAccessibleDescription(
        tr("The schools that match the search and filters; Enter opens or picks the one chosen"));
    m_total->setObjectName(QStringLiteral("schoolTotalLabel"));
    m_typingPause->setSingleShot(true);
    m_typingPause->setInterval(kTypingPauseMs);

    // The search and filters wrap onto more rows on a narrow window.
    auto *bar = new FlowLayout;
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    bar->addLabelled(searchLabel, m_search);
    if (filters == Filters::Shown) {
        m_phase = new QComboBox(this);
        m_phase->setObjectName(QStringLiteral("schoolPhaseComboBox"));
        m_status = new QComboBox(this);
        m_status->setObjectName(QStringLiteral("schoolStatusComboBox"));
        m_la = new QComboBox(this);
        m_la->setObjectName(QStringLiteral("schoolLaComboBox"));
        const QList<QPair<QString, QComboBox *>> boxes
            = { { tr("Ph&ase:"), m_phase }, { tr("S&tatus:"), m_status }, { tr("&LA:"), m_la } };
        for (const auto &[label, box] : boxes) {
            auto *caption = new QLabel(label, this);
            caption->setBuddy(box);
            box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
            openListOnArrowKeys(box);
            bar->addLabelled(caption, box);
            connect(box, &QComboBox::currentIndexChanged, this, &SchoolFinder::applyNow);
        }
        m_la->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        m_la->setMinimumContentsLength(14);
        reloadFilters();
    }
    bar->addWidget(m_total);

    m_table->setModel(m_model);
    setUpTable(m_table);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(SchoolTableModel::Name, Qt::AscendingOrder);
    m_table->horizontalHeader()->setSectionResizeMode(SchoolTableModel::Name, QHeaderView::Stretch);
    const QList<QPair<int, int>> widths
        = { { SchoolTableModel::Urn, 70 },      { SchoolTableModel::Town, 120 },
            { SchoolTableModel::Postcode, 85 }, { SchoolTableModel::LocalAuthority, 130 },
            { SchoolTableModel::Phase, 90 },    { SchoolTableModel::Status, 80 },
            { SchoolTableModel::Type, 170 } };
    for (const auto &[column, width] : widths)
        m_table->setColumnWidth(column, width);
    // A picker needs to tell schools apart, not classify them.
    if (filters == Filters::Hidden)
        m_table->hideColumn(SchoolTableModel::Type);
    if (!settingsKey.isEmpty())
        rememberHeader(m_table->horizontalHeader(), settingsKey);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(m_search, &QLineEdit::textChanged, m_typingPause, qOverload<>(&QTimer::start));
    connect(m_typingPause, &QTimer::timeout, this, &SchoolFinder::apply);
    // Return (or Down) in the search box goes to the results, instead of closing a dialog with
    // its default button.
    leadSearchToResults(m_search, m_table, [this] { applyNow(); });
    const auto showTotal = [this](int total) {
        // Not counted yet (a search being typed): what is known so far.
        m_total->setText(
            total < 0 ? tr("Schools: %1 or more").arg(QLocale().toString(m_model->fetchedCount()))
                      : tr("Schools: %1").arg(QLocale().toString(total)));
    };
    connect(m_model, &SchoolTableModel::totalCountChanged, this, showTotal);
    connect(m_model, &SchoolTableModel::rowsReplaced, this, &SchoolFinder::currentSchoolChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SchoolFinder::currentSchoolChanged);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit schoolActivated(index.data(SchoolTableModel::IdRole).toLongLong());
    });
    showTotal(m_model->totalCount());
}

void SchoolFinder::reloadFilters()
{
    if (!m_phase)
        return;
    const QSignalBlocker blockPhase(m_phase);
    const QSignalBlocker blockStatus(m_status);
    const QSignalBlocker blockLa(m_la);
    const QString phase = m_phase->currentData().toString();
    const QString status = m_status->currentData().toString();
    const QString la = m_la->currentData().toString();
    const SchoolStore store(m_db);
    m_phase->clear();
    m_phase->addItem(tr("All phases"), QString());
    for (const QString &value : store.phases())
        m_phase->addItem(value, value);
    m_status->clear();
    m_status->addItem(tr("Any status"), QString());
    for (const QString &value : store.statuses())
        m_status->addItem(value, value);
    m_la->clear();
    m_la->addItem(tr("All local authorities"), QString());
    for (const auto &[code, name] : store.localAuthorities())
        m_la->addItem(name.isEmpty() ? code : name, code);
    m_phase->setCurrentIndex(qMax(0, m_phase->findData(phase)));
    m_status->setCurrentIndex(qMax(0, m_status->findData(status)));
    m_la->setCurrentIndex(qMax(0, m_la->findData(la)));
}

void SchoolFinder::setSearchText(const QString &text)
{
    m_search->setText(text);
    applyNow();
}

void SchoolFinder::applyNow()
{
    m_typingPause->stop();
    apply();
}

void SchoolFinder::apply()
{
    SchoolQuery filter;
    filter.text = m_search->text();
    if (m_phase) {
        filter.phase = m_phase->currentData().toString();
        filter.status = m_status->currentData().toString();
        filter.laCode = m_la->currentData().toString();
    }
    m_model->setFilter(filter);
}

const School *SchoolFinder::currentSchool() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->schoolAt(current.row()) : nullptr;
}

RecordId SchoolFinder::currentSchoolId() const
{
    const School *school = currentSchool();
    return school ? school->id : 0;
}

} // namespace hubreg::ui
