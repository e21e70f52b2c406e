#pragma once
#include "core/Process.hpp"

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>

namespace salesprocess::extension {

/// Where a drawing command gets its process from: a shipped template, a process workbook (open
/// in Calc, or a file), or the model a drawing carries. Failures are CommandErrors the user
/// can act on (or LoadErrors for unreadable files).
class ProcessSource {
public:
    /// A shipped template's name in a language, or a .json path / file URL.
    static Process fromTemplate(const css::uno::Reference<css::uno::XComponentContext>& context,
                                const std::string& templateName, const std::string& language);
    /// A process workbook open in Calc, read as Check process reads it (renames recognised).
    static Process fromWorkbook(const css::uno::Reference<css::frame::XModel>& workbook, const std::string& uiLanguage);
    /// A process workbook file, opened hidden and read-only and closed again.
    static Process fromWorkbookFile(const css::uno::Reference<css::uno::XComponentContext>& context,
                                    const std::string& path, const std::string& uiLanguage);
    /// The model a drawing carries (SalesProcessModel); throws when it has none.
    static Process fromDrawing(const css::uno::Reference<css::frame::XModel>& drawing, const std::string& uiLanguage);
    /// True when the drawing carries a model of ours.
    static bool hasModel(const css::uno::Reference<css::frame::XModel>& document);
};

} // namespace salesprocess::extension
