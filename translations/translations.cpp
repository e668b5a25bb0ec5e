// The compiled translations live in this library's resources (:/i18n).
// A static library needs at least one object file; this is it.
namespace portolan {
int translationsLinked()
{
    return 1;
}
} // namespace portolan
