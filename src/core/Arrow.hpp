#pragma once
#include <string>

namespace salesprocess {

/// The work passing from one step to the next.
struct Arrow {
    std::string from; ///< step id
    std::string to;   ///< step id
    std::string label;    ///< e.g. "yes", "quote rejected"
    std::string handover; ///< what must be true when the work passes to the next team
    bool isReturn = false; ///< a deliberate loop back (revise the quote)
};

} // namespace salesprocess
