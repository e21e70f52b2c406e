// Each command is one undo step, undo takes it back whole and redo does it again: on a visible
// document, as a user has it, in an office of this program's own with real windows on a
// private X display (Xvfb). Undoing sheet insertions in a *hidden* document has crashed
// LibreOffice 7.4 (UNO-NOTES), and a crash must not take the shared office down.
#include "CalcDocument.hpp"
#include "CommandDispatch.hpp"
#include "ProcessWorkbook.hpp"
#include "SharedOffice.hpp"
#include "office/UnoStrings.hpp"

#include <catch2/catch.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/beans/XPropertySetInfo.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/sheet/XViewFreezable.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>

#include <chrono>
#include <map>
#include <set>
#include <sstream>

using namespace salesprocess;
using namespace salesprocess::test;

namespace {

css::uno::Reference<css::document::XUndoManager> undoManagerOf(const CalcDocument& document)
{
    return css::uno::Reference<css::document::XUndoManagerSupplier>(document.model(), css::uno::UNO_QUERY_THROW)
        ->getUndoManager();
}

std::vector<std::string> undoTitles(const css::uno::Reference<css::document::XUndoManager>& undo)
{
    std::vector<std::string> titles;
    for (const rtl::OUString& title : undo->getAllUndoActionTitles())
        titles.push_back(toStdString(title));
    return titles;
}

/// Every style of ours: "CellStyles/SalesProcess Header", "PageStyles/SalesProcess Table" ...
std::set<std::string> ourStyles(const CalcDocument& document)
{
    std::set<std::string> names;
    css::uno::Reference<css::style::XStyleFamiliesSupplier> supplier(document.model(), css::uno::UNO_QUERY_THROW);
    for (const char* familyName : {"CellStyles", "PageStyles"}) {
        css::uno::Reference<css::container::XNameAccess> family(
            supplier->getStyleFamilies()->getByName(rtl::OUString::createFromAscii(familyName)),
            css::uno::UNO_QUERY_THROW);
        for (const rtl::OUString& name : family->getElementNames())
            if (name.startsWith("SalesProcess"))
                names.insert(std::string(familyName) + "/" + toStdString(name));
    }
    return names;
}

/// The user-defined document properties of ours and their values.
std::map<std::string, std::string> ourProperties(const CalcDocument& document)
{
    std::map<std::string, std::string> values;
    css::uno::Reference<css::document::XDocumentPropertiesSupplier> supplier(document.model(),
                                                                             css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::beans::XPropertySet> properties(
        supplier->getDocumentProperties()->getUserDefinedProperties(), css::uno::UNO_QUERY_THROW);
    for (const css::beans::Property& property : properties->getPropertySetInfo()->getProperties()) {
        if (!property.Name.startsWith("SalesProcess"))
            continue;
        rtl::OUString value;
        properties->getPropertyValue(property.Name) >>= value;
        values[toStdString(property.Name)] = toStdString(value);
    }
    return values;
}

std::set<std::string> databaseRanges(const CalcDocument& document)
{
    css::uno::Reference<css::beans::XPropertySet> properties(document.model(), css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::container::XNameAccess> ranges(properties->getPropertyValue("DatabaseRanges"),
                                                            css::uno::UNO_QUERY_THROW);
    std::set<std::string> names;
    for (const rtl::OUString& name : ranges->getElementNames())
        names.insert(toStdString(name));
    return names;
}

/// Everything a command may change in a workbook.
struct State {
    std::vector<std::string> sheets;
    std::string contents;
    std::vector<std::pair<std::string, std::string>> namedRanges;
    std::set<std::string> filters;
    std::map<std::string, std::string> properties;
    std::set<std::string> styles;

    static State of(const CalcDocument& document)
    {
        return State{document.sheetNames(), document.snapshot(),    document.namedRanges(),
                     databaseRanges(document), ourProperties(document), ourStyles(document)};
    }
    bool operator==(const State& other) const
    {
        return sheets == other.sheets && contents == other.contents && namedRanges == other.namedRanges
               && filters == other.filters && properties == other.properties && styles == other.styles;
    }
};

std::ostream& operator<<(std::ostream& out, const State& state)
{
    out << "sheets:";
    for (const std::string& sheet : state.sheets)
        out << " [" << sheet << "]";
    out << "; " << state.namedRanges.size() << " named ranges, " << state.filters.size() << " filters, properties:";
    for (const auto& [name, value] : state.properties)
        out << ' ' << name << " (" << value.size() << " characters)";
    out << ", styles:";
    for (const std::string& style : state.styles)
        out << " \"" << style << '"';
    return out << "; " << state.contents.size() << " characters of cells";
}

/// What differs, for the failure message.
std::string differences(const State& expected, const State& actual)
{
    std::string what;
    if (expected.sheets != actual.sheets)
        what += " sheets;";
    if (expected.contents != actual.contents) {
        // The first line that differs says where.
        std::istringstream was(expected.contents);
        std::istringstream is(actual.contents);
        std::string sheet, left, right;
        while (std::getline(was, left)) {
            if (!std::getline(is, right))
                right = "(nothing)";
            if (!left.empty() && left.front() == '[')
                sheet = left;
            if (left != right) {
                what += " cell contents (" + sheet + " \"" + left.substr(0, 60) + "\" now \"" + right.substr(0, 60) + "\");";
                break;
            }
        }
        if (what.empty())
            what += " cell contents (more lines now);";
    }
    if (expected.namedRanges != actual.namedRanges)
        what += " named ranges;";
    if (expected.filters != actual.filters) {
        what += " autofilters (";
        for (const std::string& name : expected.filters)
            if (actual.filters.count(name) == 0)
                what += " gone: " + name;
        for (const std::string& name : actual.filters)
            if (expected.filters.count(name) == 0)
                what += " new: " + name;
        what += ");";
    }
    if (expected.sheets != actual.sheets) {
        what += " sheets now:";
        for (const std::string& sheet : actual.sheets)
            what += " [" + sheet + "]";
        what += ";";
    }
    if (expected.properties != actual.properties)
        what += " document properties;";
    if (expected.styles != actual.styles)
        what += " styles;";
    return what.empty() ? " nothing" : what;
}

/// Whether the view shows a sheet with frozen panes (the active sheet changes to it).
bool frozen(const CalcDocument& document, const std::string& sheet)
{
    const auto controller = document.model()->getCurrentController();
    css::uno::Reference<css::sheet::XSpreadsheetView>(controller, css::uno::UNO_QUERY_THROW)
        ->setActiveSheet(document.sheet(sheet));
    return css::uno::Reference<css::sheet::XViewFreezable>(controller, css::uno::UNO_QUERY_THROW)->hasFrozenPanes();
}

struct Command {
    const char* url;
    std::vector<CommandDispatch::Argument> arguments;
    const char* undoTitle;
};

} // namespace

TEST_CASE("every Calc command is one undo step: undo restores exactly the workbook before it, redo "
          "brings it back",
          "[undo]")
{
    OfficeSession& office = SharedOffice::visibleSession();
    CalcDocument document(office, CalcDocument::Window::Visible);
    const auto undo = undoManagerOf(document);
    const std::vector<Command> commands{
        {ProcessWorkbook::newWorkbook,
         {textArgument("Template", "b2b-field-sales"), textArgument("Language", "en")},
         "New process workbook"},
        {ProcessWorkbook::checkProcess, {textArgument("Today", ProcessWorkbook::today)}, "Check process"},
        {"vnd.salesprocess:TaskDivisionMatrix", {}, "Task division matrix"},
        {"vnd.salesprocess:RoutingMatrix", {}, "Routing matrix"},
        {"vnd.salesprocess:CompareWithCurrent",
         {textArgument("Current", "inside-sales"), textArgument("Today", ProcessWorkbook::today),
          textArgument("DeadlineWeeks", "4")},
         "Compare with current situation"},
    };

    // Forward: each command adds exactly one step, titled after the command.
    std::vector<State> states{State::of(document)};
    for (const Command& command : commands) {
        INFO(command.url);
        const std::size_t before = undoTitles(undo).size();
        const DispatchOutcome outcome = CommandDispatch::run(office, document.frame(), command.url, command.arguments);
        INFO(outcome.message);
        REQUIRE(outcome.succeeded());
        const auto titles = undoTitles(undo);
        REQUIRE(titles.size() == before + 1);
        CHECK(titles.front() == command.undoTitle);
        states.push_back(State::of(document));
        CHECK_FALSE(states.back() == states[states.size() - 2]); // the command changed the workbook
    }
    CHECK(states[1].sheets.size() == 9);
    CHECK(frozen(document, "Steps")); // frozen after the step (FrozenPanes), yet frozen
    CHECK(states[1].styles.count("CellStyles/SalesProcess Header") == 1);
    CHECK(states[2].properties.count("SalesProcessCheckReport") == 1);

    // Back: one undo per command, each restoring exactly the workbook before that command.
    const auto started = std::chrono::steady_clock::now();
    for (std::size_t i = commands.size(); i > 0; --i) {
        INFO("undo of " << commands[i - 1].url);
        std::string stack;
        for (const std::string& title : undoTitles(undo))
            stack += " <" + title + ">";
        INFO("undo stack:" << stack);
        REQUIRE(undo->isUndoPossible());
        CHECK(toStdString(undo->getCurrentUndoActionTitle()) == commands[i - 1].undoTitle);
        undo->undo();
        const State now = State::of(document);
        INFO("differs in:" << differences(states[i - 1], now));
        CHECK(now == states[i - 1]);
    }
    CHECK(State::of(document).sheets.size() == 1); // the empty document it was
    CHECK(State::of(document).styles.empty());

    // Forward again: redo brings every command's workbook back.
    for (std::size_t i = 1; i <= commands.size(); ++i) {
        INFO("redo of " << commands[i - 1].url);
        REQUIRE(undo->isRedoPossible());
        CHECK(toStdString(undo->getCurrentRedoActionTitle()) == commands[i - 1].undoTitle);
        undo->redo();
        const State now = State::of(document);
        INFO("differs in:" << differences(states[i], now));
        CHECK(now == states[i]);
    }
    CHECK_FALSE(undo->isRedoPossible());
    // Redo made the sheets anew: their header rows are frozen again.
    CHECK(frozen(document, "Steps"));
    CHECK(frozen(document, "Check report"));
    const auto took = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started);
    WARN("undo and redo of " << commands.size() << " commands (with reading the workbook back): " << took.count()
                             << " ms");
}

TEST_CASE("a command after an undo starts a new step; the workbook then checks as before", "[undo]")
{
    OfficeSession& office = SharedOffice::visibleSession();
    ProcessWorkbook workbook(office, "b2b-field-sales", "nl", CalcDocument::Window::Visible);
    CalcDocument& document = workbook.document();
    const auto undo = undoManagerOf(document);
    REQUIRE(workbook.check().succeeded());
    const State checked = State::of(document);
    undo->undo();
    CHECK(State::of(document).properties.count("SalesProcessCheckReport") == 0);

    // Checking again after the undo gives the same report as the first time.
    const DispatchOutcome again = workbook.check();
    INFO(again.message);
    REQUIRE(again.succeeded());
    CHECK_FALSE(undo->isRedoPossible());
    CHECK(undoTitles(undo).size() == 2); // New process workbook, Check process
    const State now = State::of(document);
    INFO("differs in:" << differences(checked, now));
    CHECK(now == checked);
}
