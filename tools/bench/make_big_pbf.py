#!/usr/bin/env python3
"""Makes a large OSM PBF for benchmarks by repeating the data blocks of a small one.

Node and way ids are renumbered densely (1, 2, 3, ... in file order, as a planet file's
ids nearly are) and copy k of every OSMData block gets them offset by k times the count, so
ids stay unique and the copies do not join; its coordinates are shifted through the block's
lat_offset/lon_offset fields (copies tile a 40-column grid, 1° apart in longitude and 1.1°
in latitude). Relations are left out (the import skips them). Each block is recompressed
with zlib as osmium writes it. The header keeps the writing program and required features
but drops the bounding box (the copies cover a much larger area).

Dense ids matter for the peer: osmium's id sets allocate memory by id range, and sparse
ids spread over 10^13 would measure that, not the import.

    tools/bench/make_big_pbf.py ../shared/data/andorra.osm.pbf /tmp/big.osm.pbf --size 1000

Only the standard library is used; the protobuf wire format is handled by hand.
"""
import argparse
import os
import struct
import sys
import zlib

def varint(value):
    out = bytearray()
    while value >= 0x80:
        out.append((value & 0x7F) | 0x80)
        value >>= 7
    out.append(value)
    return bytes(out)


def read_varint(data, pos):
    result = shift = 0
    while True:
        b = data[pos]
        pos += 1
        result |= (b & 0x7F) << shift
        if b < 0x80:
            return result, pos
        shift += 7


def zigzag(v):
    return (v << 1) ^ (v >> 63)


def unzigzag(v):
    return (v >> 1) ^ -(v & 1)


def fields(data):
    """(field number, wire type, value) for each field; value is an int or bytes."""
    pos = 0
    out = []
    while pos < len(data):
        key, pos = read_varint(data, pos)
        number, wire = key >> 3, key & 7
        if wire == 0:
            value, pos = read_varint(data, pos)
        elif wire == 2:
            length, pos = read_varint(data, pos)
            value = data[pos:pos + length]
            pos += length
        elif wire == 1:
            value = data[pos:pos + 8]
            pos += 8
        elif wire == 5:
            value = data[pos:pos + 4]
            pos += 4
        else:
            raise ValueError("unsupported wire type %d" % wire)
        out.append((number, wire, value))
    return out


def encode(items):
    out = bytearray()
    for number, wire, value in items:
        out += varint(number << 3 | wire)
        if wire == 0:
            out += varint(value)
        elif wire == 2:
            out += varint(len(value)) + value
        else:
            out += value
    return bytes(out)


def signed_values(packed, delta):
    """The values of a packed sint64 field, undoing delta coding when asked."""
    pos = 0
    values = []
    running = 0
    while pos < len(packed):
        raw, pos = read_varint(packed, pos)
        value = unzigzag(raw)
        if delta:
            running += value
            value = running
        values.append(value)
    return values


def packed_delta(values):
    out = bytearray()
    previous = 0
    for v in values:
        out += varint(zigzag(v - previous))
        previous = v
    return bytes(out)


def as_uint64(v):
    return v & 0xFFFFFFFFFFFFFFFF


def as_int64(v):
    return v - (1 << 64) if v >= 1 << 63 else v


def copy_block(block, ids, copy, lat_shift, lon_shift, nodes):
    """Copy `copy` of the block, keeping only its node groups (`nodes`) or only the others."""
    items = []
    lat_offset = lon_offset = 0
    for number, wire, value in fields(block):
        if number == 2 and wire == 2:
            if is_node_group(value) != nodes:
                continue
            group = copy_group(value, ids, copy)
            if group:
                items.append((2, 2, group))
        elif number == 19:
            lat_offset = as_int64(value)
        elif number == 20:
            lon_offset = as_int64(value)
        else:
            items.append((number, wire, value))
    items.append((19, 0, as_uint64(lat_offset + lat_shift)))
    items.append((20, 0, as_uint64(lon_offset + lon_shift)))
    return encode(items)


def copy_group(group, ids, copy):
    """The group with its ids renumbered for `copy`; empty for a relation group."""
    nodes, ways = ids
    # Copy k uses ids k(n+1)+1 ... k(n+1)+n; k(n+1) itself stands for a node missing from the file.
    node_base = copy * (len(nodes) + 1)
    way_base = copy * (len(ways) + 1)
    items = []
    for number, wire, value in fields(group):
        if number == 2:  # DenseNodes: ids are packed sint64, delta-coded
            dense = []
            for n, w, v in fields(value):
                if n == 1:
                    v = packed_delta([node_base + nodes[i] for i in signed_values(v, True)])
                dense.append((n, w, v))
            value = encode(dense)
        elif number == 3:  # Way: plain int64 id, delta-coded refs
            way = []
            for n, w, v in fields(value):
                if n == 1:
                    v = way_base + ways[v]
                elif n == 8:
                    v = packed_delta([node_base + nodes.get(r, 0) for r in signed_values(v, True)])
                way.append((n, w, v))
            value = encode(way)
        elif number == 4:  # Relation: left out
            continue
        elif number == 1:
            raise ValueError("plain (non-dense) nodes are not supported by this tool")
        items.append((number, wire, value))
    return encode(items)


def is_node_group(group):
    return any(kind == 2 for kind, _, _ in fields(group))


def dense_ids(data_blocks):
    """Maps from original node and way ids to 1, 2, 3, ... in file order."""
    nodes = {}
    ways = {}
    for block in data_blocks:
        for number, _, group in fields(block):
            if number != 2:
                continue
            for kind, _, value in fields(group):
                if kind == 2:
                    for n, _, v in fields(value):
                        if n == 1:
                            for node in signed_values(v, True):
                                nodes[node] = len(nodes) + 1
                elif kind == 3:
                    for n, _, v in fields(value):
                        if n == 1:
                            ways[v] = len(ways) + 1
    return nodes, ways


def blocks(path):
    with open(path, "rb") as f:
        while True:
            head = f.read(4)
            if not head:
                return
            (length,) = struct.unpack(">I", head)
            header = dict((n, v) for n, w, v in fields(f.read(length)))
            blob = dict((n, v) for n, w, v in fields(f.read(header[3])))
            data = zlib.decompress(blob[3]) if 3 in blob else blob[1]
            yield header[1].decode(), data


def write_block(out, kind, data, level):
    compressed = zlib.compress(data, level)
    blob = encode([(2, 0, len(data)), (3, 2, compressed)])
    header = encode([(1, 2, kind.encode()), (3, 0, len(blob))])
    out.write(struct.pack(">I", len(header)) + header + blob)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("source")
    parser.add_argument("output")
    parser.add_argument("--size", type=float, default=1000, help="target size in MB (default 1000)")
    parser.add_argument("--level", type=int, default=6, help="zlib level (default 6, as osmium)")
    args = parser.parse_args()

    all_blocks = list(blocks(args.source))
    header = [d for k, d in all_blocks if k == "OSMHeader"][0]
    data = [d for k, d in all_blocks if k == "OSMData"]
    per_copy = sum(len(zlib.compress(d, args.level)) + 30 for d in data)
    copies = max(1, int(args.size * 1e6 / per_copy))
    header = encode([(n, w, v) for n, w, v in fields(header) if n != 1])
    ids = dense_ids(data)
    tmp = args.output + ".partial"
    with open(tmp, "wb") as out:
        write_block(out, "OSMHeader", header, args.level)
        # Sorted like a real extract: every copy's nodes, then every copy's ways.
        for nodes in (True, False):
            for k in range(copies):
                lat_shift = (k // 40) * 1_100_000_000 - 24 * 1_100_000_000
                lon_shift = (k % 40) * 1_000_000_000
                for d in data:
                    block = copy_block(d, ids, k, lat_shift, lon_shift, nodes)
                    if any(n == 2 for n, _, _ in fields(block)):
                        write_block(out, "OSMData", block, args.level)
                if k % 200 == 0:
                    print("copy %d of %d, %.0f MB" % (k + 1, copies, out.tell() / 1e6), file=sys.stderr)
    os.replace(tmp, args.output)
    print("%s: %d copies of %d blocks, %.1f MB" % (args.output, copies, len(data), os.path.getsize(args.output) / 1e6))


if __name__ == "__main__":
    main()
