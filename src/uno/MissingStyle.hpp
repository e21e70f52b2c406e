#pragma once
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/frame/XModel.hpp>

#include <functional>

namespace salesprocess::extension {

class UndoAction;

/// Named styles of ours, created only where missing, so that a user's restyling survives:
/// the cell and page styles of the workbook sheets and matrices.
class MissingStyle {
public:
    /// Sets a new style's properties; it is in its family already (properties stick only then).
    using Setup = std::function<void(const css::uno::Reference<css::beans::XPropertySet>&,
                                     const css::uno::Reference<css::frame::XModel>&)>;

    /// Creates the style in the family ("CellStyles", "PageStyles") as a serviceName when it is
    /// missing and records that in undo (when given): undo removes it, redo makes it again.
    /// False when the document has it already.
    static bool ensure(const css::uno::Reference<css::frame::XModel>& document, const char* familyName,
                       const char* serviceName, const rtl::OUString& name, const Setup& setup, UndoAction* undo);

    /// A style family of the document.
    static css::uno::Reference<css::container::XNameContainer> family(const css::uno::Reference<css::frame::XModel>& document,
                                                                      const char* familyName);
};

} // namespace salesprocess::extension
