"""The rule checkers on a hand-made OSM junction (run: tools/osrm-compare/run --self-test).

      4
      |  w12
 1 ---2---3---6---7      w10: 1-2, w11: 2-3-6 (oneway=yes), w14: 6-7, w15: 6-8
 w10  |   w11 |  w14     r100 no_left_turn w10 →n2→ w12; r101 only_straight_on w12 →n2→ w13
      5       8          r102 no_right_turn w10 →n2→ w13 except=motorcar (not for cars)
     w13     w15         r103 no_straight_on w10 →w11→ w14 (via way)
                         n3 bollard, n8 gate, n5 bollard with motor_vehicle=yes
"""

import os
import tempfile
import unittest

import checks
import osm_facts
from overlap import share_within

FIXTURE = """<?xml version='1.0' encoding='UTF-8'?>
<osm version="0.6">
 <node id="1" lat="42.5" lon="1.500"/>
 <node id="2" lat="42.5" lon="1.501"/>
 <node id="3" lat="42.5" lon="1.502"><tag k="barrier" v="bollard"/></node>
 <node id="4" lat="42.501" lon="1.501"/>
 <node id="5" lat="42.499" lon="1.501"><tag k="barrier" v="bollard"/><tag k="motor_vehicle" v="yes"/></node>
 <node id="6" lat="42.5" lon="1.503"/>
 <node id="7" lat="42.5" lon="1.504"/>
 <node id="8" lat="42.499" lon="1.503"><tag k="barrier" v="gate"/></node>
 <way id="10"><nd ref="1"/><nd ref="2"/><tag k="highway" v="residential"/></way>
 <way id="11"><nd ref="2"/><nd ref="3"/><nd ref="6"/><tag k="highway" v="residential"/><tag k="oneway" v="yes"/></way>
 <way id="12"><nd ref="4"/><nd ref="2"/><tag k="highway" v="residential"/></way>
 <way id="13"><nd ref="2"/><nd ref="5"/><tag k="highway" v="residential"/></way>
 <way id="14"><nd ref="6"/><nd ref="7"/><tag k="highway" v="residential"/></way>
 <way id="15"><nd ref="6"/><nd ref="8"/><tag k="highway" v="residential"/></way>
 <relation id="100"><member type="way" ref="10" role="from"/><member type="node" ref="2" role="via"/><member type="way" ref="12" role="to"/>
  <tag k="type" v="restriction"/><tag k="restriction" v="no_left_turn"/></relation>
 <relation id="101"><member type="way" ref="12" role="from"/><member type="node" ref="2" role="via"/><member type="way" ref="13" role="to"/>
  <tag k="type" v="restriction"/><tag k="restriction" v="only_straight_on"/></relation>
 <relation id="102"><member type="way" ref="10" role="from"/><member type="node" ref="2" role="via"/><member type="way" ref="13" role="to"/>
  <tag k="type" v="restriction"/><tag k="restriction" v="no_right_turn"/><tag k="except" v="bicycle;motorcar"/></relation>
 <relation id="103"><member type="way" ref="10" role="from"/><member type="way" ref="11" role="via"/><member type="way" ref="14" role="to"/>
  <tag k="type" v="restriction"/><tag k="restriction" v="no_straight_on"/></relation>
</osm>
"""


class Checks(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, "junction.osm")
            with open(path, "w") as f:
                f.write(FIXTURE)
            cls.facts = osm_facts.read(path)

    def test_reads_only_car_restrictions(self):
        self.assertEqual([r[0] for r in self.facts.restrictions], [100, 101, 103])
        self.assertEqual(self.facts.ignored_restrictions, 1)
        self.assertEqual(self.facts.restrictions[2], (103, "no_straight_on", 10, ("way", [11]), 14))

    def test_barriers_by_car_lua(self):
        self.assertEqual(self.facts.barriers(), {3: "blocked", 8: "gate"})
        self.assertEqual(osm_facts.car_barrier({"barrier": "entrance"}), None)
        self.assertEqual(osm_facts.car_barrier({"access": "no"}), "blocked")
        self.assertEqual(osm_facts.car_barrier({"barrier": "bollard", "access": "private"}), None)
        self.assertEqual(osm_facts.car_barrier({"barrier": "height_restrictor", "maxheight": "1.9"}), "blocked")
        self.assertEqual(osm_facts.car_barrier({"barrier": "block", "motor_vehicle": "no;yes"}), None)

    def test_oneway_by_car_lua(self):
        self.assertEqual(osm_facts.car_oneway({"oneway": "-1"}), -1)
        self.assertEqual(osm_facts.car_oneway({"junction": "roundabout"}), 1)
        self.assertEqual(osm_facts.car_oneway({"junction": "roundabout", "oneway": "no"}), 0)
        self.assertEqual(osm_facts.car_oneway({"oneway": "yes", "oneway:motorcar": "no"}), 0)
        self.assertEqual(osm_facts.car_oneway({"highway": "motorway"}), 1)

    def test_restrictions(self):
        broken = lambda nodes: checks.restriction_violations(nodes, self.facts)  # noqa: E731
        self.assertEqual(broken([1, 2, 4]), [(100, "no_left_turn")])
        self.assertEqual(broken([1, 2, 5]), [])  # r102 excepts cars
        self.assertEqual(broken([4, 2, 3]), [(101, "only_straight_on")])
        self.assertEqual(broken([4, 2, 5]), [])
        self.assertEqual(broken([1, 2, 3, 6, 7]), [(103, "no_straight_on")])
        self.assertEqual(broken([1, 2, 3, 6, 8]), [])
        self.assertEqual(broken([1, 2, 3, 6]), [])  # ends on the via way

    def test_oneways_and_barriers_on_routes(self):
        self.assertEqual(checks.oneway_violations([7, 6, 3, 2, 1], self.facts), [(11, 6, 3), (11, 3, 2)])
        self.assertEqual(checks.oneway_violations([1, 2, 3, 6], self.facts), [])
        self.assertEqual(checks.barriers_passed([1, 2, 3, 6, 8], self.facts.barriers()), [(3, "blocked")])
        self.assertEqual(checks.barriers_passed([3, 6, 8], self.facts.barriers()), [])  # ends at the gate

    def test_nodes_from_geometry_skips_snapped_ends(self):
        positions = checks.position_index(self.facts)
        line = [(1.5005, 42.5), (1.501, 42.5), (1.501, 42.501), (1.501, 42.501)]
        self.assertEqual(checks.nodes_from_geometry(line, self.facts, positions), [2, 4])

    def test_overlap(self):
        line = [(1.500, 42.5), (1.504, 42.5)]
        ten_m_north = [(1.500, 42.5 + 10 / 111195), (1.504, 42.5 + 10 / 111195)]
        twenty_m_north = [(1.500, 42.5 + 20 / 111195), (1.504, 42.5 + 20 / 111195)]
        half = [(1.500, 42.5), (1.502, 42.5)]
        self.assertEqual(share_within(line, ten_m_north, 15, 42.5), 1.0)
        self.assertEqual(share_within(line, twenty_m_north, 15, 42.5), 0.0)
        self.assertAlmostEqual(share_within(line, half, 15, 42.5), 0.5 + 15 / (0.004 * 111195 * 0.7373), delta=0.01)


if __name__ == "__main__":
    unittest.main()
