#include "ProcessBuilder.hpp"
#include "TemplateFiles.hpp"
#include "core/ProcessChecker.hpp"
#include "core/StepName.hpp"
#include "core/TeamPalette.hpp"
#include "templates/ProcessFile.hpp"
#include "templates/RoutingMatrix.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

using namespace salesprocess;
using salesprocess::test::smallProcess;

namespace {

Process loadTemplate(const std::string& name, const std::string& language)
{
    return ProcessFile::load(salesprocess::test::templatePath(name, language)).process;
}

std::string rowKeyOf(const Route& r)
{
    const std::string condition = StepName::exactKey(r.condition);
    return "channel:" + r.channel + (condition.empty() ? "" : "|" + condition);
}

std::string teamName(const Process& p, const std::string& id) { return p.findTeam(id)->name; }

/// The rule Highlight documents for linking the check's findings to cells.
const Highlight* linked(const Grid& grid, const Finding& f)
{
    for (const Highlight& h : grid.highlights) {
        if (h.code == f.code && h.ids == f.ids)
            return &h;
        if (f.where.table == "routes" && f.where.index >= 0 &&
            std::count(h.routes.begin(), h.routes.end(), static_cast<std::size_t>(f.where.index)))
            return &h;
    }
    return nullptr;
}

/// Every routing finding of the check lands on a highlighted cell, and every highlight has one.
void checkHighlightsMatchTheCheck(const Process& p, const Grid& grid)
{
    const std::vector<Finding> findings = ProcessChecker::check(p, CheckOptions{"2026-06-01"});
    std::set<const Highlight*> used;
    for (const Finding& f : findings) {
        if (f.code != "unrouted-contact" && f.code != "double-route")
            continue;
        INFO(f.toString());
        const Highlight* h = linked(grid, f);
        REQUIRE(h);
        const std::string style = grid.styleAt(h->row, h->column);
        CHECK(style == (f.code == "double-route" ? RoutingMatrix::doubleStyle : RoutingMatrix::missingStyle));
        used.insert(h);
    }
    CHECK(used.size() == grid.highlights.size());
}

Process largeProcess(int teams, int channels)
{
    Process p = smallProcess("nl");
    p.teams.clear();
    p.routes.clear();
    p.channels.clear();
    for (int t = 0; t < teams; ++t)
        p.teams.push_back({"team" + std::to_string(t), "Team " + std::to_string(t), "", "other"});
    for (int c = 0; c < channels; ++c) {
        const std::string id = "channel" + std::to_string(c);
        p.channels.push_back({id, "Kanaal " + std::to_string(c), true, 5});
        for (const char* segment : {"prospect", "customer"})
            p.routes.push_back({id, segment, "", "team" + std::to_string(c % teams),
                                "team" + std::to_string((c + 1) % teams), "1 werkdag"});
    }
    return p;
}

/// Phone and e-mail routed to inside sales except: e-mail from customers unrouted, phone from
/// prospects routed twice.
Process unroutedAndDoubled(const std::string& language)
{
    Process p = smallProcess(language);
    p.routes.erase(std::remove_if(p.routes.begin(), p.routes.end(),
                                  [](const Route& r) { return r.channel == "mail" && r.segment == "customer"; }),
                   p.routes.end());
    p.routes.push_back({"phone", "prospect", "", "field", "inside", "1 h"});
    return p;
}

} // namespace

TEST_CASE("routing matrix of every shipped template", "[matrix][routing][templates]")
{
    for (const std::string& name : salesprocess::test::templateNames()) {
        for (const std::string language : {"nl", "en"}) {
            INFO(name << "." << language);
            const bool nl = language == "nl";
            const Process p = loadTemplate(name, language);
            const Grid grid = RoutingMatrix::build(p);
            CHECK(grid.key == "routing-matrix");
            CHECK(grid.sheetName == (nl ? "Routeringsmatrix" : "Routing matrix"));
            CHECK(grid.highlights.empty());
            CHECK(grid.textAt(0, 0).find(p.name) != std::string::npos);

            // Segments as columns, channels (and their conditions) as rows.
            const int header = grid.rowOf("header");
            CHECK(grid.textAt(header, 0) == (nl ? "Kanaal" : "Channel"));
            for (std::size_t s = 0; s < p.segments.size(); ++s) {
                CHECK(grid.columnOf("segment:" + p.segments[s].id) == static_cast<int>(s) + 1);
                CHECK(grid.textAt(header, static_cast<int>(s) + 1) == p.segments[s].name);
            }
            std::set<std::string> rowsWithRoutes;
            int previousChannelRow = header;
            for (const Channel& c : p.channels) {
                const int row = grid.rowOf("channel:" + c.id);
                CHECK(row > previousChannelRow); // Channels order
                previousChannelRow = row;
                CHECK(grid.textAt(row, 0) == c.name);
                CHECK(grid.styleAt(row, 0) == Grid::rowHeaderStyle);
            }

            // Each route in its cell: owner in its colour, fallback, response time.
            for (const Route& r : p.routes) {
                INFO(r.channel << "/" << r.segment << "/" << r.condition);
                const int row = grid.rowOf(rowKeyOf(r));
                const int column = grid.columnOf("segment:" + r.segment);
                REQUIRE(row > header);
                REQUIRE(column > 0);
                rowsWithRoutes.insert(rowKeyOf(r));
                CHECK(grid.textAt(row, column) ==
                      teamName(p, r.team) + "\n" + (nl ? "vervanger: " : "fallback: ") + teamName(p, r.fallback) +
                          "\n" + (nl ? "reactie: " : "response: ") + r.responseTime);
                const std::string style = grid.styleAt(row, column);
                CHECK(style == "SalesProcess Route " + r.team);
                const CellLook* look = grid.findStyle(style);
                REQUIRE(look);
                CHECK(look->fill == p.findTeam(r.team)->colour);
                CHECK(look->text == TeamPalette::text(look->fill));
                CHECK_FALSE(look->bold);
                CHECK(look->wrap);
                if (!r.condition.empty())
                    CHECK(grid.textAt(row, 0) == p.findChannel(r.channel)->name + " (" + r.condition + ")");
            }
            // A condition applies to the segments that have it; the others keep the standard route.
            int standards = 0;
            for (int row = header + 1; row < grid.rowOf("legend") - 1; ++row) {
                CHECK(rowsWithRoutes.count(grid.rowKeys[static_cast<std::size_t>(row)]) == 1);
                for (int column = 1; column < grid.columnCount(); ++column)
                    if (grid.styleAt(row, column) == RoutingMatrix::standardStyle) {
                        CHECK(grid.textAt(row, column) == (nl ? "= standaardroute" : "= standard route"));
                        CHECK(grid.rowKeys[static_cast<std::size_t>(row)].find('|') != std::string::npos);
                        ++standards;
                    }
            }
            CHECK(standards >= 2);
            CHECK(grid.rowOf("legend:standard") > 0);

            // Legend: every team in its colour, never colour alone.
            for (const Team& t : p.teams) {
                const int row = grid.rowOf("legend:team:" + t.id);
                REQUIRE(row > 0);
                CHECK(grid.textAt(row, 0) == t.name);
                CHECK(grid.findStyle(grid.styleAt(row, 0))->fill == t.colour);
                CHECK(grid.textAt(row, 1).find(nl ? "eigenaar van " : "owner of ") == 0);
            }
            CHECK(grid.rowOf("legend:missing") == -1);
            CHECK(grid.rowOf("legend:double") == -1);

            // Two segments fit an A4 portrait page at full size.
            CHECK_FALSE(grid.print.landscape);
            CHECK(grid.print.pagesWide == 1);
            CHECK(grid.print.repeatRows.first == header);
            CHECK(grid.print.repeatRows.last == header);
            CHECK(grid.print.repeatColumns.last == 0);
            CHECK(grid.print.area == (CellRange{0, 0, grid.rowCount() - 1, grid.columnCount() - 1}));
        }
    }
}

TEST_CASE("a row per condition, labelled as the manager wrote it", "[matrix][routing]")
{
    const Grid nl = RoutingMatrix::build(loadTemplate("b2b-field-sales", "nl"));
    const int night = nl.rowOf("channel:phone|buiten kantooruren");
    REQUIRE(night == nl.rowOf("channel:phone") + 1);
    CHECK(nl.textAt(night, 0) == "Telefoon (buiten kantooruren)");
    CHECK(nl.textAt(night, nl.columnOf("segment:prospect")) == "= standaardroute");
    CHECK(nl.textAt(night, nl.columnOf("segment:customer")) ==
          "Klantenservice\nvervanger: Buitendienst\nreactie: binnen 4 uur");
    const Grid en = RoutingMatrix::build(loadTemplate("b2b-field-sales", "en"));
    CHECK(en.textAt(en.rowOf("channel:phone|outside office hours"), 0) == "Phone (outside office hours)");
}

TEST_CASE("unrouted and doubly routed contacts stand out as the check's findings", "[matrix][routing]")
{
    for (const std::string language : {"nl", "en"}) {
        INFO(language);
        const bool nl = language == "nl";
        const Process p = unroutedAndDoubled(language);
        const Grid grid = RoutingMatrix::build(p);
        checkHighlightsMatchTheCheck(p, grid);
        REQUIRE(grid.highlights.size() == 2);

        const int phone = grid.rowOf("channel:phone"), mail = grid.rowOf("channel:mail");
        const int prospect = grid.columnOf("segment:prospect"), customer = grid.columnOf("segment:customer");
        CHECK(grid.textAt(mail, customer) == (nl ? "— geen eigenaar —" : "— no owner —"));
        CHECK(grid.styleAt(mail, customer) == RoutingMatrix::missingStyle);
        const Highlight* missing = grid.highlightAt(mail, customer);
        REQUIRE(missing);
        CHECK(missing->code == "unrouted-contact");
        CHECK(missing->ids == std::vector<std::string>{"mail", "customer"});
        CHECK(missing->routes.empty());
        CHECK(missing->note.find("\"E-mail / Customer\"") != std::string::npos);

        CHECK(grid.textAt(phone, prospect) ==
              (nl ? "2 eigenaren: Inside sales, Field sales" : "2 owners: Inside sales, Field sales"));
        CHECK(grid.styleAt(phone, prospect) == RoutingMatrix::doubleStyle);
        const Highlight* doubled = grid.highlightAt(phone, prospect);
        REQUIRE(doubled);
        CHECK(doubled->code == "double-route");
        CHECK(doubled->ids == std::vector<std::string>{"phone", "prospect"});
        CHECK(doubled->routes == std::vector<std::size_t>{0, 3});
        CHECK(doubled->note.find(nl ? "kies er één" : "choose one") != std::string::npos);

        // The problem looks differ from each other and from every team colour.
        const CellLook* missingLook = grid.findStyle(RoutingMatrix::missingStyle);
        const CellLook* doubleLook = grid.findStyle(RoutingMatrix::doubleStyle);
        REQUIRE(missingLook);
        REQUIRE(doubleLook);
        CHECK(missingLook->fill != doubleLook->fill);
        CHECK(missingLook->bold);
        for (const Team& t : p.teams)
            CHECK(TeamPalette::fillOf(p, t.id) != missingLook->fill);
        CHECK(grid.textAt(grid.rowOf("legend:missing"), 0) == grid.textAt(mail, customer));
        CHECK(grid.styleAt(grid.rowOf("legend:double"), 0) == RoutingMatrix::doubleStyle);
        CHECK(grid.rowOf("legend:standard") == -1);
        // The untouched cells are as before.
        CHECK(grid.styleAt(mail, prospect) == "SalesProcess Route inside");
    }
}

TEST_CASE("a doubled condition, a route without owner, routes only under a condition", "[matrix][routing]")
{
    Process p = smallProcess("nl");
    p.routes.push_back({"phone", "customer", "outside office hours", "field", "", "1 day"});
    p.routes.push_back({"phone", "customer", "Outside  office-hours!", "inside", "field", "1 day"});
    p.routes[2].team = ""; // mail / prospect without owner team
    p.channels.push_back({"chat", "Chat", true, {}});
    p.routes.push_back({"chat", "prospect", "at night", "field", "inside", "next morning"});
    p.routes.push_back({"chat", "customer", "at night", "field", "inside", "next morning"});
    const Grid grid = RoutingMatrix::build(p);
    checkHighlightsMatchTheCheck(p, grid);

    const int night = grid.rowOf("channel:phone|outside office hours");
    const int customer = grid.columnOf("segment:customer"), prospect = grid.columnOf("segment:prospect");
    CHECK(grid.textAt(night, 0) == "Phone (outside office hours)");
    CHECK(grid.textAt(night, customer) == "2 eigenaren: Field sales, Inside sales");
    CHECK(grid.highlightAt(night, customer)->routes == std::vector<std::size_t>{4, 5});
    CHECK(grid.textAt(night, prospect) == "= standaardroute");

    const Highlight* ownerless = grid.highlightAt(grid.rowOf("channel:mail"), prospect);
    REQUIRE(ownerless);
    CHECK(ownerless->code == "unrouted-contact");
    CHECK(ownerless->routes == std::vector<std::size_t>{2});
    CHECK(ownerless->note == "Route \"E-mail / Prospect\" heeft geen eigenaar-team.");

    // Chat has routes only at night: the row without condition is there, and empty.
    const int chat = grid.rowOf("channel:chat");
    REQUIRE(chat >= 0);
    CHECK(grid.rowOf("channel:chat|at night") == chat + 1);
    CHECK(grid.highlightAt(chat, prospect)->code == "unrouted-contact");
    CHECK(grid.highlightAt(chat, customer)->code == "unrouted-contact");
    CHECK(grid.textAt(chat + 1, prospect) == "Field sales\nvervanger: Inside sales\nreactie: next morning");

    // A fallback left empty says so; an empty response time leaves its line out.
    Process single = smallProcess("en");
    single.routes[0].fallback = "";
    single.routes[0].responseTime = "";
    const Grid plain = RoutingMatrix::build(single);
    CHECK(plain.textAt(plain.rowOf("channel:phone"), plain.columnOf("segment:prospect")) == "Inside sales\nno fallback");
}

TEST_CASE("channels that are not inbound, and unknown ones", "[matrix][routing]")
{
    Process p = smallProcess();
    p.channels.push_back({"newsletter", "Newsletter", false, {}});
    p.channels.push_back({"mailing", "Mailing", false, {}});
    p.routes.push_back({"mailing", "prospect", "", "field", "inside", "1 week"});
    p.routes.push_back({"fax", "customer", "", "inside", "field", "1 day"});
    const Grid grid = RoutingMatrix::build(p);
    checkHighlightsMatchTheCheck(p, grid);
    CHECK(grid.highlights.empty());
    CHECK(grid.rowOf("channel:newsletter") == -1); // outbound, nothing routed: nothing to show
    const int mailing = grid.rowOf("channel:mailing");
    REQUIRE(mailing > 0);
    CHECK(grid.textAt(mailing, grid.columnOf("segment:customer")) == "—");
    CHECK(grid.styleAt(mailing, grid.columnOf("segment:customer")) == Grid::cellStyle);
    const int fax = grid.rowOf("channel:fax");
    REQUIRE(fax == grid.rowCount() - 1 - static_cast<int>(p.teams.size()) - 2); // last channel row
    CHECK(grid.textAt(fax, 0) == "fax");
    CHECK(grid.textAt(fax, grid.columnOf("segment:customer")).rfind("Inside sales\n", 0) == 0);
}

TEST_CASE("a team's cheat sheet: what it owns, then what it backs up", "[matrix][routing][cheat-sheet]")
{
    const Process small = smallProcess();
    const std::vector<CheatSheetRow> inside = RoutingMatrix::forTeam(small, "inside");
    REQUIRE(inside.size() == 4);
    const std::pair<const char*, const char*> order[] = {
        {"phone", "prospect"}, {"phone", "customer"}, {"mail", "prospect"}, {"mail", "customer"}};
    for (std::size_t i = 0; i < 4; ++i) {
        CHECK(inside[i].channel == order[i].first);
        CHECK(inside[i].segment == order[i].second);
        CHECK(inside[i].asOwner);
        CHECK(inside[i].otherTeam == "field");
        CHECK(inside[i].otherTeamName == "Field sales");
        CHECK(inside[i].responseTime == "4 h");
        CHECK(inside[i].condition.empty());
    }
    CHECK(inside[0].channelName == "Phone");
    CHECK(inside[1].segmentName == "Customer");
    const std::vector<CheatSheetRow> field = RoutingMatrix::forTeam(small, "field");
    REQUIRE(field.size() == 4);
    CHECK(std::none_of(field.begin(), field.end(), [](const CheatSheetRow& r) { return r.asOwner; }));
    CHECK(field[0].otherTeamName == "Inside sales");
    CHECK(RoutingMatrix::forTeam(small, "nobody").empty());
    CHECK(RoutingMatrix::forTeam(small, "").empty());

    const Process b2b = loadTemplate("b2b-field-sales", "nl");
    const std::vector<CheatSheetRow> service = RoutingMatrix::forTeam(b2b, "service");
    REQUIRE(service.size() == 4);
    CHECK(service[0].route == 2);
    CHECK(service[0].asOwner);
    CHECK(service[0].channelName == "Telefoon");
    CHECK(service[0].condition == "buiten kantooruren");
    CHECK(service[0].segmentName == "Klant");
    CHECK(service[0].otherTeamName == "Buitendienst");
    CHECK(service[0].responseTime == "binnen 4 uur");
    CHECK(service[1].route == 10);
    CHECK_FALSE(service[2].asOwner);
    CHECK(service[2].route == 7);
    CHECK(service[2].otherTeamName == "Binnendienst");
    CHECK(service[3].route == 12);
}

TEST_CASE("every team's cheat sheet on one sheet", "[matrix][routing][cheat-sheet]")
{
    for (const std::string language : {"nl", "en"}) {
        INFO(language);
        const bool nl = language == "nl";
        Process p = smallProcess(language);
        p.teams.push_back({"marketing", "Marketing", "", "marketing"});
        const Grid grid = RoutingMatrix::cheatSheets(p);
        CHECK(grid.key == "routing-per-team");
        CHECK(grid.sheetName == (nl ? "Routering per team" : "Routing per team"));
        CHECK_FALSE(grid.print.landscape);
        CHECK(grid.print.pagesWide == 1);
        CHECK(grid.width() <= grid.print.usableWidth());

        for (const Team& t : p.teams) {
            const int band = grid.rowOf("team:" + t.id);
            REQUIRE(band > 0);
            CHECK(grid.textAt(band, 0) == t.name);
            CHECK(grid.styleAt(band, 5) == "SalesProcess Team " + t.id);
            CHECK(std::count(grid.merged.begin(), grid.merged.end(), CellRange{band, 0, band, 5}) == 1);
            CHECK(grid.rowOf("header:" + t.id) == band + 1);
            CHECK(grid.textAt(band + 1, 5) == (nl ? "Reactietijd" : "Response time"));
        }
        const int first = grid.rowOf("team:inside:owner:0");
        CHECK(first == grid.rowOf("header:inside") + 1);
        CHECK(grid.textAt(first, 0) == "Phone");
        CHECK(grid.textAt(first, 1) == (nl ? "altijd" : "always"));
        CHECK(grid.textAt(first, 3) == (nl ? "eigenaar" : "owner"));
        CHECK(grid.textAt(first, 4) == (nl ? "vervanger: Field sales" : "fallback: Field sales"));
        CHECK(grid.textAt(first, 5) == "4 h");
        const int backup = grid.rowOf("team:field:fallback:3");
        CHECK(grid.textAt(backup, 3) == (nl ? "vervanger" : "fallback"));
        CHECK(grid.textAt(backup, 4) == (nl ? "eigenaar: Inside sales" : "owner: Inside sales"));
        const int none = grid.rowOf("team:marketing:none");
        REQUIRE(none == grid.rowCount() - 1);
        CHECK(grid.textAt(none, 0) == (nl ? "Bij dit team komen geen inkomende contacten binnen."
                                          : "No inbound contacts land with this team."));
    }
}

TEST_CASE("a renamed team is renamed in the routing matrix and the cheat sheets", "[matrix][routing]")
{
    Process before = smallProcess("nl");
    Process after = before;
    after.teams[0].name = "Klantcontactcentrum";
    const Grid old = RoutingMatrix::build(before), renamed = RoutingMatrix::build(after);
    CHECK(renamed.rowKeys == old.rowKeys);
    CHECK(renamed.columnKeys == old.columnKeys);
    const int phone = renamed.rowOf("channel:phone"), prospect = renamed.columnOf("segment:prospect");
    CHECK(renamed.textAt(phone, prospect).rfind("Klantcontactcentrum\n", 0) == 0);
    CHECK(renamed.styleAt(phone, prospect) == old.styleAt(phone, prospect));
    CHECK(renamed.textAt(renamed.rowOf("legend:team:inside"), 0) == "Klantcontactcentrum");
    const Grid sheets = RoutingMatrix::cheatSheets(after);
    CHECK(sheets.textAt(sheets.rowOf("team:inside"), 0) == "Klantcontactcentrum");
    CHECK(sheets.textAt(sheets.rowOf("team:field:fallback:0"), 4) == "eigenaar: Klantcontactcentrum");
}

TEST_CASE("15 teams and 20 channels", "[matrix][routing][large]")
{
    const Process p = largeProcess(15, 20);
    const Grid grid = RoutingMatrix::build(p);
    CHECK(grid.highlights.empty());
    CHECK(grid.rowCount() == 2 + 20 + 1 + 1 + 15);
    std::set<std::string> fills;
    for (int c = 0; c < 20; ++c) {
        const int row = grid.rowOf("channel:channel" + std::to_string(c));
        CHECK(row == 2 + c);
        const std::string owner = "team" + std::to_string(c % 15);
        CHECK(grid.styleAt(row, 1) == "SalesProcess Route " + owner);
        fills.insert(grid.findStyle(grid.styleAt(row, 1))->fill);
    }
    CHECK(fills.size() == 15); // palette tints keep every team apart
    for (std::size_t t = 0; t < 15; ++t)
        CHECK(grid.findStyle("SalesProcess Team team" + std::to_string(t))->fill == TeamPalette::fill(t));
    CHECK_FALSE(grid.print.landscape);
    CHECK(grid.print.pagesTall == 0);

    const Grid sheets = RoutingMatrix::cheatSheets(p);
    // Per team: band, header, and its routes (owner of 2 or 4, fallback for 2 or 4 of the 40).
    std::size_t lines = 0;
    for (const Team& t : p.teams)
        lines += RoutingMatrix::forTeam(p, t.id).size();
    CHECK(lines == 80);
    CHECK(sheets.rowCount() == 2 + 15 * 2 + 80 + 14);
}

TEST_CASE("printed over more pages wide, the repeated channel column holds no title text", "[matrix][routing]")
{
    Process p = loadTemplate("b2b-field-sales", "en");
    for (const char* name : {"Dealers", "Installers", "Government", "Education", "Health care", "Export"})
        p.segments.push_back(Segment{std::string(name) + "-id", name});
    const Grid grid = RoutingMatrix::build(p);
    REQUIRE(grid.print.pagesWide > 1);
    REQUIRE(grid.print.repeatColumns.first == 0);
    REQUIRE(grid.print.repeatColumns.last == 0);
    const int firstPageEnd = grid.lastColumnOnFirstPage();
    REQUIRE(firstPageEnd >= 1);
    const int title = grid.rowOf("title");
    CHECK(grid.textAt(title, 0).empty());
    CHECK(grid.textAt(title, 1).find(p.name) != std::string::npos);
    // Title and legend wrap within the first page: none runs over a page break.
    for (const CellRange& range : grid.merged) {
        INFO(range.toA1());
        CHECK(range.firstColumn >= 1);
        CHECK(range.lastColumn <= firstPageEnd);
    }
    // One page wide, the title starts in column A as before.
    const Grid narrow = RoutingMatrix::build(loadTemplate("b2b-field-sales", "en"));
    REQUIRE(narrow.print.pagesWide == 1);
    CHECK_FALSE(narrow.textAt(narrow.rowOf("title"), 0).empty());
}
