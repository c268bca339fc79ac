#include "ExportRun.h"

#include "database/StoreError.h"
#include "export/Exporter.h"

#include <QCoreApplication>
#include <QProgressDialog>

#include <limits>

namespace hubreg::ui {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hubreg::ui::ExportRun)
};

// Events are let through only every so many rows: a national return has hundreds of thousands.
constexpr qint64 kRowsBetweenEvents = 200;
} // namespace

ExportOutcome writeReturnWithProgress(QWidget *parent, const Database &db, ReportKind kind,
                                      const ExportFilter &filter, const QList<ExportColumn> &layout,
                                      const QString &path)
{
    QProgressDialog progress(parent);
    progress.setObjectName(QStringLiteral("exportProgressDialog"));
    progress.setWindowTitle(Tr::tr("Export Return"));
    progress.setLabelText(Tr::tr("Writing the %1 return…").arg(displayName(kind)));
    progress.setCancelButtonText(Tr::tr("&Cancel"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    // Shown only when the export looks like taking more than a second.
    progress.setMinimumDuration(1000);

    ExportControl control;
    qint64 shown = -1;
    control.progress = [&](qint64 done, qint64 total) {
        if (shown >= 0 && done - shown < kRowsBetweenEvents && done != total)
            return;
        shown = done;
        if (total > 0 && total <= std::numeric_limits<int>::max()) {
            progress.setMaximum(int(total));
            progress.setValue(int(qMin(done, total)));
        } else {
            progress.setMaximum(0); // a busy indicator: the total is not known
            progress.setValue(0);
        }
        // Until the dialog shows there is no Cancel to press, and no input may reach the
        // windows behind it (a hidden dialog blocks nothing); once shown, it blocks them.
        QCoreApplication::processEvents(progress.isVisible() ? QEventLoop::AllEvents
                                                             : QEventLoop::ExcludeUserInputEvents);
    };
    control.cancelRequested = [&progress] { return progress.wasCanceled(); };

    ExportOutcome outcome;
    try {
        outcome.rows = Exporter(db).write(kind, filter, path, layout, {}, control);
        outcome.result = ExportOutcome::Result::Written;
    } catch (const ExportCancelled &) {
        outcome.result = ExportOutcome::Result::Cancelled;
    } catch (const ExportError &error) {
        outcome.error = error.message();
    } catch (const StoreError &error) {
        outcome.error = error.message();
    }
    return outcome;
}

} // namespace hubreg::ui
