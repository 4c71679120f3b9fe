#include "ParamForm.h"

#include "Palette.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

#include <limits>

namespace gui {

ParamForm::ParamForm(QWidget* parent) : QWidget(parent)
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_layout = new QFormLayout;
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_layout->setRowWrapPolicy(QFormLayout::WrapLongRows); // long labels go above their field
    outer->addLayout(m_layout);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("paramError"));
    m_error->hide();
    styleError();
    outer->addWidget(m_error);
}

void ParamForm::styleError()
{
    // An error colour that reads on the theme's background; the message itself names the problem.
    m_error->setStyleSheet(QStringLiteral("color: %1;").arg(render::Palette::forWidgets(palette()).errorText.name()));
}

void ParamForm::changeEvent(QEvent* e)
{
    if (e->type() == QEvent::PaletteChange && m_error) styleError();
    QWidget::changeEvent(e);
}

QWidget* ParamForm::makeEditor(const lab::ParamSpec& s)
{
    QWidget* w = nullptr;
    switch (s.type) {
    case lab::ParamSpec::Int: {
        auto* sb = new QSpinBox;
        const qint64 lo = s.min.toLongLong(), hi = s.max.toLongLong();
        sb->setRange(static_cast<int>(std::max<qint64>(lo, std::numeric_limits<int>::min())),
                     static_cast<int>(std::min<qint64>(hi, std::numeric_limits<int>::max())));
        if (s.logScale) sb->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
        sb->setGroupSeparatorShown(hi >= 100000);
        connect(sb, &QSpinBox::valueChanged, this, &ParamForm::changed);
        w = sb;
        break;
    }
    case lab::ParamSpec::Double: {
        auto* sb = new QDoubleSpinBox;
        sb->setDecimals(3);
        sb->setRange(s.min.toDouble(), s.max.toDouble());
        sb->setSingleStep((s.max.toDouble() - s.min.toDouble()) <= 1.0 ? 0.05 : 1.0);
        sb->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
        connect(sb, &QDoubleSpinBox::valueChanged, this, &ParamForm::changed);
        w = sb;
        break;
    }
    case lab::ParamSpec::Bool: {
        auto* cb = new QCheckBox;
        connect(cb, &QCheckBox::toggled, this, &ParamForm::changed);
        w = cb;
        break;
    }
    case lab::ParamSpec::Choice: {
        auto* cb = new QComboBox;
        for (int i = 0; i < s.choices.size(); ++i)
            cb->addItem(i < s.choiceLabels.size() ? s.choiceLabels[i] : s.choices[i], s.choices[i]);
        connect(cb, &QComboBox::currentIndexChanged, this, &ParamForm::changed);
        w = cb;
        break;
    }
    case lab::ParamSpec::Text: {
        auto* le = new QLineEdit;
        connect(le, &QLineEdit::textChanged, this, &ParamForm::changed);
        w = le;
        break;
    }
    }
    w->setObjectName(QStringLiteral("param_") + s.key);
    w->setToolTip(QStringLiteral("<b>%1</b> (%2)<br>%3").arg(s.key.toHtmlEscaped(), s.rangeText().toHtmlEscaped(),
                                                             s.help.toHtmlEscaped()));
    w->setWhatsThis(s.help);
    w->setAccessibleName(s.label);
    w->setAccessibleDescription(s.help);
    return w;
}

void ParamForm::setScenario(const lab::ScenarioInfo& info, const QVariantMap& values)
{
    m_info = info;
    while (m_layout->rowCount() > 0) m_layout->removeRow(0);
    m_editors.clear();
    m_presets = new QComboBox;
    m_presets->setObjectName(QStringLiteral("presets"));
    m_presets->addItem(tr("Defaults"));
    for (const lab::Preset& p : info.presets) m_presets->addItem(p.name);
    m_presets->setToolTip(tr("Start from a prepared set of values."));
    m_presets->setAccessibleDescription(m_presets->toolTip());
    connect(m_presets, &QComboBox::activated, this, &ParamForm::applyPreset);
    m_layout->addRow(tr("Preset"), m_presets);
    for (const lab::ParamSpec& s : info.params) {
        QWidget* w = makeEditor(s);
        m_editors.insert(s.key, w);
        auto* label = new QLabel(s.label + QLatin1Char(':'));
        label->setToolTip(w->toolTip());
        // Plain text for assistive technology (the tooltip is rich text): the key and the range.
        label->setAccessibleDescription(QStringLiteral("%1 (%2)").arg(s.key, s.rangeText()));
        label->setBuddy(w);
        m_layout->addRow(label, w);
    }
    m_duration = new QDoubleSpinBox;
    m_duration->setObjectName(QStringLiteral("duration"));
    m_duration->setRange(0, 3600);
    m_duration->setDecimals(1);
    m_duration->setSuffix(tr(" s"));
    m_duration->setSpecialValueText(tr("until Stop"));
    m_duration->setToolTip(tr("Time limit of the run; 0 runs until it ends by itself or you press Stop."));
    m_duration->setAccessibleName(tr("Time limit"));
    m_duration->setAccessibleDescription(m_duration->toolTip());
    m_layout->addRow(tr("Time limit:"), m_duration);
    m_duration->setValue(info.defaultDuration);
    resetToDefaults();
    setValues(values);
}

void ParamForm::resetToDefaults()
{
    QVariantMap defaults;
    for (const lab::ParamSpec& s : m_info.params) defaults.insert(s.key, s.defaultValue);
    setValues(defaults);
    if (m_presets) m_presets->setCurrentIndex(0);
}

void ParamForm::setValues(const QVariantMap& values)
{
    for (const lab::ParamSpec& s : m_info.params) {
        if (!values.contains(s.key)) continue;
        QVariant v;
        // Values from settings or presets may be stale or mistyped: keep only valid ones.
        const QVariant raw = values.value(s.key);
        const bool ok = raw.typeId() == QMetaType::QString && s.type != lab::ParamSpec::Text
                            ? lab::parseValue(s, raw.toString(), &v, nullptr)
                            : lab::checkValue(s, raw, &v, nullptr);
        if (!ok) continue;
        QWidget* w = m_editors.value(s.key);
        if (auto* sb = qobject_cast<QSpinBox*>(w)) sb->setValue(static_cast<int>(v.toLongLong()));
        else if (auto* ds = qobject_cast<QDoubleSpinBox*>(w)) ds->setValue(v.toDouble());
        else if (auto* cb = qobject_cast<QCheckBox*>(w)) cb->setChecked(v.toBool());
        else if (auto* co = qobject_cast<QComboBox*>(w)) co->setCurrentIndex(co->findData(v.toString()));
        else if (auto* le = qobject_cast<QLineEdit*>(w)) le->setText(v.toString());
    }
}

QVariantMap ParamForm::values() const
{
    QVariantMap out;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        QWidget* w = it.value();
        if (auto* sb = qobject_cast<QSpinBox*>(w)) out.insert(it.key(), QVariant::fromValue<qint64>(sb->value()));
        else if (auto* ds = qobject_cast<QDoubleSpinBox*>(w)) out.insert(it.key(), ds->value());
        else if (auto* cb = qobject_cast<QCheckBox*>(w)) out.insert(it.key(), cb->isChecked());
        else if (auto* co = qobject_cast<QComboBox*>(w)) out.insert(it.key(), co->currentData().toString());
        else if (auto* le = qobject_cast<QLineEdit*>(w)) out.insert(it.key(), le->text());
    }
    return out;
}

double ParamForm::duration() const { return m_duration ? m_duration->value() : 0.0; }
void ParamForm::setDuration(double s) { if (m_duration) m_duration->setValue(s); }

bool ParamForm::validated(lab::Params* out, QString* error) const
{
    QString e;
    lab::Params params;
    bool ok = lab::validate(m_info.params, values(), &params, &e);
    if (ok && m_check) {
        e = m_check(params);
        ok = e.isEmpty();
    }
    if (ok && out) *out = params;
    m_error->setVisible(!ok);
    m_error->setText(e);
    if (error) *error = e;
    return ok;
}

void ParamForm::applyPreset(int index)
{
    resetToDefaults();
    if (index > 0 && index - 1 < m_info.presets.size()) setValues(m_info.presets[index - 1].values);
    m_presets->setCurrentIndex(index);
}

} // namespace gui
