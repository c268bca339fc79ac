#include "LocalAuthorityCatalogue.h"

#include "database/Database.h"
#include "database/SqlQuery.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace hubreg {

namespace {
struct Published
{
    const char *code;
    const char *name;
};

// GIAS's "LA (code)" and "LA (name)" for England in 2024. Names are as GIAS writes them; an
// extract's own names replace these for the authorities it has schools in.
constexpr Published kPublished[] = {
    { "201", "City of London" },
    { "202", "Camden" },
    { "203", "Greenwich" },
    { "204", "Hackney" },
    { "205", "Hammersmith and Fulham" },
    { "206", "Islington" },
    { "207", "Kensington and Chelsea" },
    { "208", "Lambeth" },
    { "209", "Lewisham" },
    { "210", "Southwark" },
    { "211", "Tower Hamlets" },
    { "212", "Wandsworth" },
    { "213", "Westminster" },
    { "301", "Barking and Dagenham" },
    { "302", "Barnet" },
    { "303", "Bexley" },
    { "304", "Brent" },
    { "305", "Bromley" },
    { "306", "Croydon" },
    { "307", "Ealing" },
    { "308", "Enfield" },
    { "309", "Haringey" },
    { "310", "Harrow" },
    { "311", "Havering" },
    { "312", "Hillingdon" },
    { "313", "Hounslow" },
    { "314", "Kingston upon Thames" },
    { "315", "Merton" },
    { "316", "Newham" },
    { "317", "Redbridge" },
    { "318", "Richmond upon Thames" },
    { "319", "Sutton" },
    { "320", "Waltham Forest" },
    { "330", "Birmingham" },
    { "331", "Coventry" },
    { "332", "Dudley" },
    { "333", "Sandwell" },
    { "334", "Solihull" },
    { "335", "Walsall" },
    { "336", "Wolverhampton" },
    { "340", "Knowsley" },
    { "341", "Liverpool" },
    { "342", "St. Helens" },
    { "343", "Sefton" },
    { "344", "Wirral" },
    { "350", "Bolton" },
    { "351", "Bury" },
    { "352", "Manchester" },
    { "353", "Oldham" },
    { "354", "Rochdale" },
    { "355", "Salford" },
    { "356", "Stockport" },
    { "357", "Tameside" },
    { "358", "Trafford" },
    { "359", "Wigan" },
    { "370", "Barnsley" },
    { "371", "Doncaster" },
    { "372", "Rotherham" },
    { "373", "Sheffield" },
    { "380", "Bradford" },
    { "381", "Calderdale" },
    { "382", "Kirklees" },
    { "383", "Leeds" },
    { "384", "Wakefield" },
    { "390", "Gateshead" },
    { "391", "Newcastle upon Tyne" },
    { "392", "North Tyneside" },
    { "393", "South Tyneside" },
    { "394", "Sunderland" },
    { "420", "Isles of Scilly" },
    { "800", "Bath and North East Somerset" },
    { "801", "Bristol, City of" },
    { "802", "North Somerset" },
    { "803", "South Gloucestershire" },
    { "805", "Hartlepool" },
    { "806", "Middlesbrough" },
    { "807", "Redcar and Cleveland" },
    { "808", "Stockton-on-Tees" },
    { "810", "Kingston upon Hull, City of" },
    { "811", "East Riding of Yorkshire" },
    { "812", "North East Lincolnshire" },
    { "813", "North Lincolnshire" },
    { "815", "North Yorkshire" },
    { "816", "York" },
    { "821", "Luton" },
    { "822", "Bedford" },
    { "823", "Central Bedfordshire" },
    { "825", "Buckinghamshire" },
    { "826", "Milton Keynes" },
    { "830", "Derbyshire" },
    { "831", "Derby" },
    { "838", "Dorset" },
    { "839", "Bournemouth, Christchurch and Poole" },
    { "840", "County Durham" },
    { "841", "Darlington" },
    { "845", "East Sussex" },
    { "846", "Brighton and Hove" },
    { "850", "Hampshire" },
    { "851", "Portsmouth" },
    { "852", "Southampton" },
    { "855", "Leicestershire" },
    { "856", "Leicester" },
    { "857", "Rutland" },
    { "860", "Staffordshire" },
    { "861", "Stoke-on-Trent" },
    { "865", "Wiltshire" },
    { "866", "Swindon" },
    { "867", "Bracknell Forest" },
    { "868", "Windsor and Maidenhead" },
    { "869", "West Berkshire" },
    { "870", "Reading" },
    { "871", "Slough" },
    { "872", "Wokingham" },
    { "873", "Cambridgeshire" },
    { "874", "Peterborough" },
    { "876", "Halton" },
    { "877", "Warrington" },
    { "878", "Devon" },
    { "879", "Plymouth" },
    { "880", "Torbay" },
    { "881", "Essex" },
    { "882", "Southend-on-Sea" },
    { "883", "Thurrock" },
    { "884", "Herefordshire" },
    { "885", "Worcestershire" },
    { "886", "Kent" },
    { "887", "Medway" },
    { "888", "Lancashire" },
    { "889", "Blackburn with Darwen" },
    { "890", "Blackpool" },
    { "891", "Nottinghamshire" },
    { "892", "Nottingham" },
    { "893", "Shropshire" },
    { "894", "Telford and Wrekin" },
    { "895", "Cheshire East" },
    { "896", "Cheshire West and Chester" },
    { "908", "Cornwall" },
    { "916", "Gloucestershire" },
    { "919", "Hertfordshire" },
    { "921", "Isle of Wight" },
    { "925", "Lincolnshire" },
    { "926", "Norfolk" },
    { "929", "Northumberland" },
    { "931", "Oxfordshire" },
    { "933", "Somerset" },
    { "935", "Suffolk" },
    { "936", "Surrey" },
    { "937", "Warwickshire" },
    { "938", "West Sussex" },
    { "940", "North Northamptonshire" },
    { "941", "West Northamptonshire" },
    { "942", "Cumberland" },
    { "943", "Westmorland and Furness" },
};
} // namespace

QString LocalAuthority::describe() const
{
    return name.isEmpty() ? code : QStringLiteral("%1 (%2)").arg(name, code);
}

bool LocalAuthorityCatalogue::isValidCode(const QString &code)
{
    return code.size() == 3
        && std::all_of(code.cbegin(), code.cend(), [](QChar c) { return c.isDigit(); });
}

QList<LocalAuthority> LocalAuthorityCatalogue::published()
{
    QList<LocalAuthority> list;
    for (const Published &la : kPublished)
        list << LocalAuthority { QString::fromLatin1(la.code), QString::fromUtf8(la.name) };
    return list;
}

QList<LocalAuthority> LocalAuthorityCatalogue::all() const
{
    QHash<QString, LocalAuthority> byCode;
    for (const LocalAuthority &la : published())
        byCode.insert(la.code, la);
    // The register's names (the newest non-empty one for each code) and its counts.
    SqlQuery query(m_db,
                   QStringLiteral("SELECT la_code, max(la_name) AS la_name, count(*) AS schools, "
                                  "sum(CASE WHEN status %1 'Open%' THEN 1 ELSE 0 END) AS "
                                  "open_schools FROM schools WHERE la_code <> '' GROUP BY la_code")
                       .arg(m_db.dialect().likeIgnoringCase()));
    query.exec();
    while (query.next()) {
        const QString code = query.value("la_code").toString().trimmed();
        if (code.isEmpty())
            continue;
        LocalAuthority &la = byCode[code];
        la.code = code;
        const QString name = query.value("la_name").toString().trimmed();
        if (!name.isEmpty())
            la.name = name;
        la.schools = query.value("schools").toInt();
        la.openSchools = query.value("open_schools").toInt();
    }
    QList<LocalAuthority> list = byCode.values();
    std::sort(list.begin(), list.end(), [](const LocalAuthority &a, const LocalAuthority &b) {
        const int byName = QString::localeAwareCompare(a.name, b.name);
        return byName != 0 ? byName < 0 : a.code < b.code;
    });
    return list;
}

std::optional<LocalAuthority> LocalAuthorityCatalogue::find(const QString &code) const
{
    for (const LocalAuthority &la : all()) {
        if (la.code == code.trimmed())
            return la;
    }
    return std::nullopt;
}

} // namespace hubreg
