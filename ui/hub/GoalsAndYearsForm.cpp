#include "GoalsAndYearsForm.h"

#include "HubSettingsEdit.h"
#include "common/DateFields.h"
#include "common/FormValidator.h"
#include "database/Clock.h"
#include "database/Database.h"
#include "records/AcademicYearStore.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace hubreg::ui {

GoalsAndYearsForm::GoalsAndYearsForm(Database &db, HubSettingsEdit &edit, QWidget *parent)
    : QWidget(parent)
    , m_edit(edit)
    , m_inUse(AcademicYearStore(db).labelsInUse())
    , m_today(db.clock().today())
    , m_primary(new QSpinBox(this))
    , m_secondary(new QSpinBox(this))
    , m_years(new QListWidget(this))
    , m_addNext(new QPushButton(tr("Add &Next Year"), this))
    , m_addEarlier(new QPushButton(tr("Add &Earlier Year"), this))
    , m_remove(new QPushButton(tr("Re&move Year"), this))
    , m_termsTitle(new QLabel(this))
    , m_goalsMessage(new FieldMessage(this))
    , m_termsMessage(new FieldMessage(this))
{
    setObjectName(QStringLiteral("goalsAndYearsForm"));
    m_primary->setObjectName(QStringLiteral("hubPrimaryGoalSpinBox"));
    m_secondary->setObjectName(QStringLiteral("hubSecondaryGoalSpinBox"));
    m_years->setObjectName(QStringLiteral("yearsListWidget"));
    m_years->setAccessibleName(tr("Academic years"));
    m_years->setAccessibleDescription(tr("Choose a year to set its half-term dates"));
    m_addNext->setObjectName(QStringLiteral("addNextYearPushButton"));
    m_addEarlier->setObjectName(QStringLiteral("addEarlierYearPushButton"));
    m_remove->setObjectName(QStringLiteral("removeYearPushButton"));
    m_goalsMessage->setObjectName(QStringLiteral("goalsMessage"));
    m_termsMessage->setObjectName(QStringLiteral("halfTermsMessage"));
    for (QPushButton *button : { m_addNext, m_addEarlier, m_remove })
        button->setAutoDefault(false);

    for (QSpinBox *goal : { m_primary, m_secondary }) {
        goal->setRange(1, 100);
        goal->setSuffix(tr("%"));
    }
    m_primary->setValue(edit.settings().primaryGoal);
    m_secondary->setValue(edit.settings().secondaryGoal);
    auto *goals = new QGroupBox(tr("Engagement goals"), this);
    auto *goalsForm = new QFormLayout(goals);
    goalsForm->addRow(tr("&Primary schools engaged:"), m_primary);
    goalsForm->addRow(tr("&Secondary schools engaged:"), m_secondary);
    goalsForm->addRow(QString(), m_goalsMessage);

    auto *years = new QGroupBox(tr("Academic years and half terms"), this);
    auto *yearsLabel = new QLabel(tr("&Years:"), years);
    yearsLabel->setBuddy(m_years);
    auto *yearButtons = new QVBoxLayout;
    yearButtons->addWidget(m_addNext);
    yearButtons->addWidget(m_addEarlier);
    yearButtons->addWidget(m_remove);
    yearButtons->addStretch(1);
    auto *yearList = new QGridLayout;
    yearList->addWidget(yearsLabel, 0, 0);
    yearList->addWidget(m_years, 1, 0);
    yearList->addLayout(yearButtons, 1, 1);
    m_years->setMaximumWidth(140);

    auto *terms = new QGridLayout;
    terms->addWidget(m_termsTitle, 0, 0, 1, 4);
    for (int term = 1; term <= 6; ++term) {
        auto *start = new DateLineEdit(years);
        auto *end = new DateLineEdit(years);
        start->setObjectName(QStringLiteral("term%1StartLineEdit").arg(term));
        end->setObjectName(QStringLiteral("term%1EndLineEdit").arg(term));
        start->setAccessibleName(tr("%1 starts").arg(HalfTerm::nameOf(term)));
        end->setAccessibleName(tr("%1 ends").arg(HalfTerm::nameOf(term)));
        auto *label = new QLabel(HalfTerm::nameOf(term), years);
        label->setBuddy(start);
        terms->addWidget(label, term, 0);
        terms->addWidget(start, term, 1);
        terms->addWidget(new QLabel(tr("to"), years), term, 2);
        terms->addWidget(end, term, 3);
        m_starts << start;
        m_ends << end;
        connect(start, &QLineEdit::textChanged, this, [this, term] { dateEdited(term, true); });
        connect(end, &QLineEdit::textChanged, this, [this, term] { dateEdited(term, false); });
    }
    terms->addWidget(m_termsMessage, 7, 0, 1, 4);
    terms->setRowStretch(8, 1);
    auto *yearsLayout = new QHBoxLayout(years);
    yearsLayout->addLayout(yearList);
    yearsLayout->addLayout(terms, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(goals);
    layout->addWidget(years, 1);

    connect(m_primary, &QSpinBox::valueChanged, this, [this](int value) {
        m_edit.change([value](HubSettings &settings) { settings.primaryGoal = value; });
    });
    connect(m_secondary, &QSpinBox::valueChanged, this, [this](int value) {
        m_edit.change([value](HubSettings &settings) { settings.secondaryGoal = value; });
    });
    connect(m_years, &QListWidget::currentRowChanged, this, &GoalsAndYearsForm::showYear);
    connect(m_addNext, &QPushButton::clicked, this, &GoalsAndYearsForm::addNextYear);
    connect(m_addEarlier, &QPushButton::clicked, this, &GoalsAndYearsForm::addEarlierYear);
    connect(m_remove, &QPushButton::clicked, this, &GoalsAndYearsForm::removeYear);
    connect(&m_edit, &HubSettingsEdit::changed, this, &GoalsAndYearsForm::showMessages);

    const QList<YearSettings> &held = edit.settings().years;
    fillYears(held.isEmpty() ? QString() : held.constLast().label);
}

int GoalsAndYearsForm::currentYear() const
{
    return m_years->currentRow();
}

void GoalsAndYearsForm::fillYears(const QString &select)
{
    {
        const QSignalBlocker block(m_years);
        m_years->clear();
        for (const YearSettings &year : m_edit.settings().years)
            m_years->addItem(year.label);
        int row = 0;
        for (int i = 0; i < m_years->count(); ++i) {
            if (m_years->item(i)->text() == select)
                row = i;
        }
        m_years->setCurrentRow(m_years->count() > 0 ? row : -1);
    }
    showYear();
}

void GoalsAndYearsForm::showYear()
{
    const int index = currentYear();
    const QList<YearSettings> &years = m_edit.settings().years;
    const bool has = index >= 0 && index < years.size();
    m_filling = true;
    for (int term = 1; term <= 6; ++term) {
        const HalfTerm shown = has ? years.at(index).halfTerms.value(term - 1) : HalfTerm();
        m_starts.at(term - 1)->setDate(shown.startDate);
        m_ends.at(term - 1)->setDate(shown.endDate);
        m_starts.at(term - 1)->setEnabled(has);
        m_ends.at(term - 1)->setEnabled(has);
    }
    m_filling = false;
    const QString label = has ? years.at(index).label : QString();
    m_termsTitle->setText(has ? tr("Half terms of %1:").arg(label) : tr("No academic year yet."));
    const bool inUse = m_inUse.contains(label);
    m_remove->setEnabled(has && !inUse);
    m_remove->setToolTip(inUse ? tr("Work Groups belong to %1, so it stays.").arg(label)
                               : QString());
    showMessages();
}

void GoalsAndYearsForm::dateEdited(int term, bool start)
{
    if (m_filling)
        return;
    const int index = currentYear();
    if (index < 0)
        return;
    const QDate date = (start ? m_starts : m_ends).at(term - 1)->date();
    m_edit.change([&](HubSettings &settings) {
        if (index >= settings.years.size())
            return;
        QList<HalfTerm> &terms = settings.years[index].halfTerms;
        for (HalfTerm &halfTerm : terms) {
            if (halfTerm.term != term)
                continue;
            if (start)
                halfTerm.startDate = date;
            else
                halfTerm.endDate = date;
        }
    });
}

void GoalsAndYearsForm::showMessages()
{
    const QString goal = m_edit.errorFor(QStringLiteral("primaryGoal")).isEmpty()
        ? m_edit.errorFor(QStringLiteral("secondaryGoal"))
        : m_edit.errorFor(QStringLiteral("primaryGoal"));
    m_goalsMessage->setMessage(goal);
    const int index = currentYear();
    const QList<YearSettings> &years = m_edit.settings().years;
    QString terms = m_edit.errorFor(QStringLiteral("years"));
    if (terms.isEmpty() && index >= 0 && index < years.size())
        terms = m_edit.firstErrorUnder(years.at(index).label);
    if (terms.isEmpty()) {
        // A mistake in a year not on show is named too, so it can be found.
        for (const YearSettings &year : years) {
            terms = m_edit.firstErrorUnder(year.label);
            if (!terms.isEmpty())
                break;
        }
    }
    m_termsMessage->setMessage(terms);
}

bool GoalsAndYearsForm::isComplete() const
{
    QStringList fields { QStringLiteral("primaryGoal"), QStringLiteral("secondaryGoal"),
                         QStringLiteral("years") };
    for (const YearSettings &year : m_edit.settings().years)
        fields << year.label;
    return !m_edit.hasErrorsIn(fields);
}

void GoalsAndYearsForm::addNextYear()
{
    const QList<YearSettings> &years = m_edit.settings().years;
    const QString label = years.isEmpty() ? AcademicYear::labelFor(m_today)
                                          : AcademicYear::next(years.constLast().label);
    m_edit.change([&](HubSettings &settings) {
        settings.years << YearSettings { label, AcademicYearStore::defaultHalfTerms(label) };
    });
    fillYears(label);
}

void GoalsAndYearsForm::addEarlierYear()
{
    const QList<YearSettings> &years = m_edit.settings().years;
    const QString label = years.isEmpty() ? AcademicYear::labelFor(m_today)
                                          : AcademicYear::previous(years.constFirst().label);
    m_edit.change([&](HubSettings &settings) {
        settings.years.prepend(YearSettings { label, AcademicYearStore::defaultHalfTerms(label) });
    });
    fillYears(label);
}

void GoalsAndYearsForm::removeYear()
{
    const int index = currentYear();
    const QList<YearSettings> &years = m_edit.settings().years;
    if (index < 0 || index >= years.size() || m_inUse.contains(years.at(index).label))
        return;
    m_edit.change([index](HubSettings &settings) { settings.years.removeAt(index); });
    const QList<YearSettings> &left = m_edit.settings().years;
    fillYears(left.isEmpty() ? QString() : left.value(qMin(index, int(left.size()) - 1)).label);
}

} // namespace hubreg::ui
