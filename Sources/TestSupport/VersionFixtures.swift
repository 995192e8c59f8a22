// Invented stories for the versions tests: a wire story and its refile with added quotes, a story on
// the same topic, one template on two days, a copy by another publisher, and one text file twice.

import Foundation

/// Invented wire stories (one publisher, one day) and folder copies, as a corpus folder would hold them.
public enum VersionFixtures {
    public static let p1 = "The port of Veldmar closed on Monday after a winter storm toppled two container cranes and flooded the customs sheds, the harbour authority said."
    public static let p2 = "No one was hurt, but about forty ships were waiting offshore by the evening, according to the coast guard."
    public static let p3 = "The authority said engineers would inspect the remaining cranes before any berth reopens."
    public static let p4 = "Veldmar handles about a fifth of the country's grain exports, most of it bound for ports across the northern sea."
    public static let quote1 = "\"We lost two cranes in under an hour, and the sheds took a metre of water,\" harbour master Ilse Varga told reporters at the gate."
    public static let quote2 = "Transport minister Oren Pask said the government would pay for temporary cranes if repairs took longer than a week."

    public static let story = [p1, p2, p3, p4].joined(separator: "\n\n")
    public static let refile = [p1, p2, quote1, p3, quote2, p4].joined(separator: "\n\n")
    /// Another story of the same day on the same topic: it repeats the background paragraph only.
    public static let traders = [
        "Grain traders began moving shipments to the smaller southern terminal at Ostrava Bay on Monday as Veldmar stayed shut.",
        "Freight rates for the short coastal route rose by a third within hours, brokers in the capital said.",
        "Two trading houses said they had chartered barges to carry wheat down the river instead of waiting for the port.",
        p4,
        "The southern terminal can load about half as many ships a day as Veldmar, its operator said.",
    ].joined(separator: "\n\n")

    public static func market(_ day: String, _ points: String) -> String {
        ["The Veldmar composite index closed higher on \(day), rising \(points) points as exporters and banks gained in steady trading.",
         "Trading volume was in line with the average of the past month, and gainers outnumbered losers by about two to one, dealers said.",
         "The index of smaller companies also closed higher, led by shipping and grain handling stocks."].joined(separator: "\n\n")
    }

    public static func record(_ title: String, _ date: String, _ text: String, publisher: String = "Northwire") -> String {
        let object: [String: String] = ["title": title, "date": date, "source": publisher, "text": text]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    public static let copy = "Rail strike called off after late offer\n\nA national rail strike planned for next week was called off late on Thursday after the operators improved their pay offer to drivers and guards.\n\nThe drivers' union said its members would vote on the new offer, which adds a second year of pay rises and limits weekend shifts.\n\nThe operators said trains would run to the normal timetable and passengers who had changed their plans could claim refunds.\n"

    /// Files of a corpus folder: the wire file (story, refile, traders, two market reports 17 days
    /// apart, the story copied by another publisher) and the same text file twice in one folder.
    public static var files: [String: String] {
        [
            "wire.jsonl": [
                record("Port of Veldmar closes after storm damages cranes", "2025-02-03", story),
                record("Grain traders reroute shipments as Veldmar stays shut", "2025-02-03", traders),
                record("ATTENTION - ADDS quotes from harbour master, minister ///", "2025-02-03", refile),
                record("Veldmar stocks close higher -- Feb. 3", "2025-02-03", market("Monday", "12.4")),
                record("Veldmar stocks close higher -- Feb. 20", "2025-02-20", market("Thursday", "8.7")),
                record("Port of Veldmar closes after storm", "2025-02-03", story, publisher: "Southwire"),
            ].joined(separator: "\n") + "\n",
            "rail-014.txt": copy,
            "rail-210.txt": copy,
        ]
    }
}

extension VersionFixtures {
    /// Writes `files` into a new temporary folder (the caller removes it).
    public static func writeFolder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-versions-\(UUID().uuidString)")
        for (name, text) in files {
            let url = dir.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return dir
    }
}
