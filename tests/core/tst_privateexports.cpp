// Files that carry personal data out of HubRegister are readable by their owner only (0600),
// like the database, whatever the user's umask and whatever file they replace.
#include "TestSupport.h"
#include "engagement/CsvExport.h"
#include "export/Exporter.h"

#include <QFile>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace hubreg;

namespace {
QFileDevice::Permissions othersCan(const QString &path)
{
    return QFile::permissions(path)
        & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
           | QFileDevice::WriteOther);
}
} // namespace

class TestPrivateExports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void returnsAreWrittenPrivate();
    void savedTablesAreWrittenPrivate();

private:
#ifdef Q_OS_UNIX
    mode_t m_umask = 0;
#endif
};

void TestPrivateExports::initTestCase()
{
#ifdef Q_OS_UNIX
    // As most systems are set: new files readable by everyone unless a program says otherwise.
    m_umask = ::umask(022);
#endif
}

void TestPrivateExports::cleanupTestCase()
{
#ifdef Q_OS_UNIX
    ::umask(m_umask);
#endif
}

void TestPrivateExports::returnsAreWrittenPrivate()
{
    test::TempDatabase temp;
    test::buildSmallWorkGroup(temp.db());
    const QString path = temp.folder() + QStringLiteral("/participants.csv");
    QVERIFY(Exporter(temp.db()).write(ReportKind::Participants, {}, path) == 3);
    QCOMPARE(othersCan(path), QFileDevice::Permissions());
    QVERIFY(test::fileBytes(path).contains("ann.ash@example.org"));
    // Replacing a file others could read leaves one they cannot.
    QFile::setPermissions(path, QFile::permissions(path) | QFileDevice::ReadOther);
    Exporter(temp.db()).write(ReportKind::Participants, {}, path);
    QCOMPARE(othersCan(path), QFileDevice::Permissions());
}

void TestPrivateExports::savedTablesAreWrittenPrivate()
{
    test::TempDatabase temp;
    const QString path = temp.folder() + QStringLiteral("/report.csv");
    csvexport::save(path, "URN,School\r\n");
    QCOMPARE(othersCan(path), QFileDevice::Permissions());
    QCOMPARE(test::fileBytes(path), QByteArray("URN,School\r\n"));
}

QTEST_GUILESS_MAIN(TestPrivateExports)
#include "tst_privateexports.moc"
