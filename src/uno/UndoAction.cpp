#include "UndoAction.hpp"

#include "Strings.hpp"

#include <exception>

namespace salesprocess::extension {

UndoAction::UndoAction(std::string title) : m_title(std::move(title)) {}

void UndoAction::record(std::function<void()> undoChange, std::function<void()> redoChange)
{
    m_changes.push_back({std::move(undoChange), std::move(redoChange)});
}

rtl::OUString UndoAction::getTitle() { return toOUString(m_title); }

void UndoAction::undo()
{
    for (auto it = m_changes.rbegin(); it != m_changes.rend(); ++it) {
        try {
            it->undo();
        } catch (const css::uno::Exception&) {
            // the user may have removed what we made: undo the rest
        } catch (const std::exception&) {
        }
    }
}

void UndoAction::redo()
{
    for (const Change& change : m_changes) {
        try {
            change.redo();
        } catch (const css::uno::Exception&) {
        } catch (const std::exception&) {
        }
    }
}

} // namespace salesprocess::extension
