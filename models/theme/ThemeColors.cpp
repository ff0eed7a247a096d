#include "ThemeColors.h"

#include <QGuiApplication>
#include <array>
#include <cmath>

namespace {
using Role = ThemeColors::Role;
using Kind = ThemeColors::Kind;
constexpr Role None = Role::Count;

struct Entry {
    Role role;
    Kind kind;
    QRgb light;
    QRgb dark;
    const char* name;
    std::array<Role, 3> paired = {None, None, None};
};

// Light values are measured against Base #ffffff, Window #efefef, AlternateBase #f7f7f7; dark ones
// against #1e1e1e, #2d2d2d, #262626 (palette() below). Bar fills are mid tones, so black text
// reads on them in both schemes and they stand 3:1 off either base.
constexpr Entry Table[] = {
    {Role::StateOk, Kind::Text, 0x1a7340, 0x6fcf8f, "StateOk"},
    {Role::StateActive, Kind::Text, 0x1f5fa8, 0x7fb2f0, "StateActive"},
    {Role::StateWarning, Kind::Text, 0x9a5b00, 0xf0a848, "StateWarning"},
    {Role::StateError, Kind::Text, 0xb8352a, 0xff8a7a, "StateError"},
    {Role::StateMuted, Kind::Text, 0x666666, 0xa8a8a8, "StateMuted"},
    {Role::StateUnknown, Kind::Text, 0x7d4f8e, 0xc49be0, "StateUnknown"},
    {Role::SecondaryText, Kind::Text, 0x555555, 0xb4b4b4, "SecondaryText"},
    {Role::LogMarker, Kind::Text, 0x8a5a00, 0xe0b060, "LogMarker"},
    {Role::LogMatch, Kind::Surface, 0xffe84d, 0x6b5a00, "LogMatch", {Role::LogMatchText, None, None}},
    {Role::LogMatchCurrent,
     Kind::Surface,
     0xff9632,
     0xa04a00,
     "LogMatchCurrent",
     {Role::LogMatchText, None, None}},
    {Role::LogMatchText,
     Kind::TextOnSurface,
     0x000000,
     0xffffff,
     "LogMatchText",
     {Role::LogMatch, Role::LogMatchCurrent, None}},
    {Role::LogSource1, Kind::Text, 0x1f6fb0, 0x6fb0ff, "LogSource1"},
    {Role::LogSource2, Kind::Text, 0xc62828, 0xff7b7b, "LogSource2"},
    {Role::LogSource3, Kind::Text, 0x1e7a1e, 0x6fd36f, "LogSource3"},
    {Role::LogSource4, Kind::Text, 0x7a4fb0, 0xc0a0ff, "LogSource4"},
    {Role::LogSource5, Kind::Text, 0xa85400, 0xffa860, "LogSource5"},
    {Role::LogSource6, Kind::Text, 0x00707f, 0x40d0e0, "LogSource6"},
    {Role::LogSource7, Kind::Text, 0x8c564b, 0xd0a090, "LogSource7"},
    {Role::LogSource8, Kind::Text, 0xb0407f, 0xff90d0, "LogSource8"},
    // ANSI black is a light grey on a dark base and white a dark grey on a light one, as terminal
    // themes do: a colour the log asks for must still be readable.
    {Role::Ansi0, Kind::Text, 0x000000, 0x9a9a9a, "Ansi0"},
    {Role::Ansi1, Kind::Text, 0xb21818, 0xff6b6b, "Ansi1"},
    {Role::Ansi2, Kind::Text, 0x1a7a1a, 0x5fd35f, "Ansi2"},
    {Role::Ansi3, Kind::Text, 0x7a6a00, 0xe0c850, "Ansi3"},
    {Role::Ansi4, Kind::Text, 0x1f50e6, 0x7aa2ff, "Ansi4"},
    {Role::Ansi5, Kind::Text, 0xa000a0, 0xe070e0, "Ansi5"},
    {Role::Ansi6, Kind::Text, 0x00707a, 0x40d0e0, "Ansi6"},
    {Role::Ansi7, Kind::Text, 0x5e5e5e, 0xd0d0d0, "Ansi7"},
    {Role::Ansi8, Kind::Text, 0x4a4a4a, 0xb0b0b0, "Ansi8"},
    {Role::Ansi9, Kind::Text, 0xc41e1e, 0xff8c8c, "Ansi9"},
    {Role::Ansi10, Kind::Text, 0x207a20, 0x80ff80, "Ansi10"},
    {Role::Ansi11, Kind::Text, 0x7f6c00, 0xffff70, "Ansi11"},
    {Role::Ansi12, Kind::Text, 0x2f5fd0, 0xa0c0ff, "Ansi12"},
    {Role::Ansi13, Kind::Text, 0xb020b0, 0xff90ff, "Ansi13"},
    {Role::Ansi14, Kind::Text, 0x007480, 0x80ffff, "Ansi14"},
    {Role::Ansi15, Kind::Text, 0x333333, 0xffffff, "Ansi15"},
    {Role::NoticeInfoBackground,
     Kind::Surface,
     0xe3f0fc,
     0x1d3349,
     "NoticeInfoBackground",
     {Role::NoticeInfoText, None, None}},
    {Role::NoticeInfoBorder, Kind::Graphic, 0x4f86bf, 0x4f7fb8, "NoticeInfoBorder"},
    {Role::NoticeInfoText,
     Kind::TextOnSurface,
     0x1f3b57,
     0xcfe3f7,
     "NoticeInfoText",
     {Role::NoticeInfoBackground, None, None}},
    {Role::NoticeWarningBackground,
     Kind::Surface,
     0xfff4d6,
     0x433712,
     "NoticeWarningBackground",
     {Role::NoticeWarningText, None, None}},
    {Role::NoticeWarningBorder, Kind::Graphic, 0xa07a10, 0x9a7a20, "NoticeWarningBorder"},
    {Role::NoticeWarningText,
     Kind::TextOnSurface,
     0x6e4a00,
     0xf5d48a,
     "NoticeWarningText",
     {Role::NoticeWarningBackground, None, None}},
    {Role::NoticeErrorBackground,
     Kind::Surface,
     0xfbe1e1,
     0x4a2222,
     "NoticeErrorBackground",
     {Role::NoticeErrorText, None, None}},
    {Role::NoticeErrorBorder, Kind::Graphic, 0xc86060, 0xc05a5a, "NoticeErrorBorder"},
    {Role::NoticeErrorText,
     Kind::TextOnSurface,
     0x9e2a20,
     0xffb0a6,
     "NoticeErrorText",
     {Role::NoticeErrorBackground, None, None}},
    {Role::StaleBackground, Kind::Surface, 0xe6e6e6, 0x383838, "StaleBackground"},
    {Role::EditorErrorMark, Kind::Surface, 0xfbdcd8, 0x5a2626, "EditorErrorMark"},
    {Role::BarTrack, Kind::Surface, 0xe2e2e2, 0x3a3a3a, "BarTrack"},
    {Role::BarOk, Kind::Graphic, 0x449458, 0x449458, "BarOk"},
    {Role::BarHigh, Kind::Graphic, 0xb07510, 0xb07510, "BarHigh"},
    {Role::BarFull, Kind::Graphic, 0xd0604f, 0xd0604f, "BarFull"},
    {Role::BarText,
     Kind::TextOnSurface,
     0x000000,
     0x000000,
     "BarText",
     {Role::BarOk, Role::BarHigh, Role::BarFull}},
    {Role::HealthHealthy, Kind::Graphic, 0x27934f, 0x4cc070, "HealthHealthy"},
    {Role::HealthUnhealthy, Kind::Graphic, 0xc0392b, 0xf0665a, "HealthUnhealthy"},
    {Role::HealthUnknown, Kind::Graphic, 0x7d8587, 0x8d999a, "HealthUnknown"},
    {Role::HealthStaged, Kind::Graphic, 0x2f80c0, 0x4a9ee0, "HealthStaged"},
    {Role::ChartSeries1, Kind::Graphic, 0x1f6fb0, 0x5aa6f0, "ChartSeries1"},
    {Role::ChartSeries2, Kind::Graphic, 0xc85a00, 0xf0a040, "ChartSeries2"},
    {Role::ChartSeries3, Kind::Graphic, 0x2a8a3a, 0x5cc870, "ChartSeries3"},
    {Role::ChartSeries4, Kind::Graphic, 0xc0392b, 0xf07060, "ChartSeries4"},
    {Role::ChartSeries5, Kind::Graphic, 0x7a4fb0, 0xb090f0, "ChartSeries5"},
    {Role::ChartSeries6, Kind::Graphic, 0x00808f, 0x40c8d8, "ChartSeries6"},
    {Role::ChartKilled, Kind::Graphic, 0x2c3e50, 0xb8c7d6, "ChartKilled"},
    {Role::ChartLost, Kind::Graphic, 0x8e44ad, 0xd09cf0, "ChartLost"},
    {Role::TrayOk, Kind::Graphic, 0x2e8f45, 0x4cc070, "TrayOk"},
    {Role::TrayWarning, Kind::Graphic, 0xb07510, 0xe0a030, "TrayWarning"},
    {Role::TrayError, Kind::Graphic, 0xc62828, 0xf06060, "TrayError"},
};
static_assert(std::size(Table) == size_t(Role::Count), "one entry a role");

constexpr bool inOrder() {
    for (size_t i = 0; i < std::size(Table); ++i)
        if (size_t(Table[i].role) != i)
            return false;
    return true;
}
static_assert(inOrder(), "the table lists the roles in their enum's order");

const Entry& entry(Role role) {
    return Table[std::min(size_t(role), std::size(Table) - 1)];
}

double luminance(const QColor& c) {
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

struct PaletteEntry {
    QPalette::ColorRole role;
    QRgb light;
    QRgb dark;
    QRgb lightDisabled; // 0: as active
    QRgb darkDisabled;
};
// Light follows Fusion's standard palette (its highlight darker, for white text on it at 4.5:1); dark
// is its counterpart, so Fusion draws both whole.
constexpr PaletteEntry PaletteTable[] = {
    {QPalette::Window, 0xefefef, 0x2d2d2d, 0, 0},
    {QPalette::WindowText, 0x000000, 0xe6e6e6, 0xbebebe, 0x7a7a7a},
    {QPalette::Base, 0xffffff, 0x1e1e1e, 0xefefef, 0x262626},
    {QPalette::AlternateBase, 0xf7f7f7, 0x262626, 0, 0},
    {QPalette::ToolTipBase, 0xffffdc, 0x3c3c3c, 0, 0},
    {QPalette::ToolTipText, 0x000000, 0xe6e6e6, 0, 0},
    {QPalette::PlaceholderText, 0x6e6e6e, 0x8f8f8f, 0, 0},
    {QPalette::Text, 0x000000, 0xe6e6e6, 0xbebebe, 0x7a7a7a},
    {QPalette::Button, 0xefefef, 0x353535, 0, 0},
    {QPalette::ButtonText, 0x000000, 0xe6e6e6, 0xbebebe, 0x7a7a7a},
    {QPalette::BrightText, 0xffffff, 0xffffff, 0, 0},
    {QPalette::Light, 0xffffff, 0x4a4a4a, 0, 0},
    {QPalette::Midlight, 0xcacaca, 0x3e3e3e, 0, 0},
    {QPalette::Mid, 0xb8b8b8, 0x262626, 0, 0},
    {QPalette::Dark, 0x9f9f9f, 0x1a1a1a, 0, 0},
    {QPalette::Shadow, 0x767676, 0x0a0a0a, 0, 0},
    {QPalette::Highlight, 0x2a72b5, 0x2f65a8, 0x919191, 0x4a4a4a},
    {QPalette::HighlightedText, 0xffffff, 0xffffff, 0xffffff, 0xa0a0a0},
    {QPalette::Link, 0x0000ff, 0x7ab4ff, 0, 0},
    {QPalette::LinkVisited, 0xff00ff, 0xc39bff, 0, 0},
};
} // namespace

QColor ThemeColors::color(Role role) {
    return color(role, scheme());
}

QColor ThemeColors::color(Role role, Scheme s) {
    const Entry& e = entry(role);
    return QColor::fromRgb(s == Scheme::Dark ? e.dark : e.light);
}

ThemeColors::Kind ThemeColors::kind(Role role) {
    return entry(role).kind;
}

QList<ThemeColors::Role> ThemeColors::pairedWith(Role role) {
    QList<Role> roles;
    for (Role r : entry(role).paired)
        if (r != None)
            roles.append(r);
    return roles;
}

const char* ThemeColors::name(Role role) {
    return entry(role).name;
}

QColor ThemeColors::logSource(int index) {
    return color(Role(int(Role::LogSource1) + (index % LogSourceCount + LogSourceCount) % LogSourceCount));
}

QColor ThemeColors::chartSeries(int index) {
    return color(
        Role(int(Role::ChartSeries1) + (index % ChartSeriesCount + ChartSeriesCount) % ChartSeriesCount));
}

QColor ThemeColors::ansi(int index) {
    return color(Role(int(Role::Ansi0) + std::clamp(index, 0, 15)));
}

ThemeColors::Scheme ThemeColors::schemeOf(const QPalette& palette) {
    return palette.color(QPalette::Window).lightnessF() < 0.5 ? Scheme::Dark : Scheme::Light;
}

ThemeColors::Scheme ThemeColors::scheme() {
    // Models also run under a plain QCoreApplication (tools, tests), which has no palette.
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return Scheme::Light;
    return schemeOf(QGuiApplication::palette());
}

QPalette ThemeColors::palette(Scheme s) {
    const bool dark = s == Scheme::Dark;
    QPalette p;
    for (const PaletteEntry& e : PaletteTable) {
        const QColor active = QColor::fromRgb(dark ? e.dark : e.light);
        const QRgb disabled = dark ? e.darkDisabled : e.lightDisabled;
        p.setColor(QPalette::Active, e.role, active);
        p.setColor(QPalette::Inactive, e.role, active);
        p.setColor(QPalette::Disabled, e.role, disabled ? QColor::fromRgb(disabled) : active);
    }
    return p;
}

double ThemeColors::contrast(const QColor& a, const QColor& b) {
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}
