// The Sales Process menu as the office's configuration has it once the extension is installed
// (without a display the menu bar itself cannot be looked at).
#include "CalcDocument.hpp"
#include "CommandDispatch.hpp"
#include "SharedOffice.hpp"
#include "office/UnoStrings.hpp"

#include <catch2/catch.hpp>
#include <com/sun/star/configuration/ReadOnlyAccess.hpp>
#include <com/sun/star/container/XHierarchicalNameAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>

#include <algorithm>
#include <map>

using namespace salesprocess;
using namespace salesprocess::test;

namespace {

constexpr const char* menuBar = "/org.openoffice.Office.Addons/AddonUI/OfficeMenuBar";

struct MenuEntry {
    std::string url;
    std::string title;
};

struct Menu {
    std::string title;
    std::string context;
    std::vector<MenuEntry> entries; ///< in menu order
};

std::string textOf(const css::uno::Reference<css::container::XNameAccess>& node, const char* name)
{
    rtl::OUString value;
    if (node->hasByName(rtl::OUString::createFromAscii(name)))
        node->getByName(rtl::OUString::createFromAscii(name)) >>= value;
    return toStdString(value);
}

/// The top-level add-on menus whose entries run our commands, as seen in one UI language.
std::vector<Menu> ourMenus(const std::string& locale)
{
    auto& office = SharedOffice::session();
    const auto configuration = css::configuration::ReadOnlyAccess::create(office.context(), toOUString(locale));
    css::uno::Reference<css::container::XNameAccess> menus(
        configuration->getByHierarchicalName(rtl::OUString::createFromAscii(menuBar)), css::uno::UNO_QUERY_THROW);
    std::vector<Menu> found;
    const auto names = menus->getElementNames();
    for (sal_Int32 i = 0; i < names.getLength(); ++i) {
        css::uno::Reference<css::container::XNameAccess> menu(menus->getByName(names[i]), css::uno::UNO_QUERY_THROW);
        if (!menu->hasByName("Submenu"))
            continue;
        css::uno::Reference<css::container::XNameAccess> submenu(menu->getByName("Submenu"),
                                                                 css::uno::UNO_QUERY_THROW);
        Menu candidate{textOf(menu, "Title"), textOf(menu, "Context"), {}};
        // The Calc menu; the Draw menu has a test of its own (SwimlaneDiagramTest).
        if (candidate.context.find("com.sun.star.sheet.SpreadsheetDocument") == std::string::npos)
            continue;
        // Set elements come unordered; the node names (m01..., m02...) give the menu order.
        std::map<std::string, MenuEntry> ordered;
        const auto entries = submenu->getElementNames();
        for (sal_Int32 e = 0; e < entries.getLength(); ++e) {
            css::uno::Reference<css::container::XNameAccess> entry(submenu->getByName(entries[e]),
                                                                   css::uno::UNO_QUERY_THROW);
            ordered[toStdString(entries[e])] = MenuEntry{textOf(entry, "URL"), textOf(entry, "Title")};
        }
        for (const auto& [name, entry] : ordered)
            candidate.entries.push_back(entry);
        const bool ours = std::any_of(candidate.entries.begin(), candidate.entries.end(), [](const MenuEntry& e) {
            return e.url.rfind("vnd.salesprocess:", 0) == 0;
        });
        if (ours)
            found.push_back(candidate);
    }
    return found;
}

} // namespace

TEST_CASE("the Sales Process menu is in Calc, titled in English and in Dutch", "[menu]")
{
    const auto english = ourMenus("en-US");
    const auto dutch = ourMenus("nl");
    REQUIRE(english.size() == 1);
    REQUIRE(dutch.size() == 1);

    CHECK(english[0].title == "Sales Process");
    CHECK(dutch[0].title == "Salesproces");
    CHECK(english[0].context.find("com.sun.star.sheet.SpreadsheetDocument") != std::string::npos);

    // The two commands of the first release lead the menu, in this order, in both languages.
    REQUIRE(english[0].entries.size() >= 2);
    REQUIRE(dutch[0].entries.size() == english[0].entries.size());
    CHECK(english[0].entries[0].url == "vnd.salesprocess:NewWorkbook");
    CHECK(english[0].entries[0].title == "New process workbook...");
    CHECK(dutch[0].entries[0].title == "Nieuw proceswerkboek...");
    CHECK(english[0].entries[1].url == "vnd.salesprocess:CheckProcess");
    CHECK(english[0].entries[1].title == "Check process");
    CHECK(dutch[0].entries[1].title == "Proces controleren");
    // Every entry is ours and titled in both languages (whether it works: MenuCommandsTest).
    for (std::size_t i = 0; i < english[0].entries.size(); ++i) {
        INFO(english[0].entries[i].url);
        CHECK(english[0].entries[i].url.rfind("vnd.salesprocess:", 0) == 0);
        CHECK(dutch[0].entries[i].url == english[0].entries[i].url);
        CHECK_FALSE(english[0].entries[i].title.empty());
        CHECK(dutch[0].entries[i].title != english[0].entries[i].title);
    }
    // The matrices and the comparison with today (issues 5 and 6), in both languages.
    const std::pair<const char*, std::pair<const char*, const char*>> matricesAndComparison[] = {
        {"vnd.salesprocess:TaskDivisionMatrix", {"Task division matrix", "Taakverdeling"}},
        {"vnd.salesprocess:RoutingMatrix", {"Routing matrix", "Routeringsmatrix"}},
        {"vnd.salesprocess:SaveCurrentSituation", {"Save as current situation...", "Opslaan als huidige situatie..."}},
        {"vnd.salesprocess:CompareWithCurrent", {"Compare with current situation...", "Vergelijken met huidige situatie..."}},
    };
    for (const auto& [url, titles] : matricesAndComparison) {
        INFO(url);
        const auto at = std::find_if(english[0].entries.begin(), english[0].entries.end(),
                                     [&](const MenuEntry& e) { return e.url == url; });
        REQUIRE(at != english[0].entries.end());
        CHECK(at->title == titles.first);
        CHECK(dutch[0].entries[static_cast<std::size_t>(at - english[0].entries.begin())].title == titles.second);
    }
}

TEST_CASE("a Calc frame hands every menu URL to our protocol handler, and nothing else", "[menu]")
{
    auto& office = SharedOffice::session();
    CalcDocument document(office);
    const auto menus = ourMenus("en-US");
    REQUIRE(menus.size() == 1);
    for (const MenuEntry& entry : menus[0].entries) {
        INFO(entry.url);
        CHECK(CommandDispatch::isHandled(office, document.frame(), entry.url));
    }
    CHECK_FALSE(CommandDispatch::isHandled(office, document.frame(), "vnd.salesprocess:NoSuchCommand"));
}
