#include "csvwriter.h"

using namespace Qt::StringLiterals;

namespace portolan {

QString CsvWriter::field(const QString &value)
{
    QString v = value;
    if (!v.isEmpty() && (v.front() == u'=' || v.front() == u'+' || v.front() == u'-' || v.front() == u'@' ||
                         v.front() == u'\t' || v.front() == u'\r'))
        v.prepend(u'\'');
    if (v.contains(u',') || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r'))
        return u'"' + v.replace(u'"', u"\"\""_s) + u'"';
    return v;
}

QString CsvWriter::record(const QStringList &fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString &f : fields)
        out.append(field(f));
    return out.join(u',') + u"\r\n"_s;
}

} // namespace portolan
