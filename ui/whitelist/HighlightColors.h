#pragma once
// Cell highlights derived from the palette, so they stay readable in light and dark mode:
// a tint of the base colour rather than a fixed colour that would glare on a dark base.
#include <QColor>
#include <QPalette>

namespace gatehouse::ui {

// base blended towards tint by amount (0..1).
inline QColor blendColors(const QColor &base, const QColor &tint, double amount)
{
    auto mix = [amount](int a, int b) { return static_cast<int>(a + (b - a) * amount + 0.5); };
    return QColor(mix(base.red(), tint.red()), mix(base.green(), tint.green()),
                  mix(base.blue(), tint.blue()));
}

inline bool isDarkBase(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

// Background of a cell that breaks a validation rule.
inline QColor errorBackground(const QPalette &palette)
{
    return blendColors(palette.color(QPalette::Base), QColor(0xd7, 0x19, 0x1c),
                       isDarkBase(palette) ? 0.45 : 0.30);
}

// Background of a row that uses a stale whitelist class (past its review_by date).
inline QColor staleBackground(const QPalette &palette)
{
    return blendColors(palette.color(QPalette::Base), QColor(0xf0, 0xa0, 0x00),
                       isDarkBase(palette) ? 0.40 : 0.30);
}

// Text colour of inline error messages.
inline QColor errorText(const QPalette &palette)
{
    return isDarkBase(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
}

} // namespace gatehouse::ui
