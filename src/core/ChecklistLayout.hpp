#pragma once
#include "Checklist.hpp"
#include "ChecklistOptions.hpp"
#include "Drawing.hpp"
#include "Process.hpp"
#include "TextMeasure.hpp"

#include <string>
#include <vector>

namespace salesprocess {

/// Lays desk checklists out on portrait pages, in 1/100 mm: a header band in the team colour
/// (company, logo, title, process, version, date) repeated on every page, phase headings, steps
/// with a check box, their checklist lines and handovers, the routing cheat sheet as a small table
/// at the end, and "page x of y" per document. Deterministic: the same input gives the same
/// pages, so the page count predicted here is the page count of the printed PDF.
class ChecklistLayout {
public:
    /// Named graphic styles, one per kind of shape, so that a user changes the look in one place.
    static constexpr const char* bandStylePrefix = "SalesProcess Checklist Band "; ///< + team id
    static constexpr const char* companyStyle = "SalesProcess Checklist Company";
    static constexpr const char* titleStyle = "SalesProcess Checklist Title";
    static constexpr const char* subtitleStyle = "SalesProcess Checklist Subtitle";
    static constexpr const char* logoStyle = "SalesProcess Checklist Logo";
    static constexpr const char* headingStyle = "SalesProcess Checklist Heading";
    static constexpr const char* itemStyle = "SalesProcess Checklist Item";
    static constexpr const char* checkBoxStyle = "SalesProcess Checklist Check Box";
    static constexpr const char* lineStyle = "SalesProcess Checklist Line";
    static constexpr const char* markerStyle = "SalesProcess Checklist Marker";
    static constexpr const char* handoverStyle = "SalesProcess Checklist Handover";
    static constexpr const char* tableHeaderStyle = "SalesProcess Checklist Table Header";
    static constexpr const char* tableCellStyle = "SalesProcess Checklist Table Cell";
    static constexpr const char* ruleStyle = "SalesProcess Checklist Rule";
    static constexpr const char* footerStyle = "SalesProcess Checklist Footer";

    /// The look a named style starts with; the adapter creates the styles that are missing.
    struct Style {
        std::string name;
        Font font;
        std::string fill;       ///< "#rrggbb", empty: no fill
        std::string line;       ///< "#rrggbb", empty: no line
        std::string textColour; ///< "#rrggbb"
    };

    /// The documents of a whole process in one drawing: a document per team in process order,
    /// then one per person. Each document numbers its own pages ("page x of y").
    struct Document {
        std::string teamId;     ///< the team; for a person the person's team
        std::string personName; ///< empty for a team's document
        std::string title;      ///< the team's or the person's name
        std::size_t firstPage = 0; ///< index into Drawing::pages
        std::size_t pageCount = 0;
    };
    struct Book {
        Drawing drawing;
        std::vector<Document> documents;
        std::size_t pageCount() const { return drawing.pages.size(); }
    };

    /// The pages of one checklist (a team's or a person's document).
    static Drawing layout(const Checklist& checklist, const ChecklistOptions& options, const TextMeasure& measure);
    /// Every team's checklist, then every person's (unless options.perPerson is off).
    static Book layoutProcess(const Process& process, const ChecklistOptions& options, const TextMeasure& measure);
    /// The number of pages layout() gives: what the printed PDF will have.
    static std::size_t predictPageCount(const Checklist& checklist, const ChecklistOptions& options,
                                        const TextMeasure& measure);

    /// Every style these checklists use: the fixed ones and a band style per team.
    static std::vector<Style> styles(const Process& process, const ChecklistOptions& options);
    /// The band style of a team: "SalesProcess Checklist Band inside".
    static std::string bandStyle(const std::string& teamId);

    /// Paper size, portrait.
    static Size paperSize(ChecklistPaper paper);
    /// The part of the page inside the margins: every shape stays in here.
    static Rect printArea(ChecklistPaper paper);
    /// The team colour as the band shows it: lightened where dark text would not read on it.
    static std::string bandFill(const std::string& teamColour);
};

} // namespace salesprocess
