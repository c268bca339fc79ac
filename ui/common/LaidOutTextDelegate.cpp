#include "LaidOutTextDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>
#include <QTextLayout>
#include <QtMath>

namespace hubreg::ui {

namespace {
// Enough for several screens of a wide list; past it the layouts are dropped and made again.
constexpr qsizetype kLayoutsKept = 2000;

const QStyle *styleOf(const QStyleOptionViewItem &option)
{
    return option.widget ? option.widget->style() : QApplication::style();
}

// The text of a cell with neither icon nor check box spans the cell, less a margin each side.
int textMargin(const QStyleOptionViewItem &option)
{
    return styleOf(option)->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, option.widget) + 1;
}
} // namespace

LaidOutTextDelegate::LaidOutTextDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

LaidOutTextDelegate::~LaidOutTextDelegate() = default;

bool LaidOutTextDelegate::drawsItself(const QStyleOptionViewItem &option)
{
    // Fusion draws an item as QCommonStyle does, which is what this delegate follows; other
    // styles draw items their own way.
    if (qstrcmp(styleOf(option)->metaObject()->className(), "QFusionStyle") != 0)
        return false;
    const auto features = option.features;
    if (!(features & QStyleOptionViewItem::HasDisplay) || option.text.isEmpty()
        || (features
            & (QStyleOptionViewItem::HasDecoration | QStyleOptionViewItem::HasCheckIndicator
               | QStyleOptionViewItem::WrapText)))
        return false;
    // The focus frame is drawn over the text, and an edited cell framed round it.
    if (option.state & (QStyle::State_HasFocus | QStyle::State_Editing))
        return false;
    // Text spanning the whole cell, placed left or right in a left-to-right list; centred text,
    // a right-to-left list and a trailing space (left out of a line's width) are placed by
    // rules this delegate does not follow.
    if (!option.showDecorationSelected || option.direction != Qt::LeftToRight
        || (option.decorationPosition != QStyleOptionViewItem::Left
            && option.decorationPosition != QStyleOptionViewItem::Right))
        return false;
    const Qt::Alignment horizontal
        = QStyle::visualAlignment(option.direction, option.displayAlignment)
        & (Qt::AlignLeft | Qt::AlignRight | Qt::AlignHCenter | Qt::AlignJustify);
    if (horizontal != Qt::AlignLeft && horizontal != Qt::AlignRight)
        return false;
    return !option.text.contains(QChar::LineSeparator) && !option.text.contains(QLatin1Char('\n'))
        && !option.text.endsWith(QLatin1Char(' '));
}

const QTextLayout &LaidOutTextDelegate::laidOut(const QStyleOptionViewItem &option) const
{
    if (m_layouts.size() >= kLayoutsKept)
        m_layouts.clear();
    std::shared_ptr<QTextLayout> &kept = m_layouts[Key { option.text, option.font }];
    if (!kept) {
        kept = std::make_shared<QTextLayout>(option.text, option.font);
        QTextOption textOption;
        textOption.setWrapMode(QTextOption::ManualWrap);
        textOption.setTextDirection(Qt::LeftToRight);
        textOption.setAlignment(Qt::AlignLeft);
        kept->setTextOption(textOption);
        // Kept shaped for painting; laying out again would shape it again.
        kept->setCacheEnabled(true);
        kept->beginLayout();
        QTextLine line = kept->createLine();
        line.setLineWidth(QWIDGETSIZE_MAX);
        line.setPosition(QPointF(0, 0));
        kept->endLayout();
    }
    return *kept;
}

void LaidOutTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (!drawsItself(opt)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QStyle *style = styleOf(opt);
    // The background, as the style draws it for a cell without text.
    QStyleOptionViewItem background = opt;
    background.text.clear();
    background.features &= ~QStyleOptionViewItem::HasDisplay;
    const int margin = textMargin(opt);
    const QRect textRect
        = style->subElementRect(QStyle::SE_ItemViewItemText, &background, opt.widget)
              .adjusted(margin, 0, -margin, 0);
    const QTextLayout &layout = laidOut(opt);
    const qreal width = layout.lineAt(0).naturalTextWidth();
    if (width > textRect.width()) {
        // Cut short with an ellipsis: Qt's own drawing.
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, opt.widget);

    painter->save();
    painter->setClipRect(opt.rect);
    QPalette::ColorGroup group
        = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    if (group == QPalette::Normal && !(opt.state & QStyle::State_Active))
        group = QPalette::Inactive;
    painter->setPen(opt.palette.color(
        group, opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    const QRect placed = QStyle::alignedRect(Qt::LayoutDirectionAuto, opt.displayAlignment,
                                             layout.boundingRect().size().toSize(), textRect);
    const bool right
        = QStyle::visualAlignment(opt.direction, opt.displayAlignment) & Qt::AlignRight;
    layout.draw(painter,
                QPointF(textRect.x() + (right ? textRect.width() - width : 0.0), placed.top()));
    painter->restore();
}

QSize LaidOutTextDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    if (index.data(Qt::SizeHintRole).isValid())
        return QStyledItemDelegate::sizeHint(option, index);
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (!drawsItself(opt))
        return QStyledItemDelegate::sizeHint(option, index);
    const QTextLine line = laidOut(opt).lineAt(0);
    return QSize(qCeil(line.naturalTextWidth()) + 2 * textMargin(opt), qCeil(line.height()));
}

} // namespace hubreg::ui
