import ConflictMinerCore
import ConflictMinerExtractors
import ConflictMinerPipeline

/// ACLED's political-violence event types and sub-event types, and how an incident's words and
/// sides decide them (`docs/events.md`, "Types and actors").
public enum EventTaxonomy {
    /// Each sub-event type with its event type.
    public static let subEventTypes: [String: String] = [
        "Armed clash": "Battles",
        "Government regains territory": "Battles",
        "Non-state actor overtakes territory": "Battles",
        "Air/drone strike": "Explosions/Remote violence",
        "Suicide bomb": "Explosions/Remote violence",
        "Shelling/artillery/missile attack": "Explosions/Remote violence",
        "Remote explosive/landmine/IED": "Explosions/Remote violence",
        "Grenade": "Explosions/Remote violence",
        "Chemical weapon": "Explosions/Remote violence",
        "Attack": "Violence against civilians",
        "Abduction/forced disappearance": "Violence against civilians",
        "Sexual violence": "Violence against civilians",
        "Violent demonstration": "Riots",
        "Mob violence": "Riots",
    ]

    /// When an incident's words imply several sub-event types, the first in this order wins: the
    /// weapon says more than the setting (a suicide bombing at a checkpoint is a `Suicide bomb`, an
    /// IED in an ambush is an IED), and a riot more than the word `attack`. An abduction word
    /// decides only where nothing else does; an incident with more abducted than killed is an
    /// abduction whatever its words (`classify`).
    static let precedence: [String] = [
        "Suicide bomb", "Chemical weapon", "Air/drone strike", "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED", "Grenade", "Government regains territory",
        "Non-state actor overtakes territory", "Sexual violence", "Mob violence", "Violent demonstration",
        "Armed clash", "Abduction/forced disappearance",
    ]

    /// The sides an incident has, as far as the type needs them.
    struct Sides {
        /// State forces or an armed group were on the receiving end (killed, attacked, targeted).
        var armedTarget = false
        /// Civilians were on the receiving end.
        var civilianTarget = false
        /// More was abducted than killed.
        var abductions = false
    }

    /// The (event type, sub-event type) of an incident from the sub-event types its words imply.
    static func classify(_ implied: Set<String>, sides: Sides) -> (eventType: String, subEventType: String) {
        var chosen = precedence.first { implied.contains($0) }
        // An ambush or a fight counts as a clash only against armed people; gunmen firing on
        // civilians is an attack on them, and a seizure of people an abduction.
        if chosen == "Armed clash" && !sides.armedTarget && sides.civilianTarget { chosen = "Attack" }
        // A seizure of people, soldiers included, is an abduction.
        if chosen == nil || chosen == "Armed clash" || chosen == "Attack" {
            if sides.abductions {
                chosen = "Abduction/forced disappearance"
            } else if chosen == nil {
                chosen = sides.armedTarget ? "Armed clash" : "Attack"
            }
        }
        let sub = chosen ?? "Attack"
        return (subEventTypes[sub] ?? "Violence against civilians", sub)
    }
}
