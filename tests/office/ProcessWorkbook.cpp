#include "ProcessWorkbook.hpp"

#include "templates/ProcessFile.hpp"
#include "templates/Workbook.hpp"

#include <catch2/catch.hpp>

#include <stdexcept>

#ifndef SALESPROCESS_TEMPLATES_DIR
#error "SALESPROCESS_TEMPLATES_DIR names the folder of the shipped templates"
#endif

namespace salesprocess::test {

std::string templatePath(const std::string& name, const std::string& language)
{
    return std::string(SALESPROCESS_TEMPLATES_DIR) + "/" + name + "." + language + ".json";
}

ProcessWorkbook::ProcessWorkbook(OfficeSession& office, const std::string& templateName,
                                 const std::string& language, CalcDocument::Window window)
    : m_office(office), m_language(language), m_document(office, window),
      m_process(ProcessFile::load(templatePath(templateName, language)).process),
      m_sheets(Workbook::sheets(m_process))
{
    const DispatchOutcome outcome =
        run(newWorkbook, {textArgument("Template", templateName), textArgument("Language", language)});
    INFO(outcome.message);
    REQUIRE(outcome.succeeded());
}

ProcessWorkbook::ProcessWorkbook(OfficeSession& office, const std::filesystem::path& processFile)
    : m_office(office), m_document(office), m_process(ProcessFile::load(processFile.string()).process),
      m_sheets(Workbook::sheets(m_process))
{
    m_language = m_process.language;
    const DispatchOutcome outcome = run(newWorkbook, {textArgument("Template", processFile.string())});
    INFO(outcome.message);
    REQUIRE(outcome.succeeded());
}

const Sheet& ProcessWorkbook::expected(const std::string& table) const
{
    for (const Sheet& sheet : m_sheets)
        if (sheet.table == table)
            return sheet;
    throw std::runtime_error("the core makes no table " + table);
}

std::string ProcessWorkbook::sheetName(const std::string& table) const
{
    return Workbook::sheetName(table, m_language);
}

int ProcessWorkbook::column(const std::string& table, const std::string& field) const
{
    for (const Column& column : expected(table).columns)
        if (column.field == field)
            return m_document.column(sheetName(table), column.header);
    return -1;
}

int ProcessWorkbook::row(const std::string& table, const std::string& field, const std::string& text) const
{
    const int c = column(table, field);
    if (c < 0)
        return -1;
    const auto rows = m_document.rows(sheetName(table));
    for (std::size_t r = 1; r < rows.size(); ++r)
        if (static_cast<std::size_t>(c) < rows[r].size() && rows[r][static_cast<std::size_t>(c)] == text)
            return static_cast<int>(r);
    return -1;
}

DispatchOutcome ProcessWorkbook::check(const std::string& checkToday)
{
    return run(checkProcess, {textArgument("Today", checkToday)});
}

DispatchOutcome ProcessWorkbook::run(const std::string& url,
                                     const std::vector<CommandDispatch::Argument>& arguments)
{
    return CommandDispatch::run(m_office, m_document.frame(), url, arguments);
}

} // namespace salesprocess::test
