/// Folded words (as UTF-8 bytes) to local stem numbers, looked up without making a `String`
/// of each token: the analyzer meets every word of every article here, and hashing a new
/// `String` per token was most of what indexing an article cost. Open addressing with linear
/// probing over FNV-1a hashes (``VarInt/hash(bytes:)``); the words' bytes live in one arena.
struct SurfaceTable {
    private struct Slot {
        var hash: UInt32 = 0
        var start: Int32 = -1
        var length: Int32 = 0
        var value: Int32 = 0
    }

    private var slots = [Slot](repeating: Slot(), count: 1_024)
    private var arena: [UInt8] = []
    private(set) var count = 0

    /// The number stored for `word`, or nil.
    func find(_ word: UnsafeBufferPointer<UInt8>) -> Int32? {
        let hash = VarInt.hash(bytes: word)
        // Through buffer pointers: every token comes here, and the arrays' checks (bounds,
        // a retain each) cost about as much as the probe itself.
        return slots.withUnsafeBufferPointer { slots in
            arena.withUnsafeBufferPointer { arena in
                let mask = slots.count - 1
                var index = Int(hash) & mask
                while slots[index].start >= 0 {
                    let slot = slots[index]
                    if slot.hash == hash && Int(slot.length) == word.count
                        && (word.isEmpty || Self.equal(arena.baseAddress! + Int(slot.start), word)) { return slot.value }
                    index = (index + 1) & mask
                }
                return nil
            }
        }
    }

    private static func equal(_ stored: UnsafePointer<UInt8>, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        for offset in 0..<word.count where stored[offset] != word[offset] { return false }
        return true
    }

    /// Stores `value` for `word`, which must not be in the table yet.
    mutating func insert(_ word: UnsafeBufferPointer<UInt8>, value: Int32) {
        if (count + 1) * 2 > slots.count { grow() }
        let hash = VarInt.hash(bytes: word)
        let start = Int32(arena.count)
        arena.append(contentsOf: word)
        place(Slot(hash: hash, start: start, length: Int32(word.count), value: value))
        count += 1
    }

    /// Every word with its number, in no particular order.
    func forEach(_ body: (String, Int32) -> Void) {
        for slot in slots where slot.start >= 0 {
            let start = Int(slot.start)
            body(String(decoding: arena[start..<start + Int(slot.length)], as: UTF8.self), slot.value)
        }
    }

    private mutating func place(_ slot: Slot) {
        var index = Int(slot.hash) & (slots.count - 1)
        while slots[index].start >= 0 { index = (index + 1) & (slots.count - 1) }
        slots[index] = slot
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(), count: old.count * 2)
        for slot in old where slot.start >= 0 { place(slot) }
    }
}
