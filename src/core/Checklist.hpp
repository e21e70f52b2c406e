#pragma once
#include "Process.hpp"

#include <string>
#include <vector>

namespace salesprocess {

/// What one team's (or one person's) desk checklist says: the team's steps grouped by phase in
/// process order, who hands the work over and to whom it goes next, and the routing cheat sheet.
/// Every text is ready to print in the process language; ChecklistLayout puts it on pages.
struct Checklist {
    /// Work passing between this step and another one: an arrow seen from the checklist's team.
    struct Handover {
        std::string stepId;   ///< the other step
        std::string stepName;
        std::string teamId;   ///< the other step's team
        std::string teamName;
        std::string label;    ///< the arrow's label: a decision's outcome ("ja", "akkoord")
        std::string criteria; ///< what must be true when the work passes on
        bool otherTeam = false; ///< the other step belongs to another team than the checklist's
        bool isReturn = false;
        /// "Van Binnendienst: Lead kwalificeren", "Naar Financiën: Kredietlimiet toetsen",
        /// for a decision "kredietwaardig → Orderbevestiging versturen (Orderverwerking)".
        std::string text;
        /// "Overdracht als: ..." / "Handover when: ...", empty without criteria.
        std::string criteriaText;
    };

    /// One step to tick off.
    struct Item {
        std::string stepId;
        StepKind kind = StepKind::Activity;
        std::string name;  ///< the step's name as written
        /// What is printed beside the check box: the name, for a decision the question
        /// ("Kredietlimiet toetsen?").
        std::string text;
        bool joint = false;      ///< joint work: supporting teams join in, or this team supports
        bool supporting = false; ///< this team supports; another team owns the step
        std::string ownerTeamId; ///< the step's team
        std::vector<std::string> partnerTeamIds; ///< the other teams of the joint work
        std::vector<std::string> segmentIds;     ///< set when the step is for some segments only
        /// Short tags in reading order: kind ("Startpunt"), segment ("Alleen voor: Prospect"),
        /// joint work ("Samenwerking met Binnendienst"), recurring ("Terugkerend").
        std::vector<std::string> markers;
        std::vector<std::string> lines; ///< the step's own checklist lines
        std::vector<Handover> incoming; ///< from other teams (and loops back into the step)
        /// Where the work goes next: every outcome of a decision; for other steps the steps of
        /// other teams, and steps of the own team under handover criteria or as a loop back.
        std::vector<Handover> outgoing;

        /// A decision on one line: "Kredietlimiet toetsen? kredietwaardig → Orderbevestiging
        /// versturen; aanbetaling nodig → Aanbetaling factureren". Other steps: the text.
        std::string summary() const;
    };

    /// The items of one phase.
    struct Section {
        std::string phaseId;   ///< empty for steps without a known phase (listed last)
        std::string phaseName;
        int number = 0;        ///< 1-based position in process order, 0 without phase
        std::string heading;   ///< "Fase 2 · Kwalificatie" / "Phase 2 · Qualification"
        std::vector<Item> items;
    };

    /// One line of the routing cheat sheet: an inbound contact that lands with the team.
    struct CheatSheetRow {
        std::string channelId;
        std::string channel;    ///< channel name
        std::string segmentId;
        std::string segment;    ///< segment name
        std::string condition;  ///< empty: always
        bool asOwner = true;    ///< the team owns the contact; false: the team is the fallback
        std::string otherTeamId; ///< as owner: the fallback team (may be empty); as fallback: the owner
        std::string otherTeam;
        std::string responseTime;
        /// Printable cells in the process language.
        std::string conditionText; ///< the condition, or "altijd" / "always"
        std::string roleText;      ///< "Eigenaar (achtervang: X)" / "Achtervang voor X"
    };

    std::string language = "en";
    std::string company;
    std::string logo;        ///< Process::logo, empty without a logo
    std::string processName;
    std::string version;
    std::string date;        ///< ISO date as in the process
    std::string dateText;    ///< "15 januari 2026" / "15 January 2026", or the date as written
    std::string teamId;
    std::string teamName;
    std::string colour;      ///< the team's fill "#rrggbb" (own colour or palette)
    std::string personName;  ///< set for a person's checklist
    std::string personRole;
    std::string title;       ///< the team's or the person's name
    std::string subtitle;    ///< a person's role and team; empty for a team
    std::vector<Section> sections;
    std::vector<CheatSheetRow> cheatSheet;

    /// The checklist of a team. Throws std::invalid_argument for an unknown team id.
    static Checklist forTeam(const Process& process, const std::string& teamId);
    /// The checklist of a person: name and role on top, the steps of the person's team.
    /// Throws std::invalid_argument for an unknown name; a person of an unknown team gets a
    /// checklist without steps.
    static Checklist forPerson(const Process& process, const std::string& personName);
    /// The inbound contacts that land with a team, as owner first, then as fallback, each in the
    /// order of the channels and segments of the process. Only inbound channels count.
    static std::vector<CheatSheetRow> cheatSheetFor(const Process& process, const std::string& teamId);

    std::size_t itemCount() const;
    bool isPerson() const { return !personName.empty(); }
};

} // namespace salesprocess
