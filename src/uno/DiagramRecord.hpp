#pragma once
#include "core/SwimlaneOptions.hpp"

#include <com/sun/star/frame/XModel.hpp>

#include <optional>
#include <string>
#include <vector>

namespace salesprocess::extension {

class UndoAction;

/// What a Draw document remembers about the swimlane diagrams drawn into it: the options each
/// was drawn with and the pages it takes, in the user-defined document property
/// SalesProcessDiagram (one line per diagram). The process itself is in SalesProcessModel, as in
/// the workbook. Re-layout, Check process and Desk checklists in Draw start from these two.
class DiagramRecord {
public:
    static constexpr const char* property = "SalesProcessDiagram";

    struct Diagram {
        std::string id;                 ///< "1", "2"... within the document
        SwimlaneOptions options;
        std::vector<std::string> pages; ///< page names, in order
    };
    std::vector<Diagram> diagrams;

    static DiagramRecord read(const css::uno::Reference<css::frame::XModel>& document);
    /// Stores the record, recorded in undo.
    void write(const css::uno::Reference<css::frame::XModel>& document, UndoAction& undo) const;

    /// The diagram one of whose pages has this name, or null.
    Diagram* containing(const std::string& pageName);
    /// A fresh diagram id.
    std::string nextId() const;

    std::string toText() const;
    static DiagramRecord parse(const std::string& text);

    /// Options as dispatch arguments say them ("horizontal", "A3", "true", "customer").
    static std::string orientationName(LaneOrientation orientation);
    static std::string paperName(Paper paper);
    static std::string segmentsName(SegmentFilter segments);
    static std::optional<LaneOrientation> parseOrientation(const std::string& text);
    static std::optional<Paper> parsePaper(const std::string& text);
    static std::optional<SegmentFilter> parseSegments(const std::string& text);
};

} // namespace salesprocess::extension
