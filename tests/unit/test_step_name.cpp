#include "core/StepName.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using salesprocess::StepName;

namespace {

/// One labelled pair of step names: should they be reported as (near-)duplicates?
struct LabelledPair {
    const char* a;
    const char* b;
    bool match;
};

constexpr bool Match = true;
constexpr bool Differ = false;

const std::vector<LabelledPair> dutchPairs = {
    // should match
    {"Offerte opstellen", "Offertes opstellen", Match},
    {"Klant bellen", "Bel de klant", Match},
    {"Offerte opstellen", "Offerte maken", Match},
    {"Offerte versturen", "Verstuur de offerte", Match},
    {"Offerte versturen", "Offerte mailen", Match},
    {"Factuur sturen", "Facturen versturen", Match},
    {"Afspraak inplannen", "Plan een afspraak in", Match},
    {"Klantgegevens vastleggen", "Klantgegevens registreren", Match},
    {"Order invoeren", "Bestelling invoeren", Match},
    {"Klant bezoeken", "Bezoek aan de klant", Match},
    {"Offerte controleren", "Offerte nakijken", Match},
    {"Klanten nabellen", "Klant nabellen", Match},
    {"Prijsopgave maken", "Offerte opstellen", Match},
    {"Voorstel schrijven voor de klant", "Offerte opstellen voor klant", Match},
    {"Afnemer bellen", "Klant opbellen", Match},
    {"Telefoneren met klant", "Klant bellen", Match},
    {"Opvolgen van de offerte", "Offerte opvolgen", Match},
    {"Bestellingen controleren", "Controleer de orders", Match},
    {"Afspraak maken met klant", "Afspraak met de klant maken", Match},
    {"Kredietwaardigheid checken", "Kredietwaardigheid controleren", Match},
    {"Offerte's versturen", "Offerte verzenden", Match},
    {"Even de klant bellen", "Klant bellen", Match},
    {"Klant\nbellen", "Klant bellen", Match},
    {"Order bevestigen", "Orders bevestigen", Match},
    {"E-mail sturen naar klant", "Klant mailen", Match},
    {"Leveringen plannen", "Levering inplannen", Match},
    {"Facturen controleren", "Factuur nakijken", Match},
    {"Stel de offerte op", "Offerte opstellen", Match},
    {"Kijk de offerte na", "Offerte controleren", Match},
    {"Bel de klant na", "Klant nabellen", Match},
    {"Voer de order in", "Order invoeren", Match},
    {"Offerte  ópstellen!", "offerte opstellen", Match},
    // must not match
    {"Offerte opstellen", "Offerte versturen", Differ},
    {"Order invoeren", "Order bevestigen", Differ},
    {"Klant bellen", "Klant bezoeken", Differ},
    {"Klant bellen", "Leverancier bellen", Differ},
    {"Offerte versturen", "Factuur versturen", Differ},
    {"Offerte maken", "Offerte controleren", Differ},
    {"Afspraak inplannen", "Afspraak bevestigen", Differ},
    {"Factuur opstellen", "Factuur betalen", Differ},
    {"Klant bellen", "Klant niet bellen", Differ},
    {"Prospect bellen", "Klant bellen", Differ},
    {"Lead registreren", "Prospect registreren", Differ},
    {"Offerte opvolgen", "Offerte opstellen", Differ},
    {"Klant nabellen", "Klant bellen", Differ},
    {"Bestelling annuleren", "Bestelling invoeren", Differ},
    {"Contract opstellen", "Contract ondertekenen", Differ},
    {"Korting berekenen", "Korting goedkeuren", Differ},
    {"Voorraad controleren", "Krediet controleren", Differ},
    {"Offerte goedkeuren", "Offerte afwijzen", Differ},
    {"Levering plannen", "Levering controleren", Differ},
    {"Betaling ontvangen", "Betaling controleren", Differ},
    {"Klant bellen voor levering", "Klant bellen na levering", Differ},
    {"Offerte versturen", "Offerte ontvangen", Differ},
    {"Klacht registreren", "Klacht oplossen", Differ},
    {"Demo geven", "Demo plannen", Differ},
    {"Offerte aanpassen", "Offerte opstellen", Differ},
    {"Geen offerte versturen", "Offerte versturen", Differ},
    {"Offerte aanvragen", "Offerte versturen", Differ},
    {"Klant informeren", "Klant bellen", Differ},
    {"Contract verlengen", "Contract opzeggen", Differ},
    {"Order leveren", "Order factureren", Differ},
};

const std::vector<LabelledPair> englishPairs = {
    // should match
    {"Send the quote", "Send quotation", Match},
    {"Call customer", "Phone the client", Match},
    {"Prepare quote", "Draw up a quotation", Match},
    {"Create proposal", "Prepare quote", Match},
    {"Send invoice", "Email the invoice", Match},
    {"Schedule meeting", "Plan appointment", Match},
    {"Check credit", "Verify credit", Match},
    {"Follow up quote", "Follow-up on the quote", Match},
    {"Register order", "Enter order", Match},
    {"Visit customer", "Visit customers", Match},
    {"Send quotes", "Send the quote", Match},
    {"Log call", "Record the call", Match},
    {"Review contract", "Check the contract", Match},
    {"Update CRM record", "Update record in CRM", Match},
    {"Check customer address", "Check addresses of customers", Match},
    {"Process returns", "Process return", Match},
    {"Invoice the customer", "Bill client", Match},
    {"Write proposal", "Prepare offer", Match},
    {"Call the client, then send quote", "Send quote and call client", Match},
    {"Ring customer", "Call up the customer", Match},
    {"Set up demo", "Setup demo", Match},
    {"Send e-mail to client", "Email customer", Match},
    {"Check  stock  levels", "check stock-levels", Match},
    {"Confirm the order", "Confirm orders", Match},
    {"Schedule follow-up call", "Plan a follow up call", Match},
    {"Check status of deliveries", "Check delivery status", Match},
    {"Credit check", "Check credit", Match},
    {"Don't call customer", "Do not call the customer", Match},
    {"Review business processes", "Check business process", Match},
    {"Update customer addresses", "Update customer address", Match},
    {"Qualify leads", "Qualify lead", Match},
    // must not match
    {"Send the quote", "Revise the quote", Differ},
    {"Check credit", "Check stock", Differ},
    {"Send quote", "Prepare quote", Differ},
    {"Call customer", "Visit customer", Differ},
    {"Call lead", "Call prospect", Differ},
    {"Send invoice", "Pay invoice", Differ},
    {"Schedule meeting", "Cancel meeting", Differ},
    {"Approve discount", "Calculate discount", Differ},
    {"Enter order", "Confirm order", Differ},
    {"Call customer", "Do not call customer", Differ},
    {"Ship order", "Cancel order", Differ},
    {"Account review", "Check account", Differ},
    {"Create account", "Close account", Differ},
    {"Send contract", "Sign contract", Differ},
    {"Process payment", "Process refund", Differ},
    {"Update address", "Check address", Differ},
    {"Call supplier", "Call customer", Differ},
    {"Follow up quote", "Send quote", Differ},
    {"Qualify lead", "Disqualify lead", Differ},
    {"Call customer before delivery", "Call customer after delivery", Differ},
    {"Record complaint", "Resolve complaint", Differ},
    {"Prepare invoice", "Prepare quote", Differ},
    {"Send reminder", "Send invoice", Differ},
    {"Listen to customer", "List customers", Differ},
    {"Check stock", "Order stock", Differ},
    {"Open ticket", "Close ticket", Differ},
    {"Negotiate price", "Approve price", Differ},
    {"Register lead", "Convert lead", Differ},
    {"Send order confirmation", "Send order", Differ},
    {"Renew contract", "Terminate contract", Differ},
};

std::size_t countLabel(const std::vector<LabelledPair>& pairs, bool match)
{
    std::size_t n = 0;
    for (const LabelledPair& p : pairs)
        if (p.match == match)
            ++n;
    return n;
}

void checkPairs(const std::vector<LabelledPair>& pairs)
{
    for (const LabelledPair& p : pairs) {
        const std::string simA = StepName::similarityKey(p.a);
        const std::string simB = StepName::similarityKey(p.b);
        INFO("\"" << p.a << "\" -> [" << simA << "]  /  \"" << p.b << "\" -> [" << simB << "]");
        if (p.match)
            CHECK((StepName::exactKey(p.a) == StepName::exactKey(p.b) || simA == simB));
        else
            CHECK(simA != simB);
    }
}

} // namespace

TEST_CASE("Labelled Dutch step-name pairs all come out right", "[duplicates]")
{
    REQUIRE(dutchPairs.size() >= 40);
    CHECK(countLabel(dutchPairs, Match) >= 20);
    CHECK(countLabel(dutchPairs, Differ) >= 20);
    checkPairs(dutchPairs);
}

TEST_CASE("Labelled English step-name pairs all come out right", "[duplicates]")
{
    REQUIRE(englishPairs.size() >= 40);
    CHECK(countLabel(englishPairs, Match) >= 20);
    CHECK(countLabel(englishPairs, Differ) >= 20);
    checkPairs(englishPairs);
}

TEST_CASE("exactKey folds case, spacing and punctuation", "[duplicates]")
{
    CHECK(StepName::exactKey("Offerte opstellen") == "offerte opstellen");
    CHECK(StepName::exactKey("OFFERTE OPSTELLEN") == "offerte opstellen");
    CHECK(StepName::exactKey("  Offerte   opstellen  ") == "offerte opstellen");
    CHECK(StepName::exactKey("Offerte, opstellen.") == "offerte opstellen");
    CHECK(StepName::exactKey("Send (the) quote -- now!") == "send the quote now");
    CHECK(StepName::exactKey("follow-up/check") == "follow up check");
    CHECK(StepName::exactKey("Stap 2: bel klant #3") == "stap 2 bel klant 3");
}

TEST_CASE("exactKey treats line breaks, tabs and Unicode spaces as one space", "[duplicates]")
{
    CHECK(StepName::exactKey("Klant\nbellen") == "klant bellen");
    CHECK(StepName::exactKey("Klant\r\n\r\nbellen") == "klant bellen");
    CHECK(StepName::exactKey("Klant\tbellen") == "klant bellen");
    CHECK(StepName::exactKey("Klant\xC2\xA0"
                             "bellen") == "klant bellen"); // no-break space
    CHECK(StepName::exactKey("Klant\xE2\x80\xA8"
                             "bellen") == "klant bellen"); // U+2028 line separator
    CHECK(StepName::exactKey("Klant \xE2\x80\x94 bellen") == "klant bellen"); // em dash
    CHECK(StepName::exactKey("\xE2\x80\x9C"
                             "Quote\xE2\x80\x9D") == "quote"); // curly quotes
    CHECK(StepName::exactKey("Quote \xF0\x9F\x93\x9E call") == "quote call"); // emoji
}

TEST_CASE("exactKey folds diacritics of Latin-1 and Latin Extended-A", "[duplicates]")
{
    CHECK(StepName::exactKey("Offerte  ópstellen!") == "offerte opstellen");
    CHECK(StepName::exactKey("Ééntje ÈÊË ïÏ öÖ üÜ çÇ ñÑ") == "eentje eee ii oo uu cc nn");
    CHECK(StepName::exactKey("ĳsje Ĳzer") == "ijsje ijzer");
    CHECK(StepName::exactKey("Straße") == "strasse");
    CHECK(StepName::exactKey("Æble Øre Åland") == "aeble ore aland");
    CHECK(StepName::exactKey("Łódź Škoda Œuvre") == "lodz skoda oeuvre");
    CHECK(StepName::exactKey("categorieën") == "categorieen");
    CHECK(StepName::exactKey("2 × 3 ÷ 4") == "2 3 4");
    // Decomposed accents (combining marks) fold like precomposed ones.
    CHECK(StepName::exactKey("Offe\xCC\x81rte") == "offerte");
    // Soft hyphen joins, full-width letters become ASCII.
    CHECK(StepName::exactKey("Of\xC2\xAD"
                             "ferte") == "offerte");
    CHECK(StepName::exactKey("\xEF\xBC\xB1uote") == "quote");
}

TEST_CASE("exactKey of empty and punctuation-only names is empty", "[duplicates]")
{
    CHECK(StepName::exactKey("").empty());
    CHECK(StepName::exactKey("   ").empty());
    CHECK(StepName::exactKey("!?.,;:-()[]{}'\"").empty());
    CHECK(StepName::exactKey("\n\t\r").empty());
    CHECK(StepName::exactKey("\xE2\x80\x94\xE2\x80\xA6").empty());
    CHECK(StepName::similarityKey("").empty());
    CHECK(StepName::similarityKey("...").empty());
}

TEST_CASE("exactKey drops invalid UTF-8 safely", "[duplicates]")
{
    CHECK(StepName::exactKey("Off\xFF"
                             "erte") == "offerte");
    CHECK(StepName::exactKey("Offerte\xC3") == "offerte"); // truncated at the end
    CHECK(StepName::exactKey("Offerte\xE2\x82") == "offerte");
    CHECK(StepName::exactKey("Offerte\xF0\x9F\x93") == "offerte");
    CHECK(StepName::exactKey("\x80\x80Offerte") == "offerte");              // lone continuations
    CHECK(StepName::exactKey("Off\xC0\xAF"
                             "erte") == "offerte");                         // overlong "/"
    CHECK(StepName::exactKey("Off\xED\xA0\x80"
                             "erte") == "offerte");                         // surrogate
    CHECK(StepName::exactKey("Off\xF5\x80\x80\x80"
                             "erte") == "offerte");                         // beyond U+10FFFF
    CHECK(StepName::exactKey("\xC3") .empty());
    // A name in Latin-1 instead of UTF-8 still gives a key (with the accented letter lost).
    CHECK(StepName::exactKey("Caf\xE9 bellen") == "caf bellen");
    // Embedded NUL bytes are separators, never the end of the name.
    CHECK(StepName::exactKey(std::string_view("Klant\0bellen", 12)) == "klant bellen");

    // Every byte value in every position: no crash and valid output bytes only.
    std::string junk;
    for (int i = 0; i < 256; ++i)
        junk.push_back(static_cast<char>(i));
    for (std::size_t cut = 0; cut <= junk.size(); cut += 7) {
        const std::string key = StepName::exactKey(std::string_view(junk).substr(cut));
        CHECK(StepName::exactKey(key) == key);
        CHECK_NOTHROW(StepName::similarityKey(std::string_view(junk).substr(cut)));
    }
}

TEST_CASE("exactKey keeps letters of other scripts", "[duplicates]")
{
    CHECK(StepName::exactKey("Позвонить клиенту") == "Позвонить клиенту");
    CHECK_FALSE(StepName::exactKey("見積書を送る").empty());
}

TEST_CASE("exactKey is idempotent, so similarityKey can take an exact key", "[duplicates]")
{
    for (const char* name : {"Offerte  ópstellen!", "Offerte's versturen", "Don't call customer",
                             "E-mail sturen", "Follow-up call", "Ĳzer"}) {
        const std::string exact = StepName::exactKey(name);
        CHECK(StepName::exactKey(exact) == exact);
        CHECK(StepName::similarityKey(exact) == StepName::similarityKey(name));
    }
}

TEST_CASE("similarityKey reduces plurals with care", "[duplicates]")
{
    const auto same = [](const char* a, const char* b) {
        return StepName::similarityKey(a) == StepName::similarityKey(b);
    };
    CHECK(same("companies", "company"));
    CHECK(same("processes", "process"));
    CHECK(same("businesses", "business"));
    CHECK(same("addresses", "address"));
    CHECK(same("statuses", "status"));
    CHECK(same("batches", "batch"));
    CHECK(same("klanten", "klant"));
    CHECK(same("offertes", "offerte"));
    CHECK(same("offerte's", "offerte"));
    CHECK(same("orders", "order"));
    CHECK(same("facturen", "factuur"));
    CHECK(same("afspraken", "afspraak"));
    CHECK(same("gesprekken", "gesprek"));
    CHECK(same("prijzen", "prijs"));
    CHECK(same("acties", "actie"));
    CHECK(same("kassa's", "kassa"));
    // Singular words that only look like plurals stay whole.
    CHECK(StepName::similarityKey("status") == "status");
    CHECK(StepName::similarityKey("process") == "process");
    CHECK(StepName::similarityKey("analysis") == "analysis");
    CHECK(StepName::similarityKey("kennis") == "kennis");
    CHECK(StepName::similarityKey("bus") == "bus");
}

TEST_CASE("similarityKey maps synonyms and keeps what carries meaning", "[duplicates]")
{
    CHECK(StepName::similarityKey("Send the quote") == "quote send");
    CHECK(StepName::similarityKey("Offerte versturen") == StepName::similarityKey("Send quote"));
    CHECK(StepName::similarityKey("Klant bellen") == StepName::similarityKey("Call the customer"));
    CHECK(StepName::similarityKey("Klant nabellen") == StepName::similarityKey("Follow-up call to client"));
    // Negations stay.
    CHECK(StepName::similarityKey("Do not call") != StepName::similarityKey("Call"));
    CHECK(StepName::similarityKey("Geen offerte") != StepName::similarityKey("Offerte"));
    // A lead is not a prospect, and "review" as a noun is no "check".
    CHECK(StepName::similarityKey("Lead") != StepName::similarityKey("Prospect"));
    CHECK(StepName::similarityKey("Account review") != StepName::similarityKey("Check account"));
    CHECK(StepName::similarityKey("Review account") == StepName::similarityKey("Check account"));
    // Digits stay: step 1 is not step 2.
    CHECK(StepName::similarityKey("Call 1") != StepName::similarityKey("Call 2"));
    // A name made of filler words only still has a key.
    CHECK_FALSE(StepName::similarityKey("En dan?").empty());
    CHECK(StepName::similarityKey("En dan?") != StepName::similarityKey("Of dit"));
}
