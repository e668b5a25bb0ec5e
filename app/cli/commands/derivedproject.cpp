#include "derivedproject.h"

namespace portolan {

std::optional<DerivedProject> deriveProject(const CliContext &ctx)
{
    auto loaded = ctx.loadProject();
    if (!loaded)
        return std::nullopt;
    Derivation derivation = Deriver::derive(loaded->project, loaded->catalogs);
    return DerivedProject{std::move(*loaded), std::move(derivation), {}};
}

std::optional<DerivedProject> deriveProject(const CliContext &ctx, const QStringList &formats)
{
    const auto format = ctx.format(formats);
    if (!format)
        return std::nullopt;
    auto derived = deriveProject(ctx);
    if (derived)
        derived->format = *format;
    return derived;
}

} // namespace portolan
