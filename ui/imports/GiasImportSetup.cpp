#include "GiasImportSetup.h"

#include "CsvFormatText.h"
#include "FileRow.h"
#include "common/Prompter.h"
#include "import/CsvPreview.h"
#include "import/GiasLinkImporter.h"
#include "import/HeaderIndex.h"
#include "import/ImportError.h"
#include "records/HubStore.h"
#include "records/SchoolStore.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QVBoxLayout>

namespace hubreg::ui {

namespace {
QStringList requiredColumns(GiasImportKind kind)
{
    return kind == GiasImportKind::Schools ? GiasEstablishmentImporter::requiredColumns()
                                           : GiasLinkImporter::requiredColumns();
}

// "373 Sheffield, 370 Barnsley": the codes, with the names the register knows.
QString describeAreas(Database &db, const QStringList &codes)
{
    QHash<QString, QString> names;
    for (const auto &[code, name] : SchoolStore(db).localAuthorities())
        names.insert(code, name);
    QStringList described;
    for (const QString &code : codes)
        described << (names.value(code).isEmpty() ? code
                                                  : QStringLiteral("%1 %2").arg(code, names[code]));
    return described.join(QStringLiteral(", "));
}
} // namespace

GiasImportSetup::GiasImportSetup(Database &db, GiasImportKind kind, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_file(new QLineEdit(this))
    , m_format(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_skipRejected(new QRadioButton(tr("Import the other rows and list the rejected ones"), this))
    , m_importNothing(new QRadioButton(tr("Import nothing while any row is rejected"), this))
    , m_checkOnly(new QCheckBox(tr("C&heck only: show what would change, and save nothing"), this))
{
    m_file->setObjectName(QStringLiteral("fileLineEdit"));
    m_file->setPlaceholderText(kind == GiasImportKind::Schools
                                   ? tr("edubasealldataYYYYMMDD.csv")
                                   : tr("links_edubasealldataYYYYMMDD.csv"));
    m_format->setObjectName(QStringLiteral("formatLabel"));
    m_format->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_skipRejected->setObjectName(QStringLiteral("skipRejectedRadioButton"));
    m_importNothing->setObjectName(QStringLiteral("importNothingRadioButton"));
    m_checkOnly->setObjectName(QStringLiteral("checkOnlyCheckBox"));

    auto *form = new QFormLayout;
    QPushButton *browse = addFileRow(form, m_file);
    m_problem->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_format);
    layout->addWidget(m_problem);
    if (kind == GiasImportKind::Schools) {
        m_hubArea = HubStore(db).allLocalAuthorities();
        m_hubAreaOnly = new QCheckBox(this);
        m_hubAreaOnly->setObjectName(QStringLiteral("hubAreaCheckBox"));
        if (m_hubArea.isEmpty()) {
            m_hubAreaOnly->setText(
                tr("Only in the hub's local authorities (none are recorded for the hub yet)"));
            m_hubAreaOnly->setEnabled(false);
        } else {
            m_hubAreaOnly->setText(
                tr("Only in the hub's local &authorities: %1").arg(describeAreas(db, m_hubArea)));
        }
        m_openOnly = new QCheckBox(tr("Only &open schools"), this);
        m_openOnly->setObjectName(QStringLiteral("openOnlyCheckBox"));
        auto *newSchools = new QGroupBox(tr("Schools not yet in the register"), this);
        auto *newLayout = new QVBoxLayout(newSchools);
        auto *always = new QLabel(
            tr("Schools already held are always brought up to date, and none is ever deleted. "
               "New ones are added:"),
            newSchools);
        always->setWordWrap(true);
        newLayout->addWidget(always);
        newLayout->addWidget(m_hubAreaOnly);
        newLayout->addWidget(m_openOnly);
        layout->addWidget(newSchools);
    }
    auto *rejected = new QGroupBox(tr("Rows that fail the checks"), this);
    auto *rejectedLayout = new QVBoxLayout(rejected);
    rejectedLayout->addWidget(m_skipRejected);
    rejectedLayout->addWidget(m_importNothing);
    auto *group = new QButtonGroup(this);
    group->addButton(m_skipRejected);
    group->addButton(m_importNothing);
    m_skipRejected->setChecked(true);
    layout->addWidget(rejected);
    layout->addWidget(m_checkOnly);
    layout->addStretch(1);

    connect(browse, &QPushButton::clicked, this, &GiasImportSetup::browse);
    connect(m_file, &QLineEdit::editingFinished, this, [this] {
        const QString typed = QDir::fromNativeSeparators(m_file->text().trimmed());
        if (typed != m_path)
            loadFile(typed);
    });
    connect(m_checkOnly, &QCheckBox::toggled, this, &GiasImportSetup::checkOnlyChanged);
    restore();
}

QString GiasImportSetup::settingsKey(const char *name) const
{
    return QStringLiteral("imports/gias/%1").arg(QLatin1String(name));
}

void GiasImportSetup::restore()
{
    const QSettings settings;
    if (m_hubAreaOnly && m_hubAreaOnly->isEnabled())
        m_hubAreaOnly->setChecked(settings.value(settingsKey("hubAreaOnly"), false).toBool());
    if (m_openOnly)
        m_openOnly->setChecked(settings.value(settingsKey("openOnly"), false).toBool());
    if (settings.value(settingsKey("importNothingOnRejection"), false).toBool())
        m_importNothing->setChecked(true);
}

void GiasImportSetup::remember() const
{
    QSettings settings;
    if (!m_path.isEmpty())
        settings.setValue(settingsKey("folder"), QFileInfo(m_path).absolutePath());
    if (m_hubAreaOnly && m_hubAreaOnly->isEnabled())
        settings.setValue(settingsKey("hubAreaOnly"), m_hubAreaOnly->isChecked());
    if (m_openOnly)
        settings.setValue(settingsKey("openOnly"), m_openOnly->isChecked());
    settings.setValue(settingsKey("importNothingOnRejection"), m_importNothing->isChecked());
}

void GiasImportSetup::browse()
{
    const QString folder = QSettings().value(settingsKey("folder"), QDir::homePath()).toString();
    const QString title = m_kind == GiasImportKind::Schools
        ? tr("Choose a GIAS Establishment Extract")
        : tr("Choose a GIAS Links File");
    const QString path
        = Prompter::openFileName(this, title, folder, tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

void GiasImportSetup::loadFile(const QString &path)
{
    m_path = path;
    m_file->setText(QDir::toNativeSeparators(path));
    m_ready = false;
    m_format->clear();
    m_problem->clear();
    if (!path.isEmpty()) {
        try {
            // The header only: enough to say how the file reads and whether it is the right one.
            const CsvPreview preview = previewCsv(path, 0);
            m_format->setText(tr("%1 Columns: %2; size: %3.")
                                  .arg(describeCsvFormat(preview),
                                       QLocale().toString(preview.header.size()),
                                       QLocale().formattedDataSize(QFileInfo(path).size())));
            const HeaderIndex header(preview.header);
            const QStringList missing = header.missing(requiredColumns(m_kind));
            const GiasImportKind other = m_kind == GiasImportKind::Schools
                ? GiasImportKind::Links
                : GiasImportKind::Schools;
            if (missing.isEmpty())
                m_ready = true;
            else if (header.missing(requiredColumns(other)).isEmpty())
                m_problem->setText(
                    m_kind == GiasImportKind::Schools
                        ? tr("This is a GIAS links file: import it with File > Import > GIAS "
                             "Links.")
                        : tr("This is a GIAS establishment extract: import it with File > "
                             "Import > GIAS Schools."));
            else
                m_problem->setText(tr("%1, line 1: the columns %2 are missing, so this is not "
                                      "a GIAS %3.")
                                       .arg(preview.fileName, missing.join(QStringLiteral(", ")),
                                            m_kind == GiasImportKind::Schools
                                                ? tr("establishment extract")
                                                : tr("links file")));
        } catch (const ImportError &error) {
            m_problem->setText(error.message());
        }
    }
    m_problem->setVisible(!m_problem->text().isEmpty());
    emit readyChanged();
}

bool GiasImportSetup::checkOnly() const
{
    return m_checkOnly->isChecked();
}

GiasEstablishmentOptions GiasImportSetup::options() const
{
    GiasEstablishmentOptions options;
    options.onRejection
        = m_importNothing->isChecked() ? OnRejection::ImportNothing : OnRejection::SkipRow;
    options.dryRun = m_checkOnly->isChecked();
    if (m_hubAreaOnly && m_hubAreaOnly->isChecked())
        options.localAuthorities = m_hubArea;
    options.openSchoolsOnly = m_openOnly && m_openOnly->isChecked();
    return options;
}

} // namespace hubreg::ui
