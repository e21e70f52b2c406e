#pragma once
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNameContainer.hpp>

#include <string>
#include <vector>

namespace salesprocess::extension {

/// Building and reading the controls of our dialogs (positions in dialog units), shared by the
/// New process workbook and Swimlane diagram dialogs.
class DialogControls {
public:
    /// Adds a control model of a kind ("FixedText", "ListBox", "Button" ...) by name.
    static css::uno::Reference<css::beans::XPropertySet> add(const css::uno::Reference<css::container::XNameContainer>& dialog,
                                                             const char* kind, const char* name, sal_Int32 x, sal_Int32 y,
                                                             sal_Int32 width, sal_Int32 height);
    /// A list box with its items and one of them chosen: a drop-down one line high, else open.
    static css::uno::Reference<css::beans::XPropertySet> list(const css::uno::Reference<css::container::XNameContainer>& dialog,
                                                              const char* name, const std::vector<std::string>& items,
                                                              sal_Int16 chosen, sal_Int32 x, sal_Int32 y, sal_Int32 width,
                                                              sal_Int32 height = lineHeight);
    static constexpr sal_Int32 lineHeight = 14;
    /// The control model of a name.
    static css::uno::Reference<css::beans::XPropertySet> control(const css::uno::Reference<css::container::XNameContainer>& controls,
                                                                 const char* name);
    /// The index of the chosen item of a list box; -1 when none is.
    static sal_Int16 selected(const css::uno::Reference<css::container::XNameContainer>& controls, const char* name);
};

} // namespace salesprocess::extension
