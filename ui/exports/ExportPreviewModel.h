#pragma once

#include "export/Exporter.h"

#include <QAbstractTableModel>

namespace hubreg::ui {

// The first rows of a return as the file will hold them, under the chosen headings.
class ExportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    void setPreview(const ExportPreview &preview);
    const ExportPreview &preview() const { return m_preview; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    ExportPreview m_preview;
};

} // namespace hubreg::ui
