#pragma once

#include <QColor>
#include <QList>
#include <QPalette>

// Every colour the application draws, by meaning, with a light and a dark value: the one place
// colours are written down (tst_themecolors fails on a colour literal anywhere else). The values
// are chosen for contrast against palette(scheme): text 4.5:1 against Base, Window and
// AlternateBase, bars and lines 3:1 against Base and Window, and text 4.5:1 on every surface.
class ThemeColors {
public:
    enum class Scheme { Light, Dark };
    enum class Role {
        // State text in tables and labels.
        StateOk,      // running, healthy, connected
        StateActive,  // staging, starting: on its way
        StateWarning, // killing, draining, degraded
        StateError,   // failed, lost, refused
        StateMuted,   // finished, inactive, no longer true (grey)
        StateUnknown, // a state the server does not know itself
        SecondaryText,
        // Logs: markers the viewer inserts, search matches, one colour per merged source, and the
        // 16 ANSI colours (the 256-colour cube and 24-bit colours are the log's own).
        LogMarker,
        LogMatch,
        LogMatchCurrent,
        LogMatchText,
        LogSource1,
        LogSource2,
        LogSource3,
        LogSource4,
        LogSource5,
        LogSource6,
        LogSource7,
        LogSource8,
        Ansi0,
        Ansi1,
        Ansi2,
        Ansi3,
        Ansi4,
        Ansi5,
        Ansi6,
        Ansi7,
        Ansi8,
        Ansi9,
        Ansi10,
        Ansi11,
        Ansi12,
        Ansi13,
        Ansi14,
        Ansi15,
        // Notices and banners by severity; their text is the palette's or the matching *Text.
        NoticeInfoBackground,
        NoticeInfoBorder,
        NoticeInfoText,
        NoticeWarningBackground,
        NoticeWarningBorder,
        NoticeWarningText,
        NoticeErrorBackground,
        NoticeErrorBorder,
        NoticeErrorText,
        StaleBackground, // a view whose data stopped coming
        EditorErrorMark, // the background of text an error points at
        // Bars drawn in table cells: the track, fills by how full, the text over a fill.
        BarTrack,
        BarOk,
        BarHigh,
        BarFull,
        BarText,
        HealthHealthy,
        HealthUnhealthy,
        HealthUnknown,
        HealthStaged,
        // Chart lines and bars where no state names the colour, and the task states the table greys.
        ChartSeries1,
        ChartSeries2,
        ChartSeries3,
        ChartSeries4,
        ChartSeries5,
        ChartSeries6,
        ChartKilled,
        ChartLost,
        // The tray icon's dot.
        TrayOk,
        TrayWarning,
        TrayError,
        Count
    };
    // What a role is measured against (tst_themecolors asserts each in both schemes).
    enum class Kind {
        Text,          // 4.5:1 against Base, Window and AlternateBase
        Graphic,       // 3:1 against Base and Window
        Surface,       // the palette's Text and WindowText (or the paired roles) 4.5:1 on it
        TextOnSurface, // 4.5:1 on each paired surface
    };

    static QColor color(Role role); // in the application's current scheme
    static QColor color(Role role, Scheme scheme);
    static Kind kind(Role role);
    // Surface: the roles drawn on it (empty: the palette's text); TextOnSurface: its surfaces.
    static QList<Role> pairedWith(Role role);
    static const char* name(Role role); // for test messages and debugging, not for the screen

    static constexpr int LogSourceCount = 8;
    static constexpr int ChartSeriesCount = 6;
    static QColor logSource(int index);   // cycles through LogSource1..8
    static QColor chartSeries(int index); // cycles through ChartSeries1..6
    static QColor ansi(int index);        // 0..15

    // Dark when the palette's window is: Qt 6.4 has no colour scheme hint, the palette is the truth.
    static Scheme schemeOf(const QPalette& palette);
    static Scheme scheme(); // the application palette's
    // The complete palettes the View > Theme override sets (the contrast is measured against them).
    static QPalette palette(Scheme scheme);

    // WCAG 2 contrast ratio, 1..21.
    static double contrast(const QColor& a, const QColor& b);
};
