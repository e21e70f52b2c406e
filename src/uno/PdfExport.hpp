#pragma once
#include <com/sun/star/frame/XModel.hpp>

#include <string>

namespace salesprocess::extension {

/// A Draw document (or some of its pages) exported as PDF, fonts embedded.
class PdfExport {
public:
    /// pageRange: "" for every page, else as the office's PDF export takes it ("3-4,9").
    static void write(const css::uno::Reference<css::frame::XModel>& document, const std::string& path,
                      const std::string& pageRange = "");
    /// Stores the document itself (filter draw8).
    static void writeDrawing(const css::uno::Reference<css::frame::XModel>& document, const std::string& path);
};

} // namespace salesprocess::extension
