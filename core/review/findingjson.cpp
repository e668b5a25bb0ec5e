#include "findingjson.h"

using namespace Qt::StringLiterals;

namespace portolan {

QJsonObject findingJson(const Finding &f)
{
    return QJsonObject{{u"severity"_s, severityName(f.severity)},
                       {u"code"_s, f.code},
                       {u"subject"_s, f.subject},
                       {u"message"_s, f.message},
                       {u"fix"_s, f.fix}};
}

} // namespace portolan
