#pragma once
#include "core/Process.hpp"
#include "core/SwimlaneOptions.hpp"

#include <com/sun/star/uno/XComponentContext.hpp>

#include <functional>
#include <string>
#include <vector>

namespace salesprocess::extension {

/// What `salesprocess render` writes besides process.ods: the swimlane diagram (swimlane.odg and
/// swimlane.pdf, A3 landscape with the teams as columns: the wall chart) and the desk checklists (checklists.pdf, and with
/// per-team a checklists-<team>.pdf each), drawn in hidden documents that are closed again.
/// Runs on the office's main thread.
class DrawingOutputs {
public:
    struct Written {
        std::vector<std::string> files;    ///< paths written
        std::vector<std::string> messages; ///< one sentence per output, and what was not written
    };
    /// Whether a file of that name may be written into the folder (render's overwrite rule).
    using MayWrite = std::function<bool(const std::string& name)>;

    explicit DrawingOutputs(const css::uno::Reference<css::uno::XComponentContext>& context);

    Written write(const Process& process, const std::string& folder, bool perTeam, const MayWrite& mayWrite) const;

    /// The swimlane diagram's options for the wall: A3 landscape, teams as columns.
    static SwimlaneOptions wallChart();

private:
    css::uno::Reference<css::uno::XComponentContext> m_context;
};

} // namespace salesprocess::extension
