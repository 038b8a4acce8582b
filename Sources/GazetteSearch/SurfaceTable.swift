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
        var index = Int(hash) & (slots.count - 1)
        while slots[index].start >= 0 {
            if slots[index].hash == hash && matches(slots[index], word) { return slots[index].value }
            index = (index + 1) & (slots.count - 1)
        }
        return nil
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

    private func matches(_ slot: Slot, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard Int(slot.length) == word.count else { return false }
        let start = Int(slot.start)
        for offset in 0..<word.count where arena[start + offset] != word[offset] { return false }
        return true
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
