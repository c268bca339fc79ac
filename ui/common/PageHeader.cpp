#include "PageHeader.h"

#include "Workspace.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace hubreg::ui {

PageHeader::PageHeader(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_buttons(new QHBoxLayout)
{
    auto *back = new QPushButton(style()->standardIcon(QStyle::SP_ArrowBack), tr("Back"), this);
    back->setObjectName(QStringLiteral("backPushButton"));
    back->setToolTip(tr("Back to the previous screen (Alt+Left)"));
    back->setAccessibleDescription(back->toolTip());
    connect(back, &QPushButton::clicked, &workspace, &Workspace::goBack);

    m_title->setObjectName(QStringLiteral("pageTitleLabel"));
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    m_title->setFont(font);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long title wraps rather than holding the window wide.
    m_title->setWordWrap(true);
    m_subtitle->setObjectName(QStringLiteral("pageSubtitleLabel"));
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setWordWrap(true);

    auto *text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(m_title);
    text->addWidget(m_subtitle);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(back, 0, Qt::AlignTop);
    layout->addSpacing(8);
    layout->addLayout(text, 1);
    layout->addLayout(m_buttons);
}

void PageHeader::setTitle(const QString &title)
{
    m_title->setText(title);
}

void PageHeader::setSubtitle(const QString &subtitle)
{
    m_subtitle->setText(subtitle);
    m_subtitle->setVisible(!subtitle.isEmpty());
}

QString PageHeader::title() const
{
    return m_title->text();
}

void PageHeader::addButton(QWidget *button)
{
    m_buttons->addWidget(button, 0, Qt::AlignTop);
}

} // namespace hubreg::ui
