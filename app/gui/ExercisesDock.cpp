#include "ExercisesDock.h"

#include "ChartPanel.h"
#include "CountersView.h"
#include "MainWindow.h"
#include "ParamForm.h"
#include "TimelineView.h"

#include "lab/Registry.h"

#include <QAction>
#include <QButtonGroup>
#include <QDateTime>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace gui {

namespace {
const QString kRequireKey = QStringLiteral("teach/requirePrediction");
constexpr int kIdRole = Qt::UserRole;

// Plain text from an exercise file as HTML paragraphs.
QString paragraphs(const QString& text)
{
    QString html;
    for (const QString& p : text.split(QStringLiteral("\n\n")))
        html += QStringLiteral("<p>%1</p>").arg(p.toHtmlEscaped());
    return html;
}

QString statusMark(teach::Status s)
{
    switch (s) {
    case teach::Status::NotTried: return QStringLiteral("○ ") + teach::statusTitle(s);
    case teach::Status::Attempted: return QStringLiteral("◐ ") + teach::statusTitle(s);
    case teach::Status::Correct: return QStringLiteral("● ") + teach::statusTitle(s);
    }
    return {};
}

QColor statusColor(teach::Status s)
{
    switch (s) {
    case teach::Status::NotTried: return QColor(0x66, 0x66, 0x66);
    case teach::Status::Attempted: return QColor(0xb3, 0x6b, 0x00);
    case teach::Status::Correct: return QColor(0x1b, 0x7f, 0x3b);
    }
    return {};
}

bool parseLocalNumber(const QString& text, double* out)
{
    bool ok = false;
    const QString t = text.trimmed();
    double v = QLocale().toDouble(t, &ok);
    if (!ok) v = QLocale::c().toDouble(t, &ok);
    if (ok && std::isfinite(v)) *out = v;
    return ok && std::isfinite(v);
}
} // namespace

ExercisesDock::ExercisesDock(MainWindow* window) : QDockWidget(window), m_window(window)
{
    setObjectName(QStringLiteral("exercisesDock"));
    buildUi();
    QString warning;
    m_progress.load(&warning);
    setWarning(warning);
    window->addDockWidget(Qt::RightDockWidgetArea, this);
    if (auto* explain = window->findChild<QDockWidget*>(QStringLiteral("explanationDock"))) {
        window->tabifyDockWidget(explain, this);
        explain->raise(); // the explanation comes first; an exercise raises this tab
    }
    m_requireAct = new QAction(this);
    m_requireAct->setObjectName(QStringLiteral("requirePredictionAction"));
    m_requireAct->setCheckable(true);
    m_requireAct->setChecked(QSettings().value(kRequireKey, true).toBool());
    connect(m_requireAct, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(kRequireKey, on);
        showExercise();
        m_window->refreshRunAction();
    });
    if (QMenu* run = window->runMenu()) {
        run->addSeparator();
        run->addAction(m_requireAct);
    }
    if (QMenu* view = window->viewMenu()) view->addAction(toggleViewAction());
    window->setRunGuard([this] { return runGuard(); });
    connect(window, &MainWindow::runStarted, this, &ExercisesDock::onRunStarted);
    connect(window, &MainWindow::runFinished, this, &ExercisesDock::onRunFinished);
    connect(window, &MainWindow::scenarioSelected, this, &ExercisesDock::onScenarioSelected);
    retranslateUi();
    populate();
    showExercise();
}

void ExercisesDock::buildUi()
{
    auto* splitter = new QSplitter(Qt::Vertical);
    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("exerciseList"));
    m_list->setColumnCount(2);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->setRootIsDecorated(true);
    const auto choose = [this](QTreeWidgetItem* item) {
        const QString id = item ? item->data(0, kIdRole).toString() : QString();
        if (!id.isEmpty() && id != activeId()) startExercise(id);
    };
    connect(m_list, &QTreeWidget::itemClicked, this, choose);
    connect(m_list, &QTreeWidget::itemActivated, this, choose);
    splitter->addWidget(m_list);

    auto* detailScroll = new QScrollArea;
    detailScroll->setWidgetResizable(true);
    detailScroll->setFrameShape(QFrame::NoFrame);
    auto* detailBox = new QWidget;
    auto* v = new QVBoxLayout(detailBox);
    m_placeholder = new QLabel;
    m_placeholder->setWordWrap(true);
    m_placeholder->setStyleSheet(QStringLiteral("color: #555;"));
    v->addWidget(m_placeholder);
    m_detail = new QWidget;
    auto* d = new QVBoxLayout(m_detail);
    d->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("exerciseTitle"));
    m_title->setWordWrap(true);
    QFont tf = m_title->font();
    tf.setBold(true);
    tf.setPointSizeF(tf.pointSizeF() * 1.25);
    m_title->setFont(tf);
    d->addWidget(m_title);
    m_lockNote = new QLabel;
    m_lockNote->setWordWrap(true);
    m_lockNote->setStyleSheet(QStringLiteral("color: #555;"));
    d->addWidget(m_lockNote);
    m_question = new QLabel;
    m_question->setObjectName(QStringLiteral("exerciseQuestion"));
    m_question->setWordWrap(true);
    m_question->setTextFormat(Qt::RichText);
    d->addWidget(m_question);

    m_predictLabel = new QLabel;
    QFont bf = m_predictLabel->font();
    bf.setBold(true);
    m_predictLabel->setFont(bf);
    d->addWidget(m_predictLabel);
    m_inputs = new QStackedWidget;
    // Number
    auto* numberRow = new QWidget;
    auto* nh = new QHBoxLayout(numberRow);
    nh->setContentsMargins(0, 0, 0, 0);
    m_number = new QLineEdit;
    m_number->setObjectName(QStringLiteral("predictionNumber"));
    m_unit = new QLabel;
    nh->addWidget(m_number, 1);
    nh->addWidget(m_unit);
    m_inputs->addWidget(numberRow);
    // Range
    auto* rangeRow = new QWidget;
    auto* rh = new QHBoxLayout(rangeRow);
    rh->setContentsMargins(0, 0, 0, 0);
    m_low = new QLineEdit;
    m_low->setObjectName(QStringLiteral("predictionLow"));
    m_high = new QLineEdit;
    m_high->setObjectName(QStringLiteral("predictionHigh"));
    m_rangeTo = new QLabel;
    m_rangeUnit = new QLabel;
    rh->addWidget(m_low, 1);
    rh->addWidget(m_rangeTo);
    rh->addWidget(m_high, 1);
    rh->addWidget(m_rangeUnit);
    m_inputs->addWidget(rangeRow);
    // Choice
    m_choiceBox = new QWidget;
    m_choiceLayout = new QVBoxLayout(m_choiceBox);
    m_choiceLayout->setContentsMargins(0, 0, 0, 0);
    m_choices = new QButtonGroup(this);
    m_inputs->addWidget(m_choiceBox);
    d->addWidget(m_inputs);
    for (QLineEdit* e : {m_number, m_low, m_high}) connect(e, &QLineEdit::textChanged, this, &ExercisesDock::predictionChanged);
    connect(m_choices, &QButtonGroup::idToggled, this, [this](int, bool on) { if (on) predictionChanged(); });
    m_predictNote = new QLabel;
    m_predictNote->setObjectName(QStringLiteral("predictionNote"));
    m_predictNote->setWordWrap(true);
    m_predictNote->setStyleSheet(QStringLiteral("color: #555;"));
    d->addWidget(m_predictNote);

    auto* buttons = new QHBoxLayout;
    m_hintButton = new QPushButton;
    m_hintButton->setObjectName(QStringLiteral("hintButton"));
    connect(m_hintButton, &QPushButton::clicked, this, [this] { revealHint(); });
    m_runButton = new QPushButton;
    m_runButton->setObjectName(QStringLiteral("exerciseRunButton"));
    connect(m_runButton, &QPushButton::clicked, this, [this] { m_window->startRun(); });
    m_leaveButton = new QPushButton;
    m_leaveButton->setObjectName(QStringLiteral("leaveExerciseButton"));
    connect(m_leaveButton, &QPushButton::clicked, this, &ExercisesDock::leaveExercise);
    buttons->addWidget(m_hintButton);
    buttons->addWidget(m_runButton);
    buttons->addStretch(1);
    buttons->addWidget(m_leaveButton);
    d->addLayout(buttons);
    m_hints = new QLabel;
    m_hints->setObjectName(QStringLiteral("exerciseHints"));
    m_hints->setWordWrap(true);
    m_hints->setTextFormat(Qt::RichText);
    d->addWidget(m_hints);

    m_result = new QLabel;
    m_result->setObjectName(QStringLiteral("exerciseResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::RichText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setFrameShape(QFrame::StyledPanel);
    m_result->setMargin(6);
    d->addWidget(m_result);
    m_showButton = new QPushButton;
    m_showButton->setObjectName(QStringLiteral("showAnswerButton"));
    connect(m_showButton, &QPushButton::clicked, this, [this] { if (m_active) showAnswerPlace(m_window, m_active->highlight); });
    d->addWidget(m_showButton, 0, Qt::AlignLeft);
    v->addWidget(m_detail);
    m_warningLabel = new QLabel;
    m_warningLabel->setObjectName(QStringLiteral("progressWarning"));
    m_warningLabel->setWordWrap(true);
    m_warningLabel->setStyleSheet(QStringLiteral("QLabel { background: #fff4e5; color: #663c00; border: 1px solid #ffd8a8; padding: 4px; }"));
    m_warningLabel->hide();
    v->addWidget(m_warningLabel);
    v->addStretch(1);
    auto* bottom = new QHBoxLayout;
    bottom->addStretch(1);
    m_resetButton = new QPushButton;
    m_resetButton->setObjectName(QStringLiteral("resetProgressButton"));
    connect(m_resetButton, &QPushButton::clicked, this, [this] { resetProgress(true); });
    bottom->addWidget(m_resetButton);
    v->addLayout(bottom);
    detailScroll->setWidget(detailBox);
    splitter->addWidget(detailScroll);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    setWidget(splitter);
}

void ExercisesDock::retranslateUi()
{
    setWindowTitle(tr("Exercises"));
    m_list->setHeaderLabels({tr("Exercise"), tr("Status")});
    m_placeholder->setText(tr("Choose an exercise: pplab sets up the experiment, you predict what it will measure, "
                              "run it, and compare."));
    m_lockNote->setText(tr("The exercise sets the parameters; they stay locked until you leave it."));
    m_rangeTo->setText(tr("to"));
    m_hintButton->setToolTip(tr("Reveal the next hint"));
    m_runButton->setText(tr("Run"));
    m_leaveButton->setText(tr("Leave exercise"));
    m_leaveButton->setToolTip(tr("Unlock the parameters and return to free experimenting"));
    m_resetButton->setText(tr("Reset progress…"));
    m_requireAct->setText(tr("Require a &prediction before Run"));
    m_requireAct->setToolTip(tr("In an exercise, Run stays off until the student has entered a prediction (a teacher setting)"));
    toggleViewAction()->setText(tr("E&xercises"));
}

void ExercisesDock::changeEvent(QEvent* e)
{
    if (e->type() == QEvent::LanguageChange) {
        retranslateUi();
        populate();
        const bool hadResult = !m_verdict.isEmpty();
        const QString result = m_result->text();
        showExercise();
        // The verdict is in the language of its run; it stays until the next one.
        if (hadResult) { m_result->setText(result); m_result->show(); m_showButton->setVisible(m_active && m_active->highlight.target != teach::Highlight::None); }
    }
    QDockWidget::changeEvent(e);
}

void ExercisesDock::populate()
{
    const QString active = activeId();
    m_list->clear();
    const teach::Catalog& cat = teach::Catalog::shipped();
    auto& reg = lab::Registry::instance();
    // Grouped like the scenario list: by category, then in the order the scenarios were added.
    QStringList ids = reg.ids();
    std::stable_sort(ids.begin(), ids.end(), [&reg](const QString& a, const QString& b) {
        return lab::categoryOrder(reg.info(a).category) < lab::categoryOrder(reg.info(b).category);
    });
    for (const QString& sid : std::as_const(ids)) {
        const QList<teach::Exercise> list = cat.exercises(sid);
        if (list.isEmpty()) continue;
        auto* group = new QTreeWidgetItem(m_list, {reg.info(sid).title});
        group->setFlags(Qt::ItemIsEnabled);
        QFont f = group->font(0);
        f.setBold(true);
        group->setFont(0, f);
        for (const teach::Exercise& ex : list) {
            auto* item = new QTreeWidgetItem(group, {ex.title.text()});
            item->setData(0, kIdRole, ex.id);
            item->setToolTip(0, ex.id);
            if (ex.id == active) m_list->setCurrentItem(item);
        }
    }
    m_list->expandAll();
    for (const teach::Exercise& ex : cat.exercises()) updateStatusItem(ex.id);
}

void ExercisesDock::updateStatusItem(const QString& id)
{
    for (int g = 0; g < m_list->topLevelItemCount(); ++g) {
        QTreeWidgetItem* group = m_list->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem* item = group->child(i);
            if (item->data(0, kIdRole).toString() != id) continue;
            const teach::Status s = m_progress.status(id);
            item->setText(1, statusMark(s));
            item->setForeground(1, statusColor(s));
            item->setData(1, kIdRole, teach::statusId(s));
            const int n = m_progress.attempts(id);
            item->setToolTip(1, n == 0 ? teach::statusTitle(s)
                                       : tr("%n attempt(s), the last on %1", nullptr, n)
                                             .arg(QLocale().toString(m_progress.lastAttempt(id).toLocalTime(), QLocale::ShortFormat)));
        }
    }
}

bool ExercisesDock::startExercise(const QString& id)
{
    const teach::Exercise* ex = teach::Catalog::shipped().exercise(id);
    if (!ex) return false;
    if (m_active) leaveExercise();
    if (!m_window->selectScenario(ex->scenario)) return false;
    ParamForm* form = m_window->form();
    m_savedValues = form->values();
    m_savedDuration = form->duration();
    m_active = *ex; // after selectScenario: its signal must not end the exercise
    form->resetToDefaults();
    form->setValues(ex->values);
    form->setDuration(ex->runDuration(lab::Registry::instance().info(ex->scenario)));
    m_window->setFormLocked(true);
    m_hintsShown = 0;
    m_committed.reset();
    m_armed = false;
    m_verdict.clear();
    m_number->clear();
    m_low->clear();
    m_high->clear();
    showExercise();
    buildPredictionInput();
    for (int g = 0; g < m_list->topLevelItemCount(); ++g)
        for (int i = 0; i < m_list->topLevelItem(g)->childCount(); ++i)
            if (m_list->topLevelItem(g)->child(i)->data(0, kIdRole).toString() == id) m_list->setCurrentItem(m_list->topLevelItem(g)->child(i));
    show();
    raise();
    m_window->refreshRunAction();
    return true;
}

void ExercisesDock::leaveExercise()
{
    if (!m_active) return;
    const QString scenario = m_active->scenario;
    m_active.reset();
    m_armed = false;
    m_committed.reset();
    m_verdict.clear();
    m_window->setFormLocked(false);
    if (m_window->currentScenario() == scenario) {
        m_window->form()->setValues(m_savedValues);
        m_window->form()->setDuration(m_savedDuration);
    }
    m_list->setCurrentItem(nullptr);
    showExercise();
    m_window->refreshRunAction();
}

void ExercisesDock::onScenarioSelected(const QString& id)
{
    if (m_active && id != m_active->scenario) leaveExercise();
}

void ExercisesDock::buildPredictionInput()
{
    if (!m_active) return;
    for (QAbstractButton* b : m_choices->buttons()) {
        m_choices->removeButton(b);
        b->deleteLater();
    }
    switch (m_active->kind) {
    case teach::Kind::Number: m_inputs->setCurrentIndex(0); break;
    case teach::Kind::Range: m_inputs->setCurrentIndex(1); break;
    case teach::Kind::Choice: {
        m_inputs->setCurrentIndex(2);
        int i = 0;
        for (const teach::Choice& c : m_active->choices) {
            auto* r = new QRadioButton(c.label.text());
            r->setObjectName(QStringLiteral("choice_") + c.id);
            m_choiceLayout->addWidget(r);
            m_choices->addButton(r, i++);
        }
        break;
    }
    }
    predictionChanged();
}

void ExercisesDock::showExercise()
{
    const bool active = m_active.has_value();
    m_placeholder->setVisible(!active);
    m_detail->setVisible(active);
    if (!active) return;
    const teach::Exercise& ex = *m_active;
    m_title->setText(ex.title.text());
    m_question->setText(paragraphs(ex.question.text()));
    const QString unit = ex.unit.text();
    m_unit->setText(unit);
    m_rangeUnit->setText(unit);
    switch (ex.kind) {
    case teach::Kind::Number:
        if (ex.tolerance.value == 0)
            m_predictLabel->setText(tr("Your prediction (exact):"));
        else if (ex.tolerance.relative)
            m_predictLabel->setText(tr("Your prediction (tolerance ±%1 of the measurement):").arg(ex.tolerance.text(QLocale())));
        else
            m_predictLabel->setText(tr("Your prediction (tolerance ±%1):").arg(ex.tolerance.text(QLocale()) + (unit.isEmpty() || unit == QLatin1String("%") ? unit : QStringLiteral(" ") + unit)));
        break;
    case teach::Kind::Range:
        m_predictLabel->setText(tr("Your prediction, a range at most %1 wide:").arg(teach::formatNumber(ex.maxWidth, QLocale())));
        break;
    case teach::Kind::Choice:
        m_predictLabel->setText(tr("Your prediction:"));
        for (int i = 0; i < ex.choices.size(); ++i)
            if (QAbstractButton* b = m_choices->button(i)) b->setText(ex.choices[i].label.text());
        break;
    }
    QString hints;
    for (int i = 0; i < m_hintsShown && i < ex.hints.size(); ++i)
        hints += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Hint %1:").arg(i + 1), ex.hints[i].text().toHtmlEscaped());
    m_hints->setText(hints);
    m_hints->setVisible(!hints.isEmpty());
    m_hintButton->setText(m_hintsShown < ex.hints.size() ? tr("Hint (%1 of %2)").arg(m_hintsShown + 1).arg(ex.hints.size()) : tr("No more hints"));
    m_hintButton->setEnabled(m_hintsShown < ex.hints.size());
    m_hintButton->setVisible(!ex.hints.isEmpty());
    m_result->setVisible(!m_verdict.isEmpty());
    m_showButton->setText(tr("Show the answer: %1").arg(highlightName()));
    m_showButton->setVisible(!m_verdict.isEmpty() && ex.highlight.target != teach::Highlight::None);
    predictionChanged();
}

QString ExercisesDock::highlightName() const
{
    if (!m_active) return {};
    const lab::ScenarioInfo info = lab::Registry::instance().info(m_active->scenario);
    if (m_active->highlight.target == teach::Highlight::Chart) {
        for (const lab::ChartSpec& c : info.charts)
            if (c.key == m_active->highlight.key) return tr("the chart “%1”").arg(c.title);
    }
    return tr("the counter “%1”").arg(info.figures.value(m_active->highlight.key, m_active->highlight.key));
}

std::optional<teach::Prediction> ExercisesDock::prediction() const
{
    if (!m_active) return std::nullopt;
    teach::Prediction p;
    p.kind = m_active->kind;
    switch (m_active->kind) {
    case teach::Kind::Number:
        if (!parseLocalNumber(m_number->text(), &p.value)) return std::nullopt;
        break;
    case teach::Kind::Range:
        if (!parseLocalNumber(m_low->text(), &p.lo) || !parseLocalNumber(m_high->text(), &p.hi)) return std::nullopt;
        break;
    case teach::Kind::Choice: {
        const int i = m_choices->checkedId();
        if (i < 0 || i >= m_active->choices.size()) return std::nullopt;
        p.choice = m_active->choices[i].id;
        break;
    }
    }
    if (!teach::checkPrediction(*m_active, p, nullptr)) return std::nullopt;
    return p;
}

void ExercisesDock::predictionChanged()
{
    if (!m_active) return;
    QString note;
    const bool empty = m_active->kind == teach::Kind::Number ? m_number->text().trimmed().isEmpty()
                       : m_active->kind == teach::Kind::Range ? m_low->text().trimmed().isEmpty() && m_high->text().trimmed().isEmpty()
                                                              : m_choices->checkedId() < 0;
    if (!prediction()) {
        if (empty) {
            note = requirePrediction() ? tr("Enter your prediction: Run starts once you have one.") : tr("Predict before you run (your teacher made it optional).");
        } else {
            teach::Prediction p;
            p.kind = m_active->kind;
            QString why;
            if (m_active->kind == teach::Kind::Range && parseLocalNumber(m_low->text(), &p.lo) && parseLocalNumber(m_high->text(), &p.hi)
                && !teach::checkPrediction(*m_active, p, &why))
                note = why;
            else
                note = tr("Not a number yet.");
        }
    } else if (m_armed) {
        note = tr("Running… your prediction is locked in.");
    } else {
        note = tr("Ready: press Run.");
    }
    m_predictNote->setText(note);
    m_window->refreshRunAction();
    m_runButton->setEnabled(runGuard().isEmpty() && !m_window->runner().isRunning());
}

QString ExercisesDock::runGuard() const
{
    if (!m_active || !requirePrediction() || prediction()) return {};
    return tr("Enter your prediction for the exercise “%1” first (Exercises panel).").arg(m_active->title.text());
}

bool ExercisesDock::enterPrediction(const QString& text)
{
    if (!m_active) return false;
    switch (m_active->kind) {
    case teach::Kind::Number: m_number->setText(text); break;
    case teach::Kind::Range: {
        const qsizetype dots = text.indexOf(QStringLiteral(".."));
        if (dots < 0) return false;
        m_low->setText(text.left(dots));
        m_high->setText(text.mid(dots + 2));
        break;
    }
    case teach::Kind::Choice:
        for (int i = 0; i < m_active->choices.size(); ++i)
            if (m_active->choices[i].id == text && m_choices->button(i)) m_choices->button(i)->setChecked(true);
        break;
    }
    return prediction().has_value();
}

bool ExercisesDock::revealHint()
{
    if (!m_active || m_hintsShown >= m_active->hints.size()) return false;
    ++m_hintsShown;
    showExercise();
    return true;
}

bool ExercisesDock::requirePrediction() const
{
    return m_requireAct ? m_requireAct->isChecked() : true;
}

void ExercisesDock::setRequirePrediction(bool on)
{
    m_requireAct->setChecked(on);
}

void ExercisesDock::onRunStarted()
{
    if (!m_active) return;
    m_armed = true;
    m_committed = prediction();
    m_verdict.clear();
    m_result->hide();
    m_showButton->hide();
    m_inputs->setEnabled(false);
    predictionChanged();
}

void ExercisesDock::onRunFinished(lab::RunStatus status)
{
    if (!m_active || !m_armed) return;
    m_armed = false;
    m_inputs->setEnabled(true);
    const teach::Exercise& ex = *m_active;
    lab::Runner& runner = m_window->runner();
    QString html;
    if (status != lab::RunStatus::Finished) {
        html = status == lab::RunStatus::Stopped ? tr("The run was stopped before the end: no verdict. Run it again to the end.")
                                                 : tr("The run failed: %1").arg(runner.errorMessage().toHtmlEscaped());
        m_verdict = QStringLiteral("-");
        showResult(QStringLiteral("<p>%1</p>").arg(html));
        predictionChanged();
        return;
    }
    const QVariantMap summary = runner.recorder() ? runner.recorder()->data().summary : QVariantMap();
    const QVariantMap params = runner.context() ? runner.context()->params().values() : QVariantMap();
    // The verdict applies to the exercise's own parameters only (the form is locked, but be sure).
    for (auto it = ex.values.cbegin(); it != ex.values.cend(); ++it)
        if (params.value(it.key()) != it.value()) {
            m_verdict = QStringLiteral("-");
            showResult(QStringLiteral("<p>%1</p>").arg(tr("This run did not use the exercise's parameters (%1): no verdict.").arg(it.key())));
            predictionChanged();
            return;
        }
    teach::Measurement m;
    QString error;
    if (!teach::measure(ex, summary, params, &m, &error)) {
        m_verdict = QStringLiteral("-");
        showResult(QStringLiteral("<p>%1</p>").arg(error.toHtmlEscaped()));
        predictionChanged();
        return;
    }
    const QLocale loc;
    QString refs;
    for (const auto& [label, value] : m.references)
        refs += QStringLiteral("<br>%1: <b>%2</b>").arg(label.toHtmlEscaped(), teach::formatNumber(value, loc));
    if (!m_committed) {
        const QString unit = ex.unit.text();
        QString measured = teach::formatNumber(m.value, loc) + (unit.isEmpty() ? QString() : (unit == QLatin1String("%") ? unit : QStringLiteral(" ") + unit));
        if (ex.kind == teach::Kind::Choice && ex.choice(m.choice)) measured = ex.choice(m.choice)->label.text() + QStringLiteral(" (") + measured + QLatin1Char(')');
        m_verdict = QStringLiteral("-");
        html = QStringLiteral("<p>%1</p><p>%2%3</p>").arg(tr("No prediction was made, so there is no verdict."),
                                                          tr("Measured: %1").arg(measured.toHtmlEscaped()), refs);
    } else {
        const teach::Judgement j = teach::judge(ex, *m_committed, m);
        m_verdict = teach::verdictId(j.verdict);
        const char* colour = j.verdict == teach::Verdict::Correct ? "#1b7f3b" : j.verdict == teach::Verdict::Close ? "#b36b00" : "#b00020";
        html = QStringLiteral("<p style='font-size:x-large; color:%1'><b>%2</b></p><p>%3%4</p>")
                   .arg(QLatin1String(colour), teach::verdictTitle(j.verdict).toHtmlEscaped(),
                        teach::describeJudgement(ex, *m_committed, m, j, loc).toHtmlEscaped(), refs);
        teach::Attempt a{QDateTime::currentDateTimeUtc(), m_committed->text(ex), m.value, m_verdict, m_hintsShown};
        QString perror;
        const bool saved = m_progress.record(ex.id, a, &perror);
        setWarning(perror.isEmpty() ? QString() : (saved ? perror : tr("Progress not saved: %1").arg(perror)));
        updateStatusItem(ex.id);
    }
    html += QStringLiteral("<p><b>%1</b></p>").arg(tr("Explanation")) + paragraphs(ex.explanation.text());
    showResult(html);
    predictionChanged();
}

void ExercisesDock::showResult(const QString& html)
{
    m_result->setText(html);
    m_result->show();
    m_showButton->setText(tr("Show the answer: %1").arg(highlightName()));
    m_showButton->setVisible(m_active && m_active->highlight.target != teach::Highlight::None);
}

QString ExercisesDock::verdictText() const
{
    return m_verdict;
}

void ExercisesDock::setWarning(const QString& text)
{
    m_warning = text;
    m_warningLabel->setText(text);
    m_warningLabel->setVisible(!text.isEmpty());
    if (!text.isEmpty() && m_window->statusBar()) m_window->statusBar()->showMessage(text, 15000);
}

QString ExercisesDock::warningText() const
{
    return m_warning;
}

bool ExercisesDock::resetProgress(bool ask)
{
    if (ask && QMessageBox::question(this, tr("Reset progress"),
                                     tr("Forget every attempt and verdict of every exercise? This cannot be undone."),
                                     QMessageBox::Reset | QMessageBox::Cancel, QMessageBox::Cancel)
                   != QMessageBox::Reset)
        return false;
    QString error;
    if (!m_progress.reset(&error)) {
        setWarning(error);
        return false;
    }
    setWarning(QString());
    populate();
    return true;
}

bool ExercisesDock::showAnswerPlace(MainWindow* window, const teach::Highlight& h)
{
    if (h.target == teach::Highlight::Chart) {
        QTabWidget* tabs = window->tabs();
        const lab::ScenarioInfo info = lab::Registry::instance().info(window->currentScenario());
        bool isTimeline = false;
        for (const lab::ChartSpec& c : info.charts)
            if (c.key == h.key) isTimeline = c.kind == lab::ChartSpec::Timeline;
        for (int t = 0; t < tabs->count(); ++t) {
            QWidget* w = tabs->widget(t);
            const auto* chart = qobject_cast<ChartPanel*>(w);
            if ((chart && chart->spec().key == h.key) || (isTimeline && qobject_cast<TimelineView*>(w))) {
                tabs->setCurrentIndex(t);
                w->setFocus();
                return true;
            }
        }
        return false;
    }
    if (h.target == teach::Highlight::Counter) {
        auto* card = window->counters()->findChild<QFrame*>(QStringLiteral("counter_") + h.key);
        if (!card) return false;
        // A bright frame for a few seconds: easy to find from the back of the room.
        const QString name = card->objectName();
        card->setStyleSheet(QStringLiteral("QFrame#%1 { border: 3px solid #e67e22; background: #fff4e0; border-radius: 4px; }").arg(name));
        QPointer<QFrame> guard(card);
        QTimer::singleShot(4000, card, [guard] { if (guard) guard->setStyleSheet(QString()); });
        return true;
    }
    return false;
}

} // namespace gui
