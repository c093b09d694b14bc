#pragma once

#include "core/storage/SourceRepository.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace recertify {

/** Connects a Kubernetes cluster: a kubeconfig and one of its contexts, read as kubectl reads them. */
class K8sSourceDialog : public QDialog
{
    Q_OBJECT

public:
    explicit K8sSourceDialog(QWidget* parent = nullptr);

    /** The configuration to save, valid after accept(). */
    SourceConfig source() const { return m_source; }
    void fill(const QString& name, const QString& kubeconfig, const QString& context);

    void accept() override;

private:
    void loadContexts();

    QLineEdit* m_name;
    QLineEdit* m_kubeconfig;
    QComboBox* m_context;
    QLabel* m_error;
    SourceConfig m_source;
};

} // namespace recertify
