/// What a casualty count reports: deaths, injuries or abductions (the spec's `Kind`).
public enum CasualtyKind: String, Sendable, Hashable {
    case killed, injured, abducted
}
