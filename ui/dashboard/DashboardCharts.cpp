#include "DashboardCharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPalette>
#include <QPen>
#include <QValueAxis>

namespace hubreg::ui::charts {

namespace {
// Gives lupdate and the translator the same context for this file's strings.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::ui::charts)
};

QChart *newChart()
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    return chart;
}

QValueAxis *percentAxis()
{
    // A little headroom above 100% so a full bar's label still fits above it.
    auto *axis = new QValueAxis;
    axis->setRange(0, 112);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(20);
    axis->setLabelFormat(QStringLiteral("%d%"));
    return axis;
}

// Whole-number counts: a range ending on a round number, with integer ticks.
QValueAxis *countAxis(int largest)
{
    auto *axis = new QValueAxis;
    const int top = qMax(4, largest + 1);
    axis->setRange(0, top);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(top <= 10 ? 1 : (top <= 50 ? 5 : 10));
    axis->setLabelFormat(QStringLiteral("%d"));
    return axis;
}

int percent(int count, int of)
{
    return of > 0 ? qRound(100.0 * count / of) : 0;
}

// Bar labels sit above the bars, on the chart's background: they take the text colour, not the
// white Qt Charts gives labels drawn inside bars.
void labelAbove(QBarSeries *bars)
{
    bars->setLabelsVisible(true);
    bars->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    for (QBarSet *set : bars->barSets())
        set->setLabelColor(QGuiApplication::palette().color(QPalette::WindowText));
}

QPen goalPen()
{
    QPen pen(QColor(0xc0, 0x39, 0x2b));
    pen.setWidth(2);
    pen.setStyle(Qt::DashLine);
    return pen;
}
} // namespace

QChart *engagement(const QList<PhaseEngagement> &phases)
{
    QChart *chart = newChart();
    // Short names: the panel's explanation says what each counts, and a long one is cut short
    // in the legend of a narrow chart.
    auto *tookPart = new QBarSet(Tr::tr("Took part"));
    auto *completed = new QBarSet(Tr::tr("Completed"));
    auto *engaged = new QBarSet(Tr::tr("Engaged"));
    QStringList categories;
    for (const PhaseEngagement &p : phases) {
        categories << displayName(p.phase);
        *tookPart << percent(p.tookPart, p.schools);
        *completed << percent(p.completed, p.schools);
        *engaged << percent(p.engagedEver, p.schools);
    }
    auto *bars = new QBarSeries;
    bars->append({ tookPart, completed, engaged });
    labelAbove(bars);
    bars->setLabelsFormat(QStringLiteral("@value%"));
    chart->addSeries(bars);

    auto *x = new QBarCategoryAxis;
    x->append(categories);
    QValueAxis *y = percentAxis();
    y->setTitleText(Tr::tr("Area schools"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(x);
    bars->attachAxis(y);

    // The goal: a dashed line across each phase's group of bars, on a hidden axis that lines
    // up with the categories (category i spans i - 0.5 to i + 0.5).
    auto *position = new QValueAxis;
    position->setRange(-0.5, qMax<qsizetype>(1, phases.size()) - 0.5);
    position->setVisible(false);
    chart->addAxis(position, Qt::AlignTop);
    for (int i = 0; i < phases.size(); ++i) {
        auto *goal = new QLineSeries;
        goal->setName(Tr::tr("Goal"));
        goal->setPen(goalPen());
        goal->append(i - 0.42, phases.at(i).goalPercent);
        goal->append(i + 0.42, phases.at(i).goalPercent);
        chart->addSeries(goal);
        goal->attachAxis(position);
        goal->attachAxis(y);
        if (i > 0)
            chart->legend()->markers(goal).value(0)->setVisible(false);
    }
    return chart;
}

QChart *engagementOverYears(const QList<YearEngagement> &years)
{
    QChart *chart = newChart();
    auto *x = new QBarCategoryAxis;
    for (const YearEngagement &year : years)
        x->append(year.academicYear);
    QValueAxis *y = percentAxis();
    y->setTitleText(Tr::tr("Engaged so far"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (int phase = 0; phase < 2; ++phase) {
        auto *line = new QLineSeries;
        auto *goal = new QLineSeries;
        for (int i = 0; i < years.size(); ++i) {
            const PhaseEngagement &p = years.at(i).phases.at(phase);
            line->setName(displayName(p.phase));
            goal->setName(Tr::tr("%1 goal").arg(displayName(p.phase)));
            line->append(i, percent(p.engagedEver, p.schools));
            goal->append(i, p.goalPercent);
        }
        line->setPointsVisible(true);
        line->setPointLabelsVisible(true);
        line->setPointLabelsFormat(QStringLiteral("@yPoint%"));
        chart->addSeries(line);
        QPen pen = goalPen();
        pen.setColor(line->color());
        goal->setPen(pen);
        chart->addSeries(goal);
        for (QLineSeries *series : { line, goal }) {
            series->attachAxis(x);
            series->attachAxis(y);
        }
    }
    return chart;
}

QChart *workGroupsByStatus(const QList<StatusCount> &counts)
{
    QChart *chart = newChart();
    auto *set = new QBarSet(Tr::tr("Work Groups"));
    QStringList categories;
    int largest = 0;
    for (const StatusCount &c : counts) {
        categories << displayName(c.status);
        *set << c.workGroups;
        largest = qMax(largest, c.workGroups);
    }
    auto *bars = new QBarSeries;
    bars->append(set);
    labelAbove(bars);
    chart->addSeries(bars);
    chart->legend()->hide();
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    QValueAxis *y = countAxis(largest);
    y->setTitleText(Tr::tr("Work Groups"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(x);
    bars->attachAxis(y);
    return chart;
}

QChart *attendanceByMonth(const QList<MonthAttendance> &months)
{
    QChart *chart = newChart();
    auto *set = new QBarSet(Tr::tr("Attendance"));
    QStringList categories;
    for (const MonthAttendance &m : months) {
        categories << QLocale().toString(m.month, QStringLiteral("MMM yyyy"));
        *set << percent(m.attended, m.expected);
    }
    auto *bars = new QBarSeries;
    bars->append(set);
    labelAbove(bars);
    bars->setLabelsFormat(QStringLiteral("@value%"));
    chart->addSeries(bars);
    chart->legend()->hide();
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    QValueAxis *y = percentAxis();
    y->setTitleText(Tr::tr("Attending"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(x);
    bars->attachAxis(y);
    return chart;
}

} // namespace hubreg::ui::charts
