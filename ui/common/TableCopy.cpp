#include "TableCopy.h"

#include <QAbstractItemView>
#include <QClipboard>
#include <QGuiApplication>
#include <QItemSelectionModel>
#include <QMap>
#include <QSet>

namespace hubreg::ui {

namespace {
QString clean(QString text)
{
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    text.replace(QLatin1String("\r\n"), QLatin1String(" "));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return text;
}
} // namespace

QString selectionAsTabSeparated(const QAbstractItemView &view, bool withHeader)
{
    const QItemSelectionModel *selection = view.selectionModel();
    const QAbstractItemModel *model = view.model();
    if (!selection || !model)
        return {};
    QMap<int, QMap<int, QString>> cells; // row -> column -> text, both in view order
    QSet<int> columns;
    for (const QModelIndex &index : selection->selectedIndexes()) {
        cells[index.row()][index.column()] = clean(index.data(Qt::DisplayRole).toString());
        columns.insert(index.column());
    }
    QList<int> ordered = columns.values();
    std::sort(ordered.begin(), ordered.end());
    QStringList lines;
    if (withHeader && !cells.isEmpty()) {
        QStringList header;
        for (int column : ordered)
            header << clean(model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
        lines << header.join(QLatin1Char('\t'));
    }
    for (auto row = cells.cbegin(); row != cells.cend(); ++row) {
        QStringList fields;
        for (int column : ordered)
            fields << row.value().value(column);
        lines << fields.join(QLatin1Char('\t'));
    }
    return lines.isEmpty() ? QString() : lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void copySelection(const QAbstractItemView &view)
{
    const QString text = selectionAsTabSeparated(view);
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

} // namespace hubreg::ui
