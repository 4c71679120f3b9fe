#include "LessonView.h"

#include "Catalog.h"
#include "ExercisesDock.h"
#include "MainWindow.h"
#include "ParamForm.h"

#include "lab/Registry.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace gui {

namespace {
QString paragraphs(const QString& text)
{
    QString html;
    for (const QString& p : text.split(QStringLiteral("\n\n")))
        html += QStringLiteral("<p>%1</p>").arg(p.toHtmlEscaped());
    return html;
}
} // namespace

LessonView::LessonView(MainWindow* window) : QDockWidget(window), m_window(window)
{
    setObjectName(QStringLiteral("lessonDock"));
    buildUi();
    window->addDockWidget(Qt::RightDockWidgetArea, this);
    if (auto* explain = window->findChild<QDockWidget*>(QStringLiteral("explanationDock"))) window->tabifyDockWidget(explain, this);
    hide(); // until a lesson is opened (View → Lesson shows it)

    m_openAct = new QAction(this);
    m_openAct->setObjectName(QStringLiteral("openLessonAction"));
    m_openAct->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(m_openAct, &QAction::triggered, this, &LessonView::chooseLessonFile);
    m_lessonsMenu = new QMenu(window);
    m_lessonsMenu->setObjectName(QStringLiteral("lessonsMenu"));
    fillLessonsMenu();
    m_fullScreenAct = new QAction(this);
    m_fullScreenAct->setObjectName(QStringLiteral("presentationAction"));
    m_fullScreenAct->setCheckable(true);
    m_fullScreenAct->setShortcut(QKeySequence(Qt::Key_F11));
    connect(m_fullScreenAct, &QAction::toggled, this, &LessonView::setPresentation);
    // Page Down / Page Up are caught by the event filter (wherever the focus is); these menu
    // entries show the keys and work with the mouse.
    m_nextAct = new QAction(this);
    connect(m_nextAct, &QAction::triggered, this, &LessonView::nextStep);
    m_prevAct = new QAction(this);
    connect(m_prevAct, &QAction::triggered, this, &LessonView::previousStep);
    if (QMenu* file = window->fileMenu()) {
        QAction* before = file->actions().value(0);
        file->insertAction(before, m_openAct);
        file->insertMenu(before, m_lessonsMenu);
        file->insertSeparator(before);
    }
    if (QMenu* view = window->viewMenu()) {
        view->addAction(toggleViewAction());
        view->addSeparator();
        view->addActions({m_fullScreenAct, m_nextAct, m_prevAct});
    }
    connect(window, &MainWindow::runStarted, this, [this] {
        const bool stepRun = m_lesson && m_step >= 0 && m_lesson->steps[m_step].hasRun()
                             && m_window->currentScenario() == m_lesson->steps[m_step].scenario;
        m_stepRunning = stepRun;
    });
    connect(window, &MainWindow::runFinished, this, &LessonView::onRunFinished);
    qApp->installEventFilter(this);
    retranslateUi();
    showStep();
}

LessonView::~LessonView()
{
    qApp->removeEventFilter(this);
}

void LessonView::buildUi()
{
    auto* box = new QWidget;
    auto* v = new QVBoxLayout(box);
    m_placeholder = new QLabel;
    m_placeholder->setWordWrap(true);
    m_placeholder->setStyleSheet(QStringLiteral("color: #555;"));
    v->addWidget(m_placeholder);
    m_body = new QWidget;
    auto* b = new QVBoxLayout(m_body);
    b->setContentsMargins(0, 0, 0, 0);
    m_lessonTitle = new QLabel;
    m_lessonTitle->setObjectName(QStringLiteral("lessonTitle"));
    m_lessonTitle->setWordWrap(true);
    m_lessonTitle->setStyleSheet(QStringLiteral("color: #555;"));
    b->addWidget(m_lessonTitle);
    auto* nav = new QHBoxLayout;
    m_prevButton = new QPushButton;
    m_prevButton->setObjectName(QStringLiteral("previousStepButton"));
    connect(m_prevButton, &QPushButton::clicked, this, &LessonView::previousStep);
    m_position = new QLabel;
    m_position->setObjectName(QStringLiteral("lessonPosition"));
    m_position->setAlignment(Qt::AlignCenter);
    m_nextButton = new QPushButton;
    m_nextButton->setObjectName(QStringLiteral("nextStepButton"));
    connect(m_nextButton, &QPushButton::clicked, this, &LessonView::nextStep);
    nav->addWidget(m_prevButton);
    nav->addWidget(m_position, 1);
    nav->addWidget(m_nextButton);
    b->addLayout(nav);
    m_stepTitle = new QLabel;
    m_stepTitle->setObjectName(QStringLiteral("stepTitle"));
    m_stepTitle->setWordWrap(true);
    QFont tf = m_stepTitle->font();
    tf.setBold(true);
    tf.setPointSizeF(tf.pointSizeF() * 1.4);
    m_stepTitle->setFont(tf);
    b->addWidget(m_stepTitle);
    m_talk = new QTextBrowser;
    m_talk->setObjectName(QStringLiteral("stepTalk"));
    m_talk->setFrameShape(QFrame::NoFrame);
    QFont bf = m_talk->font();
    bf.setPointSizeF(bf.pointSizeF() * 1.15);
    m_talk->setFont(bf);
    b->addWidget(m_talk, 3);
    m_experiment = new QLabel;
    m_experiment->setObjectName(QStringLiteral("stepExperiment"));
    m_experiment->setWordWrap(true);
    m_experiment->setStyleSheet(QStringLiteral("color: #555;"));
    m_experiment->setTextInteractionFlags(Qt::TextSelectableByMouse);
    b->addWidget(m_experiment);
    auto* actions = new QHBoxLayout;
    m_runButton = new QPushButton;
    m_runButton->setObjectName(QStringLiteral("runStepButton"));
    connect(m_runButton, &QPushButton::clicked, this, &LessonView::runStep);
    m_revealButton = new QPushButton;
    m_revealButton->setObjectName(QStringLiteral("revealQuestionButton"));
    connect(m_revealButton, &QPushButton::clicked, this, &LessonView::revealQuestion);
    m_answerButton = new QPushButton;
    m_answerButton->setObjectName(QStringLiteral("showStepAnswerButton"));
    connect(m_answerButton, &QPushButton::clicked, this, [this] { m_answerShown = true; showStep(); });
    actions->addWidget(m_runButton);
    actions->addWidget(m_revealButton);
    actions->addWidget(m_answerButton);
    actions->addStretch(1);
    b->addLayout(actions);
    m_question = new QLabel;
    m_question->setObjectName(QStringLiteral("stepQuestion"));
    m_question->setWordWrap(true);
    m_question->setTextFormat(Qt::RichText);
    m_question->setStyleSheet(QStringLiteral("QLabel { background: #eef4ff; border: 1px solid #b6ccf2; padding: 6px; }"));
    b->addWidget(m_question);
    m_answer = new QLabel;
    m_answer->setObjectName(QStringLiteral("stepAnswer"));
    m_answer->setWordWrap(true);
    m_answer->setTextFormat(Qt::RichText);
    b->addWidget(m_answer);
    m_steps = new QListWidget;
    m_steps->setObjectName(QStringLiteral("lessonSteps"));
    connect(m_steps, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) { goToStep(m_steps->row(item)); });
    connect(m_steps, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) { goToStep(m_steps->row(item)); });
    b->addWidget(m_steps, 1);
    v->addWidget(m_body, 1);
    setWidget(box);
}

void LessonView::retranslateUi()
{
    setWindowTitle(tr("Lesson"));
    toggleViewAction()->setText(tr("&Lesson"));
    m_openAct->setText(tr("Open &lesson…"));
    m_lessonsMenu->setTitle(tr("Le&ssons"));
    m_fullScreenAct->setText(tr("&Full screen presentation"));
    m_fullScreenAct->setToolTip(tr("Full screen with projector mode on (F11)"));
    m_nextAct->setText(tr("Next lesson step") + QStringLiteral("\t") + QKeySequence(Qt::Key_PageDown).toString(QKeySequence::NativeText));
    m_prevAct->setText(tr("Previous lesson step") + QStringLiteral("\t") + QKeySequence(Qt::Key_PageUp).toString(QKeySequence::NativeText));
    m_placeholder->setText(tr("No lesson is open. File → Lessons has the ones pplab ships; File → Open lesson… reads "
                              "one you wrote (docs/lessons.md). Page Down and Page Up move between steps, F11 presents."));
    m_prevButton->setText(tr("◀ Previous"));
    m_prevButton->setToolTip(tr("Previous step (Page Up)"));
    m_nextButton->setText(tr("Next ▶"));
    m_nextButton->setToolTip(tr("Next step (Page Down)"));
    m_runButton->setText(tr("Run this step"));
    m_revealButton->setText(tr("Reveal the question"));
    m_answerButton->setText(tr("Show the answer"));
    fillLessonsMenu();
}

void LessonView::changeEvent(QEvent* e)
{
    if (e->type() == QEvent::LanguageChange) {
        retranslateUi();
        showStep();
    }
    QDockWidget::changeEvent(e);
}

void LessonView::fillLessonsMenu()
{
    m_lessonsMenu->clear();
    for (const teach::Lesson& l : teach::Catalog::shipped().lessons()) {
        QAction* a = m_lessonsMenu->addAction(l.title.text());
        a->setData(l.id);
        connect(a, &QAction::triggered, this, [this, id = l.id] {
            if (const teach::Lesson* found = teach::Catalog::shipped().lesson(id)) setLesson(*found);
        });
    }
    m_lessonsMenu->setEnabled(!m_lessonsMenu->isEmpty());
}

bool LessonView::eventFilter(QObject* watched, QEvent* e)
{
    if (e->type() == QEvent::KeyPress && m_lesson && isVisible()) {
        auto* k = static_cast<QKeyEvent*>(e);
        auto* w = qobject_cast<QWidget*>(watched);
        const Qt::KeyboardModifiers mods = k->modifiers() & ~Qt::KeypadModifier;
        if (w && w->window() == m_window && mods == Qt::NoModifier
            && (k->key() == Qt::Key_PageDown || k->key() == Qt::Key_PageUp)) {
            if (k->key() == Qt::Key_PageDown) nextStep(); else previousStep();
            return true; // a clicker's key moves the lesson, not the focused widget
        }
    }
    return QDockWidget::eventFilter(watched, e);
}

void LessonView::setLesson(const teach::Lesson& lesson)
{
    m_lesson = lesson;
    m_step = -1;
    m_steps->clear();
    for (int i = 0; i < lesson.steps.size(); ++i) m_steps->addItem(QStringLiteral("%1. %2").arg(i + 1).arg(lesson.steps[i].title.text()));
    show();
    raise();
    goToStep(0);
}

bool LessonView::openLesson(const QString& path, QString* error)
{
    teach::Lesson lesson;
    teach::Diagnostics diags;
    if (!teach::loadLesson(path, false, &lesson, &diags)) {
        QStringList lines;
        for (const teach::Diagnostic& d : diags) lines << d.toString();
        if (error) *error = lines.join(QLatin1Char('\n'));
        return false;
    }
    setLesson(lesson);
    return true;
}

void LessonView::chooseLessonFile()
{
    QSettings s;
    const QString dir = s.value(QStringLiteral("lastLessonDir"), QDir::homePath()).toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open lesson"), dir, tr("pplab lessons (*.lesson);;All files (*)"));
    if (path.isEmpty()) return;
    s.setValue(QStringLiteral("lastLessonDir"), QFileInfo(path).absolutePath());
    QString error;
    if (!openLesson(path, &error))
        QMessageBox::warning(this, tr("Open lesson"), tr("This lesson has mistakes (file:line: what is wrong):") + QStringLiteral("\n\n") + error);
}

bool LessonView::goToStep(int index)
{
    if (!m_lesson || index < 0 || index >= m_lesson->steps.size()) return false;
    m_step = index;
    m_revealed = false;
    m_answerShown = false;
    m_stepRunning = false;
    applyStep();
    showStep();
    return true;
}

void LessonView::applyStep()
{
    const teach::LessonStep& s = m_lesson->steps[m_step];
    if (!s.hasRun()) return;
    if (m_window->currentScenario() != s.scenario) m_window->selectScenario(s.scenario);
    // An exercise active on this scenario locks the form: the lesson takes over.
    if (auto* exercises = m_window->findChild<ExercisesDock*>(); exercises && m_window->formLocked()) exercises->leaveExercise();
    ParamForm* form = m_window->form();
    form->resetToDefaults();
    form->setValues(s.values);
    form->setDuration(s.runDuration());
}

bool LessonView::runStep()
{
    if (!m_lesson || m_step < 0) return false;
    const teach::LessonStep& s = m_lesson->steps[m_step];
    if (!s.hasRun() || m_window->runner().isRunning()) return false;
    applyStep();
    return m_window->startRun();
}

void LessonView::onRunFinished(lab::RunStatus status)
{
    if (!m_lesson || m_step < 0 || !m_stepRunning) return;
    m_stepRunning = false;
    const teach::LessonStep& s = m_lesson->steps[m_step];
    if (status == lab::RunStatus::Failed) return;
    m_revealed = true;
    showStep();
    if (s.highlight.target != teach::Highlight::None) ExercisesDock::showAnswerPlace(m_window, s.highlight);
}

bool LessonView::questionShown() const
{
    return m_revealed && m_lesson && m_step >= 0 && !m_lesson->steps[m_step].question.isEmpty();
}

void LessonView::revealQuestion()
{
    m_revealed = true;
    showStep();
}

void LessonView::showStep()
{
    const bool have = m_lesson && m_step >= 0;
    m_placeholder->setVisible(!have);
    m_body->setVisible(have);
    if (!have) return;
    const teach::LessonStep& s = m_lesson->steps[m_step];
    const int n = static_cast<int>(m_lesson->steps.size());
    m_lessonTitle->setText(m_lesson->title.text());
    m_position->setText(tr("Step %1 of %2").arg(m_step + 1).arg(n) + (s.minutes > 0 ? tr(" · %n min", nullptr, s.minutes) : QString()));
    m_stepTitle->setText(s.title.text());
    m_talk->setHtml(paragraphs(s.talk.text()));
    QString experiment;
    if (s.hasRun()) {
        QStringList set;
        for (const auto& [k, v] : s.settings) set << QStringLiteral("%1=%2").arg(k, v);
        experiment = tr("Experiment: %1").arg(lab::Registry::instance().info(s.scenario).title);
        if (!set.isEmpty()) experiment += QStringLiteral(" — ") + set.join(QStringLiteral(", "));
    }
    m_experiment->setText(experiment);
    m_experiment->setVisible(!experiment.isEmpty());
    m_runButton->setVisible(s.hasRun());
    const bool hasQuestion = !s.question.isEmpty();
    m_question->setText(QStringLiteral("<b>%1</b> %2").arg(tr("Question for the room:"), s.question.text().toHtmlEscaped()));
    m_question->setVisible(hasQuestion && m_revealed);
    m_revealButton->setVisible(hasQuestion && !m_revealed);
    m_answerButton->setVisible(hasQuestion && m_revealed && !s.answer.isEmpty() && !m_answerShown);
    m_answer->setText(paragraphs(s.answer.text()));
    m_answer->setVisible(m_answerShown && !s.answer.isEmpty());
    m_prevButton->setEnabled(m_step > 0);
    m_nextButton->setEnabled(m_step + 1 < n);
    m_prevAct->setEnabled(m_step > 0);
    m_nextAct->setEnabled(m_step + 1 < n);
    for (int i = 0; i < m_steps->count(); ++i) {
        QListWidgetItem* item = m_steps->item(i);
        item->setText(QStringLiteral("%1. %2").arg(i + 1).arg(m_lesson->steps[i].title.text()));
        QFont f = item->font();
        f.setBold(i == m_step);
        item->setFont(f);
    }
    m_steps->setCurrentRow(m_step);
}

void LessonView::setPresentation(bool on)
{
    if (on == m_presenting) return;
    m_presenting = on;
    if (on) {
        m_projectorBefore = m_window->projectorMode();
        m_maximizedBefore = m_window->isMaximized();
        m_window->setProjectorMode(true);
        m_window->showFullScreen();
    } else {
        m_window->setProjectorMode(m_projectorBefore);
        if (m_maximizedBefore) m_window->showMaximized(); else m_window->showNormal();
    }
    const QSignalBlocker block(m_fullScreenAct);
    m_fullScreenAct->setChecked(on);
}

} // namespace gui
