#include "import/ParticipantFields.h"
#include "records/ImportMappingStore.h"

#include <QTest>

using namespace hubreg;

class TestParticipantFields : public QObject
{
    Q_OBJECT

private slots:
    void keysRoundTrip();
    void guessesCommonHeadings();
    void prefersSeparateNameColumns();
};

void TestParticipantFields::keysRoundTrip()
{
    QSet<QString> keys;
    for (ParticipantField field : participantfields::all()) {
        const QString key = participantfields::key(field);
        QVERIFY(!keys.contains(key));
        keys.insert(key);
        QCOMPARE(participantfields::fromKey(key), field);
        QVERIFY(!participantfields::displayName(field).isEmpty());
    }
    QVERIFY(!participantfields::fromKey(QStringLiteral("shoe_size")));
}

void TestParticipantFields::guessesCommonHeadings()
{
    const QStringList header = { QStringLiteral("Timestamp"),
                                 QStringLiteral(" E-mail Address "),
                                 QStringLiteral("Full name"),
                                 QStringLiteral("School URN"),
                                 QStringLiteral("Teacher Reference Number (TRN)"),
                                 QStringLiteral("Job title") };
    const ImportMapping mapping = participantfields::guess(header);
    QCOMPARE(mapping.kind, participantfields::kMappingKind);
    QCOMPARE(mapping.headerKey, ImportMappingStore::headerKey(header));
    QCOMPARE(mapping.columns.value(QStringLiteral("email")), QStringLiteral("E-mail Address"));
    QCOMPARE(mapping.columns.value(QStringLiteral("full_name")), QStringLiteral("Full name"));
    QCOMPARE(mapping.columns.value(QStringLiteral("school_urn")), QStringLiteral("School URN"));
    QCOMPARE(mapping.columns.value(QStringLiteral("trn")),
             QStringLiteral("Teacher Reference Number (TRN)"));
    QCOMPARE(mapping.columns.value(QStringLiteral("job_role")), QStringLiteral("Job title"));
    QCOMPARE(mapping.columns.size(), 5);
}

void TestParticipantFields::prefersSeparateNameColumns()
{
    const ImportMapping mapping
        = participantfields::guess({ QStringLiteral("Name"), QStringLiteral("Forename"),
                                     QStringLiteral("Surname"), QStringLiteral("School") });
    QVERIFY(!mapping.columns.contains(QStringLiteral("full_name")));
    QCOMPARE(mapping.columns.value(QStringLiteral("first_name")), QStringLiteral("Forename"));
    QCOMPARE(mapping.columns.value(QStringLiteral("school_name")), QStringLiteral("School"));
}

QTEST_GUILESS_MAIN(TestParticipantFields)
#include "tst_participantfields.moc"
