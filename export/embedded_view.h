// The interactive view's page, compiled into kg from export/view/ (the
// bundle is built by CMake from export/view/package-lock.json; see
// export/CMakeLists.txt).
#pragma once

#include <string_view>

namespace kg::exporter::internal {

// export/view/src/template.html, with the placeholders @KG_TITLE@,
// @KG_STYLE@, @KG_DATA@ and @KG_SCRIPT@.
std::string_view view_template();
// export/view/src/style.css, minified.
std::string_view view_style();
// The app (export/view/src/main.js with sigma.js, graphology and
// ForceAtlas2), bundled and minified by esbuild into one IIFE.
std::string_view view_script();

}  // namespace kg::exporter::internal
