#include "ProcessBuilder.hpp"
#include "TemplateFiles.hpp"
#include "core/ChecklistLayout.hpp"
#include "core/TeamPalette.hpp"
#include "templates/ProcessFile.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <set>
#include <sstream>

using namespace salesprocess;
using namespace salesprocess::test;

namespace {

const ApproximateTextMeasure measure;

Process loadTemplate(const std::string& name, const std::string& language)
{
    return ProcessFile::load(templatePath(name, language)).process;
}

bool startsWith(const std::string& text, const std::string& prefix) { return text.rfind(prefix, 0) == 0; }

bool isText(const Shape& s) { return s.kind == ShapeKind::Text || s.kind == ShapeKind::Title; }

bool isHeading(const Shape& s) { return s.style == ChecklistLayout::headingStyle; }

/// The body of a page: what lies between the band and the footer.
bool isBody(const Shape& s) { return !startsWith(s.id, "band") && !startsWith(s.id, "footer"); }

const Shape* find(const Page& page, const std::string& id)
{
    auto it = std::find_if(page.shapes.begin(), page.shapes.end(), [&](const Shape& s) { return s.id == id; });
    return it == page.shapes.end() ? nullptr : &*it;
}

/// The rules every checklist page keeps, whatever the process: what breaks them, one line each.
std::vector<std::string> problemsOf(const Page& page, ChecklistPaper paper)
{
    std::vector<std::string> problems;
    auto problem = [&](const std::string& what, const Shape* shape = nullptr) {
        problems.push_back(what + (shape ? " [" + shape->id + " \"" + shape->text.substr(0, 40) + "\"]" : ""));
    };
    const Size paperSize = ChecklistLayout::paperSize(paper);
    if (page.size.width != paperSize.width || page.size.height != paperSize.height)
        problem("paper size");
    if (page.size.width >= page.size.height)
        problem("not portrait");
    const Rect area = ChecklistLayout::printArea(paper);
    std::set<std::string> ids;
    for (const Shape& s : page.shapes) {
        if (!area.contains(s.bounds))
            problem("outside the margins", &s);
        if (s.font.points < 8.0)
            problem("font under 8 pt", &s);
        if (s.style.empty())
            problem("no style", &s);
        if (!ids.insert(s.id).second)
            problem("id twice on the page", &s);
        if (!isText(s))
            continue;
        // The text fits its box: the lines are the wrapped lines.
        std::istringstream lines(s.text);
        long count = 0;
        for (std::string line; std::getline(lines, line); ++count)
            if (measure.lineWidth(line, s.font) > s.bounds.width)
                problem("line wider than its box", &s);
        if (s.bounds.height < measure.lineHeight(s.font) * std::max(count, 1L))
            problem("box lower than its lines", &s);
    }
    // No text lies on another text.
    for (std::size_t i = 0; i < page.shapes.size(); ++i)
        for (std::size_t j = i + 1; j < page.shapes.size(); ++j)
            if (isText(page.shapes[i]) && isText(page.shapes[j]) &&
                page.shapes[i].bounds.overlaps(page.shapes[j].bounds))
                problem("overlaps " + page.shapes[j].id, &page.shapes[i]);
    // Exactly one band, at the top, with the title on it, dark text on it readable.
    const Shape* band = find(page, "band");
    const Shape* title = find(page, "band:title");
    if (!band || !title)
        return problems.push_back("no band or no title"), problems;
    if (band->kind != ShapeKind::Band || band->bounds.y != area.y || band->bounds.width != area.width)
        problem("band not across the top", band);
    if (!band->bounds.contains(title->bounds))
        problem("title outside the band", title);
    if (TeamPalette::text(band->fill) != "#222222")
        problem("band too dark for dark text", band);
    // Every check box sits right beside the first line of its item, which is 11-12 pt.
    for (const Shape& box : page.shapes) {
        if (box.kind != ShapeKind::CheckBox)
            continue;
        if (box.bounds.width != box.bounds.height || box.bounds.width < 400 || box.bounds.width > 600)
            problem("check box not about 5 mm square", &box);
        const Shape* item = find(page, "item:" + box.id.substr(std::string("check:").size()));
        if (!item) {
            problem("check box without item", &box);
            continue;
        }
        const long middle = box.bounds.y + box.bounds.height / 2;
        if (item->style != ChecklistLayout::itemStyle || box.bounds.right() >= item->bounds.x ||
            item->bounds.x - box.bounds.right() > 500 || middle <= item->bounds.y ||
            middle >= item->bounds.y + measure.lineHeight(item->font))
            problem("check box not beside its item", &box);
        if (item->font.points < 11.0 || item->font.points > 12.0)
            problem("item not 11-12 pt", item);
    }
    // A heading is never the last thing on a page.
    const Shape* last = nullptr;
    for (const Shape& s : page.shapes)
        if (isText(s) && isBody(s) && (!last || s.bounds.bottom() > last->bounds.bottom()))
            last = &s;
    if (!last)
        problem("empty page");
    else if (isHeading(*last))
        problem("heading at the bottom of the page", last);
    for (const Shape& s : page.shapes)
        if ((s.style == ChecklistLayout::handoverStyle || s.style == ChecklistLayout::markerStyle) &&
            (s.font.points < 9.0 || s.font.points >= 11.0))
            problem("secondary text not 9-11 pt", &s);
    return problems;
}

void checkPage(const Page& page, ChecklistPaper paper)
{
    INFO("page " << page.name);
    CHECK(problemsOf(page, paper) == std::vector<std::string>{});
}

/// "page x of y" per document, the pages of each document one after the other.
void checkBook(const ChecklistLayout::Book& book, const std::string& language, ChecklistPaper paper)
{
    std::size_t next = 0;
    for (const ChecklistLayout::Document& d : book.documents) {
        INFO(d.title);
        CHECK(d.firstPage == next);
        CHECK(d.pageCount >= 1);
        next += d.pageCount;
        for (std::size_t n = 0; n < d.pageCount; ++n) {
            const Page& page = book.drawing.pages.at(d.firstPage + n);
            checkPage(page, paper);
            const Shape* footer = find(page, "footer:page");
            REQUIRE(footer);
            const std::string x = std::to_string(n + 1), y = std::to_string(d.pageCount);
            CHECK(footer->text == (language == "nl" ? "pagina " + x + " van " + y : "page " + x + " of " + y));
            CHECK(find(page, "band:title")->text == d.title);
        }
    }
    CHECK(next == book.pageCount());
}

/// A team with a long list of work: more than one page.
Process longProcess(std::size_t extraSteps)
{
    Process p = smallProcess();
    p.company = "Example Ltd";
    p.version = "2.1";
    for (std::size_t i = 0; i < extraSteps; ++i) {
        Step s = step("extra" + std::to_string(i), "Call back customer number " + std::to_string(i),
                      i % 2 ? "quote" : "contact", "inside");
        s.checklist = {"Look up the customer in the CRM", "Write down what was agreed",
                       "Plan the next call within two working days"};
        p.steps.push_back(s);
    }
    return p;
}

std::vector<const Shape*> shapesWithPrefix(const Drawing& drawing, const std::string& prefix)
{
    std::vector<const Shape*> out;
    for (const Page& page : drawing.pages)
        for (const Shape& s : page.shapes)
            if (startsWith(s.id, prefix))
                out.push_back(&s);
    return out;
}

std::string dump(const Drawing& drawing)
{
    std::ostringstream out;
    for (const Page& page : drawing.pages) {
        out << "page " << page.name << "\n";
        for (const Shape& s : page.shapes)
            out << s.id << " " << s.bounds.x << "," << s.bounds.y << " " << s.bounds.width << "x" << s.bounds.height
                << " " << s.style << " " << s.text << "\n";
    }
    return out.str();
}

} // namespace

TEST_CASE("a team's checklist on one A4 page", "[checklist][layout]")
{
    const Process p = smallProcess();
    const Checklist c = Checklist::forTeam(p, "inside");
    const Drawing d = ChecklistLayout::layout(c, ChecklistOptions{}, measure);
    REQUIRE(d.pages.size() == 1);
    CHECK(ChecklistLayout::predictPageCount(c, ChecklistOptions{}, measure) == 1);
    const Page& page = d.pages[0];
    checkPage(page, ChecklistPaper::A4);
    CHECK(page.size.width == 21000);
    CHECK(page.size.height == 29700);
    CHECK(find(page, "footer:page")->text == "page 1 of 1");
    const Shape* band = find(page, "band");
    CHECK(band->fill == "#99DDFF");
    CHECK(band->style == "SalesProcess Checklist Band inside");
    CHECK(find(page, "band:title")->text == "Inside sales");
    CHECK(find(page, "band:info")->text == "Small · 15 January 2026");
    CHECK(find(page, "band:logo") == nullptr);

    // Phase headings, then the items below them, in order; the cheat sheet at the end.
    const Shape* contact = find(page, "heading:contact");
    const Shape* close = find(page, "heading:close");
    const Shape* routing = find(page, "heading:routing");
    REQUIRE(contact);
    REQUIRE(close);
    REQUIRE(routing);
    CHECK(contact->text == "Phase 1 · Contact");
    CHECK(find(page, "item:lead")->bounds.y > contact->bounds.bottom());
    CHECK(find(page, "item:qualify")->bounds.y > find(page, "item:lead")->bounds.bottom());
    CHECK(close->bounds.y > find(page, "item:qualify")->bounds.bottom());
    CHECK(routing->bounds.y > find(page, "item:lost")->bounds.bottom());
    CHECK(find(page, "check:lead"));
    CHECK(find(page, "check:lost"));

    // Checklist lines indented below their step, handovers smaller and further down.
    const Shape* item = find(page, "item:qualify");
    const Shape* line = find(page, "line:qualify:0");
    const Shape* handover = find(page, "to:qualify:0");
    REQUIRE(line);
    REQUIRE(handover);
    CHECK(line->text == "Done");
    CHECK(line->style == ChecklistLayout::lineStyle);
    CHECK(line->bounds.x > item->bounds.x);
    CHECK(line->bounds.y >= item->bounds.bottom());
    CHECK(handover->text == "To Field sales: Is there a need?");
    CHECK(handover->style == ChecklistLayout::handoverStyle);
    CHECK(handover->font.points < line->font.points);
    CHECK(handover->bounds.y >= line->bounds.bottom());
    CHECK(find(page, "to:qualify:0:criteria")->text == "Handover when: Needs and budget known");

    // The cheat sheet as a table: a header row on a band, a row per route, five columns.
    CHECK(find(page, "table:header:band")->kind == ShapeKind::Band);
    CHECK(find(page, "table:header:0")->text == "Channel");
    CHECK(find(page, "table:header:4")->text == "Response time");
    REQUIRE(find(page, "table:3:0"));
    CHECK(find(page, "table:4:0") == nullptr);
    CHECK(find(page, "table:0:0")->text == "Phone");
    CHECK(find(page, "table:0:2")->text == "always");
    CHECK(find(page, "table:0:3")->text == "Owner (fallback: Field sales)");
    CHECK(find(page, "table:0:4")->text == "4 h");
    CHECK(find(page, "table:0:0")->font.points >= 9.0);
    for (int column = 0; column < 4; ++column)
        CHECK(find(page, "table:0:" + std::to_string(column))->bounds.right() <
              find(page, "table:0:" + std::to_string(column + 1))->bounds.x);
}

TEST_CASE("a long list flows over pages with the band and the phase repeated", "[checklist][layout]")
{
    const Process p = longProcess(40);
    const Checklist c = Checklist::forTeam(p, "inside");
    const Drawing d = ChecklistLayout::layout(c, ChecklistOptions{}, measure);
    REQUIRE(d.pages.size() >= 3);
    CHECK(ChecklistLayout::predictPageCount(c, ChecklistOptions{}, measure) == d.pages.size());
    std::size_t continued = 0;
    for (std::size_t n = 0; n < d.pages.size(); ++n) {
        const Page& page = d.pages[n];
        checkPage(page, ChecklistPaper::A4);
        CHECK(find(page, "band:company")->text == "Example Ltd · Desk checklist");
        CHECK(find(page, "band:info")->text == "Small · version 2.1 · 15 January 2026");
        CHECK(find(page, "footer:page")->text ==
              "page " + std::to_string(n + 1) + " of " + std::to_string(d.pages.size()));
        CHECK(find(page, "footer:process")->text == "Small · version 2.1");
        for (const Shape& s : page.shapes)
            if (isHeading(s) && s.text.find("(continued)") != std::string::npos) {
                ++continued;
                CHECK(n > 0);
            }
    }
    CHECK(continued >= 1);
    // Every step once, whole: an item is not cut while it fits on a page.
    for (const Step& s : p.steps) {
        if (s.team != "inside")
            continue;
        INFO(s.id);
        std::size_t items = 0;
        for (const Page& page : d.pages)
            items += find(page, "item:" + s.id) ? 1u : 0u;
        CHECK(items == 1);
        std::size_t pageOfItem = 0, pageOfLastLine = 1;
        for (std::size_t n = 0; n < d.pages.size(); ++n) {
            if (find(d.pages[n], "item:" + s.id))
                pageOfItem = n;
            if (find(d.pages[n], "line:" + s.id + ":" + std::to_string(s.checklist.size() - 1)))
                pageOfLastLine = n;
        }
        CHECK(pageOfItem == pageOfLastLine);
    }
}

TEST_CASE("the cheat sheet table repeats its header row on the next page", "[checklist][layout]")
{
    Process p = longProcess(14);
    for (int i = 0; i < 60; ++i) {
        p.channels.push_back({"c" + std::to_string(i), "Channel " + std::to_string(i), true, {}});
        p.routes.push_back({"c" + std::to_string(i), "prospect", "", "inside", "field", "1 day"});
    }
    const Checklist c = Checklist::forTeam(p, "inside");
    const Drawing d = ChecklistLayout::layout(c, ChecklistOptions{}, measure);
    REQUIRE(d.pages.size() >= 2);
    CHECK(shapesWithPrefix(d, "table:header:0").size() >= 2);
    std::size_t rows = 0;
    for (std::size_t n = 0; n < d.pages.size(); ++n) {
        const Page& page = d.pages[n];
        checkPage(page, ChecklistPaper::A4);
        bool hasRow = false;
        for (const Shape& s : page.shapes)
            if (startsWith(s.id, "table:") && s.id.size() > 6 && std::isdigit(static_cast<unsigned char>(s.id[6])) &&
                s.id.substr(s.id.size() - 2) == ":0") {
                hasRow = true;
                ++rows;
            }
        if (hasRow) {
            const Shape* header = find(page, "table:header:0");
            REQUIRE(header);
            for (const Shape& s : page.shapes)
                if (startsWith(s.id, "table:") && std::isdigit(static_cast<unsigned char>(s.id[6])))
                    CHECK(s.bounds.y >= header->bounds.bottom());
        }
    }
    CHECK(rows == c.cheatSheet.size());
    CHECK(shapesWithPrefix(d, "heading:routing:continued").size() >= 1);
}

TEST_CASE("a phase heading never ends a page", "[checklist][layout]")
{
    // Steps with many lines, so that page ends fall in many places.
    for (std::size_t extra = 8; extra <= 30; extra += 1) {
        INFO(extra);
        Process p = longProcess(extra);
        for (std::size_t i = 0; i < p.steps.size(); ++i)
            if (i % 3 == 0)
                p.steps[i].phase = p.phases[i % p.phases.size()].id;
        const Checklist c = Checklist::forTeam(p, "inside");
        const Drawing d = ChecklistLayout::layout(c, ChecklistOptions{}, measure);
        for (const Page& page : d.pages) {
            const Shape* last = nullptr;
            for (const Shape& s : page.shapes)
                if (isText(s) && isBody(s) && (!last || s.bounds.bottom() > last->bounds.bottom()))
                    last = &s;
            REQUIRE(last);
            CHECK_FALSE(isHeading(*last));
        }
    }
}

TEST_CASE("long names wrap and stay inside the margins", "[checklist][layout]")
{
    Process p = smallProcess("nl");
    std::string longName;
    for (int i = 0; i < 12; ++i)
        longName += "Offerte opstellen voor een heel grote klant ";
    stepById(p, "qualify").name = longName;
    stepById(p, "qualify").checklist = {longName, std::string(3000, 'x')};
    p.teams[0].name = "Binnendienst met een bijzonder lange naam die niet op één regel past in de kop";
    p.company = "Een bedrijf";
    const Checklist c = Checklist::forTeam(p, "inside");
    const Drawing d = ChecklistLayout::layout(c, ChecklistOptions{}, measure);
    for (const Page& page : d.pages)
        checkPage(page, ChecklistPaper::A4);
    const Shape* item = shapesWithPrefix(d, "item:qualify").front();
    CHECK(std::count(item->text.begin(), item->text.end(), '\n') >= 3);
    CHECK(find(d.pages[0], "band:title")->text.find('\n') != std::string::npos);
    CHECK(find(d.pages[0], "footer:page")->text == "pagina 1 van " + std::to_string(d.pages.size()));

    // Hostile sizes flow over pages without leaving the margins or losing the page numbers.
    stepById(p, "qualify").name = std::string(20000, 'a');
    stepById(p, "qualify").checklist.assign(200, "Controleren");
    const Drawing huge = ChecklistLayout::layout(Checklist::forTeam(p, "inside"), ChecklistOptions{}, measure);
    CHECK(huge.pages.size() >= 4);
    for (const Page& page : huge.pages)
        checkPage(page, ChecklistPaper::A4);
    CHECK(shapesWithPrefix(huge, "line:qualify:").size() == 2 * 200); // each line with its bullet
}

TEST_CASE("a logo in the band when the process has one", "[checklist][layout]")
{
    Process p = smallProcess();
    p.logo = "file:///home/sales/logo.png";
    p.company = "Example Ltd";
    const Drawing d = ChecklistLayout::layout(Checklist::forTeam(p, "field"), ChecklistOptions{}, measure);
    const Page& page = d.pages.at(0);
    checkPage(page, ChecklistPaper::A4);
    const Shape* logo = find(page, "band:logo");
    REQUIRE(logo);
    CHECK(logo->kind == ShapeKind::Logo);
    CHECK(logo->text == "file:///home/sales/logo.png");
    CHECK(find(page, "band")->bounds.contains(logo->bounds));
    for (const char* id : {"band:company", "band:title", "band:info"})
        CHECK_FALSE(find(page, id)->bounds.overlaps(logo->bounds));
}

TEST_CASE("A5 as an option", "[checklist][layout]")
{
    ChecklistOptions options;
    options.paper = ChecklistPaper::A5;
    const Process p = loadTemplate("inside-sales", "nl");
    const auto book = ChecklistLayout::layoutProcess(p, options, measure);
    checkBook(book, "nl", ChecklistPaper::A5);
    CHECK(book.drawing.pages.front().size.width == 14800);
    CHECK(book.drawing.pages.front().size.height == 21000);
    const auto a4 = ChecklistLayout::layoutProcess(p, ChecklistOptions{}, measure);
    CHECK(book.pageCount() > a4.pageCount());
}

TEST_CASE("every template and every team, with people", "[checklist][layout][templates]")
{
    for (const std::string& name : templateNames()) {
        for (const char* language : {"nl", "en"}) {
            INFO(name << "." << language);
            const Process p = loadTemplate(name, language);
            const auto book = ChecklistLayout::layoutProcess(p, ChecklistOptions{}, measure);
            REQUIRE(book.documents.size() == p.teams.size() + p.people.size());
            for (std::size_t t = 0; t < p.teams.size(); ++t) {
                const ChecklistLayout::Document& d = book.documents[t];
                CHECK(d.teamId == p.teams[t].id);
                CHECK(d.personName.empty());
                const Checklist c = Checklist::forTeam(p, d.teamId);
                CHECK(d.pageCount == ChecklistLayout::predictPageCount(c, ChecklistOptions{}, measure));
                // Every step of the team ticks off once; the cheat sheet closes the document.
                Drawing pages;
                pages.pages.assign(book.drawing.pages.begin() + static_cast<std::ptrdiff_t>(d.firstPage),
                                   book.drawing.pages.begin() + static_cast<std::ptrdiff_t>(d.firstPage + d.pageCount));
                CHECK(shapesWithPrefix(pages, "check:").size() == c.itemCount());
                CHECK((find(pages.pages.back(), "heading:routing") || find(pages.pages.back(), "heading:routing:continued")));
                CHECK(shapesWithPrefix(pages, "table:").size() >= c.cheatSheet.size() * 5);
                for (const Page& page : pages.pages)
                    CHECK(find(page, "band")->style == ChecklistLayout::bandStyle(d.teamId));
            }
            for (std::size_t i = 0; i < p.people.size(); ++i) {
                const ChecklistLayout::Document& d = book.documents[p.teams.size() + i];
                CHECK(d.personName == p.people[i].name);
                CHECK(d.teamId == p.people[i].team);
                const Page& first = book.drawing.pages.at(d.firstPage);
                CHECK(find(first, "band:title")->text == p.people[i].name);
                CHECK(find(first, "band:subtitle")->text.find(p.people[i].role) == 0);
            }
            checkBook(book, language, ChecklistPaper::A4);
            // Draw needs unique page names.
            std::set<std::string> names;
            for (const Page& page : book.drawing.pages)
                CHECK(names.insert(page.name).second);
            // Every style the pages use is one the adapter is told to create.
            std::set<std::string> known;
            for (const auto& style : ChecklistLayout::styles(p, ChecklistOptions{}))
                known.insert(style.name);
            for (const Page& page : book.drawing.pages)
                for (const Shape& s : page.shapes)
                    CHECK(known.count(s.style) == 1);
        }
    }
}

TEST_CASE("people pages are optional; the layout is deterministic", "[checklist][layout]")
{
    const Process p = loadTemplate("webshop", "en");
    ChecklistOptions teamsOnly;
    teamsOnly.perPerson = false;
    const auto book = ChecklistLayout::layoutProcess(p, teamsOnly, measure);
    CHECK(book.documents.size() == p.teams.size());
    const auto again = ChecklistLayout::layoutProcess(p, teamsOnly, measure);
    CHECK(dump(book.drawing) == dump(again.drawing));
    std::size_t sum = 0;
    for (const auto& d : book.documents)
        sum += d.pageCount;
    CHECK(sum == book.pageCount());
}

TEST_CASE("the band keeps dark text readable on a dark team colour", "[checklist][layout]")
{
    CHECK(ChecklistLayout::bandFill("#99DDFF") == "#99DDFF");
    const std::string navy = ChecklistLayout::bandFill("#102040");
    CHECK(navy != "#102040");
    CHECK(TeamPalette::text(navy) == "#222222");
    CHECK(ChecklistLayout::bandFill("not a colour") == "#EEEEEE");
    Process p = smallProcess();
    p.teams[1].colour = "#000000";
    const Drawing d = ChecklistLayout::layout(Checklist::forTeam(p, "field"), ChecklistOptions{}, measure);
    checkPage(d.pages.at(0), ChecklistPaper::A4);
    bool found = false;
    for (const auto& style : ChecklistLayout::styles(p, ChecklistOptions{}))
        if (style.name == "SalesProcess Checklist Band field") {
            found = true;
            CHECK(style.fill == find(d.pages[0], "band")->fill);
            CHECK(style.textColour == "#222222");
        }
    CHECK(found);
}
