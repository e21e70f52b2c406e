#pragma once
#include <com/sun/star/frame/XModel.hpp>

#include <optional>
#include <string>

namespace salesprocess::extension {

class UndoAction;

/// User-defined document properties (File > Properties > Custom Properties) where the
/// extension keeps what it needs to recognise its own work later.
class DocumentProperties {
public:
    /// The process as last written into the workbook (ProcessFile JSON): recognises renames.
    static constexpr const char* model = "SalesProcessModel";
    /// Content hash of the generated Check report sheet: tells whether the user edited it.
    static constexpr const char* checkReportHash = "SalesProcessCheckReport";

    static std::optional<std::string> read(const css::uno::Reference<css::frame::XModel>& document,
                                           const char* name);
    /// Sets the property (adding it where missing); nullopt removes it.
    static void write(const css::uno::Reference<css::frame::XModel>& document, const char* name,
                      const std::optional<std::string>& value);
    /// write(), recorded in our undo action (the office does not record property changes).
    static void change(const css::uno::Reference<css::frame::XModel>& document, const char* name,
                       const std::optional<std::string>& value, UndoAction& undo);
};

} // namespace salesprocess::extension
