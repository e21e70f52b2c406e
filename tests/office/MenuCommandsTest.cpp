// Every entry of the Sales Process menu, dispatched on a real Calc frame as the menu would,
// with its decisions as arguments: it reports success and the document changes.
#include "CalcDocument.hpp"
#include "CommandDispatch.hpp"
#include "ProcessWorkbook.hpp"
#include "SharedOffice.hpp"
#include "office/UnoStrings.hpp"

#include <catch2/catch.hpp>
#include <com/sun/star/configuration/ReadOnlyAccess.hpp>
#include <com/sun/star/container/XHierarchicalNameAccess.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/util/XCloseable.hpp>

#include <algorithm>
#include <filesystem>
#include <map>

using namespace salesprocess;
using namespace salesprocess::test;

namespace {

/// Every vnd.salesprocess URL in the add-on menus, in menu order.
std::vector<std::string> menuCommands()
{
    auto& office = SharedOffice::session();
    const auto configuration = css::configuration::ReadOnlyAccess::create(office.context(), "en-US");
    css::uno::Reference<css::container::XNameAccess> menus(
        configuration->getByHierarchicalName("/org.openoffice.Office.Addons/AddonUI/OfficeMenuBar"),
        css::uno::UNO_QUERY_THROW);
    std::vector<std::string> urls;
    const auto names = menus->getElementNames();
    for (sal_Int32 i = 0; i < names.getLength(); ++i) {
        css::uno::Reference<css::container::XNameAccess> menu(menus->getByName(names[i]), css::uno::UNO_QUERY_THROW);
        if (!menu->hasByName("Submenu"))
            continue;
        // The Calc menu: the Draw menu's commands run on drawings (SwimlaneDiagramTest, DiagramEditTest).
        rtl::OUString context;
        if (menu->hasByName("Context"))
            menu->getByName("Context") >>= context;
        if (context.indexOf("com.sun.star.sheet.SpreadsheetDocument") < 0)
            continue;
        css::uno::Reference<css::container::XNameAccess> submenu(menu->getByName("Submenu"), css::uno::UNO_QUERY_THROW);
        std::map<std::string, std::string> ordered;
        const auto entries = submenu->getElementNames();
        for (sal_Int32 e = 0; e < entries.getLength(); ++e) {
            css::uno::Reference<css::container::XNameAccess> entry(submenu->getByName(entries[e]),
                                                                   css::uno::UNO_QUERY_THROW);
            rtl::OUString url;
            entry->getByName("URL") >>= url;
            if (url.startsWith("vnd.salesprocess:"))
                ordered[toStdString(entries[e])] = toStdString(url);
        }
        for (const auto& [name, url] : ordered)
            urls.push_back(url);
    }
    return urls;
}

/// Where Desk checklists exports its PDF.
std::string checklistsFile()
{
    static const std::string file =
        (SharedOffice::session().makeExchangeFolder("menu-checklists") / "checklists.pdf").string();
    return file;
}

/// Where Save as current situation keeps the baseline that Compare with current situation reads.
std::string currentSituationFile()
{
    static const std::string file =
        (SharedOffice::session().makeExchangeFolder("menu-commands") / "current-situation.ods").string();
    return file;
}

/// The arguments that answer every question a command's dialog would ask.
const std::map<std::string, std::vector<CommandDispatch::Argument>>& answers()
{
    static const std::map<std::string, std::vector<CommandDispatch::Argument>> all{
        {"vnd.salesprocess:NewWorkbook",
         {textArgument("Template", "b2b-field-sales"), textArgument("Language", "en")}},
        {"vnd.salesprocess:CheckProcess", {textArgument("Today", ProcessWorkbook::today)}},
        {"vnd.salesprocess:TaskDivisionMatrix", {}},
        {"vnd.salesprocess:RoutingMatrix", {}},
        {"vnd.salesprocess:SaveCurrentSituation",
         {textArgument("File", currentSituationFile()), textArgument("Overwrite", "true")}},
        {"vnd.salesprocess:CompareWithCurrent",
         {textArgument("Current", currentSituationFile()), textArgument("Today", ProcessWorkbook::today)}},
        // Swimlane diagram and desk checklists draw into a new (hidden) Draw document.
        {"vnd.salesprocess:SwimlaneDiagram", {}},
        {"vnd.salesprocess:DeskChecklists", {textArgument("PdfFile", checklistsFile())}},
    };
    return all;
}

/// Commands that leave the document as it is and write a file instead.
const std::map<std::string, std::string>& filesWritten()
{
    static const std::map<std::string, std::string> all{{"vnd.salesprocess:SaveCurrentSituation", currentSituationFile()},
                                                        {"vnd.salesprocess:DeskChecklists", checklistsFile()}};
    return all;
}

/// The documents open in the office now.
std::vector<css::uno::Reference<css::uno::XInterface>> openDocuments(OfficeSession& office)
{
    std::vector<css::uno::Reference<css::uno::XInterface>> documents;
    auto all = office.desktop()->getComponents()->createEnumeration();
    while (all->hasMoreElements())
        documents.emplace_back(all->nextElement(), css::uno::UNO_QUERY);
    return documents;
}

/// Commands that leave the workbook as it is and open a new document: it is there, and closed again here.
bool opensDocument(OfficeSession& office, const std::string& url,
                   const std::vector<css::uno::Reference<css::uno::XInterface>>& before)
{
    if (url != "vnd.salesprocess:SwimlaneDiagram" && url != "vnd.salesprocess:DeskChecklists")
        return false;
    std::size_t opened = 0;
    for (const auto& document : openDocuments(office)) {
        if (std::find(before.begin(), before.end(), document) != before.end())
            continue;
        ++opened;
        css::uno::Reference<css::util::XCloseable> closeable(document, css::uno::UNO_QUERY);
        if (closeable.is())
            closeable->close(true);
    }
    CHECK(opened == 1);
    return true;
}

} // namespace

TEST_CASE("every menu command succeeds on a real Calc frame and changes the document", "[commands]")
{
    auto& office = SharedOffice::session();
    const std::vector<std::string> commands = menuCommands();
    REQUIRE_FALSE(commands.empty());
    // In menu order on one document: New process workbook first gives Check something to read.
    CalcDocument document(office);
    for (const std::string& url : commands) {
        INFO(url);
        const auto answer = answers().find(url);
        REQUIRE(answer != answers().end()); // a new menu entry needs its arguments here
        const std::string before = document.snapshot();
        const auto documentsBefore = openDocuments(office);
        const DispatchOutcome outcome = CommandDispatch::run(office, document.frame(), url, answer->second);
        INFO(outcome.message);
        CHECK(outcome.succeeded());
        CHECK_FALSE(outcome.message.empty());
        const auto file = filesWritten().find(url);
        if (file != filesWritten().end())
            CHECK(std::filesystem::is_regular_file(file->second));
        if (!opensDocument(office, url, documentsBefore) && file == filesWritten().end())
            CHECK(document.snapshot() != before);
    }
}

TEST_CASE("a command that needs a decision and cannot ask fails with a clear message", "[commands]")
{
    auto& office = SharedOffice::session();
    CalcDocument document(office);
    const std::string before = document.snapshot();

    // Headless, a dialog would be answered with Cancel: the command says what it needs instead.
    const DispatchOutcome newWorkbook =
        CommandDispatch::run(office, document.frame(), ProcessWorkbook::newWorkbook, {});
    CHECK(newWorkbook.finished);
    CHECK_FALSE(newWorkbook.succeeded());
    CHECK_THAT(newWorkbook.message, Catch::Contains("Template") && Catch::Contains("Language"));

    const DispatchOutcome check = CommandDispatch::run(office, document.frame(), ProcessWorkbook::checkProcess,
                                                       {textArgument("Today", ProcessWorkbook::today)});
    CHECK(check.finished);
    CHECK_FALSE(check.succeeded());
    CHECK_THAT(check.message, Catch::Contains("no process sheets"));

    const DispatchOutcome badLanguage = CommandDispatch::run(
        office, document.frame(), ProcessWorkbook::newWorkbook,
        {textArgument("Template", "b2b-field-sales"), textArgument("Language", "de")});
    CHECK_FALSE(badLanguage.succeeded());
    CHECK_THAT(badLanguage.message, Catch::Contains("nl or en"));

    const DispatchOutcome badTemplate = CommandDispatch::run(
        office, document.frame(), ProcessWorkbook::newWorkbook,
        {textArgument("Template", "no-such-template"), textArgument("Language", "en")});
    CHECK_FALSE(badTemplate.succeeded());
    CHECK_THAT(badTemplate.message, Catch::Contains("no-such-template"));

    CHECK(document.snapshot() == before);
}
