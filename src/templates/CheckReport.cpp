#include "CheckReport.hpp"

#include "core/Text.hpp"

namespace salesprocess {

namespace {
std::string severityName(Severity severity, bool nl)
{
    switch (severity) {
    case Severity::Error: return nl ? "Fout" : "Error";
    case Severity::Warning: return nl ? "Waarschuwing" : "Warning";
    case Severity::Info: return nl ? "Opmerking" : "Note";
    }
    return {};
}
} // namespace

Sheet CheckReport::sheet(const std::vector<Finding>& findings, const std::string& language)
{
    const bool nl = language == "nl";
    Sheet sheet;
    sheet.table = "check";
    sheet.name = nl ? "Controle" : "Check report";
    Column severity{"severity", nl ? "Ernst" : "Severity", 2600, false, false, false, {}, {}};
    Column where{"where", nl ? "Waar" : "Where", 3400, false, false, false, {}, {}};
    Column message{"message", nl ? "Bevinding" : "Finding", 15000, false, false, true, {}, {}};
    Column code{"code", nl ? "Code" : "Code", 4200, false, false, false, {}, {}};
    sheet.columns = {severity, where, message, code};
    for (const Finding& f : findings)
        sheet.rows.push_back({severityName(f.severity, nl), f.where.toPath(), f.message, f.code});
    return sheet;
}

std::string CheckReport::summary(const std::vector<Finding>& findings, const std::string& language)
{
    const bool nl = language == "nl";
    std::size_t errors = 0, warnings = 0, notes = 0;
    for (const Finding& f : findings)
        (f.severity == Severity::Error ? errors : f.severity == Severity::Warning ? warnings : notes)++;
    if (findings.empty())
        return nl ? "Geen bevindingen: het proces is in orde." : "No findings: the process is in order.";
    auto count = [](std::size_t n, const char* one, const char* many) {
        return std::to_string(n) + " " + (n == 1 ? one : many);
    };
    return nl ? count(errors, "fout", "fouten") + ", " + count(warnings, "waarschuwing", "waarschuwingen") + ", " +
                    count(notes, "opmerking", "opmerkingen")
              : count(errors, "error", "errors") + ", " + count(warnings, "warning", "warnings") + ", " +
                    count(notes, "note", "notes");
}

} // namespace salesprocess
