#pragma once
#include "Arguments.hpp"
#include "templates/TemplateCatalog.hpp"

#include <com/sun/star/awt/XDialog.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <optional>
#include <string>
#include <vector>

namespace salesprocess::extension {

/// The Swimlane diagram dialog in Draw, built in code: where the process comes from (a shipped
/// template or a process workbook file), the template language, lane orientation, paper,
/// landscape, which segments and where the diagram goes. Labels in the office language.
/// Controls: SourceLabel, SourceList, LanguageLabel, LanguageList, OrientationLabel,
/// OrientationList, PaperLabel, PaperList, LandscapeCheck, SegmentsLabel, SegmentsList,
/// TargetLabel, TargetList, OkButton, CancelButton.
class SwimlaneDialog {
public:
    SwimlaneDialog(const css::uno::Reference<css::uno::XComponentContext>& context, std::string uiLanguage);

    /// The dialog, built but not shown.
    css::uno::Reference<css::awt::XDialog> create() const;
    /// Shows it (and a file picker when a workbook is the source); the choices as the command's
    /// arguments, nullopt when cancelled.
    std::optional<Arguments> ask(const css::uno::Reference<css::frame::XFrame>& frame) const;

private:
    css::uno::Reference<css::uno::XComponentContext> m_context;
    std::string m_language;
    std::vector<std::string> m_names;  ///< template names in list order
    std::vector<std::string> m_titles; ///< what the list shows; one more line: a workbook file
};

} // namespace salesprocess::extension
