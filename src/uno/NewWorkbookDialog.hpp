#pragma once
#include "templates/TemplateCatalog.hpp"

#include <com/sun/star/awt/XDialog.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <optional>
#include <string>
#include <vector>

namespace salesprocess::extension {

/// What the manager picks in the New process workbook dialog.
struct NewWorkbookChoice {
    std::string templateName; ///< "b2b-field-sales"
    std::string language;     ///< "nl" / "en"
    std::string ifExists;     ///< "replace" / "beside" (only asked when the workbook has process sheets)
};

/// The New process workbook dialog, built in code (an awt UnoControlDialog): the templates,
/// the workbook language and, when the workbook already has process sheets, replace or beside.
/// Labels in the office language (Dutch or English).
/// Controls: TemplateLabel, TemplateList, LanguageLabel, LanguageList, IfExistsLabel,
/// IfExistsList, OkButton, CancelButton.
class NewWorkbookDialog {
public:
    NewWorkbookDialog(const css::uno::Reference<css::uno::XComponentContext>& context,
                      const std::vector<TemplateCatalog::Entry>& templates, std::string uiLanguage,
                      bool hasProcessSheets);

    /// The dialog, built but not shown.
    css::uno::Reference<css::awt::XDialog> create() const;
    /// Shows it over the frame's window; nullopt when cancelled.
    std::optional<NewWorkbookChoice> ask(const css::uno::Reference<css::frame::XFrame>& frame) const;

private:
    css::uno::Reference<css::uno::XComponentContext> m_context;
    std::vector<std::string> m_names;  ///< template names in list order
    std::vector<std::string> m_titles; ///< what the list shows
    std::string m_language;
    bool m_hasProcessSheets;
};

} // namespace salesprocess::extension
