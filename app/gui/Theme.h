#pragma once
// View → Theme: the system's colours (the default), a light or a dark theme, remembered in
// QSettings ("view/theme"). Light and dark use the Fusion style with palettes of their own; the
// charts, the timeline and the panels read their colours from render::Palette::forWidgets(),
// which follows the widgets' palette, so they change with the theme (PaletteChange).
#include <QMenu>
#include <QObject>
#include <QPalette>
#include <QString>

class QActionGroup;

namespace gui {

class Theme : public QObject {
    Q_OBJECT
public:
    enum Mode { System, Light, Dark };

    static Theme& instance();
    static QString id(Mode m);                      // "system", "light", "dark"
    static Mode fromId(const QString& id, bool* ok = nullptr);
    static QPalette lightPalette();
    static QPalette darkPalette();

    Mode saved() const;   // from QSettings, System by default
    Mode current() const { return m_mode; }
    // Applies a mode to the running application and remembers it. Call once a QApplication exists.
    void apply(Mode m);

Q_SIGNALS:
    void changed(gui::Theme::Mode mode);

private:
    Theme() = default;
    void captureSystem();
    bool m_captured = false;
    QString m_systemStyle;
    Mode m_mode = System;
};

// The View → Theme submenu: three exclusive choices that follow Theme and retranslate themselves.
class ThemeMenu : public QMenu {
    Q_OBJECT
public:
    explicit ThemeMenu(QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* e) override;

private:
    void retranslate();
    QActionGroup* m_group;
};

} // namespace gui
