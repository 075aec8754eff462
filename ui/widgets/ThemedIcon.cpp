#include "ThemedIcon.h"

#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>
#include <memory>

// The icons live in a static library: without this reference the linker would drop the
// object file that registers ":/icons". Must sit outside any namespace (Qt requirement).
static void registerIconResources()
{
    Q_INIT_RESOURCE(icons);
}

namespace gatehouse::ui {

namespace {

class SvgIconEngine : public QIconEngine
{
public:
    SvgIconEngine(const QString &path, bool tinted) : m_path(path), m_tinted(tinted) {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        const QImage image = render(rect.size() * dpr, mode);
        painter->drawImage(rect, image);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State) override
    {
        return QPixmap::fromImage(render(size, mode));
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override
    {
        QPixmap pm = pixmap(size * scale, mode, state);
        pm.setDevicePixelRatio(scale);
        return pm;
    }

    QIconEngine *clone() const override { return new SvgIconEngine(m_path, m_tinted); }
    QString key() const override { return QStringLiteral("gatehouse-svg"); }
    bool isNull() override { return !renderer().isValid(); }

private:
    QSvgRenderer &renderer() const
    {
        if (!m_renderer)
            m_renderer = std::make_shared<QSvgRenderer>(m_path);
        return *m_renderer;
    }

    QImage render(const QSize &size, QIcon::Mode mode) const
    {
        QImage image(size.expandedTo(QSize(1, 1)), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter p(&image);
        renderer().render(&p);
        const QPalette palette = QGuiApplication::palette();
        if (m_tinted) {
            // Keep the SVG's alpha, take the colour from the palette.
            QColor colour = palette.color(QPalette::Active, QPalette::WindowText);
            if (mode == QIcon::Disabled)
                colour = palette.color(QPalette::Disabled, QPalette::WindowText);
            else if (mode == QIcon::Selected)
                colour = palette.color(QPalette::Active, QPalette::HighlightedText);
            p.setCompositionMode(QPainter::CompositionMode_SourceIn);
            p.fillRect(image.rect(), colour);
        } else if (mode == QIcon::Disabled) {
            p.setCompositionMode(QPainter::CompositionMode_DestinationIn);
            p.fillRect(image.rect(), QColor(0, 0, 0, 110));
        }
        return image;
    }

    QString m_path;
    bool m_tinted;
    mutable std::shared_ptr<QSvgRenderer> m_renderer;
};

QString iconPath(const QString &name)
{
    static const bool registered = (registerIconResources(), true);
    Q_UNUSED(registered);
    return QStringLiteral(":/icons/%1.svg").arg(name);
}

} // namespace

QIcon themedIcon(const QString &name)
{
    return QIcon(new SvgIconEngine(iconPath(name), true));
}

QIcon colourIcon(const QString &name)
{
    return QIcon(new SvgIconEngine(iconPath(name), false));
}

} // namespace gatehouse::ui
