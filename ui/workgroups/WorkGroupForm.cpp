#include "WorkGroupForm.h"

#include "common/FormValidator.h"
#include "common/Workspace.h"
#include "database/Clock.h"
#include "database/Database.h"
#include "database/StoreError.h"
#include "domain/AcademicYear.h"
#include "records/AcademicYearStore.h"
#include "records/HubStore.h"
#include "records/PersonStore.h"
#include "records/ProgrammeStore.h"
#include "records/WorkGroupStore.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace hubreg::ui {

WorkGroupForm::WorkGroupForm(Database &db, FormValidator *validator, QFormLayout *form,
                             QWidget *parent)
    : QObject(parent)
    , m_db(db)
    , m_code(new QLineEdit(parent))
    , m_title(new QLineEdit(parent))
    , m_programme(new QComboBox(parent))
    , m_year(new QComboBox(parent))
    , m_lead(new QComboBox(parent))
    , m_status(new QComboBox(parent))
    , m_capacity(new QSpinBox(parent))
    , m_notes(new QPlainTextEdit(parent))
{
    m_code->setObjectName(QStringLiteral("codeLineEdit"));
    m_title->setObjectName(QStringLiteral("titleLineEdit"));
    m_programme->setObjectName(QStringLiteral("programmeComboBox"));
    m_year->setObjectName(QStringLiteral("yearComboBox"));
    m_lead->setObjectName(QStringLiteral("leadComboBox"));
    m_status->setObjectName(QStringLiteral("statusComboBox"));
    m_capacity->setObjectName(QStringLiteral("capacitySpinBox"));
    m_notes->setObjectName(QStringLiteral("notesPlainTextEdit"));
    m_code->setPlaceholderText(tr("the hub's reference, e.g. NCP 24-11 WG03"));
    m_capacity->setRange(1, 200);
    m_capacity->setValue(WorkGroup().capacity);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(80);
    m_programme->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_programme->setMinimumContentsLength(30);
    for (WorkGroupStatus status : allWorkGroupStatuses())
        m_status->addItem(displayName(status), int(status));
    reloadChoices();

    validator->addRow(form, tr("&Code:"), m_code, [this] {
        const QString code = m_code->text().trimmed();
        if (code.isEmpty())
            return tr("Enter the Work Group's code, such as NCP 24-11 WG03.");
        const auto other = WorkGroupStore(m_db).findByCode(code);
        if (other && other->id != m_workGroup.id)
            return tr("There is already a Work Group with the code “%1”.").arg(code);
        return QString();
    });
    form->addRow(tr("&Title:"), m_title);
    validator->addRow(form, tr("&Programme:"), m_programme, [this] {
        return m_programme->currentData().toLongLong() > 0 ? QString()
                                                           : tr("Choose the programme.");
    });
    form->addRow(tr("Academic &year:"), m_year);
    form->addRow(tr("&Lead:"), m_lead);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("Ca&pacity (schools):"), m_capacity);
    form->addRow(tr("&Notes:"), m_notes);

    for (QLineEdit *edit : { m_code, m_title })
        connect(edit, &QLineEdit::textEdited, this, &WorkGroupForm::edited);
    for (QComboBox *box : { m_programme, m_year, m_lead, m_status })
        connect(box, &QComboBox::activated, this, &WorkGroupForm::edited);
    connect(m_capacity, &QSpinBox::valueChanged, this, &WorkGroupForm::edited);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &WorkGroupForm::edited);
}

void WorkGroupForm::reloadChoices()
{
    const QVariant programme = m_programme->currentData();
    const QString year = m_year->currentText();
    const QVariant lead = m_lead->currentData();
    m_programme->clear();
    m_programme->addItem(tr("Choose a programme…"), 0);
    for (const Programme &p : ProgrammeStore(m_db).list())
        m_programme->addItem(QStringLiteral("%1 – %2").arg(p.code, p.title), p.id);
    m_year->clear();
    // This year and the next are always offered, so a new file can start straight away.
    const QString current = AcademicYear::labelFor(m_db.clock().today());
    QStringList labels = { AcademicYear::next(current), current };
    for (const AcademicYear &y : AcademicYearStore(m_db).list()) {
        if (!labels.contains(y.label))
            labels << y.label;
    }
    std::sort(labels.begin(), labels.end(), std::greater<QString>());
    m_year->addItems(labels);
    m_year->setCurrentText(year.isEmpty() ? current : year);
    m_lead->clear();
    m_lead->addItem(tr("No Lead yet"), 0);
    PersonQuery leads;
    leads.leadsOnly = true;
    for (const Person &p : PersonStore(m_db).list(leads))
        m_lead->addItem(p.fullName(), p.id);
    m_programme->setCurrentIndex(qMax(0, m_programme->findData(programme)));
    m_lead->setCurrentIndex(qMax(0, m_lead->findData(lead)));
}

void WorkGroupForm::setWorkGroup(const WorkGroup &workGroup)
{
    m_workGroup = workGroup;
    m_code->setText(workGroup.code);
    m_title->setText(workGroup.title);
    m_programme->setCurrentIndex(qMax(0, m_programme->findData(workGroup.programmeId)));
    if (const auto year = AcademicYearStore(m_db).find(workGroup.academicYearId))
        m_year->setCurrentText(year->label);
    int lead = m_lead->findData(workGroup.leadPersonId);
    if (lead < 0 && workGroup.leadPersonId > 0) {
        // A Lead not (or no longer) flagged as one still shows.
        if (const auto person = PersonStore(m_db).find(workGroup.leadPersonId))
            m_lead->addItem(person->fullName(), person->id);
        lead = m_lead->count() - 1;
    }
    m_lead->setCurrentIndex(qMax(0, lead));
    m_status->setCurrentIndex(qMax(0, m_status->findData(int(workGroup.status))));
    m_capacity->setValue(workGroup.capacity);
    const QSignalBlocker blocker(m_notes);
    m_notes->setPlainText(workGroup.notes);
}

std::optional<WorkGroup> WorkGroupForm::prepareWorkGroup(Workspace &workspace) const
{
    WorkGroup workGroup = m_workGroup;
    try {
        workGroup.academicYearId = AcademicYearStore(m_db).ensure(m_year->currentText()).id;
        if (workGroup.hubId <= 0)
            workGroup.hubId = HubStore(m_db).primary(tr("Maths Hub")).id;
    } catch (const StoreError &error) {
        workspace.showError(tr("Work Group not saved"), error);
        return std::nullopt;
    }
    workGroup.code = m_code->text().trimmed();
    workGroup.title = m_title->text().trimmed();
    workGroup.programmeId = m_programme->currentData().toLongLong();
    workGroup.leadPersonId = m_lead->currentData().toLongLong();
    workGroup.status = WorkGroupStatus(m_status->currentData().toInt());
    workGroup.capacity = m_capacity->value();
    workGroup.notes = m_notes->toPlainText();
    return workGroup;
}

void WorkGroupForm::setEnabled(bool enabled)
{
    for (QWidget *widget : std::initializer_list<QWidget *> {
             m_code, m_title, m_programme, m_year, m_lead, m_status, m_capacity, m_notes })
        widget->setEnabled(enabled);
}

} // namespace hubreg::ui
