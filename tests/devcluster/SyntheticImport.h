#pragma once

class SimCluster;

// Scale mode: the cluster that SyntheticCluster (tests/support) generates for the benches, loaded
// into SimCluster so that every endpoint serves it. Addresses move to loopback (127.x.y.z, where
// nothing listens): the devcluster never points a client at an address off this machine.
class SyntheticImport {
public:
    static void populate(SimCluster* cluster, int agents, int tasks);
};
