#pragma once

#include <QString>

namespace portolan {

// Turns user text (names, descriptions, comments) into text each cloud
// syntax takes without any change of meaning: a name holding quotes,
// newlines, `$(...)`, backticks, `${...}` or 10 KB of text must stay one
// value of the generated file. Quoting functions quote; the name functions
// map to the provider's allowed alphabet; nothing here ever throws.
class CloudText
{
public:
    // Control, format and separator characters, lone surrogates and
    // non-characters become spaces; runs of white space become one; trimmed.
    // What every YAML reader, HCL parser and shell accepts inside a string.
    static QString clean(const QString &text);
    // At most `maxChars` UTF-16 units, never splitting a surrogate pair; a
    // cut text ends with "...".
    static QString truncate(const QString &text, int maxChars);
    // One line for a `#` comment (HCL, YAML, shell), at most 200 characters.
    static QString comment(const QString &text);

    // AWS security-group and rule descriptions: ≤ 255 characters from
    // a-zA-Z0-9 space ._-:/()#,@[]+=&;{}!$*; accents are dropped (é -> e),
    // anything else becomes '_'.
    static QString awsDescription(const QString &text, int maxChars = 255);

    // Quoting (HCL strings, shell words) and short hashes are shared with the
    // host targets: export/escape.h.

    // Lower-case DNS-label style names: [a-z]([-a-z0-9]*[a-z0-9])?, 1..maxChars
    // (GCP names and tags, Kubernetes names and label values, DO tags). A name
    // that had to be cut or changed keeps a short hash of the original so two
    // different ids never collapse into one.
    static QString label(const QString &text, int maxChars = 63);
    // Terraform resource names: [A-Za-z_][A-Za-z0-9_]*.
    static QString identifier(const QString &text);
    // CloudFormation logical ids: [A-Za-z0-9]+, CamelCase from the words.
    static QString logicalId(const QString &text);
    // Azure resource names: [A-Za-z0-9][A-Za-z0-9_.-]*[A-Za-z0-9_], ≤ maxChars.
    static QString azureName(const QString &text, int maxChars = 80);
};

} // namespace portolan
