#pragma once

namespace hubreg::ui {

// The two GIAS files HubRegister imports: the establishment extract
// (edubasealldataYYYYMMDD.csv), which fills the school register, and the links file
// (links_edubasealldataYYYYMMDD.csv), which joins schools to their predecessors and successors.
enum class GiasImportKind { Schools, Links };

} // namespace hubreg::ui
