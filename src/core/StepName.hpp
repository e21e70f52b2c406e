#pragma once
#include <string>
#include <string_view>

namespace salesprocess {

/// Keys that make step names comparable. Both work on UTF-8 and know Dutch and English.
class StepName {
public:
    /// Exact key: lower case, diacritics folded (é -> e, ë -> e, ĳ -> ij), punctuation and line
    /// breaks as spaces, runs of spaces collapsed, trimmed. Equal keys mean a duplicate step.
    static std::string exactKey(std::string_view name);

    /// Similarity key: the exact key's words with filler words dropped (articles, "the", "de",
    /// "het", "een", "a", ...), plurals reduced, common synonyms mapped to one word (quote =
    /// quotation = offerte; call = phone = bellen ...), sorted. Equal keys mean a near-duplicate.
    /// Different actions on the same object ("send quote" / "prepare quote") never share a key.
    static std::string similarityKey(std::string_view name);
};

} // namespace salesprocess
