#pragma once

#include <QString>

class QApplication;

namespace recertify {

/** The composition root: reads the options, loads translations, opens the store and shows the window. */
class AppLauncher
{
public:
    struct Options
    {
        QString database;
        QString language;
        QString screenshot; ///< save a PNG of the main window once it shows data, then exit
        QString section; ///< the sidebar section to open (inventory, sources…)
        QString identity; ///< an identity (id or native id) whose page opens; --screenshot then shows it
    };

    /** Reads the options before QApplication exists (the screenshot mode may pick the platform). */
    static Options parse(int argc, char** argv);
    static int run(QApplication& app, const Options& options);
};

} // namespace recertify
