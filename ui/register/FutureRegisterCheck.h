#pragma once

#include "database/Entity.h"

class QWidget;

namespace hubreg::ui {

class Workspace;

// Taking a register makes a planned session held, and a held session counts in the figures,
// the returns and the completion warnings. For a planned session dated after today this asks
// first (through Prompter, so tests answer); the default answer is No. Returns whether to go
// on: true at once for a session already held, undated, or on or before today.
bool confirmTakingRegister(Workspace &workspace, RecordId sessionId, QWidget *parent);

} // namespace hubreg::ui
