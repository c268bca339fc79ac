#pragma once

#include "domain/Session.h"

#include <QDialog>

class QLineEdit;

namespace hubreg::ui {

// Asks before a session is cancelled, saying what that does to its register and figures, with
// an optional reason that is kept on the session.
class CancelSessionDialog : public QDialog
{
    Q_OBJECT

public:
    // `marks`: how many attendance marks the session has.
    CancelSessionDialog(const Session &session, int marks, QWidget *parent = nullptr);

    QString reason() const;
    QLineEdit *reasonEdit() const { return m_reason; }

private:
    QLineEdit *m_reason;
};

} // namespace hubreg::ui
