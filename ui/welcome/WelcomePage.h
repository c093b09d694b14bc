#pragma once

#include <QWidget>

class QCommandLinkButton;
class QLabel;
class QProgressBar;

namespace recertify {

/**
 * What an empty store opens on: the four ways to fill it, each with a line on what it does.
 * The main window acts on the choice; this page only offers it and shows the demo's progress.
 */
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget* parent = nullptr);

    /** Only people who may change the estate are offered to fill it. */
    void setChangeable(bool changeable);
    /** While the demo estate is written: progress instead of the choices; total 0 shows it as busy. */
    void showProgress(int done, int total);
    void showProblem(const QString& message);

signals:
    void importFiles();
    void connectSource();
    void loadDemo();
    void openBundle();

private:
    QLabel* m_intro;
    QCommandLinkButton* m_import;
    QCommandLinkButton* m_connect;
    QCommandLinkButton* m_demo;
    QCommandLinkButton* m_bundle;
    QProgressBar* m_progress;
    QLabel* m_problem;
};

} // namespace recertify
