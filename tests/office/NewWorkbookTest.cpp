// New process workbook: the sheets, named ranges, drop-downs, styles, filters
// and print set-up it writes, in English and Dutch, from every template; and what happens to a
// workbook that already has process sheets or sheets of the user's.
#include "CalcDocument.hpp"
#include "CommandDispatch.hpp"
#include "ProcessWorkbook.hpp"
#include "SharedOffice.hpp"
#include "office/UnoStrings.hpp"
#include "templates/ProcessFile.hpp"
#include "templates/TemplateCatalog.hpp"
#include "templates/Workbook.hpp"

#include <catch2/catch.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XDatabaseRange.hpp>
#include <com/sun/star/sheet/XDatabaseRanges.hpp>
#include <com/sun/star/sheet/XPrintAreas.hpp>
#include <com/sun/star/sheet/XSheetCondition.hpp>
#include <com/sun/star/sheet/ValidationType.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>

#include <algorithm>
#include <memory>
#include <set>

using namespace salesprocess;
using namespace salesprocess::test;

namespace {

constexpr const char* headerStyle = "SalesProcess Header";
constexpr const char* tablePageStyle = "SalesProcess Table";

std::string columnLetters(int column)
{
    std::string letters;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
    return letters;
}

/// Rows of a sheet that have any text, without the trailing empty ones.
std::vector<std::vector<std::string>> filledRows(CalcDocument& document, const std::string& sheetName)
{
    auto rows = document.rows(sheetName);
    while (!rows.empty() && std::all_of(rows.back().begin(), rows.back().end(),
                                        [](const std::string& cell) { return cell.empty(); }))
        rows.pop_back();
    return rows;
}

css::uno::Reference<css::beans::XPropertySet> cellProperties(CalcDocument& document, const std::string& sheet,
                                                             int column, int row)
{
    return css::uno::Reference<css::beans::XPropertySet>(
        document.sheet(sheet)->getCellByPosition(column, row), css::uno::UNO_QUERY_THROW);
}

std::string stringProperty(const css::uno::Reference<css::beans::XPropertySet>& object, const char* name)
{
    rtl::OUString value;
    object->getPropertyValue(rtl::OUString::createFromAscii(name)) >>= value;
    return toStdString(value);
}

bool hasStyle(CalcDocument& document, const char* family, const char* style)
{
    css::uno::Reference<css::style::XStyleFamiliesSupplier> supplier(document.model(), css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::container::XNameAccess> styles(
        supplier->getStyleFamilies()->getByName(rtl::OUString::createFromAscii(family)), css::uno::UNO_QUERY_THROW);
    return styles->hasByName(rtl::OUString::createFromAscii(style));
}

/// Whether a database range with an autofilter starts at the header row of the sheet.
bool hasAutoFilter(CalcDocument& document, int sheetIndex)
{
    css::uno::Reference<css::beans::XPropertySet> properties(document.model(), css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::sheet::XDatabaseRanges> ranges(properties->getPropertyValue("DatabaseRanges"),
                                                            css::uno::UNO_QUERY_THROW);
    const auto names = ranges->getElementNames();
    for (sal_Int32 i = 0; i < names.getLength(); ++i) {
        css::uno::Reference<css::sheet::XDatabaseRange> range(ranges->getByName(names[i]), css::uno::UNO_QUERY_THROW);
        css::uno::Reference<css::beans::XPropertySet> rangeProperties(range, css::uno::UNO_QUERY_THROW);
        bool autoFilter = false;
        rangeProperties->getPropertyValue("AutoFilter") >>= autoFilter;
        const auto area = range->getDataArea();
        if (autoFilter && area.Sheet == sheetIndex && area.StartRow == 0)
            return true;
    }
    return false;
}

void requireTidyTable(ProcessWorkbook& workbook, const Sheet& expected, int sheetIndex)
{
    CalcDocument& document = workbook.document();
    const std::string name = expected.name;
    INFO("sheet " << name);
    const auto rows = filledRows(document, name);
    REQUIRE(!rows.empty());

    // Header row: our headers in the workbook language, in our cell style.
    std::vector<std::string> headers;
    for (const Column& column : expected.columns)
        headers.push_back(column.header);
    CHECK(std::vector<std::string>(rows[0].begin(), rows[0].begin() + static_cast<long>(
                                       std::min(rows[0].size(), headers.size()))) == headers);
    CHECK(stringProperty(cellProperties(document, name, 0, 0), "CellStyle") == headerStyle);
    CHECK(stringProperty(cellProperties(document, name, static_cast<int>(headers.size()) - 1, 0), "CellStyle")
          == headerStyle);

    // The data: names, not ids, as the core made them (dates aside: Calc shows them its way).
    CHECK(rows.size() == expected.rows.size() + 1);
    for (std::size_t r = 0; r < expected.rows.size() && r + 1 < rows.size(); ++r)
        for (std::size_t c = 0; c < expected.columns.size(); ++c)
            if (!expected.columns[c].isDate && c < expected.rows[r].size()) {
                INFO("row " << r + 2 << ", column " << expected.columns[c].header);
                CHECK(rows[r + 1][c] == expected.rows[r][c]);
            }

    // Drop-downs where one value is chosen: a list from a named range or fixed choices.
    for (std::size_t c = 0; c < expected.columns.size(); ++c) {
        const Column& column = expected.columns[c];
        if (column.listRange.empty() && column.listValues.empty())
            continue;
        INFO("drop-down in column " << column.header);
        css::uno::Reference<css::beans::XPropertySet> validation(
            cellProperties(document, name, static_cast<int>(c), 1)->getPropertyValue("Validation"),
            css::uno::UNO_QUERY_THROW);
        css::sheet::ValidationType type = css::sheet::ValidationType_ANY;
        validation->getPropertyValue("Type") >>= type;
        CHECK(type == css::sheet::ValidationType_LIST);
        const std::string formula =
            toStdString(css::uno::Reference<css::sheet::XSheetCondition>(validation, css::uno::UNO_QUERY_THROW)
                            ->getFormula1());
        if (!column.listRange.empty())
            CHECK(formula == column.listRange);
        for (const std::string& choice : column.listValues)
            CHECK_THAT(formula, Catch::Contains("\"" + choice + "\""));
    }

    // Id columns stay narrow; a filter on the header; a print range. (The frozen header is
    // view state, which a hidden document does not keep: SavedFilesTest checks the saved file.)
    css::uno::Reference<css::table::XColumnRowRange> columnRows(document.sheet(name), css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::container::XIndexAccess> columns(columnRows->getColumns(), css::uno::UNO_QUERY_THROW);
    for (std::size_t c = 0; c < expected.columns.size(); ++c) {
        css::uno::Reference<css::beans::XPropertySet> column(columns->getByIndex(static_cast<sal_Int32>(c)),
                                                             css::uno::UNO_QUERY_THROW);
        sal_Int32 width = 0;
        column->getPropertyValue("Width") >>= width;
        if (expected.columns[c].isId)
            CHECK(width <= 3600);
        else
            CHECK(width >= 2000);
    }
    CHECK(hasAutoFilter(document, sheetIndex));
    css::uno::Reference<css::sheet::XPrintAreas> print(document.sheet(name), css::uno::UNO_QUERY_THROW);
    const auto areas = print->getPrintAreas();
    REQUIRE(areas.getLength() == 1);
    CHECK(areas[0].StartRow == 0);
    CHECK(areas[0].EndColumn == static_cast<sal_Int32>(expected.columns.size()) - 1);
    CHECK(print->getPrintTitleRows());
    css::uno::Reference<css::beans::XPropertySet> sheetProperties(document.sheet(name), css::uno::UNO_QUERY_THROW);
    // "SalesProcess Table", or "SalesProcess Table 2 Pages Wide" for a table too wide for one.
    CHECK_THAT(stringProperty(sheetProperties, "PageStyle"), Catch::StartsWith(tablePageStyle));
}

void requireNamedRanges(ProcessWorkbook& workbook)
{
    const auto ranges = workbook.document().namedRanges();
    const auto contentOf = [&](const std::string& name) -> std::string {
        for (const auto& [rangeName, content] : ranges)
            if (rangeName == name)
                return content;
        return "";
    };
    for (const Workbook::ListRange& list : Workbook::listRanges()) {
        INFO("named range " << list.name);
        const std::string content = contentOf(list.name);
        REQUIRE_FALSE(content.empty());
        // Over the column of that field in that table's sheet.
        CHECK_THAT(content, Catch::Contains(workbook.sheetName(list.table)));
        CHECK_THAT(content, Catch::Contains("$" + columnLetters(workbook.column(list.table, list.field)) + "$"));
    }
    for (const Sheet& sheet : workbook.expectedSheets()) {
        INFO("mark of table " << sheet.table);
        CHECK_THAT(contentOf("sp_table_" + sheet.table), Catch::Contains(sheet.name));
    }
}

std::vector<std::string> namesOf(const std::vector<Sheet>& sheets)
{
    std::vector<std::string> names;
    for (const Sheet& sheet : sheets)
        names.push_back(sheet.name);
    return names;
}

/// Documents the desktop holds now.
std::vector<css::uno::Reference<css::frame::XModel>> openDocuments(OfficeSession& office)
{
    std::vector<css::uno::Reference<css::frame::XModel>> models;
    const auto components = office.desktop()->getComponents()->createEnumeration();
    while (components->hasMoreElements()) {
        css::uno::Reference<css::frame::XModel> model(components->nextElement(), css::uno::UNO_QUERY);
        if (model.is())
            models.push_back(model);
    }
    return models;
}

} // namespace

TEST_CASE("New process workbook fills an empty document with tidy process sheets", "[workbook]")
{
    auto& office = SharedOffice::session();
    const std::string language = GENERATE("en", "nl");
    ProcessWorkbook workbook(office, "b2b-field-sales", language);
    CalcDocument& document = workbook.document();

    // One sheet per table, in the workbook language, in workbook order, and nothing else.
    CHECK(document.sheetNames() == namesOf(workbook.expectedSheets()));
    if (language == "nl")
        CHECK(document.sheetNames()[4] == "Stappen");

    int index = 0;
    for (const Sheet& sheet : workbook.expectedSheets())
        requireTidyTable(workbook, sheet, index++);
    requireNamedRanges(workbook);

    CHECK(hasStyle(document, "CellStyles", headerStyle));
    CHECK(hasStyle(document, "PageStyles", tablePageStyle));
    // The model as written, so that a later Check recognises renamed teams.
    const auto model = document.userProperty("SalesProcessModel");
    REQUIRE(model);
    CHECK_THAT(*model, Catch::Contains(workbook.process().name));
}

TEST_CASE("no text is cut off: every column without wrapping is as wide as its longest text, or "
          "wraps it at the widest",
          "[workbook]")
{
    auto& office = SharedOffice::session();
    const std::string name = GENERATE("b2b-field-sales", "inside-sales", "webshop");
    const std::string language = GENERATE("en", "nl");
    INFO(name << "." << language);
    ProcessWorkbook workbook(office, name, language);
    CalcDocument& document = workbook.document();
    for (const Sheet& sheet : workbook.expectedSheets()) {
        css::uno::Reference<css::table::XColumnRowRange> columnRows(document.sheet(sheet.name),
                                                                    css::uno::UNO_QUERY_THROW);
        css::uno::Reference<css::container::XIndexAccess> columns(columnRows->getColumns(),
                                                                  css::uno::UNO_QUERY_THROW);
        for (std::size_t c = 0; c < sheet.columns.size(); ++c) {
            if (sheet.columns[c].wrap)
                continue;
            INFO(sheet.name << ", column " << sheet.columns[c].header);
            css::uno::Reference<css::beans::XPropertySet> column(columns->getByIndex(static_cast<sal_Int32>(c)),
                                                                 css::uno::UNO_QUERY_THROW);
            sal_Int32 width = 0;
            column->getPropertyValue("Width") >>= width;
            // Let Calc work out the width the column's texts need (this test's document only).
            column->setPropertyValue("OptimalWidth", css::uno::Any(true));
            sal_Int32 needed = 0;
            column->getPropertyValue("Width") >>= needed;
            // At least the design width; a text longer than the widest column wraps instead.
            CHECK(width + 2 >= (sheet.columns[c].isId ? 1200 : sheet.columns[c].width)); // Calc rounds to twips
            if (width < needed) {
                bool wraps = false;
                cellProperties(document, sheet.name, static_cast<int>(c), 1)->getPropertyValue("IsTextWrapped") >>= wraps;
                CHECK(wraps);
                CHECK(width >= 9000);
            }
        }
    }
}

TEST_CASE("every shipped template makes a workbook in both languages", "[workbook]")
{
    auto& office = SharedOffice::session();
    std::set<std::pair<std::string, std::string>> seen;
    for (const TemplateCatalog::Entry& entry : TemplateCatalog(SALESPROCESS_TEMPLATES_DIR).entries())
        seen.emplace(entry.name, entry.language);
    REQUIRE(seen.size() >= 6); // three processes, Dutch and English
    for (const auto& [name, language] : seen) {
        INFO(name << " in " << language);
        ProcessWorkbook workbook(office, name, language);
        CHECK_THAT(workbook.document().snapshot(), Catch::Contains(workbook.process().name));
        CHECK(filledRows(workbook.document(), workbook.sheetName("steps")).size()
              == workbook.process().steps.size() + 1);
        CHECK(workbook.document().sheetNames() == namesOf(workbook.expectedSheets()));
    }
}

TEST_CASE("IfExists decides what happens to a workbook that has process sheets; a user's own "
          "sheet stays as it is",
          "[workbook]")
{
    auto& office = SharedOffice::session();
    ProcessWorkbook workbook(office, "b2b-field-sales", "en");
    CalcDocument& document = workbook.document();
    const auto container = document.spreadsheets()->getSheets();
    container->insertNewByName("My notes", static_cast<sal_Int16>(document.sheetNames().size()));
    document.type("My notes", 0, 0, "Call Jan about the quote template");
    const std::string before = document.snapshot();
    const std::vector<CommandDispatch::Argument> insideSales{textArgument("Template", "inside-sales"),
                                                             textArgument("Language", "en")};
    auto with = [&](const char* ifExists) {
        auto arguments = insideSales;
        arguments.push_back(textArgument("IfExists", ifExists));
        return arguments;
    };

    SECTION("no answer: nothing happens, and the message says which answers there are")
    {
        const DispatchOutcome outcome = workbook.run(ProcessWorkbook::newWorkbook, insideSales);
        CHECK_FALSE(outcome.succeeded());
        CHECK_THAT(outcome.message, Catch::Contains("IfExists"));
        CHECK(document.snapshot() == before);
    }
    SECTION("cancel, or an answer that is none of the choices: nothing happens")
    {
        CHECK_FALSE(workbook.run(ProcessWorkbook::newWorkbook, with("cancel")).succeeded());
        CHECK(document.snapshot() == before);
        const DispatchOutcome bogus = workbook.run(ProcessWorkbook::newWorkbook, with("merge"));
        CHECK_FALSE(bogus.succeeded());
        CHECK_THAT(bogus.message, Catch::Contains("replace"));
        CHECK(document.snapshot() == before);
    }
    SECTION("replace: our sheets are replaced, the user's sheet is untouched")
    {
        const DispatchOutcome outcome = workbook.run(ProcessWorkbook::newWorkbook, with("replace"));
        INFO(outcome.message);
        REQUIRE(outcome.succeeded());
        auto expected = namesOf(workbook.expectedSheets());
        expected.push_back("My notes");
        CHECK(document.sheetNames() == expected);
        CHECK(document.text("My notes", 0, 0) == "Call Jan about the quote template");
        const Process insideProcess = ProcessFile::load(templatePath("inside-sales", "en")).process;
        CHECK_THAT(document.snapshot(), Catch::Contains(insideProcess.name));
        CHECK_THAT(document.snapshot(), !Catch::Contains(workbook.process().name));
    }
    SECTION("beside: the old sheets stay (as the user's), new ones follow them")
    {
        const DispatchOutcome outcome = workbook.run(ProcessWorkbook::newWorkbook, with("beside"));
        INFO(outcome.message);
        REQUIRE(outcome.succeeded());
        const auto names = document.sheetNames();
        CHECK(names.size() == 2 * workbook.expectedSheets().size() + 1);
        CHECK(std::count(names.begin(), names.end(), "My notes") == 1);
        CHECK(document.text("My notes", 0, 0) == "Call Jan about the quote template");
        // Every old sheet is still there with its content; the marks now name the new ones.
        for (const Sheet& sheet : workbook.expectedSheets())
            CHECK(std::count(names.begin(), names.end(), sheet.name) == 1);
        for (const auto& [name, content] : document.namedRanges())
            if (name == "sp_table_steps")
                CHECK_THAT(content, !Catch::Contains("$Steps."));
    }
}

TEST_CASE("New process workbook on a document with other work opens a workbook of its own",
          "[workbook]")
{
    auto& office = SharedOffice::session();
    CalcDocument document(office);
    // The user's own sheet, with the very name one of ours has: never ours to replace.
    css::uno::Reference<css::container::XNamed>(document.sheet(document.sheetNames()[0]), css::uno::UNO_QUERY_THROW)
        ->setName("Steps");
    document.type("Steps", 0, 0, "My own list of steps");
    const std::string before = document.snapshot();
    const auto documentsBefore = openDocuments(office);

    const DispatchOutcome outcome = CommandDispatch::run(
        office, document.frame(), ProcessWorkbook::newWorkbook,
        {textArgument("Template", "b2b-field-sales"), textArgument("Language", "en")});
    INFO(outcome.message);
    CHECK(outcome.succeeded());
    CHECK(document.snapshot() == before);

    // The workbook went into a new (hidden) document.
    std::vector<std::unique_ptr<CalcDocument>> created;
    for (const auto& model : openDocuments(office))
        if (std::find(documentsBefore.begin(), documentsBefore.end(), model) == documentsBefore.end())
            created.push_back(std::make_unique<CalcDocument>(office, model));
    REQUIRE(created.size() == 1);
    CHECK(created[0]->sheetNames().size() == 9);
    CHECK(created[0]->sheetNames()[4] == "Steps");
}
