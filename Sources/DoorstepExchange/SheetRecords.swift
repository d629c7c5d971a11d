/// The records of a sheet file, header first, whichever format it came in.
public struct SheetRecords: Sequence, Sendable {
    enum Source: Sendable {
        case csv(CSVRecords)
        case table([[String]])
    }

    let source: Source

    init(_ source: Source) {
        self.source = source
    }

    /// How many records the file holds, the header included (for a CSV, counted from its line ends).
    public var count: Int {
        switch source {
        case .csv(let records): records.count
        case .table(let rows): rows.count
        }
    }

    public func makeIterator() -> Iterator {
        switch source {
        case .csv(let records): Iterator(csv: records.makeIterator())
        case .table(let rows): Iterator(table: rows.makeIterator())
        }
    }

    public struct Iterator: IteratorProtocol {
        var csv: CSVRecords.Iterator?
        var table: IndexingIterator<[[String]]>?

        public mutating func next() -> [String]? { csv?.next() ?? table?.next() }
    }
}
