#include "ScaleGenerator.h"

#include "database/Clock.h"
#include "database/Database.h"
#include "database/SqlQuery.h"
#include "database/StoreError.h"
#include "database/Transaction.h"
#include "domain/AcademicYear.h"
#include "history/AuditTrail.h"
#include "records/AcademicYearStore.h"
#include "records/SchoolWriter.h"

#include <QCoreApplication>
#include <QHash>
#include <QSaveFile>
#include <QUuid>

namespace hubreg {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::ScaleGenerator)
};

// splitmix64: fast, and the same numbers on every platform, so one row's values can be
// recomputed from (seed, index) without generating the rows before it.
class Rng
{
public:
    explicit Rng(quint64 seed)
        : m_state(seed)
    { }
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    int below(int n) { return n <= 0 ? 0 : int(next() % quint64(n)); }
    bool chance(int percent) { return below(100) < percent; }
    QUuid uuid()
    {
        const quint64 a = next();
        const quint64 b = next();
        // Version 4 and the RFC 4122 variant, as QUuid::createUuid() would give.
        return QUuid(uint(a >> 32), ushort(a >> 16), ushort((a & 0x0fff) | 0x4000),
                     uchar(((b >> 56) & 0x3f) | 0x80), uchar(b >> 48), uchar(b >> 40),
                     uchar(b >> 32), uchar(b >> 24), uchar(b >> 16), uchar(b >> 8), uchar(b));
    }

private:
    quint64 m_state;
};

const char *const kStems[] = {
    "Oakfield",    "Hillside",     "Brookside",    "Meadowbank",   "Westfield",   "Larkrise",
    "Greenacres",  "Thornhill",    "Beechwood",    "Riverside",    "Moorlands",   "Ashgrove",
    "Kingsway",    "Orchard",      "Fieldhead",    "Elmwood",      "Lime Tree",   "Heathfield",
    "Willowbrook", "Northgate",    "Castle Hill",  "Springwell",   "Rosewood",    "Highfield",
    "Bramley",     "Churchfields", "Foxhill",      "Hawthorn",     "Newlands",    "Park Lane",
    "Redbrook",    "Stonebridge",  "Woodside",     "Valley View",  "Millfield",   "Parkside",
    "Clover Hill", "Blackthorn",   "Copper Beech", "Priory",       "Abbey",       "Grange",
    "Manor",       "Victoria",     "Alexandra",    "Queensbridge", "Marlborough", "Windmill",
    "Harbour",     "Eastbrook",    "Southfields",  "Broadway",     "Chestnut",    "Hollybush",
    "Ivy Lane",    "Juniper",
};
const char *const kSaints[]
    = { "St Mary’s",    "St Peter’s",   "St Anne’s",    "St John’s",  "St Joseph’s",
        "Holy Trinity", "Sacred Heart", "St Thérèse’s", "Our Lady’s", "St Aidan’s" };
const char *const kTowns[]
    = { "Ashby",     "Bexley",   "Carlton",   "Dunmore",     "Eastwick", "Farnley",
        "Glenholme", "Harwood",  "Ingleby",   "Kelby",       "Langley",  "Marston",
        "Norbury",   "Otterton", "Pemberton", "Quarrington", "Rowley",   "Selby Cross",
        "Thornbury", "Upton",    "Wexley",    "Yarwell" };
const char *const kFirst[]
    = { "Aisha",  "Ben",    "Chloe", "Daniel", "Emma",     "Faisal",  "Grace",  "Harry",
        "Imogen", "Jack",   "Katie", "Liam",   "Megan",    "Nathan",  "Olivia", "Priya",
        "Rachel", "Samuel", "Tom",   "Usha",   "Victoria", "William", "Yasmin", "Zoë" };
const char *const kLast[]
    = { "Ahmed", "Bailey",   "Clarke", "Davies", "Evans",    "Fletcher", "Green",   "Hughes",
        "Iqbal", "Jackson",  "Khan",   "Lewis",  "Mitchell", "Noble",    "O’Brien", "Patel",
        "Quinn", "Robinson", "Shaw",   "Turner", "Walker",   "Young" };

template<typename T, size_t N> QString pick(Rng &rng, const T (&list)[N])
{
    return QString::fromUtf8(list[rng.below(int(N))]);
}

struct SchoolSpec
{
    int urn = 0;
    int laIndex = 0;
    QString laCode;
    QString laName;
    QString name;
    QString phase;
    QString status;
    QString type;
    QString typeGroup;
    QString town;
    QString street;
    QString postcode;
    QString trust;
    QString headTitle;
    QString headFirst;
    QString headLast;
    QDate openDate;
    QDate closeDate;
    int lowAge = 4;
    int highAge = 11;
    int pupils = 200;
};

constexpr int kLocalAuthorities = 152;

QString laCodeOf(int laIndex)
{
    return QString::number(201 + laIndex * 5);
}

QString laNameOf(int laIndex)
{
    return QString::fromUtf8(kTowns[laIndex % int(std::size(kTowns))])
        + (laIndex >= int(std::size(kTowns))
               ? QStringLiteral(" %1").arg(laIndex / int(std::size(kTowns)) + 1)
               : QString());
}

// The school at `index` of the register: computed from the seed alone.
SchoolSpec schoolAt(quint32 seed, int index, int laIndex)
{
    Rng rng((quint64(seed) << 32) ^ quint64(index) * 0x2545F4914F6CDD1Dull);
    SchoolSpec s;
    s.urn = 100000 + index * 17 % 890000 + (index * 17 / 890000);
    s.laIndex = laIndex;
    s.laCode = laCodeOf(laIndex);
    s.laName = laNameOf(laIndex);
    const int phaseRoll = rng.below(100);
    if (phaseRoll < 78) {
        s.phase = QStringLiteral("Primary");
        s.lowAge = rng.chance(70) ? 3 : 4;
        s.highAge = 11;
    } else if (phaseRoll < 93) {
        s.phase = QStringLiteral("Secondary");
        s.lowAge = 11;
        s.highAge = rng.chance(60) ? 18 : 16;
    } else if (phaseRoll < 96) {
        s.phase = QStringLiteral("Not applicable");
        s.lowAge = 2;
        s.highAge = 19;
    } else if (phaseRoll < 98) {
        s.phase = QStringLiteral("16 plus");
        s.lowAge = 16;
        s.highAge = 19;
    } else {
        s.phase = QStringLiteral("All-through");
        s.lowAge = 4;
        s.highAge = 18;
    }
    const int statusRoll = rng.below(100);
    s.status = statusRoll < 86 ? QStringLiteral("Open")
        : statusRoll < 97      ? QStringLiteral("Closed")
        : statusRoll < 99      ? QStringLiteral("Open, but proposed to close")
                               : QStringLiteral("Proposed to open");
    const int typeRoll = rng.below(100);
    if (typeRoll < 42) {
        s.type = QStringLiteral("Community school");
        s.typeGroup = QStringLiteral("Local authority maintained schools");
    } else if (typeRoll < 80) {
        s.type = QStringLiteral("Academy converter");
        s.typeGroup = QStringLiteral("Academies");
        s.trust = pick(rng, kTowns) + QStringLiteral(" Learning Trust");
    } else if (typeRoll < 88) {
        s.type = QStringLiteral("Voluntary aided school");
        s.typeGroup = QStringLiteral("Local authority maintained schools");
    } else if (typeRoll < 95) {
        s.type = QStringLiteral("Other independent school");
        s.typeGroup = QStringLiteral("Independent schools");
    } else {
        s.type = QStringLiteral("Community special school");
        s.typeGroup = QStringLiteral("Special schools");
    }
    const bool faith = rng.chance(18);
    const QString stem = faith ? pick(rng, kSaints) : pick(rng, kStems);
    if (s.phase == QLatin1String("Primary"))
        s.name = stem
            + (faith ? QStringLiteral(" Catholic Primary School")
                     : QStringLiteral(" Primary School"));
    else if (s.phase == QLatin1String("Secondary"))
        s.name = stem
            + (s.typeGroup == QLatin1String("Academies") ? QStringLiteral(" Academy")
                                                         : QStringLiteral(" High School"));
    else if (s.phase == QLatin1String("16 plus"))
        s.name = stem + QStringLiteral(" Sixth Form College");
    else
        s.name = stem + QStringLiteral(" School");
    s.town = s.laName;
    s.street
        = QStringLiteral("%1 %2")
              .arg(1 + rng.below(200))
              .arg(rng.chance(50) ? QStringLiteral("School Lane") : QStringLiteral("Church Road"));
    static const QString letters = QStringLiteral("ABDEFGHJLNPQRSTUWXYZ");
    s.postcode = QStringLiteral("%1%2%3 %4%5%6")
                     .arg(letters.at(rng.below(20)))
                     .arg(letters.at(rng.below(20)))
                     .arg(1 + rng.below(30))
                     .arg(rng.below(10))
                     .arg(letters.at(rng.below(20)))
                     .arg(letters.at(rng.below(20)));
    static const QString titles[]
        = { QStringLiteral("Mrs"), QStringLiteral("Mr"), QStringLiteral("Ms"), QStringLiteral("Dr"),
            QStringLiteral("Miss") };
    s.headTitle = titles[rng.below(5)];
    s.headFirst = pick(rng, kFirst);
    s.headLast = pick(rng, kLast);
    s.openDate = rng.chance(40) ? QDate(1950 + rng.below(75), 9, 1) : QDate();
    if (s.status == QLatin1String("Closed"))
        s.closeDate = QDate(2000 + rng.below(26), 8, 31);
    // A school never closes before it opens (GIAS's rule, and the import's); no extra draw, so
    // the rest of the data stays as it was.
    if (s.openDate.isValid() && s.closeDate.isValid() && s.closeDate < s.openDate)
        s.closeDate = QDate(s.openDate.year() + 1, 8, 31);
    s.pupils = s.phase == QLatin1String("Secondary") ? 500 + rng.below(1500) : 50 + rng.below(600);
    return s;
}

struct Effective
{
    int schools;
    int hubs;
    int workGroups;
};

Effective effectiveSize(const ScaleOptions &o)
{
    const int div = qMax(1, o.shareDivisor);
    return { qMax(1, o.schools / div), qMax(1, o.hubs / div), qMax(1, o.workGroups / div) };
}

// Which local authority a school is in. With a share, every school is in the first hub's area.
int laIndexFor(int index, const ScaleOptions &o)
{
    const int hubs = qMax(1, o.hubs);
    if (o.shareDivisor > 1) {
        const int areaSize = kLocalAuthorities / hubs + 1;
        return (index % areaSize) * hubs; // the first hub owns LAs 0, hubs, 2*hubs, ...
    }
    return index % kLocalAuthorities;
}

QByteArray windows1252(const QString &text)
{
    QByteArray out;
    out.reserve(text.size());
    for (QChar c : text) {
        const ushort u = c.unicode();
        if (u < 0x80 || (u >= 0xA0 && u <= 0xFF))
            out += char(u);
        else if (u == 0x2019)
            out += char(0x92);
        else if (u == 0x2018)
            out += char(0x91);
        else if (u == 0x201C)
            out += char(0x93);
        else if (u == 0x201D)
            out += char(0x94);
        else if (u == 0x2013)
            out += char(0x96);
        else
            out += '?';
    }
    return out;
}

QString giasDate(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd-MM-yyyy")) : QString();
}

} // namespace

QStringList ScaleGenerator::giasColumns()
{
    return {
        QStringLiteral("URN"),
        QStringLiteral("LA (code)"),
        QStringLiteral("LA (name)"),
        QStringLiteral("EstablishmentNumber"),
        QStringLiteral("EstablishmentName"),
        QStringLiteral("TypeOfEstablishment (code)"),
        QStringLiteral("TypeOfEstablishment (name)"),
        QStringLiteral("EstablishmentTypeGroup (code)"),
        QStringLiteral("EstablishmentTypeGroup (name)"),
        QStringLiteral("EstablishmentStatus (code)"),
        QStringLiteral("EstablishmentStatus (name)"),
        QStringLiteral("ReasonEstablishmentOpened (code)"),
        QStringLiteral("ReasonEstablishmentOpened (name)"),
        QStringLiteral("OpenDate"),
        QStringLiteral("ReasonEstablishmentClosed (code)"),
        QStringLiteral("ReasonEstablishmentClosed (name)"),
        QStringLiteral("CloseDate"),
        QStringLiteral("PhaseOfEducation (code)"),
        QStringLiteral("PhaseOfEducation (name)"),
        QStringLiteral("StatutoryLowAge"),
        QStringLiteral("StatutoryHighAge"),
        QStringLiteral("Boarders (code)"),
        QStringLiteral("Boarders (name)"),
        QStringLiteral("NurseryProvision (name)"),
        QStringLiteral("OfficialSixthForm (code)"),
        QStringLiteral("OfficialSixthForm (name)"),
        QStringLiteral("Gender (code)"),
        QStringLiteral("Gender (name)"),
        QStringLiteral("ReligiousCharacter (code)"),
        QStringLiteral("ReligiousCharacter (name)"),
        QStringLiteral("ReligiousEthos (name)"),
        QStringLiteral("Diocese (code)"),
        QStringLiteral("Diocese (name)"),
        QStringLiteral("AdmissionsPolicy (code)"),
        QStringLiteral("AdmissionsPolicy (name)"),
        QStringLiteral("SchoolCapacity"),
        QStringLiteral("SpecialClasses (code)"),
        QStringLiteral("SpecialClasses (name)"),
        QStringLiteral("CensusDate"),
        QStringLiteral("NumberOfPupils"),
        QStringLiteral("NumberOfBoys"),
        QStringLiteral("NumberOfGirls"),
        QStringLiteral("PercentageFSM"),
        QStringLiteral("TrustSchoolFlag (code)"),
        QStringLiteral("TrustSchoolFlag (name)"),
        QStringLiteral("Trusts (code)"),
        QStringLiteral("Trusts (name)"),
        QStringLiteral("SchoolSponsorFlag (name)"),
        QStringLiteral("SchoolSponsors (name)"),
        QStringLiteral("FederationFlag (name)"),
        QStringLiteral("Federations (code)"),
        QStringLiteral("Federations (name)"),
        QStringLiteral("UKPRN"),
        QStringLiteral("FEHEIdentifier"),
        QStringLiteral("FurtherEducationType (name)"),
        QStringLiteral("OfstedLastInsp"),
        QStringLiteral("OfstedSpecialMeasures (code)"),
        QStringLiteral("OfstedSpecialMeasures (name)"),
        QStringLiteral("LastChangedDate"),
        QStringLiteral("Street"),
        QStringLiteral("Locality"),
        QStringLiteral("Address3"),
        QStringLiteral("Town"),
        QStringLiteral("County (name)"),
        QStringLiteral("Postcode"),
        QStringLiteral("SchoolWebsite"),
        QStringLiteral("TelephoneNum"),
        QStringLiteral("HeadTitle (name)"),
        QStringLiteral("HeadFirstName"),
        QStringLiteral("HeadLastName"),
        QStringLiteral("HeadPreferredJobTitle"),
        QStringLiteral("BSOInspectorateName (name)"),
        QStringLiteral("InspectorateReport"),
        QStringLiteral("DateOfLastInspectionVisit"),
        QStringLiteral("NextInspectionVisit"),
        QStringLiteral("TeenMoth (name)"),
        QStringLiteral("TeenMothPlaces"),
        QStringLiteral("CCF (name)"),
        QStringLiteral("SENPRU (name)"),
        QStringLiteral("EBD (name)"),
        QStringLiteral("PlacesPRU"),
        QStringLiteral("FTProv (name)"),
        QStringLiteral("EdByOther (name)"),
        QStringLiteral("Section41Approved (name)"),
        QStringLiteral("SEN1 (name)"),
        QStringLiteral("SEN2 (name)"),
        QStringLiteral("SEN3 (name)"),
        QStringLiteral("SEN4 (name)"),
        QStringLiteral("SEN5 (name)"),
        QStringLiteral("SEN6 (name)"),
        QStringLiteral("SEN7 (name)"),
        QStringLiteral("SEN8 (name)"),
        QStringLiteral("SEN9 (name)"),
        QStringLiteral("SEN10 (name)"),
        QStringLiteral("SEN11 (name)"),
        QStringLiteral("SEN12 (name)"),
        QStringLiteral("SEN13 (name)"),
        QStringLiteral("TypeOfResourcedProvision (name)"),
        QStringLiteral("ResourcedProvisionOnRoll"),
        QStringLiteral("ResourcedProvisionCapacity"),
        QStringLiteral("SenUnitOnRoll"),
        QStringLiteral("SenUnitCapacity"),
        QStringLiteral("GOR (code)"),
        QStringLiteral("GOR (name)"),
        QStringLiteral("DistrictAdministrative (code)"),
        QStringLiteral("DistrictAdministrative (name)"),
        QStringLiteral("AdministrativeWard (code)"),
        QStringLiteral("AdministrativeWard (name)"),
        QStringLiteral("ParliamentaryConstituency (code)"),
        QStringLiteral("ParliamentaryConstituency (name)"),
        QStringLiteral("UrbanRural (code)"),
        QStringLiteral("UrbanRural (name)"),
        QStringLiteral("GSSLACode (name)"),
        QStringLiteral("Easting"),
        QStringLiteral("Northing"),
        QStringLiteral("MSOA (name)"),
        QStringLiteral("LSOA (name)"),
        QStringLiteral("InspectorateName (name)"),
        QStringLiteral("SENStat"),
        QStringLiteral("SENNoStat"),
        QStringLiteral("BoardingEstablishment (name)"),
        QStringLiteral("PropsName"),
        QStringLiteral("PreviousLA (code)"),
        QStringLiteral("PreviousLA (name)"),
        QStringLiteral("PreviousEstablishmentNumber"),
        QStringLiteral("OfstedRating (name)"),
        QStringLiteral("RSCRegion (name)"),
        QStringLiteral("Country (name)"),
        QStringLiteral("UPRN"),
        QStringLiteral("SiteName"),
        QStringLiteral("QABName (code)"),
        QStringLiteral("QABName (name)"),
        QStringLiteral("EstablishmentAccredited (code)"),
        QStringLiteral("EstablishmentAccredited (name)"),
        QStringLiteral("QABReport"),
        QStringLiteral("CHNumber"),
        QStringLiteral("MSOA (code)"),
        QStringLiteral("LSOA (code)"),
        QStringLiteral("FSM"),
        QStringLiteral("AccreditationExpiryDate"),
    };
}

bool ScaleGenerator::writeGiasEstablishments(const QString &path, const ScaleOptions &options,
                                             QString *error)
{
    const QStringList columns = giasColumns();
    const Effective size = effectiveSize(options);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    auto quoted = [](const QString &field) {
        QByteArray bytes = windows1252(field);
        bytes.replace('"', "\"\"");
        return '"' + bytes + '"';
    };
    QByteArray line;
    for (int c = 0; c < columns.size(); ++c)
        line += (c ? "," : "") + quoted(columns.at(c));
    file.write(line + "\r\n");

    QHash<QString, int> at;
    for (int c = 0; c < columns.size(); ++c)
        at.insert(columns.at(c), c);
    QStringList fields;
    for (int i = 0; i < size.schools; ++i) {
        const SchoolSpec s = schoolAt(options.seed, i, laIndexFor(i, options));
        Rng rng(quint64(s.urn) * 0x9E3779B97F4A7C15ull ^ options.seed);
        fields = QStringList(columns.size(), QString());
        // Columns HubRegister does not read still carry GIAS-like values, so the file has the
        // real extract's size and shape.
        const bool sparse = options.giasShape == ScaleOptions::GiasShape::Sparse;
        for (int c = 0; c < columns.size(); ++c) {
            const QString &name = columns.at(c);
            if (sparse && !rng.chance(15))
                fields[c] = QString();
            else if (name.endsWith(QLatin1String("(code)")))
                fields[c] = QString::number(rng.below(30));
            else if (name.endsWith(QLatin1String("(name)")))
                fields[c] = rng.chance(70) ? QStringLiteral("Not applicable")
                                           : QStringLiteral("Does not apply");
            else if (name.contains(QLatin1String("Date")))
                fields[c]
                    = giasDate(QDate(2010 + rng.below(15), 1 + rng.below(12), 1 + rng.below(28)));
            else
                fields[c] = rng.chance(50) ? QString::number(rng.below(100000)) : QString();
        }
        fields[at.value(QStringLiteral("URN"))] = QString::number(s.urn);
        fields[at.value(QStringLiteral("LA (code)"))] = s.laCode;
        fields[at.value(QStringLiteral("LA (name)"))] = s.laName;
        fields[at.value(QStringLiteral("EstablishmentNumber"))] = QString::number(2000 + i % 8000);
        fields[at.value(QStringLiteral("EstablishmentName"))] = s.name;
        fields[at.value(QStringLiteral("TypeOfEstablishment (name)"))] = s.type;
        fields[at.value(QStringLiteral("EstablishmentTypeGroup (name)"))] = s.typeGroup;
        fields[at.value(QStringLiteral("EstablishmentStatus (name)"))] = s.status;
        fields[at.value(QStringLiteral("OpenDate"))] = giasDate(s.openDate);
        fields[at.value(QStringLiteral("CloseDate"))] = giasDate(s.closeDate);
        fields[at.value(QStringLiteral("PhaseOfEducation (name)"))] = s.phase;
        fields[at.value(QStringLiteral("StatutoryLowAge"))] = QString::number(s.lowAge);
        fields[at.value(QStringLiteral("StatutoryHighAge"))] = QString::number(s.highAge);
        fields[at.value(QStringLiteral("NumberOfPupils"))] = QString::number(s.pupils);
        fields[at.value(QStringLiteral("Trusts (name)"))] = s.trust;
        fields[at.value(QStringLiteral("Street"))] = s.street;
        fields[at.value(QStringLiteral("Locality"))] = QString();
        fields[at.value(QStringLiteral("Address3"))] = QString();
        fields[at.value(QStringLiteral("Town"))] = s.town;
        fields[at.value(QStringLiteral("County (name)"))] = QString();
        fields[at.value(QStringLiteral("Postcode"))] = s.postcode;
        fields[at.value(QStringLiteral("HeadTitle (name)"))] = s.headTitle;
        fields[at.value(QStringLiteral("HeadFirstName"))] = s.headFirst;
        fields[at.value(QStringLiteral("HeadLastName"))] = s.headLast;
        fields[at.value(QStringLiteral("HeadPreferredJobTitle"))] = QStringLiteral("Headteacher");
        fields[at.value(QStringLiteral("SchoolWebsite"))]
            = QStringLiteral("www.school%1.sch.uk").arg(s.urn);
        fields[at.value(QStringLiteral("TelephoneNum"))]
            = QStringLiteral("01%1").arg(100000000 + rng.below(899999999));
        if (sparse) {
            // What real extracts hold now and then: accents, quotes in a name, a line break
            // inside a quoted note.
            static const QString kAccented[]
                = { QStringLiteral("Zoë"), QStringLiteral("José"), QStringLiteral("Renée"),
                    QStringLiteral("Siân"), QStringLiteral("Chloé") };
            if (rng.chance(20))
                fields[at.value(QStringLiteral("HeadFirstName"))] = kAccented[rng.below(5)];
            if (rng.chance(10))
                fields[at.value(QStringLiteral("EstablishmentName"))]
                    += QStringLiteral(" (“Les Étoiles”)");
            if (rng.chance(5))
                fields[at.value(QStringLiteral("EstablishmentName"))]
                    += QStringLiteral(" \"The Oaks\"");
            if (rng.chance(5))
                fields[at.value(QStringLiteral("InspectorateReport"))]
                    = QStringLiteral("Visited 12-03-2024.\r\nSee the café report.");
            if (rng.chance(5))
                fields[at.value(QStringLiteral("SchoolSponsors (name)"))]
                    = QStringLiteral("Fédération \"Sainte-Anne\"\r\nTrust");
        }
        line.clear();
        for (int c = 0; c < fields.size(); ++c) {
            if (c)
                line += ',';
            line += quoted(fields.at(c));
        }
        line += "\r\n";
        if (file.write(line) != line.size()) {
            if (error)
                *error = file.errorString();
            file.cancelWriting();
            return false;
        }
        if (options.progress && i % 1000 == 0 && !options.progress(i, size.schools)) {
            file.cancelWriting();
            if (error)
                *error = Tr::tr("Cancelled.");
            return false;
        }
    }
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

ScaleSummary ScaleGenerator::populate(Database &db, const ScaleOptions &options)
{
    {
        SqlQuery used(
            db,
            QStringLiteral(
                "SELECT (SELECT count(*) FROM schools) + (SELECT count(*) FROM work_groups)"));
        if (used.scalar().toInt() > 0)
            throw StoreError(StoreError::Kind::Conflict,
                             Tr::tr("Scale data goes into an empty file only."));
    }
    const Effective size = effectiveSize(options);
    const qint64 estimatedRows = qint64(size.workGroups) * 120;
    qint64 rowsDone = 0;
    ScaleSummary summary;
    Rng rng(0xC0FFEEull ^ options.seed);
    const QDateTime stampTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    const QString stamp = Clock::timestamp(stampTime);
    auto uuid = [&rng] { return rng.uuid().toString(QUuid::WithoutBraces); };
    auto tick = [&](qint64 rows) {
        rowsDone += rows;
        if (options.progress && rowsDone % 5000 < rows
            && !options.progress(rowsDone, estimatedRows))
            throw StoreError(StoreError::Kind::Conflict, Tr::tr("Cancelled: nothing was written."));
    };

    Transaction transaction(db);
    // Generated data at national scale: one entry in the trail, not millions.
    AuditTrail::Pause pause(db, QStringLiteral("generated data"));

    // Hubs, each serving every hubs-th local authority.
    QList<RecordId> hubIds;
    SqlQuery hub(
        db,
        QStringLiteral(
            "INSERT INTO hubs (uuid, name, created_at, updated_at) VALUES (:u, :n, :t, :t)"));
    SqlQuery hubLa(
        db, QStringLiteral("INSERT INTO hub_local_authorities (hub_id, la_code) VALUES (:h, :la)"));
    const int hubsInNation = qMax(1, options.hubs);
    for (int h = 0; h < size.hubs; ++h) {
        hub.bind(QStringLiteral(":u"), uuid())
            .bind(QStringLiteral(":n"),
                  QStringLiteral("Maths Hub %1").arg(h + 1, 2, 10, QLatin1Char('0')))
            .bind(QStringLiteral(":t"), stamp)
            .exec();
        hubIds << hub.lastInsertId();
        for (int la = h; la < kLocalAuthorities; la += hubsInNation)
            hubLa.bind(QStringLiteral(":h"), hubIds.last())
                .bind(QStringLiteral(":la"), laCodeOf(la))
                .exec();
    }

    // Schools, as in the GIAS extract.
    SchoolWriter schoolWriter(db);
    schoolWriter.stampAllAt(stampTime);
    struct Candidate
    {
        RecordId id;
        int urn;
    };
    QHash<int, QList<Candidate>> primaryByHub;
    QHash<int, QList<Candidate>> secondaryByHub;
    for (int i = 0; i < size.schools; ++i) {
        const SchoolSpec s = schoolAt(options.seed, i, laIndexFor(i, options));
        School school;
        school.uuid = rng.uuid();
        school.urn = *Urn::fromInt(s.urn);
        school.name = s.name;
        school.laCode = s.laCode;
        school.laName = s.laName;
        school.establishmentType = s.type;
        school.typeGroup = s.typeGroup;
        school.phase = s.phase;
        school.status = s.status;
        school.street = s.street;
        school.town = s.town;
        school.postcode = s.postcode;
        school.trustName = s.trust;
        school.headTitle = s.headTitle;
        school.headFirstName = s.headFirst;
        school.headLastName = s.headLast;
        school.openDate = s.openDate;
        school.closeDate = s.closeDate;
        school.statutoryLowAge = s.lowAge;
        school.statutoryHighAge = s.highAge;
        school.pupils = s.pupils;
        schoolWriter.insert(school, SchoolWriter::Columns::FromGias);
        const RecordId id = school.id;
        ++summary.schools;
        const int hubIndex = s.laIndex % hubsInNation;
        const bool open = s.status.startsWith(QLatin1String("Open"));
        if (open && hubIndex < size.hubs && s.typeGroup != QLatin1String("Independent schools")) {
            if (s.phase == QLatin1String("Primary"))
                primaryByHub[hubIndex] << Candidate { id, s.urn };
            else if (s.phase == QLatin1String("Secondary"))
                secondaryByHub[hubIndex] << Candidate { id, s.urn };
        }
        tick(1);
    }

    // Programmes: the seeded catalogue, weighted towards the big primary ones.
    struct ProgrammeChoice
    {
        RecordId id;
        QString code;
        bool secondary;
        int participants;
    };
    QList<ProgrammeChoice> programmes;
    const QList<QPair<QString, int>> weights = {
        { QStringLiteral("TFM-DEV"), 6 },  { QStringLiteral("TFM-EMB"), 5 },
        { QStringLiteral("TFM-SUS"), 6 },  { QStringLiteral("MN"), 6 },
        { QStringLiteral("SKTM-P"), 2 },   { QStringLiteral("MR"), 1 },
        { QStringLiteral("Y5-8"), 1 },     { QStringLiteral("S-TFM-DEV"), 2 },
        { QStringLiteral("S-TFM-ES"), 2 }, { QStringLiteral("MT-GCSE"), 1 },
        { QStringLiteral("SKTM-NS"), 1 },
    };
    for (const auto &weight : weights) {
        SqlQuery p(
            db,
            QStringLiteral(
                "SELECT id, phase, participants_per_school FROM programmes WHERE code = :c"));
        p.bind(QStringLiteral(":c"), weight.first).exec();
        if (!p.next())
            continue;
        const ProgrammeChoice choice { p.value(0).toLongLong(), weight.first,
                                       p.value(1).toString() == QLatin1String("secondary"),
                                       qMax(1, qMin(3, p.value(2).toInt())) };
        for (int w = 0; w < weight.second; ++w)
            programmes << choice;
    }

    // Academic years ending with the one of `today`.
    AcademicYearStore yearStore(db);
    QList<AcademicYear> years;
    QString label = AcademicYear::labelFor(options.today);
    for (int y = 0; y < qMax(1, options.years); ++y, label = AcademicYear::previous(label))
        years.prepend(yearStore.ensure(label));

    SqlQuery person(db,
                    QStringLiteral("INSERT INTO people (uuid, first_name, last_name, email, role, "
                                   "school_id, is_work_group_lead, "
                                   "is_mastery_specialist, created_at, updated_at) VALUES (:u, :f, "
                                   ":l, :e, :r, :s, :lead, :lead, :t, :t)"));
    // Each school has a small staff the hub works with, made the first time it is needed.
    QHash<RecordId, QList<RecordId>> staff;
    auto staffOf = [&](const Candidate &c) -> const QList<RecordId> & {
        QList<RecordId> &pool = staff[c.id];
        while (pool.size() < 4) {
            const int n = int(pool.size());
            person.bind(QStringLiteral(":u"), uuid())
                .bind(QStringLiteral(":f"), pick(rng, kFirst))
                .bind(QStringLiteral(":l"), pick(rng, kLast))
                .bind(QStringLiteral(":e"),
                      QStringLiteral("t%1.%2@school%2.sch.uk").arg(n).arg(c.urn))
                .bind(QStringLiteral(":r"),
                      n == 0 ? QStringLiteral("Maths lead") : QStringLiteral("Class teacher"))
                .bind(QStringLiteral(":s"), c.id)
                .bind(QStringLiteral(":lead"), 0)
                .bind(QStringLiteral(":t"), stamp)
                .exec();
            pool << person.lastInsertId();
            ++summary.people;
        }
        return pool;
    };
    QHash<int, QList<RecordId>> leadsByHub;
    for (int h = 0; h < size.hubs; ++h) {
        const QList<Candidate> &primaries = primaryByHub[h];
        for (int l = 0; l < 20 && !primaries.isEmpty(); ++l) {
            const Candidate &at = primaries.at(rng.below(int(primaries.size())));
            person.bind(QStringLiteral(":u"), uuid())
                .bind(QStringLiteral(":f"), pick(rng, kFirst))
                .bind(QStringLiteral(":l"), pick(rng, kLast))
                .bind(QStringLiteral(":e"),
                      QStringLiteral("lead%1.hub%2@mathshub.example").arg(l).arg(h + 1))
                .bind(QStringLiteral(":r"), QStringLiteral("Primary Mastery Specialist"))
                .bind(QStringLiteral(":s"), at.id)
                .bind(QStringLiteral(":lead"), 1)
                .bind(QStringLiteral(":t"), stamp)
                .exec();
            leadsByHub[h] << person.lastInsertId();
            ++summary.people;
        }
    }

    SqlQuery group(db,
                   QStringLiteral("INSERT INTO work_groups (uuid, hub_id, programme_id, "
                                  "academic_year_id, code, title, lead_person_id, "
                                  "status, capacity, created_at, updated_at) VALUES (:u, :hub, :p, "
                                  ":y, :code, :title, :lead, :status, 7, :t, :t)"));
    SqlQuery enrol(db,
                   QStringLiteral("INSERT INTO work_group_schools (uuid, work_group_id, school_id, "
                                  "joined_on, head_commitment, "
                                  "created_at, updated_at) VALUES (:u, :wg, :s, :j, 1, :t, :t) "
                                  "ON CONFLICT DO NOTHING"));
    SqlQuery participant(
        db,
        QStringLiteral(
            "INSERT INTO work_group_participants (uuid, work_group_id, person_id, school_id, "
            "is_lead_participant, "
            "joined_on, created_at, updated_at) VALUES (:u, :wg, :p, :s, :lead, :j, :t, :t)"));
    SqlQuery session(db,
                     QStringLiteral("INSERT INTO sessions (uuid, work_group_id, number, title, "
                                    "held_on, start_time, end_time, mode, venue, "
                                    "status, created_at, updated_at) VALUES (:u, :wg, :n, :title, "
                                    ":d, '13:30', '16:00', :mode, :venue, :status, :t, :t)"));
    SqlQuery mark(db,
                  QStringLiteral("INSERT INTO attendance_marks (uuid, session_id, participant_id, "
                                 "mark, substitute_name, recorded_by, "
                                 "recorded_at, created_at, updated_at) VALUES (:u, :s, :p, :m, "
                                 ":sub, 'Lead', :t, :t, :t)"));

    const int perHubYear = size.workGroups / (qMax(1, int(years.size())) * size.hubs);
    int remainder = size.workGroups - perHubYear * int(years.size()) * size.hubs;
    static const char kMarks[] = { 'P', 'P', 'P', 'P', 'P', 'P', 'P', 'P', 'P', 'P',
                                   'P', 'P', 'P', 'L', 'E', 'S', 'A', 'A', 'X', 'N' };
    for (const AcademicYear &year : years) {
        const bool past = year.endDate < options.today;
        for (int h = 0; h < size.hubs; ++h) {
            const int count = perHubYear + (remainder > 0 ? 1 : 0);
            if (remainder > 0)
                --remainder;
            for (int g = 0; g < count; ++g) {
                const ProgrammeChoice &programme = programmes.at(rng.below(int(programmes.size())));
                const QList<Candidate> &pool
                    = programme.secondary ? secondaryByHub[h] : primaryByHub[h];
                if (pool.size() < 7)
                    continue;
                const QString code = QStringLiteral("%1 %2 H%3-%4")
                                         .arg(programme.code, year.label.mid(2, 2))
                                         .arg(h + 1, 2, 10, QLatin1Char('0'))
                                         .arg(g + 1, 3, 10, QLatin1Char('0'));
                const QList<RecordId> &leads = leadsByHub[h];
                group.bind(QStringLiteral(":u"), uuid())
                    .bind(QStringLiteral(":hub"), hubIds.at(h))
                    .bind(QStringLiteral(":p"), programme.id)
                    .bind(QStringLiteral(":y"), year.id)
                    .bind(QStringLiteral(":code"), code)
                    .bind(QStringLiteral(":title"), code)
                    .bind(QStringLiteral(":lead"),
                          leads.isEmpty() ? QVariant()
                                          : QVariant(leads.at(rng.below(int(leads.size())))))
                    .bind(QStringLiteral(":status"),
                          past ? QStringLiteral("completed") : QStringLiteral("running"))
                    .bind(QStringLiteral(":t"), stamp)
                    .exec();
                const RecordId wg = group.lastInsertId();
                ++summary.workGroups;

                const QDate joined = year.startDate.addDays(14);
                QList<QPair<RecordId, RecordId>> members; // participant id, school id
                const int schoolsInGroup = rng.chance(67) ? 7 : 6;
                const int first = rng.below(int(pool.size()));
                for (int k = 0; k < schoolsInGroup; ++k) {
                    const Candidate &c = pool.at((first + k * 7919) % pool.size());
                    enrol.bind(QStringLiteral(":u"), uuid())
                        .bind(QStringLiteral(":wg"), wg)
                        .bind(QStringLiteral(":s"), c.id)
                        .bind(QStringLiteral(":j"), nullableDate(joined))
                        .bind(QStringLiteral(":t"), stamp);
                    // A statement that fails would end the whole transaction on PostgreSQL, so
                    // a school already in the group is passed over by the INSERT itself.
                    if (enrol.exec().rowsAffected() == 0)
                        continue; // the pool wrapped round onto a school already in the group
                    ++summary.schoolEnrolments;
                    const QList<RecordId> &people = staffOf(c);
                    for (int n = 0; n < programme.participants; ++n) {
                        participant.bind(QStringLiteral(":u"), uuid())
                            .bind(QStringLiteral(":wg"), wg)
                            .bind(QStringLiteral(":p"), people.at((g + n) % people.size()))
                            .bind(QStringLiteral(":s"), c.id)
                            .bind(QStringLiteral(":lead"), n == 0 ? 1 : 0)
                            .bind(QStringLiteral(":j"), nullableDate(joined))
                            .bind(QStringLiteral(":t"), stamp)
                            .exec();
                        members << qMakePair(participant.lastInsertId(), c.id);
                        ++summary.participantEnrolments;
                    }
                }
                for (int n = 1; n <= options.sessionsPerGroup; ++n) {
                    const QDate date = year.startDate.addDays(21 + (n - 1) * 49);
                    const bool held = date < options.today;
                    const bool online = n % 3 == 0;
                    session.bind(QStringLiteral(":u"), uuid())
                        .bind(QStringLiteral(":wg"), wg)
                        .bind(QStringLiteral(":n"), n)
                        .bind(QStringLiteral(":title"), QStringLiteral("Session %1").arg(n))
                        .bind(QStringLiteral(":d"), nullableDate(date))
                        .bind(QStringLiteral(":mode"),
                              online ? QStringLiteral("online") : QStringLiteral("in_person"))
                        .bind(QStringLiteral(":venue"),
                              online ? QStringLiteral("Online") : QStringLiteral("Hub centre"))
                        .bind(QStringLiteral(":status"),
                              held ? QStringLiteral("held") : QStringLiteral("planned"))
                        .bind(QStringLiteral(":t"), stamp)
                        .exec();
                    const RecordId sessionId = session.lastInsertId();
                    ++summary.sessions;
                    if (!held)
                        continue;
                    for (const auto &member : members) {
                        const char markCode = kMarks[rng.below(int(sizeof kMarks))];
                        mark.bind(QStringLiteral(":u"), uuid())
                            .bind(QStringLiteral(":s"), sessionId)
                            .bind(QStringLiteral(":p"), member.first)
                            .bind(QStringLiteral(":m"), QString(QLatin1Char(markCode)))
                            .bind(QStringLiteral(":sub"),
                                  markCode == 'S' ? QStringLiteral("A colleague") : QString())
                            .bind(QStringLiteral(":t"), stamp)
                            .exec();
                        ++summary.marks;
                    }
                    tick(qint64(members.size()) + 1);
                }
            }
        }
    }
    pause.finish(QStringLiteral("people"), summary.people);
    transaction.commit();
    for (Entity e :
         { Entity::Hub, Entity::School, Entity::Person, Entity::WorkGroup, Entity::SchoolEnrolment,
           Entity::ParticipantEnrolment, Entity::Session, Entity::AttendanceMark })
        db.noteChange(e);
    return summary;
}

} // namespace hubreg
