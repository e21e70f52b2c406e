#pragma once
#include "DrawDocument.hpp"
#include "core/Process.hpp"
#include "core/SwimlaneOptions.hpp"

#include <string>
#include <vector>

namespace salesprocess::test {

/// A swimlane diagram as the office holds it, read once, and the checks the office tests make on
/// it. Each check returns what is wrong as sentences (empty: all right), so that a failing test
/// says where.
class DiagramProbe {
public:
    struct PageContent {
        std::size_t index = 0;
        std::string name;
        Size paper;
        std::vector<DrawDocument::ShapeInfo> shapes;
        std::vector<DrawDocument::ConnectorInfo> connectors;

        const DrawDocument::ShapeInfo* find(const std::string& name) const;
    };

    /// The pages the document's SalesProcessDiagram record lists (every diagram), in order.
    explicit DiagramProbe(const DrawDocument& document);
    /// Given pages only.
    DiagramProbe(const DrawDocument& document, const std::vector<std::size_t>& pages);

    std::vector<PageContent> pages;

    /// Step boxes (our step styles, not legend samples) of a page.
    static std::vector<const DrawDocument::ShapeInfo*> stepBoxes(const PageContent& page);
    /// Step box by step id over all pages; null when there is none.
    const DrawDocument::ShapeInfo* stepBox(const std::string& stepId, std::size_t* page = nullptr) const;
    /// The team whose lane holds the centre of a box on its page ("" when none).
    std::string laneAt(const PageContent& page, const Rect& box) const;

    /// Every shown step has exactly one box, inside its team's lane and its phase's column.
    std::vector<std::string> stepPlacementProblems(const Process& process, const SwimlaneOptions& options) const;
    /// Boxes and off-page markers of one page that overlap.
    std::vector<std::string> overlapProblems() const;
    /// Every shown arrow is one glued connector (or two, to and from off-page markers), with a
    /// non-empty route that starts and ends on the shapes it joins.
    std::vector<std::string> connectorProblems(const Process& process, const SwimlaneOptions& options) const;
    /// Connector segments that run through a box or marker other than the two they join.
    std::vector<std::string> crossingProblems() const;
    /// Named step styles present, steps styled by team.
    std::vector<std::string> styleProblems(const DrawDocument& document, const Process& process) const;

    /// Whether the layout shows a step (known team and phase, within the segment filter).
    static bool shows(const Process& process, const Step& step, const SwimlaneOptions& options);
};

} // namespace salesprocess::test
