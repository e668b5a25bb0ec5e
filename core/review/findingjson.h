#pragma once

#include "finding.h"

#include <QJsonObject>

namespace portolan {

// {severity, code, subject, message, fix}: one finding as `check --format
// json` and `diff --format json` write it. Apart from finding.h, which
// nearly every file includes, so that JSON stays out of them.
QJsonObject findingJson(const Finding &f);

} // namespace portolan
