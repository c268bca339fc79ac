#include "KeyGuards.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QTableView>
#include <QTextEdit>

namespace hubreg::ui {

namespace {
class SearchToResults : public QObject
{
public:
    SearchToResults(QLineEdit *search, QAbstractItemView *results, std::function<void()> beforeMove)
        : QObject(search)
        , m_results(results)
        , m_beforeMove(std::move(beforeMove))
    {
        search->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::KeyPress || !m_results)
            return QObject::eventFilter(watched, event);
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() & ~Qt::KeypadModifier)
            return false;
        if (key->key() != Qt::Key_Return && key->key() != Qt::Key_Enter
            && key->key() != Qt::Key_Down)
            return false;
        if (m_beforeMove)
            m_beforeMove();
        m_results->setFocus(Qt::TabFocusReason);
        QAbstractItemModel *model = m_results->model();
        if (model && model->rowCount() > 0 && !m_results->currentIndex().isValid()) {
            // The first column that is on show: a view may hide some.
            int column = 0;
            if (auto *table = qobject_cast<QTableView *>(m_results.data())) {
                while (column < model->columnCount() && table->isColumnHidden(column))
                    ++column;
            }
            m_results->setCurrentIndex(model->index(0, column));
        }
        return true;
    }

private:
    QPointer<QAbstractItemView> m_results;
    std::function<void()> m_beforeMove;
};

class ListOnArrowKeys : public QObject
{
public:
    explicit ListOnArrowKeys(QComboBox *box)
        : QObject(box)
        , m_box(box)
    {
        box->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched != m_box || event->type() != QEvent::KeyPress)
            return QObject::eventFilter(watched, event);
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
        case Qt::Key_Home:
        case Qt::Key_End:
            // Alt+Down already opens the list; a plain arrow now does the same.
            if (key->modifiers() & (Qt::ControlModifier | Qt::MetaModifier))
                return false;
            m_box->showPopup();
            return true;
        default:
            return false;
        }
    }

private:
    QComboBox *m_box;
};

class AltLetterGuard : public QObject
{
public:
    using QObject::QObject;

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::KeyPress)
            return false;
        const auto *key = static_cast<QKeyEvent *>(event);
        const Qt::KeyboardModifiers modifiers = key->modifiers();
        // Ctrl+Alt is AltGr on some keyboards, which types real characters (€, @).
        if (!(modifiers & Qt::AltModifier) || (modifiers & Qt::ControlModifier)
            || key->text().isEmpty() || !key->text().at(0).isPrint())
            return false;
        return qobject_cast<QLineEdit *>(watched) || qobject_cast<QAbstractSpinBox *>(watched)
            || qobject_cast<QPlainTextEdit *>(watched) || qobject_cast<QTextEdit *>(watched);
    }
};
} // namespace

void leadSearchToResults(QLineEdit *search, QAbstractItemView *results,
                         std::function<void()> beforeMove)
{
    new SearchToResults(search, results, std::move(beforeMove));
}

void openListOnArrowKeys(QComboBox *box)
{
    new ListOnArrowKeys(box);
}

void keepAltLettersOutOfFields(QObject *application)
{
    static QPointer<QObject> installedOn;
    if (installedOn == application)
        return;
    installedOn = application;
    application->installEventFilter(new AltLetterGuard(application));
}

} // namespace hubreg::ui
