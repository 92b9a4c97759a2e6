/// Builds decompression bombs at test time: a gzip, zlib or raw deflate stream that expands
/// a repeated unit to a chosen size at deflate's best ratio (13 bits per 258 bytes), written
/// from RFC 1951 as one block with the fixed Huffman codes, so a 300 MB bomb is 2 MB and
/// takes milliseconds to make.
public enum DeflateBomb {
    /// Raw deflate data that inflates to `prefix` and `unit` repeated, `size` bytes in all,
    /// then `suffix`.
    public static func deflate(prefix: [UInt8], unit: [UInt8], size: Int, suffix: [UInt8] = []) -> [UInt8] {
        precondition(!unit.isEmpty && unit.count <= 32768 && size >= prefix.count + unit.count)
        var writer = BitWriter()
        writer.bits(1, 1)  // BFINAL
        writer.bits(1, 2)  // BTYPE = fixed Huffman
        for byte in prefix + unit { writer.literal(Int(byte)) }
        var produced = prefix.count + unit.count
        while produced + 258 <= size {
            writer.huffman(0b1100_0101, 8)  // length code 285: 258 bytes
            writer.distance(unit.count)
            produced += 258
        }
        while produced < size {
            writer.literal(Int(unit[(produced - prefix.count) % unit.count]))
            produced += 1
        }
        for byte in suffix { writer.literal(Int(byte)) }
        writer.huffman(0, 7)  // end of block (code 256)
        return writer.bytes
    }

    /// The same wrapped as a gzip member (the trailer's CRC is not computed: readers are
    /// meant to refuse the stream before they reach it).
    public static func gzip(prefix: [UInt8], unit: [UInt8], size: Int, suffix: [UInt8] = []) -> [UInt8] {
        let header: [UInt8] = [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 3]
        let isize = UInt32(truncatingIfNeeded: size)
        return header + deflate(prefix: prefix, unit: unit, size: size, suffix: suffix) + [0, 0, 0, 0]
            + [UInt8(isize & 0xFF), UInt8(isize >> 8 & 0xFF), UInt8(isize >> 16 & 0xFF), UInt8(isize >> 24)]
    }

    /// Deflate's bit order: values least significant bit first, Huffman codes most significant first.
    private struct BitWriter {
        var bytes: [UInt8] = []
        var used = 8

        mutating func bits(_ value: Int, _ count: Int) {
            for i in 0..<count {
                if used == 8 {
                    bytes.append(0)
                    used = 0
                }
                if value >> i & 1 == 1 { bytes[bytes.count - 1] |= 1 << used }
                used += 1
            }
        }

        mutating func huffman(_ code: Int, _ length: Int) {
            var reversed = 0
            for i in 0..<length where code >> i & 1 == 1 { reversed |= 1 << (length - 1 - i) }
            bits(reversed, length)
        }

        mutating func literal(_ byte: Int) {
            if byte < 144 { huffman(0b0011_0000 + byte, 8) } else { huffman(0b1_1001_0000 + byte - 144, 9) }
        }

        /// A distance of 1 to 32768 bytes: its 5-bit code and extra bits.
        mutating func distance(_ distance: Int) {
            var code = 0
            var base = 1
            var extra = 0
            while true {
                let size = 1 << extra
                if distance < base + size || code == 29 { break }
                base += size
                code += 1
                if code >= 4, code % 2 == 0 { extra += 1 }
            }
            huffman(code, 5)
            bits(distance - base, extra)
        }
    }
}
