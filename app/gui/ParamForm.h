#pragma once
// A parameter form generated from a scenario's ParamSpec list: spin boxes with ranges, combo
// boxes for choices, check boxes, tooltips with the help text, and a preset box. Values are
// validated by lab::validate, the same code the command line uses.
#include "lab/Scenario.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;

namespace gui {

class ParamForm : public QWidget {
    Q_OBJECT
public:
    explicit ParamForm(QWidget* parent = nullptr);
    // Rebuilds the form for a scenario, with these values (missing keys take defaults).
    void setScenario(const lab::ScenarioInfo& info, const QVariantMap& values);
    QVariantMap values() const;
    void setValues(const QVariantMap& values);
    void resetToDefaults();
    // Time limit in seconds (0 = until Stop).
    double duration() const;
    void setDuration(double s);
    // Checks beyond each value's range (Scenario::checkParams), run by validated() too.
    void setCheck(std::function<QString(const lab::Params&)> check) { m_check = std::move(check); }
    // Validates the current values (ranges, then the check); on failure returns false with a
    // message naming the key, which the form also shows under the fields.
    bool validated(lab::Params* out, QString* error) const;
    QWidget* editorFor(const QString& key) const { return m_editors.value(key); }

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent* e) override;

private:
    void styleError();
    QWidget* makeEditor(const lab::ParamSpec& spec);
    void applyPreset(int index);

    lab::ScenarioInfo m_info;
    QFormLayout* m_layout = nullptr;
    QComboBox* m_presets = nullptr;
    QDoubleSpinBox* m_duration = nullptr;
    QLabel* m_error = nullptr;
    QHash<QString, QWidget*> m_editors;
    std::function<QString(const lab::Params&)> m_check;
};

} // namespace gui
