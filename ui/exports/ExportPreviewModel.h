#pragma once

#include "common/RowTableModel.h"
#include "export/Exporter.h"

namespace hubreg::ui {

// The first rows of a return as the file will hold them, under the chosen headings.
class ExportPreviewModel : public RowTableModel<QStringList>
{
    Q_OBJECT

public:
    explicit ExportPreviewModel(QObject *parent = nullptr);

    void setPreview(const ExportPreview &preview);
    const ExportPreview &preview() const { return m_preview; }

protected:
    QVariant cellData(const QStringList &row, int column, int role) const override;

private:
    ExportPreview m_preview;
};

} // namespace hubreg::ui
