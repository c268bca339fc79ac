#pragma once

#include <QFont>
#include <QHash>
#include <QStyledItemDelegate>

#include <memory>

class QTextLayout;

namespace hubreg::ui {

// A list's delegate that lays each cell's text out once and keeps it, so measuring a column and
// painting its cells do not each lay the same text out again (Qt's own delegate does so up to
// four times a cell). It draws what QStyledItemDelegate draws, pixel for pixel; a cell it cannot
// draw so (an icon, a check box, more than one line, text cut short, a style other than Fusion,
// whose item drawing it follows) is left to QStyledItemDelegate.
class LaidOutTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit LaidOutTextDelegate(QObject *parent = nullptr);
    ~LaidOutTextDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Whether a cell with these options (as initStyleOption() fills them) is drawn and measured
    // here rather than by QStyledItemDelegate.
    static bool drawsItself(const QStyleOptionViewItem &option);

private:
    struct Key
    {
        QString text;
        QFont font;
        bool operator==(const Key &other) const { return text == other.text && font == other.font; }
        friend size_t qHash(const Key &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.text, key.font);
        }
    };

    // The cell's text laid out on one line from the left, as Qt's item drawing lays it out; a
    // line aligned otherwise is the same line moved.
    const QTextLayout &laidOut(const QStyleOptionViewItem &option) const;

    mutable QHash<Key, std::shared_ptr<QTextLayout>> m_layouts;
};

} // namespace hubreg::ui
