#include "StepName.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <unordered_map>
#include <utility>
#include <vector>

namespace salesprocess {

namespace {

// ---------------------------------------------------------------------------------------------
// UTF-8 decoding and folding (exact key)
// ---------------------------------------------------------------------------------------------

constexpr std::uint32_t kInvalid = 0xFFFFFFFFu;

/// Decodes the code point at text[pos] and moves pos past it. Malformed input (stray or missing
/// continuation bytes, overlong forms, surrogates, > U+10FFFF) yields kInvalid and moves pos by
/// exactly one byte, so decoding resynchronises on the next byte and never reads past the end.
std::uint32_t decodeNext(std::string_view text, std::size_t& pos)
{
    const auto byteAt = [&text](std::size_t i) {
        return static_cast<std::uint32_t>(static_cast<unsigned char>(text[i]));
    };
    const std::uint32_t lead = byteAt(pos);
    if (lead < 0x80u) {
        ++pos;
        return lead;
    }
    std::size_t length = 0;
    std::uint32_t cp = 0;
    std::uint32_t minimum = 0;
    if (lead >= 0xC2u && lead <= 0xDFu) {
        length = 2;
        cp = lead & 0x1Fu;
        minimum = 0x80u;
    } else if (lead >= 0xE0u && lead <= 0xEFu) {
        length = 3;
        cp = lead & 0x0Fu;
        minimum = 0x800u;
    } else if (lead >= 0xF0u && lead <= 0xF4u) {
        length = 4;
        cp = lead & 0x07u;
        minimum = 0x10000u;
    } else {
        ++pos; // continuation byte without a lead, C0/C1 overlong leads, F5..FF
        return kInvalid;
    }
    if (text.size() - pos < length) {
        ++pos;
        return kInvalid;
    }
    for (std::size_t i = 1; i < length; ++i) {
        const std::uint32_t b = byteAt(pos + i);
        if ((b & 0xC0u) != 0x80u) {
            ++pos;
            return kInvalid;
        }
        cp = (cp << 6) | (b & 0x3Fu);
    }
    if (cp < minimum || cp > 0x10FFFFu || (cp >= 0xD800u && cp <= 0xDFFFu)) {
        ++pos;
        return kInvalid;
    }
    pos += length;
    return cp;
}

/// Writes cp as UTF-8 at out; returns the number of bytes written (1 to 4).
std::size_t writeUtf8(std::uint32_t cp, char* out)
{
    if (cp < 0x80u) {
        out[0] = static_cast<char>(cp);
        return 1;
    }
    if (cp < 0x800u) {
        out[0] = static_cast<char>(0xC0u | (cp >> 6));
        out[1] = static_cast<char>(0x80u | (cp & 0x3Fu));
        return 2;
    }
    if (cp < 0x10000u) {
        out[0] = static_cast<char>(0xE0u | (cp >> 12));
        out[1] = static_cast<char>(0x80u | ((cp >> 6) & 0x3Fu));
        out[2] = static_cast<char>(0x80u | (cp & 0x3Fu));
        return 3;
    }
    out[0] = static_cast<char>(0xF0u | (cp >> 18));
    out[1] = static_cast<char>(0x80u | ((cp >> 12) & 0x3Fu));
    out[2] = static_cast<char>(0x80u | ((cp >> 6) & 0x3Fu));
    out[3] = static_cast<char>(0x80u | (cp & 0x3Fu));
    return 4;
}

/// Lower-case ASCII for U+00C0..U+017F (Latin-1 Supplement letters and Latin Extended-A);
/// nullptr marks the two symbols in that range (× and ÷), which separate words.
constexpr const char* kLatinFold[0x180 - 0xC0] = {
    // U+00C0 À Á Â Ã Ä Å Æ Ç È É Ê Ë Ì Í Î Ï
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    // U+00D0 Ð Ñ Ò Ó Ô Õ Ö × Ø Ù Ú Û Ü Ý Þ ß
    "d", "n", "o", "o", "o", "o", "o", nullptr, "o", "u", "u", "u", "u", "y", "th", "ss",
    // U+00E0 à á â ã ä å æ ç è é ê ë ì í î ï
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    // U+00F0 ð ñ ò ó ô õ ö ÷ ø ù ú û ü ý þ ÿ
    "d", "n", "o", "o", "o", "o", "o", nullptr, "o", "u", "u", "u", "u", "y", "th", "y",
    // U+0100 Ā ā Ă ă Ą ą Ć ć Ĉ ĉ Ċ ċ Č č Ď ď
    "a", "a", "a", "a", "a", "a", "c", "c", "c", "c", "c", "c", "c", "c", "d", "d",
    // U+0110 Đ đ Ē ē Ĕ ĕ Ė ė Ę ę Ě ě Ĝ ĝ Ğ ğ
    "d", "d", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "g", "g", "g", "g",
    // U+0120 Ġ ġ Ģ ģ Ĥ ĥ Ħ ħ Ĩ ĩ Ī ī Ĭ ĭ Į į
    "g", "g", "g", "g", "h", "h", "h", "h", "i", "i", "i", "i", "i", "i", "i", "i",
    // U+0130 İ ı Ĳ ĳ Ĵ ĵ Ķ ķ ĸ Ĺ ĺ Ļ ļ Ľ ľ Ŀ
    "i", "i", "ij", "ij", "j", "j", "k", "k", "k", "l", "l", "l", "l", "l", "l", "l",
    // U+0140 ŀ Ł ł Ń ń Ņ ņ Ň ň ŉ Ŋ ŋ Ō ō Ŏ ŏ
    "l", "l", "l", "n", "n", "n", "n", "n", "n", "n", "n", "n", "o", "o", "o", "o",
    // U+0150 Ő ő Œ œ Ŕ ŕ Ŗ ŗ Ř ř Ś ś Ŝ ŝ Ş ş
    "o", "o", "oe", "oe", "r", "r", "r", "r", "r", "r", "s", "s", "s", "s", "s", "s",
    // U+0160 Š š Ţ ţ Ť ť Ŧ ŧ Ũ ũ Ū ū Ŭ ŭ Ů ů
    "s", "s", "t", "t", "t", "t", "t", "t", "u", "u", "u", "u", "u", "u", "u", "u",
    // U+0170 Ű ű Ų ų Ŵ ŵ Ŷ ŷ Ÿ Ź ź Ż ż Ž ž ſ
    "u", "u", "u", "u", "w", "w", "y", "y", "y", "z", "z", "z", "z", "z", "z", "s",
};

/// Invisible marks that join rather than separate: combining accents (a decomposed "é" is
/// "e" + U+0301), soft hyphen, zero-width (non-)joiners, word joiner, BOM, variation selectors.
bool isIgnorable(std::uint32_t cp)
{
    return (cp >= 0x0300u && cp <= 0x036Fu) || cp == 0x00ADu || cp == 0x200Cu || cp == 0x200Du ||
           (cp >= 0x2060u && cp <= 0x2064u) || cp == 0xFEFFu || (cp >= 0xFE00u && cp <= 0xFE0Fu) ||
           (cp >= 0xE0000u && cp <= 0xE007Fu);
}

/// Non-ASCII punctuation, spaces and symbols: C1 controls and Latin-1 symbols (NBSP, «», ·),
/// general punctuation (dashes, curly quotes, U+2028 line separator), currency, letterlike and
/// math symbols, arrows, box drawing, CJK punctuation, specials (U+FFFD), private use, emoji.
bool isSeparator(std::uint32_t cp)
{
    return (cp >= 0x0080u && cp <= 0x00BFu) || (cp >= 0x2000u && cp <= 0x2BFFu) ||
           (cp >= 0x2E00u && cp <= 0x2E7Fu) || (cp >= 0x3000u && cp <= 0x303Fu) ||
           (cp >= 0xE000u && cp <= 0xF8FFu) || (cp >= 0xFE10u && cp <= 0xFE6Fu) ||
           (cp >= 0xFFF0u && cp <= 0xFFFFu) || (cp >= 0x1F000u && cp <= 0x1FAFFu);
}

// ---------------------------------------------------------------------------------------------
// Word tables (similarity key)
// ---------------------------------------------------------------------------------------------

/// Words that carry no action and no object. Negations (not, no, niet, geen, zonder) and time
/// order (before, after, na) stay; "voor" goes because it mostly means "for".
constexpr std::string_view kFillers[] = {
    // Dutch ("n" and "t" are what "'n" and "'t" become)
    "de", "het", "een", "van", "voor", "aan", "naar", "met", "bij", "op", "in", "te", "om", "en",
    "of", "dan", "ook", "nog", "even", "alle", "deze", "die", "dit", "dat", "er", "n", "t", "uw",
    "je", "jouw", "onze", "hun", "nieuwe", "nieuw", "eerst", "daarna", "graag", "svp",
    // English
    "the", "a", "an", "to", "for", "of", "with", "at", "on", "and", "or", "then", "also", "all",
    "this", "that", "these", "those", "it", "its", "new", "your", "our", "their", "please",
};

/// Synonyms and inflected forms mapped to one canonical word (several words separated by a
/// space). Looked up for the word itself and for its reduced form, so "klanten" -> "klant"
/// -> customer and "versturen" -> "verstuur" -> send need one entry each.
constexpr std::pair<std::string_view, std::string_view> kSynonyms[] = {
    // quote
    {"quote", "quote"}, {"quotation", "quote"}, {"proposal", "quote"}, {"offer", "quote"},
    {"offerte", "quote"}, {"voorstel", "quote"}, {"prijsopgave", "quote"},
    {"prijsofferte", "quote"},
    // customer (lead and prospect are stages of their own in sales: never merged)
    {"customer", "customer"}, {"client", "customer"}, {"klant", "customer"},
    {"afnemer", "customer"},
    // call; nabellen is calling again, i.e. a follow-up call
    {"call", "call"}, {"phone", "call"}, {"telephone", "call"}, {"ring", "call"},
    {"bel", "call"}, {"opbel", "call"}, {"telefoneer", "call"},
    {"nabel", "followup call"}, {"callback", "callback"}, {"terugbel", "callback"},
    // send
    {"send", "send"}, {"mail", "send"}, {"email", "send"}, {"stuur", "send"},
    {"verstuur", "send"}, {"verzend", "send"}, {"zend", "send"}, {"opstuur", "send"},
    {"toestuur", "send"}, {"toezend", "send"}, {"uitstuur", "send"},
    // make
    {"make", "make"}, {"prepare", "make"}, {"create", "make"}, {"write", "make"},
    {"draft", "make"}, {"maak", "make"}, {"opmaak", "make"}, {"aanmaak", "make"},
    {"opstel", "make"}, {"schrijf", "make"},
    // check ("review" only as the leading verb, see similarityKey)
    {"check", "check"}, {"verify", "check"}, {"controleer", "check"}, {"nakijk", "check"},
    {"verifieer", "check"},
    // invoice
    {"invoice", "invoice"}, {"bill", "invoice"}, {"billing", "invoice"},
    {"invoicing", "invoice"}, {"factuur", "invoice"}, {"factureer", "invoice"},
    // order
    {"order", "order"}, {"bestelling", "order"}, {"bestel", "order"},
    // appointment
    {"appointment", "appointment"}, {"meeting", "appointment"}, {"meet", "appointment"},
    {"afspraak", "appointment"},
    // visit
    {"visit", "visit"}, {"bezoek", "visit"},
    // plan
    {"plan", "plan"}, {"schedule", "plan"}, {"inplan", "plan"},
    // record
    {"record", "record"}, {"log", "record"}, {"register", "record"}, {"enter", "record"},
    {"entry", "record"}, {"capture", "record"}, {"registreer", "record"},
    {"invoer", "record"}, {"vastleg", "record"}, {"noteer", "record"},
    // follow up
    {"followup", "followup"}, {"opvolg", "followup"},
    // negations written with an apostrophe ("don't" -> "don t" -> "dont")
    {"dont", "do not"}, {"doesnt", "do not"}, {"cant", "can not"}, {"cannot", "can not"},
    {"wont", "will not"},
    // English and Dutch words for the same thing, so mixed-language processes match too
    {"approve", "approve"}, {"goedkeur", "approve"},
    {"confirm", "confirm"}, {"bevestig", "confirm"},
    {"sign", "sign"}, {"onderteken", "sign"}, {"teken", "sign"},
    {"deliver", "deliver"}, {"lever", "deliver"},
    {"delivery", "delivery"}, {"levering", "delivery"},
    {"pay", "pay"}, {"betaal", "pay"},
    {"payment", "payment"}, {"betaling", "payment"},
    {"discount", "discount"}, {"korting", "discount"},
    {"complaint", "complaint"}, {"klacht", "complaint"},
    {"stock", "stock"}, {"inventory", "stock"}, {"voorraad", "stock"},
    {"credit", "credit"}, {"krediet", "credit"},
    {"price", "price"}, {"prijs", "price"},
    {"cancel", "cancel"}, {"annuleer", "cancel"},
    {"supplier", "supplier"}, {"vendor", "supplier"}, {"leverancier", "supplier"},
    {"receive", "receive"}, {"ontvang", "receive"},
    {"request", "request"}, {"aanvraag", "request"},
    {"complete", "complete"}, {"finish", "complete"}, {"afrond", "complete"},
    {"update", "update"}, {"bijwerk", "update"},
    {"calculate", "calculate"}, {"bereken", "calculate"},
    {"reject", "reject"}, {"afwijs", "reject"},
    {"resolve", "resolve"}, {"oplos", "resolve"},
    {"reminder", "reminder"}, {"herinnering", "reminder"},
};

/// English phrasal verbs read as one word.
struct Phrase {
    std::string_view first;
    std::string_view second;
    std::string_view word;
};
constexpr Phrase kPhrases[] = {
    {"draw", "up", "make"},       {"write", "up", "make"},      {"follow", "up", "followup"},
    {"set", "up", "setup"},       {"call", "up", "call"},       {"call", "back", "callback"},
    {"ring", "up", "call"},       {"ring", "back", "callback"}, {"phone", "up", "call"},
    {"log", "in", "login"},       {"sign", "in", "login"},      {"sign", "up", "signup"},
    {"look", "up", "lookup"},     {"pick", "up", "pickup"},     {"fill", "in", "fill"},
    {"fill", "out", "fill"},      {"send", "out", "send"},      {"hand", "over", "handover"},
};

/// Particles of Dutch separable verbs ("stel de offerte op" = "offerte opstellen"). A particle
/// is joined to the leading verb only when the joined word is a known synonym.
constexpr std::string_view kParticles[] = {"op", "na", "in", "af", "aan", "uit", "door",
                                           "mee", "terug", "toe", "vast", "bij", "over", "langs"};

/// Plurals and forms the rules in reducePlural would get wrong.
constexpr std::pair<std::string_view, std::string_view> kIrregular[] = {
    {"statuses", "status"}, {"bonuses", "bonus"}, {"analyses", "analysis"}, {"kpis", "kpi"},
    {"apis", "api"}, {"people", "person"}, {"children", "child"}, {"men", "man"},
    {"women", "woman"}, {"criteria", "criterion"},
    // Dutch: a short vowel that stays short, or an -e noun with an -n plural
    {"dagen", "dag"}, {"wegen", "weg"}, {"bedragen", "bedrag"}, {"steden", "stad"},
    {"leden", "lid"}, {"schepen", "schip"}, {"glazen", "glas"}, {"paden", "pad"},
    {"sloten", "slot"}, {"verboden", "verbod"}, {"gebreken", "gebrek"}, {"prijzen", "prijs"},
    {"offerten", "offerte"}, {"prijsopgaven", "prijsopgave"}, {"opgaven", "opgave"},
    {"kinderen", "kind"},
};

/// Singular words that merely end like a plural (or like a Dutch -en form).
constexpr std::string_view kKeepWhole[] = {
    // English
    "process", "business", "address", "access", "success", "progress", "status", "bonus",
    "campus", "focus", "analysis", "basis", "crisis", "series", "species", "news", "canvas",
    "atlas", "alias", "bias", "saas", "always", "perhaps", "whereas", "thus", "plus", "minus",
    "chaos", "ethos", "lens", "yes", "this", "its", "has", "was", "listen", "often", "token",
    "happen", "garden", "kitchen", "golden", "shorten", "lighten", "threaten", "strengthen",
    "given", "taken", "broken", "chosen", "spoken", "written", "open", "even", "seven", "eleven",
    "citizen", "dozen",
    // Dutch
    "prijs", "reis", "huis", "kruis", "koers", "wens", "kans", "dans", "vers", "mens", "adres",
    "proces", "kennis", "eens", "ons", "tas", "les", "kas", "pas", "gas", "kaas", "fles", "bos",
    "kompas", "gratis",
};

/// Everything the tables say about one word, so each word is looked up once.
struct WordInfo {
    std::string_view synonym;  ///< canonical word(s); empty when none
    std::string_view singular; ///< singular of an irregular plural; empty when none
    bool filler = false;
    bool particle = false;
    bool keepWhole = false;
    bool phraseStart = false;
};

/// FNV-1a: the words are short, so an inlined byte loop beats the library's general hash.
struct WordHash {
    std::size_t operator()(std::string_view word) const noexcept
    {
        std::uint64_t h = 14695981039346656037ull;
        for (const char c : word)
            h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
        return static_cast<std::size_t>(h);
    }
};

using Dictionary = std::unordered_map<std::string_view, WordInfo, WordHash>;

const Dictionary& dictionary()
{
    static const Dictionary words = [] {
        Dictionary d;
        for (std::string_view w : kFillers)
            d[w].filler = true;
        for (const auto& [w, canonical] : kSynonyms)
            d[w].synonym = canonical;
        for (const Phrase& p : kPhrases)
            d[p.first].phraseStart = true;
        for (std::string_view w : kParticles)
            d[w].particle = true;
        for (const auto& [w, singular] : kIrregular)
            d[w].singular = singular;
        for (std::string_view w : kKeepWhole)
            d[w].keepWhole = true;
        return d;
    }();
    return words;
}

const WordInfo* lookUp(std::string_view word)
{
    const Dictionary& d = dictionary();
    const auto it = d.find(word);
    return it == d.end() ? nullptr : &it->second;
}

// ---------------------------------------------------------------------------------------------
// Plural reduction
// ---------------------------------------------------------------------------------------------

bool endsWith(std::string_view word, std::string_view tail)
{
    return word.size() >= tail.size() && word.substr(word.size() - tail.size()) == tail;
}

bool isVowel(char c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

bool isConsonant(char c)
{
    return c >= 'a' && c <= 'z' && !isVowel(c);
}

/// Dutch stems whose last "e" is unstressed (leveren -> lever, not "leveer").
bool hasSchwaEnding(std::string_view stem)
{
    static constexpr std::string_view endings[] = {
        "en", "lever", "ander", "beter", "inner", "luister", "wonder", "order", "onder", "over",
        "artikel", "middel", "regel", "wissel", "handel", "twijfel", "winkel", "titel", "enkel",
        "sleutel", "kabel", "tabel",
    };
    for (std::string_view e : endings)
        if (endsWith(stem, e))
            return true;
    return false;
}

/// Dutch -en plural or infinitive (already cut off) back to the singular or imperative:
/// klant(en), bel(len) -> bel, factur(en) -> factuur, briev(en) -> brief, prijz(en) -> prijs.
/// An open syllable ("fac-tu-ren") means a long vowel, written double in the closed singular.
void reduceDutchEn(std::string& stem)
{
    char& last = stem.back();
    if (last == 'z')
        last = 's';
    else if (last == 'v')
        last = 'f';
    const std::size_t n = stem.size();
    if (n >= 2 && stem[n - 1] == stem[n - 2] && isConsonant(stem[n - 1])) {
        stem.pop_back();
        return;
    }
    const char vowel = n >= 3 ? stem[n - 2] : '\0';
    if (n >= 3 && isConsonant(stem[n - 1]) && stem[n - 1] != 'w' && stem[n - 1] != 'j' &&
        (vowel == 'a' || vowel == 'e' || vowel == 'o' || vowel == 'u') && !isVowel(stem[n - 3]) &&
        !(vowel == 'e' && hasSchwaEnding(stem)))
        stem.insert(n - 2, 1, vowel);
}

/// Plural (and Dutch -en) reduction in place; info is the word's dictionary entry or null.
/// Returns whether the word changed. Exactness matters less than consistency: singular and
/// plural must reduce to the same string, two different words must not.
bool reducePlural(std::string& s, const WordInfo* info)
{
    if (info != nullptr && !info->singular.empty()) {
        s = info->singular;
        return true;
    }
    if (s.size() < 4 || (info != nullptr && info->keepWhole))
        return false;

    bool cut = false;
    if (s.back() == 's') { // only look closer at words that can be plurals
        cut = true;
        if (endsWith(s, "ies") && s.size() > 4)
            s.replace(s.size() - 3, 3, "y"); // companies -> company
        else if (endsWith(s, "sses") || endsWith(s, "shes") || endsWith(s, "ches") || endsWith(s, "xes"))
            s.resize(s.size() - 2); // processes -> process, batches -> batch
        else if (!endsWith(s, "ss") && !endsWith(s, "us") && !endsWith(s, "is"))
            s.pop_back(); // orders, offertes, quotes (status, analysis, address stay)
        else
            cut = false;
    }

    if (s.size() >= 5 && endsWith(s, "en")) {
        const WordInfo* left = cut ? lookUp(s) : info;
        if (left == nullptr || !left->keepWhole) {
            s.resize(s.size() - 2);
            reduceDutchEn(s);
            cut = true;
        }
    }
    // Dutch -ie nouns take -s ("acties") where English -y nouns take -ies: one form for both.
    if (s.size() >= 4 && endsWith(s, "ie")) {
        s.replace(s.size() - 2, 2, "y");
        cut = true;
    }
    return cut;
}

// ---------------------------------------------------------------------------------------------
// Similarity key steps
// ---------------------------------------------------------------------------------------------

template <typename F>
void forEachWord(std::string_view text, F&& f)
{
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find(' ', start);
        if (end == std::string_view::npos)
            end = text.size();
        if (end > start)
            f(text.substr(start, end - start));
        start = end + 1;
    }
}

/// A word of the name with its dictionary entry (null when the tables do not know it).
struct Word {
    std::string text;
    const WordInfo* info = nullptr;

    void set(std::string newText)
    {
        text = std::move(newText);
        info = lookUp(text);
    }
};

/// The exact key splits "offerte's" and "don't" at the apostrophe; glue the tail back on so the
/// plural rules and the negation table see one word. A lone "t" after a word not ending in "n"
/// is Dutch "'t" (het) and is left for the filler list.
std::vector<Word> splitAndGlue(std::string_view key)
{
    std::vector<Word> words;
    words.reserve(8);
    forEachWord(key, [&words](std::string_view w) {
        if (!words.empty() && (w == "s" || (w == "t" && words.back().text.back() == 'n')))
            words.back().text += w;
        else
            words.push_back(Word{std::string(w), nullptr});
    });
    for (Word& w : words)
        w.info = lookUp(w.text);
    return words;
}

void joinPhrasalVerbs(std::vector<Word>& words)
{
    std::size_t out = 0;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (i + 1 < words.size()) {
            Word& next = words[i + 1];
            // "e-mail", "e-mailen", "e-mails" -> "email", "emailen", "emails"
            if (words[i].text == "e" && next.text.compare(0, 4, "mail") == 0) {
                next.set("e" + next.text);
                continue;
            }
            if (words[i].info != nullptr && words[i].info->phraseStart) {
                const Phrase* found = nullptr;
                for (const Phrase& p : kPhrases)
                    if (p.first == words[i].text && p.second == next.text)
                        found = &p;
                if (found != nullptr) {
                    next.set(std::string(found->word));
                    continue;
                }
            }
        }
        if (out != i)
            words[out] = std::move(words[i]); // never self-move: it may empty the word
        ++out;
    }
    words.resize(out);
}

/// Dutch imperatives put the verb first and its particle later ("bel de klant na"), so a
/// particle is tried against the first word only: linear, even for a hostile name of
/// thousands of particles.
void joinDutchSeparableVerbs(std::vector<Word>& words)
{
    for (std::size_t j = 1; j < words.size(); ++j) {
        if (words[j].info == nullptr || !words[j].info->particle)
            continue;
        std::string joined = words[j].text + words.front().text;
        const WordInfo* verb = lookUp(joined);
        if (verb != nullptr && !verb->synonym.empty()) {
            words.front().text = std::move(joined);
            words.front().info = verb;
            words.erase(words.begin() + static_cast<std::ptrdiff_t>(j));
            return; // one particle per verb
        }
    }
}

bool isFiller(const Word& w)
{
    return w.info != nullptr && w.info->filler;
}

} // namespace

std::string StepName::exactKey(std::string_view name)
{
    // The key is never longer than the name: every output byte stands for its own input byte
    // (a folded letter for its two UTF-8 bytes, a space for the separator before the word).
    std::string key(name.size(), '\0');
    char* const out = key.data();
    std::size_t length = 0;
    bool separated = false; // a separator came since the last letter or digit
    const auto startWord = [out, &length, &separated] {
        if (separated && length > 0)
            out[length++] = ' ';
        separated = false;
    };

    std::size_t pos = 0;
    while (pos < name.size()) {
        // Fast path: names are mostly ASCII.
        const char ascii = name[pos];
        if ((ascii >= 'a' && ascii <= 'z') || (ascii >= '0' && ascii <= '9')) {
            startWord();
            out[length++] = ascii;
            ++pos;
            continue;
        }
        if (ascii >= 'A' && ascii <= 'Z') {
            startWord();
            out[length++] = static_cast<char>(ascii - 'A' + 'a');
            ++pos;
            continue;
        }
        if (ascii == ' ') {
            separated = true;
            ++pos;
            continue;
        }
        std::uint32_t cp = decodeNext(name, pos);
        if (cp == kInvalid || (cp >= 0x80u && isIgnorable(cp)))
            continue;
        if (cp >= 0xFF01u && cp <= 0xFF5Eu)
            cp -= 0xFEE0u; // full-width forms to ASCII
        if (cp < 0x80u) {
            char c = static_cast<char>(cp);
            if (c >= 'A' && c <= 'Z')
                c = static_cast<char>(c - 'A' + 'a');
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                startWord();
                out[length++] = c;
            } else {
                separated = true;
            }
        } else if (cp >= 0xC0u && cp < 0x180u) {
            if (const char* folded = kLatinFold[cp - 0xC0u]) {
                startWord();
                for (const char* f = folded; *f != '\0'; ++f)
                    out[length++] = *f;
            } else {
                separated = true;
            }
        } else if (isSeparator(cp)) {
            separated = true;
        } else {
            // Other scripts stay as they are: Greek or Cyrillic names must not all become "".
            startWord();
            length += writeUtf8(cp, out + length);
        }
    }
    key.resize(length);
    return key;
}

std::string StepName::similarityKey(std::string_view name)
{
    const std::string exact = exactKey(name);
    std::vector<Word> words = splitAndGlue(exact);
    if (words.empty())
        return {};
    joinPhrasalVerbs(words);
    joinDutchSeparableVerbs(words);
    // Drop filler words, unless nothing else is left ("En dan?" still needs a key).
    if (!std::all_of(words.begin(), words.end(), isFiller))
        words.erase(std::remove_if(words.begin(), words.end(), isFiller), words.end());
    // "Review the quote" is checking it; in "Account review" the word names a meeting.
    if (words.front().text == "review")
        words.front().set("check");

    // Canonical words as views into the static tables or into words (which no longer grows).
    std::vector<std::string_view> canonical;
    canonical.reserve(words.size() + 2);
    const auto addSynonym = [&canonical](std::string_view synonym) {
        forEachWord(synonym, [&canonical](std::string_view w) { canonical.push_back(w); });
    };
    for (Word& w : words) {
        if (w.info != nullptr && !w.info->synonym.empty()) {
            addSynonym(w.info->synonym);
            continue;
        }
        const WordInfo* reduced = reducePlural(w.text, w.info) ? lookUp(w.text) : nullptr;
        if (reduced != nullptr && !reduced->synonym.empty())
            addSynonym(reduced->synonym);
        else
            canonical.push_back(w.text);
    }

    // Word order and repetition do not matter: "E-mail sturen" is "send send" -> "send".
    std::sort(canonical.begin(), canonical.end());
    canonical.erase(std::unique(canonical.begin(), canonical.end()), canonical.end());
    std::string key;
    key.reserve(exact.size() + 16);
    for (std::string_view w : canonical) {
        if (!key.empty())
            key.push_back(' ');
        key += w;
    }
    return key;
}

} // namespace salesprocess
