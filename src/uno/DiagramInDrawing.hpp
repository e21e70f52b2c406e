#pragma once
#include "DiagramRecord.hpp"
#include "core/Process.hpp"

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XModel.hpp>

#include <string>

namespace salesprocess::extension {

/// The swimlane diagram a Draw command works on: the document of the calling frame, the process
/// it carries, and the diagram whose page is showing (else the first one). Throws CommandError
/// with a sentence for the user when there is none.
struct DiagramInDrawing {
    css::uno::Reference<css::frame::XModel> document;
    Process stored;
    DiagramRecord record;
    DiagramRecord::Diagram diagram;

    static DiagramInDrawing of(const css::uno::Reference<css::frame::XFrame>& frame, const std::string& ui,
                               const char* commandEn, const char* commandNl);
};

} // namespace salesprocess::extension
