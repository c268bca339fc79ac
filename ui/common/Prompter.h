#pragma once

#include <QMessageBox>
#include <QString>

#include <optional>

namespace hubreg::ui {

// The one place the UI asks the user something in a modal dialog or file chooser. Tests answer
// in advance with setNextAnswer()/setNextFileName(), so they can drive real windows.
class Prompter
{
public:
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title,
                                                const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    static void information(QWidget *parent, const QString &title, const QString &text);
    static void warning(QWidget *parent, const QString &title, const QString &text);
    static QString openFileName(QWidget *parent, const QString &title, const QString &folder,
                                const QString &filter);
    static QString saveFileName(QWidget *parent, const QString &title, const QString &suggested,
                                const QString &filter);
    // For a chooser of our own: the answer a test gave in advance (an empty string when nobody
    // can answer), or nothing when a person must be asked.
    static std::optional<QString> answeredFileName();

    // For tests: the next question gets this answer, the next file chooser this name.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    static void setNextFileName(const QString &fileName);
    // For tests: nothing waits for a person; a question nobody answered in advance gets its
    // default button and a file chooser gets no file. Messages are still recorded.
    static void setNonInteractive(bool nonInteractive);
    static int messageCount();
    // For tests: the text of the last message shown, and messages shown since the last call.
    static QString lastMessage();
    // For tests: the file name the last save chooser suggested.
    static QString lastSuggestedFileName();

private:
    static std::optional<QMessageBox::StandardButton> s_nextAnswer;
    static std::optional<QString> s_nextFileName;
    static QString s_lastMessage;
    static QString s_lastSuggestion;
    static bool s_nonInteractive;
    static int s_messageCount;
};

} // namespace hubreg::ui
