#pragma once

#include "exchange/ExchangeReport.h"

#include <QDialog>

#include <memory>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace hubreg {
class HubMerge;
class LeadUpdate;
} // namespace hubreg

namespace hubreg::ui {

// What a pack will do before anything is written: counts of records added, changed and deleted
// by kind, the conflicts (decided in the ConflictDialog), notes and records left out. Import
// then writes it in one transaction, with progress and Cancel when it takes a while.
class ImportPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    // A Lead's return into the hub's file.
    ImportPreviewDialog(std::unique_ptr<HubMerge> merge, const QString &fileName,
                        QWidget *parent = nullptr);
    // A hub's pack into a Lead's copy.
    ImportPreviewDialog(std::unique_ptr<LeadUpdate> update, const QString &fileName,
                        QWidget *parent = nullptr);
    ~ImportPreviewDialog() override;

    const ExchangeReport &preview() const { return m_preview; }
    // The report of the import, once done.
    const ExchangeReport &result() const { return m_result; }
    HubMerge *merge() const { return m_merge.get(); }

    void openConflicts();
    void runImport();

signals:
    void imported(const hubreg::ExchangeReport &report);

private:
    void build(const QString &fileName);
    void refresh();
    void decide(const QList<ExchangeConflict> &decided);

    std::unique_ptr<HubMerge> m_merge;
    std::unique_ptr<LeadUpdate> m_update;
    ExchangeReport m_preview;
    ExchangeReport m_result;
    QLabel *m_headline = nullptr;
    QTableWidget *m_counts = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_conflictLine = nullptr;
    QPushButton *m_decide = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QPushButton *m_import = nullptr;
};

} // namespace hubreg::ui
