#pragma once
// Icons from the SVGs in resources/icons. Monochrome icons are drawn in the palette's
// text colour at paint time, so they stay readable in a dark palette and sharp at any
// device pixel ratio; status icons keep the colours of their SVG.
#include <QIcon>
#include <QString>

namespace gatehouse::ui {

// ":/icons/<name>.svg" tinted with the application palette (WindowText; the disabled
// and selected variants follow their palette roles).
QIcon themedIcon(const QString &name);
// ":/icons/<name>.svg" with its own colours.
QIcon colourIcon(const QString &name);

} // namespace gatehouse::ui
