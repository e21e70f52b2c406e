#pragma once
#include <com/sun/star/frame/XModel.hpp>

namespace salesprocess::extension {

/// Closes a document the extension opened or made for itself (hidden drawings, read-only
/// workbooks, render's documents): close, or dispose where closing is refused. Never throws:
/// it runs in destructors, also while an error is on its way to the user.
class DocumentCloser {
public:
    static void close(const css::uno::Reference<css::frame::XModel>& document) noexcept;
};

} // namespace salesprocess::extension
