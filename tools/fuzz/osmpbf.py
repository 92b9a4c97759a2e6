"""Protocol buffer and OSM PBF framing helpers for the fuzz seeds and the bad-input cases."""
import struct
import zlib


def varint(v):
    b = bytearray()
    while v >= 0x80:
        b.append(v & 0x7F | 0x80)
        v >>= 7
    b.append(v)
    return bytes(b)


def zz(v):
    return (v << 1) ^ (v >> 63)


def field(n, data):
    return varint(n << 3 | 2) + varint(len(data)) + data


def vfield(n, v):
    return varint(n << 3) + varint(v)


def packed(n, values, signed=False, delta=False):
    prev, body = 0, b""
    for v in values:
        body += varint(zz(v - prev if delta else v) if signed else v)
        prev = v
    return field(n, body)


def block(kind, payload, compress):
    blob = field(3, zlib.compress(payload)) + vfield(2, len(payload)) if compress else field(1, payload)
    header = field(1, kind.encode()) + vfield(3, len(blob))
    return struct.pack(">I", len(header)) + header + blob
