#pragma once

#include <QWidget>

class QLabel;
class QHBoxLayout;

namespace hubreg::ui {

class Workspace;

// The top of a record's page: Back, the record's name in a larger font, a line about it,
// and room for the page's own buttons on the right.
class PageHeader : public QWidget
{
    Q_OBJECT

public:
    PageHeader(Workspace &workspace, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setSubtitle(const QString &subtitle);
    QString title() const;
    void addButton(QWidget *button);

private:
    QLabel *m_title;
    QLabel *m_subtitle;
    QHBoxLayout *m_buttons;
};

} // namespace hubreg::ui
