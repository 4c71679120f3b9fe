#include "Theme.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

#include <memory>

namespace gui {

namespace {
const char* const kKey = "view/theme";
}

Theme& Theme::instance()
{
    static Theme t;
    return t;
}

QString Theme::id(Mode m)
{
    switch (m) {
    case Light: return QStringLiteral("light");
    case Dark: return QStringLiteral("dark");
    case System: break;
    }
    return QStringLiteral("system");
}

Theme::Mode Theme::fromId(const QString& id, bool* ok)
{
    if (ok) *ok = true;
    if (id == QLatin1String("light")) return Light;
    if (id == QLatin1String("dark")) return Dark;
    if (ok) *ok = id == QLatin1String("system");
    return System;
}

Theme::Mode Theme::saved() const
{
    return fromId(QSettings().value(QLatin1String(kKey), id(System)).toString());
}

QPalette Theme::lightPalette()
{
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    return fusion ? fusion->standardPalette() : QPalette();
}

QPalette Theme::darkPalette()
{
    // Contrast: body text on the window 12:1, placeholder text 4.8:1, focus colour 3.5:1 or more.
    const QColor window(0x2b, 0x2d, 0x31), base(0x1f, 0x21, 0x25), button(0x35, 0x38, 0x3d);
    const QColor text(0xe8, 0xe8, 0xe8), muted(0x9a, 0x9f, 0xa6), disabled(0x78, 0x7c, 0x83);
    const QColor highlight(0x3d, 0x8f, 0xd6); // Okabe & Ito's blue, lifted for a dark surface
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x27, 0x29, 0x2e));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3d, 0x43));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, muted);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x7a, 0x33));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x53));
    p.setColor(QPalette::Midlight, QColor(0x40, 0x43, 0x48));
    p.setColor(QPalette::Mid, QColor(0x26, 0x28, 0x2c));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1c));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x56, 0xb4, 0xe9));
    p.setColor(QPalette::LinkVisited, QColor(0xcc, 0x79, 0xa7));
    for (QPalette::ColorRole r : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, r, disabled);
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    p.setColor(QPalette::Disabled, QPalette::Button, window);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x4d, 0x53));
    return p;
}

void Theme::captureSystem()
{
    if (m_captured) return;
    m_systemStyle = QApplication::style()->name();
    m_captured = true;
}

void Theme::apply(Mode m)
{
    captureSystem();
    const Mode before = m_mode;
    m_mode = m;
    QSettings().setValue(QLatin1String(kKey), id(m));
    if (m == System) {
        if (before == System) return; // nothing was changed: leave the system's look alone
        if (QApplication::style()->name().compare(m_systemStyle, Qt::CaseInsensitive) != 0)
            QApplication::setStyle(m_systemStyle);
        // A palette that sets no role: Qt resolves every role from the platform theme and style.
        QApplication::setPalette(QPalette());
    } else {
        if (QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
            QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(m == Dark ? darkPalette() : lightPalette());
    }
    Q_EMIT changed(m);
}

ThemeMenu::ThemeMenu(QWidget* parent) : QMenu(parent), m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("themeMenu"));
    for (Theme::Mode m : {Theme::System, Theme::Light, Theme::Dark}) {
        QAction* a = addAction(QString());
        a->setCheckable(true);
        a->setData(static_cast<int>(m));
        a->setObjectName(QStringLiteral("theme_") + Theme::id(m));
        a->setChecked(m == Theme::instance().current());
        m_group->addAction(a);
        connect(a, &QAction::triggered, this, [m] { Theme::instance().apply(m); });
    }
    connect(&Theme::instance(), &Theme::changed, this, [this](Theme::Mode m) {
        for (QAction* a : m_group->actions()) a->setChecked(a->data().toInt() == static_cast<int>(m));
    });
    retranslate();
}

void ThemeMenu::changeEvent(QEvent* e)
{
    if (e->type() == QEvent::LanguageChange) retranslate();
    QMenu::changeEvent(e);
}

void ThemeMenu::retranslate()
{
    setTitle(tr("&Theme"));
    const QList<QAction*> actions = m_group->actions();
    actions[0]->setText(tr("&System colours"));
    actions[0]->setToolTip(tr("The colours of the desktop (default)"));
    actions[1]->setText(tr("&Light"));
    actions[2]->setText(tr("&Dark"));
}

} // namespace gui
