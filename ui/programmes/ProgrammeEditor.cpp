#include "ProgrammeEditor.h"

#include "PrerequisiteEditor.h"
#include "commands/ProgrammeCommands.h"
#include "common/Workspace.h"
#include "database/Database.h"
#include "records/ProgrammeStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace hubreg::ui {

ProgrammeEditor::ProgrammeEditor(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_db(workspace.database())
    , m_heading(new QLabel(this))
    , m_code(new QLineEdit(this))
    , m_title(new QLineEdit(this))
    , m_phase(new QComboBox(this))
    , m_strand(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_sessions(new QSpinBox(this))
    , m_participants(new QSpinBox(this))
    , m_guidance(new QLineEdit(this))
    , m_roles(new QLineEdit(this))
    , m_threshold(new QSpinBox(this))
    , m_active(new QCheckBox(tr("Offered to schools (&active)"), this))
    , m_prerequisites(new PrerequisiteEditor(this))
    , m_problems(new QLabel(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_revert(new QPushButton(tr("Re&vert"), this))
{
    m_code->setObjectName(QStringLiteral("codeLineEdit"));
    m_title->setObjectName(QStringLiteral("titleLineEdit"));
    m_phase->setObjectName(QStringLiteral("phaseComboBox"));
    m_strand->setObjectName(QStringLiteral("strandLineEdit"));
    m_description->setObjectName(QStringLiteral("descriptionPlainTextEdit"));
    m_sessions->setObjectName(QStringLiteral("defaultSessionsSpinBox"));
    m_participants->setObjectName(QStringLiteral("participantsPerSchoolSpinBox"));
    m_guidance->setObjectName(QStringLiteral("guidanceLineEdit"));
    m_roles->setObjectName(QStringLiteral("rolesLineEdit"));
    m_threshold->setObjectName(QStringLiteral("completionThresholdSpinBox"));
    m_active->setObjectName(QStringLiteral("activeCheckBox"));
    m_problems->setObjectName(QStringLiteral("validationLabel"));
    m_save->setObjectName(QStringLiteral("saveProgrammePushButton"));
    m_revert->setObjectName(QStringLiteral("revertProgrammePushButton"));

    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_heading->setFont(headingFont);
    m_code->setPlaceholderText(tr("such as TFM-DEV or NCP 24-11"));
    for (Phase phase : allPhases())
        m_phase->addItem(displayName(phase), int(phase));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(90);
    m_sessions->setRange(0, 100);
    m_participants->setRange(0, 50);
    m_threshold->setRange(1, 100);
    m_threshold->setSuffix(tr("%"));
    m_threshold->setToolTip(tr("The share of held sessions a school must attend to complete"));
    m_guidance->setPlaceholderText(tr("who each school sends, such as “Two teachers per school”"));
    m_roles->setPlaceholderText(tr("roles separated by semicolons"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: palette(highlight);"));

    auto *form = new QFormLayout;
    auto addRow = [&](const QString &label, QWidget *field) {
        auto *caption = new QLabel(label, this);
        caption->setBuddy(field);
        form->addRow(caption, field);
    };
    addRow(tr("&Code:"), m_code);
    addRow(tr("&Title:"), m_title);
    addRow(tr("P&hase:"), m_phase);
    addRow(tr("St&rand:"), m_strand);
    addRow(tr("&Description:"), m_description);
    addRow(tr("Default &sessions:"), m_sessions);
    addRow(tr("&Participants per school:"), m_participants);
    addRow(tr("&Guidance:"), m_guidance);
    addRow(tr("R&oles expected:"), m_roles);
    addRow(tr("Completion t&hreshold:"), m_threshold);
    form->addRow(QString(), m_active);

    auto *rules = new QGroupBox(tr("Prerequisites: who may join"), this);
    auto *rulesLayout = new QVBoxLayout(rules);
    rulesLayout->addWidget(m_prerequisites);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_revert, QDialogButtonBox::ResetRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(form);
    layout->addWidget(rules, 1);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);

    for (QLineEdit *edit : { m_code, m_title, m_strand, m_guidance, m_roles })
        connect(edit, &QLineEdit::textChanged, this, &ProgrammeEditor::edited);
    connect(m_description, &QPlainTextEdit::textChanged, this, &ProgrammeEditor::edited);
    for (QSpinBox *spin : { m_sessions, m_participants, m_threshold })
        connect(spin, &QSpinBox::valueChanged, this, &ProgrammeEditor::edited);
    connect(m_phase, &QComboBox::currentIndexChanged, this, &ProgrammeEditor::edited);
    connect(m_active, &QCheckBox::toggled, this, &ProgrammeEditor::edited);
    connect(m_prerequisites, &PrerequisiteEditor::changed, this, &ProgrammeEditor::edited);
    connect(m_save, &QPushButton::clicked, this, &ProgrammeEditor::save);
    connect(m_revert, &QPushButton::clicked, this, &ProgrammeEditor::revert);
    connect(&m_db, &Database::changed, this, [this](const Change &change) {
        if (change.entity == Entity::Programme)
            refreshCatalogue();
    });

    // Read, not changed, by those who may not change the hub: the fields still copy.
    if (!m_workspace.may(AccessRights::Action::ChangeHub)) {
        for (QLineEdit *edit : { m_code, m_title, m_strand, m_guidance, m_roles })
            edit->setReadOnly(true);
        m_description->setReadOnly(true);
        for (QWidget *field : std::initializer_list<QWidget *> {
                 m_phase, m_sessions, m_participants, m_threshold, m_active, m_prerequisites })
            field->setEnabled(false);
        m_save->setToolTip(m_workspace.rights().whyNot(AccessRights::Action::ChangeHub));
    }

    refreshCatalogue();
    setProgramme(Programme());
}

void ProgrammeEditor::refreshCatalogue()
{
    // Keep what the user has ticked: the pickers are rebuilt around the rule being edited.
    const EligibilityRule rule = m_prerequisites->rule();
    const bool loading = std::exchange(m_loading, true);
    m_prerequisites->setCatalogue(ProgrammeStore(m_db).list());
    m_prerequisites->setRule(rule);
    m_loading = loading;
}

void ProgrammeEditor::setProgramme(const Programme &programme)
{
    m_loading = true;
    m_original = programme;
    m_heading->setText(programme.isStored() ? tr("%1 – %2").arg(programme.code, programme.title)
                                            : tr("New programme"));
    m_code->setText(programme.code);
    m_title->setText(programme.title);
    m_phase->setCurrentIndex(m_phase->findData(int(programme.phase)));
    m_strand->setText(programme.strand);
    m_description->setPlainText(programme.description);
    m_sessions->setValue(programme.defaultSessions);
    m_participants->setValue(programme.participantsPerSchool);
    m_guidance->setText(programme.participantGuidance);
    m_roles->setText(programme.rolesExpected);
    m_threshold->setValue(programme.completionThreshold);
    m_active->setChecked(programme.active);
    m_prerequisites->setRule(programme.prerequisites);
    m_loading = false;
    setModified(false);
}

Programme ProgrammeEditor::programme() const
{
    Programme p = m_original;
    p.code = m_code->text().trimmed();
    p.title = m_title->text().trimmed();
    p.phase = Phase(m_phase->currentData().toInt());
    p.strand = m_strand->text().trimmed();
    p.description = m_description->toPlainText().trimmed();
    p.defaultSessions = m_sessions->value();
    p.participantsPerSchool = m_participants->value();
    p.participantGuidance = m_guidance->text().trimmed();
    p.rolesExpected = m_roles->text().trimmed();
    p.completionThreshold = m_threshold->value();
    p.active = m_active->isChecked();
    p.prerequisites = m_prerequisites->rule();
    return p;
}

QStringList ProgrammeEditor::problems() const
{
    QStringList found;
    const Programme p = programme();
    if (p.code.isEmpty())
        found << tr("Give the programme a code, such as TFM-DEV or NCP 24-11.");
    else if (const auto other = ProgrammeStore(m_db).findByCode(p.code); other && other->id != p.id)
        found << tr("“%1” is already the code of “%2”.").arg(p.code, other->title);
    if (p.title.isEmpty())
        found << tr("Give the programme a title.");
    const QString rule = m_prerequisites->problem();
    if (!rule.isEmpty())
        found << rule;
    return found;
}

void ProgrammeEditor::showProblems()
{
    const QStringList found = problems();
    m_problems->setText(found.join(QLatin1Char('\n')));
    m_problems->setVisible(!found.isEmpty());
    m_save->setEnabled(found.isEmpty() && m_modified
                       && m_workspace.may(AccessRights::Action::ChangeHub));
}

void ProgrammeEditor::edited()
{
    if (m_loading)
        return;
    setModified(true);
}

void ProgrammeEditor::setModified(bool modified)
{
    const bool changed = m_modified != modified;
    m_modified = modified;
    m_revert->setEnabled(modified);
    showProblems();
    if (changed)
        emit modifiedChanged(modified);
}

bool ProgrammeEditor::save()
{
    if (!problems().isEmpty())
        return false;
    const Programme p = programme();
    RecordId id = 0;
    if (p.isStored()) {
        if (!m_workspace.run(new UpdateProgrammeCommand(m_workspace, m_original, p)))
            return false;
        id = m_workspace.ids().current(Entity::Programme, p.id);
    } else {
        auto *add = new AddProgrammeCommand(m_workspace, p);
        if (!m_workspace.run(add))
            return false;
        id = add->programmeId(); // the undo history owns it now
    }
    const auto stored = ProgrammeStore(m_db).find(id);
    if (!stored)
        return false;
    setProgramme(*stored);
    emit saved(stored->id);
    return true;
}

void ProgrammeEditor::revert()
{
    setProgramme(m_original);
}

} // namespace hubreg::ui
