#pragma once

#include "awsresources.h"
#include "resourcesexporter.h"

#include <QCoreApplication>

namespace portolan {

// AWS CLI input documents, one per group and direction:
//   aws ec2 authorize-security-group-ingress --cli-input-json file://G-ingress.json
//   aws ec2 authorize-security-group-egress  --cli-input-json file://G-egress.json
// plus G-revoke-default-egress.json for revoke-security-group-egress, since a
// new group allows all egress. The groups must exist first: every GroupId is
// a placeholder "REPLACE-WITH-ID-OF-<group>" to be replaced with the real
// sg-... id. Splits and refusals follow AwsResources.
class AwsCliExporter : public ResourcesExporter<AwsResources>
{
    Q_DECLARE_TR_FUNCTIONS(AwsCliExporter)
public:
    QString id() const override { return QStringLiteral("aws-cli"); }
    QString title() const override { return tr("AWS security group rules (AWS CLI JSON)"); }

    static QString placeholder(const QString &groupLabel);

private:
    void write(const CloudScope &scope, const AwsResources &plan, QList<ExportFile> &files) const override;
};

} // namespace portolan
