#pragma once

#include "core/storage/SourceRepository.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace recertify {

/** Connects an AWS account through an AWS CLI profile (or the environment); no key is typed or stored. */
class AwsSourceDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AwsSourceDialog(QWidget* parent = nullptr);

    SourceConfig source() const { return m_source; }
    void fill(const QString& name, const QString& profile, const QString& region, const QString& endpoint = {});

    void accept() override;

private:
    QLineEdit* m_name;
    QComboBox* m_profile;
    QLineEdit* m_region;
    QCheckBox* m_lastAccessed;
    QSpinBox* m_activityDays;
    QLineEdit* m_endpoint;
    QLabel* m_error;
    SourceConfig m_source;
};

} // namespace recertify
