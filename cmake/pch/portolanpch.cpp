// The precompiled header's host: an empty file in a target that links Qt
// Core alone, so that the header is built with the fewest macros defined
// and every target of ours, each of which defines at least these, can
// reuse it (cmake/PortolanBuildSpeed.cmake).
