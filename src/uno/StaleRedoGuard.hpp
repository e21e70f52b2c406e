#pragma once
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

namespace salesprocess::extension {

/// Our undo actions remove the shapes they made and redo makes them anew. An office undo
/// action recorded after ours (the user moved one of our boxes) points at the old shape; redone
/// after ours it would touch a shape that is gone. So once our action is undone, the redo steps
/// above it are dropped when there are any (our own redo then goes too); when ours is the only
/// one, redo stays available.
class StaleRedoGuard {
public:
    /// Called from our undo: checks the redo stack once the undo manager is done.
    static void afterUndo(const css::uno::Reference<css::uno::XComponentContext>& context,
                          const css::uno::Reference<css::frame::XModel>& document);
};

} // namespace salesprocess::extension
