"""What the OSM extract says about cars, read with pyosmium and judged by OSRM's car.lua rules.

The rules below restate the parts of car.lua (the one shipped in osrm-bindings) that decide
whether a route is legal: which barrier nodes stop a car, which ways are one-way for it, and
which turn restrictions apply to it. Routes of both engines are then checked against them.
"""

import math

import osmium

# car.lua: setup().barrier_whitelist, barrier_penalties, access_tags_hierarchy and the access lists.
BARRIER_WHITELIST = {"cattle_grid", "border_control", "toll_booth", "sally_port", "no", "entrance", "height_restrictor", "arch"}
BARRIER_PENALTIES = {"gate": 60, "lift_gate": 60}
ACCESS_HIERARCHY = ("motorcar", "motor_vehicle", "vehicle", "access")
ACCESS_WHITELIST = {"yes", "motorcar", "motor_vehicle", "vehicle", "permissive", "designated", "hov"}
ACCESS_BLACKLIST = {
    "no", "agricultural", "forestry", "emergency", "psv", "taxi", "share_taxi", "minibus", "bus", "foot",
    "emergency_vehicle", "restricted", "military", "official", "customers", "private", "delivery", "destination",
    "permit", "residents",
}
RESTRICTED_ACCESS = {"private", "delivery", "destination", "customers", "permit", "residents", "unknown"}
# car.lua: setup().restrictions, the modes whose restrictions and one-ways bind a car.
RESTRICTION_MODES = ("motorcar", "motor_vehicle", "vehicle")
# car.lua: setup().speeds.highway, the classes a car may drive.
CAR_HIGHWAYS = {
    "motorway", "motorway_link", "trunk", "trunk_link", "primary", "primary_link", "secondary", "secondary_link",
    "tertiary", "tertiary_link", "unclassified", "residential", "living_street", "service",
}

EARTH_RADIUS_M = 6371008.8


def resolve_access(value):
    """car.lua's resolve_access: of `a;b` values, the most permissive one."""
    if value is None or ";" not in value:
        return value

    def rank(v):
        if v in ACCESS_WHITELIST:
            return 3
        if v in RESTRICTED_ACCESS:
            return 2
        if v in ACCESS_BLACKLIST:
            return 1
        return 0

    parts = [p.strip() for p in value.split(";")]
    return max(parts, key=rank)


def car_barrier(tags):
    """How a node stops a car under car.lua's process_node: 'blocked', 'gate' (passes with a penalty) or None."""
    access = None
    for key in ACCESS_HIERARCHY:
        if key in tags:
            access = resolve_access(tags[key])
            break
    if access is not None:
        return "blocked" if access in ACCESS_BLACKLIST and access not in RESTRICTED_ACCESS else None
    barrier = tags.get("barrier")
    if barrier is None:
        return None
    if barrier in BARRIER_PENALTIES:
        return "gate"
    if barrier == "height_restrictor":
        return "blocked" if _below_car(tags.get("maxheight")) else None
    exempt = (
        barrier in BARRIER_WHITELIST
        or tags.get("bollard") == "rising"
        or tags.get("kerb") in ("lowered", "flush")
        or (barrier == "kerb" and tags.get("highway") == "crossing")
        or (barrier == "fence" and tags.get("sensory") in ("audible", "audio"))
    )
    return None if exempt else "blocked"


def _below_car(maxheight):
    try:
        return maxheight is not None and float(maxheight.split()[0]) < 2.0
    except ValueError:
        return False


def car_oneway(tags):
    """car.lua's WayHandlers.oneway: +1 forward only, -1 backward only, 0 both ways."""
    value = next((tags[f"oneway:{m}"] for m in RESTRICTION_MODES if f"oneway:{m}" in tags), tags.get("oneway"))
    if value == "-1":
        return -1
    if value in ("yes", "1", "true"):
        return 1
    if value != "no" and (tags.get("highway") == "motorway" or tags.get("junction") in ("roundabout", "circular")):
        return 1
    return 0


def car_restriction(tags):
    """The restriction value that binds a car ('no_left_turn', 'only_straight_on', …) or None.

    OSRM reads `restriction` and `restriction:<mode>` for the profile's modes and ignores a
    relation whose `except` names one of them.
    """
    if tags.get("type") != "restriction":
        return None
    excepted = {e.strip() for e in tags.get("except", "").split(";")}
    if excepted & set(RESTRICTION_MODES):
        return None
    for key in [f"restriction:{m}" for m in RESTRICTION_MODES] + ["restriction"]:
        value = tags.get(key)
        if value and (value.startswith("no_") or value.startswith("only_")):
            return value
    return None


def distance_m(a, b):
    """Haversine metres between two (lon, lat) points in degrees."""
    lon1, lat1, lon2, lat2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(math.sqrt(h))


class Facts:
    """Highway ways, their nodes' positions, barrier nodes and car turn restrictions of one extract."""

    def __init__(self):
        self.ways = {}  # way id -> (node ids, tags)
        self.node_lonlat = {}  # node id -> (lon, lat) for nodes of highway ways
        self.node_tags = {}  # node id -> tags, for nodes with barrier or access tags
        self.restrictions = []  # (relation id, value, from way, ('node', [id]) | ('way', [ids]), to way)
        self.ignored_restrictions = 0
        self._edge_ways = None

    def barriers(self):
        """Node id -> 'blocked' | 'gate' for the barrier nodes on highway ways."""
        on_roads = set(self.node_lonlat)
        found = {}
        for node, tags in self.node_tags.items():
            verdict = car_barrier(tags)
            if verdict and node in on_roads:
                found[node] = verdict
        return found

    def edge_ways(self):
        """(a, b) -> [(way id, True when a→b runs along the way's direction)] over all highway ways."""
        if self._edge_ways is None:
            index = {}
            for way, (nodes, _) in self.ways.items():
                for a, b in zip(nodes, nodes[1:]):
                    index.setdefault((a, b), []).append((way, True))
                    index.setdefault((b, a), []).append((way, False))
            self._edge_ways = index
        return self._edge_ways


class _Reader(osmium.SimpleHandler):
    def __init__(self, facts):
        super().__init__()
        self.facts = facts

    def node(self, n):
        if "barrier" in n.tags or any(k in n.tags for k in ACCESS_HIERARCHY):
            self.facts.node_tags[n.id] = {t.k: t.v for t in n.tags}

    def way(self, w):
        if "highway" not in w.tags:
            return
        nodes = []
        for n in w.nodes:
            nodes.append(n.ref)
            if n.location.valid():
                self.facts.node_lonlat[n.ref] = (n.location.lon, n.location.lat)
        self.facts.ways[w.id] = (nodes, {t.k: t.v for t in w.tags})

    def relation(self, r):
        tags = {t.k: t.v for t in r.tags}
        if tags.get("type") != "restriction":
            return
        value = car_restriction(tags)
        members = [(m.type, m.ref, m.role) for m in r.members]
        froms = [ref for t, ref, role in members if t == "w" and role == "from"]
        tos = [ref for t, ref, role in members if t == "w" and role == "to"]
        via_nodes = [ref for t, ref, role in members if t == "n" and role == "via"]
        via_ways = [ref for t, ref, role in members if t == "w" and role == "via"]
        if value is None or len(froms) != 1 or len(tos) != 1 or bool(via_nodes) == bool(via_ways) or len(via_nodes) > 1:
            self.facts.ignored_restrictions += 1
            return
        via = ("node", via_nodes) if via_nodes else ("way", via_ways)
        self.facts.restrictions.append((r.id, value, froms[0], via, tos[0]))


def read(path):
    """Reads an OSM file (.osm.pbf, .osm, .osm.gz…) into Facts."""
    facts = Facts()
    _Reader(facts).apply_file(path, locations=True)
    facts.restrictions.sort()
    return facts
