// The lists' delegate that lays each cell's text out once: a table drawn through it is the same,
// pixel for pixel, as drawn through Qt's own delegate, in every state a cell can be in, and its
// columns are measured the same; the cells it leaves to Qt's delegate are those it cannot draw
// the same way.
#include "common/DataTableView.h"
#include "common/LaidOutTextDelegate.h"
#include "common/ViewSettings.h"

#include <QApplication>
#include <QHeaderView>
#include <QImage>
#include <QPainter>
#include <QPixmap>
#include <QStandardItemModel>
#include <QTest>
#include <QVBoxLayout>

using namespace hubreg::ui;

namespace {

// The view's own options for a cell, as it hands them to its delegate.
class View : public DataTableView
{
public:
    using DataTableView::DataTableView;
    QStyleOptionViewItem optionFor(const QModelIndex &index) const
    {
        QStyleOptionViewItem option;
        initViewItemOption(&option);
        option.rect = visualRect(index);
        return option;
    }
};

class Probe : public LaidOutTextDelegate
{
public:
    using QStyledItemDelegate::initStyleOption;
};

// Rows as a list shows them: codes, names in Latin and Arabic script, long titles, figures aligned
// right, and cells of the kinds the delegate leaves to Qt.
void fill(QStandardItemModel &model)
{
    const QStringList codes = { QStringLiteral("MN 26 H01-003"),
                                QStringLiteral("Zoë Ó Briain"),
                                QStringLiteral("مدرسة الأمل"),
                                QStringLiteral("Waffle fi fl ffi"),
                                QStringLiteral("AV To Ty Wa"),
                                QStringLiteral("2026/27"),
                                QStringLiteral("x"),
                                QStringLiteral("Smith-Jones, Ann"),
                                QStringLiteral("Crème brûlée 😀") };
    const QStringList titles = {
        QStringLiteral("Mastery Readiness"),
        QStringLiteral("Developing Core Subject Knowledge for Primary Teachers of Mathematics"),
        QStringLiteral("Short"),
        QStringLiteral("A title long enough to be cut short with an ellipsis in its column"),
        QStringLiteral("Teaching for Mastery"),
    };
    const QStringList figures
        = { QStringLiteral("7 of 30"), QStringLiteral("100%"), QStringLiteral("…"),
            QStringLiteral("0"), QStringLiteral("12 of 6") };
    for (int row = 0; row < codes.size(); ++row) {
        QList<QStandardItem *> items;
        items << new QStandardItem(codes.at(row));
        items << new QStandardItem(titles.at(row % titles.size()));
        auto *figure = new QStandardItem(figures.at(row % figures.size()));
        figure->setData(int(Qt::AlignRight | Qt::AlignVCenter), Qt::TextAlignmentRole);
        items << figure;
        auto *other = new QStandardItem;
        switch (row % 6) {
        case 0:
            other->setText(QStringLiteral("Checked"));
            other->setCheckable(true);
            other->setCheckState(Qt::Checked);
            break;
        case 1: {
            QPixmap square(12, 12);
            square.fill(Qt::darkGreen);
            other->setText(QStringLiteral("With an icon"));
            other->setIcon(QIcon(square));
            break;
        }
        case 2:
            other->setText(QStringLiteral("Two\nlines"));
            break;
        case 3:
            other->setText(QStringLiteral("Trailing space "));
            break;
        case 4:
            other->setText(QStringLiteral("Centred"));
            other->setData(int(Qt::AlignCenter), Qt::TextAlignmentRole);
            break;
        default:
            other->setText(QStringLiteral("Top"));
            other->setData(int(Qt::AlignLeft | Qt::AlignTop), Qt::TextAlignmentRole);
            break;
        }
        items << other;
        model.appendRow(items);
    }
    model.setHorizontalHeaderLabels({ QStringLiteral("Code"), QStringLiteral("Title"),
                                      QStringLiteral("Schools"), QStringLiteral("Other") });
}

// How many pixels of the two images differ.
int differingPixels(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return a.width() * a.height();
    int differ = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x)
            differ += a.pixel(x, y) != b.pixel(x, y);
    return differ;
}

} // namespace

class TestLaidOutText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // The style whose drawing the delegate follows, whatever the machine's default.
        QApplication::setStyle(QStringLiteral("Fusion"));
    }

    void init()
    {
        m_model = std::make_unique<QStandardItemModel>();
        fill(*m_model);
        m_window = std::make_unique<QWidget>();
        auto *layout = new QVBoxLayout(m_window.get());
        m_view = new View(m_window.get());
        setUpTable(m_view);
        m_view->setModel(m_model.get());
        layout->addWidget(m_view);
        m_window->resize(640, 420);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_view->setColumnWidth(0, 130);
        m_view->setColumnWidth(1, 190);
        m_view->setColumnWidth(2, 70);
        m_view->setColumnWidth(3, 110);
    }

    void cleanup()
    {
        m_window.reset();
        m_model.reset();
    }

    void drawsEveryCellAsQtDoes_data()
    {
        QTest::addColumn<QString>("state");
        QTest::newRow("plain") << QStringLiteral("plain");
        QTest::newRow("rows selected") << QStringLiteral("selected");
        QTest::newRow("current cell, list focused") << QStringLiteral("focused");
        QTest::newRow("list disabled") << QStringLiteral("disabled");
        QTest::newRow("larger font") << QStringLiteral("font");
        QTest::newRow("columns narrow") << QStringLiteral("narrow");
    }

    void drawsEveryCellAsQtDoes()
    {
        QFETCH(QString, state);
        if (state == QLatin1String("selected")) {
            m_view->selectRow(1);
            m_view->selectionModel()->select(
                m_model->index(4, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        } else if (state == QLatin1String("focused")) {
            m_view->setFocus();
            m_view->setCurrentIndex(m_model->index(2, 1));
        } else if (state == QLatin1String("disabled")) {
            m_view->setEnabled(false);
        } else if (state == QLatin1String("font")) {
            QFont font = m_view->font();
            font.setPointSizeF(font.pointSizeF() * 1.7);
            m_view->setFont(font);
        } else if (state == QLatin1String("narrow")) {
            for (int column = 0; column < m_model->columnCount(); ++column)
                m_view->setColumnWidth(column, 38);
        }
        const QImage byQt = m_view->viewport()->grab().toImage();
        auto *delegate = new LaidOutTextDelegate(m_view);
        m_view->setItemDelegate(delegate);
        const QImage laidOut = m_view->viewport()->grab().toImage();
        QCOMPARE(differingPixels(laidOut, byQt), 0);
        // And again from the layouts kept by the first drawing.
        QCOMPARE(differingPixels(m_view->viewport()->grab().toImage(), byQt), 0);
    }

    void measuresEveryCellAsQtDoes()
    {
        QStyledItemDelegate byQt;
        LaidOutTextDelegate laidOut;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            for (int column = 0; column < m_model->columnCount(); ++column) {
                const QModelIndex index = m_model->index(row, column);
                const QStyleOptionViewItem option = m_view->optionFor(index);
                QCOMPARE(laidOut.sizeHint(option, index), byQt.sizeHint(option, index));
            }
        }
        // The columns fitted to their contents come out the same width.
        m_view->resizeColumnsToContents();
        QList<int> widths;
        for (int column = 0; column < m_model->columnCount(); ++column)
            widths << m_view->columnWidth(column);
        m_view->setItemDelegate(new LaidOutTextDelegate(m_view));
        m_view->resizeColumnsToContents();
        for (int column = 0; column < m_model->columnCount(); ++column)
            QCOMPARE(m_view->columnWidth(column), widths.at(column));
    }

    void drawsOnlyPlainTextItself()
    {
        Probe probe;
        const auto drawsItself = [&](int row, int column) {
            const QModelIndex index = m_model->index(row, column);
            QStyleOptionViewItem option = m_view->optionFor(index);
            probe.initStyleOption(&option, index);
            return LaidOutTextDelegate::drawsItself(option);
        };
        // Plain text on one line, aligned left or right, in any script.
        QVERIFY(drawsItself(0, 0));
        QVERIFY(drawsItself(2, 0));
        QVERIFY(drawsItself(0, 2));
        QVERIFY(drawsItself(1, 1)); // drawn by Qt only when its column is too narrow for it
        QVERIFY(drawsItself(5, 3)); // at the top of its cell
        // A check box, an icon, two lines, a trailing space, centred.
        for (int row = 0; row < 5; ++row)
            QVERIFY2(!drawsItself(row, 3), qPrintable(m_model->index(row, 3).data().toString()));
    }

private:
    std::unique_ptr<QStandardItemModel> m_model;
    std::unique_ptr<QWidget> m_window;
    View *m_view = nullptr;
};

QTEST_MAIN(TestLaidOutText)
#include "tst_laidouttext.moc"
