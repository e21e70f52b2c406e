#pragma once
#include "Drawing.hpp"

#include <string>

namespace salesprocess {

/// A drawing as plain text, one line per shape and per connector in drawing order: what approval
/// tests compare and what a reviewer reads to see how a layout changed.
class DrawingDump {
public:
    static std::string dump(const Drawing& drawing);
    static std::string dump(const Page& page);
    /// "Lane", "Step", "Decision"...
    static const char* kindName(ShapeKind kind);
};

} // namespace salesprocess
