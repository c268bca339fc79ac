#include "FlowLayout.h"

#include <QHBoxLayout>
#include <QStyle>
#include <QWidget>

namespace hubreg::ui {

FlowLayout::FlowLayout(QWidget *parent)
    : QLayout(parent)
{ }

FlowLayout::FlowLayout(int horizontalSpacing, int verticalSpacing)
    : m_horizontalSpacing(horizontalSpacing)
    , m_verticalSpacing(verticalSpacing)
{ }

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addLayout(QLayout *layout)
{
    addChildLayout(layout);
    m_items.append(layout);
    invalidate();
}

void FlowLayout::addLabelled(QWidget *label, QWidget *field)
{
    auto *pair = new QHBoxLayout;
    pair->setContentsMargins(0, 0, 0, 0);
    pair->addWidget(label);
    pair->addWidget(field, 1);
    addLayout(pair);
}

void FlowLayout::addStretch()
{
    addItem(new QSpacerItem(0, 0, QSizePolicy::Expanding, QSizePolicy::Minimum));
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
    invalidate();
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    QLayoutItem *item = m_items.takeAt(index);
    invalidate();
    return item;
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    for (const QLayoutItem *item : m_items) {
        if (item->expandingDirections() & Qt::Horizontal)
            return Qt::Horizontal;
    }
    return {};
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    // As narrow as the widest item: everything else wraps.
    QSize size;
    for (const QLayoutItem *item : m_items) {
        if (!item->isEmpty())
            size = size.expandedTo(item->minimumSize());
    }
    const QMargins margins = contentsMargins();
    return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // Everything on one row.
    int width = 0;
    int height = 0;
    int visible = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const QSize hint = item->sizeHint();
        width += hint.width();
        height = qMax(height, hint.height());
        ++visible;
    }
    width += qMax(0, visible - 1) * horizontalGap();
    const QMargins margins = contentsMargins();
    return QSize(width + margins.left() + margins.right(),
                 height + margins.top() + margins.bottom());
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::horizontalGap() const
{
    if (m_horizontalSpacing >= 0)
        return m_horizontalSpacing;
    const QWidget *parent = parentWidget();
    return parent
        ? parent->style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing, nullptr, parent)
        : 6;
}

int FlowLayout::verticalGap() const
{
    if (m_verticalSpacing >= 0)
        return m_verticalSpacing;
    const QWidget *parent = parentWidget();
    return parent ? parent->style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing, nullptr, parent)
                  : 6;
}

int FlowLayout::arrange(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int gap = horizontalGap();
    int y = area.y();
    int index = 0;
    const int count = int(m_items.size());
    while (index < count) {
        // Gather a row: at least one item, then as many more as fit at their preferred width.
        QList<QLayoutItem *> row;
        int used = 0;
        for (; index < count; ++index) {
            QLayoutItem *item = m_items.at(index);
            // A spacer (addStretch) is empty, but pushes what follows it along the row.
            if (item->isEmpty() && !item->spacerItem())
                continue;
            const int width = qMin(item->sizeHint().width(), area.width());
            const int needed = row.isEmpty() ? width : used + gap + width;
            if (!row.isEmpty() && needed > area.width())
                break;
            row.append(item);
            used = needed;
        }
        if (row.isEmpty())
            break;
        int height = 0;
        int expanding = 0;
        for (QLayoutItem *item : std::as_const(row)) {
            if (!item->spacerItem())
                height = qMax(height, item->sizeHint().height());
            if (item->expandingDirections() & Qt::Horizontal)
                ++expanding;
        }
        if (apply) {
            const int spare = qMax(0, area.width() - used);
            int x = area.x();
            int shared = 0;
            for (QLayoutItem *item : std::as_const(row)) {
                int width = qMin(item->sizeHint().width(), area.width());
                if (expanding > 0 && (item->expandingDirections() & Qt::Horizontal)) {
                    // The last expanding item takes what rounding left.
                    const int extra = ++shared == expanding
                        ? spare - (spare / expanding) * (expanding - 1)
                        : spare / expanding;
                    width += extra;
                }
                width = qMax(width, item->minimumSize().width());
                const int itemHeight = qMin(height, item->sizeHint().height());
                item->setGeometry(QRect(x, y + (height - itemHeight) / 2, width, itemHeight));
                x += width + gap;
            }
        }
        y += height + verticalGap();
    }
    const QMargins margins = contentsMargins();
    const int content = y - area.y() - (y > area.y() ? verticalGap() : 0);
    return content + margins.top() + margins.bottom();
}

} // namespace hubreg::ui
