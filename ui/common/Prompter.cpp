#include "Prompter.h"

#include <QFileDialog>

namespace hubreg::ui {

std::optional<QMessageBox::StandardButton> Prompter::s_nextAnswer;
std::optional<QString> Prompter::s_nextFileName;
QString Prompter::s_lastMessage;
QString Prompter::s_lastSuggestion;
bool Prompter::s_nonInteractive = false;
int Prompter::s_messageCount = 0;

QMessageBox::StandardButton Prompter::question(QWidget *parent, const QString &title,
                                               const QString &text,
                                               QMessageBox::StandardButtons buttons,
                                               QMessageBox::StandardButton defaultButton)
{
    s_lastMessage = text;
    ++s_messageCount;
    if (s_nextAnswer)
        return *std::exchange(s_nextAnswer, std::nullopt);
    if (s_nonInteractive)
        return defaultButton;
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void Prompter::information(QWidget *parent, const QString &title, const QString &text)
{
    s_lastMessage = text;
    ++s_messageCount;
    if (s_nextAnswer || s_nonInteractive) {
        s_nextAnswer.reset();
        return;
    }
    QMessageBox::information(parent, title, text);
}

void Prompter::warning(QWidget *parent, const QString &title, const QString &text)
{
    s_lastMessage = text;
    ++s_messageCount;
    if (s_nextAnswer || s_nonInteractive) {
        s_nextAnswer.reset();
        return;
    }
    QMessageBox::warning(parent, title, text);
}

QString Prompter::openFileName(QWidget *parent, const QString &title, const QString &folder,
                               const QString &filter)
{
    if (s_nextFileName)
        return *std::exchange(s_nextFileName, std::nullopt);
    if (s_nonInteractive)
        return {};
    return QFileDialog::getOpenFileName(parent, title, folder, filter);
}

std::optional<QString> Prompter::answeredFileName()
{
    if (s_nextFileName)
        return std::exchange(s_nextFileName, std::nullopt);
    if (s_nonInteractive)
        return QString();
    return std::nullopt;
}

QString Prompter::saveFileName(QWidget *parent, const QString &title, const QString &suggested,
                               const QString &filter)
{
    s_lastSuggestion = suggested;
    if (s_nextFileName)
        return *std::exchange(s_nextFileName, std::nullopt);
    if (s_nonInteractive)
        return {};
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

void Prompter::setNextAnswer(QMessageBox::StandardButton answer)
{
    s_nextAnswer = answer;
}

void Prompter::setNextFileName(const QString &fileName)
{
    s_nextFileName = fileName;
}

void Prompter::setNonInteractive(bool nonInteractive)
{
    s_nonInteractive = nonInteractive;
}

int Prompter::messageCount()
{
    return s_messageCount;
}

QString Prompter::lastSuggestedFileName()
{
    return s_lastSuggestion;
}

QString Prompter::lastMessage()
{
    return s_lastMessage;
}

} // namespace hubreg::ui
