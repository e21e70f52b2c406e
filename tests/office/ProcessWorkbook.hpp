#pragma once
#include "CalcDocument.hpp"
#include "CommandDispatch.hpp"
#include "core/Process.hpp"
#include "templates/Sheet.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace salesprocess::test {

/// The shipped templates (the same files the .oxt carries).
std::string templatePath(const std::string& name, const std::string& language);

/// A new Calc document filled by "New process workbook" from a shipped template, and what the
/// core says should be in it (the sheets computed from the same template file).
class ProcessWorkbook {
public:
    static constexpr const char* newWorkbook = "vnd.salesprocess:NewWorkbook";
    static constexpr const char* checkProcess = "vnd.salesprocess:CheckProcess";
    static constexpr const char* today = "2026-02-01";

    /// Fails the test (REQUIRE) when the command does not succeed.
    ProcessWorkbook(OfficeSession& office, const std::string& templateName, const std::string& language,
                    CalcDocument::Window window = CalcDocument::Window::Hidden);
    /// The same from a process file of the test's own (written where the office can read it).
    ProcessWorkbook(OfficeSession& office, const std::filesystem::path& processFile);

    CalcDocument& document() { return m_document; }
    const Process& process() const { return m_process; }
    const std::string& language() const { return m_language; }
    /// The sheets the core makes of the template, in workbook order.
    const std::vector<Sheet>& expectedSheets() const { return m_sheets; }
    const Sheet& expected(const std::string& table) const;
    /// The sheet name of a table in the workbook's language ("steps" -> "Stappen").
    std::string sheetName(const std::string& table) const;
    /// The column of a field in the sheet as it is now (found by its header), or -1.
    int column(const std::string& table, const std::string& field) const;
    /// The row (0 = header) whose cell in column `field` shows `text`, or -1.
    int row(const std::string& table, const std::string& field, const std::string& text) const;

    /// Runs Check process on the workbook.
    DispatchOutcome check(const std::string& checkToday = today);
    /// Runs a command on the workbook's frame.
    DispatchOutcome run(const std::string& url, const std::vector<CommandDispatch::Argument>& arguments);

private:
    OfficeSession& m_office;
    std::string m_language;
    CalcDocument m_document;
    Process m_process;
    std::vector<Sheet> m_sheets;
};

} // namespace salesprocess::test
