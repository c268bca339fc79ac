#pragma once

#include <QLayout>
#include <QList>

namespace hubreg::ui {

// Lays its items out in rows, starting a new row when the next item does not fit: filter bars
// and button rows that wrap on a narrow window instead of forcing it wide. Within a row, the
// items that expand horizontally share the room left over.
class FlowLayout : public QLayout
{
    Q_OBJECT

public:
    explicit FlowLayout(QWidget *parent = nullptr);
    FlowLayout(int horizontalSpacing, int verticalSpacing);
    ~FlowLayout() override;

    // Keeps a label and its field (or any group of widgets) on one row.
    void addLayout(QLayout *layout);
    // A label with its buddy, kept together.
    void addLabelled(QWidget *label, QWidget *field);
    // Room that pushes what follows to the end of its row (like QBoxLayout::addStretch).
    void addStretch();

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    int horizontalGap() const;
    int verticalGap() const;
    // Places the items in `rect` (or only measures, when `apply` is false); returns the height.
    int arrange(const QRect &rect, bool apply) const;

    QList<QLayoutItem *> m_items;
    int m_horizontalSpacing = -1;
    int m_verticalSpacing = -1;
};

} // namespace hubreg::ui
