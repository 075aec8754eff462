#pragma once
// A dark Fusion palette for GATEHOUSE_DARK=1: for desktops without a dark theme and for
// checking that every view takes its colours from the palette.
class QApplication;

namespace gatehouse::app {

void applyDarkPalette(QApplication &app);

} // namespace gatehouse::app
